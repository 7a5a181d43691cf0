// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/diagnostic.h>

#include <QAbstractTableModel>
#include <QIcon>
#include <QSortFilterProxyModel>

namespace Signalbox::Workspace {

/** The diagnostics of one analysis as a table: severity, message, line:col, code, file. */
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column { SeverityColumn, MessageColumn, LocationColumn, CodeColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, OffsetRole, FileRole, CodeRole, LineRole, PointerRole };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setDiagnostics(const AsyncApi::Diagnostics &diagnostics);
    const AsyncApi::Diagnostics &diagnostics() const { return m_diagnostics; }
    /** Icons shown for each severity (the app provides them). */
    void setSeverityIcon(AsyncApi::Severity severity, const QIcon &icon);
    qsizetype count(AsyncApi::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    AsyncApi::Diagnostics m_diagnostics;
    QIcon m_icons[4];
};

/** Filters ProblemsModel rows by text (message, code or file) and by severity. */
class ProblemsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsFilterModel)

public:
    explicit ProblemsFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setSeverityShown(AsyncApi::Severity severity, bool shown);
    bool isSeverityShown(AsyncApi::Severity severity) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_shown[4] = {true, true, true, true};
};

} // namespace Signalbox::Workspace
