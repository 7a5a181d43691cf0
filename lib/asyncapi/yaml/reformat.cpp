// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "reformat.h"

#include "scalars_p.h"

#include <asyncapi/json/yamltojson.h>

#include <nlohmann/json.hpp>
#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

namespace Signalbox::AsyncApi {

namespace {

nlohmann::ordered_json toOrdered(const YamlNode *n)
{
    switch (n->kind) {
    case YamlNode::Kind::Null:
        return nullptr;
    case YamlNode::Kind::Scalar: {
        const nlohmann::json v = Json::scalarToJson(*n);
        return nlohmann::ordered_json::parse(v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    case YamlNode::Kind::Sequence: {
        auto arr = nlohmann::ordered_json::array();
        for (const YamlNode *c : n->children)
            arr.push_back(toOrdered(c));
        return arr;
    }
    case YamlNode::Kind::Mapping: {
        auto obj = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < n->size(); ++i) {
            const std::string key(n->keyAt(i)->value);
            if (!obj.contains(key))
                obj[key] = toOrdered(n->valueAt(i));
        }
        return obj;
    }
    }
    return nullptr;
}

void emitNode(YAML::Emitter &out, const YamlNode *n)
{
    switch (n->kind) {
    case YamlNode::Kind::Null:
        out << YAML::Null;
        return;
    case YamlNode::Kind::Scalar: {
        const std::string value(n->value);
        const bool isString = n->scalarType() == YamlNode::ScalarType::String;
        if (isString && (plainScalarType(n->value) != YamlNode::ScalarType::String))
            out << YAML::SingleQuoted << value; // keep "1.0" a string
        else if (!isString && !n->plain)
            out << value; // an explicitly tagged number written plainly
        else if (value.find('\n') != std::string::npos)
            out << YAML::Literal << value;
        else
            out << value;
        return;
    }
    case YamlNode::Kind::Sequence:
        out << YAML::BeginSeq;
        for (const YamlNode *c : n->children)
            emitNode(out, c);
        out << YAML::EndSeq;
        return;
    case YamlNode::Kind::Mapping:
        out << YAML::BeginMap;
        for (std::size_t i = 0; i < n->size(); ++i) {
            out << YAML::Key;
            emitNode(out, n->keyAt(i));
            out << YAML::Value;
            emitNode(out, n->valueAt(i));
        }
        out << YAML::EndMap;
        return;
    }
}

} // namespace

QString reformatToJson(const YamlDocument &doc)
{
    if (!doc.root() || doc.isExpansionTooLarge())
        return {};
    return QString::fromStdString(toOrdered(doc.root()).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) +
           QLatin1Char('\n');
}

std::string blockYamlOf(const YamlNode *node)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Block;
    emitNode(out, node);
    return out.c_str();
}

QString reformatToYaml(const YamlDocument &doc)
{
    if (!doc.root() || doc.isExpansionTooLarge())
        return {};
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Block;
    emitNode(out, doc.root());
    return QString::fromUtf8(out.c_str()) + QLatin1Char('\n');
}

} // namespace Signalbox::AsyncApi
