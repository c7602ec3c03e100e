// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QStringList>

#include <memory>
#include <vector>

// Parses the global options (--db, --lang, --help, --version), picks the
// subcommand and runs it. Usage errors exit 2, failures 1.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    CliRunner();
    ~CliRunner();

    int run(const QStringList &arguments);

private:
    const CliCommand *find(const QString &name) const;
    QString generalHelp() const;
    void installTranslator(const QString &language);

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
