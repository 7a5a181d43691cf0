// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "mocktally.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Signalbox {

using Live::LogEntry;

namespace {

/** Matches a status the mock wrote with \a translated (its placeholders %1, %2 matching anything). */
QRegularExpression mockStatus(const QString &translated)
{
    QStringList parts;
    for (const QString &part : translated.split(QRegularExpression(QStringLiteral("%\\d"))))
        parts << QRegularExpression::escape(part);
    return QRegularExpression(u'^' + parts.join(QLatin1String(".*")) + u'$');
}

} // namespace

bool MockTally::isInvalidOnPurpose(const LogEntry &entry)
{
    // The mock says so in its status only: in the words of its own translation.
    static const QRegularExpression pattern =
        mockStatus(QCoreApplication::translate("Signalbox::Live::MockServer", "%1: invalid on purpose (every %2)"));
    return entry.direction == LogEntry::Direction::Outgoing && pattern.match(entry.status).hasMatch();
}

void MockTally::add(LogEntry &entry)
{
    static const QRegularExpression closingSummary =
        mockStatus(QCoreApplication::translate("Signalbox::Live::MockServer", "%1: messages sent: %2"));
    switch (entry.direction) {
    case LogEntry::Direction::Outgoing:
        ++sent;
        if (entry.check == LogEntry::Check::None && isInvalidOnPurpose(entry)) {
            entry.check = LogEntry::Check::Invalid;
            entry.errors.append(QCoreApplication::translate("Signalbox::MockPanel", "sent invalid on purpose"));
        }
        if (entry.check == LogEntry::Check::Invalid)
            ++invalidSent;
        break;
    case LogEntry::Direction::Incoming:
        ++received;
        if (entry.check == LogEntry::Check::Invalid || entry.check == LogEntry::Check::Unknown)
            ++notConforming;
        break;
    case LogEntry::Direction::Connection:
        if (entry.event == QLatin1String("refused"))
            ++refused;
        else if (entry.event == QLatin1String("dropped") && !closingSummary.match(entry.status).hasMatch())
            ++dropped; // the summary of a connection it dropped (after saying why) is not another one
        break;
    }
}

} // namespace Signalbox
