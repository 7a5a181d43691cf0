// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to the rules: one checker, its checks for every version in rules.cpp, for 2.x documents in
// rules_v2.cpp and for 3.x documents in rules_v3.cpp.

#include "rules.h"

#include <asyncapi/document/walk_p.h>

#include <set>
#include <string_view>
#include <utility>
#include <vector>

namespace Signalbox::AsyncApi::Rules {

/** Checks what the official schema cannot: rules between parts of a document (see checkRules()). */
class RuleChecker
{
public:
    RuleChecker(const DocumentSet &set, int major)
        : m_set(set)
        , m_major(major)
        , m_root(set.main()->root())
    {}

    Diagnostics run(bool reportUnused);

private:
    NodeRef main(const YamlNode *n) const { return NodeRef{n, m_set.main()}; }
    NodeRef follow(NodeRef r) const { return m_set.follow(r); }
    /** Entries of a mapping (references followed), with the key nodes. */
    template<typename F> void forEachEntry(NodeRef map, F &&f) { Walk::forEachEntry(m_set, map, f); }

    // common checks (rules.cpp)
    void report(Severity sev, const char *code, const QString &message, NodeRef at);
    void checkServers();
    void checkAddress(NodeRef key, NodeRef addressNode, std::string_view address, NodeRef parameters,
                      const QString &channelName);
    void checkTags();
    std::vector<const YamlDocument *> docs() const;
    /** Appends \a found but what is already there (a schema too deep to check is said once, not per example). */
    void addOnce(const Diagnostics &found);
    void checkExamples();
    void checkUnused();

    // 2.x (rules_v2.cpp)
    void checkSecurityRequirements2(NodeRef security);
    void checkChannels2();

    // 3.x (rules_v3.cpp)
    /**
     * 3.x documents are validated with their local references unresolved (each target where it is
     * defined), so a reference to the wrong kind of object, a schema where a message belongs, is
     * caught here. Only local references of the main document: others are validated inlined.
     */
    void checkRefKind(NodeRef at, std::initializer_list<std::string_view> prefixes, const QString &what);
    void checkRefKinds3();
    static bool refStartsWith(const YamlNode *n, std::string_view prefix);
    void checkChannels3();
    /** The message nodes (references followed) a channel node defines. */
    std::vector<const YamlNode *> channelMessages(NodeRef ch);
    void checkOperationMessages(NodeRef list, NodeRef channel, const QString &opName, const char *code,
                                const QString &what);
    void checkOperations3();

    const DocumentSet &m_set;
    int m_major;
    const YamlNode *m_root;
    Diagnostics m_out;
    std::set<std::pair<QString, qsizetype>> m_tooDeepSaid;
};

} // namespace Signalbox::AsyncApi::Rules
