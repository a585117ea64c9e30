// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"
#include "common/result.h"
#include "domain/plan.h"
#include "storeimporter.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace fw {

class CatalogChoice;
struct Catalog;
class Clock;
class Database;
class OrderInputs;
class OrderWriter;
struct OrderInput;

// An order a bulk import did not store, with its input (file or "stdin:LINE") and why.
struct ImportRejection {
    QString label;
    Problems problems;
    bool storeFailed = false; // the order was fine but the store could not be written
};

// What a bulk import did so far (handed to the progress callback after every group, and at the end).
struct BulkImportReport {
    int read = 0; // inputs taken so far
    int total = -1; // inputs in all, when known before reading (no NDJSON), else -1
    std::vector<QString> imported; // the stored orders' ids, in input order
    std::vector<ImportRejection> rejected;
    QStringList notes; // e.g. a group whose write failed and was retried order by order
    bool cancelled = false; // stopped on request after a group: what was committed stays

    bool storeFailed() const;
    // "imported 9998 orders, rejected 2" (+ "; cancelled after 4000 inputs: ...").
    QString summary() const;
};

// Stops and observes a bulk import: checked and called between groups (on the importing thread).
struct BulkImportControl {
    std::function<bool()> cancelRequested;
    std::function<void(const BulkImportReport&)> progress;
    // The ids of one group just committed (an engine in this process takes them up).
    std::function<void(const std::vector<QString>&)> committed;
};

// Imports many orders fast: each is validated on its own (read, decomposed and planned against the
// stored catalog, as StoreImporter does), and the good ones are written in grouped transactions of
// up to groupSize orders (OrderWriter: multi-row INSERTs), each with its "order.imported" journal
// entry. An order is checked against the store and the orders accepted before it in its group (a
// duplicate id, an account's lines). A bad order is rejected with its input's name and the reason
// and the others go in. When a group cannot be written or committed (a failed statement, a full
// disk), it is rolled back whole and its orders are imported again one transaction each, so no
// order is lost or half written; a note says so.
class BulkImporter {
public:
    static constexpr int defaultGroupSize = 1000;

    // catalogId empty: per order, the one stored catalog that knows all its products.
    BulkImporter(Database& database, const Clock& clock, QString actor, QString catalogId = {}, int groupSize = defaultGroupSize);
    ~BulkImporter();
    BulkImporter(const BulkImporter&) = delete;
    BulkImporter& operator=(const BulkImporter&) = delete;

    // Every input, group by group, until the end or a cancel request.
    BulkImportReport run(OrderInputs& inputs, const BulkImportControl& control = {});
    // One order document in a transaction of its own (StoreImporter::importOrderDocument).
    ImportResult importOne(const nlohmann::json& document, const QString& label);
    // What importOne would decide, writing nothing: the problems that would refuse the order, or
    // its plan and catalog (the Account page's preview of an asset-based order, previewAssetOrder).
    struct DryRun {
        Problems problems;
        std::shared_ptr<const Catalog> catalog;
        std::optional<OrchestrationPlan> plan;
    };
    DryRun dryRun(const nlohmann::json& document, const QString& label);

private:
    struct Checked;
    class Group;
    // Validates, decomposes and plans one order; group: the orders accepted before it in the same
    // group (not yet written), nullptr for an order on its own.
    Checked check(const nlohmann::json& document, const QString& label, Group* group);
    void add(OrderWriter& writer, const Checked& order, const nlohmann::json& document);
    // Imports a group; the ids stored and the rejections go to report.
    void importGroup(std::vector<OrderInput>& group, BulkImportReport& report);
    // The group in one transaction; why it could not be written (then nothing of it was, and
    // report is unchanged).
    Status importTogether(std::vector<OrderInput>& group, BulkImportReport& report);

    Database& m_database;
    const Clock& m_clock;
    QString m_actor;
    QString m_catalogId;
    int m_groupSize;
    std::unique_ptr<CatalogChoice> m_catalogs;
};

} // namespace fw
