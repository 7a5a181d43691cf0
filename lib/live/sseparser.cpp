// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "sseparser.h"

#include <algorithm>
#include <utility>

namespace Signalbox::Live {

namespace {

constexpr QByteArrayView Bom("\xEF\xBB\xBF");

bool isBomPrefix(QByteArrayView bytes)
{
    return bytes.size() <= Bom.size() && Bom.first(bytes.size()) == bytes;
}

bool isAsciiDigits(QByteArrayView bytes)
{
    return !bytes.isEmpty() && std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

void SseParser::feed(QByteArrayView chunk, std::vector<SseEvent> &out)
{
    if (!m_atStreamStart) {
        feedBody(chunk, out);
        return;
    }
    // The byte order mark may itself arrive split: hold the first bytes until it is decided.
    m_line.append(chunk);
    if (m_line.size() < Bom.size() && isBomPrefix(m_line))
        return;
    m_atStreamStart = false;
    QByteArray head = std::exchange(m_line, QByteArray());
    QByteArrayView body(head);
    if (body.startsWith(Bom)) {
        m_eventBytes += Bom.size();
        body = body.sliced(Bom.size());
    }
    feedBody(body, out);
}

void SseParser::feedBody(QByteArrayView chunk, std::vector<SseEvent> &out)
{
    const qsizetype n = chunk.size();
    qsizetype i = 0;
    if (m_skipLeadingLf && n > 0) {
        m_skipLeadingLf = false;
        if (chunk[0] == '\n') {
            ++m_eventBytes;
            i = 1;
        }
    }
    while (i < n) {
        const char *begin = chunk.data() + i;
        const char *end = chunk.data() + n;
        const char *eol = std::find_if(begin, end, [](char c) { return c == '\n' || c == '\r'; });
        const QByteArrayView piece(begin, eol - begin);
        if (eol == end) {
            appendPartial(piece);
            break;
        }
        qsizetype terminator = 1;
        if (*eol == '\r') {
            if (eol + 1 == end)
                m_skipLeadingLf = true;
            else if (eol[1] == '\n')
                terminator = 2;
        }
        // The LF of a CRLF counts towards what follows, as it does when the pair is split.
        m_eventBytes += piece.size() + 1;
        if (m_overlong || m_line.size() + piece.size() > m_maxLineBytes) {
            ++m_droppedLines;
            m_overlong = false;
            m_line = QByteArray();
        } else if (m_line.isEmpty()) {
            processLine(piece, out);
        } else {
            m_line.append(piece);
            processLine(m_line, out);
            m_line.clear();
        }
        m_eventBytes += terminator - 1;
        i = (eol - chunk.data()) + terminator;
    }
}

void SseParser::appendPartial(QByteArrayView piece)
{
    m_eventBytes += piece.size();
    if (m_overlong)
        return;
    if (m_line.size() + piece.size() > m_maxLineBytes) {
        m_overlong = true;
        m_line = QByteArray(); // give the memory back now
        return;
    }
    m_line.append(piece);
}

void SseParser::processLine(QByteArrayView line, std::vector<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }
    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_overfull)
            return;
        m_dataBytes += value.size() + (m_hasData ? 1 : 0);
        if (m_dataBytes > m_maxEventBytes) {
            // Too big to keep: skip the rest of this event, count it when it ends.
            m_overfull = true;
            m_data = QString(); // give the memory back now
            m_hasData = false;
            return;
        }
        if (m_hasData)
            m_data += QLatin1Char('\n');
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "event") {
        m_eventType = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_idBuffer = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const qint64 ms = isAsciiDigits(value) ? value.toLongLong(&ok) : 0;
        if (ok)
            m_retryMs = ms;
    }
}

void SseParser::dispatch(std::vector<SseEvent> &out)
{
    m_lastEventId = m_idBuffer;
    if (m_overfull) {
        ++m_droppedEvents;
    } else if (m_hasData) {
        out.push_back(SseEvent{m_eventType.isEmpty() ? QStringLiteral("message") : m_eventType,
                               std::exchange(m_data, QString()), m_lastEventId, m_eventBytes});
    }
    m_eventType.clear();
    m_data.clear();
    m_hasData = false;
    m_overfull = false;
    m_dataBytes = 0;
    m_eventBytes = 0;
}

void SseParser::endOfStream()
{
    m_line = QByteArray();
    m_overlong = false;
    m_skipLeadingLf = false;
    m_atStreamStart = true;
    m_eventType.clear();
    m_data = QString();
    m_hasData = false;
    if (m_overfull)
        ++m_droppedEvents; // it never ended, but it was cut all the same
    m_overfull = false;
    m_dataBytes = 0;
    m_eventBytes = 0;
    m_idBuffer = m_lastEventId;
}

void SseParser::setLastEventId(const QString &id)
{
    m_lastEventId = id;
    m_idBuffer = id;
}

} // namespace Signalbox::Live
