// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The Accounts section with one account's page, as `--view account:ID` opens it.
#include "accounts/accountspage.h"
#include "mainwindow/mainwindow.h"
#include "workspace/storeworkspace.h"

namespace fw::test {

inline AccountsPage* openAccount(MainWindow& window, const QString& accountId)
{
    if (!window.workspace())
        return nullptr;
    window.showSection(MainWindow::Section::Accounts);
    AccountsPage* page = window.workspace()->accountsPage();
    page->openAccount(accountId);
    return page;
}

} // namespace fw::test
