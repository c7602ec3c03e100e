// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

// generate small|medium|large: a new register of generated data (DataGenerator).
class GenerateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};
