// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "identity/user.h"

#include <QDialog>

#include <array>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace fw {

class StoreSession;

// File > Users... (an admin's, docs/roles.md): every user of the store with roles, queues and
// whether they are active; pick one to change their name, roles, queues or active flag, or type a
// new id to add a user. Each change is a command (user.add, user.change) the engine authorizes and
// journals like any other; its answer shows here and the list reloads.
class UsersDialog final : public QDialog {
    Q_OBJECT

public:
    explicit UsersDialog(StoreSession* session, QWidget* parent = nullptr);

    QTreeWidget* userList() const { return m_list; }
    // The form, for tests: the id, display name, roles (operator, resolver, supervisor, admin),
    // queues (comma separated) and active flag to save.
    void edit(const QString& id, const QString& name, const QStringList& roles, const QString& queues, bool active = true);
    void save(); // adds the user or writes the changes
    QString result() const; // the last answer shown

private:
    void reload();
    void showUser(const QString& id);
    void updateButtons();
    void onActionFinished(const QString& action, bool ok, const QString& message);

    StoreSession* m_session;
    QTreeWidget* m_list;
    QLineEdit* m_id;
    QLineEdit* m_name;
    std::array<QCheckBox*, 4> m_roles {}; // in the order of allRoles
    QLineEdit* m_queues;
    QCheckBox* m_active;
    QPushButton* m_save;
    QLabel* m_result;
    QString m_pending; // the label of the command sent, until its answer
    std::vector<User> m_users; // as the store had them at the last reload()
};

} // namespace fw
