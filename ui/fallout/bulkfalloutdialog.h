// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QHash>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fw {

class StoreSession;
struct FalloutSummary;

// Bulk retry or bulk skip of many fallout cases: first a dry run (every case listed with what will
// happen to it, nothing sent), then, on Run, one bulk command (fallout.bulk-retry or -skip with the
// cases' ids, a supervisor's) and each case's own result from its answer (retried/skipped, or the
// engine's error); the header says which stage it is at. Orders whose last case is resolved can be resumed.
class BulkFalloutDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Action { Retry, Skip };

    BulkFalloutDialog(StoreSession* session, Action action, std::vector<FalloutSummary> cases, QWidget* parent = nullptr);

    void run(); // what the Run button does
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }
    bool isFinished() const { return m_pending == 0 && m_started; }
    QString resultOf(qint64 caseId) const; // the result column's text

private:
    QString bulkAction() const; // the command the button stands for (fallout.bulk-retry or -skip)
    void onActionFinished(const QString& action, bool ok, const QString& message);
    void updateSummary();

    StoreSession* m_session;
    Action m_action;
    std::vector<FalloutSummary> m_cases;
    QHash<qint64, int> m_rowByCase; // fallout case id -> row
    QString m_label; // the bulk command's label, which its answer starts with
    QTableWidget* m_table = nullptr;
    QLineEdit* m_reason = nullptr;
    QCheckBox* m_resume = nullptr;
    QLabel* m_header = nullptr; // what the dialog is at: dry run, sent, finished
    QLabel* m_summary = nullptr;
    QPushButton* m_run = nullptr;
    bool m_started = false;
    int m_pending = 0;
    int m_succeeded = 0;
    int m_failed = 0;
};

} // namespace fw
