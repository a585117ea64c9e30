// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "renewals/renewal.h"

#include <QWidget>

#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace fw {

class RenewalModel;

// The supervisor's Renewals view (docs/assets.md, "Renewals"): the subscriptions whose term ends
// within N days, a bar chart of the value at risk per month (the count in each month's label), and
// the list filtered by state, with Claim, Renew and Decline for the selected renewal. The page
// asks (signals); SupervisorPages reads the store (RenewalSource) and sends the commands.
class RenewalsPage final : public QWidget {
    Q_OBJECT

public:
    explicit RenewalsPage(QWidget* parent = nullptr);

    void setRenewals(const std::vector<Renewal>& renewals, const QDate& today);
    void setError(const QString& message);
    void setActionResult(bool ok, const QString& text);
    // Why the user may not take each action (empty: may), for the buttons' tooltips.
    void setRefusals(const QString& claim, const QString& renew, const QString& decline);
    int withinDays() const;
    std::vector<Renewal::State> states() const;
    RenewalModel* model() const { return m_model; }
    QChartView* chartView() const { return m_chartView; }

Q_SIGNALS:
    void refreshRequested();
    void claimRequested(qint64 renewal);
    void renewRequested(qint64 renewal);
    void declineRequested(qint64 renewal, const QString& reason);

private:
    void updateChart(const std::vector<Renewal>& renewals);
    void updateButtons();
    const Renewal* selected() const;

    RenewalModel* m_model;
    QSpinBox* m_within;
    QComboBox* m_state;
    QLabel* m_summary;
    QChartView* m_chartView;
    QTableView* m_table;
    QPushButton* m_claim;
    QPushButton* m_renew;
    QPushButton* m_decline;
    QLabel* m_result;
    QString m_refusals[3];
};

} // namespace fw
