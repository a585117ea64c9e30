// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "renewals/renewalforecast.h"

#include <QObject>

#include <memory>
#include <vector>

namespace fw {

// Reads the renewals for the Renewals view off the GUI thread (QtConcurrent, a connection of that
// thread's own), as of the engine's date, else the store's clock (StoreClock: simulated time when
// the store runs in it).
// A request superseded by a newer one is dropped when it arrives.
class RenewalSource final : public QObject {
    Q_OBJECT

public:
    explicit RenewalSource(QString storePath, QObject* parent = nullptr);

    // today: the engine's date (its last snapshot's, so a simulated clock counts); invalid: the store's clock.
    void request(int withinDays, const std::vector<Renewal::State>& states, const QDate& today = {});

Q_SIGNALS:
    void ready(const std::vector<fw::Renewal>& renewals, const QDate& today);
    void failed(const QString& message);

private:
    QString m_storePath;
    std::shared_ptr<int> m_generation = std::make_shared<int>(0);
};

} // namespace fw
