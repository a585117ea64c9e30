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

QString PlanGraphExport::write(QGraphicsScene* scene, const QString& path)
{
    const QRectF source = scene->sceneRect();
    if (source.isEmpty())
        return tr("%1: there is no plan to export.").arg(QDir::toNativeSeparators(path));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Orchestration plan"));
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("%1: cannot write the SVG file.").arg(QDir::toNativeSeparators(path));
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        return {};
    }
    if (suffix != QLatin1String("png"))
        return tr("%1: unknown image type '%2' (expected .png or .svg).").arg(QDir::toNativeSeparators(path), suffix);

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
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
    return {};
}

} // namespace fw
