// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fw {

// The operating system's login name of this process's user ($USER, else the password database),
// made a valid user id; "operator" when there is none. A new store's first user, and whom fwctl
// and the workbench act as unless told otherwise.
QString osLoginName();

} // namespace fw
