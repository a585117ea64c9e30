// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The workbench opens the store fwctl uses when no --db names one (issue 20): $FW_DB (created
// when missing), else ~/.local/share/fulfillment-workbench/fulfillment.db when it exists (filled
// by `fwctl import`); a first start with neither creates no store. --db still wins.

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Setup {
    bool fwDb = false; // FW_DB names DIR/env.db
    bool filledByFwctl = false; // `fwctl import catalog` into the default store first
    bool withDbOption = false; // --db DIR/option.db
};
} // namespace

Q_DECLARE_METATYPE(Setup)

class TestWorkbenchDefaultStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensTheStoreFwctlUses_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<QString>("opened"); // the store file the run leaves: "standard", "env", "option" or "" for none
        QTest::addRow("first start: no store made") << Setup {} << QString();
        QTest::addRow("the store fwctl filled") << Setup { false, true, false } << QStringLiteral("standard");
        QTest::addRow("FW_DB, created") << Setup { true, false, false } << QStringLiteral("env");
        QTest::addRow("--db wins over FW_DB") << Setup { true, false, true } << QStringLiteral("option");
    }

    void opensTheStoreFwctlUses()
    {
        QFETCH(Setup, setup);
        QFETCH(QString, opened);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QHash<QString, QString> stores { { QStringLiteral("standard"),
                                                 home.filePath(QStringLiteral(".local/share/fulfillment-workbench/fulfillment.db")) },
                                               { QStringLiteral("env"), home.filePath(QStringLiteral("env.db")) },
                                               { QStringLiteral("option"), home.filePath(QStringLiteral("option.db")) } };
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const char* name : { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "FW_DB", "FW_REMOTE" })
            environment.remove(QLatin1String(name));
        if (setup.fwDb)
            environment.insert(QStringLiteral("FW_DB"), stores[QStringLiteral("env")]);
        if (setup.filledByFwctl) {
            QProcess fwctl;
            fwctl.setProcessEnvironment(environment);
            fwctl.start(
                QStringLiteral(FWCTL_PATH),
                { QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json") });
            QVERIFY(fwctl.waitForFinished(60'000));
            QCOMPARE(fwctl.exitCode(), 0);
            QVERIFY(QFileInfo::exists(stores[QStringLiteral("standard")]));
        }
        QStringList arguments { QStringLiteral("--screenshot"), home.filePath(QStringLiteral("shot.png")) };
        if (setup.withDbOption)
            arguments << QStringLiteral("--db") << stores[QStringLiteral("option")];
        QProcess workbench;
        workbench.setProcessEnvironment(environment);
        workbench.start(QStringLiteral(FW_WORKBENCH_EXE), arguments);
        QVERIFY(workbench.waitForFinished(120'000));
        const QString errors = QString::fromUtf8(workbench.readAllStandardError());
        QVERIFY2(workbench.exitCode() == 0, qPrintable(errors));
        for (auto it = stores.cbegin(); it != stores.cend(); ++it)
            QVERIFY2(QFileInfo::exists(it.value())
                         == (it.key() == opened || (it.key() == QLatin1String("standard") && setup.filledByFwctl)),
                     qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestWorkbenchDefaultStore)
#include "tst_workbenchdefaultstore.moc"
