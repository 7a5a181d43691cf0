// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace Signalbox::Workspace {

class EditorDocument;

/**
 * Unsaved work kept on disk so that a crash loses at most a few seconds of it: one text file
 * plus a small JSON description per document, in a folder of the user's data location.
 */
class RecoveryStore
{
public:
    struct Entry
    {
        QString id;
        QString originalPath; ///< Empty for a document never saved.
        QString displayName;
        QDateTime savedAt;
        QString text;
    };

    /** \a folder defaults to <AppLocalDataLocation>/recovery. */
    explicit RecoveryStore(const QString &folder = {});

    QString folder() const { return m_folder; }
    /** Writes (atomically) the unsaved \a text of document \a id. */
    bool save(const Entry &entry) const;
    void remove(const QString &id) const;
    /** Every entry left behind, newest first. */
    QList<Entry> entries() const;

private:
    QString m_folder;
};

/**
 * Writes every modified document to a RecoveryStore every few seconds, and removes its entry when
 * the document is saved, closed cleanly or back to unmodified.
 */
class Autosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosaver)

public:
    explicit Autosaver(const RecoveryStore &store, int intervalMs = 5000, QObject *parent = nullptr);

    void add(EditorDocument *document);
    /** Forget \a document and its recovery entry (it was saved or closed on purpose). */
    void discard(EditorDocument *document);
    /** Writes the modified documents now. */
    void saveAll();
    QString idOf(EditorDocument *document) const;

signals:
    void saved(int documents);

private:
    RecoveryStore m_store;
    QTimer *m_timer;
    struct Tracked
    {
        QPointer<EditorDocument> document;
        QString id;
        quint64 savedGeneration = 0;
        bool written = false;
    };
    QList<Tracked> m_tracked;
};

} // namespace Signalbox::Workspace
