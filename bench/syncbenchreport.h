// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Output of the sync benchmark (bench_sync.cpp): each figure printed as it is measured and kept for
// the final table, and the CPU a measure took in this process and in the PostgreSQL server.

#include "common/result.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>
#include <type_traits>
#include <variant>
#include <vector>

namespace fw::bench {

QTextStream& out();
[[noreturn]] void die(const QString& message); // prints "fw_bench_sync: MESSAGE" and exits 1
void need(const std::optional<QString>& error); // dies on an error
void need(const Status& status); // dies on an error
template <typename T, typename Variant> T need(Variant&& result) // the value, or dies on the error
{
    if constexpr (std::is_same_v<std::decay_t<Variant>, Result<T>>) {
        if (!result)
            die(result.message());
        return std::forward<Variant>(result).value();
    } else {
        if (const auto* error = std::get_if<QString>(&result))
            die(*error);
        return std::get<T>(std::forward<Variant>(result));
    }
}

QString grouped(double value, int decimals = 0); // 1,234,567.8
double secondsOf(const QElapsedTimer& timer);
qint64 nowNs(); // steady clock
QString loadAverage(); // the 1, 5 and 15 minute load averages

// CPU seconds used by this process and by the PostgreSQL server when it runs on this machine (the
// postmaster, its live children and those it has reaped, from /proc). On a shared machine wall time
// varies with the load; the CPU a measure takes varies much less.
struct Cpu {
    double client = 0;
    double server = -1; // unknown: the server runs elsewhere
    Cpu operator-(const Cpu& other) const { return { client - other.client, server < 0 ? -1 : server - other.server }; }
    Cpu& operator+=(const Cpu& other)
    {
        client += other.client;
        server = server < 0 || other.server < 0 ? -1 : server + other.server;
        return *this;
    }
};

class CpuMeter {
public:
    void watchServer(qint64 backendPid) { m_postmaster = statOf(backendPid).value(1, -1); }
    Cpu now() const;

private:
    // The numeric fields of /proc/PID/stat after the command name: [1] parent, [11] utime, [12] stime,
    // [13] cutime, [14] cstime (clock ticks).
    static QList<qint64> statOf(qint64 pid);

    qint64 m_postmaster = -1;
};

extern CpuMeter cpuMeter;
QString cpuText(const Cpu& cpu);

// One line of the final table; printed as soon as it is measured, too.
struct Figure {
    QString what;
    qint64 count = 0;
    double seconds = 0;
    QString unit;
    QString note;
    std::optional<Cpu> cpu;
};

extern std::vector<Figure> figures; // what printTable() lists
void report(Figure figure); // prints it and keeps it for printTable()
void printTable(); // every figure reported, as a Markdown table

} // namespace fw::bench
