// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "decimal.h"
#include "formats.h"
#include "schemacompiler_p.h"

#include <asyncapi/json/yamltojson.h>

#include <QCoreApplication>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/constraint_builder.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <map>
#include <new>
#include <string>

// valijson does the bulk of the work. Three keywords it cannot do safely are checked beside it,
// as custom constraints, so they still apply inside allOf/anyOf/oneOf/not/if as any keyword does
// (sanitiseSchema() moves them to keys of our own so that valijson's versions never run):
// - `format`: valijson 1.0 knows only date, time and date-time, and throws on a non-string value;
// - `multipleOf`: valijson divides in binary floating point (35 passes as a multiple of 1.5 and
//   54350.40 fails as one of 0.01); ours compares the decimal digits (decimal.h);
// - `propertyNames`: valijson 1.0 parses its subschema under the parent's path, so inside a
//   schema reached through `$ref` it gets the parent back from its cache and rejects valid
//   objects (STACK.md, bug B); ours compiles the subschema on its own, against the same root.

namespace Signalbox::AsyncApi::Validation {

namespace {

using nlohmann::json;
using valijson::ValidationResults;
using valijson::adapters::Adapter;
using valijson::constraints::Constraint;
using valijson::constraints::PolyConstraint;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxValidation)
};

class FormatConstraint final : public PolyConstraint
{
public:
    explicit FormatConstraint(std::string format)
        : m_format(std::move(format))
    {}

    bool validate(const Adapter &target, const std::vector<std::string> &context,
                  ValidationResults *results) const override
    {
        if (!target.isString())
            return true; // formats are about strings only
        // The official parser validates documents with their references resolved, so it never
        // checks a `$ref` string's format; ours keeps local references of 3.x documents as they are.
        if (!context.empty() && context.back() == "[$ref]")
            return true;
        const std::string value = target.getString();
        if (Formats::isValid(m_format, value))
            return true;
        if (results)
            results->pushError(context, Formats::message(m_format, value).toStdString());
        return false;
    }

private:
    Constraint *cloneInto(void *memory) const override { return new (memory) FormatConstraint(*this); }
    size_t sizeOf() const override { return sizeof(FormatConstraint); }

    std::string m_format;
};

class MultipleOfConstraint final : public PolyConstraint
{
public:
    explicit MultipleOfConstraint(std::string divisor)
        : m_divisor(std::move(divisor))
    {}

    bool validate(const Adapter &target, const std::vector<std::string> &context,
                  ValidationResults *results) const override
    {
        if (!target.isNumber())
            return true;
        const std::string value =
            target.isInteger() ? std::to_string(target.getInteger()) : decimalText(target.getDouble());
        if (isDecimalMultiple(value, m_divisor))
            return true;
        if (results)
            results->pushError(context, "Value should be a multiple of " + m_divisor);
        return false;
    }

private:
    Constraint *cloneInto(void *memory) const override { return new (memory) MultipleOfConstraint(*this); }
    size_t sizeOf() const override { return sizeof(MultipleOfConstraint); }

    std::string m_divisor;
};

/** A compiled subschema, filled once its compilation is done (a subschema may reach itself). */
struct Slot
{
    std::shared_ptr<const valijson::Schema> schema;
};

class PropertyNamesConstraint final : public PolyConstraint
{
public:
    explicit PropertyNamesConstraint(std::shared_ptr<const Slot> slot)
        : m_slot(std::move(slot))
    {}

    bool validate(const Adapter &target, const std::vector<std::string> &context,
                  ValidationResults *results) const override
    {
        if (!target.isObject() || !m_slot->schema)
            return true;
        bool ok = true;
        target.applyToObject([&](const std::string &name, const Adapter &) {
            ValidationResults why;
            if (Validation::validate(*m_slot->schema, json(name), results ? &why : nullptr))
                return true;
            ok = false;
            if (!results)
                return false;
            // Our sentence, then (after PropertyNameReason) valijson's reason, which the mapping to
            // diagnostics words as it words every other one: none of valijson's text reaches the user.
            ValidationResults::Error first;
            const std::string reason = why.popError(first) ? first.description : std::string();
            const QString text = Tr::tr("Property name '%1' is not allowed here").arg(QString::fromStdString(name));
            results->pushError(context, text.toStdString() + PropertyNameReason + reason);
            return true;
        });
        return ok;
    }

private:
    Constraint *cloneInto(void *memory) const override { return new (memory) PropertyNamesConstraint(*this); }
    size_t sizeOf() const override { return sizeof(PropertyNamesConstraint); }

