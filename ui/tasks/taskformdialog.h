// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/catalog.h"

#include <QDialog>
#include <QVariantMap>

#include <vector>

class QLabel;
class QPlainTextEdit;
class QWidget;

namespace fw {

struct TaskSummary;

// Completes a manual task: a form generated from the catalog's form spec (text, whole numbers,
// numbers, yes/no (a required one as a Yes/No pair with neither chosen), dates, date-times,
// choices), checked field by field with the engine's rules
// before it is sent, the problem shown under the field. Plus an optional comment.
class TaskFormDialog final : public QDialog {
    Q_OBJECT

public:
    explicit TaskFormDialog(const TaskSummary& task, QWidget* parent = nullptr);

    QVariantMap formData() const; // what the fields hold, typed for the engine
    QString comment() const;

    void accept() override; // only when every field is valid

private:
    struct FieldEditor {
        FormField field;
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
    };
    QWidget* createEditor(const FormField& field);
    QWidget* createYesNo(const FormField& field); // a required yes/no: Yes and No, neither chosen
    QVariant valueOf(const FieldEditor& editor) const;
    bool validate();

    ManualTaskSpec m_spec;
    std::vector<FieldEditor> m_editors;
    QPlainTextEdit* m_comment = nullptr;
};

} // namespace fw
