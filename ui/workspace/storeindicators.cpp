// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storeindicators.h"

#include "storesession.h"
#include "storeworkspace.h"
#include "common/enginetexttranslation.h"
#include "sync/syncindicator.h"
#include "unrunnableordermodel.h"
#include "unrunnableordersdialog.h"
#include "users/sessionuser.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QToolButton>

namespace fw {

namespace {
    // An error of many lines (one per order from an older engine, say) as its first three and a
    // count: the status line stays one line.
    QString firstLines(const QString& error)
    {
        const QStringList lines = error.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.size() <= 3)
            return lines.join(QStringLiteral("; "));
        return StoreIndicators::tr("%1; and %n more", nullptr, int(lines.size() - 3)).arg(lines.mid(0, 3).join(QStringLiteral("; ")));
    }
} // namespace

StoreIndicators::StoreIndicators(QStatusBar* statusBar)
    : QObject(statusBar)
    , m_userButton(new QToolButton(statusBar))
    , m_syncIndicator(new SyncIndicator(statusBar))
    , m_countsLabel(new QLabel(statusBar))
    , m_engineLabel(new QLabel(tr("No store"), statusBar))
    , m_unrunnableButton(new QToolButton(statusBar))
{
    m_unrunnableButton->setObjectName(QStringLiteral("unrunnableIndicator"));
    m_unrunnableButton->setAutoRaise(true);
    m_unrunnableButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_unrunnableButton->hide();
    connect(m_unrunnableButton, &QToolButton::clicked, this, &StoreIndicators::showUnrunnable);
    m_userButton->setObjectName(QStringLiteral("userIndicator"));
    m_userButton->setAutoRaise(true);
    m_userButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_userButton->hide();
    connect(m_userButton, &QToolButton::clicked, this, &StoreIndicators::switchUserRequested);
    connect(m_syncIndicator, &SyncIndicator::clicked, this, &StoreIndicators::conflictsRequested);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    // The counts give way (clipped; the whole line in the tooltip) before the window grows past a
    // 1366-pixel screen when every indicator shows.
    m_countsLabel->setMinimumWidth(80);
    m_engineLabel->setObjectName(QStringLiteral("engineLabel"));
    statusBar->addPermanentWidget(m_unrunnableButton);
    statusBar->addPermanentWidget(m_userButton);
    statusBar->addPermanentWidget(m_syncIndicator);
    statusBar->addPermanentWidget(m_countsLabel);
    statusBar->addPermanentWidget(m_engineLabel);
}

void StoreIndicators::setWorkspace(StoreWorkspace* workspace)
{
    m_workspace = workspace;
    m_readyReported = false;
    if (workspace) {
        StoreSession* session = workspace->session();
        connect(session->identity(), &SessionUser::changed, this, &StoreIndicators::onUserChanged);
        connect(session, &StoreSession::syncStatusChanged, this, &StoreIndicators::onSyncStatus);
        connect(session, &StoreSession::engineStateChanged, this, &StoreIndicators::onEngineState);
        connect(session, &StoreSession::engineStartProgress, this, &StoreIndicators::onStartProgress);
        connect(session, &StoreSession::snapshotApplied, this, &StoreIndicators::onSnapshot);
        connect(session, &StoreSession::actionFinished, this, &StoreIndicators::onActionFinished);
        connect(session->unrunnable(), &QAbstractItemModel::modelReset, this, &StoreIndicators::onUnrunnable);
    } else {
        m_engineLabel->setText(tr("No store"));
        m_countsLabel->clear();
    }
    onUserChanged(); // hides the user while no store is open
    onUnrunnable();
    onSyncStatus(); // "Connecting to the remote store..." until the first round; hidden without one
}

void StoreIndicators::retranslate()
{
    if (!m_workspace) {
        m_engineLabel->setText(tr("No store"));
    } else {
        switch (m_workspace->session()->engineState()) {
        case StoreSession::EngineState::Starting:
            m_engineLabel->setText(tr("Engine starting\u2026"));
            break;
        case StoreSession::EngineState::Running:
            if (m_readyReported)
                onSnapshot(); // the counts and the engine's state
            else
                m_engineLabel->setText(tr("Engine running"));
            break;
        case StoreSession::EngineState::Failed:
            m_engineLabel->setText(tr("Engine stopped"));
            break;
        }
    }
    onUserChanged();
    onUnrunnable();
    onSyncStatus();
}

void StoreIndicators::onEngineState()
{
    const StoreSession* session = m_workspace->session();
    switch (session->engineState()) {
    case StoreSession::EngineState::Starting:
        m_engineLabel->setText(tr("Engine starting\u2026"));
        break;
    case StoreSession::EngineState::Running:
        m_engineLabel->setText(tr("Engine running"));
        m_engineLabel->setToolTip({});
        Q_EMIT statusMessage(tr("Store %1 is open.").arg(QDir::toNativeSeparators(session->storePath())), StatusTone::Keep);
        if (!session->identity()->isSignedIn())
            onUserChanged(); // "Nobody is signed in: ..." stays in view
        break;
    case StoreSession::EngineState::Failed:
        m_engineLabel->setText(tr("Engine stopped"));
        // After the first snapshot the engine was running: it stopped itself (a store write failed).
        Q_EMIT statusMessage(m_readyReported ? tr("The engine stopped: %1").arg(firstLines(session->engineError()))
                                             : tr("The engine could not start: %1").arg(firstLines(session->engineError())),
                             StatusTone::Keep);
        if (!m_readyReported) {
            m_readyReported = true;
            Q_EMIT storeReady(false);
        }
        break;
    }
}

