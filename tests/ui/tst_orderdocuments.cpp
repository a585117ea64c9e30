// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The documents an order page makes of the telecom sample run to completion: the evidence bundle as
// a PDF an auditor can file and as JSON (Export Evidence...), and the printout of the summary and
// the plan graph (File > Print..., Ctrl+P) on a PDF printer.
// Set FW_EVIDENCE_PDF to a file name to keep the evidence PDF (docs/screenshots/evidence-pdf.png),
// FW_PRINT_PDF to keep the printout.

#include "change/ordersummaryreader.h"
#include "completedsample.h"
#include "mainwindow/mainwindow.h"
#include "orders/evidencepdf.h"
#include "orders/orderdocuments.h"
#include "orders/orderpage.h"
#include "plan/plangraphwidget.h"
#include "plan/planscene.h"
#include "report/evidencebuilder.h"
#include "workspace/storeworkspace.h"

#include <QAction>
#include <QApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTimer>
#include <QFile>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

namespace {
// The pages of a PDF file: its page objects; -1 when it is not a PDF.
int pdfPages(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF"))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(bytes)); it.hasNext(); it.next())
        ++pages;
    return pages;
}
} // namespace

class TestOrderDocuments : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<MainWindow> m_window;
    OrderPage* m_page = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("telecom.db"));
        const Status completed = test::completeTelecomSample(m_store);
        QVERIFY2(completed, qPrintable(completed.message()));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1366, 768);
        m_window->show();
        QSignalSpy ready(m_window.get(), &MainWindow::storeReady);
        m_window->openStore(m_store);
        QVERIFY(ready.wait(10000));
        m_page = m_window->openOrderPage(QStringLiteral("SO-10001"));
        QVERIFY(m_page);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->graph()->scene()->sceneRect().isEmpty(), 10000);
    }
    void cleanupTestCase() { m_window.reset(); }

    // The builder's bundle written by EvidencePdf: a PDF of several pages (title page, proofs).
    void evidencePdfHasPages()
    {
        Database database(m_store);
        const auto bundle
            = buildEvidenceBundle(database.connection(), QStringLiteral("SO-10001"), QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
        QVERIFY2(bundle, qPrintable(bundle.message()));
        const QString html = EvidencePdf::html(*bundle);
        QVERIFY(html.contains(QStringLiteral("Hansen &amp; Partner Architekten")));
        QVERIFY(html.contains(QStringLiteral("Delivered when")));
        QVERIFY(html.contains(QStringLiteral("Signal received: router-delivered")));
        QVERIFY(html.contains(QStringLiteral("Start monthly billing")));
        const QString keep = qEnvironmentVariable("FW_EVIDENCE_PDF");
        const QString path = keep.isEmpty() ? m_dir.filePath(QStringLiteral("evidence.pdf")) : keep;
        const Status written = EvidencePdf::write(*bundle, path);
        QVERIFY2(written, qPrintable(written.message()));
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages))); // title, items and confirmations, callouts
        QCOMPARE(EvidencePdf::write(*bundle, m_dir.filePath(QStringLiteral("no/such/dir/e.pdf"))).error().where,
                 QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("no/such/dir/e.pdf"))));
    }

    // Export Evidence... on the order page: a PDF, or JSON by the file's suffix.
    void exportEvidenceFromTheOrderPage()
    {
        auto* button = m_page->findChild<QPushButton*>(QStringLiteral("orderEvidenceButton"));
        QVERIFY(button && button->isVisible() && !button->accessibleName().isEmpty());
        QSignalSpy exported(m_page->documents(), &OrderDocuments::evidenceExported);
        const QString pdf = m_dir.filePath(QStringLiteral("page-evidence.pdf"));
        m_page->documents()->exportEvidence(pdf);
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QVERIFY(pdfPages(pdf) >= 3);
        const QString json = m_dir.filePath(QStringLiteral("page-evidence.json"));
        m_page->documents()->exportEvidence(json);
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const nlohmann::json bundle = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
        QVERIFY(bundle["order"]["id"] == "SO-10001");
        QVERIFY(!bundle["deliveryConfirmations"].empty());
        QVERIFY(bundle["billingStart"]["step"].get<std::string>().find("start-monthly-billing") != std::string::npos);
        QVERIFY(button->isEnabled());
    }

    // File > Print... (Ctrl+P) is there for an order page; printing to a PDF printer gives the
    // summary and the plan graph on landscape pages.
    void printToPdf()
    {
        m_window->openOrderPage(QStringLiteral("SO-10001"));
        auto* print = m_window->findChild<QAction*>(QStringLiteral("printAction"));
        QVERIFY(print);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(print->isEnabled());

        Database database(m_store);
        const auto summary = readOrderSummaryReport(database.connection(), QStringLiteral("SO-10001"));
        QVERIFY2(summary, qPrintable(summary.message()));
        QVERIFY(OrderDocuments::summaryHtml(*summary).contains(QStringLiteral("Items: ordered and now")));
        const QString keep = qEnvironmentVariable("FW_PRINT_PDF");
        const QString path = keep.isEmpty() ? m_dir.filePath(QStringLiteral("print.pdf")) : keep;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageOrientation(QPageLayout::Landscape);
        QVERIFY(OrderDocuments::print(&printer, *summary, m_page->graph()->scene()));
        QVERIFY2(pdfPages(path) >= 2, qPrintable(QString::number(pdfPages(path)))); // the summary, the plan
    }

    // Ctrl+P on the order page opens the print preview with the summary and the plan on its pages.
    void printPreviewFromTheMenu()
    {
        m_window->openOrderPage(QStringLiteral("SO-10001"));
        auto* print = m_window->findChild<QAction*>(QStringLiteral("printAction"));
        QVERIFY(print && print->isEnabled());
        int previewPages = -1;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* preview = dialog->findChild<QPrintPreviewWidget*>();
            if (!preview || preview->pageCount() == 0)
                return;
            poll.stop();
            previewPages = preview->pageCount();
            dialog->reject();
        });
        poll.start();
        QSignalSpy ready(m_page->documents(), &OrderDocuments::previewReady);
        print->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(previewPages >= 0, 20000);
        QCOMPARE(ready.size(), 1);
        QVERIFY2(previewPages >= 2, qPrintable(QString::number(previewPages))); // the summary, the plan
        // Not on another page: nothing to print.
        m_window->showSection(MainWindow::Section::Orders);
        QVERIFY(!print->isEnabled());
    }
};

QTEST_MAIN(TestOrderDocuments)
#include "tst_orderdocuments.moc"
