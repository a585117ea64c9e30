// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates.h"

#include "common/problem.h"

#include <QRegularExpression>

namespace fw {

namespace {

    const QRegularExpression& placeholder()
    {
        static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.]+(?:\\[\\*\\][A-Za-z0-9_.]*)*)\\s*\\}\\}"));
        return pattern;
    }

    // A value and, when it has none, why ("has no value", or what a [*] path lacks).
    QVariant resolve(const FieldContext& context, const QString& path, const QString& placeholderText, const QString& pointer,
                     QStringList& problems)
    {
        if (path.contains(QLatin1String("[*]"))) {
            const Result<QVariantList> list = resolveFieldList(context, path);
            if (!list) {
                problems << pointer + QStringLiteral(": '") + placeholderText + QStringLiteral("': ") + list.message();
                return {};
            }
            return *list;
        }
        const QVariant value = resolveField(context, path);
        if (!value.isValid())
            problems << pointer + QStringLiteral(": '") + placeholderText + QStringLiteral("' has no value");
        return value;
    }

    // Inside a longer string a list is its elements' text joined with ", ".
    QString textOf(const QVariant& value)
    {
        if (value.typeId() != QMetaType::QVariantList && value.typeId() != QMetaType::QStringList)
            return value.toString();
        QStringList parts;
        for (const QVariant& element : value.toList())
            parts << element.toString();
        return parts.join(QStringLiteral(", "));
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
            return resolve(context, whole.captured(1), text, pointer, problems);
        }
        QString out;
        qsizetype last = 0;
        auto matches = placeholder().globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            out += text.mid(last, match.capturedStart() - last);
            out += textOf(resolve(context, match.captured(1), match.captured(0), pointer, problems));
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
