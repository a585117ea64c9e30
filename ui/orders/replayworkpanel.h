// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;

namespace fw {

struct ReplayMoment;
struct ReplayState;

// Beside the plan graph while the order page replays (in place of the step inspector, whose actions
// would act on the present): what the chosen journal entry did, the order's hold and state then,
// and the open work of that moment, tasks (queue, who held them) and fallout cases (queue, error);
// Enter or a double click on one shows its step on the plan.
class ReplayWorkPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ReplayWorkPanel(QWidget* parent = nullptr);

    // stepNames: step id -> name, for the texts.
    void showState(const ReplayMoment& moment, const ReplayState& state, const QHash<QString, QString>& stepNames);
    QListWidget* openWork() const { return m_work; }
    QStringList openWorkTexts() const;

Q_SIGNALS:
    void stepActivated(const QString& stepId); // an open-work row double-clicked or Enter

private:
    QLabel* m_moment;
    QLabel* m_order;
    QListWidget* m_work;
};

} // namespace fw
