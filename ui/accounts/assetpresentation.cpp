// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetpresentation.h"

#include "common/statepresentation.h"

#include <QLocale>

namespace fw {

QString AssetPresentation::statusLabel(Asset::Status status)
{
    switch (status) {
    case Asset::Status::Active:
        return tr("Active");
    case Asset::Status::Suspended:
        return tr("Suspended");
    case Asset::Status::Disconnected:
        return tr("Disconnected");
    }
    return {};
}

QColor AssetPresentation::statusColor(Asset::Status status)
{
    switch (status) {
    case Asset::Status::Active:
        return StatePresentation::stateColor(QStringLiteral("completed"));
    case Asset::Status::Suspended:
        return StatePresentation::stateColor(QStringLiteral("waiting"));
    case Asset::Status::Disconnected:
        break;
    }
    return StatePresentation::stateColor(QStringLiteral("cancelled"));
}

QString AssetPresentation::eventKindLabel(const QString& kind)
{
    if (kind == QLatin1String("created"))
        return tr("Created");
    if (kind == QLatin1String("changed"))
        return tr("Changed");
    if (kind == QLatin1String("suspended"))
        return tr("Suspended");
    if (kind == QLatin1String("resumed"))
        return tr("Resumed");
    if (kind == QLatin1String("disconnected"))
        return tr("Disconnected");
    if (kind == QLatin1String("moved"))
        return tr("Moved");
    return kind;
}

QString AssetPresentation::actionLabel(const QString& action)
{
    if (action == QLatin1String("change"))
        return tr("Change quantity or attributes");
    if (action == QLatin1String("move"))
        return tr("Move to a new site");
    if (action == QLatin1String("suspend"))
        return tr("Suspend");
    if (action == QLatin1String("resume"))
        return tr("Resume");
    if (action == QLatin1String("disconnect"))
        return tr("Disconnect");
    if (action == QLatin1String("add"))
        return tr("Add");
    return action;
}

QString AssetPresentation::actionName(const QString& action)
{
    if (action == QLatin1String("change"))
        return tr("Change");
    if (action == QLatin1String("move"))
        return tr("Move");
    if (action == QLatin1String("add"))
        return tr("Add");
    return actionLabel(action); // suspend, resume, disconnect: one word already
}

QString AssetPresentation::attributesText(const QVariantMap& attributes)
{
    QStringList parts;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    return parts.join(QStringLiteral(", "));
}

QString AssetPresentation::siteText(const QVariantMap& site)
{
    const auto value = [&site](const char* key) { return site.value(QLatin1String(key)).toString().trimmed(); };
    QStringList parts;
    for (const QString& part :
         QStringList { value("line1"), value("line2"), QString(value("postalCode") + QLatin1Char(' ') + value("city")).trimmed(),
                       value("country") }) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QString AssetPresentation::changeText(const QVariantMap& before, const QVariantMap& after)
{
    const QString quantityKey = QStringLiteral("quantity");
    const QString attributesKey = QStringLiteral("attributes");
    const QString arrow = QStringLiteral(" \u2192 ");
    QStringList parts;
    const QVariant q0 = before.value(quantityKey);
    const QVariant q1 = after.value(quantityKey);
    if (before.isEmpty()) {
        if (q1.isValid())
            parts << tr("quantity %1").arg(q1.toString());
        for (const auto& [name, value] : after.value(attributesKey).toMap().toStdMap())
            parts << name + QLatin1Char(' ') + value.toString();
        return parts.join(QStringLiteral("; "));
    }
    if (q0.isValid() && q1.isValid() && q0.toString() != q1.toString())
        parts << tr("quantity %1").arg(q0.toString() + arrow + q1.toString());
    const QVariantMap a0 = before.value(attributesKey).toMap();
    const QVariantMap a1 = after.value(attributesKey).toMap();
    QStringList names = a0.keys() + a1.keys();
    names.removeDuplicates();
    names.sort();
    for (const QString& name : names) {
        const QString v0 = a0.value(name).toString();
        const QString v1 = a1.value(name).toString();
        if (v0 != v1)
            parts << name + QLatin1Char(' ') + (v0.isEmpty() ? tr("(none)") : v0) + arrow + (v1.isEmpty() ? tr("(none)") : v1);
    }
    for (const char* key : { "status", "site" }) {
        const QString k = QLatin1String(key);
        const QVariant b = before.value(k);
        const QVariant a = after.value(k);
        if (a.isValid() && b != a) {
            const QString bt = b.typeId() == QMetaType::QVariantMap ? siteText(b.toMap()) : b.toString();
            const QString at = a.typeId() == QMetaType::QVariantMap ? siteText(a.toMap()) : a.toString();
            parts << (k == QLatin1String("site") ? tr("site %1").arg(bt + arrow + at) : tr("status %1").arg(bt + arrow + at));
        }
    }
    return parts.isEmpty() ? tr("no change of quantity or attributes") : parts.join(QStringLiteral("; "));
}

QString AssetPresentation::lineDeltaText(const QString& action, const QString& changeKind, int quantityDelta,
                                         const QStringList& changedAttributes)
{
    const QLocale locale;
    if (changeKind == QLatin1String("increase"))
        return tr("+%1 (increase)").arg(locale.toString(quantityDelta));
    if (changeKind == QLatin1String("decrease"))
        return tr("\u2212%1 (decrease)").arg(locale.toString(std::abs(quantityDelta)));
    if (changeKind == QLatin1String("modify") || (action == QLatin1String("change") && !changedAttributes.isEmpty()))
        return tr("modify: %1").arg(changedAttributes.join(QStringLiteral(", ")));
    return actionName(action);
}

} // namespace fw
