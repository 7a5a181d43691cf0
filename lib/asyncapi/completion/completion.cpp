// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "completion.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <set>

namespace Signalbox::AsyncApi {

namespace {

using nlohmann::json;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxCompletion)
};

struct Frame
{
    int indent;
    QString segment;
};

int leadingSpaces(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

/** The key of `key: …` at \a from in \a line (quotes removed), or an empty string. */
QString keyAt(const QString &line, int from, int *valueStart = nullptr)
{
    if (from >= line.size())
        return {};
    const QChar first = line.at(from);
    if (first == QLatin1Char('#') || first == QLatin1Char('{') || first == QLatin1Char('['))
        return {};
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        const int close = line.indexOf(first, from + 1);
        if (close < 0 || close + 1 >= line.size() || line.at(close + 1) != QLatin1Char(':'))
            return {};
        if (valueStart)
            *valueStart = close + 2;
        return line.mid(from + 1, close - from - 1);
    }
    // A plain key ends at ": " or ":" at the end of the line.
    for (int i = from; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char(':') && (i + 1 == line.size() || line.at(i + 1) == QLatin1Char(' '))) {
            if (valueStart)
                *valueStart = i + 1;
            return line.mid(from, i - from).trimmed();
        }
        if (line.at(i) == QLatin1Char('#') && i > from && line.at(i - 1) == QLatin1Char(' '))
            return {};
    }
    return {};
}

/** Applies one line to the stack of open mappings and sequence items; returns where its key starts. */
int feed(std::vector<Frame> &stack, const QString &line, bool pushKey)
{
    int col = leadingSpaces(line);
    if (col >= line.size() || line.at(col) == QLatin1Char('#'))
        return -1;
    while (col + 1 < line.size() && line.at(col) == QLatin1Char('-') && line.at(col + 1) == QLatin1Char(' ')) {
        while (!stack.empty() && stack.back().indent >= col)
            stack.pop_back();
        stack.push_back({col, QStringLiteral("[]")});
        col += 2;
        while (col < line.size() && line.at(col) == QLatin1Char(' '))
            ++col;
    }
    while (!stack.empty() && stack.back().indent >= col)
        stack.pop_back();
    if (pushKey) {
        const QString key = keyAt(line, col);
        if (!key.isEmpty())
            stack.push_back({col, key});
    }
    return col;
}

QStringList segments(const std::vector<Frame> &stack)
{
    QStringList out;
    for (const Frame &f : stack)
        out << f.segment;
    return out;
}

// ---- schema navigation ----

const json *officialJson(const QString &version)
{
    static std::mutex mutex;
    static std::map<QString, std::unique_ptr<json>> cache;
    std::lock_guard lock(mutex);
    auto &slot = cache[version];
    if (!slot) {
        slot = std::make_unique<json>();
        QFile f(QStringLiteral(":/signalbox/schemas/%1.json").arg(version));
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = f.readAll();
            *slot = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
        }
    }
    return slot->is_discarded() || slot->is_null() ? nullptr : slot.get();
}

class Navigator
{
public:
    explicit Navigator(const json &root)
        : m_root(root)
    {}

    /** The schema alternatives at \a path. */
    std::vector<const json *> at(const QStringList &path) const
    {
        std::vector<const json *> current = expand(&m_root);
        for (const QString &seg : path) {
            std::vector<const json *> next;
            for (const json *s : current) {
                for (const json *c : child(*s, seg))
                    for (const json *e : expand(c))
                        next.push_back(e);
            }
            current = dedupe(next);
            if (current.empty())
                break;
        }
        return current;
    }

    /** Follows $ref and merges allOf/anyOf/oneOf/then/else into a list of plain alternatives. */
    std::vector<const json *> expand(const json *schema) const
    {
        std::vector<const json *> out;
        std::set<const json *> seen;
        expandInto(schema, out, seen, 0);
        return dedupe(out);
    }

private:
    const json *deref(const json *s) const
    {
        for (int hops = 0; s && s->is_object() && s->contains("$ref") && hops < 32; ++hops) {
            const auto &ref = (*s)["$ref"];
            if (!ref.is_string())
                break;
            const std::string r = ref.get<std::string>();
            if (r.rfind("#/", 0) != 0)
                return nullptr;
            try {
                s = &m_root.at(json::json_pointer(r.substr(1)));
            } catch (const std::exception &) {
                return nullptr;
            }
        }
        return s;
    }

