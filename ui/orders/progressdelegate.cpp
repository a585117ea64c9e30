// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "progressdelegate.h"

#include <QPainter>

namespace fw {

ProgressDelegate::ProgressDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant value = index.data(m_role);
    if (value.isValid()) {
        const double fraction = std::clamp(value.toDouble(), 0.0, 1.0);
        const QRect track = option.rect.adjusted(4, option.rect.height() - 7, -4, -3);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor back = option.palette.color(QPalette::Mid);
        back.setAlpha(90);
        painter->setBrush(back);
        painter->drawRoundedRect(track, 2, 2);
        QRect done = track;
        done.setWidth(int(track.width() * fraction));
        painter->setBrush(fraction >= 1.0 ? QColor(0x2e, 0x9e, 0x5b) : option.palette.color(QPalette::Highlight));
        if (done.width() > 0)
            painter->drawRoundedRect(done, 2, 2);
        painter->restore();
    }
    QStyleOptionViewItem text = option;
    text.rect.adjust(0, -4, 0, -4); // the text sits above the bar
    QStyledItemDelegate::paint(painter, text, index);
}

} // namespace fw
