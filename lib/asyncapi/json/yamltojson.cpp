// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "yamltojson.h"

#include <asyncapi/validation/formats.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string_view>
#include <type_traits>
#include <unordered_set>

namespace Signalbox::AsyncApi::Json {

bool isInlinedAt(std::string_view key, bool inSequence, std::string_view ref)
{
    if (ref.empty() || ref[0] != '#')
        return true;
    if (key == "channel" && !inSequence)
        return false;
    return !(inSequence && (key == "messages" || key == "servers"));
}

bool inlines(const DocumentSet &set, RefMode mode, const YamlDocument *doc, std::string_view key, bool inSequence,
             std::string_view ref)
{
    switch (mode) {
    case RefMode::Keep:
        return false;
    case RefMode::InlineExternal:
        return !(doc == set.main() && !ref.empty() && ref[0] == '#');
    case RefMode::InlineAll:
        return isInlinedAt(key, inSequence, ref);
    }
    return false;
}

nlohmann::json scalarToJson(const YamlNode &node)
{
    switch (node.scalarType()) {
    case YamlNode::ScalarType::Null:
        return nullptr;
    case YamlNode::ScalarType::Bool:
        return node.value[0] == 't' || node.value[0] == 'T';
    case YamlNode::ScalarType::Int: {
        const std::string s(node.value); // strtoll needs a terminated string
        int base = 10;
        std::size_t from = 0;
        if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x')) {
            base = s[1] == 'o' ? 8 : 16;
            from = 2;
        }
        errno = 0;
        char *end = nullptr;
        const long long v = std::strtoll(s.c_str() + from, &end, base);
        if (errno == ERANGE)
            return std::strtod(s.c_str(), nullptr);
        return v;
    }
    case YamlNode::ScalarType::Float: {
        std::string_view s = node.value;
        double sign = 1.0;
        if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
            sign = s[0] == '-' ? -1.0 : 1.0;
            s.remove_prefix(1);
        }
        if (s.size() == 4 && s[0] == '.' && (s[1] == 'i' || s[1] == 'I'))
            return sign * std::numeric_limits<double>::infinity();
        if (s.size() == 4 && s[0] == '.' && (s[1] == 'n' || s[1] == 'N'))
            return std::numeric_limits<double>::quiet_NaN();
        return std::strtod(std::string(node.value).c_str(), nullptr);
    }
    case YamlNode::ScalarType::String:
        break;
    }
    return std::string(node.value);
}

std::uint64_t JsonBuilder::defaultByteBudget(const DocumentSet &set)
{
    std::uint64_t input = set.main() ? set.main()->text().size() : 0;
    for (const YamlDocument *doc : set.others())
        input += doc->text().size();
    return std::max(MinByteBudget, BytesPerInputByte * input);
}

JsonBuilder::JsonBuilder(const DocumentSet &set, RefMode mode, std::uint64_t budget, std::uint64_t byteBudget)
    : m_set(set)
    , m_mode(mode)
    , m_budget(budget)
    , m_byteBudget(byteBudget ? byteBudget : defaultByteBudget(set))
{}

bool JsonBuilder::spend(std::size_t bytes)
{
    m_bytesUsed += bytes;
    if (m_bytesUsed <= m_byteBudget)
        return true;
    m_exceeded = m_bytesExceeded = true;
    return false;
}

namespace {

/** \a segment escaped for a JSON pointer in a URI fragment, as valijson decodes it. */
void appendPointerSegment(std::string &pointer, std::string_view segment)
{
    pointer += '/';
    for (char c : segment) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else if (c == '%')
            pointer += "%25";
        else
            pointer += c;
    }
}

/**
 * Adds \a key, which \a object does not have, at its end. An ordered object's own insertion looks
 * for the key first, which would make building a large one quadratic; the caller knows it is new.
 */
template<typename Json> void appendNew(Json &object, std::string key, Json value)
{
    auto &map = object.template get_ref<typename Json::object_t &>();
    if constexpr (std::is_same_v<Json, nlohmann::ordered_json>)
        static_cast<typename Json::object_t::Container &>(map).emplace_back(std::move(key), std::move(value));
    else
        map.emplace(std::move(key), std::move(value));
}

} // namespace

