// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "editordocument.h"

#include "backgroundjob.h"
#include "referencefolders.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

Q_LOGGING_CATEGORY(lcWorkspace, "signalbox.workspace", QtWarningMsg)

namespace Signalbox::Workspace {

using AsyncApi::Analysis;

namespace {

constexpr char Bom[] = "\xEF\xBB\xBF";

/** The largest file loaded: the analysis refuses larger ones anyway. */
qsizetype maxFileBytes()
{
    return AsyncApi::ParseLimits{}.maxBytes;
}

/** The bytes of \a path (at most maxFileBytes() + 1), or an empty array when it is not a regular file. */
QByteArray readCapped(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(maxFileBytes() + 1) : QByteArray();
}

} // namespace

struct EditorDocument::Private
{
    explicit Private(EditorDocument *q);

    QTextDocument *text = nullptr;
    QString path;
    QString untitledName;
    int revision = -1;
    QElapsedTimer timer;
    QTimer debounce;
    /// One analysis at a time; its generation() is the document's (a change invalidates it).
    BackgroundJob<std::shared_ptr<const Analysis>> job;
    // What the latest analysis started from: the text, the path its references resolve from and
    // the folders they may read besides. A change of any of them needs a new analysis.
    QString lastAnalysedText;
    QString lastAnalysedPath;
    QStringList lastAnalysedFolders;
    bool lastAnalysedFetching = false;
    QStringList referenceFolders;
    bool fetchRemote = false;
    AsyncApi::RemoteFetchOptions fetchOptions;
    QPointer<ReferenceFolders> store;
    QMetaObject::Connection storeConnection;
    QMetaObject::Connection fetchConnection;
    // How the file was written, so that saving writes it the same way.
    bool crlf = false;
    bool bom = false;
    std::shared_ptr<const Analysis> analysis;
    std::shared_ptr<const Analysis> lastGood;
    bool stale = true;
    QFileSystemWatcher fileWatcher;
    QByteArray savedHash; // of the bytes this document last read or wrote
};

EditorDocument::Private::Private(EditorDocument *q)
    : job([q] { return q->prepareAnalysis(); },
          [q](const std::shared_ptr<const Analysis> &result) {
              qCDebug(lcWorkspace) << "analysis of generation" << result->generation << "took" << q->d->timer.elapsed()
                                   << "ms";
              q->accept(result);
          })
{}

EditorDocument::EditorDocument(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
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
        d->job.invalidate(); // a running analysis is of an older text now
        emit textEdited();
        if (!d->stale) {
            d->stale = true;
            emit staleChanged(true);
        }
        d->debounce.start(debounceFor(d->text->characterCount()));
    });
    connect(d->text, &QTextDocument::modificationChanged, this, &EditorDocument::modificationChanged);
    connect(&d->debounce, &QTimer::timeout, this, &EditorDocument::analyseNow);
    connect(&d->fileWatcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        if (path != d->path)
            return;
        const QByteArray hash = QFileInfo(path).isFile()
                                    ? QCryptographicHash::hash(readCapped(path), QCryptographicHash::Sha256)
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
    d->job.waitForFinished();
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
    return d->job.generation();
}

bool EditorDocument::load(const QString &path, QString *error, QString *warning)
{
    if (warning)
        warning->clear();
    const QString shown = QDir::toNativeSeparators(path);
    // A FIFO or a device would block or never end, on the GUI thread.
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        if (error)
            *error = tr("Cannot open %1: it is not a regular file").arg(shown);
        return false;
    }
    QFile f;
#ifdef Q_OS_UNIX
    // Opened without blocking, and the type checked again on what was opened: the file may have
    // been swapped for a FIFO or a device since the check above.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(shown, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        if (error)
            *error = tr("Cannot open %1: it is not a regular file").arg(shown);
        return false;
    }
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
#else
    f.setFileName(path);
    if (!f.open(QIODevice::ReadOnly)) {
#endif
        if (error)
            *error = tr("Cannot open %1: %2").arg(shown, f.errorString());
        return false;
    }
    // Never more than one byte past the limit: a huge file is refused, not loaded.
    QByteArray bytes = f.read(maxFileBytes() + 1);
    if (bytes.size() > maxFileBytes()) {
        if (error)
            *error = tr("Cannot open %1: it is larger than %2 MB")
                         .arg(shown, QString::number(maxFileBytes() / (1024 * 1024)));
        return false;
    }
    d->savedHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    d->bom = bytes.startsWith(Bom);
    if (d->bom)
        bytes.remove(0, 3);
    const qsizetype newline = bytes.indexOf('\n');
    d->crlf = newline > 0 && bytes.at(newline - 1) == '\r';
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (warning && utf8.hasError()) {
        const qsizetype at = text.indexOf(QChar::ReplacementCharacter);
        *warning = tr("%1 is not UTF-8 text (first at line %2). The editor shows what it cannot read as U+FFFD, "
                      "and saving writes that instead of the original bytes.")
                       .arg(shown, QString::number(text.left(at).count(u'\n') + 1));
    } else if (warning && (text.contains(QChar::ParagraphSeparator) || text.contains(QChar(0xFDD0)) ||
                           text.contains(QChar(0xFDD1)))) {
        *warning = tr("%1 contains characters that the editor turns into line breaks (U+2029, U+FDD0 or U+FDD1); "
                      "saving writes line breaks instead.")
                       .arg(shown);
    }
    d->text->setPlainText(text);
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
    updateReferenceFolders();
    analyseNow();
    return true;
}

