// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QLockFile;

enum class AccessMode { ReadWrite, ReadOnly };

// Why an open database refuses changes.
enum class ReadOnlyReason {
    None,
    Requested,        // opened read-only on purpose
    FileReadOnly,     // the file's permissions forbid writing
    FolderReadOnly,   // the folder is read-only (SQLite needs it for its journal)
    HeldByOtherCopy,  // another copy of Saradnja has it open for writing
    Checking,         // opened with checkLater: its quick check has not passed yet
};

struct OpenOptions
{
    AccessMode access = AccessMode::ReadWrite;
    // Upgrade an older schema (after a backup). Off only for inspection (check).
    bool migrate = true;
    // Take the daily backup when the last one is older than a day.
    bool autoBackup = true;
    // Leave the quick check to the caller, who runs quickCheck() on another
    // thread and reports checkPassed(): the app shows a large register at
    // once instead of after reading all of it (0.3 s for 700 MB). Until the
    // check passes the register takes no changes (ReadOnlyReason::Checking,
    // and query_only on the connection). A register that must be upgraded
    // is checked before the upgrade all the same.
    bool checkLater = false;
};

// Who holds the writer's lock, as far as the lock file tells.
struct LockHolder
{
    qint64 pid = 0;
    QString hostName;
    QString application;
};

// The one SQLite file of a register, opened safely. This is the small storage
// interface that keeps what only SQLite has (pragmas, VACUUM INTO, the lock
// file) in one place:
//  - rollback journal (not WAL: network drives), synchronous=FULL,
//    foreign_keys=ON, secure_delete=ON, a busy timeout, a quick check on open;
//  - a lock file beside the database, so there is one writer at a time and a
//    second copy of the app opens read-only (a stale lock of a crashed
//    process is recovered);
//  - a file that is not a database, damaged, newer than this app, locked or
//    read-only gets a distinct error, and is never modified.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    using Populate = std::function<Status(Database &)>;

    // Opens an existing register.
    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options = {});
    // Creates a new register at path: built in a temporary file beside it
    // (schema, then populate), then renamed into place, so a failure leaves
    // nothing behind. Refuses an existing file.
    static Result<std::unique_ptr<Database>> create(const QString &path, const Populate &populate = {});

    // Whether this process has the register at path open (in any Database).
    static bool isOpenHere(const QString &path);
    // Whether open() would upgrade the register at path: ours, saved by an
    // older version. False for a file open() must judge itself (not a
    // register, newer, unreadable, already open here).
    static bool needsUpgrade(const QString &path);
    // Upgrades the register at path and closes it again, as open() would:
    // the quick check, a backup, the migrations, the rewrite with larger
    // pages. Seconds for a large register: the app runs it on another thread.
    static Status upgrade(const QString &path);

    // A second, read-only connection to an open register's file, for work on
    // another thread (reports, backups): call it on that thread and use the
    // result only there (a connection belongs to the thread that opened it).
    // It takes no lock and runs no check or migration.
    static Result<std::unique_ptr<Database>> openReader(const QString &path);
    // A second read-write connection to a register this process already has
    // open for writing (owner), for one long write on another thread (an
    // import): call it on that thread and use the result only there. It takes
    // no lock of its own: the owner keeps the writer's lock, and must stay
    // open and must not write while this connection is in use.
    static Result<std::unique_ptr<Database>> openWorker(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    // The connection, by name (never stored as a member). One per thread.
    QSqlDatabase connection() const;

    bool isReadOnly() const { return readOnlyReason() != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const;
    // A translated sentence for the banner; empty when writable.
    QString readOnlyMessage() const;
    LockHolder lockHolder() const { return m_lockHolder; }

    QString fileSystemType() const { return m_fileSystemType; }
    bool isOnNetworkDrive() const { return isNetworkFileSystem(m_fileSystemType); }
    // Non-fatal notes for the user (network drive, a failed daily backup).
    QStringList warnings() const { return m_warnings; }
    // A note learnt after opening (the daily backup, taken in the background, failed).
    void addWarning(const QString &warning) { m_warnings << warning; }

    int schemaVersion() const;
    // Whether the register was opened with checkLater and its check has not passed yet.
    bool isCheckPending() const { return m_checkPending; }
    // The quick check open() runs, for a register opened with checkLater:
    // call it on another thread, on a reader (openReader) of the file.
    static Status quickCheck(const Database &reader);
    // Reports that quickCheck() passed: the register takes changes, unless
    // it is read-only for another reason. A failed check is the caller's to
    // handle (the app closes the register and says why).
    Status checkPassed();
    // The full PRAGMA integrity_check plus foreign_key_check.
    Status integrityCheck() const;

    // A consistent copy of the whole database (VACUUM INTO), flushed to disk.
    // Never touches the live file with our own file handles.
    Status copyTo(const QString &target) const;
    // Replacing the contents with those of another database file, in two
    // steps so that the slow one runs off the owner's thread:
    // prepareReplacement writes a checked, flushed copy of source beside the
    // register at path (any thread) and returns its path; replaceWithPrepared
    // renames it over the live file while this object keeps the writer's
    // lock, then reopens the connection. Every query on this connection must
    // be finished before it.
    // The copy is named after the register: PATH.restoring-<random>.
    static Result<QString> prepareReplacement(const QString &path, const QString &source);
    Status replaceWithPrepared(const QString &staging);

    static int latestSchemaVersion();
    // The note shown when the automatic daily backup could not be written.
    static QString dailyBackupFailed(const Error &error);
    static bool isNetworkFileSystem(const QString &fileSystemType);
    // Checks a file without opening it for writing: SQLite header, our
    // application id, schema not newer, full integrity check.
    static Status verifyFile(const QString &path);

private:
    Database(QString path, QString connectionName);

    static Result<std::unique_ptr<Database>> openExisting(const QString &path, const OpenOptions &options);
    static Status checkHeader(const QString &path);
    void decideAccess(const OpenOptions &options);
    Status openConnection();
    Status inspect(bool allowEmpty);
    Status configure();
    Status upgradeIfNeeded(bool migrate);
    // An upgraded register made with smaller pages is rewritten with the
    // current page size (the backup before the upgrade was just taken).
    void enlargePages();
    void takeDailyBackup();
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    LockHolder m_lockHolder;
    QString m_fileSystemType;
    QStringList m_warnings;
    int m_versionOnOpen = 0;
    bool m_checkPending = false;
    bool m_isReader = false; // from openReader() or openWorker(): the path stays registered by its owner
    std::unique_ptr<QLockFile> m_lock;
};
