// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "recoverystore.h"

#include "editordocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace Signalbox::Workspace {

namespace {

bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                      QStringLiteral("/recovery")
                                : folder)
{}

bool RecoveryStore::save(const Entry &entry) const
{
    if (!QDir().mkpath(m_folder))
        return false;
    const QDir dir(m_folder);
    const QJsonObject meta{{QStringLiteral("originalPath"), entry.originalPath},
                           {QStringLiteral("displayName"), entry.displayName},
                           {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    // The text first: a description without its text is never left behind.
    return writeAtomically(dir.filePath(entry.id + QStringLiteral(".txt")), entry.text.toUtf8()) &&
           writeAtomically(dir.filePath(entry.id + QStringLiteral(".json")), QJsonDocument(meta).toJson());
}

void RecoveryStore::remove(const QString &id) const
{
    const QDir dir(m_folder);
    QFile::remove(dir.filePath(id + QStringLiteral(".json")));
    QFile::remove(dir.filePath(id + QStringLiteral(".txt")));
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> out;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile meta(dir.filePath(name));
        QFile text(dir.filePath(name.chopped(5) + QStringLiteral(".txt")));
        if (!meta.open(QIODevice::ReadOnly) || !text.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
        Entry e;
        e.id = name.chopped(5);
        e.originalPath = o.value(QStringLiteral("originalPath")).toString();
        e.displayName = o.value(QStringLiteral("displayName")).toString();
        e.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        e.text = QString::fromUtf8(text.readAll());
        out << e;
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return out;
}

Autosaver::Autosaver(const RecoveryStore &store, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::saveAll);
    m_timer->start();
}

void Autosaver::add(EditorDocument *document)
{
    m_tracked.append({document, QUuid::createUuid().toString(QUuid::WithoutBraces), 0, false});
    connect(document, &EditorDocument::modificationChanged, this, [this, document](bool modified) {
        if (modified)
            return;
        // Saved or undone back to the file: nothing to recover any more.
        for (Tracked &t : m_tracked) {
            if (t.document == document && t.written) {
                m_store.remove(t.id);
                t.written = false;
            }
        }
    });
}

void Autosaver::discard(EditorDocument *document)
{
    for (qsizetype i = m_tracked.size() - 1; i >= 0; --i) {
        if (m_tracked[i].document == document || !m_tracked[i].document) {
            m_store.remove(m_tracked[i].id);
            m_tracked.removeAt(i);
        }
    }
}

QString Autosaver::idOf(EditorDocument *document) const
{
    for (const Tracked &t : m_tracked) {
        if (t.document == document)
            return t.id;
    }
    return {};
}

void Autosaver::saveAll()
{
    int count = 0;
    for (Tracked &t : m_tracked) {
        EditorDocument *doc = t.document;
        if (!doc || !doc->isModified() || (t.written && t.savedGeneration == doc->generation()))
            continue;
        RecoveryStore::Entry e;
        e.id = t.id;
        e.originalPath = doc->filePath();
        e.displayName = doc->displayName();
        e.text = doc->textDocument()->toPlainText();
        if (m_store.save(e)) {
            t.written = true;
            t.savedGeneration = doc->generation();
            ++count;
        }
    }
    if (count > 0)
        emit saved(count);
}

} // namespace Signalbox::Workspace
