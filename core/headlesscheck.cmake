# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Run at build time: fails when a file under core/ includes a QtGui or QtWidgets header.
file(GLOB_RECURSE _sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(_offenders "")
foreach(_file IN LISTS _sources)
    file(STRINGS "${_file}" _hits REGEX "#[ \t]*include[ \t]*<(QtGui|QtWidgets|QtCharts|QWidget|QPainter|QPixmap|QImage|QColor|QFont|QIcon|QApplication|QGuiApplication)[/>]")
    if(_hits)
        list(APPEND _offenders "${_file}: ${_hits}")
    endif()
endforeach()
if(_offenders)
    list(JOIN _offenders "\n  " _report)
    message(FATAL_ERROR "core/ must stay headless (no QtGui/QtWidgets), but:\n  ${_report}")
endif()
