// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

class QCommandLineParser;

// Exit status of saradnja-cli (see CLI.md).
enum CliExit { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

struct CliContext
{
    QString databasePath;
    QString language; // sr-Latn, sr-Cyrl or en
    QTextStream &out;
    QTextStream &err;
    bool languageGiven = false; // --lang was on the command line (before or after the command)
};

// One subcommand of saradnja-cli: its options and what it does.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Positional arguments and options, beyond the global --db, --lang and --help.
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // Runs with the parsed arguments; returns a CliExit value.
    virtual int run(const QCommandLineParser &parser, CliContext &context) const = 0;

protected:
    // Prints "saradnja-cli: message" on stderr and returns code.
    static int fail(CliContext &context, const QString &message, int code = ExitFailure);
};