    void expandInto(const json *schema, std::vector<const json *> &out, std::set<const json *> &seen, int depth) const
    {
        schema = deref(schema);
        if (!schema || !schema->is_object() || depth > 16 || !seen.insert(schema).second)
            return;
        out.push_back(schema);
        for (const char *k : {"allOf", "anyOf", "oneOf"}) {
            if (auto it = schema->find(k); it != schema->end() && it->is_array()) {
                for (const json &alt : *it)
                    expandInto(&alt, out, seen, depth + 1);
            }
        }
        for (const char *k : {"then", "else"}) {
            if (auto it = schema->find(k); it != schema->end())
                expandInto(&*it, out, seen, depth + 1);
        }
    }

    std::vector<const json *> child(const json &s, const QString &seg) const
    {
        std::vector<const json *> out;
        if (seg == QLatin1String("[]")) {
            if (auto it = s.find("items"); it != s.end()) {
                if (it->is_array()) {
                    for (const json &i : *it)
                        out.push_back(&i);
                } else {
                    out.push_back(&*it);
                }
            }
            return out;
        }
        const std::string key = seg.toStdString();
        if (auto props = s.find("properties"); props != s.end() && props->is_object()) {
            if (auto it = props->find(key); it != props->end()) {
                out.push_back(&*it);
                return out;
            }
        }
        if (auto pp = s.find("patternProperties"); pp != s.end() && pp->is_object()) {
            for (auto it = pp->begin(); it != pp->end(); ++it) {
                const QRegularExpression re(QString::fromStdString(it.key()));
                if (re.isValid() && re.match(seg).hasMatch())
                    out.push_back(&*it);
            }
            if (!out.empty())
                return out;
        }
        if (auto ap = s.find("additionalProperties"); ap != s.end() && ap->is_object())
            out.push_back(&*ap);
        return out;
    }

    static std::vector<const json *> dedupe(const std::vector<const json *> &in)
    {
        std::vector<const json *> out;
        std::set<const json *> seen;
        for (const json *j : in) {
            if (seen.insert(j).second)
                out.push_back(j);
        }
        return out;
    }

    const json &m_root;
};

QString describe(const Navigator &nav, const json &propertySchema)
{
    for (const json *alt : nav.expand(&propertySchema)) {
        if (auto it = alt->find("description"); it != alt->end() && it->is_string())
            return QString::fromStdString(it->get<std::string>());
    }
    return {};
}

} // namespace

YamlCursorContext cursorContext(const QString &text, qsizetype position)
{
    YamlCursorContext ctx;
    position = std::clamp<qsizetype>(position, 0, text.size());
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), position - 1) + 1;
    std::vector<Frame> stack;
    qsizetype at = 0;
    while (at < lineStart) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), at);
        if (nl < 0 || nl >= lineStart)
            nl = lineStart - 1;
        feed(stack, text.mid(at, nl - at), true);
        at = nl + 1;
    }
    const QString line = text.mid(lineStart, position - lineStart);
    const int col = feed(stack, line + QLatin1Char('x'), false); // 'x' stands for what is being typed
    const int keyCol = col < 0 ? int(line.size()) : col;
    int valueStart = -1;
    const QString key = keyAt(line, keyCol, &valueStart);
    if (!key.isEmpty() && valueStart >= 0) {
        ctx.onValue = true;
        ctx.key = key;
        int v = valueStart;
        while (v < line.size() && line.at(v) == QLatin1Char(' '))
            ++v;
        QString value = line.mid(v);
        if (value.startsWith(QLatin1Char('\'')) || value.startsWith(QLatin1Char('"'))) {
            value.remove(0, 1);
            ++v;
        }
        ctx.prefix = value;
        ctx.prefixStart = int(lineStart) + v;
    } else {
        ctx.prefix = line.mid(keyCol);
        ctx.prefixStart = int(lineStart) + keyCol;
    }
    ctx.path = segments(stack);
    return ctx;
}

