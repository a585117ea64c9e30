// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A store with a sample order run to a chosen stage against fw-stubs, for the change order tests:
// "before" (nothing started: no transport yet), "shipped" (callouts done, routers on their way),
// "installed" (site VENLO installed and billed, ROTTERDAM waiting for its router).

#include "change/changepreview.h"
#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "io/jsonfile.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

namespace fw::test {

class ChangeTestBench {
public:
    ChangeTestBench(const QString& sample, const QString& orderFile, quint32 seed = 7)
        : m_stubs(seed)
    {
        m_port = m_stubs.listenLocal(0);
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("change.db")));
        m_openError = m_database->openStore().message();
        StoreImporter importer(*m_database, m_clock);
        m_importOk
            = importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/") + sample + QStringLiteral("/catalog.json"), QStringLiteral("t"))
                  .ok()
            && importer.importOrder(QStringLiteral(FW_SAMPLES_DIR "/") + sample + QLatin1Char('/') + orderFile, QStringLiteral("t")).ok();
        startExecutor(false);
    }

    bool ready() const { return m_port && m_openError.isEmpty() && m_importOk; }
    Executor& executor() { return *m_executor; }
    StubServer& stubs() { return m_stubs; }
    Database& database() { return *m_database; }
    ManualClock& clock() { return m_clock; }

    // A new executor on the store (a restart); with the transport, callouts go out to the stubs.
    void startExecutor(bool withTransport)
    {
        m_executor.reset();
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        if (withTransport) {
            m_executor->setCalloutTransport(&m_transport);
            for (const QString& system : StubServer::systems())
                m_executor->setEndpointBaseUrl(system, QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(system));
            const std::pair<const char*, const char*> saas[] = { { "tenant-api", "provisioning" },
                                                                 { "licensing-api", "licensing" },
                                                                 { "storage-api", "storage" },
                                                                 { "billing-api", "billing" } };
            for (const auto& [endpoint, system] : saas)
                m_executor->setEndpointBaseUrl(QLatin1String(endpoint),
                                               QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(QLatin1String(system)));
        }
        if (const Status loaded = m_executor->load(); !loaded)
            qWarning("%s", qPrintable(loaded.message()));
    }

    bool settle()
    {
        if (const Result<int> result = m_executor->runUntilSettled(30000); !result) {
            qWarning("%s", qPrintable(result.message()));
            return false;
        }
        return true;
    }

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    QStringList column(const QString& sql) const
    {
        QStringList values;
        QSqlQuery query(m_database->connection());
        query.exec(sql);
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

    // Completes the open manual task of a step (by id suffix) with the form a person would fill.
    bool completeTask(const QString& stepIdSuffix, const QVariantMap& data)
    {
        const qint64 task
            = scalar(QStringLiteral("SELECT id FROM tasks WHERE state = 'open' AND step_id LIKE '%%1'").arg(stepIdSuffix)).toLongLong();
        if (!task || !m_executor->tasks().claim(task, QStringLiteral("tech"))
            || !m_executor->tasks().complete(task, QStringLiteral("tech"), data))
            return false;
        return settle();
    }

    // The change file's JSON (tests/data/change/<name>.json).
    static nlohmann::json changeFile(const QString& name)
    {
        Problems problems;
        return readJsonFile(QStringLiteral(FW_TEST_DATA_DIR "/change/") + name + QStringLiteral(".json"), problems)
            .value_or(nlohmann::json());
    }
    static QString changePath(const QString& name) { return QStringLiteral(FW_TEST_DATA_DIR "/change/") + name + QStringLiteral(".json"); }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()) };
    StubServer m_stubs;
    quint16 m_port = 0;
    HttpCalloutTransport m_transport;
    std::unique_ptr<Database> m_database;
    QString m_openError; // empty: the store opened
    bool m_importOk = false;
    std::unique_ptr<Executor> m_executor;
};

// The preview as golden text: refusals, items, then every step that is not simply kept, then the
// callouts it will send (without payloads, which carry generated ids).
inline QStringList previewLines(const ChangePreview& preview)
{
    QStringList lines;
    for (const Problem& p : preview.problems)
        lines << QStringLiteral("problem ") + p.toString();
    for (const PonrRefusal& r : preview.refusals)
        lines << QStringLiteral("refused ") + r.message;
    for (const ItemChange& i : preview.items)
        lines << (i.item.isEmpty() ? QStringLiteral("change: ") + i.detail : QStringLiteral("item %1: %2").arg(i.item, i.detail));
    for (const LineChange& l : preview.lines) {
        if (l.change != QLatin1String("kept"))
            lines << QStringLiteral("line %1 %2: %3").arg(l.change, l.id, l.detail);
    }
    for (const StepChange& s : preview.steps) {
        if (s.kind == StepChangeKind::Kept && s.stateBefore == s.stateAfter && s.reason.isEmpty())
            continue;
        lines << QStringLiteral("%1 %2 [%3 -> %4] after(%5) %6")
                     .arg(toString(s.kind), s.id, s.stateBefore.isEmpty() ? QStringLiteral("new") : s.stateBefore, s.stateAfter,
                          s.dependsOn.join(QLatin1Char(',')), s.reason);
    }
    for (const ExternalEffect& e : preview.effects)
        lines << QStringLiteral("effect %1 %2 %3 %4%5").arg(e.kind, e.stepId, e.method, e.endpoint, e.path);
    if (!preview.inFlight.isEmpty())
        lines << QStringLiteral("waits for ") + preview.inFlight.join(QStringLiteral(", "));
    return lines;
}

} // namespace fw::test
