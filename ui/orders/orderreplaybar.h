// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "order/orderreplay.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;
class QToolButton;

namespace fw {

// The order page's replay bar: a slider over the moments of the order's journal (one tick per
// transition; its right end is "live"), step back and forward, and Live. While a moment is chosen
// a banner says "Replay: as of <time>". Keyboard: Alt+Y focuses the slider (arrows, Page Up/Down,
// Home, End), the buttons are in the tab chain, Alt+L returns to live.
class OrderReplayBar final : public QWidget {
    Q_OBJECT

public:
    explicit OrderReplayBar(QWidget* parent = nullptr);

    // The moments to choose from (the bar keeps showing the chosen one when they grow).
    void setMoments(std::vector<ReplayMoment> moments);
    bool isReplaying() const { return m_index >= 0; }
    int momentIndex() const { return m_index; } // -1: live
    qint64 seq() const; // the chosen moment's journal seq; -1: live
    const std::vector<ReplayMoment>& moments() const { return m_moments; }
    void showMoment(int index); // clamped; past the last: live
    void goLive();
    QSlider* slider() const { return m_slider; }

Q_SIGNALS:
    void momentChosen(qint64 seq);
    void liveChosen();

private:
    void onSliderMoved(int value);
    void updateControls();

    std::vector<ReplayMoment> m_moments;
    int m_index = -1;
    QLabel* m_banner;
    QLabel* m_caption;
    QToolButton* m_back;
    QSlider* m_slider;
    QToolButton* m_forward;
    QPushButton* m_live;
};

} // namespace fw
