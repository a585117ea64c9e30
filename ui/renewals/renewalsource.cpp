// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renewalsource.h"

#include "common/clock.h"
#include "common/whenready.h"
#include "store/database.h"
#include "store/storeclock.h"

#include <QPointer>
#include <QtConcurrent>

namespace fw {

namespace {
    struct RenewalRead {
        Result<std::vector<Renewal>> renewals;
        QDate today;
    };
} // namespace

RenewalSource::RenewalSource(QString storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
    qRegisterMetaType<std::vector<Renewal>>();
}

void RenewalSource::request(int withinDays, const std::vector<Renewal::State>& states, const QDate& today)
{
    const int generation = ++*m_generation;
    const QString path = m_storePath;
    // A pool thread: its own connection, closed with the Database before the task ends.
    QFuture<RenewalRead> future = QtConcurrent::run([path, withinDays, states, today] {
        Database database(path);
        RenewalQuery query;
        query.today = today.isValid() ? today : StoreClock::forStore(database.connection())->now().toUTC().date();
        query.withinDays = withinDays;
        query.states = states;
        return RenewalRead { upcomingRenewals(database.connection(), query), query.today };
    });
    // whenReady, not QFuture::then(this, ...): on Qt 6.4 that asserts when the view goes first.
    whenReady(this, std::move(future), [this, generation](const RenewalRead& read) {
        if (generation != *m_generation)
            return; // a newer request is on its way
        if (!read.renewals)
            Q_EMIT failed(read.renewals.message());
        else
            Q_EMIT ready(*read.renewals, read.today);
    });
}

} // namespace fw
