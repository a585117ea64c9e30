// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderreplaybar.h"

#include "common/statepresentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>

namespace fw {

OrderReplayBar::OrderReplayBar(QWidget* parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_caption(new QLabel(tr("Repla&y:"), this))
    , m_back(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_forward(new QToolButton(this))
    , m_live(new QPushButton(tr("&Live"), this))
{
    setObjectName(QStringLiteral("orderReplayBar"));
    m_banner->setObjectName(QStringLiteral("replayBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    // Amber on dark text in both themes: nobody mistakes the past for the present.
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #ffd54f; color: #3e2723; font-weight: bold; padding: 2px 8px; "
                                           "border-radius: 3px; }"));
    m_banner->hide();
    m_caption->setBuddy(m_slider);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setToolTip(tr("Move through the order's journal: the plan, step states and open work as they stood then "
                            "(arrows: one transition; Home: the first; End: live)"));
    m_back->setObjectName(QStringLiteral("replayBack"));
    m_back->setAccessibleName(tr("One transition back"));
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setToolTip(tr("One transition back"));
    m_back->setFocusPolicy(Qt::StrongFocus);
    m_forward->setObjectName(QStringLiteral("replayForward"));
    m_forward->setAccessibleName(tr("One transition forward"));
    m_forward->setArrowType(Qt::RightArrow);
    m_forward->setToolTip(tr("One transition forward"));
    m_forward->setFocusPolicy(Qt::StrongFocus);
    m_live->setObjectName(QStringLiteral("replayLive"));
    m_live->setToolTip(tr("Back to the order as it is now"));
    connect(m_slider, &QSlider::valueChanged, this, &OrderReplayBar::onSliderMoved);
    connect(m_back, &QToolButton::clicked, this, [this] { showMoment((isReplaying() ? m_index : int(m_moments.size())) - 1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { showMoment(m_index + 1); });
    connect(m_live, &QPushButton::clicked, this, &OrderReplayBar::goLive);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_caption);
    layout->addWidget(m_back);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_forward);
    layout->addWidget(m_live);
    updateControls();
}

void OrderReplayBar::setMoments(std::vector<ReplayMoment> moments)
{
    const qint64 chosen = seq();
    m_moments = std::move(moments);
    if (chosen >= 0) { // keep the chosen moment where it is in the longer journal
        int index = 0;
        while (index + 1 < int(m_moments.size()) && m_moments[std::size_t(index + 1)].seq <= chosen)
            ++index;
        m_index = m_moments.empty() ? -1 : index;
    }
    updateControls();
}

qint64 OrderReplayBar::seq() const
{
    return isReplaying() ? m_moments[std::size_t(m_index)].seq : -1;
}

void OrderReplayBar::showMoment(int index)
{
    if (m_moments.empty() || index >= int(m_moments.size())) {
        goLive();
        return;
    }
    index = std::max(0, index);
    const bool changed = index != m_index;
    m_index = index;
    updateControls();
    if (changed)
        Q_EMIT momentChosen(m_moments[std::size_t(index)].seq);
}

void OrderReplayBar::goLive()
{
    if (m_index < 0)
        return;
    m_index = -1;
    updateControls();
    Q_EMIT liveChosen();
}

void OrderReplayBar::onSliderMoved(int value)
{
    if (value == (isReplaying() ? m_index : int(m_moments.size())))
        return; // set by updateControls
    showMoment(value);
}

void OrderReplayBar::updateControls()
{
    const int count = int(m_moments.size());
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, count); // the last position is live
    m_slider->setTickInterval(std::max(1, count / 60));
    m_slider->setPageStep(std::max(1, count / 10));
    m_slider->setValue(isReplaying() ? m_index : count);
    m_slider->setEnabled(count > 0);
    m_back->setEnabled(count > 0 && m_index != 0);
    m_forward->setEnabled(isReplaying());
    m_live->setEnabled(isReplaying());
    m_banner->setVisible(isReplaying());
    if (isReplaying())
        m_banner->setText(tr("Replay: as of %1").arg(StatePresentation::timeText(m_moments[std::size_t(m_index)].at)));
}

} // namespace fw
