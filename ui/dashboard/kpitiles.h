// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;

namespace fw {

struct KpiReport;

// The headline figures as cards: orders completed, throughput per day, median and p90 cycle time,
// fallout rate against the 2 % target (red when above), touchless ratio, SLA adherence. Each card
// is named ("tileFalloutRate"), its figure "<card>Value", its note "<card>Note"; the fallout card
// carries the property "aboveTarget".
class KpiTiles final : public QWidget {
    Q_OBJECT

public:
    explicit KpiTiles(QWidget* parent = nullptr);
    void setReport(const KpiReport& report);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Tile {
        QWidget* card = nullptr;
        QLabel* value = nullptr;
        QLabel* note = nullptr;
    };
    Tile addTile(const QString& objectName, const QString& title, const QString& toolTip);
    void setTile(const Tile& tile, const QString& value, const QString& note);
    void restyle();

    Tile m_completed;
    Tile m_throughput;
    Tile m_median;
    Tile m_p90;
    Tile m_fallout;
    Tile m_touchless;
    Tile m_sla;
    bool m_aboveTarget = false;
};

} // namespace fw
