#include "ordersnapshot.h"
#include "store/storedjson.h"

#include <nlohmann/json.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fw {

namespace {
    // Parents first: applying inserts in this order and deletes in the reverse.
    const QStringList& snapshotTables()
    {
        static const QStringList tables { QStringLiteral("orders"), QStringLiteral("fulfillment_lines"), QStringLiteral("steps"),
                                          QStringLiteral("tasks"), QStringLiteral("fallout_cases"), QStringLiteral("attempts"),
                                          QStringLiteral("signals") };
        return tables;
    }

    // A task is one per order and step; a fallout case one per step and opening.
    QString localKey(const QString& table, const QString& stepId, const QString& openedAt)
    {
        return table + QLatin1Char('|') + stepId + QLatin1Char('|') + openedAt;
    }

    QString keyColumn(const QString& table) { return table == QStringLiteral("orders") ? QStringLiteral("id") : QStringLiteral("order_id"); }

    bool leftOut(const QString& table, const QString& column)
    {
        if (table == QStringLiteral("orders"))
            return column == QStringLiteral("replica_of");
        return column == QStringLiteral("id") && (table == QStringLiteral("tasks") || table == QStringLiteral("fallout_cases"));
    }

    nlohmann::json toJson(const QVariant& value)
    {
        if (value.isNull())
            return nullptr;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
            return value.toLongLong();
        case QMetaType::Double:
            return value.toDouble();
        default:
            return value.toString().toStdString();
        }
    }

    QVariant fromJson(const nlohmann::json& value)
    {
        if (value.is_null())
            return QVariant(QMetaType(QMetaType::QString));
        if (value.is_number_integer())
            return QVariant(qint64(value.get<qint64>()));
        if (value.is_number())
            return QVariant(value.get<double>());
        if (value.is_string())
            return QVariant(QString::fromStdString(value.get<std::string>()));
        return QVariant(QString::fromStdString(value.dump())); // a damaged snapshot: no exception
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
    }
}

OrderSnapshots::~OrderSnapshots() = default;

QSqlQuery& OrderSnapshots::prepared(const QString& sql)
{
    auto& statement = m_statements[sql];
    if (!statement) {
        statement = std::make_shared<QSqlQuery>(m_database);
        statement->setForwardOnly(true);
        statement->prepare(sql);
    }
    return *statement;
}

std::optional<OrderSnapshots::Captured> OrderSnapshots::capture(const QString& orderId)
{
    nlohmann::json snapshot = nlohmann::json::object();
    Captured captured;
    for (const QString& table : snapshotTables()) {
        const QStringList& columns = m_columns[table];
        QSqlQuery& query = prepared(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                        .arg(columns.join(QStringLiteral(", ")), table, keyColumn(table)));
        query.addBindValue(orderId);
        if (!query.exec())
            return std::nullopt;
        nlohmann::json rows = nlohmann::json::array();
        while (query.next()) {
            nlohmann::json row = nlohmann::json::object();
            for (int i = 0; i < columns.size(); ++i)
                row[columns[i].toStdString()] = toJson(query.value(i));
            if (table == QStringLiteral("orders"))
                captured.state = query.value(columns.indexOf(QStringLiteral("state"))).toString();
            rows.push_back(std::move(row));
        }
        query.finish();
        if (table == QStringLiteral("orders") && rows.empty())
            return std::nullopt;
        snapshot[table.toStdString()] = std::move(rows);
    }
    captured.json = QString::fromStdString(snapshot.dump());
    return captured;
}

std::optional<QString> OrderSnapshots::apply(const QString& json, const QString& replicaOf)
{
    const auto snapshot = nlohmann::json::parse(json.toStdString(), nullptr, false);
    if (!snapshot.is_object() || !snapshot.contains("orders") || !snapshot["orders"].is_array() || snapshot["orders"].size() != 1)
        return QStringLiteral("order snapshot: not an object with exactly one order row");
    const QString orderId = storedString(snapshot["orders"][0], "id");
    // Task and case ids are this store's own: applied again, a snapshot keeps the ids its rows had
    // here, so the ids people act on (fwctl tasks, the inboxes) stay valid from one pull to the next.
    QHash<QString, qint64> keptIds;
    for (const QString& table : { QStringLiteral("tasks"), QStringLiteral("fallout_cases") }) {
        QSqlQuery& ids = prepared(QStringLiteral("SELECT id, step_id, %1 FROM %2 WHERE order_id = ?")
                                      .arg(table == QStringLiteral("tasks") ? QStringLiteral("''") : QStringLiteral("opened_at"), table));
        ids.addBindValue(orderId);
        if (!ids.exec())
            return QStringLiteral("order %1: cannot read %2: %3").arg(orderId, table, ids.lastError().text());
        while (ids.next())
            keptIds.insert(localKey(table, ids.value(1).toString(), ids.value(2).toString()), ids.value(0).toLongLong());
        ids.finish();
    }
    for (auto table = snapshotTables().crbegin(); table != snapshotTables().crend(); ++table) {
        QSqlQuery& remove = prepared(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(*table, keyColumn(*table)));
        remove.addBindValue(orderId);
        if (!remove.exec())
            return QStringLiteral("order %1: cannot clear %2: %3").arg(orderId, *table, remove.lastError().text());
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
        QSqlQuery& insert = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (const auto& row : *rows) {
            for (const QString& column : m_columns[table]) {
                const auto value = row.find(column.toStdString());
                insert.addBindValue(value == row.end() ? QVariant(QMetaType(QMetaType::QString)) : fromJson(*value));
            }
            if (table == QStringLiteral("orders"))
                insert.addBindValue(replicaOf.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(replicaOf));
            if (localIds) {
                const auto kept = keptIds.constFind(localKey(table, storedString(row, "step_id"),
                                                             table == QStringLiteral("tasks") ? QString()
                                                                                              : storedString(row, "opened_at")));
                insert.addBindValue(kept == keptIds.constEnd() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(*kept)); // NULL: a new id
            }
            if (!insert.exec())
                return QStringLiteral("order %1: cannot write %2: %3").arg(orderId, table, insert.lastError().text());
        }
    }
    return std::nullopt;
}

} // namespace fw