nlohmann::json JsonBuilder::build(NodeRef ref, bool inlineLocal)
{
    return buildAs<nlohmann::json>(ref, inlineLocal);
}

nlohmann::ordered_json JsonBuilder::buildOrdered(NodeRef ref, bool inlineLocal)
{
    return buildAs<nlohmann::ordered_json>(ref, inlineLocal);
}

template<typename Json> Json JsonBuilder::buildAs(NodeRef ref, bool inlineLocal)
{
    if (!ref.node || m_exceeded)
        return nullptr;
    if (m_pointRecursion && m_stack.empty() && m_depth == 0) {
        // The root being built is an expansion too: a reference back to it is recursion.
        m_stack.push_back(ref.node);
        m_stackPointers.push_back(m_recursionBase);
        Json j = buildAs<Json>(ref, inlineLocal);
        m_stackPointers.pop_back();
        m_stack.pop_back();
        return j;
    }
    if (++m_used > m_budget) {
        m_exceeded = true;
        return nullptr;
    }
    // One call per level and per inlined reference: a chain of distinct references is as deep as
    // the document makes it, so the depth is bounded here rather than by the stack.
    if (m_depth >= MaxDepth) {
        m_exceeded = m_tooDeep = true;
        m_tooDeepAt = m_refSites.empty() ? ref : m_refSites.back();
        return nullptr;
    }
    struct Level
    {
        int &depth;
        explicit Level(int &d)
            : depth(++d)
        {}
        ~Level() { --depth; }
    } level(m_depth);
    const YamlNode &n = *ref.node;
    if (m_mode != RefMode::Keep) {
        const YamlNode *r = DocumentSet::refValue(&n);
        const bool inlineIt =
            r && (m_mode == RefMode::InlineExternal ? inlines(m_set, m_mode, ref.doc, {}, false, r->value)
                                                    : (inlineLocal || r->value.rfind('#', 0) != 0));
        if (inlineIt) {
            const NodeRef target = m_set.resolve(r->value, ref.doc);
            const auto onStack = std::find(m_stack.begin(), m_stack.end(), target.node);
            if (target && onStack == m_stack.end()) {
                m_stack.push_back(target.node);
                m_refSites.push_back(NodeRef{r, ref.doc});
                if (m_pointRecursion) {
                    std::string pointer = m_recursionBase;
                    for (const std::string &segment : m_outPath)
                        appendPointerSegment(pointer, segment);
                    m_stackPointers.push_back(std::move(pointer));
                }
                Json j = buildAs<Json>(target, true);
                if (m_pointRecursion)
                    m_stackPointers.pop_back();
                m_refSites.pop_back();
                m_stack.pop_back();
                return j;
            }
            if (target && m_pointRecursion)
                return Json{{"$ref", m_stackPointers[std::size_t(onStack - m_stack.begin())]}};
        }
    }
    switch (n.kind) {
    case YamlNode::Kind::Null:
        return nullptr;
    case YamlNode::Kind::Scalar:
        // Counted before it is copied: a reference fan-out repeats one long string many times.
        if (!spend(n.value.size()))
            return nullptr;
        return Json(scalarToJson(n));
    case YamlNode::Kind::Sequence: {
        Json arr = Json::array();
        arr.template get_ref<typename Json::array_t &>().reserve(n.children.size());
        for (const YamlNode *c : n.children) {
            if (m_pointRecursion)
                m_outPath.push_back(std::to_string(arr.size()));
            arr.push_back(buildAs<Json>(NodeRef{c, ref.doc}, true));
            if (m_pointRecursion)
                m_outPath.pop_back();
        }
        return arr;
    }
    case YamlNode::Kind::Mapping: {
        Json obj = Json::object();
        // Ordered: the keys obj has, as views of the node's own (an ordered map looks keys up one by one).
        std::unordered_set<std::string_view> keys;
        for (std::size_t i = 0; i < n.size(); ++i) {
            const YamlNode *k = n.keyAt(i);
            const std::string key = k->isScalar() ? std::string(k->value) : std::string();
            bool duplicate = false; // the first one counts, as in YamlNode::get()
            if constexpr (std::is_same_v<Json, nlohmann::ordered_json>)
                duplicate = !keys.insert(k->isScalar() ? std::string_view(k->value) : std::string_view()).second;
            else
                duplicate = obj.template get_ref<typename Json::object_t &>().count(key) > 0;
            if (duplicate)
                continue;
            if (m_dropExtensions && isExtensionKey(key))
                continue;
            if (!spend(key.size()))
                break;
            const YamlNode *v = n.valueAt(i);
            if (m_pointRecursion)
                m_outPath.push_back(key);
            struct PathLevel
            {
                JsonBuilder &builder;
                ~PathLevel()
                {
                    if (builder.m_pointRecursion)
                        builder.m_outPath.pop_back();
                }
            } pathLevel{*this};
            if (v->isSequence() && !isInlinedAt(key, true, "#")) {
                Json arr = Json::array();
                for (const YamlNode *c : v->children) {
                    if (m_pointRecursion)
                        m_outPath.push_back(std::to_string(arr.size()));
                    arr.push_back(buildAs<Json>(NodeRef{c, ref.doc}, false));
                    if (m_pointRecursion)
                        m_outPath.pop_back();
                }
                appendNew(obj, key, std::move(arr));
            } else {
                appendNew(obj, key, buildAs<Json>(NodeRef{v, ref.doc}, isInlinedAt(key, false, "#")));
            }
        }
        return obj;
    }
    }
    return nullptr;
}

