// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/document/spec.h>
#include <asyncapi/refs/documentset.h>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Signalbox::AsyncApi {

/** A body to start composing from (an example or a generated sample), and where it comes from. */
struct MessageBody
{
    QString name;           ///< the example's name (or "Example N"); empty for others
    QByteArray text;        ///< indented JSON
    bool truncated = false; ///< it hit its size budget: the text is its beginning (still JSON)
    /**
     * Not empty when some of the text was copied from a file other than the main document (through
     * a `$ref`, or the message itself living there): that file. Such content is shown before it
     * is sent, never sent unseen.
     */
    QString otherFile;
};

/**
 * A JSON sample of the schema at \a schema: its first example, default or const, else built
 * from its type (required and optional properties, enums, formats, minimum lengths, minItems
 * items or else one, the first of oneOf/anyOf, allOf merged), references followed, recursion
 * bounded, and within a budget of 10,000 values and about 1 MB of strings: past it, parts are left
 * out (truncated), in bounded time and memory whatever the schema. Numbers that do not fit an int
 * or a long long (1e300, NaN) are clamped first.
 */
MessageBody sampleOf(const DocumentSet &set, NodeRef schema);
/** sampleOf()'s text. */
QByteArray sampleFromSchema(const DocumentSet &set, NodeRef schema);

/** The body a composer starts from: the message's first example payload, else a sample of its payload schema. */
MessageBody initialMessageBodyOf(const DocumentSet &set, const Message &message);
/** initialMessageBodyOf()'s text. */
QByteArray initialMessageBody(const DocumentSet &set, const Message &message);
/** Likewise for the message's headers (an empty object when it has none). */
QByteArray initialMessageHeaders(const DocumentSet &set, const Message &message);
/** The message's example payloads, as JSON texts (at most 100,000 values each), with their names (or "Example N"). */
QList<MessageBody> messageExampleBodies(const DocumentSet &set, const Message &message);
/** messageExampleBodies() as (name, text) pairs. */
QList<QPair<QString, QByteArray>> messageExamples(const DocumentSet &set, const Message &message);

} // namespace Signalbox::AsyncApi
