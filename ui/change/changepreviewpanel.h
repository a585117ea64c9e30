// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/changepreview.h"
#include "engine/enginesnapshot.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace fw {

class ExternalEffectModel;
class PlanDiffWidget;
class RowFilterModel;
class StepChangeModel;

// What a change order would do to a running order (ChangePreview), for the operator to decide:
// a banner (red with the PONR refusals and problems, naming step and line; amber when applying
// waits for callouts in flight; else the outcome), the item changes, the before/after plan graph,
// the step changes (kind, step, lane, state before -> after, reason; "changed only"), and the
// callouts it will send with their payloads.
class ChangePreviewPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ChangePreviewPanel(QWidget* parent = nullptr);

    // detail: the order as it runs now (the "before" graph and the lane names).
    // productNames: catalog product id -> name, for the item lines ("added Static IP block x1 ...").
    void setPreview(const ChangePreview& preview, const OrderDetail& detail, const QHash<QString, QString>& productNames = {});
    void clear(const QString& message);
    const ChangePreview& preview() const { return m_preview; }

    QLabel* banner() const { return m_banner; }
    PlanDiffWidget* planDiff() const { return m_diff; }
    StepChangeModel* stepModel() const { return m_steps; }
    ExternalEffectModel* effectModel() const { return m_effects; }
    QPlainTextEdit* payloadView() const { return m_payload; }
    QTableView* effectTable() const { return m_effectTable; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void showBanner();
    void showPayload();

    ChangePreview m_preview;
    QLabel* m_banner;
    QLabel* m_items;
    QTabWidget* m_tabs;
    PlanDiffWidget* m_diff;
    StepChangeModel* m_steps;
    RowFilterModel* m_stepFilter;
    QTableView* m_stepTable;
    QCheckBox* m_changedOnly;
    ExternalEffectModel* m_effects;
    QTableView* m_effectTable;
    QPlainTextEdit* m_payload;
};

} // namespace fw
