// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "editordocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWorkspace, "signalbox.workspace", QtWarningMsg)

namespace Signalbox::Workspace {

using AsyncApi::Analysis;

struct EditorDocument::Private
{
    QTextDocument *text = nullptr;
    QString path;
    QString untitledName;
    quint64 generation = 0;
    int revision = -1;
    QElapsedTimer timer;
    QTimer debounce;
    QFutureWatcher<std::shared_ptr<const Analysis>> watcher;
    bool running = false;
    bool again = false;
    QString lastAnalysedText;
    quint64 lastAnalysedGeneration = 0;
    std::shared_ptr<const Analysis> analysis;
    std::shared_ptr<const Analysis> lastGood;
    bool stale = true;
    int started = 0;
    int dropped = 0;
    QFileSystemWatcher fileWatcher;
    QByteArray savedHash; // of the bytes this document last read or wrote
};

EditorDocument::EditorDocument(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->text = new QTextDocument(this);
    // QTextDocument reports contentsChange() only once it has a layout; the widget layer swaps in
    // its QPlainTextDocumentLayout before showing the text.
    d->text->documentLayout();
    d->debounce.setSingleShot(true);
    connect(d->text, &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        // A highlighter's format changes come as contentsChange(pos, n, n) without a new revision.
        const int revision = d->text->revision();
        if ((removed == added) && revision == d->revision)
            return;
        d->revision = revision;
        ++d->generation;
        if (!d->stale) {
            d->stale = true;
            emit staleChanged(true);
        }
        d->debounce.start(debounceFor(d->text->characterCount()));
    });
    connect(d->text, &QTextDocument::modificationChanged, this, &EditorDocument::modificationChanged);
    connect(&d->debounce, &QTimer::timeout, this, &EditorDocument::analyseNow);
    connect(&d->watcher, &QFutureWatcher<std::shared_ptr<const Analysis>>::finished, this, [this] {
        d->running = false;
        const std::shared_ptr<const Analysis> result = d->watcher.result();
        qCDebug(lcWorkspace) << "analysis of generation" << result->generation << "took" << d->timer.elapsed() << "ms";
        if (result->generation != d->generation) {
            // Ignore outdated analyses: the text changed while this one ran.
            ++d->dropped;
            qCDebug(lcWorkspace) << "dropped stale analysis of generation" << result->generation << "now"
                                 << d->generation;
        } else {
            accept(result);
        }
        if (d->again) {
            d->again = false;
            analyseNow();
        }
    });
    connect(&d->fileWatcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        if (path != d->path)
            return;
        QFile f(path);
        const QByteArray hash = f.open(QIODevice::ReadOnly)
                                    ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                    : QByteArray();
        // Editors that save by renaming make the watcher drop the file: watch it again.
        if (!d->fileWatcher.files().contains(path) && QFileInfo::exists(path))
            d->fileWatcher.addPath(path);
        if (hash != d->savedHash) {
            d->savedHash = hash;
            emit fileChangedOnDisk();
        }
    });
}

EditorDocument::~EditorDocument()
{
    d->watcher.waitForFinished();
}

QTextDocument *EditorDocument::textDocument() const
{
    return d->text;
}

QString EditorDocument::filePath() const
{
    return d->path;
}

QString EditorDocument::displayName() const
{
    if (!d->path.isEmpty())
        return QFileInfo(d->path).fileName();
    return d->untitledName.isEmpty() ? tr("Untitled") : d->untitledName;
}

void EditorDocument::setUntitledName(const QString &name)
{
    d->untitledName = name;
}

bool EditorDocument::isModified() const
{
    return d->text->isModified();
}

quint64 EditorDocument::generation() const
{
    return d->generation;
}

