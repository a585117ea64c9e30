// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kpimetatypes.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace fw {

// The dashboard's time range: Today, Last 7, 30 or 90 days (each ending today, UTC), or Custom with
// two dates. A user's choice emits rangeChanged; setRange() does not. "Today" is injectable.
class RangePicker final : public QWidget {
    Q_OBJECT

public:
    enum Preset { Today, Last7Days, Last30Days, Last90Days, Custom };

    explicit RangePicker(QWidget* parent = nullptr);

    KpiRange range() const;
    void setRange(const KpiRange& range); // picks the preset it matches, else Custom
    Preset preset() const;
    void setPreset(Preset preset); // as a user would: emits rangeChanged
    QDate today() const { return m_today; }
    void setToday(const QDate& today); // the presets end here; default: today in UTC

    static KpiRange presetRange(Preset preset, const QDate& today);

Q_SIGNALS:
    void rangeChanged(const fw::KpiRange& range);

private:
    void showRange(const KpiRange& range);
    void onPresetChosen();
    void onDateEdited();

    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QDate m_today;
    bool m_updating = false;
};

} // namespace fw
