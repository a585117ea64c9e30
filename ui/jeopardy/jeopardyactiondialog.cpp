// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardyactiondialog.h"

#include "common/enginetexttranslation.h"
#include "jeopardypresentation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw {

namespace {
    // The queue the rule's action of this kind names, if the supervisor may choose it.
    QString ruleQueue(const JeopardyFinding& finding, JeopardyAction::Kind kind, const QStringList& queues)
    {
        for (const JeopardyAction& action : finding.actions)
            if (action.kind == kind && queues.contains(action.queue))
                return action.queue;
        return {};
    }
} // namespace

JeopardyActionDialog::JeopardyActionDialog(Kind kind, const JeopardyFinding& finding, const QStringList& queues, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_currentQueue(finding.queue)
{
    setObjectName(QStringLiteral("jeopardyActionDialog"));
    const QString step = JeopardyPresentation::stepText(finding);
    setWindowTitle(kind == Kind::Reassign ? tr("Reassign %1").arg(step) : tr("Escalate %1").arg(step));

    auto* about = m_about = new QLabel(this);
    about->setObjectName(QStringLiteral("jeopardyActionSummary"));
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    about->setText(tr("%1 \u00b7 order %2 \u00b7 %3\n%4")
                       .arg(JeopardyPresentation::levelLabel(finding.level), finding.orderId, step, translatedEngineText(finding.reason)));

    m_queue = new QComboBox(this);
    m_queue->setObjectName(QStringLiteral("jeopardyQueueChoice"));
    QString preferred;
    if (kind == Kind::Reassign) {
        for (const QString& queue : queues)
            if (queue != finding.queue)
                m_queue->addItem(queue, queue);
        preferred = ruleQueue(finding, JeopardyAction::Kind::Reassign, queues);
    } else {
        for (const QString& queue : queues)
            m_queue->addItem(queue, queue);
        preferred = ruleQueue(finding, JeopardyAction::Kind::Escalate, queues);
        if (preferred.isEmpty()) {
            for (const QString& queue : queues)
                if (queue.contains(QLatin1String("supervis"), Qt::CaseInsensitive)) {
                    preferred = queue;
                    break;
                }
        }
    }
    if (!preferred.isEmpty())
        setQueue(preferred);

    auto* form = new QFormLayout;
    if (kind == Kind::Reassign) {
        form->addRow(tr("Current queue:"), new QLabel(finding.queue, this));
        form->addRow(tr("Move the task to:"), m_queue);
    } else {
        form->addRow(tr("Supervisors' queue:"), m_queue);
        m_note = new QPlainTextEdit(this);
        m_note->setObjectName(QStringLiteral("jeopardyNote"));
        m_note->setPlaceholderText(tr("What should the supervisor know or do?"));
        m_note->setTabChangesFocus(true);
        m_note->setMinimumHeight(80);
        form->addRow(tr("Note:"), m_note);
        connect(m_note, &QPlainTextEdit::textChanged, this, &JeopardyActionDialog::updateOk);
    }
    if (m_queue->count() == 0)
        form->addRow(QString(), new QLabel(tr("No other task queue is known."), this));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("jeopardyActionButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(kind == Kind::Reassign ? tr("Reassign") : tr("Escalate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JeopardyActionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_queue, &QComboBox::currentIndexChanged, this, &JeopardyActionDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("jeopardyActionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    updateOk();
    resize(460, sizeHint().height());
}

QString JeopardyActionDialog::queue() const
{
    return m_queue->currentData().toString();
}

QString JeopardyActionDialog::note() const
{
    return m_note ? m_note->toPlainText().trimmed() : QString();
}

void JeopardyActionDialog::setQueue(const QString& queue)
{
    const int index = m_queue->findData(queue);
    if (index >= 0)
        m_queue->setCurrentIndex(index);
}

void JeopardyActionDialog::setNote(const QString& note)
{
    if (m_note)
        m_note->setPlainText(note);
}

void JeopardyActionDialog::setOpenEscalation(const EscalationSummary& e)
{
    setWindowTitle(tr("Add a note to escalation %1").arg(e.id));
    m_about->setText(m_about->text() + QLatin1Char('\n')
                     + tr("Already escalated to %1 by %2 on %3. Your note is added to this escalation.")
                           .arg(e.queue, e.raisedBy, JeopardyPresentation::timeText(e.createdAt)));
    if (m_queue->findData(e.queue) < 0)
        m_queue->addItem(e.queue, e.queue);
    setQueue(e.queue);
    m_queue->setEnabled(false);
    m_queue->setToolTip(tr("The open escalation's queue"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Note"));
    updateOk();
}

void JeopardyActionDialog::submit()
{
    if (!canAccept())
        return;
    if (m_kind == Kind::Reassign) {
        accept();
        return;
    }
    m_sending = true;
    m_note->setReadOnly(true);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Sending\u2026"));
    m_status->show();
    updateOk();
    Q_EMIT submitted();
}

void JeopardyActionDialog::finish(bool ok, const QString& message)
{
    if (!m_sending)
        return;
    m_sending = false;
    if (ok) {
        accept();
        return;
    }
    m_note->setReadOnly(false);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(JeopardyPresentation::color(JeopardyLevel::Critical).name()));
    m_status->setText(tr("Not sent: %1").arg(message));
    updateOk();
}

bool JeopardyActionDialog::canAccept() const
{
    if (m_sending)
        return false;
    if (queue().isEmpty())
        return false;
    if (m_kind == Kind::Reassign)
        return queue() != m_currentQueue;
    return !note().isEmpty();
}

void JeopardyActionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace fw
