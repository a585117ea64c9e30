// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QTextStream;

namespace fw::cli {

// Runs one fwctl command line (arguments[0] is the program, then the global options, the command
// and its arguments) and returns its exit code (cli.h, ExitCode). Every option starts from its
// default; output goes to `output` and `errors` (nullptr: stdout and stderr), flushed on return.
// fwctl's main() and the in-process tests call it.
int runCommandLine(QStringList arguments, QTextStream* output = nullptr, QTextStream* errors = nullptr);

} // namespace fw::cli
