// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace fw {

// Paints a column as a thin progress bar (the fraction 0..1 in `role`) behind its text.
class ProgressDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    ProgressDelegate(int role, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace fw
