#pragma once

#include <QDateTime>

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

// A clock that only moves when told to (tests, `fwctl run --simulated-clock`).
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) { }
    QDateTime now() const override { return m_now; }
    void advance(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }
    void set(const QDateTime& now) { m_now = now; }

private:
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

} // namespace fw
