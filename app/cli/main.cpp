// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// signalbox-cli: the library's analysis for scripts and CI.

#include <asyncapi/analysis.h>
#include <asyncapi/convert/converter.h>
#include <asyncapi/refactor/rename.h>
#include <asyncapi/refs/remotefetcher.h>
#include <export/htmlexporter.h>
#ifdef SIGNALBOX_CLI_GRAPH
#include <asyncapi/graph/graphmodel.h>
#include <diagram/graphlayout.h>
#include <diagram/graphpainter.h>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#ifdef SIGNALBOX_CLI_GRAPH
#include <QGuiApplication>
#endif
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

using namespace Signalbox::AsyncApi;

namespace {

enum ExitCode { Valid = 0, HasErrors = 1, Unusable = 2 };

/** The largest --max-size-mb: positions in a document are 32-bit. */
constexpr int MaxSizeMb = 4095;

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxCli)
};

int severityRank(Severity s)
{
    switch (s) {
    case Severity::Error:
        return 3;
    case Severity::Warning:
        return 2;
    case Severity::Info:
        return 1;
    case Severity::Hint:
        return 0;
    }
    return 0;
}

int validate(const QStringList &files, bool json, Severity minSeverity, const AnalyzeOptions &base)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    int status = Valid;
    qsizetype errors = 0;
    qsizetype warnings = 0;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << path << ": " << Tr::tr("cannot read: %1").arg(f.errorString()) << '\n';
            status = Unusable;
            continue;
        }
        AnalyzeOptions options = base;
        options.filePath = path;
        // Never read more than one byte past the limit: a huge file is refused, not loaded.
        const QByteArray bytes = f.read(options.load.limits.maxBytes + 1);
        const auto analysis = analyze(bytes, options);
        for (const Diagnostic &d : analysis->diagnostics) {
            if (severityRank(d.severity) < severityRank(minSeverity))
                continue;
            const QString file = d.file.isEmpty() ? path : d.file;
            const int line = d.range.start.line + 1;
            const int column = d.range.start.column + 1;
            if (json) {
                QJsonObject o{{QStringLiteral("file"), file},
                              {QStringLiteral("line"), line},
                              {QStringLiteral("column"), column},
                              {QStringLiteral("endLine"), d.range.end.line + 1},
                              {QStringLiteral("endColumn"), d.range.end.column + 1},
                              {QStringLiteral("severity"), severityName(d.severity)},
                              {QStringLiteral("code"), d.code},
                              {QStringLiteral("message"), d.message},
                              {QStringLiteral("pointer"), d.pointer}};
                out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
            } else {
                out << file << ':' << line << ':' << column << ": " << severityName(d.severity) << ": " << d.message
                    << " [" << d.code << "]\n";
            }
        }
        errors += analysis->errorCount();
        warnings += analysis->warningCount();
        if (!analysis->isValid() && status == Valid)
            status = HasErrors;
    }
    out.flush();
    if (!json)
        err << Tr::tr("%n error(s)", nullptr, int(errors)) << ", " << Tr::tr("%n warning(s)", nullptr, int(warnings))
            << '\n';
    return status;
}

/** Reads and analyses \a path; null (after saying why on \a err) when it cannot be read. */
std::shared_ptr<const Analysis> analyzeFile(const QString &path, const AnalyzeOptions &base, QTextStream &err)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << path << ": " << Tr::tr("cannot read: %1").arg(f.errorString()) << '\n';
        return nullptr;
    }
    AnalyzeOptions options = base;
    options.filePath = path;
    // Never read more than one byte past the limit: a huge file is refused, not loaded.
    return analyze(f.read(options.load.limits.maxBytes + 1), options);
}

/** Writes \a bytes to \a output (atomically), or to standard output for "" and "-". */
bool writeOutput(const QString &output, const QByteArray &bytes, QTextStream &err)
{
    if (output.isEmpty() || output == QLatin1String("-")) {
        QFile out;
        return out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    }
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        err << output << ": " << Tr::tr("cannot write: %1").arg(out.errorString()) << '\n';
        return false;
    }
    return true;
}

