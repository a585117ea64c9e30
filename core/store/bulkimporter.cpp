#include "bulkimporter.h"

#include "catalogchoice.h"
#include "common/clock.h"
#include "database.h"
#include "decomposition/decomposer.h"
#include "domain/order.h"
#include "io/orderinputs.h"
#include "order/orderreader.h"
#include "orderwriter.h"
#include "planning/planner.h"
#include "sqlitequery.h"
#include "storedaccountlines.h"
#include "transactionguard.h"

#include <QLocale>
#include <QSqlError>

#include <nlohmann/json.hpp>

namespace fw {

struct BulkImporter::Checked {
    Problems problems;
    bool storeFailed = false; // a read the checks needed failed
    std::shared_ptr<const Catalog> catalog;
    std::optional<Order> order;
    std::optional<OrchestrationPlan> plan;
};

namespace {
    const char* const orderExists = "SELECT 1 FROM orders WHERE id = ?";

    Problems oneProblem(const QString& label, const QString& pointer, const QString& message)
    {
        return { Problem { label, pointer, message } };
    }
} // namespace

bool BulkImportReport::storeFailed() const
{
    return std::any_of(rejected.begin(), rejected.end(), [](const ImportRejection& r) { return r.storeFailed; });
}

QString BulkImportReport::summary() const
{
    const QLocale c = QLocale::c();
    QString text = QStringLiteral("imported %1 order%2, rejected %3")
                       .arg(c.toString(qlonglong(imported.size())), imported.size() == 1 ? QString() : QStringLiteral("s"),
                            c.toString(qlonglong(rejected.size())));
    if (cancelled)
        text += QStringLiteral("; cancelled after %1 input%2%3: the orders imported stay in the store, the rest were not read")
                    .arg(c.toString(read), read == 1 ? QString() : QStringLiteral("s"),
                         total >= 0 ? QStringLiteral(" of ") + c.toString(total) : QString());
    return text;
}

BulkImporter::BulkImporter(Database& database, const Clock& clock, QString actor, QString catalogId, int groupSize)
    : m_database(database)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_catalogId(std::move(catalogId))
    , m_groupSize(std::max(1, groupSize))
{
}

BulkImporter::~BulkImporter() = default;

BulkImporter::Checked BulkImporter::check(const nlohmann::json& document, const QString& label)
{
    Checked checked;
    QSqlDatabase db = m_database.connection();
    if (!m_catalogs)
        m_catalogs = std::make_unique<CatalogChoice>(db); // on the importing thread's connection
    const CatalogLoad catalog = m_catalogs->choose(document, label, m_catalogId);
    if (!catalog.ok()) {
        checked.problems = catalog.problems;
        return checked;
    }
    OrderLoad load = OrderReader::readJson(document, label, *catalog.catalog);
    if (!load.ok()) {
        checked.problems = std::move(load.problems);
        return checked;
    }
    const Order& order = *load.order;
    SqliteQuery exists(SqliteQuery::handleOf(db), orderExists);
    exists.bind(1, order.id);
    const bool found = exists.next();
    if (!exists.error().isEmpty()) {
        checked.problems = oneProblem(label, QString(), QStringLiteral("store read failed: ") + exists.error());
        checked.storeFailed = true;
        return checked;
    }
    if (found) {
        checked.problems = oneProblem(label, QStringLiteral("/id"), QStringLiteral("order '%1' is already in the store").arg(order.id));
        return checked;
    }
    StoredAccountLines accountLines(db);
    Decomposition decomposition = Decomposer(*catalog.catalog, &accountLines).decompose(order, label);
    if (const Status looked = accountLines.status(); !looked) {
        checked.problems = oneProblem(label, QString(), QStringLiteral("store read failed: ") + looked.message());
        checked.storeFailed = true;
        return checked;
    }
    if (!decomposition.problems.empty()) {
        checked.problems = std::move(decomposition.problems);
        return checked;
    }
    PlanResult planned = Planner(*catalog.catalog).plan(order, std::move(decomposition.lines), label);
    if (!planned.plan) {
        checked.problems = std::move(planned.problems);
        return checked;
    }
    checked.catalog = catalog.catalog;
    checked.order = std::move(load.order);
    checked.plan = std::move(planned.plan);
    return checked;
}

Status BulkImporter::write(OrderWriter& writer, const Checked& order, const nlohmann::json& document)
{
    return writer.write(*order.order, *order.catalog, *order.plan, QString::fromStdString(document.dump()), m_clock.now(), m_actor);
}

ImportResult BulkImporter::importOne(const nlohmann::json& document, const QString& label)
{
    ImportResult result;
    const Checked checked = check(document, label);
    if (!checked.problems.empty()) {
        result.problems = checked.problems;
        result.storeFailed = checked.storeFailed;
        return result;
    }
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    Status written = transaction.isActive() ? Status() : failure(db.lastError().text());
    if (written) {
        OrderWriter writer(db);
        written = write(writer, checked, document);
    }
    if (!written || !transaction.commit()) {
        result.problems
            = oneProblem(label, QString(), QStringLiteral("store write failed: ") + (written ? db.lastError().text() : written.message()));
        result.storeFailed = true;
        return result;
    }
    result.id = checked.order->id;
    result.summary = QStringLiteral("order %1 imported: %2 fulfillment lines, %3 steps in %4 lanes (catalog %5 %6)")
                         .arg(checked.order->id)
                         .arg(checked.plan->lines.size())
                         .arg(checked.plan->steps.size())
                         .arg(checked.plan->lanes.size())
                         .arg(checked.catalog->id, checked.catalog->version);
    return result;
}

bool BulkImporter::importTogether(std::vector<OrderInput>& group, BulkImportReport& report, QString& why)
{
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        why = QStringLiteral("cannot begin a transaction: ") + db.lastError().text();
        return false;
    }
    OrderWriter writer(db);
    std::vector<QString> ids;
    std::vector<ImportRejection> rejected;
    for (const OrderInput& input : group) {
        if (!input.document) {
            rejected.push_back({ input.label, input.problems, false });
            continue;
        }
        Checked checked = check(*input.document, input.label);
        if (checked.storeFailed) {
            why = problemsText(checked.problems);
            return false;
        }
        if (!checked.problems.empty()) {
            rejected.push_back({ input.label, std::move(checked.problems), false });
            continue;
        }
        if (const Status written = write(writer, checked, *input.document); !written) {
            why = QStringLiteral("%1 (order %2): %3").arg(input.label, checked.order->id, written.message());
            return false;
        }
        ids.push_back(checked.order->id);
    }
    if (!transaction.commit()) {
        why = QStringLiteral("commit failed: ") + db.lastError().text();
        return false;
    }
    report.imported.insert(report.imported.end(), std::make_move_iterator(ids.begin()), std::make_move_iterator(ids.end()));
    report.rejected.insert(report.rejected.end(), std::make_move_iterator(rejected.begin()), std::make_move_iterator(rejected.end()));
    return true;
}

