// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dashboardpage.h"

#include "chartpanel.h"
#include "dashboardcharts.h"
#include "dashboardexport.h"
#include "drilldowndialog.h"
#include "kpitiles.h"
#include "kpimodels.h"
#include "rangepicker.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace fw {

namespace {
    constexpr int signatureRows = 8; // what the chart's height shows legibly
    constexpr int signatureLabelChars = 36;
    constexpr int falloutLaneRows = 8; // what the chart's height shows legibly
} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
    , m_days(new KpiDayModel(this))
    , m_histogram(new CycleHistogramModel(this))
    , m_laneAdherence(new LaneAdherenceModel(this))
    , m_falloutByLane(new KpiCountModel(tr("Lane"), falloutLaneRows, 24, this))
    , m_falloutBySignature(new KpiCountModel(tr("Error signature"), signatureRows, signatureLabelChars, this))
    , m_queues(new QueueLoadModel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    qRegisterMetaType<fw::KpiRange>();
    qRegisterMetaType<fw::KpiDrill>();

    m_range = new RangePicker(this);
    connect(m_range, &RangePicker::rangeChanged, this, &DashboardPage::rangeChanged);

    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setToolTip(tr("Compute the figures again for the range"));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refreshRequested);

    m_export = new QPushButton(tr("Export\u2026"), this);
    m_export->setObjectName(QStringLiteral("exportDashboardButton"));
    m_export->setToolTip(tr("Save the dashboard as a PNG image or a PDF document"));
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::chooseExportFile);

    m_busy = new QLabel(tr("Computing\u2026"), this);
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setToolTip(tr("The figures shown are the previous ones until the new ones are ready"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busy->hide();
    m_busyBar->hide();

    m_computedAt = new QLabel(this);
    m_computedAt->setObjectName(QStringLiteral("dashboardComputedAt"));
    m_computedAt->setForegroundRole(QPalette::PlaceholderText);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(8, 4, 8, 4);
    m_message->setAutoFillBackground(true);
    m_message->hide();

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_range);
    bar->addWidget(m_refresh);
    bar->addSpacing(8);
    bar->addWidget(m_busy);
    bar->addWidget(m_busyBar);
    bar->addStretch(1);
    bar->addWidget(m_computedAt);
    bar->addSpacing(8);
    bar->addWidget(m_export);

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setAutoFillBackground(true);
    m_tiles = new KpiTiles(m_content);
    m_charts = new DashboardCharts(KpiModels { m_days, m_histogram, m_laneAdherence, m_falloutByLane, m_falloutBySignature, m_queues },
                                   m_content);
    connect(m_charts, &DashboardCharts::drillRequested, this,
            [this](const KpiDrill& drill) { Q_EMIT drillDownRequested(m_report.range, drill); });

    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    const auto& panels = m_charts->panels();
    for (std::size_t i = 0; i < panels.size(); ++i) {
        const bool alone = i % 2 == 0 && i + 1 == panels.size(); // the last one alone: the whole row (room for queue names)
        grid->addWidget(panels[i], int(i / 2), int(i % 2), 1, alone ? 2 : 1);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(10, 10, 10, 10);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_tiles);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setAccessibleName(tr("Dashboard charts"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_content);

    m_drill = new DrillDownDialog(this);
    connect(m_drill, &DrillDownDialog::openOrderRequested, this, &DashboardPage::openOrderRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);

    setReport(KpiReport { m_range->range() });
}

void DashboardPage::setReport(const KpiReport& report)
{
    m_report = report;
    m_days->setReport(report);
    m_histogram->setReport(report);
    m_laneAdherence->setReport(report);
    m_falloutByLane->setCounts(report.falloutByLane);
    m_falloutBySignature->setCounts(report.falloutBySignature);
    m_queues->setReport(report);
    m_charts->reportChanged(report);
    m_tiles->setReport(report);
    m_computedAt->setText(report.computedAt.isValid()
                              ? tr("%1 to %2, computed %3")
                                    .arg(kpitext::day(report.range.from), kpitext::day(report.range.to),
                                         report.computedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                              : QString());
    setError({});
}

void DashboardPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_busyBar->setVisible(busy);
    m_refresh->setEnabled(!busy);
}

void DashboardPage::setError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::Window, QColor(0xd0, 0x3b, 0x3b).lighter(palette.color(QPalette::Window).lightness() < 128 ? 60 : 190));
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

KpiRange DashboardPage::range() const
{
    return m_range->range();
}

void DashboardPage::setRange(const KpiRange& range)
{
    m_range->setRange(range);
}

void DashboardPage::setDrillResult(const KpiDrill& drill, const std::vector<DrillOrder>& orders)
{
    QString bucket;
    if (drill.kind == KpiDrill::Kind::CycleBucket)
        bucket = m_histogram->index(drill.bucket, CycleHistogramModel::BucketColumn).data().toString();
    m_drill->setResult(drill, m_report.range, orders, bucket);
    m_drill->show();
    m_drill->raise();
    m_drill->table()->setFocus();
}

QString DashboardPage::exportTitle() const
{
    QString title = tr("Fulfillment KPIs, %1 to %2").arg(kpitext::day(m_report.range.from), kpitext::day(m_report.range.to));
    if (m_report.computedAt.isValid())
        title += tr(" (computed %1 UTC)").arg(m_report.computedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return title;
}

Status DashboardPage::exportTo(const QString& path) const
{
    // Page breaks between the rows of charts, never through one.
    std::vector<int> breaks { m_tiles->geometry().bottom() + 5 };
    for (const ChartPanel* panel : m_charts->panels())
        breaks.push_back(panel->mapTo(m_content, QPoint(0, panel->height())).y() + 5);
    return exportWidget(m_content, path, exportTitle(), breaks);
}

void DashboardPage::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/kpi-%1-%2.pdf").arg(m_report.range.from.toString(Qt::ISODate), m_report.range.to.toString(Qt::ISODate));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Dashboard"), suggested, tr("PDF document (*.pdf);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (const Status exported = exportTo(path); !exported)
        QMessageBox::warning(this, tr("Export Dashboard"), exported.message());
}

void DashboardPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_charts)
        m_charts->applyPalette(palette());
}

} // namespace fw
