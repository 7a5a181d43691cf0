// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "lastgood.h"

namespace Signalbox::Workspace {

LastGood LastGood::next(const std::shared_ptr<const AsyncApi::Analysis> &latest) const
{
    LastGood shown;
    shown.latest = latest;
    shown.analysis = latest && latest->spec ? latest : analysis;
    shown.stale = shown.analysis && shown.analysis != latest;
    return shown;
}

} // namespace Signalbox::Workspace
