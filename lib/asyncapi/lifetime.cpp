// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "lifetime.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

namespace Signalbox::AsyncApi::Detail {

void releaseLater(std::function<void()> release)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread() && !QCoreApplication::closingDown())
        QThreadPool::globalInstance()->start(std::move(release));
    else
        release();
}

} // namespace Signalbox::AsyncApi::Detail
