// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace Signalbox {

/**
 * What the window shows while no document is open (a first launch, or after closing the last
 * tab): start a blank document or one from a template, open a file or the bundled example, or
 * pick a recent file. It only asks; the window does the work.
 */
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /** Lists \a paths (newest first) under "Recent Files"; says so when there are none. */
    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

signals:
    void newRequested();
    void templateRequested();
    void openRequested();
    void exampleRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
    QLabel *m_noRecent;
};

} // namespace Signalbox
