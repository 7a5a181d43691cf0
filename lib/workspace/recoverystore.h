// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace Signalbox::Workspace {

class EditorDocument;

/**
 * Unsaved work kept on disk so that a crash loses at most a few seconds of it: one text file
 * plus a small JSON description per document, in a folder of the user's data location. The
 * folder is the user's only (0700) and so are the files (0600): they hold unsaved documents.
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
        int cursorLine = -1; ///< Where the cursor was (0-based); -1 when not known.
        int cursorColumn = 0;
        int scrollValue = 0; ///< The editor's vertical scroll position when it was written.
    };

    /**
     * \a folder defaults to defaultFolder(). The default store takes over the records an older
     * version left in legacyFolder() (moved, so that they are offered once).
     */
    explicit RecoveryStore(const QString &folder = {});

    /** <GenericDataLocation>/<application name>/recovery: one folder named after the application. */
    static QString defaultFolder();
    /**
     * <AppLocalDataLocation>/recovery, where older versions kept the records; it names the
     * application twice when the organisation has the application's name.
     */
    static QString legacyFolder();

    QString folder() const { return m_folder; }
    /**
     * Writes (atomically) the unsaved text of document \a entry.id, then its description. Returns
     * false and sets \a error when it cannot; no text without a description is left behind.
     */
    bool save(const Entry &entry, QString *error = nullptr) const;
    void remove(const QString &id) const;
    /** Every entry left behind, newest first. Texts whose description never got written are removed. */
    QList<Entry> entries() const;

private:
    QString m_folder;
};

/**
 * Writes every modified document to a RecoveryStore every few seconds, and removes its entry when
 * the document is saved, closed cleanly or back to unmodified. A failure to write is reported
 * (failed()), once until a write succeeds again.
 */
class Autosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosaver)

public:
    explicit Autosaver(const RecoveryStore &store, int intervalMs = 5000, QObject *parent = nullptr);

    void add(EditorDocument *document);
    /**
     * Makes recovered \a entry the recovery entry of \a document, which holds its text: the
     * entry stays on disk, under its id and original path, until the document is saved, closed or
     * written again. So restored work is never without a copy on disk. Adds \a document if needed.
     */
    void adopt(EditorDocument *document, const RecoveryStore::Entry &entry);
    /** Forget \a document and its recovery entry (it was saved or closed on purpose). */
    void discard(EditorDocument *document);
    /** Writes the modified documents now. */
    void saveAll();
    QString idOf(EditorDocument *document) const;
    /** The path of the file \a document was recovered from (empty when it was not, or was never saved). */
    QString originalPathOf(EditorDocument *document) const;
    /**
     * Fills in where the view of a document is (cursor and scroll position) for each entry it
     * writes; the store knows only the text, the window knows the editors.
     */
    void setViewStateProvider(std::function<void(EditorDocument *, RecoveryStore::Entry &)> provider);

signals:
    void saved(int documents);
    /** Writing the recovery copy of a document failed (reported once until a write succeeds). */
    void failed(const QString &error);

private:
    struct Tracked
    {
        QPointer<EditorDocument> document;
        QString id;
        quint64 savedGeneration = 0;
        bool written = false;
        QString originalPath; ///< Of a recovered document that has no file of its own yet.
    };
    Tracked *find(EditorDocument *document);
    void watch(EditorDocument *document);

    RecoveryStore m_store;
    QTimer *m_timer;
    QList<Tracked> m_tracked;
    std::function<void(EditorDocument *, RecoveryStore::Entry &)> m_viewState;
    bool m_failing = false;
};

} // namespace Signalbox::Workspace