#ifdef SIGNALBOX_CLI_GRAPH
int graph(const QString &path, const AnalyzeOptions &base, const QString &format, const QString &output,
          const Signalbox::AsyncApi::GraphOptions &options)
{
    QTextStream err(stderr);
    const auto analysis = analyzeFile(path, base, err);
    if (!analysis)
        return Unusable;
    if (!analysis->spec) {
        for (const Diagnostic &d : analysis->diagnostics)
            err << path << ':' << d.range.start.line + 1 << ':' << d.range.start.column + 1 << ": "
                << severityName(d.severity) << ": " << d.message << " [" << d.code << "]\n";
        return HasErrors;
    }
    const Signalbox::AsyncApi::GraphModel model = Signalbox::AsyncApi::buildGraph(*analysis, options);
    QByteArray bytes;
    if (format == QLatin1String("json")) {
        bytes = Signalbox::AsyncApi::graphToJson(model);
    } else {
        const Signalbox::Diagram::GraphLayout layout = Signalbox::Diagram::layoutGraph(model);
        if (format == QLatin1String("dot"))
            bytes = Signalbox::Diagram::graphToDot(model, &layout).toUtf8();
        else
            bytes = Signalbox::Diagram::renderGraph(model, layout, format);
    }
    return writeOutput(output, bytes, err) ? Valid : Unusable;
}
#endif

/**
 * Upgrades \a path (2.x to 3.0 or 3.1, 3.0 to 3.1): the result on stdout or in \a output; the
 * input's errors on stderr (exit 1, converted all the same when possible).
 */
int convert(const QString &path, const AnalyzeOptions &base, const ConvertOptions &options, const QString &output)
{
    QTextStream err(stderr);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << path << ": " << Tr::tr("cannot read: %1").arg(f.errorString()) << '\n';
        return Unusable;
    }
    AnalyzeOptions analyzeOptions = base;
    analyzeOptions.filePath = path;
    analyzeOptions.reportUnused = false;
    const QByteArray bytes = f.read(analyzeOptions.load.limits.maxBytes + 1);
    if (bytes.size() > analyzeOptions.load.limits.maxBytes) {
        err << path << ": " << Tr::tr("larger than %1 MB").arg(analyzeOptions.load.limits.maxBytes / (1024 * 1024))
            << '\n';
        return Unusable;
    }
    const auto analysis = analyze(bytes, analyzeOptions);
    const ConvertResult result = convertDocument(bytes, options);
    if (result.text.isEmpty()) {
        err << path << ": " << result.error << '\n';
        return Unusable;
    }
    for (const QString &note : result.notes)
        err << path << ": " << Tr::tr("note: %1").arg(note) << '\n';
    for (const Diagnostic &d : analysis->diagnostics) {
        if (d.severity == Severity::Error)
            err << (d.file.isEmpty() ? path : d.file) << ':' << d.range.start.line + 1 << ':'
                << d.range.start.column + 1 << ": " << severityName(d.severity) << ": " << d.message << " [" << d.code
                << "]\n";
    }
    if (output.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(result.text) != result.text.size())
            return Unusable;
    } else if (!writeOutput(output, result.text, err)) {
        return Unusable;
    }
    return analysis->isValid() ? Valid : HasErrors;
}

/**
 * Renames the element at \a pointer of \a path to \a newName in every file the document reaches:
 * a unified diff of each on stdout, or the files written with \a write. Exit 1 when refused.
 */
