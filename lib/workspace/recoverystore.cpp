// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "recoverystore.h"

#include "editordocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcRecovery, "signalbox.recovery", QtWarningMsg)

namespace Signalbox::Workspace {

namespace {

constexpr auto PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto PrivateFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// A text without a description is a save cut short (before the description was written) once it
// is this old; younger ones may be another instance's save in progress.
constexpr qint64 OrphanAgeSecs = 60;

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    // The permissions go on the temporary file, before anything is written to it.
    if (f.open(QIODevice::WriteOnly) && f.setPermissions(PrivateFile) && f.write(bytes) == bytes.size() && f.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("Signalbox::Workspace::RecoveryStore", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), f.errorString());
    return false;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : folder)
{
    if (!folder.isEmpty())
        return;
    const QString legacy = legacyFolder();
    const QDir old(legacy);
    if (QDir::cleanPath(legacy) == QDir::cleanPath(m_folder) || !old.exists())
        return;
    // Records of an older version: moved over (text first, as save() writes them), then the old
    // folder goes when nothing else is in it.
    const QStringList names = old.entryList({QStringLiteral("*.txt"), QStringLiteral("*.json")}, QDir::Files,
                                            QDir::Name | QDir::Reversed); // *.txt before *.json
    if (!names.isEmpty() && (!QDir().mkpath(m_folder) || !QFile::setPermissions(m_folder, PrivateFolder))) {
        qCWarning(lcRecovery, "Cannot create %s to move the recovery files of %s", qPrintable(m_folder),
                  qPrintable(legacy));
        return;
    }
    const QDir dir(m_folder);
    for (const QString &name : names) {
        if (!dir.exists(name) && !QFile::rename(old.filePath(name), dir.filePath(name)))
            qCWarning(lcRecovery, "Cannot move %s to %s", qPrintable(old.filePath(name)), qPrintable(m_folder));
    }
    // Only when empty, and its parent too (<data>/Signalbox/Signalbox of older versions).
    if (QDir().rmdir(legacy))
        QDir().rmdir(QFileInfo(legacy).path());
}

QString RecoveryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') +
           QCoreApplication::applicationName() + QStringLiteral("/recovery");
}

QString RecoveryStore::legacyFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

bool RecoveryStore::save(const Entry &entry, QString *error) const
{
    // Unsaved documents are nobody else's business: the folder is the user's only (an older
    // version made it 0755; this puts that right too).
    if (!QDir().mkpath(m_folder) || !QFile::setPermissions(m_folder, PrivateFolder)) {
        if (error)
            *error = QCoreApplication::translate("Signalbox::Workspace::RecoveryStore", "Cannot create %1.")
                         .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const QDir dir(m_folder);
    const QString textPath = dir.filePath(entry.id + QStringLiteral(".txt"));
    const QString metaPath = dir.filePath(entry.id + QStringLiteral(".json"));
    const bool described = QFileInfo(metaPath).isFile();
    const QJsonObject meta{{QStringLiteral("originalPath"), entry.originalPath},
                           {QStringLiteral("displayName"), entry.displayName},
                           {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("cursorLine"), entry.cursorLine},
                           {QStringLiteral("cursorColumn"), entry.cursorColumn},
                           {QStringLiteral("scrollValue"), entry.scrollValue}};
    // The text first: a description without its text is never left behind.
    if (!writeAtomically(textPath, entry.text.toUtf8(), error))
        return false;
    if (!writeAtomically(metaPath, QJsonDocument(meta).toJson(), error)) {
        // Nor a text without a description (entries() would never list it): an earlier
        // description still goes with the newer text.
        if (!described)
            QFile::remove(textPath);
        return false;
    }
    return true;
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
    const QDateTime orphanBefore = QDateTime::currentDateTimeUtc().addSecs(-OrphanAgeSecs);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.txt")}, QDir::Files)) {
        if (!dir.exists(info.completeBaseName() + QStringLiteral(".json")) &&
            info.lastModified().toUTC() < orphanBefore)
            QFile::remove(info.filePath()); // a crash between the text and its description
    }
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
        e.cursorLine = o.value(QStringLiteral("cursorLine")).toInt(-1);
        e.cursorColumn = std::max(0, o.value(QStringLiteral("cursorColumn")).toInt());
        e.scrollValue = std::max(0, o.value(QStringLiteral("scrollValue")).toInt());
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
    if (find(document))
        return;
    m_tracked.append({document, QUuid::createUuid().toString(QUuid::WithoutBraces), 0, false, {}});
    watch(document);
}

void Autosaver::adopt(EditorDocument *document, const RecoveryStore::Entry &entry)
{
    Tracked *t = find(document);
    if (!t) {
        m_tracked.append({document, {}, 0, false, {}});
        watch(document);
        t = &m_tracked.last();
    } else if (t->written && t->id != entry.id) {
        m_store.remove(t->id);
    }
    // The entry on disk already holds this text: it is the document's copy until the next write
    // replaces it (under the same id), or a save or a close removes it.
    t->id = entry.id;
    t->written = true;
    t->savedGeneration = document->generation();
    t->originalPath = entry.originalPath;
}

void Autosaver::watch(EditorDocument *document)
{
    connect(document, &EditorDocument::modificationChanged, this, [this, document](bool modified) {
        if (modified)
            return;
        // Saved or undone back to the file: nothing to recover any more.
        if (Tracked *t = find(document); t && t->written) {
            m_store.remove(t->id);
            t->written = false;
        }
    });
}

Autosaver::Tracked *Autosaver::find(EditorDocument *document)
{
    for (Tracked &t : m_tracked) {
        if (t.document == document)
            return &t;
    }
    return nullptr;
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

QString Autosaver::originalPathOf(EditorDocument *document) const
{
    for (const Tracked &t : m_tracked) {
        if (t.document == document)
            return t.originalPath;
    }
    return {};
}

void Autosaver::setViewStateProvider(std::function<void(EditorDocument *, RecoveryStore::Entry &)> provider)
{
    m_viewState = std::move(provider);
}

void Autosaver::saveAll()
{
    int count = 0;
    QString error;
    for (Tracked &t : m_tracked) {
        EditorDocument *doc = t.document;
        if (!doc || !doc->isModified() || (t.written && t.savedGeneration == doc->generation()))
            continue;
        RecoveryStore::Entry e;
        e.id = t.id;
        e.originalPath = doc->filePath().isEmpty() ? t.originalPath : doc->filePath();
        e.displayName = doc->displayName();
        e.text = doc->text(); // as saved: toPlainText() changes U+00A0 and U+2028
        if (m_viewState)
            m_viewState(doc, e);
        QString why;
        if (m_store.save(e, &why)) {
            t.written = true;
            t.savedGeneration = doc->generation();
            ++count;
        } else if (error.isEmpty()) {
            error = why;
        }
    }
    if (!error.isEmpty()) {
        qCWarning(lcRecovery, "Autosave failed: %s", qPrintable(error));
        if (!m_failing)
            emit failed(error);
        m_failing = true;
    } else if (count > 0) {
        m_failing = false;
    }
    if (count > 0)
        emit saved(count);
}

} // namespace Signalbox::Workspace
