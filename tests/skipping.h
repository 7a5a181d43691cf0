// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Skips that ctest shows. Qt Test counts a QSKIP as a pass and ctest never sees it, so a case
// skipped for want of a package or of ../shared would pass silently. A case that skips with
// SIGNALBOX_SKIP records it; SIGNALBOX_TEST_MAIN then ends with exit code 77 when every case
// passed or skipped, which signalbox_add_test() declares as SKIP_RETURN_CODE: ctest prints
// "Skipped" for the entry (the reasons are in its output), and a failure still fails it.

#include <QtTest>

namespace Signalbox::Test {

/** Exit code ctest reads as "skipped" (tests/CMakeLists.txt sets SKIP_RETURN_CODE to it). */
inline constexpr int SkippedExitCode = 77;

inline int &skippedCases()
{
    static int count = 0;
    return count;
}

} // namespace Signalbox::Test

/** QSKIP that ctest reports: for cases that cannot run here (a package or ../shared is missing). */
#define SIGNALBOX_SKIP(reason)                                                                                         \
    do {                                                                                                               \
        ++Signalbox::Test::skippedCases();                                                                             \
        QSKIP(reason);                                                                                                 \
    } while (false)

#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#define SIGNALBOX_TEST_APPLICATION QApplication
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#define SIGNALBOX_TEST_APPLICATION QGuiApplication
#else
#define SIGNALBOX_TEST_APPLICATION QCoreApplication
#endif

#define SIGNALBOX_TEST_MAIN_WITH(TestClass, AppClass)                                                                  \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        AppClass app(argc, argv);                                                                                      \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestClass tc;                                                                                                  \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        const int failed = QTest::qExec(&tc, argc, argv);                                                              \
        if (failed == 0 && Signalbox::Test::skippedCases() > 0)                                                        \
            return Signalbox::Test::SkippedExitCode;                                                                   \
        return failed;                                                                                                 \
    }

/** QTEST_MAIN that ends with SkippedExitCode when a case skipped with SIGNALBOX_SKIP and none failed. */
#define SIGNALBOX_TEST_MAIN(TestClass) SIGNALBOX_TEST_MAIN_WITH(TestClass, SIGNALBOX_TEST_APPLICATION)
/** QTEST_GUILESS_MAIN that ends with SkippedExitCode when a case skipped with SIGNALBOX_SKIP and none failed. */
#define SIGNALBOX_TEST_GUILESS_MAIN(TestClass) SIGNALBOX_TEST_MAIN_WITH(TestClass, QCoreApplication)
