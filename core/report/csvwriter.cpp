// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvwriter.h"

#include <QIODevice>
#include <QRegularExpression>

namespace fw {

CsvWriter::CsvWriter(QIODevice& out, Options options)
    : m_out(out)
    , m_options(options)
{
}

QString CsvWriter::neutralised(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky)
        return text;
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    if (number.match(text).hasMatch())
        return text; // a signed number is data, not a formula
    return QLatin1Char('\'') + text;
}

QString CsvWriter::quoted(const QString& text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString CsvWriter::line(const QStringList& fields)
{
    QString result;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            result += QLatin1Char(',');
        result += field(fields.at(i));
    }
    return result + QLatin1String("\r\n");
}

Status CsvWriter::writeRow(const QStringList& fields)
{
    QByteArray bytes;
    if (m_rows == 0 && m_options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += line(fields).toUtf8();
    if (m_out.write(bytes) != bytes.size())
        return failure(m_out.errorString(), {}, QStringLiteral("write CSV row %1").arg(m_rows + 1));
    ++m_rows;
    return {};
}

} // namespace fw