    std::shared_ptr<const Slot> m_slot;
};

json toJson(const Adapter &a)
{
    if (a.isObject()) {
        json out = json::object();
        a.applyToObject([&out](const std::string &key, const Adapter &v) {
            out[key] = toJson(v);
            return true;
        });
        return out;
    }
    if (a.isArray()) {
        json out = json::array();
        a.applyToArray([&out](const Adapter &v) {
            out.push_back(toJson(v));
            return true;
        });
        return out;
    }
    if (a.isBool())
        return a.getBool();
    if (a.isInteger())
        return a.getInteger();
    if (a.isDouble())
        return a.getDouble();
    if (a.isString())
        return a.getString();
    return nullptr;
}

/** What the builders of one compilation share: the root, and the propertyNames subschemas done so far. */
struct Context
{
    const json *root = nullptr;
    std::map<std::string, std::shared_ptr<Slot>> propertyNames; // by the subschema's text
};

std::shared_ptr<const valijson::Schema> compileWith(const json &root, const json &schema, Context &context);

class FormatBuilder final : public valijson::ConstraintBuilder
{
public:
    Constraint *make(const Adapter &value) const override { return new FormatConstraint(value.getString()); }
};

class MultipleOfBuilder final : public valijson::ConstraintBuilder
{
public:
    Constraint *make(const Adapter &value) const override
    {
        return new MultipleOfConstraint(value.isInteger() ? std::to_string(value.getInteger())
                                                          : decimalText(value.getNumber()));
    }
};

class PropertyNamesBuilder final : public valijson::ConstraintBuilder
{
public:
    explicit PropertyNamesBuilder(Context &context)
        : m_context(context)
    {}

    Constraint *make(const Adapter &value) const override
    {
        json subschema = toJson(value);
        const std::string key = subschema.dump();
        auto it = m_context.propertyNames.find(key);
        if (it == m_context.propertyNames.end()) {
            it = m_context.propertyNames.emplace(key, std::make_shared<Slot>()).first;
            const std::shared_ptr<Slot> slot = it->second;
            // Compiled as the root's own: a copy of the root whose `$ref` leads to the subschema,
            // so that the subschema's references land where they would have.
            json root = m_context.root->is_object() ? *m_context.root : json::object();
            root["$signalbox.self"] = std::move(subschema);
            root["$ref"] = "#/$signalbox.self";
            slot->schema = compileWith(root, root, m_context);
        }
        return new PropertyNamesConstraint(it->second);
    }

private:
    Context &m_context;
};

std::shared_ptr<const valijson::Schema> compileWith(const json &root, const json &schema, Context &context)
{
    auto compiled = std::make_shared<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    parser.addConstraintBuilder(Json::FormatKeyword, new FormatBuilder);
    parser.addConstraintBuilder(Json::MultipleOfKeyword, new MultipleOfBuilder);
    parser.addConstraintBuilder(Json::PropertyNamesKeyword, new PropertyNamesBuilder(context));
    const json *outer = context.root;
    context.root = &root;
    try {
        parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(schema), *compiled);
    } catch (...) {
        context.root = outer;
        throw;
    }
    context.root = outer;
    return compiled;
}

} // namespace

std::shared_ptr<const valijson::Schema> compileSchema(const json &schema)
{
    Context context;
    return compileWith(schema, schema, context);
}

bool validate(const valijson::Schema &schema, const json &value, ValidationResults *results)
{
    // valijson's Validator keeps the std::regex of every `pattern` it met (compiling one costs
    // more than most validations): one per thread, so that each message, example and property
    // name does not compile them again, renewed now and then so that the patterns of documents
    // long closed do not pile up. Never renewed while in use further up (propertyNames nests).
    constexpr int MaxUses = 2000;
    thread_local std::unique_ptr<valijson::Validator> validator;
    thread_local int uses = 0;
    thread_local int depth = 0;
    if (!validator || (depth == 0 && ++uses > MaxUses)) {
        validator = std::make_unique<valijson::Validator>(valijson::Validator::kStrongTypes);
        uses = 0;
    }
    struct Nesting
    {
        int &depth;
        explicit Nesting(int &d)
            : depth(++d)
        {}
        ~Nesting() { --depth; }
    } nesting(depth);
    return validator->validate(schema, valijson::adapters::NlohmannJsonAdapter(value), results);
}

} // namespace Signalbox::AsyncApi::Validation
