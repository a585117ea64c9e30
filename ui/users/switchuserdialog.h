// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace fw {

class SessionUser;

// File > Switch User: the store's active users with their display names, roles and queues; pick
// one (or type a user id) and Switch. A user the store does not know, or one who is deactivated,
// is not accepted: the dialog says why and stays open. The choice itself is made by the caller
// (MainWindow::switchUser) once the dialog is accepted.
class SwitchUserDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SwitchUserDialog(const SessionUser& identity, QWidget* parent = nullptr);

    QString chosenId() const; // the id typed or picked
    void choose(const QString& id); // as if typed
    QString problem() const; // the shown reason the choice was not accepted (empty: none)
    QTreeWidget* userList() const { return m_list; }

    void accept() override; // refuses an unknown or deactivated user

private:
    const SessionUser& m_identity;
    QTreeWidget* m_list;
    QLineEdit* m_id;
    QLabel* m_problem;
    QPushButton* m_switch;
};

} // namespace fw
