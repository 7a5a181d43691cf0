// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// signalbox-cli: the library's analysis for scripts and CI.

#include <asyncapi/analysis.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Signalbox::AsyncApi;

namespace {

enum ExitCode { Valid = 0, HasErrors = 1, Unusable = 2 };

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

int validate(const QStringList &files, bool json, Severity minSeverity, qsizetype maxBytes)
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
        AnalyzeOptions options;
        options.filePath = path;
        options.load.limits.maxBytes = maxBytes;
        // Never read more than one byte past the limit: a huge file is refused, not loaded.
        const QByteArray bytes = f.read(maxBytes + 1);
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
        err << Tr::tr("%n error(s)", nullptr, int(errors)) << ", "
            << Tr::tr("%n warning(s)", nullptr, int(warnings)) << '\n';
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("signalbox-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Signalbox command-line tool.\n\n"
           "Commands:\n"
           "  validate FILE...   check AsyncAPI documents; exit 0 when valid, 1 on errors, 2 when a file cannot be "
           "read or the usage is wrong"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption formatOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                          Tr::tr("Output format: text (file:line:col: severity: message [code]) or json "
                                             "(one JSON object per line)."),
                                          Tr::tr("format"), QStringLiteral("text"));
    const QCommandLineOption severityOption(QStringLiteral("min-severity"),
                                            Tr::tr("Only report diagnostics at least this severe: error, warning, info "
                                               "or hint (default)."),
                                            Tr::tr("severity"), QStringLiteral("hint"));
    const QCommandLineOption maxSizeOption(QStringLiteral("max-size-mb"),
                                           Tr::tr("Refuse files larger than this many megabytes (default 32)."), Tr::tr("mb"),
                                           QStringLiteral("32"));
    parser.addOptions({formatOption, severityOption, maxSizeOption});
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("The command to run: validate."));
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
    bool ok = false;
    const double mb = parser.value(maxSizeOption).toDouble(&ok);
    if (!ok || mb <= 0) {
        QTextStream(stderr) << Tr::tr("--max-size-mb needs a positive number") << '\n';
        return Unusable;
    }
    return validate(args, format == QLatin1String("json"), minSeverity, qsizetype(mb * 1024 * 1024));
}
