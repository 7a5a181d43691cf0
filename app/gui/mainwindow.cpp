// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>

namespace Signalbox {

using namespace AsyncApi;

namespace {
constexpr int DebounceMs = 250;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_problems(new QTreeWidget(this))
    , m_outline(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problems->setHeaderLabels({tr("Severity"), tr("Message"), tr("Line:Col"), tr("Code")});
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_problems->header()->setStretchLastSection(false);
    m_outline->setHeaderLabels({tr("Outline"), tr("Detail")});

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_editor);
    left->addWidget(m_problems);
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_outline);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    setCentralWidget(split);
    statusBar()->addWidget(m_status, 1);
    resize(1200, 760);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_editor, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &MainWindow::reanalyse);
    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int offset = item->data(0, Qt::UserRole).toInt();
        QTextCursor c = m_editor->textCursor();
        c.setPosition(std::min(offset, m_editor->document()->characterCount() - 1));
        m_editor->setTextCursor(c);
        m_editor->setFocus();
    });
    setWindowTitle(tr("Signalbox"));
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, f.errorString());
        return false;
    }
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    m_path = path.startsWith(QLatin1Char(':')) ? QString() : QFileInfo(path).absoluteFilePath();
    m_editor->setPlainText(QString::fromUtf8(bytes));
    setWindowTitle(tr("%1 — Signalbox").arg(QFileInfo(path).fileName()));
    m_debounce->stop();
    reanalyse();
    return true;
}

void MainWindow::reanalyse()
{
    AnalyzeOptions options;
    options.filePath = m_path;
    showAnalysis(analyze(m_editor->toPlainText(), options));
}

void MainWindow::showAnalysis(const std::shared_ptr<const Analysis> &analysis)
{
    m_problems->clear();
    for (const Diagnostic &d : analysis->diagnostics) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(0, severityName(d.severity));
        item->setText(1, d.file.isEmpty() ? d.message : QStringLiteral("%1 (%2)").arg(d.message, d.file));
        item->setText(2, QStringLiteral("%1:%2").arg(d.range.start.line + 1).arg(d.range.start.column + 1));
        item->setText(3, d.code);
        item->setData(0, Qt::UserRole, d.file.isEmpty() ? int(d.range.start.offset) : 0);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(2);

    if (analysis->spec) {
        // Keep the last good outline while the text does not parse.
        m_outline->clear();
        const Spec &spec = *analysis->spec;
        auto *info = new QTreeWidgetItem(m_outline, {spec.info.title, spec.info.version});
        info->setToolTip(0, spec.info.description);
        auto group = [this](const QString &title, qsizetype count) {
            auto *g = new QTreeWidgetItem(m_outline, {title, QString::number(count)});
            g->setExpanded(true);
            return g;
        };
        auto *servers = group(tr("Servers"), spec.servers.size());
        for (const Server &s : spec.servers)
            new QTreeWidgetItem(servers, {s.name, QStringLiteral("%1 · %2").arg(s.protocol, s.host)});
        auto *channels = group(tr("Channels"), spec.channels.size());
        for (const Channel &c : spec.channels)
            new QTreeWidgetItem(channels, {c.name, c.dynamicAddress ? tr("(dynamic address)") : c.address});
        auto *operations = group(tr("Operations"), spec.operations.size());
        for (const Operation &o : spec.operations) {
            const QString action = o.action == Operation::Action::Send      ? tr("send")
                                   : o.action == Operation::Action::Receive ? tr("receive")
                                                                            : tr("?");
            new QTreeWidgetItem(operations, {o.name, QStringLiteral("%1 → %2").arg(action, o.channel)});
        }
        auto *components = group(tr("Components"), spec.components.size());
        for (const Component &c : spec.components)
            new QTreeWidgetItem(components, {c.name, c.kind});
        m_outline->resizeColumnToContents(0);
    }
    const qsizetype errors = analysis->errorCount();
    const qsizetype warnings = analysis->warningCount();
    const QString version = analysis->spec ? analysis->spec->asyncapiVersion : tr("unknown version");
    m_status->setText(
        errors == 0 ? tr("Valid AsyncAPI %1 · %2 warning(s)").arg(version).arg(warnings)
                    : tr("Invalid · %1 error(s), %2 warning(s) · AsyncAPI %3").arg(errors).arg(warnings).arg(version));
}

} // namespace Signalbox
