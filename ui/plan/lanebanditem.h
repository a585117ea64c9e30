// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QGraphicsItem>
#include <QStaticText>

namespace fw {

class PlanGraphStyle;

// One swimlane: a horizontal band behind its steps, with a header at its left (accent bar, lane
// name, step count and the collapse toggle). Collapsed, it is a header strip. The band of collapsed
// groups that span lanes is one too.
class LaneBandItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    LaneBandItem(int lane, const QString& name, int steps, const PlanGraphStyle* style);

    int type() const override { return Type; }
    int lane() const { return m_lane; }
    QString name() const { return m_name; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void setBand(const QRectF& rect, qreal headerWidth, bool collapsed);
    bool isCollapsed() const { return m_collapsed; }
    // The header's collapse toggle, in item coordinates.
    QRectF toggleRect() const;
    QRectF headerRect() const;
    void setStyle(const PlanGraphStyle* style);
    // Makes this the band of groups that span lanes (PlanGroupModel): its title, its steps and a
    // neutral accent instead of a lane colour.
    void setGroupBand(const QString& title, int steps);
    bool isGroupBand() const { return m_groupBand; }
    // A line in the empty band ("All steps of this lane are in the groups above"); empty: none.
    void setNote(const QString& note);
    QString note() const { return m_note; }

private:
    void prepareTexts();

    const PlanGraphStyle* m_style;
    QRectF m_rect;
    QString m_name;
    QStaticText m_nameText;
    QStaticText m_countText;
    QString m_note;
    qreal m_headerWidth = 0;
    int m_lane;
    int m_steps;
    bool m_collapsed = false;
    bool m_groupBand = false;
};

} // namespace fw
