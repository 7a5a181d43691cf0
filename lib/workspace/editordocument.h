// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>
#include <asyncapi/refs/remotefetcher.h>
#include <workspace/backgroundjob.h>

#include <QObject>
#include <QString>

#include <memory>

class QTextDocument;

namespace Signalbox::Workspace {

class ReferenceFolders;

/** One replacement of text: [start, end) in UTF-16 offsets becomes \c text. */
struct TextEdit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

/**
 * An open document: the text (a QTextDocument, the one source of truth and its own undo stack),
 * the file it belongs to, and its analysis, kept current in the background.
 *
 * Every change bumps generation() and restarts a debounce timer scaled to the text's size; when
 * it fires, the text is snapshotted and analysed on a worker thread. At most one analysis runs at
 * a time (a change meanwhile schedules one more), and a result for an older generation is
 * dropped. analysisChanged() carries every accepted result; lastGoodAnalysis() keeps the latest
 * one whose text parsed. What the views show while the user is mid-typo is decided from the
 * accepted results by LastGood (the latest one with a model, marked stale).
 *
 * Edits from views go through applyEdits(), which makes them one undo step. The widget layer gives
 * the text document its layout (QPlainTextDocumentLayout) before showing it.
 *
 * File references resolve in the document's folder (see AsyncApi::LoadOptions), plus the
 * referenceFolders() the user allowed for that folder; an unsaved document resolves none. Remote
 * (http, https) references are fetched only when fetchesRemote() (the folder's setting). The
 * analysis runs again when the path, those folders or that setting change, e.g. after "Save As"
 * elsewhere.
 */
class EditorDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorDocument)

public:
    explicit EditorDocument(QObject *parent = nullptr);
    ~EditorDocument() override;

    QTextDocument *textDocument() const;

    QString filePath() const;
    /** The name to show: the file name, or "Untitled N". */
    QString displayName() const;
    void setUntitledName(const QString &name);
    bool isModified() const;
    quint64 generation() const;

    /**
     * Loads \a path into the document (unmodified, with an empty undo history). Returns false and
     * sets \a error (with the path) when the file cannot be read, is not a regular file or is
     * larger than AsyncApi::ParseLimits::maxBytes. Sets \a warning when the text could not be taken
     * as it is (not UTF-8, or characters the editor turns into line breaks), so that saving would
     * change it; otherwise clears it.
     */
    bool load(const QString &path, QString *error, QString *warning = nullptr);
    /** Replaces the whole text, as for a new document from a template. */
    void setText(const QString &text);
    /**
     * The text as it is saved and analysed. Unlike QTextDocument::toPlainText(), it keeps U+00A0
     * (no-break space) and U+2028 (line separator) as they are.
     */
    QString text() const;
    /**
     * Whether the text looks like JSON rather than YAML: its first character other than white space
     * is `{`. A guess for an unsaved document (highlighting, the file name offered on saving).
     */
    bool looksLikeJson() const;
    /**
     * Writes the text to \a path atomically (QSaveFile), then makes it the document's file.
     * Returns false and sets \a error when it cannot.
     */
    bool save(const QString &path, QString *error);

    /**
     * Folders besides the document's own from which file references may read. With a store
     * (setReferenceFolderStore), they are the store's list for the document's folder.
     */
    QStringList referenceFolders() const;
    /** Sets referenceFolders() directly (without a store) and analyses again when they change. */
    void setReferenceFolders(const QStringList &folders);
    /**
     * Takes referenceFolders() from \a store for the document's folder, now, after every change of
     * path, and whenever the store's list for that folder changes. The store must outlive the document
     * or be cleared with nullptr.
     */
    void setReferenceFolderStore(ReferenceFolders *store);

    /**
     * Whether remote references are fetched (see AsyncApi::RemoteFetcher). With a store, the store's
     * setting for the document's folder (off for an unsaved document).
     */
    bool fetchesRemote() const;
    /** Sets fetchesRemote() directly (without a store) and analyses again when it changes. */
    void setFetchesRemote(bool fetch);
    /** How remote references are fetched when they are (timeouts, where copies are kept); for tests. */
    void setRemoteFetchOptions(const AsyncApi::RemoteFetchOptions &options);

    /** Applies \a edits (non-overlapping, any order) as one undo step. */
    void applyEdits(const QList<TextEdit> &edits);

    /** The latest accepted analysis (may be of a text that does not parse); null before the first. */
    std::shared_ptr<const AsyncApi::Analysis> analysis() const;
    /** The latest analysis whose text parsed; views keep showing it while the text does not parse. */
    std::shared_ptr<const AsyncApi::Analysis> lastGoodAnalysis() const;
    /** True when the text changed after the latest accepted analysis, or the latest did not parse. */
    bool isStale() const;

    /** Analyse now (skipping the debounce), e.g. after loading. */
    void analyseNow();
    /** The pause before analysing a text of \a characters characters: 0 ms when small, about 25 ms a megabyte. */
    static int debounceFor(qsizetype characters);

    /** Counts of analyses started and results dropped as stale, for tests and diagnostics. */
    int analysesStarted() const;
    int resultsDropped() const;

signals:
    void analysisChanged(const std::shared_ptr<const AsyncApi::Analysis> &analysis);
    void staleChanged(bool stale);
    /** The text changed (not only its formats): a new generation is on its way. */
    void textEdited();
    void filePathChanged(const QString &path);
    void modificationChanged(bool modified);
    /** The file changed on disk after it was loaded or saved (not by this document). */
    void fileChangedOnDisk();

private:
    /** Makes \a result the current analysis and tells the views. */
    void accept(const std::shared_ptr<const AsyncApi::Analysis> &result);
    /** The analysis of the current text to run on a worker; none when the text was analysed already. */
    BackgroundJob<std::shared_ptr<const AsyncApi::Analysis>>::Work prepareAnalysis();
    /** Takes the reference folders and fetching from the store for the current path, if there is a store. */
    void updateReferenceFolders();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Signalbox::Workspace
