// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace fw {

class ProblemModel;

// Lists what was wrong with the files last loaded (file, JSON pointer, message), with a summary
// line and a button that copies the problems in the "FILE:/pointer: message" form.
class ProblemsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ProblemsPanel(ProblemModel* model, QWidget* parent = nullptr);

    QString summaryText() const;

private:
    void updateSummary();
    void copyToClipboard();

    ProblemModel* m_model;
    QLabel* m_summary;
    QPushButton* m_copyButton;
    QTreeView* m_view;
};

} // namespace fw
