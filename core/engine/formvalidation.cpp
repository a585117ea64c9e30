// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "formvalidation.h"

#include "domain/catalog.h"

#include <QDate>
#include <QDateTime>

namespace fw {

namespace {
    QString typeError(const FormField& field, const QVariant& value)
    {
        using T = FormField::Type;
        const int type = value.typeId();
        const bool isText = type == QMetaType::QString;
        switch (field.type) {
        case T::String:
        case T::Text:
            return isText ? QString() : QStringLiteral("must be text");
        case T::Integer:
            return type == QMetaType::LongLong || type == QMetaType::Int ? QString() : QStringLiteral("must be a whole number");
        case T::Number:
            return type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double ? QString()
                                                                                                      : QStringLiteral("must be a number");
        case T::Boolean:
            return type == QMetaType::Bool ? QString() : QStringLiteral("must be true or false");
        case T::Date:
            return isText && QDate::fromString(value.toString(), Qt::ISODate).isValid() ? QString()
                                                                                        : QStringLiteral("must be a date (YYYY-MM-DD)");
        case T::DateTime:
            return isText && QDateTime::fromString(value.toString(), Qt::ISODate).isValid()
                ? QString()
                : QStringLiteral("must be a date and time (YYYY-MM-DDThh:mm:ssZ)");
        case T::Enum:
            return isText && field.options.contains(value.toString())
                ? QString()
                : QStringLiteral("must be one of %1").arg(field.options.join(QStringLiteral(", ")));
        }
        return {};
    }

    bool isEmptyValue(const QVariant& value)
    {
        return !value.isValid() || value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
    }
} // namespace

QString validateFormField(const FormField& field, const QVariant& value)
{
    if (isEmptyValue(value)) {
        if (!field.required)
            return {};
        // A yes/no is never assumed: an unticked box or a missing field is not an answer of "no".
        return field.type == FormField::Type::Boolean ? QStringLiteral("is required: answer yes or no") : QStringLiteral("is required");
    }
    return typeError(field, value);
}

QStringList validateForm(const ManualTaskSpec& spec, const QVariantMap& data)
{
    QStringList problems;
    for (const FormField& field : spec.form) {
        const QString name = field.label == field.name ? field.name : QStringLiteral("%1 (%2)").arg(field.label, field.name);
        const QString error = validateFormField(field, data.value(field.name));
        if (!error.isEmpty())
            problems << QStringLiteral("%1 %2").arg(name, error);
    }
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        const bool known = std::any_of(spec.form.begin(), spec.form.end(), [&](const FormField& f) { return f.name == it.key(); });
        if (!known)
            problems << QStringLiteral("'%1' is not a field of this form").arg(it.key());
    }
    return problems;
}

} // namespace fw
