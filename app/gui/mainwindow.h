// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QTreeWidget;

namespace Signalbox {

/**
 * The window that exists until the editor issue lands: the document's text on the left, its
 * problems below, the outline of the model on the right, re-analysed as the text changes.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /** Loads \a path; returns false and sets \a error when it cannot be read. */
    bool openFile(const QString &path, QString *error);

private:
    void reanalyse();
    void showAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis);

    QString m_path;
    QPlainTextEdit *m_editor = nullptr;
    QTreeWidget *m_problems = nullptr;
    QTreeWidget *m_outline = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Signalbox
