// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "logio.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <utility>

namespace Signalbox::Live {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxLogIo)
};

// The names of the JSON Lines format, one table per field, read and written from the same place.
constexpr std::pair<LogEntry::Direction, QLatin1StringView> Directions[] = {
    {LogEntry::Direction::Incoming, QLatin1StringView("in")},
    {LogEntry::Direction::Outgoing, QLatin1StringView("out")},
    {LogEntry::Direction::Connection, QLatin1StringView("connection")},
};
constexpr std::pair<LogEntry::Check, QLatin1StringView> Checks[] = {
    {LogEntry::Check::Conforms, QLatin1StringView("conforms")},
    {LogEntry::Check::Invalid, QLatin1StringView("invalid")},
    {LogEntry::Check::Unknown, QLatin1StringView("unknown")},
};

template<typename E, std::size_t N> QString nameOf(const std::pair<E, QLatin1StringView> (&table)[N], E value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return name;
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, QLatin1StringView> (&table)[N], const QString &name)
{
    for (const auto &[v, n] : table)
        if (n == name)
            return v;
    return std::nullopt;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes); // DecodedData decodes when converted
    return !decoder.hasError();
}

} // namespace

QByteArray toJsonLine(const LogEntry &e)
{
    QJsonObject o;
    o[QLatin1String("time")] = QDateTime::fromMSecsSinceEpoch(e.timeMs).toUTC().toString(Qt::ISODateWithMs);
    o[QLatin1String("direction")] = nameOf(Directions, e.direction);
    o[QLatin1String("event")] = e.event;
    if (e.direction != LogEntry::Direction::Connection) {
        o[QLatin1String("size")] = e.size();
        if (e.isCut())
            o[QLatin1String("cut")] = true; // the payload is the message's beginning only
        if (isUtf8(e.payload))
            o[QLatin1String("payload")] = QString::fromUtf8(e.payload);
        else
            o[QLatin1String("payloadBase64")] = QString::fromLatin1(e.payload.toBase64());
    }
    if (!e.eventId.isEmpty())
        o[QLatin1String("eventId")] = e.eventId;
    if (!e.channel.isEmpty())
        o[QLatin1String("channel")] = e.channel;
    if (e.check != LogEntry::Check::None) {
        o[QLatin1String("message")] = e.message.isEmpty() ? QJsonValue() : QJsonValue(e.message);
        o[QLatin1String("check")] = nameOf(Checks, e.check);
        o[QLatin1String("errors")] = QJsonArray::fromStringList(e.errors);
    }
    if (!e.status.isEmpty())
        o[QLatin1String("status")] = e.status;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<LogEntry> fromJsonLine(const QByteArray &line, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = pe.error != QJsonParseError::NoError ? pe.errorString() : Tr::tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    LogEntry e;
    const QDateTime t = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        *error = Tr::tr("no valid \"time\"");
        return std::nullopt;
    }
    e.timeMs = t.toMSecsSinceEpoch();
    const std::optional<LogEntry::Direction> direction =
        valueOf(Directions, o.value(QLatin1String("direction")).toString());
    if (!direction) {
        *error = Tr::tr("\"direction\" is not in, out or connection");
        return std::nullopt;
    }
    e.direction = *direction;
    e.event = o.value(QLatin1String("event")).toString();
    if (o.contains(QLatin1String("payloadBase64")))
        e.payload = QByteArray::fromBase64(o.value(QLatin1String("payloadBase64")).toString().toLatin1());
    else
        e.payload = o.value(QLatin1String("payload")).toString().toUtf8();
    if (o.value(QLatin1String("cut")).toBool() && o.value(QLatin1String("size")).toDouble() > double(e.payload.size()))
        e.fullSize = qint64(std::min(o.value(QLatin1String("size")).toDouble(), 9.0e15));
    e.eventId = o.value(QLatin1String("eventId")).toString();
    e.channel = o.value(QLatin1String("channel")).toString();
    e.message = o.value(QLatin1String("message")).toString();
    e.check = valueOf(Checks, o.value(QLatin1String("check")).toString()).value_or(LogEntry::Check::None);
    for (const QJsonValue &v : o.value(QLatin1String("errors")).toArray())
        e.errors << v.toString();
    e.status = o.value(QLatin1String("status")).toString();
    return e;
}

bool writeJsonLines(QIODevice &out, const std::vector<LogEntry> &entries)
{
    for (const LogEntry &e : entries)
        if (out.write(toJsonLine(e) + '\n') < 0)
            return false;
    return true;
}

std::vector<LogEntry> readJsonLines(QIODevice &in, QString *error, qsizetype limit, qint64 maxBytes)
{
    std::vector<LogEntry> out;
    qsizetype lineNo = 0;
    qint64 read = 0;
    constexpr qsizetype MaxLine = 64 * 1024 * 1024;
    while (!in.atEnd() && qsizetype(out.size()) < limit) {
        // In slices: readLine(max) reserves max bytes for each line.
        QByteArray line;
        bool tooLong = false;
        while (!in.atEnd()) {
            const QByteArray part = in.readLine(64 * 1024);
            if (line.size() + part.size() <= MaxLine)
                line += part;
            else
                tooLong = true; // the rest of a huge line is read past, not kept
            if (part.endsWith('\n'))
                break;
        }
        line = line.trimmed();
        ++lineNo;
        if (tooLong) {
            if (error && error->isEmpty())
                *error = Tr::tr("line %1: longer than %2 MB").arg(lineNo).arg(MaxLine / (1024 * 1024));
            continue;
        }
        read += line.size();
        if (maxBytes >= 0 && read > maxBytes) {
            if (error)
                *error = Tr::tr("line %1: the log is larger than %2 MB; the rest is not read")
                             .arg(lineNo)
                             .arg(maxBytes / (1024 * 1024));
            break;
        }
        if (line.isEmpty())
            continue;
        QString why;
        if (auto e = fromJsonLine(line, &why))
            out.push_back(std::move(*e));
        else if (error && error->isEmpty())
            *error = Tr::tr("line %1: %2").arg(lineNo).arg(why);
    }
    if (!in.atEnd() && qsizetype(out.size()) >= limit && error && error->isEmpty())
        *error = Tr::tr("only the first %1 entries are read").arg(limit);
    return out;
}

} // namespace Signalbox::Live
