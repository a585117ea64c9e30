// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pgpassfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace fw {

namespace {
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    QStringList keyOf(const PgPassEntry& entry)
    {
        return { entry.host.isEmpty() ? QStringLiteral("localhost") : entry.host,
                 entry.port.isEmpty() ? QStringLiteral("5432") : entry.port, entry.database, entry.user };
    }

    QString withoutLineEnd(QString line)
    {
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        return line;
    }
} // namespace

PgPassFile::PgPassFile(QString path)
    : m_path(std::move(path))
{
}

QString PgPassFile::defaultPath()
{
    const QString configured = qEnvironmentVariable("PGPASSFILE");
    return configured.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass")) : configured;
}

QString PgPassFile::escaped(const QString& field)
{
    QString result;
    result.reserve(field.size());
    for (const QChar c : field) {
        if (c == QLatin1Char(':') || c == QLatin1Char('\\'))
            result += QLatin1Char('\\');
        result += c;
    }
    return result;
}

QStringList PgPassFile::fields(const QString& line)
{
    if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
        return {};
    QStringList result { QString() };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size())
            result.last() += line.at(++i);
        else if (c == QLatin1Char(':') && result.size() < 5) // the password is the rest of the line
            result << QString();
        else
            result.last() += c;
    }
    return result;
}

Result<std::optional<QString>> PgPassFile::password(const QString& host, const QString& port, const QString& database,
                                                    const QString& user) const
{
    QFile file(m_path);
    if (!file.exists())
        return std::optional<QString>();
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return failure(QStringLiteral("%1: cannot read: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    const QStringList key = keyOf({ host, port, database, user, {} });
    while (!file.atEnd()) {
        const QStringList f = fields(withoutLineEnd(QString::fromUtf8(file.readLine())));
        if (f.size() == 5 && f.mid(0, 4) == key)
            return std::optional<QString>(f.at(4));
    }
    return std::optional<QString>();
}

Status PgPassFile::store(const PgPassEntry& entry) const
{
    if (entry.database.isEmpty() || entry.user.isEmpty())
        return failure(QStringLiteral("%1: a password line needs a database and a user").arg(QDir::toNativeSeparators(m_path)));
    QStringList escapedKey;
    for (const QString& field : keyOf(entry))
        escapedKey << escaped(field);
    return rewrite(keyOf(entry), escapedKey.join(QLatin1Char(':')) + QLatin1Char(':') + escaped(entry.password));
}

Status PgPassFile::remove(const QString& host, const QString& port, const QString& database, const QString& user) const
{
    if (!QFile::exists(m_path))
        return {};
    return rewrite(keyOf({ host, port, database, user, {} }), std::nullopt);
}

Status PgPassFile::rewrite(const QStringList& key, const std::optional<QString>& newLine) const
{
    QStringList lines;
    QFile existing(m_path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly | QIODevice::Text))
            return failure(QStringLiteral("%1: cannot read: %2").arg(QDir::toNativeSeparators(m_path), existing.errorString()));
        lines = QString::fromUtf8(existing.readAll()).split(QLatin1Char('\n'));
        existing.close();
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    QStringList kept;
    bool replaced = false;
    for (const QString& line : std::as_const(lines)) {
        const QStringList f = fields(withoutLineEnd(line));
        const bool matches = f.size() == 5 && f.mid(0, 4) == key;
        if (!matches)
            kept << line;
        else if (!replaced && newLine) // a second line for the same key goes: libpq reads only the first
            kept << *newLine;
        replaced = replaced || matches;
    }
    if (!replaced && newLine)
        kept << *newLine;

    const QString shown = QDir::toNativeSeparators(m_path);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return failure(QStringLiteral("%1: cannot write: %2").arg(shown, file.errorString()));
    if (!file.setPermissions(ownerOnly)) // before the password goes in
        return failure(QStringLiteral("%1: cannot make it private (mode 0600)").arg(shown));
    file.write(kept.isEmpty() ? QByteArray() : (kept.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!file.commit())
        return failure(QStringLiteral("%1: cannot write: %2").arg(shown, file.errorString()));
    if (!QFile::setPermissions(m_path, ownerOnly))
        return failure(QStringLiteral("%1: cannot make it private (mode 0600)").arg(shown));
    return {};
}

} // namespace fw
