// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: the Orders view's queries (OrderBrowser) on a store of N orders (default 1,000,000).
//   fw_bench_orders [--orders N] [--keep PATH] [--reuse PATH] [--terms-only]
// First the view's work per keystroke (count and first page) for a varied set of search terms
// (wall and CPU time).
// The store is generated with SQL (a recursive CTE), not imported: realistic ids (SO-0000001…),
// 20,000 accounts ("Initech Fiber 17"), 12 products (1-3 lines per order), states 70% completed,
// 15% in progress, 5% pending, 5% cancelled, 5% fallout (on hold, with an open fallout case),
// created one a minute over ~2 years, due 14 days later, 3 steps per order in the lanes network,
// shipping and billing (unfinished ones for orders not completed), open tasks for 1% of the orders.
// The search terms are built in one pass afterwards (the migration's statement) instead of by the
// per-line trigger, which would cost minutes; the count triggers stay live. --keep keeps the store
// (open it with `fulfillment-workbench --db PATH`), --reuse measures an existing one.

#include "store/database.h"
#include "store/operationsreader.h"
#include "store/orderbrowser.h"
#include "store/ordercsvwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace fw;

namespace {

QTextStream out(stdout);

bool exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        out << "failed: " << sql.left(90) << ": " << query.lastError().text() << Qt::endl;
        return false;
    }
    return true;
}

