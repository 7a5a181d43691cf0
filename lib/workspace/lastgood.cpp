// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "lastgood.h"

namespace Signalbox::Workspace {

LastGood LastGood::next(const std::shared_ptr<const AsyncApi::Analysis> &latest, bool typing) const
{
    LastGood shown;
    shown.latest = latest;
    const bool worse = typing && analysis && latest && latest->errorCount() > analysis->errorCount();
    shown.analysis = latest && latest->spec && !worse ? latest : analysis;
    shown.stale = shown.analysis && shown.analysis != latest;
    return shown;
}

} // namespace Signalbox::Workspace
