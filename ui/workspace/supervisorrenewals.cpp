// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SupervisorPages: the Renewals tab (docs/assets.md, "Renewals"), beside At Risk and Escalations.
// It reads the renewals off the GUI thread (RenewalSource) when shown, after each of its actions and
// when its filters change; its actions go to the engine as commands (renewal.claim, renewal.renew,
// renewal.decline), which the engine's processor authorizes.

#include "supervisorpages.h"

#include "commands/command.h"
#include "common/enginetexttranslation.h"
#include "engine/engineservice.h"
#include "renewals/renewalsource.h"
#include "renewals/renewalspage.h"
#include "storesession.h"
#include "users/sessionuser.h"

#include <QTabWidget>

namespace fw {

void SupervisorPages::createRenewals()
{
    m_renewalsPage = new RenewalsPage(m_jeopardyTabs);
    m_jeopardyTabs->addTab(m_renewalsPage, tr("Renewals"));
    m_renewalSource = new RenewalSource(m_session->storePath(), this);
    StoreSession* session = m_session;
    RenewalsPage* page = m_renewalsPage;
    connect(m_renewalSource, &RenewalSource::ready, page, &RenewalsPage::setRenewals);
    connect(m_renewalSource, &RenewalSource::failed, page, [this](const QString& message) {
        m_renewalsPage->setError(message);
        m_renewalsRead.invalidate(); // read again with the next snapshot (the store may still be opening)
    });
    connect(page, &RenewalsPage::refreshRequested, this, &SupervisorPages::refreshRenewals);
    connect(m_jeopardyTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_jeopardyTabs->widget(index) == m_renewalsPage)
            refreshRenewals();
    });
    const auto send = [session](const char* action, qint64 renewal, const QString& label, const QVariantMap& more = {}) {
        QVariantMap args = more;
        args.insert(QStringLiteral("renewal"), renewal);
        session->service()->submit(label, Command::make(session->user(), QLatin1String(action), args, { {}, CommandOrigin::Channel::Gui }));
    };
    connect(page, &RenewalsPage::claimRequested, this,
            [send](qint64 id) { send("renewal.claim", id, QStringLiteral("claim renewal %1").arg(id)); });
    connect(page, &RenewalsPage::renewRequested, this,
            [send](qint64 id) { send("renewal.renew", id, QStringLiteral("renew renewal %1").arg(id)); });
    connect(page, &RenewalsPage::declineRequested, this, [send](qint64 id, const QString& reason) {
        send("renewal.decline", id, QStringLiteral("decline renewal %1").arg(id), { { QStringLiteral("reason"), reason } });
    });
    connect(session, &StoreSession::actionFinished, page, [this, page](const QString& action, bool ok, const QString& message) {
        if (!action.contains(QLatin1String(" renewal ")))
            return;
        page->setActionResult(ok,
                              ok ? (message.isEmpty() ? action : message)
                                 : tr("Could not %1: %2").arg(translatedEngineText(action), translatedEngineText(message)));
        refreshRenewals();
    });
    const auto applyUser = [session, page] {
        const SessionUser& user = *session->identity();
        page->setRefusals(user.refusal(QStringLiteral("renewal.claim")), user.refusal(QStringLiteral("renewal.renew")),
                          user.refusal(QStringLiteral("renewal.decline")));
    };
    connect(session->identity(), &SessionUser::changed, page, applyUser);
    applyUser();
}

void SupervisorPages::refreshRenewalsIfShown()
{
    if (m_jeopardyTabs->currentWidget() == m_renewalsPage && m_renewalsPage->isVisible()
        && (!m_renewalsRead.isValid() || m_renewalsRead.hasExpired(30000)))
        refreshRenewals();
}

void SupervisorPages::refreshRenewals()
{
    m_renewalsRead.start();
    const QDateTime engineNow = m_session->lastSnapshot().at; // the engine's clock (simulated time too)
    m_renewalSource->request(m_renewalsPage->withinDays(), m_renewalsPage->states(),
                             engineNow.isValid() ? engineNow.toUTC().date() : QDate());
}

} // namespace fw
