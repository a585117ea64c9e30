// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordersnapshot.h"

#include "common/logging.h"
#include "sqlitequery.h"
#include "sqlitequery.h"
#include "storedjson.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdio>

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fw {

namespace {
    // Parents first: applying inserts in this order and deletes in the reverse.
    const QStringList& snapshotTables()
    {
        static const QStringList tables { QStringLiteral("orders"), QStringLiteral("fulfillment_lines"), QStringLiteral("steps"),
                                          QStringLiteral("tasks"),  QStringLiteral("fallout_cases"),     QStringLiteral("attempts"),
                                          QStringLiteral("signals") };
        return tables;
    }

    // A task is one per order and step; a fallout case one per step and opening.
    QString localKey(const QString& table, const QString& stepId, const QString& openedAt)
    {
        return table + QLatin1Char('|') + stepId + QLatin1Char('|') + openedAt;
    }

    QString keyColumn(const QString& table)
    {
        return table == QStringLiteral("orders") ? QStringLiteral("id") : QStringLiteral("order_id");
    }

    bool leftOut(const QString& table, const QString& column)
    {
        if (table == QStringLiteral("orders"))
            return column == QStringLiteral("replica_of");
        return column == QStringLiteral("id") && (table == QStringLiteral("tasks") || table == QStringLiteral("fallout_cases"));
    }

    // A stored value as a bind value, read without exceptions (typed pointers, never get<>()).
    QVariant fromJson(const nlohmann::json& value)
    {
        if (const auto* integer = value.get_ptr<const nlohmann::json::number_integer_t*>())
            return QVariant(qint64(*integer));
        if (const auto* unsignedInteger = value.get_ptr<const nlohmann::json::number_unsigned_t*>())
            return QVariant(qint64(*unsignedInteger));
        if (const auto* real = value.get_ptr<const nlohmann::json::number_float_t*>())
            return QVariant(double(*real));
        if (const auto* text = value.get_ptr<const nlohmann::json::string_t*>())
            return QVariant(QString::fromStdString(*text));
        if (value.is_null())
            return QVariant(QMetaType(QMetaType::QString));
        return QVariant(QString::fromStdString(value.dump())); // a damaged snapshot: no exception
    }

    // Appends UTF-8 text as a JSON string, escaped as nlohmann::json::dump escapes it (the text snapshots
    // always had): ", \\ and control characters; everything else as it is.
    void appendSnapshotJsonString(std::string& out, std::string_view utf8)
    {
        out += '"';
        std::size_t run = 0;
        for (std::size_t i = 0; i < utf8.size(); ++i) {
            const auto c = static_cast<unsigned char>(utf8[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            out.append(utf8.data() + run, i - run);
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default: {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                out.append(escaped, 6);
            }
            }
            run = i + 1;
        }
        out.append(utf8.data() + run, utf8.size() - run);
        out += '"';
    }

    // One column of the current row as a JSON value, as the QVariant QSQLITE reads for it came out.
    void appendSnapshotJsonValue(std::string& out, const SqliteQuery& row, int column)
    {
        switch (row.type(column)) {
        case SqliteQuery::Type::Null:
            out += "null";
            return;
        case SqliteQuery::Type::Integer: {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, row.integer(column)).ptr;
            out.append(digits, std::size_t(end - digits));
            return;
        }
        case SqliteQuery::Type::Real:
            out += nlohmann::json(row.real(column)).dump();
            return;
        case SqliteQuery::Type::Text:
        case SqliteQuery::Type::Blob:
            break;
        }
        const std::string_view text = row.utf8(column);
        if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            appendSnapshotJsonString(out, text);
            return;
        }
        // Not plain ASCII: through QString, so what goes out is valid UTF-8 whatever the store holds.
        const QByteArray utf8 = QString::fromUtf8(text.data(), qsizetype(text.size())).toUtf8();
        appendSnapshotJsonString(out, std::string_view(utf8.constData(), std::size_t(utf8.size())));
    }
} // namespace

