// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renewalspage.h"

#include "renewalmodel.h"
#include "renewals/renewalforecast.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fw {

RenewalsPage::RenewalsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new RenewalModel(this))
    , m_within(new QSpinBox(this))
    , m_state(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_table(new QTableView(this))
    , m_claim(new QPushButton(tr("&Claim"), this))
    , m_renew(new QPushButton(tr("&Renew"), this))
    , m_decline(new QPushButton(tr("&Decline..."), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("renewalsPage"));
    m_within->setObjectName(QStringLiteral("renewalsWithin"));
    m_within->setRange(0, 3650);
    m_within->setValue(90);
    m_within->setSingleStep(30);
    m_within->setSuffix(tr(" days"));
    m_state->setObjectName(QStringLiteral("renewalsState"));
    m_state->addItem(tr("To work (open, claimed, upcoming)"));
    m_state->addItem(tr("Open"), int(Renewal::State::Open));
    m_state->addItem(tr("Claimed"), int(Renewal::State::Claimed));
    m_state->addItem(tr("Upcoming"), int(Renewal::State::Upcoming));
    m_state->addItem(tr("Renewed"), int(Renewal::State::Renewed));
    m_state->addItem(tr("Declined"), int(Renewal::State::Declined));
    auto* refresh = new QPushButton(tr("Refresh"), this);

    auto* filters = new QHBoxLayout;
    auto* withinLabel = new QLabel(tr("Term ends within:"), this);
    withinLabel->setBuddy(m_within);
    auto* stateLabel = new QLabel(tr("State:"), this);
    stateLabel->setBuddy(m_state);
    filters->addWidget(withinLabel);
    filters->addWidget(m_within);
    filters->addSpacing(12);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(refresh);
    filters->addStretch(1);

    m_summary->setObjectName(QStringLiteral("renewalsSummary"));
    m_summary->setWordWrap(true);
    m_chartView->setObjectName(QStringLiteral("renewalsChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setChart(chart);

    m_table->setObjectName(QStringLiteral("renewalsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Renewals"));

    m_claim->setObjectName(QStringLiteral("renewalClaim"));
    m_renew->setObjectName(QStringLiteral("renewalRenew"));
    m_decline->setObjectName(QStringLiteral("renewalDecline"));
    m_result->setObjectName(QStringLiteral("renewalResult"));
    m_result->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_claim);
    actions->addWidget(m_renew);
    actions->addWidget(m_decline);
    actions->addWidget(m_result, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_chartView, 2);
    layout->addWidget(m_table, 3);
    layout->addLayout(actions);

    connect(refresh, &QPushButton::clicked, this, &RenewalsPage::refreshRequested);
    connect(m_within, &QSpinBox::editingFinished, this, &RenewalsPage::refreshRequested);
    connect(m_state, &QComboBox::currentIndexChanged, this, &RenewalsPage::refreshRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RenewalsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RenewalsPage::updateButtons);
    connect(m_claim, &QPushButton::clicked, this, [this] {
        if (const Renewal* r = selected())
            Q_EMIT claimRequested(r->id);
    });
    connect(m_renew, &QPushButton::clicked, this, [this] {
        if (const Renewal* r = selected())
            Q_EMIT renewRequested(r->id);
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        const Renewal* r = selected();
        if (!r)
            return;
        const qint64 id = r->id;
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Decline Renewal"),
                                                     tr("Why is the renewal of %1 declined? The subscription ends on %2.")
                                                         .arg(r->assetId, QLocale().toString(r->termEnd, QLocale::ShortFormat)),
                                                     QLineEdit::Normal, {}, &ok)
                                   .trimmed();
        if (ok && !reason.isEmpty())
            Q_EMIT declineRequested(id, reason);
    });
    updateButtons();
}

int RenewalsPage::withinDays() const
{
    return m_within->value();
}

std::vector<Renewal::State> RenewalsPage::states() const
{
    const QVariant state = m_state->currentData();
    if (!state.isValid())
        return {};
    return { Renewal::State(state.toInt()) };
}

void RenewalsPage::setRenewals(const std::vector<Renewal>& renewals, const QDate& today)
{
    const qint64 selectedId = selected() ? selected()->id : 0;
    m_model->setRenewals(renewals);
    for (int row = 0; selectedId && row < m_model->rowCount(); ++row) {
        if (m_model->renewal(row)->id == selectedId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    QMap<QString, double> total;
    for (const Renewal& r : renewals)
        total[r.currency] += r.value;
    QStringList values;
    for (auto it = total.cbegin(); it != total.cend(); ++it) {
        if (!it.key().isEmpty())
            values << RenewalModel::moneyText(it.value(), it.key());
    }
    m_summary->setText(tr("%n renewal(s) with a term ending by %1, value at risk %2.", nullptr, int(renewals.size()))
                           .arg(QLocale().toString(today.addDays(withinDays()), QLocale::ShortFormat),
                                values.isEmpty() ? tr("none") : values.join(QStringLiteral(", "))));
    updateChart(renewals);
}

void RenewalsPage::setError(const QString& message)
{
    m_summary->setText(tr("The renewals cannot be read: %1").arg(message));
}

void RenewalsPage::setActionResult(bool ok, const QString& text)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
}

void RenewalsPage::setRefusals(const QString& claim, const QString& renew, const QString& decline)
{
    m_refusals[0] = claim;
    m_refusals[1] = renew;
    m_refusals[2] = decline;
    updateButtons();
}

const Renewal* RenewalsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->renewal(rows.constFirst().row());
}

void RenewalsPage::updateButtons()
{
    const Renewal* r = selected();
    const bool workable = r && r->id && (r->state == Renewal::State::Open || r->state == Renewal::State::Claimed);
    QPushButton* buttons[] { m_claim, m_renew, m_decline };
    for (int i = 0; i < 3; ++i) {
        buttons[i]->setEnabled(workable && m_refusals[i].isEmpty());
        buttons[i]->setToolTip(
            m_refusals[i].isEmpty()
                ? (r && !r->id ? tr("Not due yet: the renewal opens on %1").arg(QLocale().toString(r->dueDate, QLocale::ShortFormat))
                               : QString())
                : m_refusals[i]);
    }
}

void RenewalsPage::updateChart(const std::vector<Renewal>& renewals)
{
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    const std::vector<RenewalMonth> months = renewalsByMonth(renewals);
    // One currency is charted: the one with the most value at risk (others are in the summary line).
    QMap<QString, double> total;
    for (const RenewalMonth& month : months) {
        for (auto it = month.value.cbegin(); it != month.value.cend(); ++it)
            total[it.key()] += it.value();
    }
    total.remove(QString());
    QString currency;
    for (auto it = total.cbegin(); it != total.cend(); ++it) {
        if (currency.isEmpty() || it.value() > total.value(currency))
            currency = it.key();
    }
    auto* set = new QBarSet(tr("Value at risk"));
    set->setColor(QColor(0x2e, 0x6d, 0xb4));
    QStringList categories;
    double maximum = 0;
    for (const RenewalMonth& month : months) {
        const double value = month.value.value(currency);
        set->append(value);
        maximum = std::max(maximum, value);
        // The month, its count and its value in the locale's format (Qt Charts' own bar labels are not localized).
        categories << tr("%1 (%n)", nullptr, month.count).arg(QLocale().toString(month.month, QStringLiteral("MMM yyyy")))
                + QLatin1Char('\n') + RenewalModel::moneyText(value, currency);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(currency); // the chart's title says what it is
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->setTitle(months.empty() ? tr("No renewals in this period") : tr("Value at risk by month the term ends (renewals in brackets)"));
}

} // namespace fw
