// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace fw {

// Which section of the user guide (docs/user-guide.md, :/help/user-guide.md) F1 opens: the heading
// for the widget with the keyboard focus (the plan graph, a page) or else for the page shown.
// The headings are the guide's, in English; tst_helpwindow checks that the guide has every one.
QString helpSectionFor(const QWidget* focus, const QWidget* page);
QStringList helpSections(); // every heading helpSectionFor may return
QString helpGuideSource(); // "qrc:/help/user-guide.md"

} // namespace fw
