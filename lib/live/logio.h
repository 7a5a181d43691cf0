// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logentry.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <optional>
#include <vector>

namespace Signalbox::Live {

/**
 * One log entry as a JSON object on one line (no newline): time (ISO 8601, UTC), direction
 * (in, out, connection), event, channel (the spec's, when known), size, payload (text, or payloadBase64 when not UTF-8;
 * `cut`: true when it holds only the message's beginning, size being the whole message's), eventId, message, check
 * (conforms, invalid, unknown), errors, status. The format of the log's export and of `signalbox-cli probe`.
 */
QByteArray toJsonLine(const LogEntry &entry);

/** The entry of a line written by toJsonLine(); nullopt with \a error set when it is not one. */
std::optional<LogEntry> fromJsonLine(const QByteArray &line, QString *error);

/** Writes \a entries as JSON Lines. */
bool writeJsonLines(QIODevice &out, const std::vector<LogEntry> &entries);

/**
 * Reads JSON Lines from \a in. Lines that are not log entries are skipped and the first
 * problem is told in \a error as "line N: …"; at most \a limit entries are read, and, when
 * \a maxBytes is not negative, lines up to that many bytes in all (the first line beyond is told).
 */
std::vector<LogEntry> readJsonLines(QIODevice &in, QString *error, qsizetype limit, qint64 maxBytes = -1);

} // namespace Signalbox::Live
