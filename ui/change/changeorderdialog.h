// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/changepreview.h"
#include "change/ordersummaryreport.h"
#include "engine/enginesnapshot.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace fw {

class ChangeComposer;
class ChangePreviewPanel;
class EngineService;

// A change order for the order shown (docs/change-orders.md): loaded from a file (Open...) or
// composed here; Preview asks the engine what it would do to the running order (ChangePreviewPanel);
// Submit (only for an accepted preview of exactly this document; cancelling the order asks first)
// hands it to the engine and shows the outcome; Abandon closes without changing anything.
class ChangeOrderDialog final : public QDialog {
    Q_OBJECT

public:
    ChangeOrderDialog(EngineService* service, QString user, QString orderId, QWidget* parent = nullptr);

    QString orderId() const { return m_orderId; }
    // Who submits, and why they may not preview or submit (empty: they may): the buttons are
    // disabled with that reason (the signed-in user's roles, SessionUser::refusal).
    void setActor(const QString& user, const QString& previewRefusal, const QString& submitRefusal);
    // The order as it runs now: the "before" of the plan graph, kept fresh by the engine's answers.
    void setOrderDetail(const OrderDetail& detail);
    // The order's items and delivery groups to compose with.
    void setSummary(const OrderSummaryReport& report);
    // Reads a change order file; it replaces the composed change until "Compose Instead".
    // Returns false (and says why in the dialog) when the file cannot be read.
    bool loadFile(const QString& path);
    void composeInstead();
    // Reads a change order file into the composer, to edit before Preview; false (and why, in the
    // dialog) when it cannot be read or has an action the composer cannot show.
    bool composeFile(const QString& path);
    // The change order JSON that Preview and Submit send: the file's text or the composed one.
    QString document() const;
    void preview();
    void showPreview(const ChangePreview& preview);
    void submit();

    ChangeComposer* composer() const { return m_composer; }
    ChangePreviewPanel* previewPanel() const { return m_panel; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* submitButton() const { return m_submit; }
    QLabel* resultLabel() const { return m_result; }

Q_SIGNALS:
    // The engine's answer to Submit: "change CHG-1 of SO-1: applied: ..." or the reason it failed.
    void submitted(bool ok, const QString& message);

private:
    QString label() const;
    void updateButtons();
    void updateJsonView();
    void showResult(bool ok, const QString& message);
    void openFile();

    EngineService* m_service;
    QString m_user;
    QString m_previewRefusal;
    QString m_submitRefusal;
    QString m_orderId;
    OrderDetail m_detail;
    QString m_filePath; // non-empty: the change comes from this file
    QString m_fileText;
    QString m_previewed; // the document the shown preview is of
    QString m_submittedAction; // "change <id> of <order>" while the engine works on it
    QString m_recordOf; // submitted: the change whose record (state, outcome) the next summary shows
    bool m_awaitingPreview = false;
    bool m_done = false; // submitted and applied (or waiting): nothing more to submit
    QTabWidget* m_source;
    ChangeComposer* m_composer;
    QPlainTextEdit* m_json;
    QLabel* m_fileBar;
    QPushButton* m_composeInstead;
    ChangePreviewPanel* m_panel;
    QLabel* m_result;
    QPushButton* m_open;
    QPushButton* m_preview;
    QPushButton* m_submit;
    QPushButton* m_abandon;
};

} // namespace fw
