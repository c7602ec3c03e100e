// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// Fixtures shared by the test suites.
namespace TestSupport {

// Keeps tests away from the user's files: QStandardPaths test mode and a log in a temporary folder.
void isolateEnvironment();

// A new register with the reference data (countries, themes, Serbian local
// governments, international organisations, SKGO) at dir/name; fails the test on error.
QString createRegister(const QString &dir, const QString &name = QStringLiteral("register.db"));

// SHA-256 of a file that is not open as a database in this process.
QByteArray sha256(const QString &path);

// Runs statements on a file through a plain QSQLITE connection of its own,
// bypassing Database (to build fixtures: older versions, foreign files...).
void rawExec(const QString &path, const QStringList &statements);
QVariant rawScalar(const QString &path, const QString &sql);
// A writable copy of tests/fixtures/schema-vVERSION.sqlite at path (a register saved by that version).
bool copyFixture(int version, const QString &path);
// Overwrites the root page of table with garbage, in place: a damaged
// b-tree that opening and the dashboard do not read, but the quick check
// does. The file must not be open as a database in this process.
bool damageTablePage(const QString &path, const QString &table);
// Makes the register at path larger by mebibytes of random bytes, in a table
// "filler" of one-MiB rows (a register large enough to be compacted).
void growRegister(const QString &path, int mebibytes);
// Every row of every table, as sorted text: equal content gives equal dumps.
QString dumpContent(const QString &path);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
ProcessResult run(const QString &program, const QStringList &arguments, int timeoutMs = 60000);
ProcessResult runCli(const QStringList &arguments);
ProcessResult runHelper(const QStringList &arguments);

bool isRoot();
// The command and arguments to run the helper as an unprivileged user
// ("nobody"), so that file permissions apply even when tests run as root.
QStringList unprivilegedHelperCommand(const QStringList &arguments);

QString helperPath();
QString cliPath();
QString sourceDir();

} // namespace TestSupport
