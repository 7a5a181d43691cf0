// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace Signalbox {

/** A bar above the editor when the file changed on disk: Reload or Keep mine. Non-modal. */
class FileChangedBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileChangedBanner)

public:
    explicit FileChangedBanner(QWidget *parent = nullptr);

signals:
    void reloadRequested();
    void keepRequested();
};

} // namespace Signalbox
