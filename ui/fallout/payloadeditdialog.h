// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace fw {

struct FalloutSummary;

// "Edit payload, then retry" for a failed callout: the request that failed, pretty-printed and
// editable; OK only when the text is a JSON object (the parse error and its position are shown).
// When the last attempt got no answer (the system may have carried it out), sending an edited
// payload is a new request that may act twice: OK needs the "send as a new request" box ticked.
class PayloadEditDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PayloadEditDialog(const FalloutSummary& fallout, QWidget* parent = nullptr);

    QString payload() const; // compact JSON of the edited object
    bool newRequest() const; // confirmed: send it as a new request although the last one may have acted
    void setPayloadText(const QString& text);
    void accept() override;

private:
    bool validate();

    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_error = nullptr;
    QCheckBox* m_newRequest = nullptr; // only when the last attempt's outcome is unknown
};

} // namespace fw
