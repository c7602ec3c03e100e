// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "applog.h"
#include "backupmanager.h"
#include "compaction.h"
#include "filesync.h"
#include "migrations.h"
#include "sqlsupport.h"
#include "storagepaths.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlError>
#include <QStorageInfo>
#include <QUuid>

namespace {

constexpr int busyTimeoutMs = 5000;
// The page size of a register. The quick check reads every page: on the
// large generated register (690 MB, most of it attachments), generated with
// each size, it took 320–420 ms with 16 KiB pages, 265–280 ms with 32 KiB
// and 250–315 ms with 64 KiB (SQLite's default of 4 KiB: 620 ms), while
// the dashboard took 34, 40 and 65 ms and a durable save 4.6, 5.1 and 5.9 ms:
// larger pages mean fewer reads for the check, but more bytes per lookup
// and per commit. The smallest register grows to about 3 MB.
constexpr int pageSize = 32768;
const QByteArray sqliteHeader("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("saradnja-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Files this process has open as databases. Reading the header of one of
// them with our own handle would, on close, drop SQLite's POSIX locks.
QMutex &openPathsMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &openPaths()
{
    static QSet<QString> paths;
    return paths;
}

QString canonicalKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}


// The copy a restore swaps in is PATH.restoring-<random>.
const QString stagingInfix = QStringLiteral(".restoring-");

// Opens a short-lived, read-only connection; removes it on destruction.
class ScratchConnection
{
public:
    explicit ScratchConnection(const QString &path)
        : m_name(nextConnectionName() + QStringLiteral("-scratch"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        m_opened = db.open();
        if (!m_opened)
            m_openError = db.lastError();
    }
    ~ScratchConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchConnection(const ScratchConnection &) = delete;
    ScratchConnection &operator=(const ScratchConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return m_opened; }
    QSqlError openError() const { return m_openError; }

private:
    QString m_name;
    bool m_opened = false;
    QSqlError m_openError;
};

struct FileFacts
{
    int applicationId = 0;
    int version = 0;
    int objects = 0;
};

Result<FileFacts> readFacts(const QSqlDatabase &db)
{
    FileFacts facts;
    auto appId = Sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.error();
    auto version = Sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    auto objects = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects)
        return objects.error();
    facts.applicationId = appId.value().toInt();
    facts.version = version.value().toInt();
    facts.objects = objects.value().toInt();
    return facts;
}

// What every open checks before it changes anything: ours, not newer, sound.
Result<FileFacts> inspectFile(const QSqlDatabase &db, bool allowEmpty)
{
    auto facts = readFacts(db);
    if (!facts)
        return facts.error();
    const FileFacts &f = facts.value();
    const bool empty = f.objects == 0 && f.applicationId == 0 && f.version == 0;
    if (empty && !allowEmpty)
        return Error(ErrorCode::NotADatabase, Database::tr("The file is an empty database, not a Saradnja register."),
                     db.databaseName());
    if (!empty && f.applicationId != Migrations::applicationId)
        return Error(ErrorCode::NotADatabase,
                     Database::tr("The file is a database of another program, not a Saradnja register."),
                     QStringLiteral("application_id %1").arg(f.applicationId));
    if (f.version > Migrations::latestVersion())
        return Error(ErrorCode::NewerSchema,
                     Database::tr("This register was saved by a newer version of Saradnja. "
                                  "Install the newer version to open it; the file was not changed."),
                     QStringLiteral("schema %1, this build knows %2").arg(f.version).arg(Migrations::latestVersion()));
    return facts;
}

Status runCheck(const QSqlDatabase &db, const QString &pragma)
{
    auto query = Sql::run(db, pragma);
    if (!query)
        return query.error();
    QStringList problems;
    while (query.value().next())
        problems << query.value().value(0).toString();
    if (problems.isEmpty() || (problems.size() == 1 && problems.first() == QLatin1String("ok")))
        return {};
    return Error(ErrorCode::Damaged, Database::tr("The database file is damaged. Restore it from a backup."),
                 problems.mid(0, 5).join(QLatin1String("; ")));
}

// A register's identity: a random id (stable UIDs in calendar exports) and when and by what it was made.
Status stampIdentity(const QSqlDatabase &db)
{
    const QList<QPair<QString, QString>> facts = {
        {QStringLiteral("register_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("created_by_version"), QStringLiteral(SARADNJA_VERSION)},
    };
    for (const auto &fact : facts) {
        auto inserted = Sql::run(db, QStringLiteral("INSERT OR IGNORE INTO app_meta (key, value) VALUES (?, ?)"),
                                 {fact.first, fact.second});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Status checkForeignKeys(const QSqlDatabase &db)
{
    auto query = Sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return {};
    return Error(ErrorCode::Damaged,
                 Database::tr("The database holds references to records that no longer exist. Restore it from a backup."),
                 QStringLiteral("foreign_key_check: table %1 row %2")
                     .arg(query.value().value(0).toString(), query.value().value(1).toString()));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    closeConnection();
    if (m_isReader)
        return;
    QMutexLocker locker(&openPathsMutex());
    openPaths().remove(canonicalKey(m_path));
}

Result<std::unique_ptr<Database>> Database::openReader(const QString &path)
{
    // A file this process has open was checked when it was opened; reading
    // its header with a handle of our own would, on close, drop the POSIX
    // locks of the owner's connection (in the middle of its write, say).
    if (!isOpenHere(path)) {
        if (Status header = checkHeader(path); !header)
            return header.error();
    }
    std::unique_ptr<Database> reader(new Database(path, nextConnectionName()));
    reader->m_isReader = true;
    reader->m_readOnlyReason = ReadOnlyReason::Requested;
    if (Status opened = reader->openConnection(); !opened)
        return opened.error();
    // Opened read-only at the file level (SQLITE_OPEN_READONLY); no query_only,
    // which would also refuse VACUUM INTO, the backup's copy.
    if (Status keys = Sql::exec(reader->connection(), QStringLiteral("PRAGMA foreign_keys = ON")); !keys)
        return keys.error();
    return reader;
}

Result<std::unique_ptr<Database>> Database::openWorker(const QString &path)
{
    if (!isOpenHere(path))
        return Error(ErrorCode::Invalid, tr("The register is not open."), path);
    std::unique_ptr<Database> worker(new Database(path, nextConnectionName()));
    worker->m_isReader = true; // a second connection: the path stays registered by its owner
    if (Status opened = worker->openConnection(); !opened)
        return opened.error();
    if (Status configured = worker->configure(); !configured)
        return configured.error();
    return worker;
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

bool Database::isNetworkFileSystem(const QString &fileSystemType)
{
    static const QStringList network = {
        QStringLiteral("nfs"),   QStringLiteral("nfs4"),  QStringLiteral("cifs"),   QStringLiteral("smb"),
        QStringLiteral("smb2"),  QStringLiteral("smb3"),  QStringLiteral("smbfs"),  QStringLiteral("9p"),
        QStringLiteral("afs"),   QStringLiteral("ceph"),  QStringLiteral("coda"),   QStringLiteral("ncpfs"),
        QStringLiteral("davfs"), QStringLiteral("glusterfs"), QStringLiteral("lustre"), QStringLiteral("gpfs"),
        QStringLiteral("fuse.sshfs"), QStringLiteral("fuse.davfs2"), QStringLiteral("fuse.glusterfs"),
        QStringLiteral("fuse.rclone"), QStringLiteral("fuse.smbnetfs"),
    };
    return network.contains(fileSystemType.toLower());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

ReadOnlyReason Database::readOnlyReason() const
{
    if (m_readOnlyReason == ReadOnlyReason::None && m_checkPending)
        return ReadOnlyReason::Checking;
    return m_readOnlyReason;
}

QString Database::readOnlyMessage() const
{
    switch (readOnlyReason()) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Checking:
        return tr("Checking the register… You can look at it now; changes are possible when the check is done.");
    case ReadOnlyReason::Requested:
        return tr("The register is open read-only.");
    case ReadOnlyReason::FileReadOnly:
        return tr("The register file is read-only: you can look, but not change anything.");
    case ReadOnlyReason::FolderReadOnly:
        return tr("The folder of the register is read-only: you can look, but not change anything.");
    case ReadOnlyReason::HeldByOtherCopy:
        if (!m_lockHolder.hostName.isEmpty())
            return tr("Another copy of Saradnja (on %1) is editing this register: it is open read-only here.")
                .arg(m_lockHolder.hostName);
        return tr("Another copy of Saradnja is editing this register: it is open read-only here.");
    }
    return {};
}

Status Database::checkHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, tr("There is no register at this location."), path);
    if (!info.isFile())
        return Error(ErrorCode::NotADatabase, tr("The file is not a Saradnja database."), path + QLatin1String(" is not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("The register file could not be read."), path + QLatin1String(": ") + file.errorString());
    if (file.read(sqliteHeader.size()) != sqliteHeader)
        return Error(ErrorCode::NotADatabase, tr("The file is not a Saradnja database."), path);
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(QFileInfo(absolute).absolutePath()).isDir())
        return Error(ErrorCode::MissingFolder, tr("The folder of the register does not exist."), absolute);
    if (isOpenHere(absolute))
        return Error(ErrorCode::Locked, tr("This register is already open in this window."), absolute);
    if (Status header = checkHeader(absolute); !header) {
        AppLog::error(QStringLiteral("open ") + absolute, header.error());
        return header.error();
    }
    auto opened = openExisting(absolute, options);
    if (!opened)
        AppLog::error(QStringLiteral("open ") + absolute, opened.error());
    return opened;
}

Result<std::unique_ptr<Database>> Database::openExisting(const QString &path, const OpenOptions &options)
{
    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    {
        // Claimed in one step: two threads opening the same file, one fails.
        QMutexLocker locker(&openPathsMutex());
        const QString key = canonicalKey(path);
        if (openPaths().contains(key)) {
            db->m_isReader = true; // the entry is the other opening's to remove
            return Error(ErrorCode::Locked, tr("This register is already open in this window."), path);
        }
        openPaths().insert(key);
    }
    db->decideAccess(options);
    if (Status status = db->openConnection(); !status)
        return status.error();
    auto facts = inspectFile(db->connection(), false);
    if (!facts)
        return facts.error();
    db->m_versionOnOpen = facts.value().version;
    const bool upgrade = options.migrate && db->m_versionOnOpen < Migrations::latestVersion();
    db->m_checkPending = options.checkLater && !upgrade;
    if (!db->m_checkPending) {
        if (Status status = quickCheck(*db); !status)
            return status.error();
    }
    if (Status status = db->configure(); !status)
        return status.error();
    if (Status status = db->upgradeIfNeeded(options.migrate); !status)
        return status.error();
    if (options.autoBackup && !db->isReadOnly())
        db->takeDailyBackup();
    if (db->isOnNetworkDrive())
        db->m_warnings << tr("The register is on a network drive (%1). Only one person can edit it at a time; "
                             "keep regular backups.").arg(db->m_fileSystemType);
    AppLog::info(QStringLiteral("opened %1 (schema %2, %3)")
                     .arg(path)
                     .arg(db->schemaVersion())
                     .arg(db->isReadOnly() ? QStringLiteral("read-only") : QStringLiteral("read-write")));
    return db;
}

Result<std::unique_ptr<Database>> Database::create(const QString &path, const Populate &populate)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error(ErrorCode::MissingFolder, tr("The folder for the new register does not exist."), folder);
    if (info.exists())
        return Error(ErrorCode::FileExists, tr("A file with this name already exists; it was not overwritten."), absolute);
    if (!QFileInfo(folder).isWritable())
        return Error(ErrorCode::ReadOnly, tr("The folder is read-only; the register cannot be created there."), folder);

    const QString temporary = absolute + QStringLiteral(".new-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    {
        std::unique_ptr<Database> db(new Database(temporary, nextConnectionName()));
        db->decideAccess(OpenOptions{});
        Status status = db->openConnection();
        // Before the first table, while the file is still empty.
        if (status)
            status = Sql::exec(db->connection(), QStringLiteral("PRAGMA page_size = %1").arg(pageSize));
        if (status) {
            auto facts = inspectFile(db->connection(), true);
            status = facts ? db->configure() : Status(facts.error());
        }
        if (status)
            status = Migrations::upgrade(db->connection(), Migrations::latestVersion());
        if (status)
            status = stampIdentity(db->connection());
        if (status && populate)
            status = populate(*db);
        db.reset();
        if (status)
            status = FileSync::flushFile(temporary);
        if (status)
            status = FileSync::moveNoReplace(temporary, absolute);
        if (!status) {
            QFile::remove(temporary);
            QFile::remove(StoragePaths::journalPath(temporary));
            AppLog::error(QStringLiteral("create ") + absolute, status.error());
            return status.error();
        }
    }
    AppLog::info(QStringLiteral("created %1").arg(absolute));
    OpenOptions options;
    options.autoBackup = false;
    return open(absolute, options);
}

bool Database::isOpenHere(const QString &path)
{
    QMutexLocker locker(&openPathsMutex());
    return openPaths().contains(canonicalKey(path));
}

bool Database::needsUpgrade(const QString &path)
{
    if (isOpenHere(path) || !checkHeader(path))
        return false;
    const ScratchConnection scratch(path);
    if (!scratch.isOpen())
        return false;
    auto facts = readFacts(scratch.db());
    return facts && facts.value().applicationId == Migrations::applicationId && facts.value().version > 0
           && facts.value().version < Migrations::latestVersion();
}

Status Database::upgrade(const QString &path)
{
    OpenOptions options;
    options.autoBackup = false; // the backup before the upgrade is taken all the same
    auto opened = open(path, options);
    return opened ? Status() : Status(opened.error());
}

void Database::decideAccess(const OpenOptions &options)
{
    const QFileInfo info(m_path);
    m_fileSystemType = QString::fromLatin1(QStorageInfo(info.absolutePath()).fileSystemType());
    if (options.access == AccessMode::ReadOnly) {
        m_readOnlyReason = ReadOnlyReason::Requested;
        return;
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        m_readOnlyReason = ReadOnlyReason::FolderReadOnly;
        return;
    }
    if (info.exists() && !info.isWritable()) {
        m_readOnlyReason = ReadOnlyReason::FileReadOnly;
        return;
    }
    auto lock = std::make_unique<QLockFile>(StoragePaths::lockFilePath(m_path));
    // No age limit: a lock is stale only when its process is gone (QLockFile
    // checks the PID on this host). A live copy may hold it for days.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        m_readOnlyReason = ReadOnlyReason::HeldByOtherCopy;
        lock->getLockInfo(&m_lockHolder.pid, &m_lockHolder.hostName, &m_lockHolder.application);
        AppLog::warning(QStringLiteral("%1 is held by pid %2 on %3; opening read-only")
                            .arg(m_path).arg(m_lockHolder.pid).arg(m_lockHolder.hostName));
    } else {
        m_readOnlyReason = ReadOnlyReason::FolderReadOnly;
    }
}

Status Database::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (m_readOnlyReason != ReadOnlyReason::None) // not while only its check is pending
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return Sql::toError(db.lastError(), tr("The register file could not be opened."));
    return {};
}

Status Database::quickCheck(const Database &reader)
{
    return runCheck(reader.connection(), QStringLiteral("PRAGMA quick_check"));
}

Status Database::checkPassed()
{
    if (!m_checkPending)
        return {};
    m_checkPending = false;
    if (m_readOnlyReason != ReadOnlyReason::None)
        return {};
    return Sql::exec(connection(), QStringLiteral("PRAGMA query_only = OFF"));
}

Status Database::configure()
{
    const QSqlDatabase db = connection();
    if (m_readOnlyReason != ReadOnlyReason::None) {
        if (Status s = Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
            return s;
        return Sql::exec(db, QStringLiteral("PRAGMA query_only = ON"));
    }
    auto mode = Sql::scalar(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!mode)
        return mode.error();
    if (mode.value().toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return Error(ErrorCode::Sql, tr("The register file could not be opened."),
                     QStringLiteral("journal_mode stays %1").arg(mode.value().toString()));
    for (const QString &pragma : {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA secure_delete = ON")}) {
        if (Status s = Sql::exec(db, pragma); !s)
            return s;
    }
    // Not a change before the check has passed (checkPassed() lifts it).
    if (m_checkPending)
        return Sql::exec(db, QStringLiteral("PRAGMA query_only = ON"));
    return {};
}

Status Database::upgradeIfNeeded(bool migrate)
{
    const int latest = Migrations::latestVersion();
    if (m_versionOnOpen >= latest || !migrate)
        return {};
    if (isReadOnly())
        return Error(ErrorCode::ReadOnly,
                     tr("This register was saved by an older version of Saradnja and must be upgraded, "
                        "but it is read-only here."),
                     readOnlyMessage());
    if (m_versionOnOpen > 0) {
        BackupManager backups(m_path);
        auto backup = backups.createBackup(*this, QStringLiteral("before-upgrade-to-v%1").arg(latest));
        if (!backup)
            return Error(backup.error().code(),
                         tr("The register was not upgraded, because the backup before the upgrade failed."),
                         backup.error().toLogString());
    }
    if (Status upgraded = Migrations::upgrade(connection(), latest); !upgraded)
        return upgraded;
    enlargePages();
    return {};
}

void Database::enlargePages()
{
    auto current = Sql::scalar(connection(), QStringLiteral("PRAGMA page_size"));
    if (!current || current.value().toInt() >= pageSize)
        return;
    // The page size of a file with tables changes only when VACUUM rewrites
    // it: one journaled step, so an interruption leaves the old file whole.
    Status enlarged = Sql::exec(connection(), QStringLiteral("PRAGMA page_size = %1").arg(pageSize));
    if (enlarged)
        enlarged = Compaction::vacuum(*this); // a compaction too
    if (enlarged)
        AppLog::info(QStringLiteral("%1 rewritten with %2-byte pages").arg(m_path).arg(pageSize));
    else // a full disk, say: the register works as it is, only its check on open is slower
        AppLog::warning(QStringLiteral("%1 keeps %2-byte pages: %3")
                            .arg(m_path, current.value().toString(), enlarged.error().toLogString()));
}

void Database::takeDailyBackup()
{
    if (auto backup = BackupManager(m_path).takeDailyBackup(*this); !backup)
        m_warnings << dailyBackupFailed(backup.error());
}

QString Database::dailyBackupFailed(const Error &error)
{
    return tr("The automatic backup failed: %1").arg(error.message());
}

int Database::schemaVersion() const
{
    auto version = Sql::scalar(connection(), QStringLiteral("PRAGMA user_version"));
    return version ? version.value().toInt() : -1;
}

Status Database::integrityCheck() const
{
    if (Status s = runCheck(connection(), QStringLiteral("PRAGMA integrity_check")); !s)
        return s;
    return checkForeignKeys(connection());
}

Status Database::copyTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return Error(ErrorCode::FileExists, tr("A file with this name already exists; it was not overwritten."), target);
    if (Status s = Sql::exec(connection(), QStringLiteral("VACUUM INTO ") + Sql::quoteLiteral(target)); !s) {
        QFile::remove(target);
        return Error(s.error().code(), tr("The copy of the register could not be written."), s.error().toLogString());
    }
    if (Status s = FileSync::flushFile(target); !s)
        return s;
    return FileSync::flushDirectory(QFileInfo(target).absolutePath());
}

Status Database::verifyFile(const QString &path)
{
    if (isOpenHere(path))
        return Error(ErrorCode::Locked, tr("This register is already open in this window."), path);
    if (Status header = checkHeader(path); !header)
        return header;
    const ScratchConnection scratch(path);
    if (!scratch.isOpen())
        return Sql::toError(scratch.openError(), tr("The file could not be opened."));
    auto facts = inspectFile(scratch.db(), false);
    if (!facts)
        return facts.error();
    if (Status s = runCheck(scratch.db(), QStringLiteral("PRAGMA integrity_check")); !s)
        return s;
    return checkForeignKeys(scratch.db());
}

Result<QString> Database::prepareReplacement(const QString &path, const QString &source)
{
    // A name of its own: nothing else writes or removes this file.
    const QString staging = path + stagingInfix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        const ScratchConnection scratch(source);
        if (!scratch.isOpen())
            return Sql::toError(scratch.openError(), tr("The backup could not be opened."));
        if (Status s = Sql::exec(scratch.db(), QStringLiteral("VACUUM INTO ") + Sql::quoteLiteral(staging)); !s) {
            QFile::remove(staging);
            return Error(s.error().code(), tr("The backup could not be copied."), s.error().toLogString());
        }
    }
    if (Status s = verifyFile(staging); !s) {
        QFile::remove(staging);
        return s.error();
    }
    if (Status s = FileSync::flushFile(staging); !s) {
        QFile::remove(staging);
        return s.error();
    }
    return staging;
}

Status Database::replaceWithPrepared(const QString &staging)
{
    const QString name = staging.mid(m_path.size() + stagingInfix.size());
    if (!staging.startsWith(m_path + stagingInfix) || name.isEmpty() || name.contains(QLatin1Char('/')))
        return Error(ErrorCode::Invalid, tr("The backup could not be copied."), staging + QLatin1String(" is not this register's copy"));
    if (isReadOnly()) {
        QFile::remove(staging);
        return Error(ErrorCode::ReadOnly, readOnlyMessage());
    }
    closeConnection();
    Status replaced;
    if (QFileInfo::exists(StoragePaths::journalPath(m_path)))
        replaced = Error(ErrorCode::Locked, tr("The register is still being written; try the restore again."),
                         StoragePaths::journalPath(m_path) + QLatin1String(" exists"));
    else
        replaced = FileSync::replace(staging, m_path);
    QFile::remove(staging);

    if (Status s = openConnection(); !s)
        return s;
    auto facts = inspectFile(connection(), false);
    if (!facts)
        return facts.error();
    m_versionOnOpen = facts.value().version;
    if (Status s = configure(); !s)
        return s;
    if (!replaced)
        return replaced;
    AppLog::info(QStringLiteral("replaced %1 with the contents of %2").arg(m_path, staging));
    return upgradeIfNeeded(true);
}

void Database::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}
