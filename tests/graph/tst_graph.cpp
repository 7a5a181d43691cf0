// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "skipping.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>
#include <asyncapi/graph/graphmodel.h>
#include <diagram/graphlayout.h>
#include <diagram/graphpainter.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSet>
#include <QTest>

#include <random>

using namespace Signalbox;
using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;
using Signalbox::Test::mutated;

namespace {

/** Checks the graph against the model; returns what is wrong, empty when all is well. */
QStringList checkAgainstModel(const Analysis &a, const GraphModel &g)
{
    QStringList problems;
    const Spec &spec = *a.spec;
    QSet<QString> ids;
    for (const GraphNode &n : g.nodes) {
        if (ids.contains(n.id))
            problems << u"node %1 twice"_s.arg(n.id);
        ids.insert(n.id);
    }
    auto count = [&g](GraphNode::Kind kind) {
        return std::count_if(g.nodes.cbegin(), g.nodes.cend(), [kind](const GraphNode &n) { return n.kind == kind; });
    };
    QSet<QString> channelNames;
    for (const Channel &c : spec.channels)
        channelNames.insert(c.name);
    if (count(GraphNode::Kind::Channel) != channelNames.size())
        problems << u"channels: %1 nodes for %2"_s.arg(count(GraphNode::Kind::Channel)).arg(channelNames.size());
    QSet<QString> operationNames;
    for (const Operation &o : spec.operations)
        operationNames.insert(o.name);
    if (count(GraphNode::Kind::Operation) != operationNames.size())
        problems << u"operations: %1 nodes for %2"_s.arg(count(GraphNode::Kind::Operation)).arg(operationNames.size());
    // One node per message definition (a component used by two channels is one message), and one
    // for each component message no channel uses.
    // A message whose definition does not resolve is a node of its own.
    QSet<const YamlNode *> definitions;
    qsizetype unresolved = 0;
    for (const Channel &c : spec.channels) {
        for (const Message &m : c.messages) {
            if (m.node)
                definitions.insert(m.node.node);
            else
                ++unresolved;
        }
    }
    for (const Component &c : spec.components) {
        if (c.kind == u"messages"_s && c.node)
            definitions.insert(c.node.node);
        else if (c.kind == u"messages"_s)
            ++unresolved;
    }
    const qsizetype messages = definitions.size() + unresolved;
    if (count(GraphNode::Kind::Message) != messages)
        problems << u"messages: %1 nodes for %2"_s.arg(count(GraphNode::Kind::Message)).arg(messages);
    for (const GraphEdge &e : g.edges) {
        if (!ids.contains(e.from) || !ids.contains(e.to)) {
            problems << u"edge %1 -> %2 to nowhere"_s.arg(e.from, e.to);
            continue;
        }
        const QString from = e.from.section(u':', 1);
        const QString to = e.to.section(u':', 1);
        switch (e.kind) {
        case GraphEdge::Kind::OperationChannel: {
            bool ok = false;
            for (const Operation &o : spec.operations)
                ok = ok || (o.name == from && o.channel == to);
            if (!ok)
                problems << u"edge %1 -> %2 not in the spec"_s.arg(e.from, e.to);
            break;
        }
        case GraphEdge::Kind::ChannelMessage: {
            const Channel *c = spec.channel(from);
            bool ok = false;
            // The node of a shared definition is named after the first channel that has it.
            const Message *shared = nullptr;
            for (const Channel &other : spec.channels) {
                for (const Message &m : other.messages) {
                    if (ElementId::message(other.name, m.name).toString() == e.to)
                        shared = &m;
                }
            }
            for (const Message &m : c ? c->messages : QList<Message>())
                ok = ok || (to == from + u'/' + m.name) || (shared && shared->node.node == m.node.node);
            if (!ok)
                problems << u"edge %1 -> %2 not in the spec"_s.arg(e.from, e.to);
            break;
        }
        case GraphEdge::Kind::ChannelServer: {
            const Channel *c = spec.channel(from);
            if (!c || !c->servers.contains(to))
                problems << u"edge %1 -> %2 not in the spec"_s.arg(e.from, e.to);
            break;
        }
        case GraphEdge::Kind::OperationReply: {
            bool ok = false;
            for (const Operation &o : spec.operations)
                ok = ok ||
                     (o.name == from && o.reply.present && (o.reply.channel == to || e.to.startsWith(u"reply:"_s)));
            if (!ok)
                problems << u"edge %1 -> %2 not in the spec"_s.arg(e.from, e.to);
            break;
        }
        case GraphEdge::Kind::Broken: {
            bool ok = false;
            for (const Operation &o : spec.operations)
                ok = ok || (o.name == from && !o.channelResolved);
            if (!ok)
                problems << u"broken edge from %1 whose channel resolves"_s.arg(e.from);
            break;
        }
        case GraphEdge::Kind::Performs:
            if (e.from != u"app"_s || !e.to.startsWith(u"operation:"_s))
                problems << u"performs edge %1 -> %2"_s.arg(e.from, e.to);
            break;
        }
    }
    return problems;
}

QStringList overlaps(const Diagram::GraphLayout &layout)
{
    QStringList out;
    const QList<QString> ids = layout.nodes.keys();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (qsizetype j = i + 1; j < ids.size(); ++j) {
            if (layout.nodes.value(ids[i])
                    .adjusted(1, 1, -1, -1)
                    .intersects(layout.nodes.value(ids[j]).adjusted(1, 1, -1, -1)))
                out << ids[i] + u" / "_s + ids[j];
        }
    }
    return out;
}

