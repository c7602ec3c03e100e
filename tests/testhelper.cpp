// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the tests, driving the real core code:
//   hold PATH       open for writing and keep the lock until stdin closes
//   write PATH RUN  commit batches forever, printing each committed batch number
//   probe PATH      open and print "ok <read-only reason> <schema>" or "error <code>"
//   create PATH     create a new register; print "ok" or "error <code>"
#include "applog.h"
#include "database.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

constexpr int rowsPerBatch = 20;

int hold(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        std::printf("error %s\n", qPrintable(Error::codeName(db.error().code())));
        return 1;
    }
    std::printf("holding %d\n", int(db.value()->readOnlyReason()));
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line);
    return 0;
}

int write(const QString &path, const QString &run)
{
    OpenOptions options;
    options.autoBackup = false;
    auto opened = Database::open(path, options);
    if (!opened || opened.value()->isReadOnly()) {
        std::printf("error open\n");
        return 1;
    }
    const QSqlDatabase db = opened.value()->connection();
    for (int batch = 1;; ++batch) {
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return 1;
        for (int row = 0; row < rowsPerBatch; ++row) {
            const QString key = QStringLiteral("%1-%2-%3").arg(run).arg(batch).arg(row);
            auto inserted = Sql::run(db,
                                     QStringLiteral("INSERT INTO themes (key, name_en, name_sr_latn, name_sr_cyrl) "
                                                    "VALUES (?, ?, ?, ?)"),
                                     {key, key, key, key});
            if (!inserted)
                return 1;
        }
        auto audited = Sql::run(db,
                                QStringLiteral("INSERT INTO audit_log (changed_at, actor, action, record_kind, record_id, changes) "
                                               "VALUES (datetime('now'), 'crash-test', 'insert', ?, ?, '{}')"),
                                {run, batch});
        if (!audited || !transaction.commit())
            return 1;
        std::printf("%d\n", batch);
        std::fflush(stdout);
    }
}

int probe(const QString &path)
{
    OpenOptions options;
    options.autoBackup = false;
    auto db = Database::open(path, options);
    if (!db) {
        std::printf("error %s\n", qPrintable(Error::codeName(db.error().code())));
        return 0;
    }
    std::printf("ok %d %d\n", int(db.value()->readOnlyReason()), db.value()->schemaVersion());
    return 0;
}

int create(const QString &path)
{
    auto db = Database::create(path);
    if (!db) {
        std::printf("error %s\n", qPrintable(Error::codeName(db.error().code())));
        return 0;
    }
    std::printf("ok\n");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppLog::setFilePath(QDir::tempPath() + QStringLiteral("/saradnja-testhelper.log"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    const QString &mode = args.at(1);
    const QString &path = args.at(2);
    if (mode == QLatin1String("hold"))
        return hold(path);
    if (mode == QLatin1String("write") && args.size() == 4)
        return write(path, args.at(3));
    if (mode == QLatin1String("probe"))
        return probe(path);
    if (mode == QLatin1String("create"))
        return create(path);
    return 2;
}
