// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

#include <optional>
#include <span>

namespace fw {

// Engine texts: the English messages the engine forms and stores or answers with (fallout errors,
// retry outcomes, jeopardy reasons and the actions the SLA monitor took, form problems, refusals).
// They stay English wherever they are kept (journal, fallout cases, jeopardy rows, escalations), in
// fwctl's output and on the wire, because workstations sharing a store may run different languages.
// A GUI translates them when it shows them: engineTextTemplates() (enginetextcatalogue.cpp) lists their shapes ("%1".."%n"
// for the figures and names filled in), marked for lupdate in the context kEngineTextContext, and
// matchEngineText() finds the shape of a stored text. The forming sites keep their own literals;
// tests/core/tst_enginetext checks that what the main ones form (jeopardy reasons, fallout
// classifications, retry outcomes, form problems, refusals) has a shape listed here.
inline constexpr char kEngineTextContext[] = "fw::EngineText";

// Every template, in the catalogue's order (matchEngineText() tries those with more literal text first).
std::span<const char* const> engineTextTemplates();

// Duration units ("%1d", "%1h", "%1m", "%1s", in that order), a percentage ("%1%") and the
// pattern of an instant ("d MMM HH:mm 'UTC'"), translated by the GUI but not matched as templates.
std::span<const char* const> engineTextUnits();
const char* engineTextInstantFormat();

struct EngineTextMatch {
    const char* source = nullptr; // the template as listed (its translation key)
    QStringList arguments; // what stands for %1, %2, ... in the text
};

// The template the whole of text has the shape of (the most specific when several fit), or
// nullopt. A placeholder takes any text, except in a count ("%1 kept", "%1 child items": a
// template of just %1 and words), where it takes a number. Thread-safe.
std::optional<EngineTextMatch> matchEngineText(const QString& text);

} // namespace fw