QStringList keyPathAt(const QString &text, qsizetype position)
{
    position = std::clamp<qsizetype>(position, 0, text.size());
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), position - 1) + 1;
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), position);
    if (lineEnd < 0)
        lineEnd = text.size();
    std::vector<Frame> stack;
    qsizetype at = 0;
    while (at <= lineStart && at < text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), at);
        if (nl < 0)
            nl = text.size();
        const bool current = at == lineStart;
        const int col = feed(stack, text.mid(at, nl - at), true);
        if (current) {
            if (col < 0 || stack.empty() || stack.back().indent != col)
                return {};
            // Only when the position is on the key itself.
            const QString line = text.mid(lineStart, lineEnd - lineStart);
            const int keyEnd = line.indexOf(QLatin1Char(':'), col);
            if (position - lineStart < col || (keyEnd >= 0 && position - lineStart > keyEnd))
                return {};
            return segments(stack);
        }
        at = nl + 1;
    }
    return {};
}

QList<Suggestion> SchemaCompletion::keys(const QString &version, const QStringList &path)
{
    QList<Suggestion> out;
    const json *root = officialJson(version);
    if (!root)
        return out;
    const Navigator nav(*root);
    std::set<std::string> seen;
    for (const json *alt : nav.at(path)) {
        auto props = alt->find("properties");
        if (props == alt->end() || !props->is_object())
            continue;
        for (auto it = props->begin(); it != props->end(); ++it) {
            if (!seen.insert(it.key()).second)
                continue;
            out.append({QString::fromStdString(it.key()), describe(nav, *it)});
        }
    }
    std::sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) { return a.text < b.text; });
    return out;
}

QList<Suggestion> SchemaCompletion::values(const QString &version, const QStringList &pathToKey)
{
    QList<Suggestion> out;
    const json *root = officialJson(version);
    if (!root)
        return out;
    const Navigator nav(*root);
    std::set<std::string> seen;
    auto add = [&](const json &v) {
        if (!v.is_string() && !v.is_boolean() && !v.is_number())
            return;
        const std::string s =
            v.is_string() ? v.get<std::string>() : v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        if (seen.insert(s).second)
            out.append({QString::fromStdString(s), QString()});
    };
    for (const json *alt : nav.at(pathToKey)) {
        if (auto e = alt->find("enum"); e != alt->end() && e->is_array()) {
            for (const json &v : *e)
                add(v);
        }
        if (auto c = alt->find("const"); c != alt->end())
            add(*c);
    }
    return out;
}

QStringList SchemaCompletion::types(const QString &version, const QStringList &path)
{
    QStringList out;
    const json *root = officialJson(version);
    if (!root)
        return out;
    const Navigator nav(*root);
    for (const json *alt : nav.at(path)) {
        auto t = alt->find("type");
        if (t == alt->end())
            continue;
        auto add = [&out](const json &v) {
            if (!v.is_string())
                return;
            QString name = QString::fromStdString(v.get<std::string>());
            if (name == QLatin1String("object"))
                name = Tr::tr("a mapping");
            else if (name == QLatin1String("array"))
                name = Tr::tr("a list");
            else if (name == QLatin1String("integer"))
                name = Tr::tr("an integer");
            else if (name == QLatin1String("number"))
                name = Tr::tr("a number");
            else if (name == QLatin1String("string"))
                name = Tr::tr("a string");
            else if (name == QLatin1String("boolean"))
                name = Tr::tr("true or false");
            if (!out.contains(name))
                out << name;
        };
        if (t->is_array()) {
            for (const json &v : *t)
                add(v);
        } else {
            add(*t);
        }
    }
    return out;
}

QString SchemaCompletion::description(const QString &version, const QStringList &pathToKey)
{
    const json *root = officialJson(version);
    if (!root)
        return {};
    const Navigator nav(*root);
    for (const json *alt : nav.at(pathToKey)) {
        if (auto it = alt->find("description"); it != alt->end() && it->is_string())
            return QString::fromStdString(it->get<std::string>());
    }
    return {};
}

} // namespace Signalbox::AsyncApi
