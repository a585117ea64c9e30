// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "report/evidencebundle.h"

#include <QCoreApplication>
#include <QString>

namespace fw {

// An order's evidence bundle as a PDF document an auditor can file (A4 portrait, numbered pages):
// a title page with the order, the account and what was delivered when; then the items, the
// delivery confirmations, the billing start, the change orders, and every callout's request and
// response. Times are UTC, written in full.
class EvidencePdf {
    Q_DECLARE_TR_FUNCTIONS(fw::EvidencePdf)

public:
    static QString html(const EvidenceBundle& bundle); // the document, as rich text
    // The error names the file (Error::where) and the reason.
    static Status write(const EvidenceBundle& bundle, const QString& path);
};

} // namespace fw
