// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bulkfalloutdialog.h"

#include "common/enginetexttranslation.h"
#include "engine/engineservice.h"
#include "users/sessionuser.h"
#include "common/statepresentation.h"
#include "workspace/storesession.h"
#include "common/permission.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fw {

namespace {
    enum Column { CaseColumn, OrderColumn, StepColumn, ErrorColumn, PlanColumn, ResultColumn, ColumnCount };
}

BulkFalloutDialog::BulkFalloutDialog(StoreSession* session, Action action, std::vector<FalloutSummary> cases, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_action(action)
    , m_cases(std::move(cases))
{
    setObjectName(QStringLiteral("bulkFalloutDialog"));
    const bool retry = action == Action::Retry;
    setWindowTitle(retry ? tr("Bulk Retry \u2014 %n Case(s)", nullptr, int(m_cases.size()))
                         : tr("Bulk Skip \u2014 %n Case(s)", nullptr, int(m_cases.size())));
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("bulkHeader"));
    m_header->setWordWrap(true);
    layout->addWidget(m_header);

    m_table = new QTableWidget(int(m_cases.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("bulkCases"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setHorizontalHeaderLabels({ tr("Case"), tr("Order"), tr("Step"), tr("Error"), tr("Will"), tr("Result") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const auto& open = m_session->lastSnapshot().fallout;
    for (std::size_t i = 0; i < m_cases.size(); ++i) {
        const FalloutSummary& c = m_cases[i];
        const int row = int(i);
        const auto othersOfOrder = std::count_if(open.begin(), open.end(), [&](const FalloutSummary& o) {
            return o.orderId == c.orderId
                && std::none_of(m_cases.begin(), m_cases.end(), [&](const FalloutSummary& m) { return m.id == o.id; });
        });
        const QString plan = (retry ? tr("run again") : tr("be skipped"))
            + (othersOfOrder ? tr("; order stays on hold (%n other case(s))", nullptr, int(othersOfOrder)) : QString());
        m_table->setItem(row, CaseColumn, new QTableWidgetItem(QString::number(c.id)));
        m_table->setItem(row, OrderColumn, new QTableWidgetItem(c.orderId));
        m_table->setItem(row, StepColumn, new QTableWidgetItem(c.stepName));
        m_table->setItem(row, ErrorColumn, new QTableWidgetItem(translatedEngineText(c.error)));
        m_table->setItem(row, PlanColumn, new QTableWidgetItem(plan));
        m_table->setItem(row, ResultColumn, new QTableWidgetItem(tr("not sent")));
        m_rowByCase.insert(c.id, row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->resizeSection(ErrorColumn, 280);
    layout->addWidget(m_table, 1);

    if (!retry) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("bulkReason"));
        m_reason->setPlaceholderText(tr("Reason for skipping (required, goes into each order's audit trail)"));
        layout->addWidget(m_reason);
    }
    m_resume = new QCheckBox(tr("Resume each order whose last case this resolves"), this);
    m_resume->setObjectName(QStringLiteral("bulkResume"));
    m_resume->setChecked(true);
    layout->addWidget(m_resume);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(retry ? tr("&Retry %n Case(s)", nullptr, int(m_cases.size()))
                                     : tr("&Skip %n Case(s)", nullptr, int(m_cases.size())),
                               QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("bulkRunButton"));
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &BulkFalloutDialog::run);
    // Bulk actions are a supervisor's (Permissions); the engine checks each case's command again.
    permit(m_run, *m_session->identity(), bulkAction());
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkFalloutDialog::reject);
    layout->addWidget(buttons);
    connect(session, &StoreSession::actionFinished, this, &BulkFalloutDialog::onActionFinished);
    updateSummary();
    resize(900, 480);
}

QString BulkFalloutDialog::bulkAction() const
{
    return m_action == Action::Retry ? QStringLiteral("fallout.bulk-retry") : QStringLiteral("fallout.bulk-skip");
}

void BulkFalloutDialog::run()
{
    if (m_started || !m_session->identity()->allows(bulkAction()))
        return;
    if (m_reason && m_reason->text().trimmed().isEmpty()) {
        m_summary->setText(tr("Give a reason first: skipping without one is not allowed."));
        m_reason->setFocus();
        return;
    }
    m_started = true;
    m_run->setEnabled(false);
    if (m_reason)
        m_reason->setEnabled(false);
    QVariantList ids;
    for (const FalloutSummary& c : m_cases)
        ids << c.id;
    QVariantMap args { { QStringLiteral("cases"), ids }, { QStringLiteral("resume"), m_resume->isChecked() } };
    if (m_reason)
        args.insert(QStringLiteral("reason"), m_reason->text().trimmed());
    m_pending = int(m_cases.size());
    m_label = m_action == Action::Retry ? tr("Bulk retry of %n fallout case(s)", nullptr, int(m_cases.size()))
                                        : tr("Bulk skip of %n fallout case(s)", nullptr, int(m_cases.size()));
    m_session->service()->submit(m_label, Command::make(m_session->user(), bulkAction(), args, { {}, CommandOrigin::Channel::Gui }));
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, ResultColumn)->setText(tr("sent\u2026"));
    updateSummary();
}

void BulkFalloutDialog::onActionFinished(const QString& action, bool ok, const QString& message)
{
    if (!m_started || m_pending == 0 || !action.startsWith(m_label))
        return;
    // The answer has a line per case: "case 12 (order O-1, step ship): done" or ": invalid: why".
    const QString lines = ok ? action.mid(m_label.size() + 2) : message;
    static const QRegularExpression caseLine(QStringLiteral("^case (\\d+)(?: \\([^)]*\\))?: (done|[a-z]+: (.*))$"));
    for (const QString& text : lines.split(QLatin1Char('\n'))) {
        const auto match = caseLine.match(text);
        const auto row = match.hasMatch() ? m_rowByCase.constFind(match.captured(1).toLongLong()) : m_rowByCase.cend();
        if (row == m_rowByCase.cend())
            continue;
        const bool done = match.captured(2) == QLatin1String("done");
        QTableWidgetItem* result = m_table->item(*row, ResultColumn);
        result->setText(done ? (m_action == Action::Retry ? tr("retried") : tr("skipped")) : translatedEngineText(match.captured(3)));
        result->setForeground(StatePresentation::stateColor(done ? QStringLiteral("completed") : QStringLiteral("fallout")));
        (done ? m_succeeded : m_failed) += 1;
    }
    // Refused or failed as a whole (no case line): every case says why.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* result = m_table->item(row, ResultColumn);
        if (result->text() == tr("sent\u2026")) {
            result->setText(message.isEmpty() ? tr("no answer for this case") : message);
            result->setForeground(StatePresentation::stateColor(QStringLiteral("fallout")));
            ++m_failed;
        }
    }
    m_pending = 0;
    updateSummary();
}

QString BulkFalloutDialog::resultOf(qint64 caseId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, CaseColumn)->text() == QString::number(caseId))
            return m_table->item(row, ResultColumn)->text();
    }
    return {};
}