int rename(const QString &path, const AnalyzeOptions &base, const QString &pointer, const QString &newName, bool write)
{
    QTextStream err(stderr);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << path << ": " << Tr::tr("cannot read: %1").arg(f.errorString()) << '\n';
        return Unusable;
    }
    const QByteArray bytes = f.read(base.load.limits.maxBytes + 1);
    if (bytes.size() > base.load.limits.maxBytes) {
        err << path << ": " << Tr::tr("larger than %1 MB").arg(base.load.limits.maxBytes / (1024 * 1024)) << '\n';
        return Unusable;
    }
    const auto document = YamlDocument::parse(bytes, path, base.load.limits);
    for (const Diagnostic &d : document->diagnostics()) {
        if (d.severity == Severity::Error) {
            err << path << ':' << d.range.start.line + 1 << ':' << d.range.start.column + 1 << ": " << d.message
                << '\n';
            return Unusable;
        }
    }
    const DocumentSet set(document, QFileInfo(path).absoluteFilePath(), base.load);
    // POINTER is in FILE, or, written as a reference (`schemas/common.yaml#/components/schemas/Text`),
    // in a file FILE reaches.
    const std::string ref = pointer.contains(u'#') ? pointer.toStdString() : '#' + pointer.toStdString();
    const auto target = set.targetOf(ref, set.main());
    if (!target || target->segments.empty()) {
        err << Tr::tr("'%1' is not a JSON pointer (/components/schemas/Light) or a reference to a file the document "
                      "reaches (common.yaml#/components/schemas/Light)")
                   .arg(pointer)
            << '\n';
        return Unusable;
    }
    // The project's other documents may refer to the element too (through the files they share).
    bool complete = true;
    const auto others = projectDocumentSets(QFileInfo(path).absoluteFilePath(), base.load, &complete);
    if (!complete)
        err << path << ": "
            << Tr::tr("note: the folder holds more files than are read (%1 at most, %2 MB): references in the others "
                      "are not renamed")
                   .arg(base.load.maxFiles)
                   .arg(base.load.maxTotalBytes / (1024 * 1024))
            << '\n';
    std::vector<const DocumentSet *> sets{&set};
    for (const auto &other : others)
        sets.push_back(other.get());
    const RenamePlan plan = planRename(sets, {target->doc, target->segments}, newName);
    if (!plan.error.isEmpty()) {
        err << path << ": " << plan.error << '\n';
        return HasErrors;
    }
    for (const FileChange &change : plan.files) {
        const QString name = change.doc == set.main() ? path : QDir::current().relativeFilePath(change.path);
        if (!write) {
            QTextStream(stdout) << unifiedDiff(change.before, change.after, name);
            continue;
        }
        // The byte order mark the file had (the parsed text has none).
        QFile original(change.path);
        const bool bom = original.open(QIODevice::ReadOnly) && original.read(3) == "\xEF\xBB\xBF";
        QByteArray written = change.after;
        if (bom)
            written.prepend("\xEF\xBB\xBF");
        if (!writeOutput(change.path, written, err))
            return Unusable;
    }
    if (write)
        err << Tr::tr("renamed: files written: %1, places changed: %2").arg(plan.files.size()).arg(plan.usages.size())
            << '\n';
    return Valid;
}

