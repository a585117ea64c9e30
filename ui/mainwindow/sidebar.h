// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "workspace/storeopenoptions.h"

#include <QListWidget>

namespace fw {

// The navigator on the left of the main window: a row per section (Orders, Tasks, Fallout,
// Jeopardy, Dashboard, Plan Preview), then a row per order page opened from them.
class Sidebar final : public QListWidget {
    Q_OBJECT

public:
    explicit Sidebar(QWidget* parent = nullptr);

    // Makes the section's row current; when it already is, tells again (its page may be new).
    void selectSection(WorkbenchSection section);
    void setSectionText(WorkbenchSection section, const QString& text);
    void addOrder(const QString& orderId); // a row for a new order page
    void selectOrder(const QString& orderId);
    void removeOrder(const QString& orderId);
    void removeOrders();
    QString orderAt(int row) const; // empty for a section's row
    // After a language change: every row's name in the new language (a section's count comes with
    // StoreWorkspace's next sectionTextChanged).
    void retranslate();
    void reselect(); // tells again which row is current: the page behind it may be new

Q_SIGNALS:
    void sectionChosen(fw::WorkbenchSection section);
    void orderChosen(const QString& orderId);
    void viewTitleChanged(const QString& title); // "Tasks", "Order SO-1": for the window title

private:
    int sectionRow(WorkbenchSection section) const;
    void setOrderTexts(QListWidgetItem* row, const QString& orderId);
    void onRowChanged(int row);
};

} // namespace fw
