// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "taskformdialog.h"

#include "engine/enginesnapshot.h"
#include "common/enginetexttranslation.h"
#include "engine/formvalidation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fw {

TaskFormDialog::TaskFormDialog(const TaskSummary& task, QWidget* parent)
    : QDialog(parent)
    , m_spec(task.spec)
{
    setObjectName(QStringLiteral("taskFormDialog"));
    setWindowTitle(tr("Complete \u201c%1\u201d").arg(task.stepName));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>%1</b> &nbsp;\u00b7&nbsp; order %2 &nbsp;\u00b7&nbsp; queue %3")
                                   .arg(task.stepName.toHtmlEscaped(), task.orderId.toHtmlEscaped(), task.queue.toHtmlEscaped()),
                               this);
    layout->addWidget(heading);
    if (!m_spec.instructions.isEmpty()) {
        auto* instructions = new QLabel(m_spec.instructions, this);
        instructions->setObjectName(QStringLiteral("taskInstructions"));
        instructions->setWordWrap(true);
        instructions->setFrameShape(QFrame::StyledPanel);
        instructions->setMargin(8);
        layout->addWidget(instructions);
    }
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const FormField& field : m_spec.form) {
        FieldEditor entry { field, createEditor(field), new QLabel(this) };
        entry.editor->setObjectName(QStringLiteral("field_") + field.name);
        entry.editor->setAccessibleName(field.label); // the form's label is beside a layout, not its buddy
        entry.error->setObjectName(QStringLiteral("error_") + field.name);
        entry.error->setStyleSheet(QStringLiteral("color: #c62828;"));
        entry.error->hide();
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(entry.editor);
        cell->addWidget(entry.error);
        form->addRow(field.required ? tr("%1 *").arg(field.label) : field.label, cell);
        m_editors.push_back(entry);
    }
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("taskComment"));
    m_comment->setPlaceholderText(tr("Optional: what you did, for the order's history"));
    m_comment->setMaximumHeight(70);
    form->addRow(tr("Comment"), m_comment);
    layout->addLayout(form);
    if (!m_spec.form.empty()) {
        auto* legend = new QLabel(tr("* required"), this);
        legend->setEnabled(false);
        layout->addWidget(legend);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Complete Task"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("completeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskFormDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QWidget* TaskFormDialog::createEditor(const FormField& field)
{
    using T = FormField::Type;
    switch (field.type) {
    case T::Text: {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(80);
        return edit;
    }
    case T::Integer: {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("whole number"));
        return edit;
    }
    case T::Number: {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("number, e.g. -18.5"));
        return edit;
    }
    case T::Boolean:
        if (field.required)
            return createYesNo(field);
        return new QCheckBox(tr("Yes"), this);
    case T::Date:
        if (field.required) {
            auto* edit = new QDateEdit(QDate::currentDate(), this);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            return edit;
        } else {
            auto* edit = new QLineEdit(this);
            edit->setPlaceholderText(tr("YYYY-MM-DD, or leave empty"));
            return edit;
        }
    case T::DateTime: {
        auto* edit = new QDateTimeEdit(QDateTime::currentDateTime(), this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        return edit;
    }
    case T::Enum: {
        auto* combo = new QComboBox(this);
        if (!field.required)
            combo->addItem(QString());
        combo->addItems(field.options);
        return combo;
    }
    case T::String:
        break;
    }
    return new QLineEdit(this);
}

QWidget* TaskFormDialog::createYesNo(const FormField& field)
{
    // A required yes/no is an explicit choice: neither is chosen until the user picks one, so an
    // untouched field is "not answered", never "no".
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* group = new QButtonGroup(box);
    group->setExclusive(true);
    auto* yes = new QRadioButton(tr("&Yes"), box);
    yes->setObjectName(QStringLiteral("field_") + field.name + QStringLiteral("_yes"));
    auto* no = new QRadioButton(tr("N&o"), box);
    no->setObjectName(QStringLiteral("field_") + field.name + QStringLiteral("_no"));
    group->addButton(yes, 1);
    group->addButton(no, 0);
    row->addWidget(yes);
    row->addWidget(no);
    row->addStretch(1);
    box->setFocusProxy(yes);
    return box;
}

QVariant TaskFormDialog::valueOf(const FieldEditor& entry) const
{
    using T = FormField::Type;
    if (auto* line = qobject_cast<QLineEdit*>(entry.editor)) {
        const QString text = line->text().trimmed();
        if (text.isEmpty())
            return {};
        bool ok = false;
        if (entry.field.type == T::Integer) {
            const qlonglong value = text.toLongLong(&ok);
            return ok ? QVariant(value) : QVariant(text);
        }
        if (entry.field.type == T::Number) {
            const double value = QLocale::c().toDouble(text, &ok);
            return ok ? QVariant(value) : QVariant(text);
        }
        return text;
    }
    if (auto* text = qobject_cast<QPlainTextEdit*>(entry.editor)) {
        const QString value = text->toPlainText().trimmed();
        return value.isEmpty() ? QVariant() : QVariant(value);
    }
    if (auto* check = qobject_cast<QCheckBox*>(entry.editor))
        return check->isChecked();
    if (auto* group = entry.editor->findChild<QButtonGroup*>()) // a required yes/no: nothing until chosen
        return group->checkedId() < 0 ? QVariant() : QVariant(group->checkedId() == 1);
    if (auto* dateTime = qobject_cast<QDateTimeEdit*>(entry.editor)) {
        if (entry.field.type == T::Date)
            return dateTime->date().toString(Qt::ISODate);
        return dateTime->dateTime().toTimeZone(QTimeZone::utc()).toString(Qt::ISODate);
    }
    if (auto* combo = qobject_cast<QComboBox*>(entry.editor))
        return combo->currentText().isEmpty() ? QVariant() : QVariant(combo->currentText());
    return {};
}

QVariantMap TaskFormDialog::formData() const
{
    QVariantMap data;
    for (const FieldEditor& entry : m_editors) {
        const QVariant value = valueOf(entry);
        if (value.isValid())
            data.insert(entry.field.name, value);
    }
    return data;
}

QString TaskFormDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

bool TaskFormDialog::validate()
{
    QWidget* firstBad = nullptr;
    for (const FieldEditor& entry : m_editors) {
        const QString problem = validateFormField(entry.field, valueOf(entry));
        entry.error->setText(problem.isEmpty() ? QString()
                                 : entry.field.type == FormField::Type::Boolean && entry.field.required
                                 ? tr("%1: choose Yes or No").arg(entry.field.label)
                                 : tr("%1 %2").arg(entry.field.label, translatedEngineText(problem)));
        entry.error->setVisible(!problem.isEmpty());
        if (!problem.isEmpty() && !firstBad)
            firstBad = entry.editor;
    }
    if (firstBad)
        firstBad->setFocus();
    return !firstBad;
}

void TaskFormDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace fw
