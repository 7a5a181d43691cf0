// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Signalbox::AsyncApi {

/**
 * Where the cursor is in a YAML text, worked out from indentation alone so that it also works
 * while the text does not parse: the keys from the root to the mapping the cursor is in (`[]`
 * for a sequence item), and whether the cursor is on a key or on the value of \c key.
 */
struct YamlCursorContext
{
    QStringList path;     ///< Keys from the root to the mapping holding the cursor; "[]" for sequence items.
    bool onValue = false; ///< After `key: `: completing a value of \c key.
    QString key;          ///< With onValue: the key whose value is being written.
    QString prefix;       ///< What is typed so far of the key or value at the cursor.
    int prefixStart = 0;  ///< Offset (in the text) where \c prefix starts.
    /** The keys already written in the mapping holding the cursor (other lines than the cursor's). */
    QStringList siblingKeys;
};

/** The context at UTF-16 offset \a position of \a text. */
YamlCursorContext cursorContext(const QString &text, qsizetype position);

/**
 * The plain value written at \a path in \a text (quotes removed), found from indentation alone,
 * e.g. `{"operations", "o", "channel", "$ref"}`; also `key: {$ref: …}` in flow style. Empty when
 * there is none.
 */
QString valueAtPath(const QString &text, const QStringList &path);

/** The version after `asyncapi:` at the start of a line of \a text, empty when there is none. */
QString asyncApiVersionIn(const QString &text);

/** The path of the key on the line holding \a position (for hover), empty when there is none. */
QStringList keyPathAt(const QString &text, qsizetype position);

struct Suggestion
{
    QString text;        ///< What to insert.
    QString description; ///< The schema's description, may be empty.
};

/**
 * What the official JSON Schema of AsyncAPI \a version allows at a path: the keys of the mapping
 * at \a path, the values (enum or const) of the key at \a path, and a key's description. Reads
 * the schemas embedded in the library; `$ref`, allOf, anyOf, oneOf and if/then/else are
 * followed, and alternatives are merged.
 */
class SchemaCompletion
{
public:
    static QList<Suggestion> keys(const QString &version, const QStringList &path);
    static QList<Suggestion> values(const QString &version, const QStringList &pathToKey);
    static QString description(const QString &version, const QStringList &pathToKey);
    /** The JSON types ("string", "number", …) the schema allows at \a path, in schema order. */
    static QStringList types(const QString &version, const QStringList &path);
    /**
     * Of the `$ref` \a targets (`#/…` or `file#/…`), those that fit a `$ref` written in the
     * mapping at \a place: the schema alternatives there (a message, a schema, a server, …) are
     * compared with those at each target's place. Where the schema only says "a Reference" (3.x:
     * an operation's channel and messages, a channel's servers), the specification's rule decides;
     * an operation's messages come from its channel, read from \a text. Where neither says
     * anything, all targets fit.
     */
    static QStringList refTargets(const QString &version, const QStringList &place, const QStringList &targets,
                                  const QString &text = {});
    /**
     * What completion offers at \a context: `$ref` targets (of \a targets, those that fit), the
     * values of a key, or the keys of a mapping not yet written there.
     */
    static QList<Suggestion> suggest(const QString &version, const YamlCursorContext &context,
                                     const QStringList &targets, const QString &text = {});
};

} // namespace Signalbox::AsyncApi