Located locate(const DocumentSet &set, NodeRef start, const std::vector<std::string> &segments, RefMode mode)
{
    Located out;
    out.value = start;
    std::vector<const YamlNode *> stack;
    auto followRef = [&](NodeRef cur, std::string_view key, bool inSequence) {
        if (mode == RefMode::Keep)
            return cur;
        for (int hops = 0; hops < 64; ++hops) {
            const YamlNode *r = DocumentSet::refValue(cur.node);
            if (!r ||
                !(hops > 0 && mode == RefMode::InlineAll ? true
                                                         : inlines(set, mode, cur.doc, key, inSequence, r->value)))
                break;
            const NodeRef t = set.resolve(r->value, cur.doc);
            if (!t || std::find(stack.begin(), stack.end(), t.node) != stack.end())
                break;
            stack.push_back(t.node);
            cur = t;
        }
        return cur;
    };
    NodeRef cur = followRef(start, {}, false);
    std::string_view lastKey;
    for (const std::string &seg : segments) {
        const YamlNode *n = cur.node;
        if (!n)
            return out;
        bool inSequence = false;
        if (n->isMapping()) {
            const YamlNode *k = n->keyOf(seg);
            if (!k)
                return out;
            out.key = k;
            cur.node = n->get(seg);
            lastKey = k->value;
        } else if (n->isSequence()) {
            inSequence = true;
            char *end = nullptr;
            const unsigned long idx = std::strtoul(seg.c_str(), &end, 10);
            if (seg.empty() || *end != '\0' || idx >= n->size())
                return out;
            out.key = nullptr;
            cur.node = n->item(idx);
        } else {
            return out;
        }
        out.value = cur;
        // The validated JSON had references inlined: errors inside belong to the target, where
        // they are fixed (and reported once however often it is referenced).
        const NodeRef followed = followRef(cur, lastKey, inSequence);
        if (followed.node != cur.node)
            out.key = nullptr;
        cur = followed;
    }
    out.value = cur;
    out.complete = true;
    return out;
}

