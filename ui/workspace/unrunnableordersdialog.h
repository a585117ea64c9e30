// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace fw {

class UnrunnableOrderModel;

// Every order the engine cannot run, with the reason, in a table over UnrunnableOrderModel; opened
// from the status bar's summary. It follows the model: the list grows or empties while it is open.
class UnrunnableOrdersDialog final : public QDialog {
    Q_OBJECT

public:
    UnrunnableOrdersDialog(UnrunnableOrderModel* model, QWidget* parent = nullptr);

private:
    void updateSummary();

    UnrunnableOrderModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
};

} // namespace fw
