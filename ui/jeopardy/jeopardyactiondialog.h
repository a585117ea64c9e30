#pragma once

#include "sla/jeopardy.h"

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

private:
    void updateOk();

    Kind m_kind;
    QString m_currentQueue;
    QComboBox* m_queue = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fw
