// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "falloutsignature.h"

#include "engine/enginesnapshot.h"

#include <QRegularExpression>

namespace fw {

QString errorShape(const QString& error)
{
    static const QRegularExpression quoted(QStringLiteral("'[^']*'|\"[^\"]*\""));
    static const QRegularExpression numbers(QStringLiteral("\\d+"));
    static const QRegularExpression httpStatus(QStringLiteral("\\bHTTP (\\d{3})\\b"));
    QString shape = error;
    shape.replace(quoted, QStringLiteral("'…'"));
    // Keep the HTTP status (it is the class of the problem), mask every other number.
    const QRegularExpressionMatch status = httpStatus.match(shape);
    const QString kept = status.hasMatch() ? status.captured(1) : QString();
    shape.replace(numbers, QStringLiteral("#"));
    if (!kept.isEmpty())
        shape.replace(QStringLiteral("HTTP #"), QStringLiteral("HTTP ") + kept);
    return shape.simplified();
}

QString falloutSignature(const FalloutSummary& fallout)
{
    const QString where = fallout.endpoint.isEmpty() ? fallout.stepType : fallout.endpoint;
    return where + QStringLiteral(" \u00b7 ") + fallout.classification + QStringLiteral(" \u00b7 ") + errorShape(fallout.error);
}

} // namespace fw
