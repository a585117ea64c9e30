// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fw {

// Why something could not be done: what was attempted, on which record, file or place, and the
// reason. Any part may be empty; message() joins what is there ("open the store /x.db: disk full").
struct Error {
    QString what; // the action: "open the store", "claim task 12"
    QString where; // the record, file or place: "order ORD-1", "/home/ops/store.db"
    QString why; // the reason: "the disk is full"

    QString message() const
    {
        QString head = what;
        if (!where.isEmpty())
            head = head.isEmpty() ? where : head + QLatin1Char(' ') + where;
        if (head.isEmpty())
            return why;
        return why.isEmpty() ? head : head + QStringLiteral(": ") + why;
    }
    // The same error seen from a caller: fills what and where when they are still empty.
    Error in(const QString& action, const QString& place = {}) const
    {
        Error result = *this;
        if (result.what.isEmpty())
            result.what = action;
        if (result.where.isEmpty())
            result.where = place;
        return result;
    }
    bool operator==(const Error&) const = default;
};

inline Error failure(QString why, QString where = {}, QString what = {})
{
    return Error { std::move(what), std::move(where), std::move(why) };
}

// The one way a fallible call outside the input readers answers (those keep Problems): a value or
// the Error that prevented it. Converts to true when it holds a value.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T valueOr(T fallback) const& { return ok() ? value() : std::move(fallback); }

    const Error& error() const { return std::get<1>(m_state); }
    QString message() const { return ok() ? QString() : error().message(); }

private:
    std::variant<T, Error> m_state;
};

// Success or the Error that prevented it.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString message() const { return m_error ? m_error->message() : QString(); }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace fw