std::shared_ptr<const Analysis> example()
{
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"));
    return f.open(QIODevice::ReadOnly) ? analyze(f.readAll()) : nullptr;
}

} // namespace

class TestGraph : public QObject
{
    Q_OBJECT

private slots:
    void exampleGraph();
    void corpusGraphsMatchTheirModels();
    void stablePositionsAcrossAWhitespaceEdit();
    void brokenReferenceDrawsABrokenEdge();
    void filtersAndCollapse();
    void bigGraphsUseTheLayeredLayout();
    void rendersPngAndSvg();
    void mutatedDocumentsNeverCrash();
    void wrapsLabelsBetweenWords_data();
    void wrapsLabelsBetweenWords();
    void nodeBoxesHoldTheirNames_data();
    void nodeBoxesHoldTheirNames();
    void nameIsCentredWithoutADetail();
};

void TestGraph::exampleGraph()
{
    const auto a = example();
    const GraphModel g = buildGraph(*a);
    QVERIFY2(checkAgainstModel(*a, g).isEmpty(), qPrintable(checkAgainstModel(*a, g).join(u'\n')));
    QVERIFY(g.indexOf(u"channel:craneTelemetry"_s) >= 0);
    const GraphNode &channel = g.nodes[g.indexOf(u"channel:craneTelemetry"_s)];
    QCOMPARE(channel.label, u"cranes/{craneId}/telemetry"_s);
    QCOMPARE(channel.highlights.size(), 1);
    QCOMPARE(channel.highlights.first(), std::make_pair(7, 9));
    // The reply of sendMove goes to the commandAcks channel.
    bool reply = false;
    for (const GraphEdge &e : g.edges)
        reply = reply || (e.kind == GraphEdge::Kind::OperationReply && e.from == u"operation:sendMove"_s &&
                          e.to == u"channel:commandAcks"_s);
    QVERIFY(reply);
    const QJsonObject json = QJsonDocument::fromJson(graphToJson(g)).object();
    QCOMPARE(json.value(u"nodes"_s).toArray().size(), g.nodes.size());
    QCOMPARE(json.value(u"edges"_s).toArray().size(), g.edges.size());
    const QJsonObject first = json.value(u"nodes"_s).toArray().first().toObject();
    QVERIFY(first.contains(u"id"_s) && first.contains(u"kind"_s) && first.contains(u"label"_s) &&
            first.contains(u"line"_s));
    // The element around a place in the text.
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype at = g.nodeAt(text.indexOf(u"address: 'cranes/{craneId}/commands'"_s));
    QVERIFY(at >= 0);
    QCOMPARE(g.nodes[at].id, u"channel:craneCommands"_s);
    const Diagram::GraphLayout layout = Diagram::layoutGraph(g);
    QCOMPARE(layout.engine, u"dot"_s);
    QVERIFY2(overlaps(layout).isEmpty(), qPrintable(overlaps(layout).join(u'\n')));
}

