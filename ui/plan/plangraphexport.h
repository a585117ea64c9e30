#pragma once

#include <QCoreApplication>
#include <QString>

class QGraphicsScene;

namespace fw {

// Writes a plan graph scene to an image file: PNG (at 100 %, scaled down to at most 16,000 pixels
// a side) or SVG, chosen by the file name's suffix.
class PlanGraphExport {
    Q_DECLARE_TR_FUNCTIONS(fw::PlanGraphExport)

public:
    // Returns an empty string on success, else a message naming the file and the reason.
    static QString write(QGraphicsScene* scene, const QString& path);
};

} // namespace fw
