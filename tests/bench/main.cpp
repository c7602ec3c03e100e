// SPDX-License-Identifier: GPL-3.0-or-later
// saradnja-bench --db FILE [--iterations N]: times the operations of issue 8
// on a register (made with `saradnja-cli generate large`) and prints the
// median and p95 of each, with the baselines. See docs/PERFORMANCE.md.
#include "benchsuite.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg)
        fprintf(stderr, "%s\n", qPrintable(message));
}

QString cell(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    // Reports paint with QPainter/QPdfWriter; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessageHandler);
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Saradnja's core operations on a register."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The register to measure."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
                                              QStringLiteral("Runs of each operation (default 20)."),
                                              QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(dbOption);
    parser.addOption(iterationsOption);
    parser.process(app);
    bool ok = false;
    const int iterations = parser.value(iterationsOption).toInt(&ok);
    if (!parser.isSet(dbOption) || !ok || iterations < 1) {
        err << "saradnja-bench: --db FILE is required and --iterations must be at least 1" << Qt::endl;
        return 2;
    }
    const QString path = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        err << "saradnja-bench: no register at " << path << Qt::endl;
        return 1;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        err << "saradnja-bench: no temporary folder" << Qt::endl;
        return 1;
    }

    out << "register: " << path << " (" << QFileInfo(path).size() / (1024 * 1024) << " MB), " << iterations
        << " iterations, " << QSysInfo::prettyProductName() << Qt::endl;
    BenchSuite suite(path, iterations, work.path());
    auto results = suite.run();
    if (!results) {
        err << "saradnja-bench: " << results.error().message() << " (" << results.error().detail() << ")" << Qt::endl;
        return 1;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5  %6  %7\n")
               .arg(QStringLiteral("operation"), -40)
               .arg(QStringLiteral("runs"), 5)
               .arg(QStringLiteral("first"), 9)
               .arg(QStringLiteral("median"), 9)
               .arg(QStringLiteral("p95"), 9)
               .arg(QStringLiteral("target"), -27)
               .arg(QStringLiteral("note"));
    out << QString(120, QLatin1Char('-')) << '\n';
    for (const BenchResult &r : results.value()) {
        const QString verdict
            = r.target.isEmpty() ? QString() : (r.met ? QStringLiteral("ok   ") : QStringLiteral("MISSED "));
        out << QStringLiteral("%1 %2 %3 %4 %5  %6  %7\n")
                   .arg(r.operation, -40)
                   .arg(r.samples.count(), 5)
                   .arg(cell(r.samples.first()), 9)
                   .arg(cell(r.samples.median()), 9)
                   .arg(cell(r.samples.percentile(95)), 9)
                   .arg(verdict + r.target, -27)
                   .arg(r.note);
    }
    out << "(times in milliseconds)" << Qt::endl;
    return 0;
}
