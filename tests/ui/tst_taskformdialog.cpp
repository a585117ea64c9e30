// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The form that completes a manual task: a required yes/no is an explicit choice (Yes or No, neither
// chosen at first) and Complete refuses it unanswered, naming the field; other fields keep their rules,
// and their problems (the engine's form validation) show in German in a German workbench.
// Set FW_TASKFORM_SCREENSHOT to a file name to save the dialog (refused, unanswered) as the test shows it.

#include "engine/enginesnapshot.h"
#include "tasks/taskformdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTranslator>

using namespace fw;

namespace {
TaskSummary finalTestTask()
{
    TaskSummary task;
    task.id = 7;
    task.queue = QStringLiteral("field-techs");
    task.orderId = QStringLiteral("SO-10001");
    task.stepId = QStringLiteral("line:1.F_ONT/final-test");
    task.stepName = QStringLiteral("Final line test");
    task.spec.queue = task.queue;
    task.spec.instructions = QStringLiteral("Measure the optical level at the ONT and run the line test.");
    task.spec.form = {
        FormField { QStringLiteral("technician"), QStringLiteral("Technician"), FormField::Type::String, true, {} },
        FormField { QStringLiteral("testPassed"), QStringLiteral("Final test passed"), FormField::Type::Boolean, true, {} },
        FormField { QStringLiteral("photos"), QStringLiteral("Photos taken"), FormField::Type::Boolean, false, {} },
    };
    return task;
}
} // namespace

class TestTaskFormDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requiredYesNoIsAnExplicitChoice_data()
    {
        QTest::addColumn<QString>("choose"); // "", "yes" or "no"
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QVariant>("testPassed"); // what the engine gets (invalid: not sent)
        QTest::addRow("unanswered is refused") << QString() << false << QVariant();
        QTest::addRow("yes") << QStringLiteral("yes") << true << QVariant(true);
        QTest::addRow("no is an answer") << QStringLiteral("no") << true << QVariant(false);
    }
    void requiredYesNoIsAnExplicitChoice()
    {
        QFETCH(QString, choose);
        QFETCH(bool, accepted);
        QFETCH(QVariant, testPassed);
        TaskFormDialog dialog(finalTestTask());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* yes = dialog.findChild<QRadioButton*>(QStringLiteral("field_testPassed_yes"));
        auto* no = dialog.findChild<QRadioButton*>(QStringLiteral("field_testPassed_no"));
        QVERIFY(yes && no);
        QVERIFY(!yes->isChecked() && !no->isChecked()); // nothing is assumed
        QVERIFY(!dialog.formData().contains(QStringLiteral("testPassed")));
        dialog.findChild<QLineEdit*>(QStringLiteral("field_technician"))->setText(QStringLiteral("olga"));
        if (choose == QStringLiteral("yes"))
            QTest::mouseClick(yes, Qt::LeftButton);
        else if (choose == QStringLiteral("no"))
            QTest::mouseClick(no, Qt::LeftButton);

        dialog.findChild<QPushButton*>(QStringLiteral("completeButton"))->click();
        QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("error_testPassed"));
        QCOMPARE(error->isVisible(), !accepted);
        if (!accepted) {
            QCOMPARE(error->text(), QStringLiteral("Final test passed: choose Yes or No"));
            QVERIFY(dialog.isVisible());
            QCOMPARE(QApplication::focusWidget(), yes); // the cursor is where the answer goes
            if (const QString path = qEnvironmentVariable("FW_TASKFORM_SCREENSHOT"); !path.isEmpty())
                QVERIFY(dialog.grab().save(path));
        }
        QCOMPARE(dialog.formData().value(QStringLiteral("testPassed")), testPassed);
    }

    void problemsShowInGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(FW_QM_DIR "/fulfillment-workbench_de.qm")));
        QCoreApplication::installTranslator(&german);
        TaskFormDialog dialog(finalTestTask());
        dialog.findChild<QPushButton*>(QStringLiteral("completeButton"))->click(); // nothing filled in
        const QString technician = dialog.findChild<QLabel*>(QStringLiteral("error_technician"))->text();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(technician, QStringLiteral("Technician ist erforderlich"));
    }

    void optionalYesNoStaysACheckbox()
    {
        TaskFormDialog dialog(finalTestTask());
        QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("field_photos"))->inherits("QCheckBox"));
        QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("field_photos_yes")));
    }
};

QTEST_MAIN(TestTaskFormDialog)
#include "tst_taskformdialog.moc"
