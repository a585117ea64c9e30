// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/ordersummaryreport.h"

#include <QObject>
#include <QPointer>

class QGraphicsScene;
class QPrinter;
class QPushButton;
class QWidget;

namespace fw {

class EvidenceExport;

// The documents an order page makes: its evidence bundle (Export Evidence..., PDF or JSON, through
// EvidenceExport) and its printout (File > Print..., Ctrl+P: the order summary, then the whole plan
// graph fitted to a landscape page, and in readable tiles over further pages when it is too big to
// read on one), with a print preview. The summary is read on a pool thread before the preview opens.
class OrderDocuments final : public QObject {
    Q_OBJECT

public:
    OrderDocuments(QString storePath, QString orderId, QGraphicsScene* plan, QWidget* page);

    QPushButton* evidenceButton() const { return m_evidenceButton; }
    void exportEvidence(const QString& filePath); // without asking
    void printPreview(); // reads the summary, then the preview dialog

    // Prints the summary and the plan graph on `printer` (which should be landscape); false when
    // the printer cannot be painted on.
    static bool print(QPrinter* printer, const OrderSummaryReport& summary, QGraphicsScene* plan);
    static QString summaryHtml(const OrderSummaryReport& summary);

Q_SIGNALS:
    void evidenceExported(const QString& filePath, const QString& error);
    void previewReady(); // the summary is read and the preview dialog is about to open

private:
    QString m_storePath;
    QString m_orderId;
    QPointer<QGraphicsScene> m_plan;
    QWidget* m_page;
    EvidenceExport* m_evidence;
    QPushButton* m_evidenceButton;
};

} // namespace fw
