// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Signalbox"));
    QApplication::setOrganizationName(QStringLiteral("Signalbox"));
    QApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A native studio for AsyncAPI"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Render the window to a PNG file and exit."),
                                        QStringLiteral("file"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "AsyncAPI document to open."));
    parser.process(app);

    Signalbox::MainWindow window;
    const QStringList files = parser.positionalArguments();
    const QString file = files.isEmpty() ? QStringLiteral(":/examples/harbour-cranes.yaml") : files.first();
    QString error;
    if (!window.openFile(file, &error)) {
        if (parser.isSet(screenshot)) {
            qCritical("%s", qPrintable(error));
            return 2;
        }
        QMessageBox::warning(&window, QApplication::translate("main", "Signalbox"), error);
    }
    window.show();
    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, out] {
            const bool ok = window.grab().save(out);
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
