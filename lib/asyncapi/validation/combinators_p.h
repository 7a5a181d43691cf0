// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to the library: how a failed oneOf/anyOf is told. valijson says only "Failed to validate
// against exactly one child schema" or lists every branch's errors, each followed by "Failed to
// validate against child schema #i"; this module names the branches (the `$ref` they came from,
// else their title, else their position), finds those that matched or the closest one, and says so
// in one sentence.

#include <asyncapi/refs/documentset.h>

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace valijson {
class Schema;
}

namespace Signalbox::AsyncApi::Combinators {

/** The key under which nameBranches() stores a branch's name (valijson ignores unknown keywords). */
inline constexpr const char *BranchNameKey = "x-signalbox-branch";

/**
 * Stores in each oneOf/anyOf branch of \a prepared (Json::instanceSchema() of \a schema, whose
 * references are inlined) the last segment of the `$ref` the branch was written as, e.g. "Light"
 * for `$ref: '#/components/schemas/Light'`.
 */
void nameBranches(const DocumentSet &set, NodeRef schema, nlohmann::json &prepared);

/** One entry of valijson's error list, its context as path segments. */
struct RawError
{
    std::vector<std::string> path;
    std::string description;
};

/** An error after the combinators are explained: one of valijson's, or a sentence of ours. */
struct Explained
{
    std::vector<std::string> path;
    std::string description;   ///< valijson's text when summary is empty
    QString code;              ///< of the summary
    QString summary;           ///< the sentence about a oneOf/anyOf
    bool typeMismatch = false; ///< the value's type is none of those the oneOf/anyOf allows
};

/** This project's words for one of valijson's (leaf) errors. */
using Wording = std::function<QString(const RawError &)>;

/** Compiled branches, by the branch's JSON object; shareable between threads. */
class BranchCache
{
public:
    std::shared_ptr<const valijson::Schema> get(const nlohmann::json &root, const nlohmann::json &branch);

private:
    std::mutex m_mutex;
    std::map<const nlohmann::json *, std::shared_ptr<const valijson::Schema>> m_schemas;
};

/**
 * Replaces, in \a errors (valijson's list for \a instance against \a root, the JSON schema it
 * compiled), each failed oneOf/anyOf (its branches' errors, markers and summary) by a sentence
 * naming the branches that matched, or none and the closest branch and why, followed by the
 * closest branch's own errors (explained the same way). \a official names the AsyncAPI schemas'
 * definitions for what they describe ("a $ref", "a Server object"). \a cache holds the branches
 * compiled to evaluate them one by one; it must not outlive \a root.
 */
std::vector<Explained> explain(const std::vector<RawError> &errors, const nlohmann::json &root,
                               const nlohmann::json &instance, bool official, BranchCache &cache,
                               const Wording &wording);

/**
 * The errors of \a instance against \a schema (compiled from \a root, a Json::instanceSchema()
 * named by nameBranches()), in the words of the problems panel, each as "prefix/pointer: problem":
 * its own problems rather than what only summarises them, at most \a limit. For what has no
 * document to point into, e.g. a live message. Defined with the mapping, in schemavalidator.cpp.
 */
QStringList describeErrors(const nlohmann::json &root, const valijson::Schema &schema, const nlohmann::json &instance,
                           BranchCache &branches, const QString &prefix, int limit = 10);

} // namespace Signalbox::AsyncApi::Combinators
