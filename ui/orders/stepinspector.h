// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/enginesnapshot.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace fw {

class StoreSession;

// The selected step of an order: what it is (type, scope, lane, lines, dependencies, estimate,
// point of no return), its state history, its callout attempts with request and response, and the
// actions its state allows (complete or claim its task; retry, edit the payload and retry, or skip
// its fallout; resume the order); those the user may not take are disabled with the reason.
class StepInspector final : public QWidget {
    Q_OBJECT

public:
    explicit StepInspector(StoreSession* session, QWidget* parent = nullptr);

    void setStep(const OrderDetail& detail, const QString& stepId); // empty id: nothing selected
    QString stepId() const { return m_stepId; }
    QTextBrowser* browser() const { return m_browser; }

private:
    void render(const OrderDetail& detail);
    void updateActions(); // by the step's state and the signed-in user's roles and queues
    qint64 openCase() const;
    qint64 openTask() const;

    StoreSession* m_session;
    QString m_orderId;
    QString m_stepId;
    bool m_onHold = false;
    std::optional<TaskSummary> m_task; // the step's open or claimed task
    QLabel* m_title = nullptr;
    QTextBrowser* m_browser = nullptr;
    QPushButton* m_complete = nullptr;
    QPushButton* m_claim = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_editRetry = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_resume = nullptr;
};

} // namespace fw
