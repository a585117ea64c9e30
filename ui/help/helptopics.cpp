// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "helptopics.h"

#include <QWidget>

#include <array>
#include <utility>

namespace fw {

namespace {
    // Object names of the pages and views (a prefix ends in '_') and the guide's heading for each.
    const std::array<std::pair<const char*, const char*>, 11> topics { {
        { "planView", "The plan graph" },
        { "orderPlanGraph", "The plan graph" },
        { "orderPage_", "An order's page" },
        { "ordersPage", "The Orders page" },
        { "taskInboxPage", "Tasks: claiming and completing" },
        { "falloutQueuePage", "Resolving fallout" },
        { "jeopardyTabs", "Jeopardy and escalations" },
        { "dashboardPage", "The dashboard" },
        { "accountsPage", "Accounts and the installed base" },
        { "planPreviewPage", "Plan Preview" },
        { "noStorePlaceholder", "Getting started" },
    } };

    QString topicOf(const QWidget* widget)
    {
        const QString name = widget->objectName();
        for (const auto& [objectName, heading] : topics) {
            const QString key = QString::fromLatin1(objectName);
            if (key.endsWith(QLatin1Char('_')) ? name.startsWith(key) : name == key)
                return QString::fromUtf8(heading);
        }
        return {};
    }
} // namespace

QString helpSectionFor(const QWidget* focus, const QWidget* page)
{
    if (page && focus && page->isAncestorOf(focus)) {
        for (const QWidget* w = focus; w && w != page; w = w->parentWidget()) {
            if (const QString topic = topicOf(w); !topic.isEmpty())
                return topic;
        }
    }
    const QString topic = page ? topicOf(page) : QString();
    return topic.isEmpty() ? QStringLiteral("Getting started") : topic;
}

QStringList helpSections()
{
    QStringList all;
    for (const auto& topic : topics)
        all << QString::fromUtf8(topic.second);
    all.removeDuplicates();
    return all;
}

QString helpGuideSource()
{
    return QStringLiteral("qrc:/help/user-guide.md");
}

} // namespace fw
