// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Engine texts in German: translatedEngineText() (ui/common/enginetexttranslation.h) with the
// German translator from the build turns the engine's stored English into German, nested texts
// and durations included, keeps names and figures, and leaves text it does not know alone; and
// the models of the fallout page, the order's step table and its timeline show them in German; and
// every template of the catalogue has a finished German translation in the .ts.
#include "common/enginetext.h"
#include "common/enginetexttranslation.h"
#include "common/rowfiltermodel.h"
#include "engine/enginesnapshot.h"
#include "fallout/falloutcasemodel.h"
#include "orders/stepstatusmodel.h"
#include "timeline/timelinemodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <set>

using namespace fw;

class TestEngineTextTranslation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void german_data();
    void german();
    void englishWithoutTranslator();
    void modelsShowTheGerman();
    void catalogueIsTranslated();

private:
    QTranslator m_german;
};

void TestEngineTextTranslation::initTestCase()
{
    QVERIFY(m_german.load(QStringLiteral(FW_QM_DIR "/fulfillment-workbench_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_german));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestEngineTextTranslation::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_german);
    QLocale::setDefault(QLocale::c());
}

void TestEngineTextTranslation::german_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");

    QTest::addRow("jeopardy: estimate, nested subject and durations")
        << QStringLiteral("running 5h 10m, 129% of its 4h estimate (warning at 4h, critical at 6h)")
        << QStringLiteral("läuft seit 5 h 10 min, 129 % der geschätzten 4 h (Warnung bei 4 h, kritisch bei 6 h)");
    QTest::addRow("jeopardy: threshold") << QStringLiteral("pending 3h 02m, over its 2h critical threshold")
                                         << QStringLiteral("seit 3 h 02 min ausstehend, über dem kritischen Schwellenwert von 2 h");
    QTest::addRow("jeopardy: forecast, instants and step names kept")
        << QStringLiteral(
               "projected to complete 26 Nov 14:20 UTC, 1d 4h after its due date 25 Nov 10:20 UTC; critical path: Ship router \u2192 "
               "Activate line")
        << QStringLiteral("voraussichtlich fertig am 26. Nov. 14:20 UTC, 1 T 4 h nach dem Fälligkeitstermin 25. Nov. 10:20 UTC; "
                          "kritischer Pfad: Ship router \u2192 Activate line");
    QTest::addRow("jeopardy: history") << QStringLiteral("waiting 2d, longer than 90% of the last 40 runs (p90 1d 2h, median 45m)")
                                       << QStringLiteral(
                                              "wartet seit 2 T, länger als 90 % der letzten 40 Durchläufe (p90 1 T 2 h, Median 45 min)");
    QTest::addRow("fallout: retries exhausted, three levels deep")
        << QStringLiteral("no answer within 5000 ms (timed out: retriable by default); retries exhausted: 3 of 3 attempts made")
        << QStringLiteral("keine Antwort innerhalb von 5000 ms (Zeitüberschreitung: standardmäßig wiederholbar); "
                          "Wiederholungen ausgeschöpft: 3 von 3 Versuchen unternommen");
    QTest::addRow("fallout: rule name and error code kept")
        << QStringLiteral("HTTP 409 OUT_OF_STOCK: fatal by fallout rule 'stock-out'")
        << QStringLiteral("HTTP 409 OUT_OF_STOCK: schwerwiegend laut Fallout-Regel „stock-out“");
    QTest::addRow("retry window with a compact duration")
        << QStringLiteral("the 1d4h30m retry window would be exceeded")
        << QStringLiteral("das Wiederholungsfenster von 1 T 4 h 30 min würde überschritten");
    QTest::addRow("SLA monitor action") << QStringLiteral("escalated to supervisors (escalation 12)")
                                        << QStringLiteral("an supervisors eskaliert (Eskalation 12)");
    QTest::addRow("form problem") << QStringLiteral("must be a whole number") << QStringLiteral("muss eine ganze Zahl sein");
    QTest::addRow("refusal, a name twice")
        << QStringLiteral(
               "olga may not retry a fallout case (fallout.retry): it needs the resolver or supervisor role, and olga holds operator")
        << QStringLiteral(
               "olga darf nicht: einen Fallout-Fall wiederholen (fallout.retry). Nötig ist die Rolle resolver oder supervisor, und "
               "olga hat operator");
    QTest::addRow("an action's words before the reason") << QStringLiteral("claim task 12: task 12 is claimed by bob")
                                                         << QStringLiteral("Aufgabe 12 übernehmen: Aufgabe 12 ist von bob übernommen");
    QTest::addRow("an action's words, an answer the catalogue does not know")
        << QStringLiteral("claim task 12: the store cannot be read: disk full")
        << QStringLiteral("Aufgabe 12 übernehmen: the store cannot be read: disk full");
    QTest::addRow("an action's words alone") << QStringLiteral("retry fallout case 25") << QStringLiteral("Fallout-Fall 25 wiederholen");
    QTest::addRow("a payload problem, its colons inside")
        << QStringLiteral("payload: /order: 'units' has no value") << QStringLiteral("Nutzdaten: /order: „units“ hat keinen Wert");
    QTest::addRow("summary: consolidated billing")
        << QStringLiteral("waiting: 0 of 1 delivery path delivered") << QStringLiteral("wartet: 0 von 1 Lieferpfad geliefert");
    QTest::addRow("change: an added item") << QStringLiteral("added STATIC_IP_ADDON x1 to bundle item A")
                                           << QStringLiteral("STATIC_IP_ADDON x1 zum Paket A hinzugefügt");
    QTest::addRow("change: an item's changes, a list by \"; \"")
        << QStringLiteral("attributes model: edge-500 -> edge-100; delivery group (inherited) -> VENLO")
        << QStringLiteral("Attribute model: edge-500 -> edge-100; Liefergruppe (geerbt) -> VENLO");
    QTest::addRow("change: a removal with two counts") << QStringLiteral("removed (with 3 child items and 1 supplement)")
                                                       << QStringLiteral("entfernt (mit 3 Unterpositionen und 1 Ergänzung)");
    QTest::addRow("change: the outcome, a list by \", \"")
        << QStringLiteral("10 kept, 1 added") << QStringLiteral("10 beibehalten, 1 hinzugefügt");
    QTest::addRow("change: applied, the list inside") << QStringLiteral("applied: 10 kept, 1 added, 2 compensation")
                                                      << QStringLiteral("angewendet: 10 beibehalten, 1 hinzugefügt, 2 Kompensation");
    QTest::addRow("change: waiting, a list of step ids inside")
        << QStringLiteral("waiting for the replies of line:A.2/ship, plan:PD_IP/allocate; applied when they are in")
        << QStringLiteral("wartet auf die Antworten von line:A.2/ship, plan:PD_IP/allocate; wird angewendet, sobald sie da sind");
    QTest::addRow("change: a point of no return")
        << QStringLiteral("step 'Ship router' (ship) on line A.2 passed its point of no return (callout started), so the change is "
                          "refused: quantity 1 -> 2")
        << QStringLiteral("Schritt „Ship router“ (ship) der Fulfillment-Position A.2 hat seinen Point of no Return überschritten "
                          "(Systemaufruf gestartet), daher wird die Änderung abgelehnt: Menge 1 -> 2");
    QTest::addRow("change: a step's reason") << QStringLiteral("completed; compensated (line A.2: quantity 1 -> 2)")
                                             << QStringLiteral("abgeschlossen; kompensiert (Fulfillment-Position A.2: Menge 1 -> 2)");
    QTest::addRow("state id as an argument") << QStringLiteral("order SO-1 is in-progress; nothing to resume")
                                             << QStringLiteral("Auftrag SO-1 ist in Bearbeitung; es gibt nichts fortzusetzen");
    QTest::addRow("state id of a change order") << QStringLiteral("change order CO-1 of order SO-1 is already applied")
                                                << QStringLiteral("Änderungsauftrag CO-1 für Auftrag SO-1 ist bereits angewendet");
    QTest::addRow("sync: a conflict, nested claim")
        << QStringLiteral("bob's claim on order SO-1 (made while the remote store did not answer) was lost: claimed by ann at "
                          "2026-11-26 14:20:00 (on ws-2)")
        << QStringLiteral("die Übernahme durch bob in Auftrag SO-1 (als der zentrale Datenspeicher nicht antwortete) ging verloren: "
                          "übernommen von ann um 2026-11-26 14:20:00 (auf ws-2)");
    QTest::addRow("sync: the link down, the driver's words kept")
        << QStringLiteral("remote store host=db1 dbname=fw: cannot connect: connection to server at \"db1\" failed: Connection refused")
        << QStringLiteral("zentraler Datenspeicher host=db1 dbname=fw: keine Verbindung möglich: connection to server at \"db1\" "
                          "failed: Connection refused");
    QTest::addRow("unknown: a note ending like a count")
        << QStringLiteral("customer called, router added") << QStringLiteral("customer called, router added");
    QTest::addRow("a duration alone") << QStringLiteral("45s") << QStringLiteral("45 s");
    QTest::addRow("a percentage threshold") << QStringLiteral("warning at 120%, critical at 150%")
                                            << QStringLiteral("Warnung bei 120 %, kritisch bei 150 %");
    QTest::addRow("unknown: a catalog's rule text")
        << QStringLiteral("Router shipment must leave within a day") << QStringLiteral("Router shipment must leave within a day");
    QTest::addRow("unknown: a note") << QStringLiteral("customer called: wants it Friday")
                                     << QStringLiteral("customer called: wants it Friday");
    QTest::addRow("empty") << QString() << QString();
}

void TestEngineTextTranslation::german()
{
    QFETCH(QString, english);
    QFETCH(QString, german);
    QCOMPARE(translatedEngineText(english), german);
}

void TestEngineTextTranslation::englishWithoutTranslator()
{
    // Without the German translator (an English workbench) the texts come back as the engine wrote them.
    QCoreApplication::removeTranslator(&m_german);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString reason
        = QStringLiteral("projected to complete 26 Nov 14:20 UTC, 1d 4h after its due date 25 Nov 10:20 UTC; critical path: A");
    const QString translated = translatedEngineText(reason);
    QCoreApplication::installTranslator(&m_german);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(translated, reason);
}

void TestEngineTextTranslation::modelsShowTheGerman()
{
    const QString error
        = QStringLiteral("HTTP 503 UNAVAILABLE: retriable by fallout rule 'api-throttled'; retries exhausted: 5 of 5 attempts made");
    const QString german = QStringLiteral(
        "HTTP 503 UNAVAILABLE: wiederholbar laut Fallout-Regel „api-throttled“; Wiederholungen ausgeschöpft: 5 von 5 Versuchen "
        "unternommen");
    FalloutCaseModel cases;
    EngineSnapshot snapshot;
    FalloutSummary c;
    c.id = 7;
    c.orderId = QStringLiteral("SO-1");
    c.error = error;
    snapshot.fallout.push_back(c);
    cases.setSnapshot(snapshot);
    QCOMPARE(cases.index(0, FalloutCaseModel::ErrorColumn).data().toString(), german);

    StepStatusModel steps;
    StepStatus step;
    step.id = QStringLiteral("line:1/ship");
    step.lastError = error;
    steps.setSteps({ step });
    QCOMPARE(steps.index(0, StepStatusModel::ErrorColumn).data().toString(), german);

    // The timeline shows an event's engine error or jeopardy reason in German; its JSON stays in the tooltip.
    TimelineModel timeline;
    JournalEvent failed { 1,
                          QDateTime::currentDateTimeUtc(),
                          QStringLiteral("SO-1"),
                          step.id,
                          QStringLiteral("step.state"),
                          QStringLiteral("engine"),
                          QStringLiteral("running"),
                          QStringLiteral("fallout"),
                          QStringLiteral("{\"error\":\"HTTP 409 OUT_OF_STOCK: fatal by default\"}") };
    JournalEvent jeopardy { 2,
                            QDateTime::currentDateTimeUtc(),
                            QStringLiteral("SO-1"),
                            step.id,
                            QStringLiteral("jeopardy.raised"),
                            QStringLiteral("sla"),
                            QStringLiteral("none"),
                            QStringLiteral("warning"),
                            QStringLiteral("{\"cause\":\"rule\",\"reason\":\"pending 3h 02m, over its 2h warning threshold\","
                                           "\"actions\":[\"task reassigned to noc\"]}") };
    timeline.setEvents({ failed, jeopardy });
    QCOMPARE(timeline.index(0, TimelineModel::DetailsColumn).data().toString(),
             QStringLiteral("HTTP 409 OUT_OF_STOCK: standardmäßig schwerwiegend"));
    QCOMPARE(timeline.index(1, TimelineModel::DetailsColumn).data().toString(),
             QStringLiteral("seit 3 h 02 min ausstehend, über dem Warnschwellenwert von 2 h; Aufgabe an noc übertragen"));
    QCOMPARE(timeline.index(1, TimelineModel::DetailsColumn).data(Qt::ToolTipRole).toString(), jeopardy.payload);
    // The Change column names the states in German too, and the search finds them by those names.
    QCOMPARE(timeline.index(0, TimelineModel::ChangeColumn).data().toString(), QStringLiteral("Läuft → Fallout"));
    QCOMPARE(timeline.index(1, TimelineModel::ChangeColumn).data().toString(), QStringLiteral("Im Plan → Warnung"));
    JournalEvent ready = failed;
    ready.seq = 3;
    ready.beforeState = QStringLiteral("pending");
    ready.afterState = QStringLiteral("ready");
    ready.payload.clear();
    timeline.setEvents({ failed, jeopardy, ready });
    QCOMPARE(timeline.index(2, TimelineModel::ChangeColumn).data().toString(), QStringLiteral("Ausstehend → Bereit"));
    RowFilterModel search(TimelineModel::SeqRole);
    search.setSourceModel(&timeline);
    search.setSearchColumns({ TimelineModel::ChangeColumn });
    search.setSearchText(QStringLiteral("ausstehend"));
    QCOMPARE(search.rowCount(), 1);
    QCOMPARE(search.index(0, 0).data(TimelineModel::SeqRole).toLongLong(), 3);
}

void TestEngineTextTranslation::catalogueIsTranslated()
{
    QFile file(QStringLiteral(FW_SOURCE_DIR "/translations/fulfillment-workbench_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::set<QString> finished;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && context == QLatin1String(kEngineTextContext)) {
            const bool unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!unfinished && !xml.readElementText().isEmpty())
                finished.insert(source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QStringList missing;
    std::vector<const char*> all(engineTextTemplates().begin(), engineTextTemplates().end());
    all.insert(all.end(), engineTextUnits().begin(), engineTextUnits().end());
    all.push_back(engineTextInstantFormat());
    for (const char* source : all) {
        if (!finished.count(QString::fromUtf8(source)))
            missing << QString::fromUtf8(source);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("no finished German in the .ts (update_translations, then translate): ")
                        + missing.join(QStringLiteral(" | "))));
}

QTEST_GUILESS_MAIN(TestEngineTextTranslation)
#include "tst_enginetexttranslation.moc"
