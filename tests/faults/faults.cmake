# SPDX-License-Identifier: GPL-3.0-or-later
# The reliability suite (issue "proven under faults and hostile input"):
# tools/reliability.sh runs it and prints its figures; docs/RELIABILITY.md records them.
# Included from tests/CMakeLists.txt (not a subdirectory: the suites share its precompiled header).

# The worker the crash test kills: mixed real work through the core stores.
add_executable(saradnja-faultworker faults/faultworker.cpp)
target_link_libraries(saradnja-faultworker PRIVATE saradnja_core)

# 200 kills in CI (SARADNJA_FAULT_KILLS=1000 for the full run).
saradnja_add_test(tst_faults_crash SOURCES faults/tst_faults_crash.cpp TIMEOUT 900)
target_compile_definitions(tst_faults_crash PRIVATE SARADNJA_FAULTWORKER="$<TARGET_FILE:saradnja-faultworker>")
add_dependencies(tst_faults_crash saradnja-faultworker)

# Full disk, bad files, old files, backups, erasure, attachments.
saradnja_add_test(tst_faults_files SOURCES faults/tst_faults_files.cpp TIMEOUT 300)
target_compile_definitions(tst_faults_files PRIVATE SARADNJA_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures")

# Hostile text through every store, search, report and view.
# Under the sanitizers (a Debug build) it ran 1,058 s on a fresh CI machine, so its limits
# there leave room for a slower one; the plain build runs it in under a minute.
if(SARADNJA_SANITIZE)
    set(hostileTimeout 3000)
else()
    set(hostileTimeout 1200)
endif()
saradnja_add_test(tst_faults_hostile SOURCES faults/tst_faults_hostile.cpp GUI LIBS saradnja_ui Qt6::Pdf
    TIMEOUT ${hostileTimeout})
# Qt Test's own limit per function (five minutes by default), just under ctest's.
math(EXPR hostileFunctionTimeout "(${hostileTimeout} - 100) * 1000")
set_property(TEST tst_faults_hostile APPEND PROPERTY ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=${hostileFunctionTimeout}")
target_compile_definitions(tst_faults_hostile PRIVATE
    SARADNJA_HOSTILE_CORPUS="${CMAKE_CURRENT_SOURCE_DIR}/faults/hostile-strings.txt")
