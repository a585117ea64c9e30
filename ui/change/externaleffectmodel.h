// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/changepreview.h"

#include <QAbstractTableModel>

namespace fw {

// The callouts a change order will send once applied (ChangePreview::effects): kind, step, the
// request line (METHOD endpoint path) and, in PayloadRole, the rendered payload indented.
class ExternalEffectModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KindColumn, StepColumn, RequestColumn, ColumnCount };
    enum Role { PayloadRole = Qt::UserRole + 1, StepIdRole };

    explicit ExternalEffectModel(QObject* parent = nullptr);

    void setEffects(std::vector<ExternalEffect> effects);
    static QString requestLine(const ExternalEffect& effect); // "POST carrier /returns"
    static QString prettyPayload(const QString& payload); // indented JSON; other text as it is

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ExternalEffect> m_effects;
};

} // namespace fw
