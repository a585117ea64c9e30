// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dashboardexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QWidget>

#include <algorithm>

namespace fw {

class DashboardExport {
    Q_DECLARE_TR_FUNCTIONS(fw::DashboardExport)
};

namespace {
    using Text = DashboardExport;

    Error writeError(const QString& path, const QString& reason)
    {
        return failure(reason, QDir::toNativeSeparators(path), Text::tr("Could not write"));
    }

    Status writePng(QWidget* content, QSaveFile& file)
    {
        constexpr qreal ratio = 2.0;
        QImage image(content->size() * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(content->palette().color(QPalette::Window));
        content->render(&image, QPoint(), QRegion(), QWidget::DrawChildren | QWidget::DrawWindowBackground);
        if (!image.save(&file, "PNG"))
            return writeError(file.fileName(), Text::tr("the image could not be encoded"));
        return {};
    }

    Status writePdf(QWidget* content, QSaveFile& file, const QString& title, std::vector<int> breaks)
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setResolution(150);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return writeError(file.fileName(), Text::tr("the PDF could not be started"));
        const QRect page = writer.pageLayout()
                               .paintRectPixels(writer.resolution())
                               .translated(-writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());
        QFont font = painter.font();
        font.setPointSizeF(12);
        font.setBold(true);
        painter.setFont(font);
        const int titleHeight = painter.fontMetrics().height() * 2;
        painter.drawText(QRect(0, 0, page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);

        const double scale = double(page.width()) / std::max(1, content->width());
        const int total = content->height();
        breaks.push_back(total);
        std::sort(breaks.begin(), breaks.end());
        int top = 0;
        int pageTop = titleHeight; // device pixels taken on the current page
        while (top < total) {
            const int room = int((page.height() - pageTop) / scale); // content pixels that fit
            // The furthest preferred break that fits, else cut where the page ends.
            int bottom = std::min(total, top + room);
            const auto fits = std::find_if(breaks.rbegin(), breaks.rend(), [&](int y) { return y > top && y <= top + room; });
            if (fits != breaks.rend())
                bottom = *fits;
            painter.save();
            painter.translate(0, pageTop);
            painter.scale(scale, scale);
            painter.setClipRect(QRect(0, 0, content->width(), bottom - top));
            content->render(&painter, QPoint(0, 0), QRegion(0, top, content->width(), bottom - top),
                            QWidget::DrawChildren | QWidget::DrawWindowBackground);
            painter.restore();
            top = bottom;
            if (top < total) {
                writer.newPage();
                pageTop = 0;
            }
        }
        if (!painter.end())
            return writeError(file.fileName(), Text::tr("the PDF could not be finished"));
        return {};
    }
} // namespace

Status exportWidget(QWidget* content, const QString& path, const QString& title, const std::vector<int>& breaks)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf"))
        return writeError(path, Text::tr("choose a file name ending in .png or .pdf"));
    // Charts lay out their legends and axes on posted events: settle them before drawing.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    const Status written = suffix == QLatin1String("png") ? writePng(content, file) : writePdf(content, file, title, breaks);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace fw
