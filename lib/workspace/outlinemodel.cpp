// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "outlinemodel.h"

#include <QBrush>
#include <QPalette>

#include <functional>

namespace Signalbox::Workspace {

using namespace AsyncApi;

struct OutlineModel::Item
{
    QString name;
    QString detail;
    QString badge;
    Kind kind = Kind::Group;
    SourceRange range;
    SourceRange extent;
    QString pointer;
    int action = -1;
    Item *parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;

    Item *add(std::unique_ptr<Item> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
    int row() const
    {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

namespace {

std::unique_ptr<OutlineModel::Item> makeItem(const Element &e, OutlineModel::Kind kind, const QString &detail,
                                             const QString &badge = {})
{
    auto item = std::make_unique<OutlineModel::Item>();
    item->name = e.name;
    item->detail = detail;
    item->badge = badge;
    item->kind = kind;
    item->range = e.range;
    item->extent = e.extent;
    item->pointer = e.pointer;
    return item;
}

} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Item>())
{}

OutlineModel::~OutlineModel() = default;

void OutlineModel::setAnalysis(const std::shared_ptr<const Analysis> &analysis)
{
    if (!analysis || !analysis->spec)
        return;
    auto previous = std::move(m_root);
    m_root = std::make_unique<Item>();
    const Spec &spec = *analysis->spec;
    auto group = [this](const QString &name) {
        auto g = std::make_unique<Item>();
        g->name = name;
        return m_root->add(std::move(g));
    };

    Item *info = group(tr("Info"));
    {
        auto item = std::make_unique<Item>();
        item->name = spec.info.title.isEmpty() ? tr("(untitled)") : spec.info.title;
        item->detail = spec.info.version;
        item->badge = QStringLiteral("AsyncAPI %1").arg(spec.asyncapiVersion);
        item->kind = Kind::Info;
        item->range = spec.info.range;
        item->extent = spec.info.range;
        item->pointer = QStringLiteral("/info");
        info->add(std::move(item));
    }
    Item *servers = group(tr("Servers"));
    for (const Server &s : spec.servers)
        servers->add(makeItem(s, Kind::Server, s.host + s.pathname, s.protocol));
    Item *channels = group(tr("Channels"));
    for (const Channel &c : spec.channels) {
        Item *ch = channels->add(makeItem(c, Kind::Channel, c.dynamicAddress ? tr("(dynamic address)") : c.address));
        for (const Message &m : c.messages)
            ch->add(makeItem(m, Kind::Message, m.title.isEmpty() ? m.contentType : m.title));
    }
    Item *operations = group(tr("Operations"));
    for (const Operation &o : spec.operations) {
        const QString badge = o.action == Operation::Action::Unknown ? QString() : actionLabel(o);
        operations->add(makeItem(o, Kind::Operation, o.channelResolved ? o.channel : tr("(unresolved channel)"), badge))
            ->action = int(o.action);
    }
    Item *messages = group(tr("Messages"));
    Item *schemas = group(tr("Schemas"));
    for (const Component &c : spec.components) {
        if (c.kind == QLatin1String("messages"))
            messages->add(makeItem(c, Kind::Message, QString()));
        else if (c.kind == QLatin1String("schemas"))
            schemas->add(makeItem(c, Kind::Schema, QString()));
    }
    for (const auto &g : m_root->children)
        g->detail = QString::number(g->children.size());
    info->detail.clear();

    // Same outline as before, only moved in the text (typing above it): keep the items the views
    // hold and update their places, without a reset.
    std::function<bool(const Item &, const Item &)> sameShape = [&](const Item &a, const Item &b) {
        if (a.name != b.name || a.detail != b.detail || a.badge != b.badge || a.kind != b.kind ||
            a.action != b.action || a.children.size() != b.children.size())
            return false;
        for (std::size_t i = 0; i < a.children.size(); ++i) {
            if (!sameShape(*a.children[i], *b.children[i]))
                return false;
        }
        return true;
    };
    if (previous && sameShape(*previous, *m_root)) {
        std::function<void(Item &, const Item &)> copyPlaces = [&](Item &into, const Item &from) {
            into.range = from.range;
            into.extent = from.extent;
            into.pointer = from.pointer;
            for (std::size_t i = 0; i < into.children.size(); ++i)
                copyPlaces(*into.children[i], *from.children[i]);
        };
        copyPlaces(*previous, *m_root);
        m_root = std::move(previous);
        m_analysis = analysis;
        setStale(false);
        return;
    }
    auto fresh = std::move(m_root);
    m_root = std::move(previous);
    beginResetModel();
    m_root = std::move(fresh);
    m_analysis = analysis;
    m_stale = false;
    endResetModel();
}

void OutlineModel::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    std::function<void(const QModelIndex &)> touch = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(rows - 1, 1, parent), {Qt::ForegroundRole});
        for (int r = 0; r < rows; ++r)
            touch(index(r, 0, parent));
    };
    touch({});
}

OutlineModel::Item *OutlineModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex OutlineModel::indexFor(const Item *item) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row(), 0, const_cast<Item *>(item));
}

QModelIndex OutlineModel::indexAt(qsizetype offset) const
{
    const Item *best = nullptr;
    std::vector<const Item *> stack{m_root.get()};
    while (!stack.empty()) {
        const Item *item = stack.back();
        stack.pop_back();
        for (const auto &c : item->children) {
            if (c->kind != Kind::Group && c->extent.isValid() && offset >= c->extent.start.offset &&
                offset <= c->extent.end.offset) {
                if (!best || c->extent.end.offset - c->extent.start.offset <=
                                 best->extent.end.offset - best->extent.start.offset)
                    best = c.get();
            }
            stack.push_back(c.get());
        }
    }
    return indexFor(best);
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Item *p = itemFor(parent);
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(itemFor(child)->parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(itemFor(parent)->children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item *item = itemFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return item->name;
        return item->badge.isEmpty() ? item->detail : QStringLiteral("%1  ·  %2").arg(item->badge, item->detail);
    case Qt::ToolTipRole: {
        // The whole row, since the columns elide: name, badge and detail, and where it is.
        if (item->kind == Kind::Group)
            return {};
        QString tip = QStringLiteral("<b>%1</b>").arg(item->name.toHtmlEscaped());
        const QString detail = item->badge.isEmpty()    ? item->detail
                               : item->detail.isEmpty() ? item->badge
                                                        : QStringLiteral("%1 · %2").arg(item->badge, item->detail);
        if (!detail.isEmpty())
            tip += QStringLiteral("<br>%1").arg(detail.toHtmlEscaped());
        if (!item->pointer.isEmpty())
            tip += QStringLiteral("<br><code>%1</code>").arg(item->pointer.toHtmlEscaped());
        return tip;
    }
    case DetailRole:
        return item->detail;
    case ActionRole:
        return item->action < 0 ? QVariant() : QVariant(item->action);
    case Qt::ForegroundRole:
        if (m_stale)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case OffsetRole:
        return item->kind == Kind::Group ? QVariant() : QVariant(qlonglong(item->range.start.offset));
    case EndOffsetRole:
        return item->kind == Kind::Group ? QVariant() : QVariant(qlonglong(item->range.end.offset));
    case KindRole:
        return int(item->kind);
    case BadgeRole:
        return item->badge;
    case PointerRole:
        return item->pointer;
    }
    return {};
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Element") : tr("Detail");
}

} // namespace Signalbox::Workspace
