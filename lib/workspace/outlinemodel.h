// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Signalbox::Workspace {

/**
 * The outline of a document's model: Info, Servers, Channels (with their messages),
 * Operations, Messages and Schemas, with protocol and send/receive badges. Keeps the last
 * model it was given; setStale() marks it as belonging to an older text (shown dimmed).
 */
class OutlineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineModel)

public:
    enum Role {
        OffsetRole = Qt::UserRole + 1,
        EndOffsetRole,
        KindRole,
        BadgeRole,
        PointerRole,
        DetailRole, ///< the detail column's text without its badge
        ActionRole, ///< an operation's AsyncApi::Operation::Action, as int
    };
    enum class Kind { Group, Info, Server, Channel, Operation, Message, Schema };

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    /** Shows \a analysis's model; an analysis without one (the text does not parse) is ignored. */
    void setAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis);
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    /** The innermost item whose definition contains UTF-16 \a offset, or an invalid index. */
    QModelIndex indexAt(qsizetype offset) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    struct Item; // one row; public only so that helpers in the .cpp can build them

private:
    Item *itemFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Item *item) const;

    std::unique_ptr<Item> m_root;
    std::shared_ptr<const AsyncApi::Analysis> m_analysis;
    bool m_stale = false;
};

} // namespace Signalbox::Workspace
