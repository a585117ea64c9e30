// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sync/syncagent.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace fw {

struct WorkbenchOptions {
    QString catalogPath;
    QString orderPath;
    QString screenshotPath; // grab the window to this PNG once the plan shows, then quit
    QString language; // --lang; empty: the saved choice, else the system language
    QString storePath; // --db: the store to open and run
    QString view; // --view: orders, tasks, fallout, preview, order:ID, summary:ID, change:ID:FILE, ... (what --screenshot shows)
    QString theme; // --theme: light, dark or empty (the system's)
    QString remote; // --remote, else $FW_REMOTE: the remote store's libpq conninfo (docs/sync.md)
    QString workstation; // --workstation: this workstation's id with the remote store
    QString user; // --user: whom to work as in the store (else $FW_USER, the last choice, the OS login)
    int demoCopies = 25; // --demo-copies
    bool demo = false;
    bool verbose = false; // --verbose: debug messages of every fw.* category (docs/diagnostics.md)
};

// What a file given on the command line is, by its content: a catalog has "products" (or "lanes"),
// an order "items". Neither when it cannot be read or is not such a JSON object.
enum class DocumentKind { Catalog, Order, Neither };
DocumentKind documentKind(const QString& path);
// Parses the workbench's command line; --help, --version and errors print and exit here.
WorkbenchOptions parseCommandLine(const QCoreApplication& app);

// The remote store the store is opened with: --remote (else $FW_REMOTE) over the one saved in
// File > Remote Store..., --workstation over the saved name. Empty conninfo: none.
SyncSettings remoteSettings(const WorkbenchOptions& options);

// Looks for an option's value in raw arguments, before any application object exists (the language
// decides the translators, which must be installed before the help text is built).
QString rawOptionValue(const QStringList& arguments, const QString& name);
bool rawOptionPresent(const QStringList& arguments, const QString& name);

// True when a Qt platform can show windows: QT_QPA_PLATFORM or -platform is given, or an X11 or a
// Wayland display is set.
bool hasDisplay(const QStringList& arguments);

// The bundled samples: <prefix>/share/fulfillment-workbench/samples next to the executable, then the
// source tree's resources/samples. Empty when neither exists.
QString findSamplesDirectory();

// The `fwctl` next to this executable (installed layout or build tree), else on PATH. Empty if none.
QString findFwctl();

} // namespace fw
