// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "welcomepage.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace Signalbox {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_noRecent(new QLabel(tr("No recent files yet."), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Signalbox"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *subtitle =
        new QLabel(tr("Write and check AsyncAPI documents, see them as a graph, and try their channels live."), this);
    subtitle->setWordWrap(true);

    auto button = [this](const QString &name, const QString &text, const QString &description,
                         void (WelcomePage::*signal)()) {
        auto *b = new QCommandLinkButton(text, description, this);
        b->setObjectName(name);
        connect(b, &QCommandLinkButton::clicked, this, signal);
        return b;
    };
    auto *start = new QLabel(tr("Start"), this);
    auto *recentTitle = new QLabel(tr("Recent Files"), this);
    QFont heading = start->font();
    heading.setBold(true);
    start->setFont(heading);
    recentTitle->setFont(heading);

    auto *startColumn = new QVBoxLayout;
    startColumn->addWidget(start);
    QCommandLinkButton *blank =
        button(QStringLiteral("welcomeNew"), tr("New Document"),
               tr("An empty document (%1).").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
               &WelcomePage::newRequested);
    startColumn->addWidget(blank);
    setFocusProxy(blank); // Return starts a document
    startColumn->addWidget(button(QStringLiteral("welcomeTemplate"), tr("New from Template…"),
                                  tr("WebSocket, Server-Sent Events, Kafka, MQTT and more."),
                                  &WelcomePage::templateRequested));
    startColumn->addWidget(button(QStringLiteral("welcomeOpen"), tr("Open…"),
                                  tr("An AsyncAPI document in YAML or JSON."), &WelcomePage::openRequested));
    startColumn->addWidget(button(QStringLiteral("welcomeExample"), tr("Open the Example"),
                                  tr("A harbour's cranes and their telemetry: a complete document to explore."),
                                  &WelcomePage::exampleRequested));
    startColumn->addStretch(1);

    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setUniformItemSizes(true);
    m_noRecent->setEnabled(false);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](const QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    auto *recentColumn = new QVBoxLayout;
    recentColumn->addWidget(recentTitle);
    recentColumn->addWidget(m_recent, 1);
    recentColumn->addWidget(m_noRecent);
    recentColumn->addStretch(0);

    auto *columns = new QGridLayout;
    columns->setHorizontalSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 6);
    columns->addLayout(startColumn, 0, 0);
    columns->addLayout(recentColumn, 0, 1);
    columns->setColumnStretch(0, 1);
    columns->setColumnStretch(1, 1);

    // A column of readable width in the middle, however wide the window.
    auto *content = new QWidget(this);
    content->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(title);
    contentLayout->addWidget(subtitle);
    contentLayout->addSpacing(fontMetrics().height());
    contentLayout->addLayout(columns, 1);

    auto *outer = new QGridLayout(this);
    outer->addWidget(content, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(1, 4);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(1, 6);
    outer->setColumnStretch(2, 1);
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            icon, tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.path())), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

} // namespace Signalbox
