// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sla/jeopardy.h"
#include "store/escalationsreader.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace fw {

// Asks what a supervisor's one-click action on a finding needs: for Reassign the task queue the
// step's task moves to (not the one it is in), for Escalate the supervisors' queue and a note. The
// queue the rule's own Reassign/Escalate action names is chosen first.
// Escalate waits for the engine's answer: OK emits submitted() and the dialog stays open (the note
// read-only) until the page calls finish(): on success it closes, on a refusal it shows why and keeps
// the note, so typed text is never lost. For a step that is already escalated
// (setOpenEscalation) the note is added to the open escalation instead.
class JeopardyActionDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Reassign, Escalate };

    JeopardyActionDialog(Kind kind, const JeopardyFinding& finding, const QStringList& queues, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    QString queue() const;
    QString note() const; // trimmed; empty for Reassign
    void setQueue(const QString& queue);
    void setNote(const QString& note);
    bool canAccept() const;
    void setOpenEscalation(const EscalationSummary& escalation);
    bool isSending() const { return m_sending; }
    // The engine's answer to submitted(): closes the dialog, or shows the refusal and keeps the note.
    void finish(bool ok, const QString& message);

Q_SIGNALS:
    void submitted(); // Escalate: OK with a note

private:
    void updateOk();
    void submit();

    Kind m_kind;
    QString m_currentQueue;
    QComboBox* m_queue = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_about = nullptr;
    QLabel* m_status = nullptr;
    bool m_sending = false;
};

} // namespace fw
