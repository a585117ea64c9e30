// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bulkimporter.h"
#include "storeassetlookup.h"
#include "openassetorders.h"

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

#include <QHash>
#include <QLocale>
#include <QPair>
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

// What an order's checks know beyond the store while its group is not written yet: the ids and the
// account lines of the orders accepted before it in the group (then the store's; a rejected order's
// lines are forgotten), and the statement that asks the store for an id, prepared once per group.
class BulkImporter::Group final : public AccountLineRegistry {
public:
    explicit Group(const QSqlDatabase& database)
        : m_stored(database)
        , m_exists(SqliteQuery::handleOf(database), "SELECT 1 FROM orders WHERE id = ?")
        , m_openAssetOrders(database)
    {
    }
    // Whether order `id` is in the store, or the store's error.
    Result<bool> stored(const QString& id)
    {
        m_exists.reset();
        m_exists.bind(1, id);
        const bool found = m_exists.next();
        if (!m_exists.error().isEmpty())
            return failure(m_exists.error());
        m_exists.reset();
        return found;
    }
    QString ownerOf(const QString& accountId, const QString& product) const override
    {
        const auto key = qMakePair(accountId, product);
        if (const auto it = m_pending.constFind(key); it != m_pending.constEnd())
            return *it;
        if (const auto it = m_accepted.constFind(key); it != m_accepted.constEnd())
            return *it;
        return m_stored.ownerOf(accountId, product);
    }
    void remember(const QString& accountId, const QString& product, const QString& ownerOrder) override
    {
        m_pending.insert(qMakePair(accountId, product), ownerOrder);
    }
    Status status() const { return m_stored.status(); }
    void accept(const QString& orderId, const QString& label)
    {
        m_accepted.insert(m_pending);
        m_pending.clear();
        m_ids.insert(orderId, label);
    }
    void forget() { m_pending.clear(); }
    // The input that holds order `id` in this group, empty when none does.
    QString labelOf(const QString& id) const { return m_ids.value(id); }
    // One open order per asset: the open order, in the store or accepted before in this group, that
    // the order's item acting on an asset waits for; nullopt when none.
    Result<std::optional<OpenAssetOrder>> assetInTheWay(const OrderItem& item)
    {
        return m_openAssetOrders.inTheWay(item.assetRef, item.action);
    }
    // The accepted order's items acting on assets are in the way of the group's later orders.
    Status claimAssets(const Order& order)
    {
        for (const OrderItem& item : order.items) {
            if (item.actsOnAsset()) {
                if (Status claimed = m_openAssetOrders.claim(order.id, item.assetRef, item.action); !claimed)
                    return claimed;
            }
        }
        return {};
    }

private:
    StoredAccountLines m_stored;
    QHash<QPair<QString, QString>, QString> m_pending; // the order being checked
    QHash<QPair<QString, QString>, QString> m_accepted;
    QHash<QString, QString> m_ids; // accepted order id -> its input
    SqliteQuery m_exists;
    OpenAssetOrders m_openAssetOrders; // and the claims of the orders accepted in this group
};

namespace {
    constexpr int importCacheKiB = 64 * 1024;

    Problems oneProblem(const QString& label, const QString& pointer, const QString& message)
    {
        return { Problem { label, pointer, message } };
    }

    // Sets a connection pragma (not a schema or durability setting) while it lives, then puts the
    // former value back.
    class ConnectionPragma {
    public:
        ConnectionPragma(const QSqlDatabase& database, const char* name, qint64 value)
            : m_handle(SqliteQuery::handleOf(database))
            , m_name(name)
        {
            {
                SqliteQuery current(m_handle, "PRAGMA " + m_name); // finalized before the change
                if (current.next())
                    m_former = current.integer(0);
            }
            set(value);
        }
        ~ConnectionPragma()
        {
            if (m_former)
                set(*m_former);
        }
        ConnectionPragma(const ConnectionPragma&) = delete;
        ConnectionPragma& operator=(const ConnectionPragma&) = delete;

