// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardynotifier.h"

#include "common/enginetexttranslation.h"
#include "jeopardypresentation.h"

#include <QApplication>
#include <QSystemTrayIcon>

#include <vector>

namespace fw {

namespace {
    QString keyOf(const JeopardyFinding& finding)
    {
        return finding.orderId + QLatin1Char('/') + finding.stepId;
    }
} // namespace

JeopardyNotifier::JeopardyNotifier(QObject* parent)
    : QObject(parent)
{
}

void JeopardyNotifier::setUser(const QString& user)
{
    m_user = user;
}

void JeopardyNotifier::setWatchedOrders(const QSet<QString>& orderIds)
{
    m_watched = orderIds;
}

void JeopardyNotifier::setTrayIcon(QSystemTrayIcon* tray)
{
    if (m_ownTray && m_tray)
        delete m_tray;
    m_tray = tray;
    m_ownTray = false;
}

void JeopardyNotifier::reset()
{
    m_levels.clear();
    m_primed = false;
}

bool JeopardyNotifier::concerns(const JeopardyFinding& finding) const
{
    return (!m_user.isEmpty() && finding.owner == m_user) || m_watched.contains(finding.orderId);
}

void JeopardyNotifier::update(const JeopardyReport& report)
{
    // An order or step may have several findings (a rule and the forecast): its highest level counts.
    QHash<QString, JeopardyLevel> levels;
    QHash<QString, const JeopardyFinding*> worst;
    for (const JeopardyFinding& finding : report.findings) {
        const QString key = keyOf(finding);
        if (!levels.contains(key) || finding.level > levels.value(key)) {
            levels.insert(key, finding.level);
            worst.insert(key, &finding);
        }
    }
    std::vector<const JeopardyFinding*> raised;
    if (m_primed) {
        for (const JeopardyFinding& finding : report.findings) {
            const QString key = keyOf(finding);
            if (worst.value(key) != &finding || finding.level == JeopardyLevel::None)
                continue;
            if (finding.level > m_levels.value(key, JeopardyLevel::None) && concerns(finding))
                raised.push_back(&finding);
        }
    }
    m_levels = std::move(levels);
    m_primed = true;
    if (raised.empty())
        return;

    JeopardyLevel level = JeopardyLevel::Warning;
    QSet<QString> orders;
    for (const JeopardyFinding* finding : raised) {
        level = std::max(level, finding->level);
        orders.insert(finding->orderId);
    }
    if (orders.size() == 1) { // one order: name it and its steps
        const JeopardyFinding& f = *raised.front();
        const QString title
            = level == JeopardyLevel::Critical ? tr("Critical: order %1").arg(f.orderId) : tr("Warning: order %1").arg(f.orderId);
        if (raised.size() == 1) {
            show(title, tr("%1: %2").arg(JeopardyPresentation::stepText(f), translatedEngineText(f.reason)), level);
        } else {
            QStringList steps;
            for (const JeopardyFinding* finding : raised)
                steps << JeopardyPresentation::stepText(*finding);
            show(title, tr("In jeopardy: %1").arg(steps.join(QStringLiteral(", "))), level);
        }
        return;
    }
    int criticals = 0;
    for (const JeopardyFinding* finding : raised)
        criticals += finding->level == JeopardyLevel::Critical ? 1 : 0;
    QString message = tr("%n of your order(s) entered jeopardy", nullptr, int(orders.size()));
    if (criticals > 0)
        message += tr(" (%n critical)", nullptr, criticals);
    show(tr("Orders in jeopardy"), message + QLatin1Char('.') + QLatin1Char(' ') + tr("Open the Jeopardy view to see them."), level);
}

void JeopardyNotifier::show(const QString& title, const QString& message, JeopardyLevel level)
{
    Q_EMIT notify(title, message, int(level));
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_ownTray = true;
    }
    if (!m_tray->isVisible())
        m_tray->show();
    m_tray->showMessage(title, message, level == JeopardyLevel::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 10000);
}

} // namespace fw
