// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rangepicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace fw {

RangePicker::RangePicker(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_today(QDateTime::currentDateTimeUtc().date())
{
    setObjectName(QStringLiteral("kpiRangePicker"));
    m_preset->setObjectName(QStringLiteral("kpiRangePreset"));
    m_preset->addItem(tr("Today"), Today);
    m_preset->addItem(tr("Last 7 days"), Last7Days);
    m_preset->addItem(tr("Last 30 days"), Last30Days);
    m_preset->addItem(tr("Last 90 days"), Last90Days);
    m_preset->addItem(tr("Custom"), Custom);
    m_preset->setToolTip(tr("The days the figures cover (UTC); queue load is always now"));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("kpiRangeFrom"));
    m_to->setObjectName(QStringLiteral("kpiRangeTo"));
    m_from->setToolTip(tr("First day of the range"));
    m_to->setToolTip(tr("Last day of the range"));
    m_from->setAccessibleName(tr("First day of the range"));
    m_to->setAccessibleName(tr("Last day of the range"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Range:"), this));
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("\u2013"), this));
    layout->addWidget(m_to);

    m_preset->setCurrentIndex(Last7Days);
    showRange(presetRange(Last7Days, m_today));
    connect(m_preset, &QComboBox::activated, this, &RangePicker::onPresetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &RangePicker::onDateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &RangePicker::onDateEdited);
}

KpiRange RangePicker::presetRange(Preset preset, const QDate& today)
{
    switch (preset) {
    case Today:
        return { today, today };
    case Last7Days:
        return { today.addDays(-6), today };
    case Last30Days:
        return { today.addDays(-29), today };
    case Last90Days:
        return { today.addDays(-89), today };
    case Custom:
        break;
    }
    return {};
}

KpiRange RangePicker::range() const
{
    return { m_from->date(), m_to->date() };
}

RangePicker::Preset RangePicker::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void RangePicker::setRange(const KpiRange& range)
{
    Preset match = Custom;
    for (Preset preset : { Today, Last7Days, Last30Days, Last90Days }) {
        const KpiRange candidate = presetRange(preset, m_today);
        if (candidate.from == range.from && candidate.to == range.to)
            match = preset;
    }
    m_preset->setCurrentIndex(match);
    showRange(range);
}

void RangePicker::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(preset);
    onPresetChosen();
}

void RangePicker::setToday(const QDate& today)
{
    m_today = today;
    if (preset() != Custom)
        showRange(presetRange(preset(), m_today));
}

void RangePicker::showRange(const KpiRange& range)
{
    m_updating = true;
    m_from->setDate(range.from);
    m_to->setDate(range.to);
    m_updating = false;
    const bool custom = preset() == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

void RangePicker::onPresetChosen()
{
    if (preset() != Custom)
        showRange(presetRange(preset(), m_today));
    else
        showRange(range());
    Q_EMIT rangeChanged(range());
}

void RangePicker::onDateEdited()
{
    if (m_updating)
        return;
    // Keep from <= to: moving one end past the other drags it along.
    m_updating = true;
    if (sender() == m_from && m_from->date() > m_to->date())
        m_to->setDate(m_from->date());
    else if (sender() == m_to && m_to->date() < m_from->date())
        m_from->setDate(m_to->date());
    m_updating = false;
    Q_EMIT rangeChanged(range());
}

} // namespace fw
