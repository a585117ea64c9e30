// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine's check of manual-task form data (fwctl, the API and the GUI all go through it): a
// required yes/no must be answered true or false; missing or null is refused, naming the field.

#include "domain/catalog.h"
#include "engine/formvalidation.h"

#include <QTest>

using namespace fw;

namespace {
ManualTaskSpec finalTestForm()
{
    ManualTaskSpec spec;
    spec.form = {
        FormField { QStringLiteral("testPassed"), QStringLiteral("Final test passed"), FormField::Type::Boolean, true, {} },
        FormField { QStringLiteral("photos"), QStringLiteral("Photos taken"), FormField::Type::Boolean, false, {} },
        FormField { QStringLiteral("serial"), QStringLiteral("Serial number"), FormField::Type::String, true, {} },
    };
    return spec;
}
} // namespace

class TestFormValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requiredYesNo_data()
    {
        QTest::addColumn<QVariantMap>("data");
        QTest::addColumn<QStringList>("problems");
        const QString serial = QStringLiteral("serial");
        const QString sn = QStringLiteral("SN-7");
        const QString passed = QStringLiteral("testPassed");
        QTest::addRow("missing") << QVariantMap { { serial, sn } }
                                 << QStringList { QStringLiteral("Final test passed (testPassed) is required: answer yes or no") };
        QTest::addRow("null") << QVariantMap { { serial, sn }, { passed, QVariant::fromValue(nullptr) } }
                              << QStringList { QStringLiteral("Final test passed (testPassed) is required: answer yes or no") };
        QTest::addRow("empty text") << QVariantMap { { serial, sn }, { passed, QString() } }
                                    << QStringList { QStringLiteral("Final test passed (testPassed) is required: answer yes or no") };
        QTest::addRow("text false") << QVariantMap { { serial, sn }, { passed, QStringLiteral("false") } }
                                    << QStringList { QStringLiteral("Final test passed (testPassed) must be true or false") };
        QTest::addRow("false is an answer") << QVariantMap { { serial, sn }, { passed, false } } << QStringList {};
        QTest::addRow("true") << QVariantMap { { serial, sn }, { passed, true } } << QStringList {};
        QTest::addRow("optional yes/no answered no")
            << QVariantMap { { serial, sn }, { passed, true }, { QStringLiteral("photos"), false } } << QStringList {};
        QTest::addRow("both required missing") << QVariantMap {}
                                               << QStringList { QStringLiteral(
                                                                    "Final test passed (testPassed) is required: answer yes or no"),
                                                                QStringLiteral("Serial number (serial) is required") };
    }
    void requiredYesNo()
    {
        QFETCH(QVariantMap, data);
        QFETCH(QStringList, problems);
        QCOMPARE(validateForm(finalTestForm(), data), problems);
    }
};

QTEST_GUILESS_MAIN(TestFormValidation)
#include "tst_formvalidation.moc"
