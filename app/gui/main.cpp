// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "editorpane.h"
#include "mainwindow.h"
#include "translators.h"

#include <workspace/editordocument.h>
#include <workspace/singleinstance.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Signalbox"));
    QApplication::setOrganizationName(QStringLiteral("Signalbox"));
    QApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/signalbox.svg")));

    // The system's language, unless the user chose one (View → Language).
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    QLocale::setDefault(locale);
    Signalbox::installTranslators(locale, &app);

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

    const bool shooting = parser.isSet(screenshot);
    const QStringList files = parser.positionalArguments();
    // One window per user: files opened from the desktop go to the running instance.
    Signalbox::Workspace::SingleInstance instance;
    using Role = Signalbox::Workspace::SingleInstance::Role;
    const Role role = shooting ? Role::Unavailable : instance.start(files);
    if (role == Role::Delivered)
        return 0;
    if (!shooting && role != Role::Primary)
        qWarning("Signalbox runs without handing files to one window: %s", qPrintable(instance.errorString()));
    Signalbox::MainWindow window;
    // Queued by the instance, after the request was read: a dialog here touches no socket.
    QObject::connect(&instance, &Signalbox::Workspace::SingleInstance::filesRequested, &window,
                     &Signalbox::MainWindow::openRequested);
    // Another instance that holds the lock is alive, and its recovery files are its live work.
    if (!shooting && role != Role::Unresponsive)
        window.offerRecovery();
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
    // Without a document the window shows its welcome page (new, template, open, example, recent).
    window.show();
    if (shooting) {
        const QString out = parser.value(screenshot);
        Signalbox::EditorPane *pane = window.currentPane();
        auto shoot = [&window, out] {
            const bool ok = window.grab().save(out);
            QApplication::exit(ok ? 0 : 1);
        };
        if (!pane || pane->document()->analysis())
            QTimer::singleShot(200, &window, shoot);
        else
            QObject::connect(
                pane, &Signalbox::EditorPane::analysisUpdated, &window, [shoot] { QTimer::singleShot(200, shoot); },
                Qt::SingleShotConnection);
        QTimer::singleShot(20000, &window, [] { QApplication::exit(3); }); // never hang
    }
    return app.exec();
}
