// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "session.h"

namespace Signalbox::Live {

Session::Session(QObject *parent)
    : QObject(parent)
{}

Session::~Session() = default;

bool Session::sendText(const QString &)
{
    return false;
}

bool Session::sendBinary(const QByteArray &)
{
    return false;
}

bool Session::ping(const QByteArray &)
{
    return false;
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace Signalbox::Live
