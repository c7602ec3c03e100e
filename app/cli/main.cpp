// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "appidentity.h"

#include <csignal>
#include <cstdio>

#include <QGuiApplication>

namespace {

// Qt's own diagnostics (the offscreen platform's notes on XDG_RUNTIME_DIR...)
// would break the promise of one clear line on stderr; they are shown only
// with SARADNJA_VERBOSE=1. Our failures go through CliCommand::fail.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg || qEnvironmentVariableIntValue("SARADNJA_VERBOSE") > 0)
        fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    // A file-size limit (ulimit -f) or a full disk must make a write fail with
    // one clear line, not kill the process with SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    // Reports are painted with QPainter/QPdfWriter, which need a QGuiApplication;
    // the command-line tool must run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessageHandler);
    QGuiApplication app(argc, argv);
    AppIdentity::apply();
    CliRunner runner;
    return runner.run(QCoreApplication::arguments());
}
