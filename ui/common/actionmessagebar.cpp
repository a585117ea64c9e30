// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "actionmessagebar.h"

#include "common/enginetexttranslation.h"
#include "statepresentation.h"
#include "workspace/storesession.h"

#include <QTimer>

#include <algorithm>

namespace fw {

ActionMessageBar::ActionMessageBar(StoreSession* session, QStringList actionPrefixes, QWidget* parent)
    : QLabel(parent)
    , m_prefixes(std::move(actionPrefixes))
    , m_fade(new QTimer(this))
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
    hide();
    m_fade->setSingleShot(true);
    m_fade->setInterval(15000);
    connect(m_fade, &QTimer::timeout, this, &QWidget::hide);
    connect(session, &StoreSession::actionFinished, this, &ActionMessageBar::showOutcome);
}

void ActionMessageBar::showOutcome(const QString& action, bool ok, const QString& message)
{
    if (std::none_of(m_prefixes.cbegin(), m_prefixes.cend(), [&](const QString& prefix) { return action.startsWith(prefix); }))
        return;
    if (ok) {
        setStyleSheet(QString());
        setText(tr("Done: %1").arg(translatedEngineText(action)));
        m_fade->start();
    } else {
        setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(StatePresentation::stateColor(QStringLiteral("fallout")).name()));
        setText(tr("Could not %1: %2").arg(translatedEngineText(action), translatedEngineText(message)));
        m_fade->stop();
    }
    show();
}

} // namespace fw
