#include "jeopardyactiondialog.h"

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

    auto* about = new QLabel(this);
    about->setObjectName(QStringLiteral("jeopardyActionSummary"));
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    about->setText(
        tr("%1 \u00b7 order %2 \u00b7 %3\n%4").arg(JeopardyPresentation::levelLabel(finding.level), finding.orderId, step, finding.reason));

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
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_queue, &QComboBox::currentIndexChanged, this, &JeopardyActionDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
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

bool JeopardyActionDialog::canAccept() const
{
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
