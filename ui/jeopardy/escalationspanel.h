// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

#include <functional>

class QPushButton;
class QTableView;

namespace fw {

class EscalationModel;
class RowFilterModel;
class StoreSession;

// The supervisors' escalations: what jeopardy rules (or colleagues) escalated, to take and
// resolve with a note of what was done. Actions go to the engine through the session.
class EscalationsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit EscalationsPanel(StoreSession* session, QWidget* parent = nullptr);
    EscalationModel* model() const { return m_model; }
    // Asks for the resolution text (a dialog by default; tests script it). Empty: cancelled.
    void setResolutionPrompt(std::function<QString(QWidget*, qint64)> prompt) { m_prompt = std::move(prompt); }

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);

private:
    void takeCurrent();
    void resolveCurrent();
    void updateActions();

    StoreSession* m_session;
    EscalationModel* m_model;
    RowFilterModel* m_filter;
    QTableView* m_table;
    QPushButton* m_take;
    QPushButton* m_resolve;
    QPushButton* m_openOrder;
    std::function<QString(QWidget*, qint64)> m_prompt;
};

} // namespace fw