OrderSnapshots::OrderSnapshots(QSqlDatabase database)
    : m_database(std::move(database))
{
    for (const QString& table : snapshotTables()) {
        QStringList columns;
        const QSqlRecord record = m_database.record(table);
        for (int i = 0; i < record.count(); ++i) {
            if (!leftOut(table, record.fieldName(i)))
                columns << record.fieldName(i);
        }
        m_columns.insert(table, columns);
        // Capture reads the columns sorted by name, in the order the JSON object keeps its keys.
        CaptureTable capture;
        capture.name = table.toStdString();
        std::vector<std::string> sorted;
        for (const QString& column : columns)
            sorted.push_back(column.toStdString());
        std::sort(sorted.begin(), sorted.end());
        capture.select = "SELECT ";
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            capture.select += (i == 0 ? "" : ", ") + sorted[i];
            capture.keys.push_back('"' + sorted[i] + "\":");
            if (table == QStringLiteral("orders") && sorted[i] == "state")
                capture.stateColumn = int(i);
        }
        capture.select += " FROM " + capture.name + " WHERE " + keyColumn(table).toStdString() + " = ?";
        m_capture.push_back(std::move(capture));
    }
    std::sort(m_capture.begin(), m_capture.end(), [](const CaptureTable& a, const CaptureTable& b) { return a.name < b.name; });
}

OrderSnapshots::~OrderSnapshots() = default;

Result<QSqlQuery*> OrderSnapshots::prepared(const QString& sql)
{
    auto& statement = m_statements[sql];
    if (!statement) {
        auto query = std::make_shared<QSqlQuery>(m_database);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_statements.remove(sql);
            return Error { QStringLiteral("prepare"), sql, query->lastError().text() };
        }
        statement = std::move(query);
    }
    return statement.get();
}

std::optional<OrderSnapshots::Captured> OrderSnapshots::capture(const QString& orderId)
{
    Result<std::vector<std::optional<Captured>>> captured = capture(QStringList { orderId });
    if (!captured) {
        qCWarning(lcStore).noquote() << captured.message();
        return std::nullopt;
    }
    return std::move(captured->front());
}

Result<std::vector<std::optional<OrderSnapshots::Captured>>> OrderSnapshots::capture(const QStringList& orderIds)
{
    // The JSON text is written straight from SQLite's values, as nlohmann::json::dump wrote the object
    // built from QSqlQuery's before (keys sorted, no spaces): a tenth of the work for the same text.
    std::vector<std::optional<Captured>> captured(std::size_t(orderIds.size()));
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    std::vector<std::unique_ptr<SqliteQuery>> queries;
    for (const CaptureTable& table : m_capture)
        queries.push_back(std::make_unique<SqliteQuery>(handle, table.select.c_str()));
    std::string json;
    for (qsizetype i = 0; i < orderIds.size(); ++i) {
        const QByteArray id = orderIds[i].toUtf8();
        Captured order;
        bool found = false;
        json.assign(1, '{');
        for (std::size_t t = 0; t < m_capture.size(); ++t) {
            const CaptureTable& table = m_capture[t];
            SqliteQuery& query = *queries[t];
            json += (t == 0 ? "\"" : ",\"") + table.name + "\":[";
            query.bindUtf8(1, std::string_view(id.constData(), std::size_t(id.size())));
            for (bool first = true; query.next(); first = false) {
                json += first ? "{" : ",{";
                for (std::size_t c = 0; c < table.keys.size(); ++c) {
                    if (c > 0)
                        json += ',';
                    json += table.keys[c];
                    appendSnapshotJsonValue(json, query, int(c));
                }
                json += '}';
                if (table.name == "orders") {
                    found = true;
                    if (table.stateColumn >= 0)
                        order.state = query.text(table.stateColumn);
                }
            }
            json += ']';
            if (!query.error().isEmpty())
                return Error { QStringLiteral("capture %1 of").arg(QString::fromStdString(table.name)),
                               QStringLiteral("order %1").arg(orderIds[i]), query.error() };
            query.reset();
        }
        if (!found)
            continue;
        json += '}';
        order.json = QString::fromUtf8(json.data(), qsizetype(json.size()));
        captured[std::size_t(i)] = std::move(order);
    }
    return captured;
}

