// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/diagnostic.h>
#include <asyncapi/document/spec.h>
#include <asyncapi/refs/documentset.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Signalbox::AsyncApi {

/** What a live message turned out to be, against the messages of a channel. */
struct MessageCheck
{
    enum class Via { None, Schema, Const, CorrelationId };
    int message = -1;      ///< index of the matched message, -1: unknown message
    QString messageName;   ///< its name, empty when unknown
    Via via = Via::None;   ///< what matched it
    bool conforms = false; ///< matched and valid against its payload and headers schemas
    bool json = false;     ///< the payload parsed as JSON (otherwise it was checked as a string)
    /// Validation errors ("/pointer: problem") of the matched message, or of the closest one when none matched.
    QStringList errors;
};

/**
 * Matches live messages to the messages of a channel and validates them. The payload and headers
 * schemas are compiled once, with their references resolved; check() is then const and safe to
 * call from any thread at once.
 *
 * A message matches when its payload (and headers) schema accepts the data; when none does, the
 * message whose `const` (or one-value `enum`) properties the data carries matches, but does not
 * conform; then the one whose correlation ID location (`$message.payload#/…` or
 * `$message.header#/…`) holds a value. Anything else is an unknown message, reported with the
 * errors of the closest candidate. A payload that is not JSON is checked as a JSON string.
 */
class MessageMatcher
{
public:
    MessageMatcher(const DocumentSet &set, const QList<Message> &messages);
    ~MessageMatcher();
    MessageMatcher(const MessageMatcher &) = delete;
    MessageMatcher &operator=(const MessageMatcher &) = delete;

    int count() const;
    QString name(int message) const;
    /// False when the message's payload is not a JSON Schema (Avro, RAML…) or has none: anything is accepted.
    bool hasPayloadSchema(int message) const;

    MessageCheck check(const QByteArray &payload, const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;
    /// Checks against one message only (the composer's choice).
    MessageCheck checkAs(int message, const QByteArray &payload,
                         const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/**
 * Validates a draft \a text (JSON or YAML) of a message against \a schema: parse errors and schema
 * errors, each at its line and column in the draft.
 */
Diagnostics validateDraft(const DocumentSet &set, NodeRef schema, const QByteArray &text);

} // namespace Signalbox::AsyncApi
