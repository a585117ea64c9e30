#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace fw {

struct FalloutSummary;

// "Edit payload, then retry" for a failed callout: the request that failed, pretty-printed and
// editable; OK only when the text is a JSON object (the parse error and its position are shown).
class PayloadEditDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PayloadEditDialog(const FalloutSummary& fallout, QWidget* parent = nullptr);

    QString payload() const; // compact JSON of the edited object
    void setPayloadText(const QString& text);
    void accept() override;

private:
    bool validate();

    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fw
