// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// For tst_recovery: edits a document (a new one, or the file given as a third argument), lets the
// autosaver write it, says "ready" and waits to be killed.

#include <workspace/editordocument.h>
#include <workspace/recoverystore.h>

#include <QGuiApplication>
#include <QTextCursor>
#include <QTextDocument>

#include <cstdio>

using namespace Signalbox::Workspace;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc < 3)
        return 2;
    RecoveryStore store(QString::fromLocal8Bit(argv[1]));
    EditorDocument doc;
    Autosaver autosaver(store, 100);
    if (argc > 3) {
        QString error;
        if (!doc.load(QString::fromLocal8Bit(argv[3]), &error))
            return 3;
    }
    autosaver.add(&doc);
    QTextCursor(doc.textDocument()).insertText(QString::fromUtf8(argv[2]));
    QObject::connect(&autosaver, &Autosaver::saved, &app, [] {
        std::puts("ready");
        std::fflush(stdout);
    });
    return app.exec();
}
