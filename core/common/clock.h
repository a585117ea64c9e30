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

// The store's time format: ISO 8601 UTC with milliseconds, sortable as text.
inline QString toStoreTime(const QDateTime& time) { return time.toUTC().toString(Qt::ISODateWithMs); }

} // namespace fw