bool EditorDocument::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    QByteArray bytes = f.readAll();
    d->savedHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    d->text->setPlainText(QString::fromUtf8(bytes));
    d->text->clearUndoRedoStacks();
    d->text->setModified(false);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != d->path) {
        if (!d->path.isEmpty())
            d->fileWatcher.removePath(d->path);
        d->path = absolute;
        d->fileWatcher.addPath(absolute);
        emit filePathChanged(absolute);
    }
    analyseNow();
    return true;
}

void EditorDocument::setText(const QString &text)
{
    d->text->setPlainText(text);
    analyseNow();
}

bool EditorDocument::save(const QString &path, QString *error)
{
    const QByteArray bytes = d->text->toPlainText().toUtf8();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    d->savedHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    d->text->setModified(false);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!d->path.isEmpty())
        d->fileWatcher.removePath(d->path);
    d->fileWatcher.addPath(absolute);
    if (absolute != d->path) {
        d->path = absolute;
        emit filePathChanged(absolute);
        analyseNow(); // relative references now resolve against the new folder
    }
    return true;
}

void EditorDocument::applyEdits(const QList<TextEdit> &edits)
{
    QList<TextEdit> sorted = edits;
    // Apply from the end so earlier offsets stay valid.
    std::sort(sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) { return a.start > b.start; });
    QTextCursor cursor(d->text);
    cursor.beginEditBlock();
    for (const TextEdit &e : sorted) {
        cursor.setPosition(int(e.start));
        cursor.setPosition(int(e.end), QTextCursor::KeepAnchor);
        cursor.insertText(e.text);
    }
    cursor.endEditBlock();
}

std::shared_ptr<const Analysis> EditorDocument::analysis() const
{
    return d->analysis;
}

std::shared_ptr<const Analysis> EditorDocument::lastGoodAnalysis() const
{
    return d->lastGood;
}

bool EditorDocument::isStale() const
{
    return d->stale;
}

int EditorDocument::debounceFor(qsizetype characters)
{
    // Small documents analyse in a millisecond or two: no pause at all, so diagnostics follow the
    // typing (one job in flight coalesces a burst). Big ones wait for a pause that grows with the
    // size, up to 130 ms at 5 MB (ghostwriter's typingPausedScaled), so that the worker is not
    // kept busy with texts about to change.
    return int(std::clamp<qsizetype>(characters / 40000, 0, 250));
}

void EditorDocument::analyseNow()
{
    d->debounce.stop();
    if (d->running) {
        d->again = true;
        return;
    }
    const QString text = d->text->toPlainText();
    if (d->analysis && text == d->lastAnalysedText) {
        // Same text as last analysed (e.g. typed and undone): re-tag the result, skip the work.
        d->lastAnalysedGeneration = d->generation;
        if (d->analysis->generation != d->generation) {
            auto copy = std::make_shared<Analysis>(*d->analysis);
            copy->generation = d->generation;
            accept(copy);
        }
        return;
    }
    d->lastAnalysedText = text;
    d->lastAnalysedGeneration = d->generation;
    AsyncApi::AnalyzeOptions options;
    options.filePath = d->path;
    options.generation = d->generation;
    d->running = true;
    ++d->started;
    d->timer.start();
    d->watcher.setFuture(QtConcurrent::run([text, options] {
        // Background work yields to the GUI thread (on Linux: SCHED_IDLE; its helper threads inherit it).
        QThread::currentThread()->setPriority(QThread::IdlePriority);
        auto result = AsyncApi::analyze(text, options);
        QThread::currentThread()->setPriority(QThread::NormalPriority);
        return result;
    }));
}

void EditorDocument::accept(const std::shared_ptr<const Analysis> &result)
{
    d->analysis = result;
    if (result->parsed())
        d->lastGood = result;
    const bool stale = !result->parsed();
    if (stale != d->stale) {
        d->stale = stale;
        emit staleChanged(stale);
    }
    emit analysisChanged(result);
}

int EditorDocument::analysesStarted() const
{
    return d->started;
}

int EditorDocument::resultsDropped() const
{
    return d->dropped;
}

} // namespace Signalbox::Workspace
