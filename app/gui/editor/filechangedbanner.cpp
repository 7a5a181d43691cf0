// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "filechangedbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Signalbox {

FileChangedBanner::FileChangedBanner(QWidget *parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::ToolTipBase));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::ToolTipText));
    setPalette(pal);
    auto *label = new QLabel(tr("The file changed on disk."), this);
    auto *reload = new QPushButton(tr("Reload"), this);
    auto *keep = new QPushButton(tr("Keep mine"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(label, 1);
    layout->addWidget(reload);
    layout->addWidget(keep);
    connect(reload, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        hide();
        emit keepRequested();
    });
    hide();
}

} // namespace Signalbox