int exportHtml(const QString &path, const AnalyzeOptions &base, const QString &output, const QString &templateDir)
{
    QTextStream err(stderr);
    const auto analysis = analyzeFile(path, base, err);
    if (!analysis)
        return Unusable;
    Signalbox::Export::HtmlExportOptions options;
    options.templateDir = templateDir;
    QString error;
    const QByteArray html = Signalbox::Export::exportHtml(*analysis, options, &error).toUtf8();
    if (html.isEmpty()) {
        err << error << '\n';
        return Unusable;
    }
    if (!writeOutput(output, html, err))
        return Unusable;
    // Still exported, but say so: the page lists the errors on top.
    for (const Diagnostic &d : analysis->diagnostics) {
        if (d.severity == Severity::Error)
            err << (d.file.isEmpty() ? path : d.file) << ':' << d.range.start.line + 1 << ':'
                << d.range.start.column + 1 << ": error: " << d.message << " [" << d.code << "]\n";
    }
    return analysis->isValid() ? Valid : HasErrors;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool graphCommand = argc > 1 && qstrcmp(argv[1], "graph") == 0;
#ifdef SIGNALBOX_CLI_GRAPH
    // Drawing a graph needs fonts, so a GUI application, without a display.
    if (graphCommand && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appPtr(graphCommand ? new QGuiApplication(argc, argv)
                                                          : new QCoreApplication(argc, argv));
#else
    // `graph` draws with Qt's GUI module and Graphviz: it is the same program built with them,
    // installed beside this one, so that the other commands start without loading those libraries.
    const bool probeCommand = argc > 1 && qstrcmp(argv[1], "probe") == 0;
    const bool mockCommand = argc > 1 && qstrcmp(argv[1], "mock") == 0;
    if (graphCommand || probeCommand || mockCommand) {
        std::error_code ec;
        const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
        const std::string helper = (self.parent_path() / (graphCommand   ? "signalbox-cli-graph"
                                                          : probeCommand ? "signalbox-cli-probe"
                                                                         : "signalbox-cli-mock"))
                                       .string();
        execv(helper.c_str(), argv);
        std::fprintf(stderr, "signalbox-cli: cannot run %s: %s\n", helper.c_str(), std::strerror(errno));
        return Unusable;
    }
    std::unique_ptr<QCoreApplication> appPtr(new QCoreApplication(argc, argv));
#endif
    QCoreApplication &app = *appPtr;
    Q_UNUSED(app)
    QCoreApplication::setApplicationName(QStringLiteral("signalbox-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Signalbox command-line tool.\n\n"
               "Commands:\n"
               "  validate FILE...   check AsyncAPI documents; exit 0 when valid, 1 on errors, 2 when a file cannot be "
               "read or the usage is wrong\n"
               "  graph FILE         draw the channel and operation graph: --format svg|png|dot|json, -o OUT\n"
               "  export-html FILE   write the HTML documentation: -o OUT [--template-dir DIR]; exit 1 when the "
               "document has errors (the page lists them)\n"
               "  probe FILE         test a WebSocket or SSE endpoint against the document: one JSON line per "
               "message; exit 1 when a message does not conform (signalbox-cli probe --help)\n"
               "  mock FILE          serve the document's WebSocket and SSE channels locally: one JSON line per "
               "event (signalbox-cli mock --help)\n"
               "  convert FILE       upgrade a 2.x document to 3.0 (--to 3.1: to 3.1; a 3.0 one to 3.1), keeping its "
               "comments and formatting: --point-of-view application|client, -o OUT; exit 1 when the input has "
               "errors (converted all the same), 2 when it cannot be\n"
               "  rename FILE POINTER NEWNAME   rename a component, channel, operation, server or a channel's message "
               "or parameter (POINTER: /components/schemas/Old, or common.yaml#/components/schemas/Old in a file it "
               "reaches) and every reference to it in the project's files: a unified diff, or --write; exit 1 when "
               "refused (name taken, not a valid name)\n\n"
               "A file $ref is read only from the document's folder and the folders below it, and only when it is a "
               "regular file; --allow-refs-outside DIR allows another folder. A remote (http, https) $ref is not "
               "fetched, and is a warning, unless --fetch-remote is given; fetched documents are kept in %1 and "
               "checked with the server again when older than a minute.")
            .arg(RemoteFetcher::defaultCacheFolder()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption formatOption(
        QStringList{QStringLiteral("f"), QStringLiteral("format")},
        Tr::tr("Output format: text (file:line:col: severity: message [code]) or json "
               "(one JSON object per line)."),
        Tr::tr("format"), QStringLiteral("text"));
    const QCommandLineOption severityOption(QStringLiteral("min-severity"),
                                            Tr::tr("Only report diagnostics at least this severe: error, warning, info "
                                                   "or hint (default)."),
                                            Tr::tr("severity"), QStringLiteral("hint"));
    const QCommandLineOption maxSizeOption(
        QStringLiteral("max-size-mb"),
        Tr::tr("Refuse documents and referenced files larger than this many megabytes (default 32, at most 4095)."),
        Tr::tr("mb"), QStringLiteral("32"));
    const QCommandLineOption allowRefsOption(
        QStringLiteral("allow-refs-outside"),
        Tr::tr("Let file references also read this folder and the folders below it (repeatable). By default only "
               "the document's own folder is read."),
        Tr::tr("dir"));
    const QCommandLineOption fetchRemoteOption(
        QStringLiteral("fetch-remote"),
        Tr::tr("Fetch remote (http, https) references: redirects only to the same scheme or from http to https, "
               "at most 8 MB each; "
               "a kept copy stands in, with a warning, when the server cannot be reached."));
    const QCommandLineOption fetchTimeoutOption(QStringLiteral("fetch-timeout"),
                                                Tr::tr("--fetch-remote: give up on a server after this many seconds "
                                                       "(default 10)."),
                                                Tr::tr("seconds"), QStringLiteral("10"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("graph, convert: the file to write (default: standard output)."),
                                          Tr::tr("file"));
    const QCommandLineOption collapseOption(QStringLiteral("collapse-messages"),
                                            Tr::tr("graph: fold messages into their channels."));
    const QCommandLineOption serverOption(QStringLiteral("server"), Tr::tr("graph: only what this server carries."),
                                          Tr::tr("name"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), Tr::tr("graph: only operations with this tag."),
                                       Tr::tr("tag"));
    const QCommandLineOption templateOption(QStringLiteral("template-dir"),
                                            Tr::tr("export-html: a folder with page.mustache, style.css or script.js "
                                                   "to use instead of the bundled ones."),
                                            Tr::tr("dir"));
    const QCommandLineOption writeOption(QStringLiteral("write"),
                                         Tr::tr("rename: write the files instead of printing a diff."));
    const QCommandLineOption toOption(QStringLiteral("to"), Tr::tr("convert: the version to reach, 3.0 or 3.1."),
                                      Tr::tr("version"), QStringLiteral("3.0"));
    const QCommandLineOption viewOption(QStringLiteral("point-of-view"),
                                        Tr::tr("convert: whose view 2.x publish and subscribe are read from: "
                                               "application (publish: it receives) or client (publish: it sends)."),
                                        Tr::tr("view"), QStringLiteral("application"));
    parser.addOptions({formatOption, severityOption, maxSizeOption, allowRefsOption, fetchRemoteOption,
                       fetchTimeoutOption, outputOption, collapseOption, serverOption, tagOption, templateOption,
                       toOption, viewOption, writeOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Tr::tr("The command to run: validate, graph or export-html."));
    parser.addPositionalArgument(QStringLiteral("files"), Tr::tr("Files to check."), QStringLiteral("FILE..."));

    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return Unusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Valid;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return Valid;
    }
    QStringList args = parser.positionalArguments();

    // What every command that analyses a document shares.
    AnalyzeOptions base;
    bool ok = false;
    const double mb = parser.value(maxSizeOption).toDouble(&ok);
    // Positions are 32-bit: at most 4 GiB. NaN and infinity fail the comparisons.
    if (!ok || !(mb > 0 && mb <= MaxSizeMb)) {
        QTextStream(stderr) << Tr::tr("--max-size-mb needs a number of megabytes above 0 and at most %1").arg(MaxSizeMb)
                            << '\n';
        return Unusable;
    }
    base.load.limits.maxBytes = std::max<qsizetype>(1, qsizetype(mb * 1024 * 1024));
    // Referenced files together: the default budget, or more when single files may be larger.
    base.load.maxTotalBytes = std::max<qint64>(base.load.maxTotalBytes, 2 * qint64(base.load.limits.maxBytes));
    for (const QString &dir : parser.values(allowRefsOption)) {
        const QString canonical = QFileInfo(dir).isDir() ? QFileInfo(dir).canonicalFilePath() : QString();
        if (canonical.isEmpty()) {
            QTextStream(stderr) << Tr::tr("--allow-refs-outside: '%1' is not a folder").arg(dir) << '\n';
            return Unusable;
        }
        base.load.allowedRoots << canonical;
    }
    const double fetchTimeout = parser.value(fetchTimeoutOption).toDouble(&ok);
    if (!ok || !(fetchTimeout > 0 && fetchTimeout <= 3600)) {
        QTextStream(stderr) << Tr::tr("--fetch-timeout needs a number of seconds above 0 and at most 3600") << '\n';
        return Unusable;
    }
    if (parser.isSet(fetchRemoteOption)) {
        RemoteFetchOptions fetch;
        fetch.timeoutMs = std::max(1, int(fetchTimeout * 1000));
        base.load.fetchRemote = RemoteFetcher::callback(fetch);
    }
#ifdef SIGNALBOX_CLI_GRAPH
    if (graphCommand) {
        const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("svg");
        if (args.size() != 2 ||
            !QStringList{QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("dot"), QStringLiteral("json")}
                 .contains(format)) {
            QTextStream(stderr) << Tr::tr("usage: signalbox-cli graph FILE --format svg|png|dot|json [-o OUT]") << '\n';
            return Unusable;
        }
        Signalbox::AsyncApi::GraphOptions options;
        options.collapseMessages = parser.isSet(collapseOption);
        options.server = parser.value(serverOption);
        options.tag = parser.value(tagOption);
        return graph(args.at(1), base, format, parser.value(outputOption), options);
    }
#endif
    if (!args.isEmpty() && args.first() == QLatin1String("convert")) {
        ConvertOptions options;
        const QString to = parser.value(toOption);
        const QString view = parser.value(viewOption);
        if (args.size() != 2 || (to != QLatin1String("3.0") && to != QLatin1String("3.1")) ||
            (view != QLatin1String("application") && view != QLatin1String("client"))) {
            QTextStream(stderr) << Tr::tr("usage: signalbox-cli convert FILE [--to 3.0|3.1] [--point-of-view "
                                          "application|client] [-o OUT]")
                                << '\n';
            return Unusable;
        }
        options.target = to == QLatin1String("3.1") ? ConvertOptions::Target::V3_1 : ConvertOptions::Target::V3_0;
        options.pointOfView = view == QLatin1String("client") ? ConvertOptions::PointOfView::Client
                                                              : ConvertOptions::PointOfView::Application;
        return convert(args.at(1), base, options, parser.value(outputOption));
    }
    if (!args.isEmpty() && args.first() == QLatin1String("rename")) {
        if (args.size() != 4) {
            QTextStream(stderr) << Tr::tr("usage: signalbox-cli rename FILE POINTER NEWNAME [--write]") << '\n';
            return Unusable;
        }
        return rename(args.at(1), base, args.at(2), args.at(3), parser.isSet(writeOption));
    }
    if (!args.isEmpty() && args.first() == QLatin1String("export-html")) {
        if (args.size() != 2) {
            QTextStream(stderr) << Tr::tr("usage: signalbox-cli export-html FILE [-o OUT] [--template-dir DIR]")
                                << '\n';
            return Unusable;
        }
        return exportHtml(args.at(1), base, parser.value(outputOption), parser.value(templateOption));
    }
    if (args.isEmpty() || args.first() != QLatin1String("validate") || args.size() < 2) {
        QTextStream(stderr) << Tr::tr("usage: signalbox-cli validate [--format text|json] FILE...") << '\n';
        return Unusable;
    }
    args.removeFirst();
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        QTextStream(stderr) << Tr::tr("unknown format '%1': use text or json").arg(format) << '\n';
        return Unusable;
    }
    const QString sev = parser.value(severityOption);
    Severity minSeverity = Severity::Hint;
    if (sev == QLatin1String("error"))
        minSeverity = Severity::Error;
    else if (sev == QLatin1String("warning"))
        minSeverity = Severity::Warning;
    else if (sev == QLatin1String("info"))
        minSeverity = Severity::Info;
    else if (sev != QLatin1String("hint")) {
        QTextStream(stderr) << Tr::tr("unknown severity '%1'").arg(sev) << '\n';
        return Unusable;
    }
    return validate(args, format == QLatin1String("json"), minSeverity, base);
}
