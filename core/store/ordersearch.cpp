// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordersearch.h"

#include "queryerror.h"

#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace fw {

namespace {

    // A token of an FTS5 query: a quoted string ("" inside), which the trigram tokenizer reads as
    // the trigrams it holds.
    QString quotedToken(const QString& text)
    {
        QString inner = text;
        inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + inner + QLatin1Char('"');
    }

    // The string that sorts right after every string starting with `prefix`.
    QString pastPrefix(QString prefix)
    {
        prefix[prefix.size() - 1] = QChar(prefix.at(prefix.size() - 1).unicode() + 1);
        return prefix;
    }

} // namespace

// The search words: each must occur in the order's search text (id, account, products). Lower
// case as SQLite's lower() made that text (ASCII letters only), so the text checks (instr) find
// them; the trigram index folds every letter's case itself.
QStringList OrderSearch::wordsOf(const QString& text)
{
    QString lowered = text;
    for (QChar& c : lowered) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return lowered.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Whether order o's search text holds every word: one read of the text per row, from the FTS5
// table's content table (order_search_content: id = rowid, c0 = terms), a plain b-tree lookup
// and half the cost of reading it through the virtual table.
QString OrderSearch::textHolds(const QStringList& words, QVariantList& values)
{
    QStringList checks;
    for (const QString& word : words) {
        checks << QStringLiteral("instr(c0, ?) > 0");
        values << word;
    }
    return QStringLiteral("(SELECT ") + checks.join(QLatin1String(" AND "))
        + QStringLiteral(" FROM order_search_content WHERE id = o.rowid)");
}

QString OrderSearch::matching(QVariantList& values) const
{
    // The text is read from the index's content table by rowid: a plain b-tree lookup, half the
    // cost of reading it through the virtual table.
    QString sql;
    QStringList conditions;
    if (match.isEmpty()) { // common short words only: every text, in rowid order
        sql = QStringLiteral("SELECT c.id FROM order_search_content c");
    } else if (verify.isEmpty()) { // the index proves every word: no text to read
        values << match;
        return QStringLiteral("SELECT rowid FROM order_search WHERE order_search MATCH ?");
    } else {
        sql = QStringLiteral("SELECT s.rowid FROM order_search s CROSS JOIN order_search_content c ON c.id = s.rowid");
        conditions << QStringLiteral("s.order_search MATCH ?");
        values << match;
    }
    for (const QString& word : verify) {
        conditions << QStringLiteral("instr(c.c0, ?) > 0");
        values << word;
    }
    return sql + QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

OrderSearchLookup::OrderSearchLookup(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<OrderSearch> OrderSearchLookup::lookUp(const QString& text) const
{
    OrderSearch search;
    QStringList parts;
    QStringList shortWords;
    for (const QString& word : OrderSearch::wordsOf(text)) {
        search.words << word;
        search.active = true;
        if (word.size() < 3) {
            shortWords << word;
            continue;
        }
        // Three characters or more: the order holds the word's trigrams (AND). Merging long lists
        // costs, short ones are cheap and narrow most, so by their share of a sample of the newest
        // orders: every rare trigram (in 1% or less), at least the two rarest. That proves a word of
        // three; a longer one is then checked in the text (instr) of those orders only.
        const QStringList& texts = sample();
        std::vector<std::pair<qsizetype, QString>> trigrams; // (orders of the sample holding it, trigram)
        for (qsizetype i = 0; i + 3 <= word.size(); ++i) {
            const QString trigram = word.mid(i, 3);
            if (std::none_of(trigrams.cbegin(), trigrams.cend(), [&](const auto& t) { return t.second == trigram; }))
                trigrams.emplace_back(std::count_if(texts.cbegin(), texts.cend(), [&](const QString& t) { return t.contains(trigram); }),
                                      trigram);
        }
        std::stable_sort(trigrams.begin(), trigrams.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QStringList tokens;
        for (const auto& [held, trigram] : trigrams) {
            if (tokens.size() >= 2 && held * 100 > texts.size())
                break;
            tokens << quotedToken(trigram);
        }
        parts << QLatin1Char('(') + tokens.join(QLatin1String(" AND ")) + QLatin1Char(')');
        if (word.size() > 3)
            search.verify << word;
    }
    for (const QString& word : shortWords) {
        // One or two characters. When it is in many orders (a sample of the newest) it is checked
        // in the text of the rows read anyway. Else the index finds it: any trigram that starts
        // with it (each search text ends in two spaces, schema v20, so every character starts one),
        // from the index's vocabulary, whose cost grows with how often those trigrams occur, which
        // is why common words skip it.
        if (isCommon(word)) {
            search.verify << word;
            continue;
        }
        QSqlQuery vocabulary(m_database);
        vocabulary.setForwardOnly(true);
        if (!vocabulary.prepare(QStringLiteral("SELECT term FROM order_trigrams WHERE term >= ? AND term < ?")))
            return queryError(vocabulary, QStringLiteral("look the search word up"), word);
        vocabulary.addBindValue(word.toLower()); // as the index folds
        vocabulary.addBindValue(pastPrefix(word.toLower()));
        if (!vocabulary.exec())
            return queryError(vocabulary, QStringLiteral("look the search word up"), word);
        QStringList tokens;
        while (vocabulary.next())
            tokens << quotedToken(vocabulary.value(0).toString());
        if (tokens.isEmpty()) {
            search.none = true; // no order holds it
            break;
        }
        parts << QLatin1Char('(') + tokens.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    search.match = parts.join(QLatin1String(" AND "));
    return search;
}

const QStringList& OrderSearchLookup::sample() const
{
    if (m_sample)
        return *m_sample;
    m_sample = QStringList();
    QSqlQuery sql(m_database);
    sql.setForwardOnly(true);
    if (sql.prepare(QStringLiteral("SELECT terms FROM order_search ORDER BY rowid DESC LIMIT ?"))) {
        sql.addBindValue(sampleSize);
        if (sql.exec()) {
            while (sql.next())
                m_sample->append(sql.value(0).toString());
        }
    }
    return *m_sample; // empty when it cannot be read: every word then counts as rare
}

bool OrderSearchLookup::isCommon(const QString& word) const
{
    const QStringList& texts = sample();
    const auto held = std::count_if(texts.cbegin(), texts.cend(), [&](const QString& text) { return text.contains(word); });
    return !texts.isEmpty() && held * 5 >= texts.size(); // in a fifth of them
}

} // namespace fw
