// Every sample order runs to completion against fw-stubs, driven like an operations desk would:
// open tasks are claimed and completed with valid form data, awaited signals are sent, awaited
// fields are reported, and simulated time moves past time pauses.

#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
QVariant sampleValue(const FormField& field)
{
    switch (field.type) {
    case FormField::Type::String:
    case FormField::Type::Text:
        return QStringLiteral("checked by the end-to-end test");
    case FormField::Type::Integer:
        return 3;
    case FormField::Type::Number:
        return -18.5;
    case FormField::Type::Boolean:
        return true;
    case FormField::Type::Date:
        return QStringLiteral("2026-12-03");
    case FormField::Type::DateTime:
        return QStringLiteral("2026-12-03T10:00:00Z");
    case FormField::Type::Enum:
        return field.options.value(0);
    }
    return {};
}
} // namespace

class TestSamplesEndToEnd : public QObject {
    Q_OBJECT

    StubServer m_stubs { 11 };
    quint16 m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_port = m_stubs.listenLocal(0);
        QVERIFY(m_port);
    }

    void sample_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("orderFile");
        const QDir samples(QStringLiteral(FW_SAMPLES_DIR));
        for (const QString& scenario : samples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            for (const QString& order : QDir(samples.filePath(scenario)).entryList({ QStringLiteral("order*.json") }, QDir::Files))
                QTest::newRow(qPrintable(scenario + QLatin1Char('/') + order)) << scenario << order;
        }
    }

    void sample()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, orderFile);
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        Database database(dir.filePath(QStringLiteral("e2e.db")));
        QVERIFY(!database.open());
        const QDir folder(QStringLiteral(FW_SAMPLES_DIR "/") + scenario);
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(folder.filePath(QStringLiteral("catalog.json")), QStringLiteral("t")).ok());
        const ImportResult imported = importer.importOrder(folder.filePath(orderFile), QStringLiteral("t"));
        QVERIFY(imported.ok());
        const QString orderId = imported.id;

        HttpCalloutTransport transport;
        Executor executor(database, clock);
        executor.setCalloutTransport(&transport);
        QVERIFY(!executor.load());
        const OrderRuntime* order = executor.order(orderId);
        for (const auto& endpoint : order->catalog->endpoints)
            executor.setEndpointBaseUrl(endpoint.id, QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QUrl(endpoint.baseUrl).path()));

        QStringList actions;
        for (int round = 0; round < 40; ++round) {
            const auto ran = executor.runUntilSettled(30000);
            const QString* error = std::get_if<QString>(&ran);
            QVERIFY2(!error, qPrintable(error ? *error : QString()));
            order = executor.order(orderId);
            const OrderState state = order->execution->orderState();
            if (state == OrderState::Completed)
                break;
            if (state == OrderState::Fallout) {
                const int failed = order->execution->stepsIn(StepState::Fallout).front();
                QFAIL(qPrintable(QStringLiteral("%1 fell out: %2").arg(order->steps[std::size_t(failed)].id,
                                                                      order->steps[std::size_t(failed)].lastError)));
            }
            bool acted = false;
            QSqlQuery tasks(database.connection());
            tasks.exec(QStringLiteral("SELECT id, step_id FROM tasks WHERE state = 'open'"));
            std::vector<std::pair<qint64, QString>> open;
            while (tasks.next())
                open.emplace_back(tasks.value(0).toLongLong(), tasks.value(1).toString());
            for (const auto& [task, stepId] : open) {
                const StepRuntime& step = order->steps[std::size_t(order->stepIndex(stepId))];
                QVariantMap data;
                for (const FormField& field : step.definition->manualTask.form)
                    data.insert(field.name, sampleValue(field));
                QVERIFY(!executor.claimTask(task, QStringLiteral("operator")));
                const auto completed = executor.completeTask(task, QStringLiteral("operator"), data);
                QVERIFY2(!completed, qPrintable(completed.value_or(QString())));
                actions << QStringLiteral("task ") + step.definition->key;
                acted = true;
            }
            order = executor.order(orderId);
            for (int s : order->execution->stepsIn(StepState::Waiting)) {
                const StepRuntime& step = order->steps[std::size_t(s)];
                if (step.definition->type != StepType::Pause)
                    continue;
                const PauseSpec& pause = step.definition->pause;
                if (pause.kind == PauseSpec::Kind::Signal && !order->signalsReceived.contains(pause.signal)) {
                    QVERIFY(!executor.signal(orderId, pause.signal, QStringLiteral("partner")));
                    actions << QStringLiteral("signal ") + pause.signal;
                    acted = true;
                } else if (pause.kind == PauseSpec::Kind::Field) {
                    const QString lineId = order->lines[std::size_t(step.lines.front())].id;
                    QVERIFY(!executor.setLineField(orderId, lineId, pause.field.mid(QStringLiteral("line.fields.").size()),
                                                   pause.equals, QStringLiteral("broker")));
                    actions << QStringLiteral("field ") + pause.field;
                    acted = true;
                } else if (pause.kind == PauseSpec::Kind::Time) {
                    clock.advance(qint64(400) * 86400 * 1000);
                    actions << QStringLiteral("time passes");
                    acted = true;
                }
                order = executor.order(orderId);
            }
            QVERIFY2(acted, qPrintable(QStringLiteral("stuck with nothing to do after: ") + actions.join(QStringLiteral(", "))));
        }
        QCOMPARE(toString(executor.order(orderId)->execution->orderState()), toString(OrderState::Completed));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM steps WHERE state <> 'completed'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        qInfo("%s: %s", qPrintable(orderId), qPrintable(actions.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestSamplesEndToEnd)
#include "tst_samplesendtoend.moc"
