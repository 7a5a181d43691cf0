// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QListWidget;
class QPlainTextEdit;

namespace Signalbox {

/** Picks the template a new document starts from, with a preview of its text. */
class TemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateDialog)

public:
    explicit TemplateDialog(QWidget *parent = nullptr);

    /** The bundled templates: resource path and title, in gallery order. */
    static QList<std::pair<QString, QString>> templates();
    QString selectedText() const;
    QString selectedTitle() const;

private:
    QListWidget *m_list;
    QPlainTextEdit *m_preview;
};

} // namespace Signalbox
