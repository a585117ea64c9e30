// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Output of the sync benchmark: lines as they are measured, CPU used by client and server, the
// final table (bench_sync.cpp).
#include "syncbenchreport.h"

#include <QDir>
#include <QFile>
#include <QLocale>

#include <chrono>

#include <sys/resource.h>
#include <unistd.h>

namespace fw::bench {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString& message)
{
    out() << "fw_bench_sync: " << message << Qt::endl;
    std::exit(1);
}

void need(const std::optional<QString>& error)
{
    if (error)
        die(*error);
}

void need(const Status& status)
{
    if (!status)
        die(status.message());
}

QString grouped(double value, int decimals)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}
double secondsOf(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}
qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("?");
}

Cpu CpuMeter::now() const
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    Cpu cpu { double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6 };
    if (m_postmaster <= 0)
        return cpu;
    const QList<qint64> postmaster = statOf(m_postmaster);
    if (postmaster.size() < 15)
        return cpu;
    qint64 ticks = postmaster[11] + postmaster[12] + postmaster[13] + postmaster[14];
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == m_postmaster)
            continue;
        const QList<qint64> child = statOf(pid);
        if (child.size() >= 13 && child[1] == m_postmaster)
            ticks += child[11] + child[12];
    }
    cpu.server = double(ticks) / double(sysconf(_SC_CLK_TCK));
    return cpu;
}

QList<qint64> CpuMeter::statOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    QList<qint64> fields;
    for (const QByteArray& field : text.mid(text.lastIndexOf(')') + 2).split(' '))
        fields << field.toLongLong();
    return fields;
}

CpuMeter cpuMeter;

QString cpuText(const Cpu& cpu)
{
    return grouped(cpu.client, 2) + QStringLiteral(" + ") + (cpu.server < 0 ? QStringLiteral("?") : grouped(cpu.server, 2));
}

std::vector<Figure> figures;

void report(Figure figure)
{
    out() << "  " << figure.what << ": " << grouped(double(figure.count)) << ' ' << figure.unit << " in " << grouped(figure.seconds, 2)
          << " s = " << grouped(double(figure.count) / figure.seconds) << ' ' << figure.unit << "/s"
          << (figure.note.isEmpty() ? QString() : QStringLiteral(" (") + figure.note + QLatin1Char(')'))
          << (figure.cpu ? QStringLiteral(", CPU client + server ") + cpuText(*figure.cpu) + QStringLiteral(" s") : QString()) << Qt::endl;
    figures.push_back(std::move(figure));
}

void printTable()
{
    out() << "\n| measure | count | s | rate | CPU s, client + server |\n|---|---|---|---|---|\n";
    for (const Figure& f : figures) {
        const QString rate
            = f.seconds > 0 ? grouped(double(f.count) / f.seconds) + QLatin1Char(' ') + f.unit + QStringLiteral("/s") : f.note;
        out() << "| " << f.what << (f.seconds > 0 && !f.note.isEmpty() ? QStringLiteral(" (") + f.note + QLatin1Char(')') : QString())
              << " | " << grouped(double(f.count)) << " | " << (f.seconds > 0 ? grouped(f.seconds, 2) : QStringLiteral("-")) << " | "
              << rate << " | " << (f.cpu ? cpuText(*f.cpu) : QStringLiteral("-")) << " |\n";
    }
    out().flush();
}

} // namespace fw::bench