void BulkImporter::importGroup(std::vector<OrderInput>& group, BulkImportReport& report)
{
    QString why;
    if (importTogether(group, report, why))
        return;
    // The group's transaction is rolled back whole: import its orders one transaction each, so only
    // the orders that cannot be written are left out, each with its reason.
    const int first = report.read - int(group.size()) + 1;
    report.notes << QStringLiteral("the group of inputs %1-%2 could not be written together (%3); it was rolled back and its "
                                   "orders imported one transaction each")
                        .arg(first)
                        .arg(report.read)
                        .arg(why);
    for (const OrderInput& input : group) {
        if (!input.document) {
            report.rejected.push_back({ input.label, input.problems, false });
            continue;
        }
        ImportResult result = importOne(*input.document, input.label);
        if (result.ok())
            report.imported.push_back(result.id);
        else
            report.rejected.push_back({ input.label, std::move(result.problems), result.storeFailed });
    }
}

BulkImportReport BulkImporter::run(OrderInputs& inputs, const BulkImportControl& control)
{
    BulkImportReport report;
    report.total = inputs.knownCount();
    std::vector<OrderInput> group;
    group.reserve(std::size_t(m_groupSize));
    for (;;) {
        group.clear();
        while (int(group.size()) < m_groupSize) {
            std::optional<OrderInput> input = inputs.next();
            if (!input)
                break;
            group.push_back(std::move(*input));
        }
        if (group.empty())
            break;
        if (control.cancelRequested && control.cancelRequested()) {
            report.cancelled = true;
            break;
        }
        report.read += int(group.size());
        const std::size_t before = report.imported.size();
        importGroup(group, report);
        if (control.committed && report.imported.size() > before)
            control.committed(std::vector<QString>(report.imported.begin() + std::ptrdiff_t(before), report.imported.end()));
        if (control.progress)
            control.progress(report);
    }
    return report;
}

} // namespace fw
