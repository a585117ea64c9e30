// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates.h"

#include "common/problem.h"

#include <QRegularExpression>

namespace fw {

namespace {

    const QRegularExpression& placeholder()
    {
        static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"));
        return pattern;
    }

    QVariant render(const QVariant& node, const FieldContext& context, const QString& pointer, QStringList& problems)
    {
        switch (node.typeId()) {
        case QMetaType::QVariantMap: {
            QVariantMap out;
            const QVariantMap in = node.toMap();
            for (auto it = in.cbegin(); it != in.cend(); ++it)
                out.insert(it.key(), render(it.value(), context, pointer + QLatin1Char('/') + escapePointerToken(it.key()), problems));
            return out;
        }
        case QMetaType::QVariantList: {
            QVariantList out;
            const QVariantList in = node.toList();
            for (qsizetype i = 0; i < in.size(); ++i)
                out.append(render(in[i], context, pointer + QLatin1Char('/') + QString::number(i), problems));
            return out;
        }
        case QMetaType::QString:
            break;
        default:
            return node;
        }
        const QString text = node.toString();
        if (!text.contains(QLatin1String("{{")))
            return node; // most texts are constants: no pattern matching
        const auto whole = placeholder().match(text);
        if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == text.size()) {
            const QVariant value = resolveField(context, whole.captured(1));
            if (!value.isValid())
                problems << pointer + QStringLiteral(": '") + text + QStringLiteral("' has no value");
            return value;
        }
        QString out;
        qsizetype last = 0;
        auto matches = placeholder().globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            out += text.mid(last, match.capturedStart() - last);
            const QVariant value = resolveField(context, match.captured(1));
            if (!value.isValid())
                problems << pointer + QStringLiteral(": '") + match.captured(0) + QStringLiteral("' has no value");
            out += value.toString();
            last = match.capturedEnd();
        }
        out += text.mid(last);
        return out;
    }

} // namespace

RenderedTemplate renderTemplate(const QVariant& templ, const FieldContext& context)
{
    RenderedTemplate result;
    result.value = render(templ, context, QString(), result.problems);
    return result;
}

} // namespace fw