Status OrderSnapshots::apply(const QString& json, const QString& replicaOf)
{
    const JsonParseResult parsed = parseJsonBounded(json.toUtf8());
    if (!parsed.ok())
        return Error { QStringLiteral("apply an order snapshot"), QString(), parsed.message };
    const nlohmann::json& snapshot = *parsed.value;
    const auto orders = snapshot.is_object() ? snapshot.find("orders") : snapshot.end();
    if (!snapshot.is_object() || orders == snapshot.end() || !orders->is_array() || orders->size() != 1)
        return Error { QStringLiteral("apply an order snapshot"), QString(), QStringLiteral("not an object with exactly one order row") };
    const QString orderId = storedString(orders->front(), "id");
    const QString where = QStringLiteral("order %1").arg(orderId);
    // Task and case ids are this store's own: applied again, a snapshot keeps the ids its rows had
    // here, so the ids people act on (fwctl tasks, the inboxes) stay valid from one pull to the next.
    QHash<QString, qint64> keptIds;
    for (const QString& table : { QStringLiteral("tasks"), QStringLiteral("fallout_cases") }) {
        const Result<QSqlQuery*> idsQuery
            = prepared(QStringLiteral("SELECT id, step_id, %1 FROM %2 WHERE order_id = ?")
                           .arg(table == QStringLiteral("tasks") ? QStringLiteral("''") : QStringLiteral("opened_at"), table));
        if (!idsQuery)
            return idsQuery.error();
        QSqlQuery& ids = **idsQuery;
        ids.addBindValue(orderId);
        if (!ids.exec())
            return Error { QStringLiteral("read %1 of").arg(table), where, ids.lastError().text() };
        while (ids.next())
            keptIds.insert(localKey(table, ids.value(1).toString(), ids.value(2).toString()), ids.value(0).toLongLong());
        ids.finish();
    }
    for (auto table = snapshotTables().crbegin(); table != snapshotTables().crend(); ++table) {
        const Result<QSqlQuery*> removeQuery = prepared(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(*table, keyColumn(*table)));
        if (!removeQuery)
            return removeQuery.error();
        QSqlQuery& remove = **removeQuery;
        remove.addBindValue(orderId);
        if (!remove.exec())
            return Error { QStringLiteral("clear %1 of").arg(*table), where, remove.lastError().text() };
    }
    for (const QString& table : snapshotTables()) {
        const auto rows = snapshot.find(table.toStdString());
        if (rows == snapshot.end() || !rows->is_array())
            continue;
        QStringList columns = m_columns[table];
        QStringList marks(columns.size(), QStringLiteral("?"));
        const bool localIds = leftOut(table, QStringLiteral("id"));
        if (table == QStringLiteral("orders") || localIds) {
            columns << (localIds ? QStringLiteral("id") : QStringLiteral("replica_of"));
            marks << QStringLiteral("?");
        }
        const Result<QSqlQuery*> insertQuery
            = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        if (!insertQuery)
            return insertQuery.error();
        QSqlQuery& insert = **insertQuery;
        for (const auto& row : *rows) {
            if (!row.is_object())
                return Error { QStringLiteral("apply the snapshot of"), where, QStringLiteral("a row of %1 is not an object").arg(table) };
            for (const QString& column : m_columns[table]) {
                const auto value = row.find(column.toStdString());
                insert.addBindValue(value == row.end() ? QVariant(QMetaType(QMetaType::QString)) : fromJson(*value));
            }
            if (table == QStringLiteral("orders"))
                insert.addBindValue(replicaOf.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(replicaOf));
            if (localIds) {
                const auto kept = keptIds.constFind(localKey(
                    table, storedString(row, "step_id"), table == QStringLiteral("tasks") ? QString() : storedString(row, "opened_at")));
                insert.addBindValue(kept == keptIds.constEnd() ? QVariant(QMetaType(QMetaType::LongLong))
                                                               : QVariant(*kept)); // NULL: a new id
            }
            if (!insert.exec())
                return Error { QStringLiteral("write %1 of").arg(table), where, insert.lastError().text() };
        }
    }
    return {};
}

} // namespace fw
