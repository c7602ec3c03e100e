// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"
#include "database.h"
#include "mainwindow.h"
#include "referencedata.h"
#include "storagepaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Saradnja — international cooperation register"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "The register to open."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
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
