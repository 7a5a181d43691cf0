// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "diagnostic.h"

#include <algorithm>

namespace Signalbox::AsyncApi {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Hint:
        return QStringLiteral("hint");
    }
    return {};
}

qsizetype countSeverity(const Diagnostics &diagnostics, Severity severity)
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                         [severity](const Diagnostic &d) { return d.severity == severity; });
}

} // namespace Signalbox::AsyncApi
