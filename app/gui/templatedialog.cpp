// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "templatedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Signalbox {

namespace {

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

QList<std::pair<QString, QString>> TemplateDialog::templates()
{
    return {
        {QStringLiteral(":/templates/minimal.yaml"), tr("Minimal")},
        {QStringLiteral(":/templates/websocket-chat.yaml"), tr("WebSocket chat")},
        {QStringLiteral(":/templates/sse-feed.yaml"), tr("Server-Sent Events feed")},
        {QStringLiteral(":/templates/kafka-headers.yaml"), tr("Kafka with headers")},
        {QStringLiteral(":/templates/mqtt.yaml"), tr("MQTT")},
        {QStringLiteral(":/templates/request-reply.yaml"), tr("Request and reply")},
    };
}

TemplateDialog::TemplateDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_preview(new QPlainTextEdit(this))
{
    setWindowTitle(tr("New Document"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    for (const auto &[path, title] : templates()) {
        auto *item = new QListWidgetItem(title, m_list);
        item->setData(Qt::UserRole, path);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addWidget(m_preview, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_preview->setPlainText(item ? read(item->data(Qt::UserRole).toString()) : QString());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(0);
    resize(860, 520);
}

QString TemplateDialog::selectedText() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? read(item->data(Qt::UserRole).toString()) : QString();
}

QString TemplateDialog::selectedTitle() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

} // namespace Signalbox
