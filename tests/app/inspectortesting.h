// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The inspector's tests open a document in the real window and show the inspector on one of its
// channels or operations.

#include "editorpane.h"
#include "inspector/connectionform.h"
#include "inspector/inspectorwidget.h"
#include "mainwindow.h"
#include "testconfig.h"

#include <asyncapi/document/elementid.h>
#include <workspace/editordocument.h>

#include <QComboBox>
#include <QString>
#include <QTest>

namespace Signalbox::Test {

/**
 * Opens \a path in \a w and shows the inspector on \a target, once the samples, the matcher and the
 * draft's check (worked out off the GUI thread) are there; null when any of that did not happen.
 */
inline EditorPane *openInInspector(MainWindow &w, const QString &path, const AsyncApi::ElementId &target)
{
    QString error;
    const bool wasVisible = w.inspector()->isVisible();
    if (!w.openFile(path, &error))
        return nullptr;
    EditorPane *pane = w.currentPane();
    if (!QTest::qWaitFor([&] { return pane->document()->analysis() != nullptr; }, 5000))
        return nullptr;
    if (!wasVisible && w.inspector()->isVisible()) // closed until asked for
        return nullptr;
    w.inspect(target);
    if (!w.inspector()->isVisible() || w.inspector()->form()->targetBox()->count() == 0)
        return nullptr;
    if (!QTest::qWaitFor([&] { return !w.inspector()->isBusy(); }, 10000))
        return nullptr;
    return pane;
}

/** tests/data/live/chat.yaml, the inspector on its channel "room". */
inline EditorPane *openChat(MainWindow &w)
{
    return openInInspector(w, QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/chat.yaml"),
                           AsyncApi::ElementId::channel(QStringLiteral("room")));
}

} // namespace Signalbox::Test
