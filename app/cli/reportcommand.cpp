// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "database.h"
#include "reportdocument.h"
#include "reportpdf.h"
#include "reports.h"

#include <QCommandLineParser>

QString ReportCommand::name() const
{
    return QStringLiteral("report");
}

QString ReportCommand::summary() const
{
    return tr("write a PDF report (%1)").arg(Reports::kinds().join(QStringLiteral(", ")));
}

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("KIND"), Reports::kinds().join(QStringLiteral(", ")));
    parser.addOption({QStringLiteral("id"), tr("The record the report is about: a partnership (partnership), an action plan (plan, plan-progress) "
                                                  "or a visit (visit, signin)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("year"), tr("The year (year in review)."), QStringLiteral("YYYY")});
    parser.addOption({QStringLiteral("group-by"), tr("Partnerships overview: country (default), municipality, theme or status."),
                      QStringLiteral("G")});
    parser.addOption({QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf")});
}

int ReportCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(context, tr("report needs exactly one KIND"), ExitUsage);
    ReportRequest request;
    request.kind = args.first();
    if (!Reports::kinds().contains(request.kind))
        return fail(context, tr("unknown report \"%1\"; use one of: %2").arg(request.kind, Reports::kinds().join(QStringLiteral(", "))),
                    ExitUsage);
    if (!parser.isSet(QStringLiteral("out")))
        return fail(context, tr("report needs --out FILE.pdf"), ExitUsage);
    bool ok = true;
    if (parser.isSet(QStringLiteral("id")))
        request.id = parser.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || (Reports::needsId(request.kind) && request.id <= 0))
        return fail(context, tr("the %1 report needs --id ID").arg(request.kind), ExitUsage);
    if (parser.isSet(QStringLiteral("year")))
        request.year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || (Reports::needsYear(request.kind) && request.year <= 0))
        return fail(context, tr("the %1 report needs --year YYYY").arg(request.kind), ExitUsage);
    request.groupBy = parser.value(QStringLiteral("group-by"));
    // The report's language: --lang, Serbian Latin by default (also the messages' language).
    request.language = Languages::fromCode(context.languageGiven ? context.language : QStringLiteral("sr-Latn"))
                           .value_or(Language::SerbianLatin);

    OpenOptions options;
    options.access = AccessMode::ReadOnly;
    options.autoBackup = false;
    auto opened = Database::open(context.databasePath, options);
    if (!opened)
        return fail(context, opened.error().message());
    auto report = Reports::build(*opened.value(), request);
    if (!report)
        return fail(context, report.error().message(), report.error().code() == ErrorCode::Invalid ? ExitUsage : ExitFailure);
    const QString out = parser.value(QStringLiteral("out"));
    if (Status written = ReportPdf::write(*report.value(), out); !written)
        return fail(context, written.error().message());
    context.out << tr("Report written to %1").arg(out) << Qt::endl;
    return ExitSuccess;
}
