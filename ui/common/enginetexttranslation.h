// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fw {

// The engine's English texts (core/common/enginetext.h: fallout errors, jeopardy reasons, form
// problems, refusals) in the language of the installed translators, for display: the text is
// matched against the engine text templates, its arguments translated in turn where they are
// engine texts themselves (a duration, an instant, a classification), and the template's
// translation filled with them. A text with no known shape comes back unchanged, so user data
// (rule texts from catalogs, notes, step names) passes through as it was written. Stored texts
// stay English: call this where a stored text is shown, never before storing it.
QString translatedEngineText(const QString& text);

// A duration as the engine writes it ("45s", "3h 05m", "1d 4h", "1d4h30m") in the current
// language ("3 h 05 min"), or text unchanged when it is no duration.
QString translatedEngineDuration(const QString& text);

} // namespace fw
