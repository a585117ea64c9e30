// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The workbench's order import (File > Import Order into Store...): many files imported off the
// GUI thread, then a compact summary in the dialog: counts, the first few rejections with file and
// reason, all of them in a details text; Cancel stops after the current group and says so.
// (No translator is installed here: plural messages show their source form, "order(s)".)
// Set FW_IMPORT_SCREENSHOT to a file name to save the summary with its details as the test shows it.

#include "common/clock.h"
#include "identity/oslogin.h"
#include "imports/orderimportdialog.h"
#include "imports/orderimportjob.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestOrderImportDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    int m_stores = 0;

    QString writeOrder(const QString& name, const QString& id, const QString& product = QStringLiteral("AUTO"))
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(
            QStringLiteral("{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\",\"product\":\"%2\"}]}")
                .arg(id, product)
                .toUtf8());
        return path;
    }
    int storedOrders() const
    {
        Database database(m_store);
        QSqlQuery query(database.connection());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && query.next() ? query.value(0).toInt() : -1;
    }
    template <typename T> static T* child(QWidget& dialog, const char* name) { return dialog.findChild<T*>(QLatin1String(name)); }

private Q_SLOTS:
    void init()
    {
        m_store = m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_stores));
        Database database(m_store);
        QVERIFY(database.openStore()); // its first user: an admin named after the OS login
        SystemClock clock;
        QVERIFY(StoreImporter(database, clock)
                    .importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"), QStringLiteral("t"))
                    .ok());
    }

    void summaryListsAFewRejectionsAndAllInTheDetails()
    {
        QStringList files;
        for (int i = 1; i <= 7; ++i) {
            files << writeOrder(QStringLiteral("good-%1.json").arg(i), QStringLiteral("G-%1").arg(i));
            files << writeOrder(QStringLiteral("bad-%1.json").arg(i), QStringLiteral("X-%1").arg(i), QStringLiteral("NOPE"));
        }
        OrderImportDialog dialog;
        dialog.show();
        QSignalSpy finished(&dialog, &OrderImportDialog::importFinished);
        dialog.start(m_store, osLoginName(), files);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), 7);
        QCOMPARE(finished.first().at(1).toInt(), 7);
        QCOMPARE(storedOrders(), 7);

        QCOMPARE(child<QLabel>(dialog, "importStatusLabel")->text(),
                 QStringLiteral("Imported 7 order(s). Rejected 7 file(s): they are not in the store."));
        QVERIFY(child<QProgressBar>(dialog, "importProgressBar")->isHidden());
        const QStringList preview = child<QLabel>(dialog, "importRejectionsLabel")->text().split(QLatin1Char('\n'));
        QCOMPARE(preview.size(), OrderImportDialog::previewedRejections + 1);
        QCOMPARE(preview.first(),
                 QStringLiteral("bad-1.json: no catalog in the store knows all products of this order; import its catalog first"));
        QCOMPARE(preview.last(), QStringLiteral("\u2026 and 2 more."));

        auto* details = child<QPlainTextEdit>(dialog, "importDetailsText");
        QVERIFY(details->isHidden());
        QTest::mouseClick(child<QPushButton>(dialog, "importDetailsButton"), Qt::LeftButton);
        QVERIFY(details->isVisible());
        if (const QByteArray path = qgetenv("FW_IMPORT_SCREENSHOT"); !path.isEmpty())
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(path)));
        const QStringList all = details->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(all.size(), 7);
        QCOMPARE(all.last(),
                 m_dir.filePath(QStringLiteral("bad-7.json"))
                     + QStringLiteral(":: no catalog in the store knows all products of this order; import its catalog first"));

        auto* buttons = child<QDialogButtonBox>(dialog, "importButtons");
        QVERIFY(buttons->button(QDialogButtonBox::Close));
        QVERIFY(!buttons->button(QDialogButtonBox::Cancel));
        buttons->button(QDialogButtonBox::Close)->click();
        QVERIFY(!dialog.isVisible());
    }

    void allGoodSaysNothingWasRejected()
    {
        OrderImportDialog dialog;
        QSignalSpy finished(&dialog, &OrderImportDialog::importFinished);
        dialog.start(m_store, osLoginName(), { writeOrder(QStringLiteral("one.json"), QStringLiteral("O-1")) });
        QVERIFY(finished.wait(20000));
        QCOMPARE(child<QLabel>(dialog, "importStatusLabel")->text(), QStringLiteral("Imported 1 order(s); nothing was rejected."));
        QVERIFY(child<QLabel>(dialog, "importRejectionsLabel")->isHidden());
        QVERIFY(child<QPushButton>(dialog, "importDetailsButton")->isHidden());
    }

    // Cancel while the import waits for the store (another connection holds the write lock): the
    // dialog stays open saying it is cancelling; the import stops after the group it is in, and the
    // summary says how far it got. What was committed stays.
    void cancelStopsAfterTheCurrentGroupAndSaysSo()
    {
        QStringList files;
        for (int i = 1; i <= 10; ++i)
            files << writeOrder(QStringLiteral("c-%1.json").arg(i), QStringLiteral("C-%1").arg(i));
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(m_store);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        OrderImportDialog dialog;
        dialog.show();
        dialog.job()->setGroupSize(1);
        QSignalSpy finished(&dialog, &OrderImportDialog::importFinished);
        dialog.start(m_store, osLoginName(), files);
        dialog.reject(); // Esc or Cancel
        QVERIFY(dialog.isVisible());
        auto* cancel = child<QDialogButtonBox>(dialog, "importButtons")->button(QDialogButtonBox::Cancel);
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(cancel->text(), QStringLiteral("Cancelling\u2026"));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));

        QVERIFY(finished.wait(20000));
        const int imported = finished.first().at(0).toInt();
        QVERIFY2(imported <= 1, "at most the group under way when Cancel was pressed");
        QVERIFY(dialog.job()->report().cancelled);
        QCOMPARE(storedOrders(), imported);
        const QString status = child<QLabel>(dialog, "importStatusLabel")->text();
        QVERIFY2(status.contains(QStringLiteral("Cancelled after %1 of 10 files: the orders imported so far stay in the store; the other "
                                                "files were not read.")
                                     .arg(dialog.job()->report().read)),
                 qPrintable(status));
        lock = QSqlQuery();
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    // The import is one command for the signed-in user: one who may not import gets the refusal.
    void aUserWithoutTheRoleIsRefused()
    {
        OrderImportDialog dialog;
        QSignalSpy finished(&dialog, &OrderImportDialog::importFinished);
        dialog.start(m_store, QStringLiteral("nobody"), { writeOrder(QStringLiteral("r.json"), QStringLiteral("R-1")) });
        QVERIFY(finished.wait(20000));
        const QString status = child<QLabel>(dialog, "importStatusLabel")->text();
        QVERIFY2(status.startsWith(QStringLiteral("Nothing was imported: ")), qPrintable(status));
        QCOMPARE(storedOrders(), 0);
    }
};

QTEST_MAIN(TestOrderImportDialog)
#include "tst_orderimportdialog.moc"
