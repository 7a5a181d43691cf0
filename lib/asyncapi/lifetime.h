// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <memory>

namespace Signalbox::AsyncApi {

namespace Detail {
/** Runs \a release on a worker thread when called on the application's main thread, else now. */
void releaseLater(std::function<void()> release);
} // namespace Detail

/**
 * Owns \a object in a shared_ptr whose last release, when it happens on the application's main
 * thread, frees the object on a worker thread instead: freeing a big document's tree takes
 * milliseconds that the GUI thread should not spend.
 */
template<typename T> std::shared_ptr<T> freedInBackground(T *object)
{
    return std::shared_ptr<T>(object, [](T *p) { Detail::releaseLater([p] { delete p; }); });
}

} // namespace Signalbox::AsyncApi
