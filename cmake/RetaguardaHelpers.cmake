# rg_module_pch(target): a lean precompiled header (a few QtCore/QtSql headers, not <QtWidgets>).
function(rg_module_pch target)
    if(RG_ENABLE_PCH)
        target_precompile_headers(${target} PRIVATE
            <QString> <QStringList> <QList> <QHash> <QVariant> <QDate> <QDateTime> <QObject>
            <memory> <optional> <functional>)
    endif()
endfunction()

# rg_add_test(name SOURCES ... LIBS ... [GUI] [KEYRING] [FIXTURES ...] [DATA_DIR])
# One executable per test; GUI tests run on the offscreen platform; KEYRING tests run inside a
# private D-Bus session with an unlocked throwaway gnome-keyring.
function(rg_add_test name)
    cmake_parse_arguments(T "GUI;KEYRING" "" "SOURCES;LIBS;FIXTURES;LABELS" ${ARGN})
    if(NOT T_SOURCES)
        set(T_SOURCES ${name}.cpp)
    endif()
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${name} PRIVATE
        RG_SHARED_DATA_DIR="${PROJECT_SOURCE_DIR}/../shared/data"
        RG_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    if(T_KEYRING)
        add_test(NAME ${name} COMMAND dbus-run-session -- sh
                 ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
    if(T_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${T_FIXTURES}")
    endif()
    if(T_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
