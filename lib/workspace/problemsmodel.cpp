// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "problemsmodel.h"

#include <QFileInfo>
#include <QTextDocument>

namespace Signalbox::Workspace {

using AsyncApi::Diagnostic;
using AsyncApi::Severity;

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProblemsModel::setDiagnostics(const AsyncApi::Diagnostics &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

void ProblemsModel::setSeverityIcon(Severity severity, const QIcon &icon)
{
    m_icons[int(severity)] = icon;
}

qsizetype ProblemsModel::count(Severity severity) const
{
    return AsyncApi::countSeverity(m_diagnostics, severity);
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            switch (d.severity) {
            case Severity::Error:
                return tr("Error");
            case Severity::Warning:
                return tr("Warning");
            case Severity::Info:
                return tr("Info");
            case Severity::Hint:
                return tr("Hint");
            }
            return {};
        case MessageColumn:
            return d.file.isEmpty() ? d.message : tr("%1 (in %2)").arg(d.message, QFileInfo(d.file).fileName());
        case LocationColumn:
            return QStringLiteral("%1:%2").arg(d.range.start.line + 1).arg(d.range.start.column + 1);
        case CodeColumn:
            return d.code;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(m_icons[int(d.severity)]) : QVariant();
    case Qt::ToolTipRole:
        // Messages quote the document: shown as plain text, never as rich text (<img width=99999>).
        return Qt::convertFromPlainText(d.pointer.isEmpty() ? d.message : tr("%1\nat %2").arg(d.message, d.pointer),
                                        Qt::WhiteSpaceNormal);
    case SeverityRole:
        return int(d.severity);
    case OffsetRole:
        return qlonglong(d.range.start.offset);
    case LineRole:
        return d.range.start.line;
    case FileRole:
        return d.file;
    case CodeRole:
        return d.code;
    case PointerRole:
        return d.pointer;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Line:Col");
    case CodeColumn:
        return tr("Code");
    }
    return {};
}

ProblemsFilterModel::ProblemsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ProblemsFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void ProblemsFilterModel::setSeverityShown(Severity severity, bool shown)
{
    if (m_shown[int(severity)] == shown)
        return;
    m_shown[int(severity)] = shown;
    invalidateFilter();
}

bool ProblemsFilterModel::isSeverityShown(Severity severity) const
{
    return m_shown[int(severity)];
}

bool ProblemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, ProblemsModel::MessageColumn, sourceParent);
    const int severity = idx.data(ProblemsModel::SeverityRole).toInt();
    if (severity < 0 || severity > 3 || !m_shown[severity])
        return false;
    if (m_text.isEmpty())
        return true;
    return idx.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           idx.data(ProblemsModel::CodeRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace Signalbox::Workspace
