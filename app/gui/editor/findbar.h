// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Signalbox {

/** Find and replace in a text editor, plain or with a regular expression, shown under the editor. */
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool backwards = false);
    void replaceOne();
    int replaceAll();

    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setRegularExpression(bool on);
    void setCaseSensitive(bool on);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRegularExpression pattern() const;

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace Signalbox
