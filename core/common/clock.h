// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QMutex>
#include <QStringView>
#include <QTimeZone>

namespace fw {

// Time goes through a clock so SLA, retry and journal tests run in simulated time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to (tests, `fwctl run --simulated-clock`). Thread-safe: a test
// moves it on its own thread while the engine reads it on the engine's (EngineService).
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advance(qint64 milliseconds)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(milliseconds);
    }
    void set(const QDateTime& now)
    {
        QMutexLocker lock(&m_mutex);
        m_now = now;
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

// The store's time format: ISO 8601 UTC with milliseconds, sortable as text. The engine formats
// the same instant many times in a row, so the last result is remembered (per thread).
inline QString toStoreTime(const QDateTime& time)
{
    thread_local QDateTime lastTime;
    thread_local QString lastText;
    if (time != lastTime || lastText.isEmpty()) {
        lastTime = time;
        lastText = time.toUTC().toString(Qt::ISODateWithMs);
    }
    return lastText;
}

// Reads the store's time format back ("2026-11-25T07:18:28.123Z"), fast: timelines parse tens of
// thousands at once. Anything else falls back to Qt's ISO parser; invalid text gives an invalid time.
inline QDateTime fromStoreTimeText(QStringView text)
{
    const auto digits = [&text](qsizetype at, qsizetype count) {
        int value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + int(c - u'0');
        }
        return value;
    };
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':' && text[16] == u':'
        && text[19] == u'.' && text[23] == u'Z') {
        const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
        const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2), milli = digits(20, 3);
        if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && milli >= 0)
            return QDateTime(QDate(year, month, day), QTime(hour, minute, second, milli), QTimeZone::utc());
    }
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

} // namespace fw
