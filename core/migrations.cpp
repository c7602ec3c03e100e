// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "applog.h"
#include "checkconstraints.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> steps = {
        {1, QStringLiteral(":/schema/0001_foundation.sql")},
        {2, QStringLiteral(":/schema/0002_domain.sql")},
        {3, QStringLiteral(":/schema/0003_list_indexes.sql")},
        {4, QString(), &CheckConstraints::rewriteStoredTables},
    };
    return steps;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

Status Migrations::upgrade(const QSqlDatabase &db, int targetVersion, const QList<Migration> &steps)
{
    auto current = Sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    int version = current.value().toInt();
    for (const Migration &step : steps) {
        if (step.version <= version || step.version > targetVersion)
            continue;
        if (step.version != version + 1)
            return Error(ErrorCode::Sql,
                         QCoreApplication::translate("Migrations", "The database could not be upgraded."),
                         QStringLiteral("missing migration %1").arg(version + 1));
        if (Status applied = applyStep(db, step); !applied) {
            AppLog::error(QStringLiteral("migration to version %1").arg(step.version), applied.error());
            return applied;
        }
        AppLog::info(QStringLiteral("migrated %1 to schema version %2").arg(db.databaseName()).arg(step.version));
        version = step.version;
    }
    return {};
}

Status Migrations::applyStep(const QSqlDatabase &db, const Migration &step)
{
    const QString failed = QCoreApplication::translate("Migrations", "The database could not be upgraded.");
    QStringList statements;
    if (!step.scriptPath.isEmpty()) {
        QFile file(step.scriptPath);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error(ErrorCode::Io, failed, QStringLiteral("cannot read ") + step.scriptPath);
        statements = splitStatements(QString::fromUtf8(file.readAll()));
    }

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    for (const QString &statement : std::as_const(statements)) {
        if (Status done = Sql::exec(db, statement); !done)
            return Error(done.error().code(), failed,
                         done.error().detail() + QStringLiteral(" in: ") + statement.left(200));
    }
    if (step.code) {
        if (Status done = step.code(db); !done)
            return Error(done.error().code(), failed, done.error().detail());
    }
    // PRAGMA values cannot be bound; the version is an integer we control.
    if (Status stamped = Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !stamped)
        return stamped;
    return transaction.commit();
}

QStringList Migrations::splitStatements(const QString &script)
{
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        const bool inTrigger = triggerStart.match(current).hasMatch();
        const bool ends = inTrigger ? triggerEnd.match(line).hasMatch() : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}
