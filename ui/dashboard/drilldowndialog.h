// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kpi/kpireport.h"

#include <QDialog>

#include <vector>

class QLabel;
class QTableView;

namespace fw {

class DrillOrderModel;

// The orders behind a clicked bar or point: a title saying what was clicked and a table of the
// orders; double-click or Enter on a row emits openOrderRequested. Not modal: the dashboard stays usable.
class DrillDownDialog final : public QDialog {
    Q_OBJECT

public:
    explicit DrillDownDialog(QWidget* parent = nullptr);

    // bucketLabel: the clicked cycle-time bucket's label, for a CycleBucket drill.
    void setResult(const KpiDrill& drill, const KpiRange& range, std::vector<DrillOrder> orders, const QString& bucketLabel = {});
    QString title() const;
    QTableView* table() const { return m_table; }

    // "Orders completed on 2026-03-02", "Orders with fallout of lane billing", ...
    static QString describe(const KpiDrill& drill, const KpiRange& range, const QString& bucketLabel = {});

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);

private:
    QLabel* m_title;
    QTableView* m_table;
    DrillOrderModel* m_model;
};

} // namespace fw
