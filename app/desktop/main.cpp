// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"
#include "apptranslator.h"
#include "database.h"
#include "mainwindow.h"
#include "referencedata.h"
#include "storagepaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace {

// The language asked for with --lang (sr-Latn, sr-Cyrl, en), else the system's.
// Read before the parser is built, so that --help is in that language too.
Language chosenLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            value = arguments.at(i).mid(7);
        if (const auto language = Languages::fromCode(value))
            return *language;
    }
    return AppTranslator::systemLanguage();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    AppTranslator::install(chosenLanguage(app.arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Saradnja — international cooperation register"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "The register to open."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Language of the interface: sr-Latn, sr-Cyrl or en "
                                                                        "(default: the system's)."),
                                        QStringLiteral("L"));
    parser.addOption(langOption);
    parser.process(app);

    MainWindow window;
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : StoragePaths::defaultDatabasePath();
    if (!parser.isSet(dbOption) && !QFileInfo::exists(path)) {
        QDir().mkpath(StoragePaths::dataDirectory());
        auto created = Database::create(path, &ReferenceData::load);
        if (created)
            window.setDatabase(created.take());
    } else {
        window.openRegister(path);
    }
    window.show();
    return app.exec();
}