void TestGraph::corpusGraphsMatchTheirModels()
{
    // What the official parser's model counts in each valid corpus document (tests/update-oracle-counts.sh).
    QHash<QString, QJsonObject> oracle;
    QFile counts(QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/corpus/oracle-counts.jsonl"));
    QVERIFY(counts.open(QIODevice::ReadOnly));
    while (!counts.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(counts.readLine()).object();
        oracle.insert(row.value(u"file"_s).toString(), row.value(u"counts"_s).toObject());
    }
    // Where our graph counts differently from the official parser's model, on purpose.
    const QHash<QString, QString> deliberate{
        {u"fixtures/converter-js/2.6.0/for-3.0.0-with-deep-local-references.yml"_s,
         u"a 2.x message inline in an operation of components/channels: the official parser lists it; we show "
         u"only the channels the document has, not templates under components"_s},
    };
    int checked = 0;
    int compared = 0;
    QStringList differences;
    const bool found = Test::forEachCorpusDocument([&](const QString &path) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        AnalyzeOptions options;
        options.filePath = path;
        // The social-media services refer to ../common: allow the corpus, as its user would.
        options.load.allowedRoots = {Test::corpusFolder()};
        const auto a = analyze(f.readAll(), options);
        if (!a->spec)
            return;
        const GraphModel g = buildGraph(*a);
        const QStringList problems = checkAgainstModel(*a, g);
        QVERIFY2(problems.isEmpty(), qPrintable(path + u": "_s + problems.join(u"; "_s)));
        const QString name = QDir(Test::corpusFolder()).relativeFilePath(path);
        if (const auto theirs = oracle.constFind(name); theirs != oracle.cend()) {
            QStringList mismatch;
            for (const auto &[kind, key] : {std::pair{GraphNode::Kind::Server, "servers"},
                                            {GraphNode::Kind::Channel, "channels"},
                                            {GraphNode::Kind::Operation, "operations"},
                                            {GraphNode::Kind::Message, "messages"}}) {
                const auto ours = std::count_if(g.nodes.cbegin(), g.nodes.cend(),
                                                [kind](const GraphNode &n) { return n.kind == kind; });
                if (ours != theirs->value(QLatin1String(key)).toInt())
                    mismatch << u"%1 %2 (official parser: %3)"_s.arg(QLatin1String(key))
                                    .arg(ours)
                                    .arg(theirs->value(QLatin1String(key)).toInt());
            }
            if (mismatch.isEmpty() == deliberate.contains(name))
                differences << name + u": "_s +
                                   (mismatch.isEmpty() ? u"listed as a deliberate difference but agrees now"_s
                                                       : mismatch.join(u", "_s));
            ++compared;
        }
        const Diagram::GraphLayout layout = Diagram::layoutGraph(g);
        QCOMPARE(layout.nodes.size(), g.nodes.size());
        QVERIFY2(overlaps(layout).isEmpty(), qPrintable(path + u": "_s + overlaps(layout).join(u"; "_s)));
        if (path.endsWith(u"/streetlights-mqtt-asyncapi.yml"_s)) {
            // The picture of a corpus document, rendered offscreen, is not empty.
            const QImage png = QImage::fromData(Diagram::renderGraph(g, layout, u"png"_s), "PNG");
            QSet<QRgb> colours;
            for (int y = 0; y < png.height(); y += 4)
                for (int x = 0; x < png.width(); x += 4)
                    colours.insert(png.pixel(x, y));
            QVERIFY(colours.size() > 20);
        }
        ++checked;
    });
    if (!found)
        SIGNALBOX_SKIP("../shared/corpus is not here (a fresh clone)");
    if (QTest::currentTestFailed())
        return;
    qInfo("graphs checked: %d; node counts compared with the official parser's: %d, %lld differ", checked, compared,
          qlonglong(differences.size()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    QVERIFY(checked > 100);
    QVERIFY(compared > 120);
}

void TestGraph::stablePositionsAcrossAWhitespaceEdit()
{
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    const Diagram::GraphLayout before = Diagram::layoutGraph(buildGraph(*analyze(text)));
    text.replace("channels:\n", "\n\n# a comment\nchannels:   \n");
    text.replace("title: Crane telemetry", "title:     Crane telemetry");
    const GraphModel after = buildGraph(*analyze(text));
    const Diagram::GraphLayout again = Diagram::layoutGraph(after);
    QCOMPARE(again.nodes, before.nodes);
    QCOMPARE(again.edges, before.edges);
}

void TestGraph::brokenReferenceDrawsABrokenEdge()
{
    const auto a = analyze(Test::doc3(R"(channels:
  c:
    address: c
operations:
  good:
    action: send
    channel:
      $ref: '#/channels/c'
  lost:
    action: receive
    channel:
      $ref: '#/channels/nowhere'
)"));
    const GraphModel g = buildGraph(*a);
    QVERIFY2(checkAgainstModel(*a, g).isEmpty(), qPrintable(checkAgainstModel(*a, g).join(u'\n')));
    const qsizetype lost = g.indexOf(u"unresolved:lost"_s);
    QVERIFY(lost >= 0);
    QCOMPARE(g.nodes[lost].kind, GraphNode::Kind::Unresolved);
    QCOMPARE(g.nodes[lost].label, u"#/channels/nowhere"_s);
    bool broken = false;
    bool linked = false;
    for (const GraphEdge &e : g.edges) {
        broken = broken || (e.kind == GraphEdge::Kind::Broken && e.from == u"operation:lost"_s);
        linked = linked || (e.from == u"operation:lost"_s && e.to == u"channel:c"_s);
    }
    QVERIFY(broken);
    QVERIFY(!linked);                                            // not silently linked
    QVERIFY(g.nodes[g.indexOf(u"operation:lost"_s)].errors > 0); // its error shows as a badge
}

void TestGraph::filtersAndCollapse()
{
    const auto a = example();
    GraphOptions collapse;
    collapse.collapseMessages = true;
    const GraphModel collapsed = buildGraph(*a, collapse);
    QVERIFY(std::none_of(collapsed.nodes.cbegin(), collapsed.nodes.cend(),
                         [](const GraphNode &n) { return n.kind == GraphNode::Kind::Message; }));
    QVERIFY(collapsed.nodes[collapsed.indexOf(u"channel:craneTelemetry"_s)].detail.contains(u"position"_s));

    GraphOptions text;
    text.text = u"acks"_s;
    const GraphModel filtered = buildGraph(*a, text);
    QVERIFY(filtered.indexOf(u"channel:commandAcks"_s) >= 0);
    QVERIFY(filtered.indexOf(u"operation:sendMove"_s) >= 0); // its neighbour stays
    QVERIFY(filtered.indexOf(u"channel:craneTelemetry"_s) < 0);

    GraphOptions server;
    server.server = u"production"_s;
    QVERIFY(buildGraph(*a, server).indexOf(u"server:production"_s) >= 0);
}

void TestGraph::bigGraphsUseTheLayeredLayout()
{
    QByteArray text = Test::doc3("channels:\n");
    QByteArray ops = "operations:\n";
    for (int i = 0; i < 200; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += "  c" + n + ":\n    address: 'a/{id}/" + n +
                "'\n    parameters:\n      id: {}\n    messages:\n      m:\n"
                "        payload: {type: string}\n";
        ops += "  o" + n + ":\n    action: " + (i % 2 ? "send" : "receive") +
               "\n    channel:\n      $ref: '#/channels/c" + n + "'\n";
    }
    const auto a = analyze(text + ops);
    QVERIFY(a->isValid());
    const GraphModel g = buildGraph(*a);
    QCOMPARE(g.nodes.size(), 601);
    const Diagram::GraphLayout layout = Diagram::layoutGraph(g);
    QCOMPARE(layout.engine, u"layered"_s);
    QVERIFY(overlaps(layout).isEmpty());
    // Operations left of their channels, channels left of their messages.
    QVERIFY(layout.nodes.value(u"operation:o5"_s).right() < layout.nodes.value(u"channel:c5"_s).left());
    QVERIFY(layout.nodes.value(u"channel:c5"_s).right() < layout.nodes.value(u"message:c5/m"_s).left());
}

void TestGraph::rendersPngAndSvg()
{
    const auto a = example();
    const GraphModel g = buildGraph(*a);
    const Diagram::GraphLayout layout = Diagram::layoutGraph(g);
    const QImage png = QImage::fromData(Diagram::renderGraph(g, layout, u"png"_s), "PNG");
    QVERIFY(!png.isNull());
    QVERIFY(png.width() > 400 && png.height() > 100);
    // Not blank: the boxes' colours are there.
    QSet<QRgb> colours;
    for (int y = 0; y < png.height(); y += 4) {
        for (int x = 0; x < png.width(); x += 4)
            colours.insert(png.pixel(x, y));
    }
    QVERIFY(colours.size() > 20);
    const QByteArray svg = Diagram::renderGraph(g, layout, u"svg"_s);
    QVERIFY(svg.contains("<svg") && svg.contains("craneTelemetry"));
    QVERIFY(Diagram::graphToDot(g, &layout).contains(u"\"channel:craneTelemetry\""_s));
}

void TestGraph::mutatedDocumentsNeverCrash()
{
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    std::mt19937 random(4242);
    for (int round = 0; round < 300; ++round) {
        const auto a = analyze(mutated(original, random));
        if (!a->spec)
            continue;
        const GraphModel g = buildGraph(*a);
        const Diagram::GraphLayout layout = Diagram::layoutGraph(g);
        QCOMPARE(layout.nodes.size(), g.nodes.size());
        QVERIFY(!graphToJson(g).isEmpty());
    }
}

void TestGraph::wrapsLabelsBetweenWords_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("width"); // in characters of 10 px
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<QStringList>("lines");
    const QString e(Diagram::Ellipsis);
    QTest::newRow("fits") << u"receiveRoomEvents"_s << 20 << 2 << QStringList{u"receiveRoomEvents"_s};
    QTest::newRow("camelCase") << u"sendChatMessage"_s << 10 << 2 << QStringList{u"sendChat"_s, u"Message"_s};
    QTest::newRow("path") << u"rooms/{roomId}"_s << 10 << 2 << QStringList{u"rooms/"_s, u"{roomId}"_s};
    QTest::newRow("path, farthest break")
        << u"cranes/{craneId}/telemetry"_s << 18 << 2 << QStringList{u"cranes/{craneId}/"_s, u"telemetry"_s};
    QTest::newRow("acronym") << u"HTTPServerEvents"_s << 12 << 2 << QStringList{u"HTTPServer"_s, u"Events"_s};
    QTest::newRow("dots and underscores")
        << u"user.signed_up.v2"_s << 12 << 2 << QStringList{u"user.signed_"_s, u"up.v2"_s};
    QTest::newRow("spaces dropped at the break")
        << u"Chat over WebSocket"_s << 10 << 2 << QStringList{u"Chat over"_s, u"WebSocket"_s};
    QTest::newRow("one line: elided at a break") << u"sendChatMessage"_s << 10 << 1 << QStringList{u"sendChat"_s + e};
    QTest::newRow("elided at the end of the last line") << u"rooms/{roomId}/messages/{messageId}/reactions"_s << 16 << 2
                                                        << QStringList{u"rooms/{roomId}/"_s, u"messages/"_s + e};
    QTest::newRow("a word longer than a line") << u"Pneumonoultramicroscopicsilicovolcanoconiosis"_s << 10 << 2
                                               << QStringList{u"Pneumonoul"_s, u"tramicros"_s + e};
    QTest::newRow("empty") << QString() << 10 << 2 << QStringList{};
}

void TestGraph::wrapsLabelsBetweenWords()
{
    QFETCH(QString, label);
    QFETCH(int, width);
    QFETCH(int, maxLines);
    QFETCH(QStringList, lines);
    const Diagram::TextWidth measure = [](QStringView s) { return 10.0 * double(s.size()); };
    const QList<Diagram::LabelLine> wrapped = Diagram::wrapLabel(label, 10.0 * width, maxLines, measure);
    QCOMPARE(Diagram::lineTexts(label, wrapped), lines);
    for (const QString &line : Diagram::lineTexts(label, wrapped))
        QVERIFY2(measure(line) <= 10.0 * width, qPrintable(line));
}

void TestGraph::nodeBoxesHoldTheirNames_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("lines");
    QTest::addColumn<bool>("elided");
    QTest::newRow("operation") << u"sendChatMessage"_s << u"send"_s << 1 << false;
    QTest::newRow("channel") << u"rooms/{roomId}"_s << u"room"_s << 1 << false;
    QTest::newRow("two lines") << u"rooms/{roomId}/messages/{messageId}/reactions/{reactionId}"_s << u"reactions"_s << 2
                               << false;
    QTest::newRow("too long for two")
        << u"tenants/{tenantId}/sites/{siteId}/buildings/{buildingId}/floors/{floorId}/rooms/{roomId}/sensors"_s
        << QString() << 2 << true;
}

void TestGraph::nodeBoxesHoldTheirNames()
{
    // A box is sized, with the fonts it is drawn in, for its name: whole, on one line or two.
    QFETCH(QString, label);
    QFETCH(QString, detail);
    QFETCH(int, lines);
    QFETCH(bool, elided);
    GraphNode node;
    node.kind = GraphNode::Kind::Operation;
    node.label = label;
    node.detail = detail;
    const QSizeF size = Diagram::nodeSize(node);
    const Diagram::NodeFonts fonts = Diagram::nodeFonts(node);
    const QList<Diagram::LabelLine> wrapped =
        Diagram::wrapLabel(label, size.width() - 2 * Diagram::NodePadding, Diagram::MaxTitleLines, fonts.titleWidth);
    QCOMPARE(wrapped.size(), lines);
    QCOMPARE(wrapped.last().elided, elided);
    // Room for the lines and the detail.
    QVERIFY(size.height() >= 2 * Diagram::NodeVerticalPadding + double(lines) * fonts.titleLine +
                                 (detail.isEmpty() ? 0 : fonts.detailLine));
    // Never cut inside a word.
    for (qsizetype i = 0; i + 1 < wrapped.size(); ++i)
        QVERIFY(Diagram::canBreakBefore(label, wrapped[i + 1].start));
}

void TestGraph::nameIsCentredWithoutADetail()
{
    // A message without a content type: its name in the middle of the box, not over an empty line.
    GraphNode node;
    node.id = u"message:userJoined"_s;
    node.kind = GraphNode::Kind::Message;
    node.label = u"userJoined"_s;
    const QRectF box(QPointF(10, 10), Diagram::nodeSize(node));
    QImage image(int(box.right()) + 10, int(box.bottom()) + 10, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        Diagram::paintNode(p, node, box, {});
    }
    // The text is the only dark ink (the box is a light fill with a yellow border).
    int top = image.height();
    int bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (QColor(image.pixel(x, y)).lightness() < 90) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    QVERIFY(bottom > top);
    QVERIFY2(std::abs((top + bottom) / 2.0 - box.center().y()) <= 3,
             qPrintable(u"text %1..%2 in a box %3..%4"_s.arg(top).arg(bottom).arg(box.top()).arg(box.bottom())));
}

SIGNALBOX_TEST_MAIN(TestGraph)
#include "tst_graph.moc"
