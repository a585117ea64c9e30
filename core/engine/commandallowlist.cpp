// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandallowlist.h"

#include "common/duration.h"
#include "common/jsonparse.h"
#include "common/jsonvariant.h"
#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    constexpr qint64 maxAllowListBytes = 1024 * 1024;

    // Reads one entry; an empty text on success.
    QString readCommand(const QString& name, const nlohmann::json& entry, AllowedCommand& out)
    {
        static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        if (!namePattern.match(name).hasMatch())
            return QStringLiteral("'%1' is not a command name (letters, digits, '.', '_', '-')").arg(name);
        if (!entry.is_object())
            return QStringLiteral("%1: expected an object with program, args, timeout").arg(name);
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            if (it.key() != "program" && it.key() != "args" && it.key() != "timeout" && it.key() != "env" && it.key() != "description")
                return QStringLiteral("%1: unknown key '%2'").arg(name, toQString(it.key()));
        }
        out.name = name;
        const auto program = entry.find("program");
        if (program == entry.end() || !program->is_string() || !QDir::isAbsolutePath(toQString(program->get<std::string>())))
            return QStringLiteral("%1: 'program' must be an absolute path").arg(name);
        out.program = QDir::cleanPath(toQString(program->get<std::string>()));
        if (const auto args = entry.find("args"); args != entry.end()) {
            if (!args->is_array())
                return QStringLiteral("%1: 'args' must be an array of strings").arg(name);
            for (const auto& arg : *args) {
                if (!arg.is_string())
                    return QStringLiteral("%1: 'args' must be an array of strings").arg(name);
                out.args << toQString(arg.get<std::string>());
            }
        }
        if (const auto env = entry.find("env"); env != entry.end()) {
            if (!env->is_object())
                return QStringLiteral("%1: 'env' must be an object of variable names to strings").arg(name);
            for (auto it = env->begin(); it != env->end(); ++it) {
                if (!it.value().is_string() || it.key().empty() || it.key().find('=') != std::string::npos)
                    return QStringLiteral("%1: 'env' must be an object of variable names to strings").arg(name);
                out.env.insert(toQString(it.key()), toQString(it.value().get<std::string>()));
            }
        }
        if (const auto timeout = entry.find("timeout"); timeout != entry.end()) {
            const std::optional<qint64> seconds
                = timeout->is_string() ? parseDurationSeconds(toQString(timeout->get<std::string>())) : std::nullopt;
            if (!seconds || *seconds < 1 || *seconds > 86400)
                return QStringLiteral("%1: 'timeout' must be a duration from 1s to 1d (\"30s\", \"5m\")").arg(name);
            out.timeoutMs = int(*seconds * 1000);
        }
        return {};
    }

} // namespace

QString CommandAllowList::defaultPath()
{
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/fulfillment-workbench/commands.json");
}

CommandAllowList CommandAllowList::load(const QString& path)
{
    CommandAllowList list;
    list.m_path = path;
    QFile file(path);
    if (!file.exists())
        return list; // nothing allowed
    const auto refuse = [&list, &path](const QString& why) {
        list.m_problem = QStringLiteral("the command allow-list %1 is not used: %2").arg(path, why);
        list.m_commands.clear();
        qCWarning(lcEngine, "%s", qPrintable(list.m_problem));
        return list;
    };
    if (file.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return refuse(QStringLiteral("others may write it (chmod go-w)"));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    if (file.size() > maxAllowListBytes)
        return refuse(QStringLiteral("larger than 1 MiB"));
    const JsonParseResult parsed = parseJsonBounded(file.readAll());
    if (!parsed.ok())
        return refuse(parsed.message);
    const nlohmann::json& document = *parsed.value;
    const auto commands = document.is_object() ? document.find("commands") : document.end();
    if (commands == document.end() || !commands->is_object())
        return refuse(QStringLiteral("expected {\"commands\": {\"NAME\": {\"program\": \"/absolute/path\", ...}}}"));
    for (auto it = commands->begin(); it != commands->end(); ++it) {
        AllowedCommand command;
        if (const QString problem = readCommand(toQString(it.key()), it.value(), command); !problem.isEmpty())
            return refuse(problem);
        list.m_commands.insert(command.name, command);
    }
    return list;
}

Result<AllowedCommand> CommandAllowList::find(const QString& name) const
{
    if (!m_problem.isEmpty())
        return failure(QStringLiteral("command '%1' cannot run: %2").arg(name, m_problem));
    const auto it = m_commands.constFind(name);
    if (it == m_commands.cend())
        return failure(QStringLiteral("command '%1' is not in the allow-list %2 of this workstation").arg(name, m_path));
    return *it;
}

QStringList CommandAllowList::names() const
{
    QStringList names = m_commands.keys();
    names.sort();
    return names;
}

} // namespace fw
