// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "editorpane.h"
#include "mainwindow.h"

#include <workspace/editordocument.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Signalbox"));
    QApplication::setOrganizationName(QStringLiteral("Signalbox"));
    QApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/signalbox.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("signalbox"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A native studio for AsyncAPI"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to a PNG file after the first analysis, and exit."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "AsyncAPI documents to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    Signalbox::MainWindow window;
    const bool shooting = parser.isSet(screenshot);
    if (!shooting)
        window.offerRecovery();
    const QStringList files = parser.positionalArguments();
    for (const QString &file : files) {
        QString error;
        if (!window.openFile(file, &error)) {
            if (shooting) {
                qCritical("%s", qPrintable(error));
                return 2;
            }
            QMessageBox::warning(&window, QApplication::translate("main", "Signalbox"), error);
        }
    }
    if (window.tabs()->count() == 0)
        window.newDocument(QString());
    window.show();
    if (shooting) {
        const QString out = parser.value(screenshot);
        Signalbox::EditorPane *pane = window.currentPane();
        auto shoot = [&window, out] {
            const bool ok = window.grab().save(out);
            QApplication::exit(ok ? 0 : 1);
        };
        if (pane->document()->analysis())
            QTimer::singleShot(200, &window, shoot);
        else
            QObject::connect(
                pane, &Signalbox::EditorPane::analysisUpdated, &window, [shoot] { QTimer::singleShot(200, shoot); },
                Qt::SingleShotConnection);
        QTimer::singleShot(20000, &window, [] { QApplication::exit(3); }); // never hang
    }
    return app.exec();
}
