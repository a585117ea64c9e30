// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTreeView>

namespace fw {

class PlanStepModel;

// The plan's steps grouped by lane: lane rows span the whole width, every lane starts expanded and
// the columns get widths that fit steps rather than the header text.
class PlanStepTree : public QTreeView {
    Q_OBJECT

public:
    explicit PlanStepTree(QWidget* parent = nullptr);

    void setPlanModel(PlanStepModel* model);

private:
    void applyLayout();

    PlanStepModel* m_model = nullptr;
};

} // namespace fw