bool generate(QSqlDatabase db, int n)
{
    const QString series = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) ");
    const QStringList statements {
        QStringLiteral("DROP TRIGGER order_search_insert"),
        QStringLiteral("DROP TRIGGER order_search_line"),
        QStringLiteral("CREATE TEMP TABLE words (k INTEGER PRIMARY KEY, w TEXT)"),
        QStringLiteral("INSERT INTO words VALUES (0,'Acme'),(1,'Globex'),(2,'Initech'),(3,'Umbrella'),(4,'Hooli'),(5,'Stark'),"
                       "(6,'Wayne'),(7,'Wonka'),(8,'Tyrell'),(9,'Northwind')"),
        QStringLiteral("CREATE TEMP TABLE kinds (k INTEGER PRIMARY KEY, w TEXT)"),
        QStringLiteral("INSERT INTO kinds VALUES (0,'Fiber'),(1,'Telecom'),(2,'Networks'),(3,'Logistics'),(4,'Holdings'),"
                       "(5,'Retail'),(6,'Health'),(7,'Energy')"),
        QStringLiteral("CREATE TEMP TABLE products (k INTEGER PRIMARY KEY, w TEXT)"),
        QStringLiteral("INSERT INTO products VALUES (0,'fiber-1g'),(1,'fiber-10g'),(2,'router-ax'),(3,'router-pro'),(4,'iptv-box'),"
                       "(5,'voip-line'),(6,'static-ip'),(7,'mesh-node'),(8,'sim-5g'),(9,'backup-lte'),(10,'firewall'),(11,'tech-visit')"),
    };
    for (const QString& statement : statements) {
        if (!exec(db, statement))
            return false;
    }
    const QString state = QStringLiteral("CASE WHEN i % 20 < 14 THEN 'completed' WHEN i % 20 < 17 THEN 'in-progress' "
                                         "WHEN i % 20 = 17 THEN 'pending' WHEN i % 20 = 18 THEN 'cancelled' ELSE 'fallout' END");
    const QString created = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', '2023-01-01', '+' || i || ' minutes')");
    QElapsedTimer timer;
    timer.start();
    if (!exec(db,
              series
                  + QStringLiteral("INSERT INTO orders (id, catalog_id, catalog_version, account_id, account_name, state, "
                                   "requested_date, ordered_at, document, created_at, updated_at, on_hold) "
                                   "SELECT printf('SO-%07d', i), 'telecom-fiber', '1', 'ACC-' || (i * 7919 % 20000), "
                                   "(SELECT w FROM words WHERE k = (i * 7919 % 20000) % 10) || ' ' || "
                                   "(SELECT w FROM kinds WHERE k = (i * 7919 % 20000) / 10 % 8) || ' ' || ((i * 7919 % 20000) / 80 + 1), ")
                  + state + QStringLiteral(", date('2023-01-01', '+' || (i / 1440 + 14) || ' days'), ") + created
                  + QStringLiteral(", '{}', ") + created
                  + QStringLiteral(", strftime('%Y-%m-%dT%H:%M:%fZ', '2023-01-01', '+' || (i + 600) || ' minutes'), "
                                   "i % 20 = 19 FROM n"),
              { n }))
        return false;
    out << "  orders: " << timer.restart() << " ms" << Qt::endl;
    if (!exec(db,
              series
                  + QStringLiteral("INSERT INTO fulfillment_lines (order_id, id, product, scope, owner_order, account_id, "
                                   "source_items, rules, quantity, attributes) "
                                   "SELECT printf('SO-%07d', i), 'L' || l.k, (SELECT w FROM products WHERE k = (i + l.k * 5) % 12), "
                                   "'order', printf('SO-%07d', i), 'ACC', '[]', '[]', 1, '{}' FROM n JOIN "
                                   "(SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) l ON l.k <= i % 3"),
              { n }))
        return false;
    out << "  lines: " << timer.restart() << " ms" << Qt::endl;
    if (!exec(db,
              series
                  + QStringLiteral("INSERT INTO steps (order_id, seq, id, name, type, scope, lane, plan_definition, step_key, "
                                   "lines, depends_on, depth, estimated_seconds, point_of_no_return, state, updated_at) "
                                   "SELECT printf('SO-%07d', i), s.k, 's' || s.k, s.lane || ' work', 'callout', 'order', s.lane, "
                                   "'pd', 'k' || s.k, '[]', '[]', s.k, 60, 0, "
                                   "CASE WHEN i % 20 < 14 OR s.k < (i % 3) THEN 'completed' WHEN i % 20 = 18 THEN 'cancelled' "
                                   "WHEN i % 20 = 19 AND s.k = i % 3 THEN 'fallout' ELSE 'pending' END, '2023-01-01T00:00:00.000Z' "
                                   "FROM n JOIN (SELECT 0 AS k, 'network' AS lane UNION ALL SELECT 1, 'shipping' "
                                   "UNION ALL SELECT 2, 'billing') s"),
              { n }))
        return false;
    out << "  steps: " << timer.restart() << " ms" << Qt::endl;
    if (!exec(db,
              series
                  + QStringLiteral("INSERT INTO fallout_cases (order_id, step_id, queue, state, classification, error, attempts, "
                                   "opened_at) SELECT printf('SO-%07d', i), 's' || (i % 3), 'network-fallout', "
                                   "CASE WHEN i % 400 = 19 THEN 'open' ELSE 'resolved' END, 'fatal', 'HTTP 422', 1, "
                                   "'2023-01-01T00:00:00.000Z' FROM n WHERE i % 20 = 19"),
              { n })
        || !exec(db,
                 series
                     + QStringLiteral("INSERT INTO tasks (order_id, step_id, queue, state, created_at, updated_at) "
                                      "SELECT printf('SO-%07d', i), 's1', 'field-dispatch', 'open', 'x', 'x' FROM n "
                                      "WHERE i % 100 = 15"),
                 { n }))
        return false;
    // The search terms in one pass (what migrations 8 and 20 do for an existing store), then the triggers back.
    if (!exec(db, QStringLiteral("DELETE FROM order_search"))
        || !exec(db,
                 QStringLiteral("INSERT INTO order_search (rowid, terms) SELECT o.rowid, lower(o.id || ' ' || o.account_name || "
                                "COALESCE((SELECT ' ' || group_concat(DISTINCT l.product) FROM fulfillment_lines l "
                                "WHERE l.order_id = o.id), '')) || '  ' FROM orders o"))
        || !exec(db,
                 QStringLiteral(
                     "CREATE TRIGGER order_search_insert AFTER INSERT ON orders BEGIN "
                     "INSERT INTO order_search (rowid, terms) VALUES (NEW.rowid, lower(NEW.id || ' ' || NEW.account_name) || '  '); END"))
        || !exec(
            db,
            QStringLiteral("CREATE TRIGGER order_search_line AFTER INSERT ON fulfillment_lines BEGIN "
                           "UPDATE order_search SET terms = rtrim(terms, ' ') || ' ' || lower(NEW.product) || '  ' "
                           "WHERE rowid = (SELECT rowid FROM orders WHERE id = NEW.order_id) AND instr(terms, lower(NEW.product)) = 0; "
                           "END")))
        return false;
    out << "  fallout, tasks, search terms: " << timer.restart() << " ms" << Qt::endl;
    return exec(db, QStringLiteral("ANALYZE"));
}

