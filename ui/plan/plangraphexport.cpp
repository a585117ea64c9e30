// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plangraphexport.h"

#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

namespace fw {

Status PlanGraphExport::write(QGraphicsScene* scene, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    const QRectF source = scene->sceneRect();
    if (source.isEmpty())
        return failure(tr("there is no plan to export."), file);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Orchestration plan"));
        QPainter painter;
        if (!painter.begin(&svg))
            return failure(tr("cannot write the SVG file."), file);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        return {};
    }
    if (suffix != QLatin1String("png"))
        return failure(tr("unknown image type '%1' (expected .png or .svg).").arg(suffix), file);

    constexpr qreal maxSide = 16000;
    const qreal scale = std::min({ 1.0, maxSide / source.width(), maxSide / source.height() });
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(scene->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene->render(&painter, QRectF(image.rect()), source);
    painter.end();
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return failure(writer.errorString(), file);
    return {};
}

} // namespace fw
