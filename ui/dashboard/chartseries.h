// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractBarSeries>
#include <QAbstractItemModel>
#include <QAbstractSeries>
#include <QChart>
#include <QLineSeries>
#include <QStringList>
#include <QVBarModelMapper>
#include <QVXYModelMapper>

#include <initializer_list>

// What both of DashboardCharts' files use to build series (not part of the dashboard's interface).
namespace fw::chartseries {

inline const char* const fixedRangeProperty = "fwFixedRange"; // a value axis that keeps 0-100 %
inline const char* const fullNameProperty = "fwFullName"; // a series' whole name when its legend entry is elided
inline const char* const othersProperty = "fwOthers"; // the lane chart's "other lanes" line

inline QVBarModelMapper* mapBars(QAbstractBarSeries* series, QAbstractItemModel* model, int column)
{
    auto* mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(column);
    mapper->setLastBarSetColumn(column);
    mapper->setSeries(series);
    mapper->setModel(model);
    return mapper;
}

template <typename Series = QLineSeries> Series* mapLine(QAbstractItemModel* model, int xColumn, int yColumn, const QString& name)
{
    auto* series = new Series;
    series->setName(name);
    series->setPointsVisible(true);
    auto* mapper = new QVXYModelMapper(series);
    mapper->setXColumn(xColumn);
    mapper->setYColumn(yColumn);
    mapper->setSeries(series);
    mapper->setModel(model);
    return series;
}

inline void attach(QChart* chart, QAbstractSeries* series, std::initializer_list<QAbstractAxis*> axes)
{
    chart->addSeries(series);
    for (QAbstractAxis* axis : axes)
        series->attachAxis(axis);
}

// Qt Charts draws axis labels as HTML: escape them ("< 1h"). Category labels must be unique: a
// repeated one gets an invisible suffix.
inline QStringList categoryLabels(QStringList labels)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        labels[i] = labels[i].toHtmlEscaped();
        while (labels.indexOf(labels[i]) < i)
            labels[i] += QChar(0x200B);
    }
    return labels;
}

} // namespace fw::chartseries