// CPU time of this thread (the machine may be shared: wall time then includes waiting for a core).
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Runs `work` `runs` times; prints the first and the median time and the rows it reported.
void measure(const QString& name, const std::function<qint64()>& work, int runs = 5)
{
    std::vector<double> times;
    qint64 rows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        rows = work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double first = times.front();
    std::sort(times.begin(), times.end());
    out << qSetFieldWidth(44) << Qt::left << name << qSetFieldWidth(0)
        << QStringLiteral("first %1 ms  median %2 ms  rows %3").arg(first, 7, 'f', 1).arg(times[times.size() / 2], 7, 'f', 1).arg(rows)
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Orders."), QStringLiteral("N"),
                                          QStringLiteral("1000000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the store at PATH."), QStringLiteral("PATH"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"), QStringLiteral("Measure the store at PATH."), QStringLiteral("PATH"));
    const QCommandLineOption termsOnlyOption(QStringLiteral("terms-only"), QStringLiteral("Measure the search terms only."));
    parser.addOptions({ ordersOption, keepOption, reuseOption, termsOnlyOption });
    parser.process(app);
    const int orders = parser.value(ordersOption).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(reuseOption) ? parser.value(reuseOption)
        : parser.isSet(keepOption)                 ? parser.value(keepOption)
                                                   : dir.filePath(QStringLiteral("orders.db"));
    if (!parser.isSet(reuseOption))
        QFile::remove(path);
    Database database(path);
    if (const Status opened = database.openStore(); !opened) {
        out << opened.message() << Qt::endl;
        return 1;
    }
    QSqlDatabase db = database.connection();
    if (!parser.isSet(reuseOption)) {
        out << "generating " << orders << " orders in " << path << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        if (!db.transaction() || !generate(db, orders) || !db.commit())
            return 1;
        out << "store ready in " << timer.elapsed() << " ms, " << QFileInfo(path).size() / (1024 * 1024) << " MB" << Qt::endl;
    }
    const OrderBrowser browser(db);
    const auto pageOf = [&](const OrderQuery& q, qint64 offset) { return qint64(browser.page(q, offset, 200).valueOr({}).size()); };
    const auto typed = [&](const QString& text) {
        return [&, text] {
            OrderQuery q;
            q.search = text;
            const OrderBrowser keystroke(db); // fresh per run: nothing of the previous run's lookup kept
            const qint64 n = keystroke.count(q, 10000).valueOr(-1); // what the view asks: up to 10,000
            (void)keystroke.page(q, 0, 200); // timed, not shown
            return n;
        };
    };
    // What the view does per keystroke: the count (up to OrderTableModel::countLimit, shown as
    // "10,000+") and the first page, for terms of every kind. Median of 5 runs, and the slowest.
    out << qSetFieldWidth(24) << Qt::left << "term" << qSetFieldWidth(0)
        << "  count ms   page ms  total ms   max ms    cpu ms  shown      first row" << Qt::endl;
    const QStringList terms { QStringLiteral("so-0500123"),
                              QStringLiteral("so-05001"),
                              QStringLiteral("0500"),
                              QStringLiteral("initech"),
                              QStringLiteral("ini"),
                              QStringLiteral("tyrell energy"),
                              QStringLiteral("tyrell"),
                              QStringLiteral("router-pro"),
                              QStringLiteral("iptv"),
                              QStringLiteral("fiber-10g"),
                              QStringLiteral("umbrella logistics 7"),
                              QStringLiteral("tyrell energy 7"),
                              QStringLiteral("7"),
                              QStringLiteral("s"),
                              QStringLiteral("e"),
                              QStringLiteral("42"),
                              QStringLiteral("99"),
                              QStringLiteral("so-099"),
                              QStringLiteral("q"),
                              QStringLiteral("zx"),
                              QStringLiteral("nothing-here"),
                              QStringLiteral("so-9999999"),
                              QStringLiteral("ini zx") };
    const int countLimit = 10000; // OrderTableModel::countLimit
    for (const QString& term : terms) {
        OrderQuery q;
        q.search = term;
        std::vector<double> counts, pages, totals, cpus;
        qint64 shown = 0;
        QString first;
        for (int run = 0; run < 5; ++run) {
            const OrderBrowser keystroke(db); // as OrderQueryWorker::query: one browser for count and page
            QElapsedTimer timer;
            const double cpuStart = threadCpuMs();
            timer.start();
            const Result<qint64> n = keystroke.count(q, countLimit);
            shown = n.valueOr(-1);
            if (!n)
                out << "  count failed: " << n.message() << Qt::endl;
            const double counted = double(timer.nsecsElapsed()) / 1e6;
            const auto rows = keystroke.page(q, 0, 200).valueOr({});
            const double total = double(timer.nsecsElapsed()) / 1e6;
            cpus.push_back(threadCpuMs() - cpuStart);
            first = rows.empty() ? QStringLiteral("-") : rows.front().id;
            counts.push_back(counted);
            pages.push_back(total - counted);
            totals.push_back(total);
        }
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        const QString shownText = shown >= countLimit ? QStringLiteral("%1+").arg(countLimit) : QString::number(shown);
        out << qSetFieldWidth(24) << Qt::left << (QLatin1Char('\'') + term + QLatin1Char('\'')) << qSetFieldWidth(0)
            << QStringLiteral("%1 %2 %3 %4 %5  %6 %7")
                   .arg(median(counts), 9, 'f', 1)
                   .arg(median(pages), 9, 'f', 1)
                   .arg(median(totals), 9, 'f', 1)
                   .arg(*std::max_element(totals.begin(), totals.end()), 8, 'f', 1)
                   .arg(median(cpus), 9, 'f', 1)
                   .arg(shownText, -10)
                   .arg(first)
            << Qt::endl;
    }
    if (parser.isSet(termsOnlyOption))
        return 0;

    measure(QStringLiteral("count, all orders"), [&] { return browser.count({}).valueOr(-1); });
    measure(QStringLiteral("first page (200 rows)"), [&] { return pageOf({}, 0); });
    measure(QStringLiteral("search '7' (count + first page)"), typed(QStringLiteral("7")));
    measure(QStringLiteral("search 'ini' (count + first page)"), typed(QStringLiteral("ini")));
    measure(QStringLiteral("search 'tyrell' (count + first page)"), typed(QStringLiteral("tyrell")));
    measure(QStringLiteral("search 'so-0500' (count + first page)"), typed(QStringLiteral("so-0500")));
    measure(QStringLiteral("search 'router-pro' (count + first page)"), typed(QStringLiteral("router-pro")));
    measure(QStringLiteral("search 'tyrell energy 7' (count + page)"), typed(QStringLiteral("tyrell energy 7")));
    // Scrolling a search with more than 10,000 matches to its last page (9,800): by offset from a
    // fresh browser, and page after page on one browser (each from the previous page's last row).
    OrderQuery scrolled;
    scrolled.search = QStringLiteral("tyrell energy");
    measure(
        QStringLiteral("'tyrell energy' page 50 by offset"),
        [&] { return qint64(OrderBrowser(db).page(scrolled, 9800, 200).valueOr({}).size()); }, 3);
    measure(
        QStringLiteral("'tyrell energy' pages 2-50 read on (sum)"),
        [&] {
            const OrderBrowser reader(db);
            (void)reader.count(scrolled, 10000); // as the view: count, then pages
            qint64 rows = qint64(reader.page(scrolled, 0, 200).valueOr({}).size());
            for (int page = 1; page < 50; ++page)
                rows += qint64(reader.page(scrolled, page * 200, 200).valueOr({}).size());
            return rows;
        },
        3);
    OrderQuery fallout;
    fallout.state = QStringLiteral("fallout");
    measure(QStringLiteral("state filter fallout (count + page)"), [&] {
        pageOf(fallout, 0);
        return browser.count(fallout).valueOr(-1);
    });
    OrderQuery lane;
    lane.lane = QStringLiteral("shipping");
    measure(QStringLiteral("lane filter shipping (count + page)"), [&] {
        pageOf(lane, 0);
        return browser.count(lane, 10000).valueOr(-1);
    });
    measure(
        QStringLiteral("lane filter shipping, exact count"), [&] { return browser.count(lane).valueOr(-1); }, 1);
    OrderQuery common;
    common.search = QStringLiteral("ini");
    measure(
        QStringLiteral("search 'ini', exact count (export-size)"), [&] { return browser.count(common).valueOr(-1); }, 1);
    OrderQuery byAccount;
    byAccount.sort = OrderQuery::Sort::Account;
    byAccount.descending = false;
    measure(QStringLiteral("sort by account (first page)"), [&] { return pageOf(byAccount, 0); });
    OrderQuery byState;
    byState.sort = OrderQuery::Sort::State;
    measure(QStringLiteral("sort by state (first page)"), [&] { return pageOf(byState, 0); });
    measure(QStringLiteral("jump to row 500,000 (page)"), [&] { return pageOf({}, orders / 2); });
    measure(QStringLiteral("jump to row 500,000 by account"), [&] { return pageOf(byAccount, orders / 2); });
    fallout.search = QStringLiteral("tyrell");
    measure(QStringLiteral("fallout + 'tyrell' (count + page)"), [&] {
        pageOf(fallout, 0);
        return browser.count(fallout, 10000).valueOr(-1);
    });
    fallout.search.clear();

    // One engine tick: 50 orders change (journalled), then the snapshot's order part is read.
    const OperationsReader reader(db);
    qint64 since = reader.journalPosition().valueOr(0);
    measure(QStringLiteral("tick: counts + 50 changed orders"), [&] {
        db.transaction();
        for (int i = 0; i < 50; ++i)
            exec(
                db,
                QStringLiteral("INSERT INTO journal (at, order_id, kind, actor) VALUES ('x', printf('SO-%07d', ?), 'step.state', 'bench')"),
                { 1 + (i * 104729) % orders });
        db.commit();
        const OrderCounts counts = browser.counts().valueOr({});
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT seq, order_id FROM journal WHERE seq > ? ORDER BY seq"));
        q.addBindValue(since);
        q.exec();
        QStringList ids;
        while (q.next()) {
            since = q.value(0).toLongLong();
            ids << q.value(1).toString();
        }
        return qint64(browser.orders(ids).valueOr({}).size()) + 0 * counts.total;
    });
    measure(
        QStringLiteral("tick: whole snapshot (task counts, fallout too)"),
        [&] { return reader.snapshot(since).valueOr(EngineSnapshot {}).taskCounts.total(); }, 3);

    OrderQuery exported;
    exported.search = QStringLiteral("tyrell energy"); // 1 account in 80: 12,500 of 1,000,000
    measure(
        QStringLiteral("CSV export 'tyrell energy'"),
        [&] {
            QFile file(dir.filePath(QStringLiteral("export.csv")));
            file.open(QIODevice::WriteOnly);
            return OrderCsvWriter(db).write(exported, file).valueOr({}).rows;
        },
        3);
    return 0;
}
