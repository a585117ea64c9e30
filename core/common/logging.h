// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>
#include <QString>

// The logging categories of the headless code (docs/diagnostics.md). Declared with warnings as
// their lowest level, so a program that says nothing (fwctl, whose stderr is its own output) prints
// only warnings; the workbench and fw-stubs turn info on, and debug with --verbose
// (applyLogLevels). QT_LOGGING_RULES, read later by Qt, wins over both, e.g.
// QT_LOGGING_RULES="fw.sync.debug=true". The GUI's category (fw.ui) lives in ui/common/uilogging.h,
// fw-stubs' (fw.stubs) in app/fw-stubs. Never log a password or a whole request or response body.
Q_DECLARE_LOGGING_CATEGORY(lcEngine) // fw.engine: start/stop, slices, fallout, callouts
Q_DECLARE_LOGGING_CATEGORY(lcStore) // fw.store: open, migrations, writes that failed
Q_DECLARE_LOGGING_CATEGORY(lcSync) // fw.sync: connect, push, pull, conflicts, link loss

namespace fw {

// The levels of a program that keeps a log (the workbench, fw-stubs): warnings and info of every
// fw.* category, and debug too when `verbose` (--verbose). QT_LOGGING_RULES still wins.
void applyLogLevels(bool verbose);

// $XDG_STATE_HOME (else ~/.local/state)/fulfillment-workbench/log: where the programs keep their log
// files (QStandardPaths::StateLocation is Qt 6.7+). Not created here.
QString logDirectory();

// Installs a message handler that writes every message that passed its category's filter, with a
// UTC timestamp, category and level, to <directory>/<baseName>.log (rotated by LogFile: about 1 MiB,
// 5 files kept) and passes it on to the handler installed before (stderr). Thread-safe. Returns the
// log file's path. Call once, early in main().
QString installLogFile(const QString& baseName, const QString& directory = logDirectory());

} // namespace fw