void EditorDocument::setText(const QString &text)
{
    d->text->setPlainText(text);
    analyseNow();
}

QString EditorDocument::text() const
{
    // toPlainText() also turns U+00A0 into a space and U+2028 into a line break; the raw text has
    // only the block separators to turn into line breaks.
    QString raw = d->text->toRawText();
    raw.replace(QChar::ParagraphSeparator, u'\n');
    return raw;
}

bool EditorDocument::looksLikeJson() const
{
    return d->text->toPlainText().trimmed().startsWith(QLatin1Char('{'));
}

bool EditorDocument::save(const QString &path, QString *error)
{
    QString text = this->text();
    if (d->crlf)
        text.replace(u'\n', QStringLiteral("\r\n"));
    QByteArray bytes = text.toUtf8();
    if (d->bom)
        bytes.prepend(Bom);
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
        // Relative references now resolve against the new folder, with that folder's allowed ones.
        updateReferenceFolders();
        analyseNow();
    }
    return true;
}

QStringList EditorDocument::referenceFolders() const
{
    return d->referenceFolders;
}

void EditorDocument::setReferenceFolders(const QStringList &folders)
{
    if (folders == d->referenceFolders)
        return;
    d->referenceFolders = folders;
    if (d->analysis || d->job.isRunning())
        analyseNow();
}

void EditorDocument::setReferenceFolderStore(ReferenceFolders *store)
{
    disconnect(d->storeConnection);
    disconnect(d->fetchConnection);
    d->store = store;
    if (store) {
        auto changed = [this](const QString &projectFolder) {
            if (!projectFolder.isEmpty() && projectFolder == ReferenceFolders::projectFolderOf(d->path)) {
                updateReferenceFolders();
                analyseNow();
            }
        };
        d->storeConnection = connect(store, &ReferenceFolders::foldersChanged, this, changed);
        d->fetchConnection = connect(store, &ReferenceFolders::fetchRemoteChanged, this, changed);
    }
    const QStringList before = d->referenceFolders;
    const bool fetchedBefore = d->fetchRemote;
    updateReferenceFolders();
    if ((d->referenceFolders != before || d->fetchRemote != fetchedBefore) && (d->analysis || d->job.isRunning()))
        analyseNow();
}

bool EditorDocument::fetchesRemote() const
{
    return d->fetchRemote;
}

void EditorDocument::setFetchesRemote(bool fetch)
{
    if (fetch == d->fetchRemote)
        return;
    d->fetchRemote = fetch;
    if (d->analysis || d->job.isRunning())
        analyseNow();
}

void EditorDocument::setRemoteFetchOptions(const AsyncApi::RemoteFetchOptions &options)
{
    d->fetchOptions = options;
}

void EditorDocument::updateReferenceFolders()
{
    if (d->store) {
        const QString project = ReferenceFolders::projectFolderOf(d->path);
        d->referenceFolders = d->store->folders(project);
        d->fetchRemote = d->store->fetchesRemote(project);
    }
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
    d->job.request();
}

BackgroundJob<std::shared_ptr<const Analysis>>::Work EditorDocument::prepareAnalysis()
{
    d->debounce.stop(); // also when the job runs again for requests made while it ran
    const quint64 generation = d->job.generation();
    const QString text = this->text();
    if (d->analysis && text == d->lastAnalysedText && d->path == d->lastAnalysedPath &&
        d->referenceFolders == d->lastAnalysedFolders && d->fetchRemote == d->lastAnalysedFetching) {
        // Same text as last analysed (e.g. typed and undone), from the same place with the same
        // allowed folders and fetching: re-tag the result, skip the work.
        if (d->analysis->generation != generation) {
            auto copy = std::make_shared<Analysis>(*d->analysis);
            copy->generation = generation;
            accept(copy);
        }
        return {};
    }
    d->lastAnalysedText = text;
    d->lastAnalysedPath = d->path;
    d->lastAnalysedFolders = d->referenceFolders;
    d->lastAnalysedFetching = d->fetchRemote;
    AsyncApi::AnalyzeOptions options;
    options.filePath = d->path;
    options.load.allowedRoots = d->referenceFolders;
    if (d->fetchRemote)
        options.load.fetchRemote = AsyncApi::RemoteFetcher::callback(d->fetchOptions);
    options.generation = generation;
    d->timer.start();
    return [text, options] { return AsyncApi::analyze(text, options); };
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
    return d->job.started();
}

int EditorDocument::resultsDropped() const
{
    return d->job.dropped();
}

} // namespace Signalbox::Workspace