bool isExtensionKey(std::string_view key)
{
    if (key.size() < 3 || key[0] != 'x' || key[1] != '-')
        return false;
    for (std::size_t i = 2; i < key.size(); ++i) {
        const char c = key[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '.' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

void optimiseOfficialSchema(nlohmann::json &schema)
{
    if (schema.is_array()) {
        for (auto &item : schema)
            optimiseOfficialSchema(item);
        return;
    }
    if (!schema.is_object())
        return;
    if (auto pp = schema.find("patternProperties"); pp != schema.end() && pp->is_object()) {
        const auto ext = pp->find("^x-[\\w\\d\\.\\x2d_]+$");
        if (ext != pp->end() && ext->is_object() &&
            ext->value("$ref", std::string()) == "#/definitions/specificationExtension")
            pp->erase(ext);
        if (pp->empty())
            schema.erase(pp);
    }
    for (auto &[key, value] : schema.items())
        optimiseOfficialSchema(value);
}

void sanitiseSchema(nlohmann::json &schema)
{
    if (schema.is_array()) {
        for (auto &item : schema)
            sanitiseSchema(item);
        return;
    }
    if (!schema.is_object())
        return;
    if (auto it = schema.find("format"); it != schema.end()) {
        nlohmann::json format = std::move(*it);
        schema.erase(it);
        if (format.is_string() && Formats::isChecked(format.get_ref<const std::string &>()))
            schema[FormatKeyword] = std::move(format);
    }
    if (auto it = schema.find("multipleOf"); it != schema.end()) {
        nlohmann::json divisor = std::move(*it);
        schema.erase(it);
        if (divisor.is_number() && std::isfinite(divisor.get<double>()) && divisor.get<double>() > 0)
            schema[MultipleOfKeyword] = std::move(divisor);
    }
    if (auto it = schema.find("propertyNames"); it != schema.end()) {
        nlohmann::json names = std::move(*it);
        schema.erase(it);
        schema[PropertyNamesKeyword] = std::move(names);
    }
    // valijson compiles `pattern` and patternProperties' keys with std::regex, whose recursive
    // compiler overflows the stack on deep nesting and which throws on newer ECMAScript syntax:
    // such a pattern is left unchecked rather than crash or make the whole schema unusable.
    if (auto it = schema.find("pattern");
        it != schema.end() && it->is_string() && Formats::beyondStdRegex(it->get_ref<const std::string &>()))
        schema.erase(it);
    if (auto it = schema.find("patternProperties"); it != schema.end() && it->is_object()) {
        for (auto p = it->begin(); p != it->end();)
            p = Formats::beyondStdRegex(p.key()) ? it->erase(p) : std::next(p);
    }
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const std::string &key = it.key();
        if (key == "properties" || key == "definitions" || key == "patternProperties" || key == "$defs") {
            if (it->is_object()) {
                for (auto &sub : *it)
                    sanitiseSchema(sub);
            }
        } else if (key == "enum" || key == "const" || key == "examples" || key == "default" || key == "required") {
            continue; // values, not schemas
        } else {
            sanitiseSchema(*it);
        }
    }
}

nlohmann::json instanceSchema(const DocumentSet &set, NodeRef schema, std::uint64_t budget, NodeRef *tooDeepAt)
{
    JsonBuilder builder(set, RefMode::InlineAll, budget);
    builder.setRecursionBase("#/allOf/0");
    nlohmann::json schemaJson = builder.build(schema);
    if (builder.tooDeep() && tooDeepAt)
        *tooDeepAt = builder.tooDeepAt();
    if (builder.exceeded() || !(schemaJson.is_object() || schemaJson.is_boolean()))
        return nullptr;
    sanitiseSchema(schemaJson);
    nlohmann::json root = nlohmann::json::object();
    // References left are recursive ones into the main document: give them its components to land on.
    const bool hasRefs =
        schemaJson.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).find("\"$ref\"") != std::string::npos;
    root["allOf"] = nlohmann::json::array({std::move(schemaJson)});
    if (hasRefs && set.main()->root()) {
        JsonBuilder componentsBuilder(set, RefMode::Keep, budget * 5);
        if (const YamlNode *components = set.main()->root()->get("components")) {
            nlohmann::json built = componentsBuilder.build(NodeRef{components, set.main()});
            if (componentsBuilder.exceeded()) {
                if (componentsBuilder.tooDeep() && tooDeepAt)
                    *tooDeepAt = componentsBuilder.tooDeepAt();
                return nullptr; // the references would land on a partial copy
            }
            root["components"] = std::move(built);
        }
    }
    return root;
}

std::vector<std::string> contextToSegments(const std::vector<std::string> &context)
{
    std::vector<std::string> segs;
    for (const std::string &c : context) {
        if (c == "<root>")
            continue;
        if (c.size() >= 2 && c.front() == '[' && c.back() == ']')
            segs.push_back(c.substr(1, c.size() - 2));
        else
            segs.push_back(c);
    }
    return segs;
}

} // namespace Signalbox::AsyncApi::Json
