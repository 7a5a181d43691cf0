// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "parallelparse_p.h"
#include "yamlbuilder_p.h"

#include <algorithm>
#include <future>
#include <unordered_map>

namespace Signalbox::AsyncApi {

Cut findCut(const std::string &text)
{
    if (text.size() < ParallelParseFrom)
        return {};
    const std::size_t middle = text.size() / 2;
    std::size_t best = std::string::npos;
    std::size_t lastTop = std::string::npos;
    std::size_t lineStart = 0;
    while (lineStart < text.size()) {
        const char c = text[lineStart];
        if (c == '%' || c == '-' || c == '.' || c == '{' || c == '[' || c == '&' || c == '*' || c == '!' || c == '?' ||
            c == '|' || c == '>' || c == '"' || c == '\'')
            return {}; // directives, markers, flow, quoted or complex keys at the root: no cut
        const bool key = c != ' ' && c != '\t' && c != '#' && c != '\n' && c != '\r';
        if (key) {
            if (lastTop != std::string::npos &&
                (best == std::string::npos || (lineStart > middle ? lineStart - middle : middle - lineStart) <
                                                  (best > middle ? best - middle : middle - best)))
                best = lineStart;
            lastTop = lineStart;
        }
        const std::size_t nl = text.find('\n', lineStart);
        if (nl == std::string::npos)
            break;
        lineStart = nl + 1;
    }
    const auto offCentre = [&](std::size_t at) { return at > middle ? at - middle : middle - at; };
    if (best != std::string::npos && offCentre(best) < text.size() / 6)
        return Cut{best, false};
    if (lastTop == std::string::npos || lastTop > middle)
        return best != std::string::npos ? Cut{best, false} : Cut{};
    // Inside the last top-level key: its children's lines share one indentation.
    std::size_t line = text.find('\n', lastTop);
    if (line == std::string::npos)
        return {};
    ++line;
    std::size_t indent = 0;
    while (line + indent < text.size() && text[line + indent] == ' ')
        ++indent;
    if (indent == 0 || line + indent >= text.size())
        return {};
    const char first = text[line + indent];
    if (first == '-' || first == '#' || first == '{' || first == '[' || first == '\n' || first == '\r' ||
        first == '&' || first == '*' || first == '!' || first == '?' || first == '"' || first == '\'')
        return {};
    std::size_t nested = std::string::npos;
    for (std::size_t at = line; at < text.size();) {
        std::size_t sp = 0;
        while (at + sp < text.size() && text[at + sp] == ' ')
            ++sp;
        const char c = at + sp < text.size() ? text[at + sp] : '\n';
        if (sp == indent && c != '#' && c != '\n' && c != '\r' && c != '-' && at > line) {
            if (nested == std::string::npos || offCentre(at) < offCentre(nested))
                nested = at;
            else if (at > middle)
                break;
        }
        const std::size_t nl = text.find('\n', at);
        if (nl == std::string::npos)
            break;
        at = nl + 1;
    }
    if (nested != std::string::npos && offCentre(nested) < offCentre(best == std::string::npos ? 0 : best))
        return Cut{nested, true};
    return best != std::string::npos ? Cut{best, false} : Cut{};
}

// A big block mapping is parsed in two parts on two threads, split at a top-level key, and
// the parts' roots merged. Anything unusual (directives, several documents, an error, an
// alias to an anchor of the other part) falls back to one sequential parse: false.
bool YamlDocument::parseInTwoParts(const ParseLimits &limits)
{
    const std::string &text = m_text;
    const Cut cut = findCut(text);
    if (!cut)
        return false;
    auto first = std::make_unique<Shard>();
    auto second = std::make_unique<Shard>();
    std::future<PartResult> secondPart =
        std::async(std::launch::async, [&] { return parsePart(cut.at, text.size(), *second, limits); });
    PartResult a = parsePart(0, cut.at, *first, limits);
    PartResult b = secondPart.get();
    bool ok = a.ok && b.ok && a.documents == 1 && b.documents == 1 && a.root && b.root && a.root->isMapping() &&
              b.root->isMapping();
    auto *root = const_cast<YamlNode *>(a.root);
    YamlNode *target = root; // the mapping that takes the second part's pairs
    if (ok && cut.nested) {
        const YamlNode *last = root->children.empty() ? nullptr : root->children.back();
        ok = last && last->isMapping();
        target = const_cast<YamlNode *>(last);
    }
    // A merge key (`<<`) in a mapping that the cut splits was expanded without the keys of the
    // other part (which win over merged ones): parse such a text in one part.
    const auto mergedIn = [](const PartResult &part, const YamlNode *node) {
        return std::find(part.mergedMappings.begin(), part.mergedMappings.end(), node) != part.mergedMappings.end();
    };
    if (ok && (mergedIn(a, root) || mergedIn(a, target) || mergedIn(b, b.root) || a.mergesTooLarge || b.mergesTooLarge))
        ok = false;
    if (ok) {
        const std::size_t before = target->children.size();
        const std::size_t count = before + b.root->children.size();
        auto **kids = static_cast<const YamlNode **>(first->allocate(count * sizeof(YamlNode *), alignof(YamlNode *)));
        std::copy(target->children.begin(), target->children.end(), kids);
        std::copy(b.root->children.begin(), b.root->children.end(), kids + before);
        target->children = std::span<const YamlNode *const>(kids, count);
        target->endByte = std::max(target->endByte, b.root->endByte);
        target->expandedSize = saturatingAdd(target->expandedSize, b.root->expandedSize - 1);
        if (target != root) {
            root->endByte = std::max(root->endByte, b.root->endByte);
            root->expandedSize = saturatingAdd(root->expandedSize, b.root->expandedSize - 1);
        }
        std::unordered_map<std::string_view, const YamlNode *> seen;
        for (std::size_t i = 0; i + 1 < count; i += 2) {
            if (kids[i]->kind != YamlNode::Kind::Scalar)
                continue;
            if (auto [it, inserted] = seen.emplace(kids[i]->value, kids[i]); !inserted && i >= before)
                a.diagnostics.append(duplicateKeyDiagnostic(*this, kids[i], it->second));
        }
        target->index.reset();
        if (count / 2 > 16) {
            target->index = std::make_unique<std::unordered_map<std::string_view, std::uint32_t>>();
            for (std::size_t i = 0; i + 1 < count; i += 2) {
                if (kids[i]->kind == YamlNode::Kind::Scalar)
                    target->index->emplace(kids[i]->value, std::uint32_t(i / 2));
            }
        }
        // The second part's root is now an empty shell: drop it (it is its shard's first node;
        // a deque keeps the other nodes where they are).
        if (!second->nodes.empty() && &second->nodes.front() == b.root)
            second->nodes.pop_front();
        m_shards.push_back(std::move(first));
        m_shards.push_back(std::move(second));
        m_root = root;
        m_documentCount = 1;
        m_diagnostics += a.diagnostics;
        m_diagnostics += b.diagnostics;
        return true;
    }
    return false;
}

} // namespace Signalbox::AsyncApi
