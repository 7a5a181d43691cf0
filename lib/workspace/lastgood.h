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
    /// The latest analysis has no model while an older one had: analysis is out of date.
    bool stale = false;

    /** What to show once \a latest is accepted after this. */
    LastGood next(const std::shared_ptr<const AsyncApi::Analysis> &latest) const;
};

} // namespace Signalbox::Workspace
