// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Signalbox {

/**
 * Upgrading the document shown to AsyncAPI 3 (AsyncApi::convertDocument()): the text as it is and
 * as it would be, side by side, the lines removed and added marked, the target version and the
 * point of view to choose. Accepting it leaves the result in convertedText().
 */
class ConvertDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConvertDialog)

public:
    /** \a version is the document's (2.x or 3.0). */
    ConvertDialog(const QString &text, const QString &version, QWidget *parent = nullptr);

    QString convertedText() const { return m_converted; }
    QPlainTextEdit *beforeView() const { return m_before; }
    QPlainTextEdit *afterView() const { return m_after; }
    QComboBox *targetBox() const { return m_target; }
    QComboBox *pointOfViewBox() const { return m_pointOfView; }
    QLabel *summaryLabel() const { return m_summary; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void refresh();

    QString m_original;
    QString m_converted;
    QComboBox *m_target;
    QComboBox *m_pointOfView;
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_after;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace Signalbox
