// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "enginetexttranslation.h"

#include "common/enginetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <optional>

namespace fw {

namespace {
    // Deep enough for "A (B: C by default); retries exhausted: D of E attempts made".
    constexpr int kMaxNesting = 6;

    QString translatedTemplate(const char* source)
    {
        return QCoreApplication::translate(kEngineTextContext, source);
    }

    // pattern with %1..%n replaced by arguments in one pass (QString::arg() would also replace
    // placeholders that an argument brings along).
    QString substituted(const QString& pattern, const QStringList& arguments)
    {
        QString result;
        result.reserve(pattern.size() + 32);
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            if (pattern[i] == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1].isDigit()) {
                qsizetype end = i + 1;
                while (end < pattern.size() && pattern[end].isDigit())
                    ++end;
                const qsizetype n = pattern.mid(i + 1, end - i - 1).toLongLong();
                if (n >= 1 && n <= arguments.size()) {
                    result += arguments[n - 1];
                    i = end - 1;
                    continue;
                }
            }
            result += pattern[i];
        }
        return result;
    }

    std::optional<QString> duration(const QString& text)
    {
        static const QRegularExpression shape(QStringLiteral("^(?:(\\d+)d)? ?(?:(\\d+)h)? ?(?:(\\d+)m)? ?(?:(\\d+)s)?$"));
        if (text.isEmpty() || text.front() == QLatin1Char(' ') || text.back() == QLatin1Char(' '))
            return std::nullopt;
        const QRegularExpressionMatch match = shape.match(text);
        if (!match.hasMatch())
            return std::nullopt;
        const auto units = engineTextUnits();
        QStringList parts;
        for (int unit = 0; unit < 4; ++unit) { // d, h, m, s
            if (match.hasCaptured(unit + 1))
                parts << substituted(translatedTemplate(units[std::size_t(unit)]), { match.captured(unit + 1) });
        }
        if (parts.isEmpty())
            return std::nullopt;
        return parts.join(QLatin1Char(' '));
    }

    // "150%" (a jeopardy threshold).
    std::optional<QString> percentage(const QString& text)
    {
        static const QRegularExpression shape(QStringLiteral("^(\\d+)%$"));
        const QRegularExpressionMatch match = shape.match(text);
        if (!match.hasMatch())
            return std::nullopt;
        return substituted(translatedTemplate(engineTextUnits()[4]), { match.captured(1) });
    }

    // "26 Nov 14:20 UTC" (core/sla/durationtext.cpp formatSlaInstant).
    std::optional<QString> instant(const QString& text)
    {
        static const QRegularExpression shape(
            QStringLiteral("^(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d\\d):(\\d\\d) UTC$"));
        const QRegularExpressionMatch match = shape.match(text);
        if (!match.hasMatch())
            return std::nullopt;
        static const QStringList months { QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
                                          QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
                                          QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec") };
        // 2000 is a leap year: 29 Feb is a date in it. The format has no year.
        const QDate date(2000, int(months.indexOf(match.captured(2))) + 1, match.captured(1).toInt());
        const QTime time(match.captured(3).toInt(), match.captured(4).toInt());
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return QLocale().toString(QDateTime(date, time, QTimeZone::utc()), translatedTemplate(engineTextInstantFormat()));
    }

    constexpr qsizetype kCacheLimit = 50000;

    // Empties the GUI thread's cache when a translator is installed or removed: QCoreApplication
    // sends QEvent::LanguageChange to itself then (an event filter on the application object sees
    // it). The default locale (an instant's month names) is set before the translators
    // (installTranslators in app/workbench), so their change covers it.
    class LanguageWatcher : public QObject {
    public:
        LanguageWatcher(QCoreApplication* app, QHash<QString, QString>* cache)
            : QObject(app)
            , m_cache(cache)
        {
            app->installEventFilter(this);
        }
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::LanguageChange && watched == parent())
                m_cache->clear();
            return false;
        }

    private:
        QHash<QString, QString>* m_cache;
    };

    QString translated(const QString& text, int depth);

    // A template that ends in a placeholder ("claim task %1") also matches an action followed by
    // the engine's answer ("claim task 12: task 12 is claimed by bob"), its last argument taking
    // the answer in: such a match is taken only when no split at ": " fits better.
    bool swallowsAnAnswer(const EngineTextMatch& match)
    {
        static const QRegularExpression trailingPlaceholder(QStringLiteral("%(\\d+)$"));
        const QRegularExpressionMatch last = trailingPlaceholder.match(QString::fromUtf8(match.source));
        const qsizetype argument = last.hasMatch() ? last.captured(1).toLongLong() - 1 : -1;
        return argument >= 0 && argument < match.arguments.size() && match.arguments[argument].contains(QLatin1String(": "));
    }

    // Parts joined by ": ", each translated when it is an engine text: an action and the engine's
    // answer. With a whole match at hand, only a split whose first part is an engine text counts.
    std::optional<QString> translatedParts(const QString& text, bool wholeMatches)
    {
        for (qsizetype colon = text.indexOf(QLatin1String(": ")); colon > 0; colon = text.indexOf(QLatin1String(": "), colon + 2)) {
            const QString head = text.left(colon);
            const QString tail = text.mid(colon + 2);
            if (matchEngineText(head) || (!wholeMatches && matchEngineText(tail)))
                return translated(head, 1) + QStringLiteral(": ") + translated(tail, 0);
        }
        return std::nullopt;
    }

    bool knownShape(const QString& text)
    {
        return duration(text) || instant(text) || percentage(text) || matchEngineText(text);
    }

    // A list the engine joined ("10 kept, 1 added"; "attributes speed: 10 -> 20; delivery group
    // G1 -> G2"): its parts at separator when every one of them is an engine text, else empty.
    QStringList listParts(const QString& text, QLatin1String separator)
    {
        if (!text.contains(separator))
            return {};
        const QStringList parts = text.split(separator);
        return std::all_of(parts.cbegin(), parts.cend(), knownShape) ? parts : QStringList();
    }

    constexpr std::array kListSeparators { QLatin1String("; "), QLatin1String(", ") };

    // A whole match that took in a list cut short ("%1 compensation" over "applied: 10 kept, 1
    // added, 2 compensation" takes "applied: 10 kept, 1 added, 2"): the text is better read as a
    // list when it is one.
    bool misreadsAList(const EngineTextMatch& match)
    {
        return std::any_of(match.arguments.cbegin(), match.arguments.cend(), [](const QString& argument) {
            return std::any_of(kListSeparators.cbegin(), kListSeparators.cend(),
                               [&](QLatin1String separator) { return argument.contains(separator); })
                && std::none_of(kListSeparators.cbegin(), kListSeparators.cend(),
                                [&](QLatin1String separator) { return !listParts(argument, separator).isEmpty(); });
        });
    }

    std::optional<QString> translatedList(const QString& text, int depth)
    {
        for (const QLatin1String separator : kListSeparators) {
            const QStringList parts = listParts(text, separator);
            if (parts.isEmpty())
                continue;
            QStringList result;
            for (const QString& part : parts)
                result << translated(part, depth + 1);
            return result.join(separator);
        }
        return std::nullopt;
    }

    QString translated(const QString& text, int depth)
    {
        if (text.isEmpty() || depth > kMaxNesting)
            return text;
        if (const auto d = duration(text))
            return *d;
        if (const auto i = instant(text))
            return *i;
        if (const auto p = percentage(text))
            return *p;
        const auto match = matchEngineText(text);
        if (!match || misreadsAList(*match)) {
            if (const auto list = translatedList(text, depth))
                return *list;
        }
        if (depth == 0 && (!match || swallowsAnAnswer(*match))) {
            if (const auto parts = translatedParts(text, match.has_value()))
                return *parts;
        }
        if (!match)
            return text;
        QStringList arguments;
        arguments.reserve(match->arguments.size());
        for (const QString& argument : match->arguments)
            arguments << translated(argument, depth + 1);
        return substituted(translatedTemplate(match->source), arguments);
    }
} // namespace

QString translatedEngineText(const QString& text)
{
    // Views ask for the same texts again and again (each repaint, each comparison of a sort: 10,000
    // fallout cases sorted by error took 3 s uncached, docs/benchmarks.md), so the GUI thread keeps
    // what it translated until the translators change. Other threads translate without the cache.
    QCoreApplication* app = QCoreApplication::instance();
    if (text.isEmpty() || !app || QThread::currentThread() != app->thread())
        return translated(text, 0);
    static QPointer<LanguageWatcher> watcher;
    static QHash<QString, QString> cache;
    if (!watcher) {
        watcher = new LanguageWatcher(app, &cache);
        cache.clear(); // kept under another application object
    }
    if (cache.size() > kCacheLimit)
        cache.clear();
    if (const auto known = cache.constFind(text); known != cache.cend())
        return *known;
    const QString result = translated(text, 0);
    cache.insert(text, result);
    return result;
}

QString translatedEngineDuration(const QString& text)
{
    return duration(text).value_or(text);
}

} // namespace fw
