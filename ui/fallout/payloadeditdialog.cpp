// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "payloadeditdialog.h"

#include "common/enginetexttranslation.h"
#include "engine/enginesnapshot.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw {

PayloadEditDialog::PayloadEditDialog(const FalloutSummary& fallout, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("payloadEditDialog"));
    setWindowTitle(tr("Edit Payload and Retry \u2014 Case %1").arg(fallout.id));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("<b>%1</b> of order %2 failed: %3")
            .arg(fallout.stepName.toHtmlEscaped(), fallout.orderId.toHtmlEscaped(), translatedEngineText(fallout.error).toHtmlEscaped()),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* hint = new QLabel(tr("The request below is sent instead of the catalog's template for the new attempt series "
                               "(a new idempotency key and a fresh retry budget)."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    layout->addWidget(hint);
    hint->setVisible(!fallout.outcomeUnknown); // then the warning below says what a new request means
    if (fallout.outcomeUnknown) {
        auto* warning = new QLabel(tr("The last attempt got no answer: %1 may already have carried it out. A plain retry sends "
                                      "the same request again under the same idempotency key, so it cannot act twice. An edited "
                                      "payload is a new request that may act a second time.")
                                       .arg(fallout.endpoint),
                                   this);
        warning->setObjectName(QStringLiteral("outcomeUnknownWarning"));
        warning->setWordWrap(true);
        layout->addWidget(warning);
        m_newRequest = new QCheckBox(tr("Send it as a &new request anyway"), this);
        m_newRequest->setObjectName(QStringLiteral("newRequestCheck"));
        layout->addWidget(m_newRequest);
    }
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("payloadEditor"));
    m_editor->setAccessibleName(tr("Request to send"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(false);
    layout->addWidget(m_editor, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("payloadError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Retry with This Payload"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("retryButton"));
    buttons->button(QDialogButtonBox::Ok)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return)); // Enter is a newline here
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Send the edited request (Ctrl+Return)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PayloadEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PayloadEditDialog::reject);
    layout->addWidget(buttons);
    const QJsonDocument request = QJsonDocument::fromJson(fallout.request.toUtf8());
    setPayloadText(request.isObject() ? QString::fromUtf8(request.toJson(QJsonDocument::Indented)) : fallout.request);
    resize(620, 480);
    m_editor->setFocus();
}

void PayloadEditDialog::setPayloadText(const QString& text)
{
    m_editor->setPlainText(text);
}

QString PayloadEditDialog::payload() const
{
    return QString::fromUtf8(QJsonDocument::fromJson(m_editor->toPlainText().toUtf8()).toJson(QJsonDocument::Compact));
}

bool PayloadEditDialog::validate()
{
    const QByteArray text = m_editor->toPlainText().toUtf8();
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QString problem;
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = text.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        problem = tr("Not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
    } else if (!document.isObject()) {
        problem = tr("The payload must be a JSON object ({ ... }).");
    } else if (m_newRequest && !m_newRequest->isChecked()) {
        problem = tr("Tick \u201cnew request\u201d to send it, or cancel and retry without editing.");
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

bool PayloadEditDialog::newRequest() const
{
    return m_newRequest && m_newRequest->isChecked();
}

void PayloadEditDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace fw
