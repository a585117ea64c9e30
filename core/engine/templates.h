// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "decomposition/fieldresolver.h"

#include <QStringList>
#include <QVariant>

namespace fw {

// Renders a payload or parameter template: a string that is exactly "{{path}}" becomes the
// field's value with its type (number, boolean, object); placeholders inside longer strings are
// replaced by the value's text; maps and lists are rendered element by element. Each placeholder
// that names nothing is reported as "<json pointer>: '{{path}}' has no value".
struct RenderedTemplate {
    QVariant value;
    QStringList problems;
};

RenderedTemplate renderTemplate(const QVariant& templ, const FieldContext& context);

} // namespace fw
