# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Run at build time (ui/CMakeLists.txt): fails when an item model of fw_ui_models includes a widget
# header, Qt's or one of ui/'s widget files. The models sit next to the widgets in the feature
# folders, so this keeps the boundary the library's link check cannot see.
#   -DUI_DIR=<ui/> -DMODEL_SOURCES=<a;b;...> -DWIDGET_HEADERS=<folder/x.h;...> (relative to UI_DIR)
cmake_policy(SET CMP0057 NEW) # if(... IN_LIST ...)
set(_offenders "")
foreach(_source IN LISTS MODEL_SOURCES)
    get_filename_component(_folder "${_source}" DIRECTORY)
    file(STRINGS "${UI_DIR}/${_source}" _includes REGEX "^#[ \t]*include[ \t]*[\"<]")
    foreach(_line IN LISTS _includes)
        if(_line MATCHES "<(QtWidgets|QtCharts|QWidget|QAbstractItemView|QStyledItemDelegate|QDialog|QApplication)[/>]")
            list(APPEND _offenders "${_source}: ${_line}")
        elseif(_line MATCHES "\"([^\"]+)\"")
            set(_included "${CMAKE_MATCH_1}")
            if(NOT _included MATCHES "/")
                set(_included "${_folder}/${_included}")
            endif()
            if("${_included}" IN_LIST WIDGET_HEADERS)
                list(APPEND _offenders "${_source}: ${_line}")
            endif()
        endif()
    endforeach()
endforeach()
if(_offenders)
    list(JOIN _offenders "\n  " _report)
    message(FATAL_ERROR "fw_ui_models must stay free of widgets, but:\n  ${_report}")
endif()
