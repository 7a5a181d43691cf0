// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>

#include <memory>

namespace Signalbox::Workspace {

/**
 * What the views of a document show, decided once for all of them: the latest analysis that has
 * an AsyncAPI model ("last good"), and whether the text has moved on since to one without a model
 * (it does not parse, or is no AsyncAPI document), in which case the views keep showing it, dimmed.
 */
struct LastGood
{
    /// The latest analysis with a model (Analysis::spec); null until some text had one.
    std::shared_ptr<const AsyncApi::Analysis> analysis;
    /// The latest analysis accepted, with or without a model: what went wrong when analysis is null.
    std::shared_ptr<const AsyncApi::Analysis> latest;
    /// analysis is not the latest: the latest has no model while an older one had, or it was held
    /// back while the user is typing (see next()). The views show analysis, dimmed.
    bool stale = false;

    /**
     * What to show once \a latest is accepted after this. While the user is typing (\a typing), a
     * text that has a model but more errors than the one shown is a half-typed state (a key being
     * written, a reference not finished): it is held back, the views keep the shown one (stale),
     * and settle() shows it once the typing stopped.
     */
    LastGood next(const std::shared_ptr<const AsyncApi::Analysis> &latest, bool typing = false) const;
    /** The typing stopped: what next(latest) shows. */
    LastGood settle() const { return next(latest); }
    /** A newer analysis than the one shown was held back while typing; settle() would show it. */
    bool heldBack() const { return latest && latest->spec && analysis != latest; }
};

} // namespace Signalbox::Workspace