void BulkFalloutDialog::updateSummary()
{
    const bool retry = m_action == Action::Retry;
    if (!m_started)
        m_header->setText(retry ? tr("Dry run: nothing has been sent yet. Each failed step below runs again with a new "
                                     "idempotency key and a fresh retry budget.")
                                : tr("Dry run: nothing has been sent yet. Each failed step below is force-completed "
                                     "with the reason you give; its dependents then run."));
    else if (m_pending > 0)
        m_header->setText(retry ? tr("Sent: the engine is retrying %n case(s)…", nullptr, m_pending)
                                : tr("Sent: the engine is skipping %n case(s)…", nullptr, m_pending));
    else
        m_header->setText(retry ? tr("Finished: %1 retried, %2 refused. A step that fails again opens a new fallout case "
                                     "in the queue.")
                                      .arg(m_succeeded)
                                      .arg(m_failed)
                                : tr("Finished: %1 skipped, %2 refused.").arg(m_succeeded).arg(m_failed));
    if (!m_started) {
        m_summary->setText(tr("%n case(s) selected. Press the button to send them to the engine.", nullptr, int(m_cases.size())));
        return;
    }
    m_summary->setText(tr("%1 done, %2 failed, %3 waiting for the engine.").arg(m_succeeded).arg(m_failed).arg(m_pending));
}

} // namespace fw
