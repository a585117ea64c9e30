// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace fw {

void applyTheme(QApplication& app, const QString& theme)
{
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette;
    if (theme == QLatin1String("dark")) {
        const QColor window(0x25, 0x28, 0x2c);
        const QColor base(0x1c, 0x1e, 0x21);
        const QColor text(0xe6, 0xe8, 0xeb);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x2a));
        palette.setColor(QPalette::ToolTipBase, window);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x90, 0x96));
        palette.setColor(QPalette::Button, QColor(0x2f, 0x33, 0x38));
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::BrightText, Qt::white);
        palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
        palette.setColor(QPalette::Mid, QColor(0x3a, 0x3e, 0x44));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x78, 0x7d, 0x83));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x78, 0x7d, 0x83));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x78, 0x7d, 0x83));
    } else {
        palette = QApplication::style()->standardPalette();
        palette.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
        palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
        palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    }
    QApplication::setPalette(palette);
    app.setProperty("fwTheme", theme);
}

} // namespace fw
