// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "completion.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>
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
    bool hasValue = false; ///< `key: value` on one line: what is indented below is no child of it.
    int childIndent = -1;  ///< The column of the first key below it.
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
    // While the text does not parse, a line may be indented between two levels or below a key
    // whose value is on its line: it is taken as a sibling of the keys around it.
    while (!stack.empty() && (stack.back().indent >= col || stack.back().hasValue))
        stack.pop_back();
    int indent = col;
    if (!stack.empty()) {
        Frame &top = stack.back();
        if (top.childIndent < 0 || top.childIndent <= top.indent)
            top.childIndent = col;
        else if (col < top.childIndent)
            indent = top.childIndent;
    }
    if (pushKey) {
        int valueStart = -1;
        const QString key = keyAt(line, col, &valueStart);
        if (!key.isEmpty()) {
            const QStringView value = QStringView(line).mid(valueStart).trimmed();
            const bool hasValue = !value.isEmpty() && !value.startsWith(QLatin1Char('#')) &&
                                  !value.startsWith(QLatin1Char('|')) && !value.startsWith(QLatin1Char('>')) &&
                                  !value.startsWith(QLatin1Char('{')) && !value.startsWith(QLatin1Char('[')) &&
                                  !value.startsWith(QLatin1Char('&')) && !value.startsWith(QLatin1Char('!'));
            stack.push_back({indent, key, hasValue});
        }
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

/** Where the content of \a line starts after any `- ` item markers, and the column of the first marker (-1: none). */
int contentColumn(const QString &line, int *dashColumn)
{
    int col = leadingSpaces(line);
    *dashColumn = -1;
    while (col + 1 < line.size() && line.at(col) == QLatin1Char('-') && line.at(col + 1) == QLatin1Char(' ')) {
        if (*dashColumn < 0)
            *dashColumn = col;
        col += 2;
        while (col < line.size() && line.at(col) == QLatin1Char(' '))
            ++col;
    }
    return col;
}

bool isContent(const QString &line, int col)
{
    return col < line.size() && line.at(col) != QLatin1Char('#');
}

/**
 * The keys at column \a keyCol of the mapping that line \a current is in: up to the line that opens
 * the mapping (less indented, or the `- ` item it starts in) and down to the line that closes it.
 */
QStringList siblingKeys(const QStringList &lines, int current, int keyCol, bool itemStartsHere)
{
    QStringList keys;
    auto take = [&](const QString &line, int col) {
        const QString key = keyAt(line, col);
        if (!key.isEmpty())
            keys << key;
    };
    for (int l = current - 1; l >= 0 && !itemStartsHere; --l) {
        const QString &line = lines.at(l);
        int dash = -1;
        const int col = contentColumn(line, &dash);
        if (!isContent(line, col))
            continue;
        if (dash >= 0 && dash < keyCol) {
            if (col == keyCol)
                take(line, col); // the first key of the item the cursor is in
            break;
        }
        const int indent = dash >= 0 ? dash : col;
        if (indent < keyCol)
            break;
        if (indent == keyCol && dash < 0)
            take(line, col);
    }
    std::reverse(keys.begin(), keys.end());
    for (int l = current + 1; l < lines.size(); ++l) {
        const QString &line = lines.at(l);
        int dash = -1;
        const int col = contentColumn(line, &dash);
        if (!isContent(line, col))
            continue;
        const int indent = dash >= 0 ? dash : col;
        if (indent < keyCol)
            break;
        if (indent == keyCol && dash < 0)
            take(line, col);
    }
    return keys;
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
    if (!ctx.onValue) {
        const QStringList lines = text.split(QLatin1Char('\n'));
        const int current = int(text.left(lineStart).count(QLatin1Char('\n')));
        int dash = -1;
        contentColumn(line + QLatin1Char('x'), &dash);
        ctx.siblingKeys = siblingKeys(lines, current, keyCol, dash >= 0 && dash < keyCol);
    }
    return ctx;
}

QString valueAtPath(const QString &text, const QStringList &path)
{
    if (path.isEmpty())
        return {};
    const QStringList parent = path.mid(0, path.size() - 1);
    std::vector<Frame> stack;
    static const QRegularExpression flowEntry(QStringLiteral(R"re(^\{\s*(?:"([^"]*)"|'([^']*)'|([^:,'"{}]+))\s*:\s*)re"
                                                             R"re((?:"([^"]*)"|'([^']*)'|([^,}'"]*)))re"));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const int col = feed(stack, line, true);
        if (col < 0 || stack.empty() || stack.back().indent != col)
            continue;
        const QStringList here = segments(stack);
        if (here != path && here != parent)
            continue;
        int valueStart = -1;
        keyAt(line, col, &valueStart);
        QString value = line.mid(valueStart).trimmed();
        if (here == parent) {
            // `key: {$ref: '…'}`: the one entry of a flow mapping written on the line.
            const QRegularExpressionMatch m = flowEntry.match(value);
            if (!m.hasMatch() || QString(m.captured(1) + m.captured(2) + m.captured(3)).trimmed() != path.constLast())
                continue;
            return QString(m.captured(4) + m.captured(5) + m.captured(6)).trimmed();
        }
        if (value.startsWith(QLatin1Char('\'')) || value.startsWith(QLatin1Char('"'))) {
            const qsizetype close = value.indexOf(value.at(0), 1);
            return close < 0 ? value.mid(1) : value.mid(1, close - 1);
        }
        if (const qsizetype comment = value.indexOf(QLatin1String(" #")); comment >= 0)
            value.truncate(comment);
        return value.trimmed();
    }
    return {};
}

