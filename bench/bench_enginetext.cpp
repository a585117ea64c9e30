// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: engine texts shown in German (translatedEngineText, ui/common/enginetexttranslation.h).
// N fallout cases with distinct errors in the fallout page's case model, with the German translation
// from the build: every error cell once (a view's first paint of all rows), the same again (a
// repaint), and sorting the cases by their error through a QSortFilterProxyModel (the page's sort;
// by order id, a column shown as stored, for reference); then N distinct jeopardy reasons translated
// once each.
//   fw_bench_enginetext [--cases N] [--runs R]

#include "common/enginetexttranslation.h"
#include "engine/enginesnapshot.h"
#include "fallout/falloutcasemodel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSortFilterProxyModel>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>
#include <vector>

using namespace fw;

namespace {
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString falloutError(int i)
{
    switch (i % 4) {
    case 0:
        return QStringLiteral("HTTP 409 OUT_OF_STOCK: fatal by fallout rule 'rule-%1'").arg(i);
    case 1:
        return QStringLiteral("no answer within %1 ms (timed out: retriable by default); retries exhausted: %2 of %2 attempts made")
            .arg(i)
            .arg(i % 7 + 1);
    case 2:
        return QStringLiteral("HTTP 422 VALIDATION_FAILED %1: fatal by default").arg(i);
    default:
        return QStringLiteral("an error the catalogue does not know, number %1").arg(i);
    }
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Fallout cases and jeopardy reasons."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions (the median is printed)."), QStringLiteral("R"),
                                        QStringLiteral("5"));
    parser.addOptions({ casesOption, runsOption });
    parser.process(app);
    const int cases = parser.value(casesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTranslator german;
    if (!german.load(QStringLiteral(FW_QM_DIR "/fulfillment-workbench_de.qm"))) {
        out << "cannot load the German .qm from " FW_QM_DIR " (build fulfillment-workbench first)\n";
        return 1;
    }
    QCoreApplication::installTranslator(&german);

    EngineSnapshot snapshot;
    for (int i = 0; i < cases; ++i) {
        FalloutSummary c;
        c.id = i + 1;
        c.orderId = QStringLiteral("SO-%1").arg(i);
        c.error = falloutError(i);
        snapshot.fallout.push_back(std::move(c));
    }
    std::vector<QString> reasons;
    for (int i = 0; i < cases; ++i)
        reasons.push_back(QStringLiteral("running %1h %2m, %3% of its 4h estimate (warning at 100%, critical at 150%)")
                              .arg(i + 1)
                              .arg(i % 60, 2, 10, QLatin1Char('0'))
                              .arg(100 + i % 400));

    std::vector<double> first, again, sorted, reference, jeopardy;
    for (int run = 0; run < runs; ++run) {
        // Nothing kept from the run before: installing a translator empties the cache.
        QCoreApplication::removeTranslator(&german);
        QCoreApplication::installTranslator(&german);
        FalloutCaseModel model;
        model.setSnapshot(snapshot);
        QElapsedTimer timer;
        timer.start();
        qsizetype length = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            length += model.index(row, FalloutCaseModel::ErrorColumn).data().toString().size();
        first.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        for (int row = 0; row < model.rowCount(); ++row)
            length += model.index(row, FalloutCaseModel::ErrorColumn).data().toString().size();
        again.push_back(double(timer.nsecsElapsed()) / 1e6);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        timer.restart();
        proxy.sort(FalloutCaseModel::ErrorColumn);
        sorted.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        proxy.sort(FalloutCaseModel::OrderColumn); // the same sort on a column shown as stored
        reference.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        for (const QString& reason : reasons)
            length += translatedEngineText(reason).size();
        jeopardy.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (length == 0)
            return 2; // keeps the work from being optimised away
    }
    out << QStringLiteral("%1 fallout cases, German, median of %2 runs:\n").arg(cases).arg(runs);
    out << QStringLiteral("  every error cell once:   %1 ms\n").arg(median(first), 0, 'f', 1);
    out << QStringLiteral("  every error cell again:  %1 ms\n").arg(median(again), 0, 'f', 1);
    out << QStringLiteral("  sort by error (proxy):   %1 ms\n").arg(median(sorted), 0, 'f', 1);
    out << QStringLiteral("  sort by order (as stored, for reference): %1 ms\n").arg(median(reference), 0, 'f', 1);
    out << QStringLiteral("%1 distinct jeopardy reasons translated: %2 ms\n").arg(cases).arg(median(jeopardy), 0, 'f', 1);
    return 0;
}
