// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Signalbox {

/** Find Usages (Shift+F12): every place an element is named, by file; activating one goes there. */
class UsagesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsagesPanel)

public:
    struct Entry
    {
        QString file;      ///< Absolute path; empty for the unsaved document shown.
        QString shownFile; ///< As listed (relative to the document's folder).
        int line = 0;      ///< 0-based.
        qsizetype offset = 0;
        QString kind; ///< "definition", "reference"… (translated)
        QString text; ///< The line, trimmed.
    };

    explicit UsagesPanel(QWidget *parent = nullptr);

    /** Shows \a entries under \a title ("/components/schemas/Light: 4 places"). */
    void setUsages(const QString &title, const QList<Entry> &entries);
    QTreeWidget *view() const { return m_view; }

signals:
    void usageActivated(const QString &file, qsizetype offset);

private:
    void activate(QTreeWidgetItem *item);

    QLabel *m_title;
    QTreeWidget *m_view;
    QList<Entry> m_entries;
};

} // namespace Signalbox