QString asyncApiVersionIn(const QString &text)
{
    static const QRegularExpression version(QStringLiteral(R"((?:^|\n)asyncapi:\s*['"]?(\d+\.\d+\.\d+[\w.-]*))"));
    return version.match(text).captured(1);
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

namespace {

/** The segments of the JSON pointer after `#` in \a target (`~1`, `~0` unescaped); false without one. */
bool pointerSegments(const QString &target, QStringList *out)
{
    const qsizetype hash = target.indexOf(QLatin1Char('#'));
    if (hash < 0 || target.mid(hash + 1, 1) != QLatin1String("/"))
        return false;
    out->clear();
    for (QString seg : target.mid(hash + 2).split(QLatin1Char('/'))) {
        seg.replace(QLatin1String("~1"), QLatin1String("/"));
        seg.replace(QLatin1String("~0"), QLatin1String("~"));
        *out << seg;
    }
    return true;
}

/** What an object at a place can be: the schema alternatives there, but for the bare Reference (`{$ref}`). */
std::set<const json *> kindsAt(const Navigator &nav, const QStringList &path)
{
    std::set<const json *> out;
    for (const json *alt : nav.at(path)) {
        const auto props = alt->find("properties");
        if (props != alt->end() && props->is_object() && props->size() == 1 && props->contains("$ref"))
            continue;
        out.insert(alt);
    }
    return out;
}

/** True when the schema at \a path is the definition named \a name (e.g. "operation"). */
bool isDefinition(const json &root, const Navigator &nav, const QStringList &path, const char *name)
{
    const auto defs = root.find("definitions");
    if (defs == root.end() || !defs->is_object())
        return false;
    const auto def = defs->find(name);
    if (def == defs->end())
        return false;
    const std::vector<const json *> alts = nav.at(path);
    return std::find(alts.begin(), alts.end(), &*def) != alts.end();
}

} // namespace

QStringList SchemaCompletion::refTargets(const QString &version, const QStringList &place, const QStringList &targets,
                                         const QString &text)
{
    const json *root = officialJson(version);
    if (!root || place.isEmpty())
        return targets;
    const Navigator nav(*root);
    // Local targets whose pointer starts with \a head (segments; an empty one stands for any name).
    auto local = [&targets](const QStringList &head, qsizetype size) {
        QStringList out;
        QStringList segs;
        for (const QString &t : targets) {
            if (!t.startsWith(QLatin1Char('#')) || !pointerSegments(t, &segs) || segs.size() != size)
                continue;
            bool fits = true;
            for (qsizetype i = 0; i < head.size() && fits; ++i)
                fits = head.at(i).isEmpty() || head.at(i) == segs.at(i);
            if (fits)
                out << t;
        }
        return out;
    };
    // Where the JSON Schema only says "a Reference" (3.x), the specification says what to: an
    // operation's (or reply's) channel is in `#/channels`, its messages are those of that channel,
    // a channel's servers are in `#/servers` (the rules in validation/rules_v3.cpp check the same).
    const QString last = place.constLast();
    const QStringList parent = place.mid(0, place.size() - 1);
    const bool inOperation = !parent.isEmpty() && (isDefinition(*root, nav, parent, "operation") ||
                                                   isDefinition(*root, nav, parent, "operationReply"));
    if (last == QLatin1String("channel") && inOperation &&
        nav.at(place).size() == 1) // a Reference only: not 2.x, where `channel` does not exist
        return local({QStringLiteral("channels")}, 2);
    if (last == QLatin1String("[]") && place.size() >= 3) {
        const QString list = place.at(place.size() - 2);
        const QStringList owner = place.mid(0, place.size() - 2);
        const bool opOwner =
            isDefinition(*root, nav, owner, "operation") || isDefinition(*root, nav, owner, "operationReply");
        if (list == QLatin1String("messages") && opOwner) {
            const QString channel =
                valueAtPath(text, owner + QStringList{QStringLiteral("channel"), QStringLiteral("$ref")});
            QStringList segs;
            const QString name = pointerSegments(channel, &segs) && channel.startsWith(QLatin1Char('#')) &&
                                         segs.size() == 2 && segs.at(0) == QLatin1String("channels")
                                     ? segs.at(1)
                                     : QString();
            return local({QStringLiteral("channels"), name, QStringLiteral("messages")}, 4);
        }
        if (list == QLatin1String("servers") && isDefinition(*root, nav, owner, "channel"))
            return local({QStringLiteral("servers")}, 2);
    }
    const std::set<const json *> wanted = kindsAt(nav, place);
    if (wanted.empty())
        return targets;
    QStringList out;
    QStringList segs;
    for (const QString &t : targets) {
        if (!pointerSegments(t, &segs))
            continue;
        const std::set<const json *> kinds = kindsAt(nav, segs);
        if (std::any_of(kinds.begin(), kinds.end(), [&wanted](const json *k) { return wanted.count(k) > 0; }))
            out << t;
    }
    return out;
}

QList<Suggestion> SchemaCompletion::suggest(const QString &version, const YamlCursorContext &context,
                                            const QStringList &targets, const QString &text)
{
    QList<Suggestion> out;
    if (context.onValue && context.key == QLatin1String("$ref")) {
        for (const QString &t : refTargets(version, context.path, targets, text))
            out.append({t, {}});
        return out;
    }
    if (context.onValue)
        return values(version, context.path + QStringList{context.key});
    out = keys(version, context.path);
    out.removeIf([&context](const Suggestion &s) { return context.siblingKeys.contains(s.text); });
    return out;
}

} // namespace Signalbox::AsyncApi
