// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "archivecommand.h"
#include "backupcommand.h"
#include "calendarcommand.h"
#include "checkcommand.h"
#include "exportcommand.h"
#include "generatecommand.h"
#include "importcommand.h"
#include "initcommand.h"
#include "reportcommand.h"
#include "restorecommand.h"
#include "searchcommand.h"

#include "appidentity.h"
#include "apptranslator.h"
#include "storagepaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

const QStringList languages = {QStringLiteral("sr-Latn"), QStringLiteral("sr-Cyrl"), QStringLiteral("en")};

bool takeValue(const QStringList &args, int &i, const QString &option, QString &value)
{
    const QString &arg = args.at(i);
    if (arg == option) {
        if (i + 1 >= args.size())
            return false;
        value = args.at(++i);
        return true;
    }
    if (arg.startsWith(option + QLatin1Char('='))) {
        value = arg.mid(option.size() + 1);
        return true;
    }
    return false;
}

} // namespace

CliRunner::CliRunner()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<CalendarCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<ArchiveCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
}

CliRunner::~CliRunner() = default;

const CliCommand *CliRunner::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliRunner::generalHelp() const
{
    QString text = tr("Usage: saradnja-cli [--db FILE] [--lang sr-Latn|sr-Cyrl|en] COMMAND [ARGS] [OPTIONS]") + QLatin1Char('\n');
    text += tr("The command-line tool of Saradnja, the international cooperation register of SKGO.") + QLatin1String("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -10).arg(command->summary());
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n');
    text += QLatin1String("  --db FILE   ") + tr("the register to use (default: %1)").arg(StoragePaths::defaultDatabasePath())
        + QLatin1Char('\n');
    text += QLatin1String("  --lang L    ") + tr("language of messages: sr-Latn, sr-Cyrl or en (default: en)") + QLatin1Char('\n');
    text += QLatin1String("  --help      ") + tr("this help; COMMAND --help describes a command") + QLatin1Char('\n');
    text += QLatin1String("  --version   ") + tr("the version of Saradnja and of the register schema it writes") + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Exit status: 0 success, 1 failure, 2 bad usage.") + QLatin1Char('\n');
    return text;
}

void CliRunner::installTranslator(const QString &language)
{
    if (const auto chosen = Languages::fromCode(language))
        AppTranslator::install(*chosen);
}

int CliRunner::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context{StoragePaths::defaultDatabasePath(), QStringLiteral("en"), out, err};

    int i = 1;
    QString commandName;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        QString value;
        if (takeValue(arguments, i, QStringLiteral("--db"), value)) {
            context.databasePath = value;
        } else if (takeValue(arguments, i, QStringLiteral("--lang"), value)) {
            context.language = value;
            context.languageGiven = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            if (languages.contains(context.language))
                installTranslator(context.language); // --lang came first
            out << generalHelp();
            return ExitSuccess;
        } else if (arg == QLatin1String("--version")) {
            out << AppIdentity::versionLine(QStringLiteral("saradnja-cli")) << Qt::endl;
            return ExitSuccess;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            err << "saradnja-cli: " << tr("unknown or incomplete option: %1").arg(arg) << Qt::endl;
            return ExitUsage;
        } else {
            commandName = arg;
            ++i;
            break;
        }
    }
    if (!languages.contains(context.language)) {
        err << "saradnja-cli: " << tr("unknown language \"%1\"; use sr-Latn, sr-Cyrl or en").arg(context.language) << Qt::endl;
        return ExitUsage;
    }
    installTranslator(context.language);
    if (commandName.isEmpty()) {
        err << generalHelp();
        return ExitUsage;
    }
    const CliCommand *command = find(commandName);
    if (!command) {
        err << "saradnja-cli: " << tr("unknown command \"%1\"; see saradnja-cli --help").arg(commandName) << Qt::endl;
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The register to use."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language: sr-Latn, sr-Cyrl or en."), QStringLiteral("L"));
    parser.addOption(helpOption);
    parser.addOption(dbOption);
    parser.addOption(langOption);
    command->addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("saradnja-cli")} + arguments.mid(i))) {
        err << "saradnja-cli " << command->name() << ": " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        // The parser names the program by its path; show how to call the command instead.
        const QString usage = QCoreApplication::translate("QCommandLineParser", "Usage: %1");
        const QString program = QStringLiteral("saradnja-cli [--db FILE] ") + command->name(); // not translated: a command line
        QString help = parser.helpText();
        help.replace(QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(usage.section(QStringLiteral("%1"), 0, 0))
                                        + QStringLiteral("\\S+")),
                     usage.arg(program));
        out << help;
        return ExitSuccess;
    }
    if (parser.isSet(dbOption))
        context.databasePath = parser.value(dbOption);
    context.languageGiven = context.languageGiven || parser.isSet(langOption);
    if (parser.isSet(langOption) && parser.value(langOption) != context.language) {
        context.language = parser.value(langOption);
        if (!languages.contains(context.language)) {
            err << "saradnja-cli: " << tr("unknown language \"%1\"; use sr-Latn, sr-Cyrl or en").arg(context.language) << Qt::endl;
            return ExitUsage;
        }
        installTranslator(context.language);
    }
    context.databasePath = QFileInfo(context.databasePath).absoluteFilePath();
    return command->run(parser, context);
}
