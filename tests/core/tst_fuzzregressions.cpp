// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Replays every input a fuzz target crashed on (tests/data/fuzz/<target>/) and the hand-written
// seeds (fuzz/seeds/<target>/) through the same function as the target (fuzz/fuzztargets.h), in
// the ordinary build: a crash found once by scripts/fuzz.sh stays found without clang.

#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

using namespace fw;

namespace {
using Target = std::function<void(const QByteArray&)>;

Target targetNamed(const QString& name)
{
    if (name == QLatin1String("catalog"))
        return fuzz::readCatalogBytes;
    if (name == QLatin1String("order"))
        return fuzz::readOrderBytes;
    if (name == QLatin1String("changeorder"))
        return fuzz::readChangeOrderBytes;
    if (name == QLatin1String("responsemapping"))
        return fuzz::mapResponseBytes;
    if (name == QLatin1String("jsonoptions"))
        return fuzz::parseOptionBytes;
    return {};
}
} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        int rows = 0;
        for (const char* root : { FW_TEST_DATA_DIR "/fuzz", FW_SOURCE_DIR "/fuzz/seeds" }) {
            const QDir dir(QString::fromUtf8(root));
            for (const QString& target : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                const QDir inputs(dir.filePath(target));
                for (const QString& file : inputs.entryList(QDir::Files, QDir::Name)) {
                    QTest::addRow("%s/%s", qPrintable(target), qPrintable(file)) << target << inputs.filePath(file);
                    ++rows;
                }
            }
        }
        QVERIFY(rows >= 10);
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const Target run = targetNamed(target);
        QVERIFY2(run, qPrintable(QStringLiteral("no fuzz target '%1' (folder of %2)").arg(target, file)));
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        run(input.readAll()); // passes when it returns
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
