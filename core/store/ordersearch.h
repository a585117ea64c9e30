// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace fw {

// How the words of an Orders search are looked up in order_search (FTS5 trigram, schema v8 and
// v20): an FTS5 query for the index and the words to check in the orders' text. Every word must
// occur in the order's search text (id, account, products).
struct OrderSearch {
    bool active = false; // there are search words
    bool none = false; // a short word no order holds: nothing matches
    QString match; // the FTS5 query: the orders holding the words' trigrams; empty: none to ask for
    QStringList verify; // words the trigrams do not prove, checked in the text of those orders
    QStringList words; // every word, as the search text holds it

    // "SELECT rowid ... WHERE ..." of the matching orders (the values bound in order).
    QString matching(QVariantList& values) const;
    // A condition on `orders o`: its search text holds every one of `words` (one read per row).
    static QString textHolds(const QStringList& words, QVariantList& values);
    // The words of a search text, lower-cased as SQLite's lower() stored the orders' texts.
    static QStringList wordsOf(const QString& text);
};

// Looks the words up: three characters or more by their trigrams (the rare ones, by a sample of the
// newest orders, at least two), one or two by the trigrams that start with them (the index's
// vocabulary, order_trigrams) unless the sample shows them in a fifth of the orders (then they are
// checked in the text). Keeps the sample for its lifetime. Read-only.
class OrderSearchLookup {
public:
    explicit OrderSearchLookup(QSqlDatabase database);
    Result<OrderSearch> lookUp(const QString& text) const;

    static constexpr qint64 sampleSize = 2000; // the newest orders a word's share is estimated from

private:
    const QStringList& sample() const; // the search texts of the newest sampleSize orders, read once
    bool isCommon(const QString& word) const; // in a fifth of the sample

    QSqlDatabase m_database;
    mutable std::optional<QStringList> m_sample;
};

} // namespace fw