void StoreIndicators::onStartProgress(const QString& stage, int done, int total)
{
    if (!m_workspace || m_workspace->session()->engineState() != StoreSession::EngineState::Starting)
        return;
    if (stage == QLatin1String("demo-history")) {
        m_engineLabel->setText(tr("Engine starting: the demo's history, day %1 of %2\u2026").arg(done).arg(total));
        m_engineLabel->setToolTip(tr("A new demo store gets a past: the engine runs the sample orders of the last %n day(s) "
                                     "against the stand-in systems, so the views open on real history.",
                                     nullptr, total));
    } else {
        m_engineLabel->setText(tr("Engine starting: %1 of %2\u2026").arg(done).arg(total));
    }
}

void StoreIndicators::onSnapshot()
{
    const EngineSnapshot& s = m_workspace->session()->lastSnapshot();
    const QLocale locale;
    // Each count with its own plural form ("1 order", "1 open task"), in the language's rules.
    const QString orders = tr("%Ln order(s)", nullptr, int(s.orderCounts.total));
    const QString tasks = tr("%Ln open task(s)", nullptr, int(s.taskCounts.total()));
    m_countsLabel->setText(tr("%1 (%2 active, %3 on hold) \u00b7 %4 \u00b7 %5 fallout")
                               .arg(orders, locale.toString(s.activeOrders), locale.toString(s.orderCounts.onHold), tasks,
                                    locale.toString(qsizetype(s.fallout.size()))));
    m_countsLabel->setToolTip(m_countsLabel->text());
    m_engineLabel->setText(s.calloutsInFlight ? tr("Engine running \u00b7 %n callout(s) out", nullptr, s.calloutsInFlight)
                                              : tr("Engine running"));
    if (!m_readyReported) {
        m_readyReported = true;
        Q_EMIT storeReady(true);
    }
}

void StoreIndicators::onActionFinished(const QString& action, bool ok, const QString& message)
{
    if (ok && action.startsWith(QLatin1String("retry fallout case "))) // accepted is not succeeded: the step runs again
        Q_EMIT statusMessage(tr("Sent: %1; the step runs again and the fallout page shows how it ends").arg(translatedEngineText(action)),
                             StatusTone::Normal);
    else if (ok)
        Q_EMIT statusMessage(tr("Done: %1").arg(translatedEngineText(action)), StatusTone::Normal);
    else
        Q_EMIT statusMessage(tr("Could not %1: %2").arg(translatedEngineText(action), translatedEngineText(message)), StatusTone::Error);
}

void StoreIndicators::onUnrunnable()
{
    const UnrunnableOrderModel* model = m_workspace ? m_workspace->session()->unrunnable() : nullptr;
    const int count = model ? model->count() : 0;
    m_unrunnableButton->setVisible(count > 0);
    if (count == 0)
        return;
    m_unrunnableButton->setText(count == 1 ? tr("\u26a0 1 order cannot run")
                                           : tr("\u26a0 %1 orders cannot run").arg(QLocale().toString(count)));
    m_unrunnableButton->setToolTip(tr("%1\nClick for the list of all of them, with the reasons.").arg(model->summary()));
}

void StoreIndicators::showUnrunnable()
{
    if (!m_workspace)
        return;
    auto* dialog = new UnrunnableOrdersDialog(m_workspace->session()->unrunnable(), m_unrunnableButton->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_workspace, &QObject::destroyed, dialog, &QDialog::close); // the store closed: its list goes
    dialog->show();
}

void StoreIndicators::onSyncStatus()
{
    const StoreSession* session = m_workspace ? m_workspace->session() : nullptr;
    if (!session || !session->hasRemote()) {
        m_syncIndicator->clear();
        return;
    }
    m_syncIndicator->setLeaseTtl(session->remote().leaseTtlSeconds);
    m_syncIndicator->setStatus(session->syncStatus());
}

void StoreIndicators::onUserChanged()
{
    const SessionUser* identity = m_workspace ? m_workspace->session()->identity() : nullptr;
    m_userButton->setVisible(identity);
    if (!identity)
        return;
    if (const auto& user = identity->user()) {
        const QString name = user->displayName.isEmpty() ? user->id : user->displayName;
        m_userButton->setText(tr("%1 \u00b7 %2").arg(name, SessionUser::rolesText(user->roles)));
        m_userButton->setStyleSheet(user->active ? QString() : QStringLiteral("QToolButton { color: #c62828; }"));
        const QString queues = user->roles.contains(Role::Supervisor)
            ? tr("all queues")
            : (user->queues.isEmpty() ? tr("none") : user->queues.join(QStringLiteral(", ")));
        m_userButton->setToolTip(tr("Working as %1\nRoles: %2\nQueues: %3%4\n\nClick to switch user (File > Switch User)")
                                     .arg(user->label(), SessionUser::rolesText(user->roles), queues,
                                          user->active ? QString() : tr("\nDeactivated: may do nothing")));
    } else {
        m_userButton->setText(identity->isStoreOpen() ? tr("Nobody signed in") : tr("Signing in\u2026"));
        m_userButton->setStyleSheet(identity->isStoreOpen() ? QStringLiteral("QToolButton { color: #c62828; }") : QString());
        m_userButton->setToolTip(
            identity->isStoreOpen() ? tr("%1\n\nClick to choose a user (File > Switch User)").arg(identity->signInProblem()) : QString());
        if (identity->isStoreOpen())
            Q_EMIT statusMessage(tr("Nobody is signed in: %1. Choose a user with File > Switch User.").arg(identity->signInProblem()),
                                 StatusTone::Error);
    }
}

} // namespace fw
