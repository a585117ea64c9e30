// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "autotaskhandlers.h"

#include <QDate>

namespace fw {

namespace {

    QString checkFieldTarget(const QVariantMap& params)
    {
        const QString field = params.value(QStringLiteral("field")).toString();
        if (field.isEmpty())
            return QStringLiteral("parameter 'field' is missing");
        if (!field.startsWith(QStringLiteral("line.fields.")) || field.size() <= 12)
            return QStringLiteral("parameter 'field' must name a line field (line.fields.NAME), not '%1'").arg(field);
        return {};
    }

    AutoTaskOutcome setField(const AutoTaskRequest& request)
    {
        AutoTaskOutcome outcome;
        outcome.error = checkFieldTarget(request.params);
        if (outcome.ok() && !request.params.contains(QStringLiteral("value")))
            outcome.error = QStringLiteral("parameter 'value' is missing");
        if (outcome.ok())
            outcome.fieldUpdates.insert(request.params.value(QStringLiteral("field")).toString(),
                                        request.params.value(QStringLiteral("value")));
        return outcome;
    }

    AutoTaskOutcome computeDate(const AutoTaskRequest& request)
    {
        AutoTaskOutcome outcome;
        outcome.error = checkFieldTarget(request.params);
        if (!outcome.ok())
            return outcome;
        const QString from = request.params.value(QStringLiteral("from"), QStringLiteral("now")).toString();
        QDate date;
        if (from == QStringLiteral("now")) {
            date = request.now.date();
        } else if (from.startsWith(QStringLiteral("completion:"))) {
            const QString key = from.mid(11);
            const QDateTime completed = request.completedAt ? request.completedAt(key) : QDateTime();
            if (!completed.isValid()) {
                outcome.error = QStringLiteral("step '%1' has not completed, so '%2' has no date").arg(key, from);
                return outcome;
            }
            date = completed.date();
        } else {
            date = QDate::fromString(from, Qt::ISODate);
            if (!date.isValid()) {
                outcome.error = QStringLiteral("parameter 'from' is '%1': expected now, completion:STEP or an ISO date").arg(from);
                return outcome;
            }
        }
        bool ok = true;
        const auto amount = [&](const char* key) {
            const QVariant value = request.params.value(QLatin1String(key));
            if (!value.isValid())
                return 0;
            bool converted = false;
            const int n = value.toString().toInt(&converted);
            ok = ok && converted;
            return n;
        };
        date = date.addYears(amount("addYears")).addMonths(amount("addMonths")).addDays(amount("addDays"));
        if (!ok) {
            outcome.error = QStringLiteral("addDays, addMonths and addYears must be whole numbers");
            return outcome;
        }
        outcome.fieldUpdates.insert(request.params.value(QStringLiteral("field")).toString(), date.toString(Qt::ISODate));
        return outcome;
    }

    AutoTaskOutcome emitEvent(const AutoTaskRequest& request)
    {
        AutoTaskOutcome outcome;
        QVariantMap payload = request.params;
        const QString name = payload.take(QStringLiteral("event")).toString();
        if (name.isEmpty())
            outcome.error = QStringLiteral("parameter 'event' is missing");
        else
            outcome.events.append({ name, payload });
        return outcome;
    }

} // namespace

const QStringList& AutoTaskRegistry::builtInNames()
{
    static const QStringList names { QStringLiteral("noop"), QStringLiteral("setField"), QStringLiteral("computeDate"),
                                     QStringLiteral("emitEvent") };
    return names;
}

AutoTaskRegistry AutoTaskRegistry::withBuiltIns()
{
    AutoTaskRegistry registry;
    registry.add(QStringLiteral("noop"), [](const AutoTaskRequest&) { return AutoTaskOutcome {}; });
    registry.add(QStringLiteral("setField"), setField);
    registry.add(QStringLiteral("computeDate"), computeDate);
    registry.add(QStringLiteral("emitEvent"), emitEvent);
    return registry;
}

const AutoTaskHandler* AutoTaskRegistry::find(const QString& name) const
{
    const auto it = m_handlers.constFind(name);
    return it == m_handlers.cend() ? nullptr : &*it;
}

QStringList AutoTaskRegistry::names() const
{
    QStringList names = m_handlers.keys();
    names.sort();
    return names;
}

} // namespace fw