    private:
        void set(qint64 value)
        {
            SqliteQuery pragma(m_handle, "PRAGMA " + m_name + " = " + std::to_string(value));
            static_cast<void>(pragma.run()); // only slower without it (e.g. while a read is open)
        }
        sqlite3* m_handle;
        std::string m_name;
        std::optional<qint64> m_former;
    };

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

BulkImporter::Checked BulkImporter::check(const nlohmann::json& document, const QString& label, Group* group)
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
    if (const QString first = group ? group->labelOf(order.id) : QString(); !first.isEmpty()) {
        checked.problems = oneProblem(label, QStringLiteral("/id"),
                                      QStringLiteral("order '%1' comes twice in this import: %2 has it already").arg(order.id, first));
        return checked;
    }
    std::optional<Group> alone;
    if (!group)
        group = &alone.emplace(db);
    const Result<bool> found = group->stored(order.id);
    if (!found) {
        checked.problems = oneProblem(label, QString(), QStringLiteral("store read failed: ") + found.message());
        checked.storeFailed = true;
        return checked;
    }
    if (*found) {
        checked.problems = oneProblem(label, QStringLiteral("/id"), QStringLiteral("order '%1' is already in the store").arg(order.id));
        return checked;
    }
    Group& accountLines = *group;
    accountLines.forget();
    StoreAssetLookup assets(db);
    Decomposition decomposition = Decomposer(*catalog.catalog, &accountLines, assets.lookup()).decompose(order, label);
    for (const Status& looked : { accountLines.status(), assets.status() }) {
        if (!looked) {
            checked.problems = oneProblem(label, QString(), QStringLiteral("store read failed: ") + looked.message());
            checked.storeFailed = true;
            return checked;
        }
    }
    if (!decomposition.problems.empty()) {
        checked.problems = std::move(decomposition.problems);
        return checked;
    }
    PlanResult planned = Planner(*catalog.catalog, assets.lookup()).plan(order, std::move(decomposition.lines), label);
    if (!planned.plan) {
        checked.problems = std::move(planned.problems);
        return checked;
    }
    for (std::size_t i = 0; i < order.items.size(); ++i) { // one open order per asset (docs/assets.md)
        if (!order.items[i].actsOnAsset())
            continue;
        const auto other = group->assetInTheWay(order.items[i]);
        if (!other) {
            checked.problems = oneProblem(label, QString(), QStringLiteral("store read failed: ") + other.message());
            checked.storeFailed = true;
            return checked;
        }
        if (*other)
            checked.problems.push_back(
                { label, QStringLiteral("/items/%1/assetRef").arg(i), OpenAssetOrders::reason(order.items[i].assetRef, **other) });
    }
    if (!checked.problems.empty())
        return checked;
    checked.catalog = catalog.catalog;
    checked.order = std::move(load.order);
    checked.plan = std::move(planned.plan);
    return checked;
}

void BulkImporter::add(OrderWriter& writer, const Checked& order, const nlohmann::json& document)
{
    writer.add(*order.order, *order.catalog, *order.plan, QString::fromStdString(document.dump()), m_clock.now(), m_actor);
}

ImportResult BulkImporter::importOne(const nlohmann::json& document, const QString& label)
{
    ImportResult result;
    const Checked checked = check(document, label, nullptr);
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
        add(writer, checked, document);
        written = writer.flush();
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

Status BulkImporter::importTogether(std::vector<OrderInput>& group, BulkImportReport& report)
{
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction: ") + db.lastError().text());
    OrderWriter writer(db);
    Group checks(db);
    std::vector<QString> ids;
    std::vector<ImportRejection> rejected;
    for (const OrderInput& input : group) {
        if (!input.document) {
            rejected.push_back({ input.label, input.problems, false });
            continue;
        }
        Checked checked = check(*input.document, input.label, &checks);
        if (checked.storeFailed)
            return failure(problemsText(checked.problems));
        if (!checked.problems.empty()) {
            rejected.push_back({ input.label, std::move(checked.problems), false });
            continue;
        }
        checks.accept(checked.order->id, input.label);
        if (Status claimed = checks.claimAssets(*checked.order); !claimed)
            return claimed; // a store read failed: the group is imported again order by order
        add(writer, checked, *input.document);
        ids.push_back(checked.order->id);
    }
    if (Status written = writer.flush(); !written)
        return written;
    if (!transaction.commit())
        return failure(QStringLiteral("commit failed: ") + db.lastError().text());
    report.imported.insert(report.imported.end(), std::make_move_iterator(ids.begin()), std::make_move_iterator(ids.end()));
    report.rejected.insert(report.rejected.end(), std::make_move_iterator(rejected.begin()), std::make_move_iterator(rejected.end()));
    return {};
}

void BulkImporter::importGroup(std::vector<OrderInput>& group, BulkImportReport& report)
{
    const Status together = importTogether(group, report);
    if (together)
        return;
    // The group's transaction is rolled back whole: import its orders one transaction each, so only
    // the orders that cannot be written are left out, each with its reason.
    const int first = report.read - int(group.size()) + 1;
    report.notes << QStringLiteral("the group of inputs %1-%2 could not be written together (%3); it was rolled back and its "
                                   "orders imported one transaction each")
                        .arg(first)
                        .arg(report.read)
                        .arg(together.message());
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
    // A group's pages stay in memory until its commit (with SQLite's default 2 MB page cache a big
    // transaction spills pages to the WAL and writes them again), and so do the statement journals
    // (else a temporary file takes the pages every multi-row INSERT changes). Settings of this
    // connection only; durability is the same.
    const QSqlDatabase db = m_database.connection();
    const ConnectionPragma cache(db, "cache_size", -importCacheKiB);
    const ConnectionPragma statementJournals(db, "temp_store", 2); // MEMORY
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

BulkImporter::DryRun BulkImporter::dryRun(const nlohmann::json& document, const QString& label)
{
    Checked checked = check(document, label, nullptr);
    return { std::move(checked.problems), std::move(checked.catalog), std::move(checked.plan) };
}

} // namespace fw
