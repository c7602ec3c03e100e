// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "applog.h"
#include "database.h"
#include "referencedata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

namespace TestSupport {

void isolateEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir logDir;
    AppLog::setFilePath(logDir.path() + QStringLiteral("/test.log"));
}

QString createRegister(const QString &dir, const QString &name)
{
    const QString path = dir + QLatin1Char('/') + name;
    auto db = Database::create(path, &ReferenceData::load);
    if (!db)
        qFatal("cannot create a register: %s", qPrintable(db.error().toLogString()));
    return path;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

namespace {

class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

void rawExec(const QString &path, const QStringList &statements)
{
    RawConnection raw(path);
    for (const QString &sql : statements) {
        QSqlQuery query(raw.db());
        if (!query.exec(sql))
            qFatal("raw SQL failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
}

QVariant rawScalar(const QString &path, const QString &sql)
{
    RawConnection raw(path);
    QSqlQuery query(raw.db());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool copyFixture(int version, const QString &path)
{
    return QFile::copy(sourceDir() + QStringLiteral("/tests/fixtures/schema-v%1.sqlite").arg(version), path)
           && QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

bool damageTablePage(const QString &path, const QString &table)
{
    const qint64 pageSize = rawScalar(path, QStringLiteral("PRAGMA page_size")).toLongLong();
    QVariant root;
    {
        RawConnection raw(path);
        QSqlQuery query(raw.db());
        query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?"));
        query.addBindValue(table);
        if (query.exec() && query.next())
            root = query.value(0);
    }
    const qint64 page = root.toLongLong();
    if (pageSize <= 0 || page <= 1)
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek((page - 1) * pageSize)
           && file.write(QByteArray(int(pageSize), '\xA5')) == pageSize;
}

void growRegister(const QString &path, int mebibytes)
{
    rawExec(path, {QStringLiteral("CREATE TABLE IF NOT EXISTS filler (x BLOB NOT NULL)"),
                   QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                  "INSERT INTO filler SELECT randomblob(1048576) FROM n")
                       .arg(mebibytes)});
}

QString dumpContent(const QString &path)
{
    RawConnection raw(path);
    QStringList tables;
    {
        QSqlQuery query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"), raw.db());
        while (query.next())
            tables << query.value(0).toString();
    }
    QStringList lines;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery query(raw.db());
        query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList rows;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            rows << table + QLatin1Char('|') + fields.join(QLatin1Char('|'));
        }
        rows.sort();
        lines << rows;
    }
    lines << QStringLiteral("user_version=") + rawScalar(path, QStringLiteral("PRAGMA user_version")).toString();
    return lines.join(QLatin1Char('\n'));
}

ProcessResult run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runCli(const QStringList &arguments)
{
    return run(cliPath(), arguments);
}

ProcessResult runHelper(const QStringList &arguments)
{
    return run(helperPath(), arguments);
}

bool isRoot()
{
    return ::geteuid() == 0;
}

QStringList unprivilegedHelperCommand(const QStringList &arguments)
{
    if (!isRoot())
        return QStringList{helperPath()} + arguments;
    return QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                       QStringLiteral("--clear-groups"), helperPath()}
        + arguments;
}

QString helperPath()
{
    return QStringLiteral(SARADNJA_TESTHELPER);
}

QString cliPath()
{
    return QStringLiteral(SARADNJA_CLI);
}

QString sourceDir()
{
    return QStringLiteral(SARADNJA_SOURCE_DIR);
}

} // namespace TestSupport
