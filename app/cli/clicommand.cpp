// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

int CliCommand::fail(CliContext &context, const QString &message, int code)
{
    context.err << "saradnja-cli: " << message << Qt::endl;
    return code;
}
