// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "backgroundjob.h"

namespace Signalbox::Workspace {

BackgroundJobCore::BackgroundJobCore(std::function<bool()> start)
    : m_start(std::move(start))
{}

BackgroundJobCore::~BackgroundJobCore() = default;

void BackgroundJobCore::setDeferWhile(std::function<bool()> hidden)
{
    m_hidden = std::move(hidden);
}

void BackgroundJobCore::request()
{
    if (m_hidden && m_hidden()) {
        m_deferred = true;
        return;
    }
    m_deferred = false;
    if (m_running) {
        m_again = true;
        return;
    }
    m_runGeneration = m_generation;
    if (m_start()) {
        m_running = true;
        ++m_started;
    }
}

void BackgroundJobCore::invalidate()
{
    ++m_generation;
}

void BackgroundJobCore::resume()
{
    if (m_deferred)
        request();
}

bool BackgroundJobCore::finishRun()
{
    m_running = false;
    if (m_runGeneration != m_generation) {
        ++m_dropped;
        return false;
    }
    return true;
}

void BackgroundJobCore::runAgainIfAsked()
{
    if (m_again) {
        m_again = false;
        request();
    }
}

} // namespace Signalbox::Workspace
