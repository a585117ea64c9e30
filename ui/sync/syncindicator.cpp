// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncindicator.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>

namespace fw {

namespace {
    // A filled circle in the tone's colour, with a thin darker rim so it reads on any background.
    class StatusDot final : public QWidget {
    public:
        explicit StatusDot(QWidget* parent)
            : QWidget(parent)
        {
            setFixedSize(12, 12);
        }
        void setColor(const QColor& color)
        {
            m_color = color;
            update();
        }

    protected:
        void paintEvent(QPaintEvent*) override
        {
            QPainter painter(this);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(m_color.darker(140), 1));
            painter.setBrush(m_color);
            painter.drawEllipse(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
        }

    private:
        QColor m_color = Qt::gray;
    };
} // namespace

SyncIndicator::SyncIndicator(QWidget* parent)
    : QWidget(parent)
    , m_dot(new StatusDot(this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_badge(new QLabel(this))
{
    setObjectName(QStringLiteral("syncIndicator"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    changeEvent(nullptr); // the accessible name
    m_text->setObjectName(QStringLiteral("syncText"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(110);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_badge->setObjectName(QStringLiteral("syncConflictsBadge"));
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { background: #e53935; color: white; border-radius: 7px; padding: 0px 7px; font-weight: bold; }"));
    m_badge->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addWidget(m_badge);
    hide();
}

void SyncIndicator::setStatus(const SyncStatus& status)
{
    m_tone = SyncPresentation::toneOf(status, QDateTime::currentDateTimeUtc(), m_leaseTtlSeconds);
    static_cast<StatusDot*>(m_dot)->setColor(SyncPresentation::colorOf(m_tone));
    m_text->setText(SyncPresentation::statusText(status));
    m_catchUp.update(status);
    m_progress->setVisible(m_catchUp.isActive());
    m_progress->setValue(m_catchUp.percent());
    m_badge->setVisible(status.openConflicts > 0);
    m_badge->setText(status.openConflicts > 0 ? SyncPresentation::conflictsText(status.openConflicts) : QString());
    setToolTip(SyncPresentation::toolTip(status, m_tone));
    show();
}

void SyncIndicator::changeEvent(QEvent* event)
{
    if (!event || event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Sync with the remote store"));
    if (event)
        QWidget::changeEvent(event);
}

void SyncIndicator::clear()
{
    m_catchUp = CatchUpProgress {};
    m_text->clear();
    m_badge->clear();
    hide();
}

QString SyncIndicator::text() const
{
    return m_text->text();
}

QString SyncIndicator::conflictsText() const
{
    return m_badge->isVisibleTo(this) ? m_badge->text() : QString();
}

void SyncIndicator::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

void SyncIndicator::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT clicked();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace fw
