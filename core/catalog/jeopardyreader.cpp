// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardyreader.h"

#include "common/duration.h"
#include "common/jsoncursor.h"
#include "common/jsonvariant.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace fw {

namespace {

    using Level = JeopardyAction::Level;
    using Kind = JeopardyAction::Kind;

    constexpr std::array<std::pair<Kind, const char*>, 5> actionKinds { {
        { Kind::Flag, "flag" },
        { Kind::Notify, "notify" },
        { Kind::RaisePriority, "raisePriority" },
        { Kind::Reassign, "reassign" },
        { Kind::Escalate, "escalate" },
    } };
    constexpr std::array<const char*, 7> dayNames { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

    QString stringAt(const nlohmann::json& node)
    {
        return toQString(node.get_ref<const std::string&>());
    }

    std::optional<Level> readLevel(const JsonCursor& c, const char* key)
    {
        const QString text = c.string(key, false);
        if (text.isEmpty() && !c.has(key))
            return Level::Warning;
        if (text == QLatin1String("warning"))
            return Level::Warning;
        if (text == QLatin1String("critical"))
            return Level::Critical;
        if (c.node().at(key).is_string())
            c.errorAt(key, QStringLiteral("unknown value '%1' (expected one of warning, critical)").arg(text));
        return std::nullopt;
    }

    // "4h" (a duration) or "120%" (of the estimate); absent: not set.
    JeopardyThreshold readThreshold(const JsonCursor& c, const char* key)
    {
        JeopardyThreshold threshold;
        if (!c.has(key))
            return threshold;
        const nlohmann::json& node = c.node().at(key);
        if (!node.is_string()) {
            c.errorAt(key,
                      QStringLiteral("expected a duration (\"4h\") or a percentage of the estimate (\"120%\"), found %1")
                          .arg(jsonTypeName(node)));
            return threshold;
        }
        const QString text = stringAt(node);
        static const QRegularExpression percent(QStringLiteral("^(\\d{1,6})%$"));
        if (const auto match = percent.match(text); match.hasMatch()) {
            threshold.percent = match.captured(1).toInt();
            if (threshold.percent < 1)
                c.errorAt(key, QStringLiteral("must be at least 1%, found %1").arg(text));
        } else if (const auto seconds = parseDurationSeconds(text)) {
            threshold.seconds = *seconds;
            if (*seconds == 0)
                c.errorAt(key, QStringLiteral("must be longer than 0s"));
        } else {
            c.errorAt(key,
                      QStringLiteral("'%1' is neither a duration nor a percentage (write e.g. \"4h\", \"1d4h30m\" or "
                                     "\"120%\")")
                          .arg(text));
        }
        return threshold;
    }

    JeopardyAction readAction(const JsonCursor& a)
    {
        JeopardyAction action;
        QString kindText;
        const bool isObject = a.node().is_object();
        if (a.node().is_string()) {
            kindText = stringAt(a.node());
        } else if (isObject) {
            a.rejectUnknownKeys({ "kind", "at", "queue" });
            kindText = a.string("kind", true);
            action.at = readLevel(a, "at").value_or(Level::Warning);
            action.queue = a.string("queue", false);
        } else {
            a.error(QStringLiteral("expected an action name or an object, found %1").arg(jsonTypeName(a.node())));
            return action;
        }
        if (kindText.isEmpty())
            return action; // reported as missing
        QStringList names;
        bool known = false;
        for (const auto& [kind, name] : actionKinds) {
            names << QString::fromLatin1(name);
            if (kindText == QLatin1String(name)) {
                action.kind = kind;
                known = true;
            }
        }
        if (!known) {
            const QString message
                = QStringLiteral("unknown action '%1' (expected one of %2)").arg(kindText, names.join(QStringLiteral(", ")));
            isObject ? a.errorAt("kind", message) : a.error(message);
            return action;
        }
        const bool takesQueue = action.kind == Kind::Reassign || action.kind == Kind::Escalate;
        if (takesQueue && action.queue.isEmpty())
            a.error(QStringLiteral("'%1' needs a queue: { \"kind\": \"%1\", \"queue\": \"QUEUE\" }").arg(kindText));
        else if (!takesQueue && !action.queue.isEmpty())
            a.errorAt("queue", QStringLiteral("only reassign and escalate take a queue"));
        return action;
    }

    void readMatch(const JsonCursor& c, JeopardyRule& rule)
    {
        if (!c.has("match"))
            return;
        const JsonCursor m = c.child("match");
        if (!m.expectObject())
            return;
        m.rejectUnknownKeys({ "step", "planDefinition", "stepType", "lane", "queue" });
        rule.matchStep = m.string("step", false);
        rule.matchPlanDefinition = m.string("planDefinition", false);
        rule.matchLane = m.string("lane", false);
        rule.matchQueue = m.string("queue", false);
        const QString type = m.string("stepType", false);
        if (!type.isEmpty()) {
            rule.matchStepType = stepTypeFromString(type);
            if (!rule.matchStepType)
                m.errorAt("stepType", QStringLiteral("unknown step type '%1' (expected one of %2)").arg(type, stepTypeNames()));
        }
        if (rule.scope == JeopardyRule::Scope::Order)
            c.errorAt("match", QStringLiteral("an order-scope rule watches the whole order and takes no 'match'"));
    }

    void readLegacyRule(const JsonCursor& c, JeopardyRule& rule)
    {
        rule.legacyForm = true;
        const int percent = static_cast<int>(c.integer("elapsedPercent", true, 1).value_or(100));
        const Level level = readLevel(c, "severity").value_or(Level::Warning);
        (level == Level::Critical ? rule.critical : rule.warning).percent = percent;
        const QString escalateTo = c.string("escalateTo", false);
        if (!escalateTo.isEmpty())
            rule.actions.push_back({ Kind::Escalate, level, escalateTo });
    }

} // namespace

JeopardyRule readJeopardyRule(const JsonCursor& c)
{
    JeopardyRule rule;
    if (!c.expectObject())
        return rule;
    c.rejectUnknownKeys({ "id", "scope", "description", "match", "estimate", "warning", "critical", "calendar", "actions", "elapsedPercent",
                          "severity", "escalateTo" });
    rule.id = c.string("id", true);
    rule.description = c.string("description", false);
    const QString scope = c.string("scope", false);
    if (scope == QLatin1String("order"))
        rule.scope = JeopardyRule::Scope::Order;
    else if (!scope.isEmpty() && scope != QLatin1String("step"))
        c.errorAt("scope", QStringLiteral("unknown value '%1' (expected one of step, order)").arg(scope));

    const bool legacy = c.has("elapsedPercent") || c.has("severity") || c.has("escalateTo");
    const bool current
        = c.has("match") || c.has("estimate") || c.has("warning") || c.has("critical") || c.has("calendar") || c.has("actions");
    if (legacy && current) {
        c.error(QStringLiteral("mixes the old form (elapsedPercent, severity, escalateTo) with the new one (match, "
                               "estimate, warning, critical, calendar, actions); write the new one only"));
        return rule;
    }
    if (legacy) {
        readLegacyRule(c, rule);
        return rule;
    }
    readMatch(c, rule);
    rule.estimatedSeconds = c.duration("estimate", false).value_or(0);
    rule.warning = readThreshold(c, "warning");
    rule.critical = readThreshold(c, "critical");
    rule.calendar = c.string("calendar", false);
    c.forEach("actions", false, [&rule](const JsonCursor& a, std::size_t) { rule.actions.push_back(readAction(a)); });

    if (!c.has("warning") && !c.has("critical")) {
        c.error(QStringLiteral("needs a 'warning' or 'critical' threshold (a duration such as \"4h\" or a percentage of "
                               "the estimate such as \"120%\")"));
    } else if (rule.warning.seconds > 0 && rule.critical.seconds > 0 && rule.critical.seconds <= rule.warning.seconds) {
        c.errorAt("critical",
                  QStringLiteral("critical at %1 must be later than warning at %2")
                      .arg(formatDuration(rule.critical.seconds), formatDuration(rule.warning.seconds)));
    } else if (rule.warning.percent > 0 && rule.critical.percent > 0 && rule.critical.percent <= rule.warning.percent) {
        c.errorAt("critical",
                  QStringLiteral("critical at %1% must be later than warning at %2%").arg(rule.critical.percent).arg(rule.warning.percent));
    }
    return rule;
}

BusinessCalendarSpec readBusinessCalendar(const JsonCursor& c)
{
    BusinessCalendarSpec spec;
    if (!c.expectObject())
        return spec;
    c.rejectUnknownKeys({ "id", "name", "timeZone", "days", "hours", "holidays", "description" });
    spec.id = c.string("id", true);
    spec.name = c.string("name", false, spec.id);
    spec.timeZone = c.string("timeZone", false, spec.timeZone);
    if (c.has("timeZone") && c.node().at("timeZone").is_string() && !QTimeZone::isTimeZoneIdAvailable(spec.timeZone.toUtf8()))
        c.errorAt("timeZone", QStringLiteral("unknown time zone '%1' (write an IANA id such as \"Europe/Berlin\")").arg(spec.timeZone));

    if (c.has("days")) {
        spec.days.clear();
        c.forEach("days", false, [&spec](const JsonCursor& d, std::size_t) {
            const QString name = d.node().is_string() ? stringAt(d.node()) : QString();
            for (std::size_t i = 0; i < dayNames.size(); ++i) {
                if (name == QLatin1String(dayNames[i])) {
                    if (std::find(spec.days.begin(), spec.days.end(), int(i + 1)) == spec.days.end())
                        spec.days.push_back(int(i + 1));
                    return;
                }
            }
            d.error(d.node().is_string() ? QStringLiteral("unknown day '%1' (expected one of mon, tue, wed, thu, fri, sat, sun)").arg(name)
                                         : QStringLiteral("expected a string, found %1").arg(jsonTypeName(d.node())));
        });
        if (spec.days.empty() && c.node().at("days").is_array() && c.node().at("days").empty())
            c.errorAt("days", QStringLiteral("needs at least one working day"));
    }

    const QString hours = c.string("hours", false);
    if (!hours.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)$"));
        const auto match = pattern.match(hours);
        const QTime opens = match.hasMatch() ? QTime(match.captured(1).toInt(), match.captured(2).toInt()) : QTime();
        const QTime closes = match.hasMatch() ? QTime(match.captured(3).toInt(), match.captured(4).toInt()) : QTime();
        if (!opens.isValid() || !closes.isValid())
            c.errorAt("hours", QStringLiteral("'%1' is not a span of hours (write e.g. \"08:00-18:00\")").arg(hours));
        else if (closes <= opens)
            c.errorAt("hours",
                      QStringLiteral("closes at %1, not after it opens at %2")
                          .arg(closes.toString(QStringLiteral("HH:mm")), opens.toString(QStringLiteral("HH:mm"))));
        else {
            spec.opens = opens;
            spec.closes = closes;
        }
    }

    c.forEach("holidays", false, [&spec](const JsonCursor& h, std::size_t) {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = h.node().is_string() ? stringAt(h.node()) : QString();
        const QDate date = pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (date.isValid())
            spec.holidays.push_back(date);
        else if (h.node().is_string())
            h.error(QStringLiteral("'%1' is not a date (write YYYY-MM-DD)").arg(text));
        else
            h.error(QStringLiteral("expected a string, found %1").arg(jsonTypeName(h.node())));
    });
    return spec;
}

} // namespace fw
