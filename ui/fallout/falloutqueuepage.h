// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace fw {

class RowFilterModel;
class StoreSession;
struct FalloutSummary;

// The fallout queue: open cases with order, step, lane, error, class, attempts and age, filtered
// by queue and text; the selected case's request and response; retry, edit the payload then
// retry, skip with a reason, cancel the order, resume it. By default an order whose last open
// case was resolved is resumed at once, so a failed callout is fixed in three keystrokes:
// select, Ctrl+E, Ctrl+Return. Actions the signed-in user's roles do not allow (resolver for a
// case, supervisor for bulk actions) are disabled with the role they need in the tooltip. When the
// page opens the first case takes the keyboard (not the filter box or the sidebar); after a retry
// the page says whether the step failed again (with a link to the new case) or went on. The selected
// case shows the whole attempt history of its step across its earlier cases: when each run began,
// who retried it, whether the payload was edited, and the error it ended in.
class FalloutQueuePage final : public QWidget {
    Q_OBJECT

public:
    explicit FalloutQueuePage(StoreSession* session, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    void retryCurrent();
    void editPayloadAndRetry();
    void skipCurrent();
    void cancelCurrentOrder();
    void resumeCurrentOrder();
    // Bulk actions on the selected cases, or on every case shown when one or none is selected.
    void bulkRetry();
    void bulkSkip();
    QTableView* groupTable() const { return m_groups; }
    bool selectGroup(const QString& signature);
    void focusSearch();
    bool selectCase(qint64 caseId);
    // Selects the order's newest open case, now or as soon as a snapshot brings one (--view fallout:ORDER).
    void selectOrderCase(const QString& orderId);
    QString retryOutcome() const; // what the last retry from this page came to, as plain text
    QTableView* historyTable() const { return m_history; } // the selected case's attempt history

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);
    void openStepRequested(const QString& orderId, const QString& stepId); // the failed step, on the graph

protected:
    void showEvent(QShowEvent* event) override; // the first case takes the keyboard

private:
    const FalloutSummary* currentCase() const;
    void focusFirstCase();
    std::vector<FalloutSummary> bulkCases() const;
    void runBulk(int action);
    void updateBulkButtons();
    void updateCaseButtons();
    void refreshQueues();
    void showDetails();
    void showHistory(const FalloutSummary& c);

    StoreSession* m_session;
    RowFilterModel* m_filter;
    QComboBox* m_queue = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_groups = nullptr;
    class FalloutGroupModel* m_groupModel = nullptr;
    QPushButton* m_bulkRetry = nullptr;
    QPushButton* m_bulkSkip = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_request = nullptr;
    QPlainTextEdit* m_response = nullptr;
    QTableView* m_history = nullptr;
    class FalloutHistoryModel* m_historyModel = nullptr;
    QString m_historyOf; // the case (id and attempts) the history shows: read again when it changes
    QCheckBox* m_resumeAfter = nullptr;
    class FalloutRetryWatcher* m_retries = nullptr;
    QString m_selectOrder; // selectOrderCase before its case arrived
    bool m_focusPending = false; // shown before any case arrived: focus the first one when it does
    QList<QPair<QPushButton*, QString>> m_caseButtons; // each with the action it takes (empty: none)
};

} // namespace fw
