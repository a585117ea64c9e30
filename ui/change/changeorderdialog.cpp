// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changeorderdialog.h"

#include "changecomposer.h"
#include "changepreviewpanel.h"
#include "engine/engineservice.h"
#include "changepresentation.h"
#include "common/enginetexttranslation.h"
#include "common/permission.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fw {

ChangeOrderDialog::ChangeOrderDialog(EngineService* service, QString user, QString orderId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_user(std::move(user))
    , m_orderId(std::move(orderId))
    , m_source(new QTabWidget(this))
    , m_composer(new ChangeComposer(this))
    , m_json(new QPlainTextEdit(this))
    , m_fileBar(new QLabel(this))
    , m_composeInstead(new QPushButton(tr("Compose &Instead"), this))
    , m_panel(new ChangePreviewPanel(this))
    , m_result(new QLabel(this))
    , m_open(new QPushButton(tr("&Open\u2026"), this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_submit(new QPushButton(tr("&Submit"), this))
    , m_abandon(new QPushButton(tr("Abandon"), this))
{
    setObjectName(QStringLiteral("changeOrderDialog"));
    setWindowTitle(tr("Change Order \u2014 %1").arg(m_orderId));
    QSize size(1380, 820); // no larger than the window it opens over (a 1366x768 laptop's)
    if (parent)
        size = size.boundedTo(parent->window()->size() - QSize(24, 24));
    resize(size);

    m_json->setObjectName(QStringLiteral("changeJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setObjectName(QStringLiteral("changeSourceTabs"));
    m_source->setAccessibleName(tr("The change"));
    m_source->addTab(m_composer, tr("Compose"));
    m_source->addTab(m_json, tr("JSON"));
    m_fileBar->setObjectName(QStringLiteral("changeFileBar"));
    m_fileBar->setWordWrap(true);
    m_composeInstead->setObjectName(QStringLiteral("changeComposeInstead"));
    connect(m_composeInstead, &QPushButton::clicked, this, &ChangeOrderDialog::composeInstead);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileBar, 1);
    fileRow->addWidget(m_composeInstead);
    m_open->setObjectName(QStringLiteral("changeOpenButton"));
    m_open->setToolTip(tr("Load a change order file (JSON) instead of composing one (Ctrl+O)"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QPushButton::clicked, this, &ChangeOrderDialog::openFile);
    m_preview->setObjectName(QStringLiteral("changePreviewButton"));
    m_preview->setToolTip(tr("Ask the engine what the change does to the running order; nothing is changed (Ctrl+Enter)"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_preview, &QPushButton::clicked, this, &ChangeOrderDialog::preview);
    auto* sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(m_open);
    sourceButtons->addStretch(1);
    sourceButtons->addWidget(m_preview);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(fileRow);
    leftLayout->addWidget(m_source, 1);
    leftLayout->addLayout(sourceButtons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("changeSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 340, 1040 });
    splitter->setChildrenCollapsible(false);

    m_result->setObjectName(QStringLiteral("changeResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_submit->setObjectName(QStringLiteral("changeSubmitButton"));
    m_submit->setAutoDefault(false);
    m_abandon->setObjectName(QStringLiteral("changeAbandonButton"));
    m_abandon->setToolTip(tr("Close without changing the order"));
    m_abandon->setAutoDefault(false);
    m_preview->setAutoDefault(false);
    m_open->setAutoDefault(false);
    connect(m_submit, &QPushButton::clicked, this, &ChangeOrderDialog::submit);
    connect(m_abandon, &QPushButton::clicked, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_result, 1);
    bottom->addWidget(m_submit);
    bottom->addWidget(m_abandon);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_composer, &ChangeComposer::changed, this, [this] {
        updateJsonView();
        updateButtons();
    });
    if (m_service) {
        connect(m_service, &EngineService::changePreviewReady, this, [this](const ChangePreview& p) {
            if (m_awaitingPreview && (p.orderId.isEmpty() || p.orderId == m_orderId))
                showPreview(p);
        });
        connect(m_service, &EngineService::orderSummaryReady, this, [this](const OrderSummaryReport& report) {
            if (report.orderId == m_orderId)
                setSummary(report);
        });
        connect(m_service, &EngineService::orderDetailReady, this, [this](const OrderDetail& detail) {
            if (detail.order.id == m_orderId)
                setOrderDetail(detail);
        });
        connect(m_service, &EngineService::actionDone, this, [this](const QString& action) {
            if (!m_submittedAction.isEmpty()
                && (action == m_submittedAction || action.startsWith(m_submittedAction + QStringLiteral(": "))))
                showResult(true, action);
        });
        connect(m_service, &EngineService::actionFailed, this, [this](const QString& action, const QString& error) {
            if (!m_submittedAction.isEmpty() && action == m_submittedAction)
                showResult(false, error);
        });
        m_service->requestOrderSummary(m_orderId);
    }
    m_composer->setOrder(m_orderId, {}); // its items come with the summary; the change names the order now
    composeInstead();
}

void ChangeOrderDialog::setOrderDetail(const OrderDetail& detail)
{
    m_detail = detail;
}

void ChangeOrderDialog::setSummary(const OrderSummaryReport& report)
{
    m_composer->setOrder(m_orderId, report);
    for (const ChangeOrderRecord& record : report.changeOrders) {
        if (record.id != m_recordOf || m_recordOf.isEmpty())
            continue;
        // The engine's answer names the change; its record says what became of it.
        m_result->setText(tr("Done: change %1 of %2: %3 (revision %4) \u2014 %5")
                              .arg(record.id, m_orderId, ChangePresentation::recordStateLabel(record.state))
                              .arg(record.revision)
                              .arg(translatedEngineText(record.outcome)));
        m_result->setToolTip(record.appliedAt.isValid()
                                 ? tr("Applied %1").arg(QLocale().toString(record.appliedAt.toLocalTime(), QLocale::ShortFormat))
                                 : QString());
        m_recordOf.clear();
    }
    updateJsonView();
    updateButtons();
}

bool ChangeOrderDialog::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showResult(false, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_filePath = path;
    m_fileText = QString::fromUtf8(file.readAll());
    m_fileBar->setText(tr("From file <b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_fileBar->setToolTip(QDir::toNativeSeparators(path));
    m_fileBar->show();
    m_composeInstead->show();
    m_source->setTabEnabled(0, false);
    m_source->setCurrentIndex(1);
    m_result->clear();
    updateJsonView();
    updateButtons();
    return true;
}

bool ChangeOrderDialog::composeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showResult(false, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const auto draft = ChangeOrderDraft::fromJson(QString::fromUtf8(file.readAll()));
    if (!draft) {
        showResult(false, tr("Cannot compose %1: %2").arg(QFileInfo(path).fileName(), draft.message()));
        return false;
    }
    composeInstead();
    m_composer->setDraft(*draft);
    return true;
}

void ChangeOrderDialog::composeInstead()
{
    m_filePath.clear();
    m_fileText.clear();
    m_fileBar->hide();
    m_composeInstead->hide();
    m_source->setTabEnabled(0, true);
    m_source->setCurrentIndex(0);
    updateJsonView();
    updateButtons();
}

QString ChangeOrderDialog::document() const
{
    return m_filePath.isEmpty() ? m_composer->draft().toJson() : m_fileText;
}

QString ChangeOrderDialog::label() const
{
    return m_filePath.isEmpty() ? tr("composed change %1").arg(m_composer->draft().id) : QFileInfo(m_filePath).fileName();
}

void ChangeOrderDialog::preview()
{
    if (m_filePath.isEmpty()) {
        const QStringList missing = m_composer->draft().incomplete(&m_composer->order());
        if (!missing.isEmpty()) {
            m_panel->clear(missing.join(QLatin1Char('\n')));
            updateButtons();
            return;
        }
    }
    if (!m_previewRefusal.isEmpty())
        return;
    m_previewed = document();
    m_awaitingPreview = true;
    m_panel->clear(tr("Asking the engine\u2026"));
    m_result->clear();
    updateButtons();
    if (m_service) {
        m_service->requestOrderDetail(m_orderId); // the "before" as of now
        m_service->previewChange(m_previewed, label(), m_user);
    }
}

void ChangeOrderDialog::showPreview(const ChangePreview& preview)
{
    m_awaitingPreview = false;
    QHash<QString, QString> productNames;
    for (const CatalogProductInfo& product : m_composer->order().products)
        productNames.insert(product.id, product.name);
    m_panel->setPreview(preview, m_detail, productNames);
    updateButtons();
}

void ChangeOrderDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    const ChangePreview& p = m_panel->preview();
    if (p.cancelsOrder
        && QMessageBox::warning(this, tr("Cancel Order %1").arg(m_orderId),
                                tr("Cancel the whole order %1?\n\nWork not started is discarded, completed work is compensated "
                                   "(%n callout(s) will be sent) and billing stops. This cannot be undone.",
                                   nullptr, int(p.effects.size()))
                                    .arg(m_orderId),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    m_submittedAction = QStringLiteral("change %1 of %2").arg(p.changeId, m_orderId);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Submitting change %1\u2026").arg(p.changeId));
    updateButtons();
    if (m_service)
        m_service->submitChange(m_orderId, m_previewed, label(), m_user);
}

void ChangeOrderDialog::showResult(bool ok, const QString& message)
{
    const bool wasSubmitting = !m_submittedAction.isEmpty();
    m_submittedAction.clear();
    m_done = m_done || (ok && wasSubmitting);
    if (ok && wasSubmitting)
        m_recordOf = m_panel->preview().changeId;
    m_result->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                .arg(ChangePresentation::color(ok ? NodeChange::Added : NodeChange::Refused).name()));
    m_result->setText(ok ? tr("Done: %1").arg(translatedEngineText(message)) : tr("Not applied: %1").arg(translatedEngineText(message)));
    if (m_done) {
        m_abandon->setText(tr("Close"));
        m_abandon->setToolTip(QString());
    }
    updateButtons();
    if (wasSubmitting) {
        if (m_service) { // the order page refreshes with the engine's next snapshot; the summary here now
            m_service->requestOrderSummary(m_orderId);
            m_service->requestOrderDetail(m_orderId);
        }
        Q_EMIT submitted(ok, message);
    }
}

void ChangeOrderDialog::setActor(const QString& user, const QString& previewRefusal, const QString& submitRefusal)
{
    m_user = user;
    m_previewRefusal = previewRefusal;
    m_submitRefusal = submitRefusal;
    updateButtons();
}

void ChangeOrderDialog::updateButtons()
{
    const bool submitting = !m_submittedAction.isEmpty();
    const ChangePreview& p = m_panel->preview();
    const bool current = !m_previewed.isEmpty() && m_previewed == document() && !m_awaitingPreview;
    const bool accepted = current && !p.changeId.isEmpty() && p.accepted();
    if (!current && !m_previewed.isEmpty() && !m_awaitingPreview && !m_done)
        setOwnToolTip(m_submit, tr("The change was edited after its preview: Preview again"));
    else if (current && !p.accepted())
        setOwnToolTip(m_submit, tr("The preview shows why this change cannot be made"));
    else if (m_done)
        setOwnToolTip(m_submit, tr("Submitted"));
    else
        setOwnToolTip(m_submit, accepted ? tr("Apply the previewed change to the running order") : tr("Preview the change first"));
    setPermitted(m_submit, accepted && !submitting && !m_done, m_submitRefusal);
    setPermitted(m_preview, !submitting && !m_done && !m_awaitingPreview, m_previewRefusal);
    m_open->setEnabled(!submitting && !m_done);
    m_composer->setEnabled(!submitting && !m_done);
    m_composeInstead->setEnabled(!submitting && !m_done);
}

void ChangeOrderDialog::updateJsonView()
{
    const QString text = document();
    if (m_json->toPlainText() != text)
        m_json->setPlainText(text);
}

void ChangeOrderDialog::openFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Change Order"), m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).path(),
                                       tr("Change orders (*.json);;All files (*)"));
    if (!path.isEmpty() && loadFile(path))
        preview();
}

} // namespace fw
