// SPDX-License-Identifier: GPL-3.0-or-later
// Faults of the file system and of the files themselves:
//  - full disk (RLIMIT_FSIZE with SIGXFSZ ignored, as the app and the CLI do):
//    a write, a PDF report and a backup that hit the limit fail with a clear
//    message, leave nothing partial behind, and the register stays intact
//    and usable;
//  - bad files of every kind, opened through the core and through
//    `saradnja-cli check`: each its own clear message, the file unchanged;
//  - old files: every shipped schema version (tests/fixtures/schema-vN.sqlite)
//    migrates with every record intact;
//  - backups pass the full check before they count; a restore gives the same
//    content table by table;
//  - an erased person leaves no byte of their data in the file;
//  - attachments round-trip byte-exact; export names are safe file names.
#include "attachmentstore.h"
#include "backupmanager.h"
#include "database.h"
#include "migrations.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "referencedata.h"
#include "reportdocument.h"
#include "reportpdf.h"
#include "reports.h"
#include "sampledata.h"
#include "sqlsupport.h"
#include "storagepaths.h"
#include "testsupport.h"
#include "visitstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace TestSupport;

namespace {

OpenOptions quiet()
{
    OpenOptions options;
    options.autoBackup = false;
    return options;
}

// Limits the size of any file this process writes (as a full disk would)
// for as long as it lives; SIGXFSZ is ignored, so writes fail with EFBIG.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = rlim_t(bytes);
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool isActive() const { return m_ok; }

private:
    rlimit m_saved{};
    bool m_ok = false;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

// Every table's rows as sorted text (from TestSupport::dumpContent).
QMap<QString, QString> tableDumps(const QString &path)
{
    QMap<QString, QStringList> rows;
    const QStringList lines = dumpContent(path).split(QLatin1Char('\n'));
    for (const QString &line : lines)
        rows[line.section(QLatin1Char('|'), 0, 0)] << line;
    QMap<QString, QString> dumps;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        dumps.insert(it.key(), it.value().join(QLatin1Char('\n')));
    return dumps;
}

// The names of the files in a folder.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestFaultsFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template; // reference data only
    QString m_sample;   // the example register
    int m_badFiles = 0;
    int m_copies = 0;

    QString copyOf(const QString &source, const QString &name = {})
    {
        QDir(m_dir.path()).mkpath(QString::number(++m_copies));
        const QString path = m_dir.filePath(QString::number(m_copies) + QLatin1Char('/')
                                            + (name.isEmpty() ? QStringLiteral("register.saradnja") : name));
        if (!QFile::copy(source, path))
            qFatal("cannot copy %s", qPrintable(source));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // Opens a bad file through the core and through the CLI's check: an
    // error of the expected kind with a message, and not one byte changed.
    void expectRefused(const QString &path, ErrorCode expected, const QString &cliMessage)
    {
        const QByteArray before = sha256(path);
        QVERIFY(!before.isEmpty() || QFileInfo(path).size() == 0);
        auto db = Database::open(path, quiet());
        QVERIFY2(!db, qPrintable(path));
        QCOMPARE(Error::codeName(db.error().code()), Error::codeName(expected));
        QVERIFY(!db.error().message().isEmpty());
        db = Error();
        QCOMPARE(sha256(path), before);
        // The app's way: the register shows first and its quick check runs
        // on a reader; the file is refused then, unchanged all the same.
        OpenOptions later = quiet();
        later.checkLater = true;
        db = Database::open(path, later);
        if (db) {
            QVERIFY(db.value()->isCheckPending());
            QVERIFY(db.value()->isReadOnly());
            auto reader = Database::openReader(path);
            const Status checked = reader ? Database::quickCheck(*reader.value()) : Status(reader.error());
            QVERIFY2(!checked, qPrintable(path));
            QCOMPARE(Error::codeName(checked.error().code()), Error::codeName(expected));
        } else {
            QCOMPARE(Error::codeName(db.error().code()), Error::codeName(expected));
        }
        db = Error();
        QCOMPARE(sha256(path), before);
        const ProcessResult check = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(check.exitCode, 1); // a clean failure, not a crash (-1)
        QVERIFY2(check.err.contains(cliMessage), qPrintable(check.err));
        QCOMPARE(check.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QCOMPARE(sha256(path), before);
        QVERIFY(!QFile::exists(StoragePaths::journalPath(path)));
        ++m_badFiles;
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        std::signal(SIGXFSZ, SIG_IGN); // as app/desktop/main.cpp and app/cli/main.cpp do
        QVERIFY(m_dir.isValid());
        m_template = createRegister(m_dir.path(), QStringLiteral("template.saradnja"));
        m_sample = m_dir.filePath(QStringLiteral("sample.saradnja"));
        auto sample = Database::create(m_sample, [](Database &db) -> Status {
            if (Status loaded = ReferenceData::load(db); !loaded)
                return loaded;
            return SampleData::load(db);
        });
        QVERIFY2(sample, qPrintable(sample.error().toLogString()));
    }

    void cleanupTestCase() { qInfo("FIGURE bad_files_tried=%d", m_badFiles); }

    // ---- full disk ----

    void aWriteThatHitsTheSizeLimitRollsBack()
    {
        const QString path = copyOf(m_template);
        auto db = Database::open(path, quiet());
        QVERIFY(db);
        PersonStore people(*db.value());
        Person person;
        person.fullName = QStringLiteral("Jovana Petrović");
        QVERIFY(people.save(person));
        const QMap<QString, QString> before = tableDumps(path);
        const qint64 size = QFileInfo(path).size();

        QByteArray big(4 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator random(9);
        for (char &byte : big)
            byte = char(random.bounded(256));
        {
            FileSizeLimit limit(size + 64 * 1024);
            QVERIFY(limit.isActive());
            auto added
                = AttachmentStore(*db.value()).add(RecordKind::Person, person.id, QStringLiteral("scan.pdf"), big);
            QVERIFY(!added);
            QCOMPARE(Error::codeName(added.error().code()), Error::codeName(ErrorCode::Io));
            QVERIFY2(added.error().message().contains(QLatin1String("disk is full"))
                         || added.error().message().contains(QLatin1String("could not be attached")),
                     qPrintable(added.error().toLogString()));
            qInfo("full disk: %s", qPrintable(added.error().toLogString()));
            // Small writes go on failing cleanly while the disk is full, or succeed when they fit.
            Person other;
            other.fullName = QStringLiteral("Milan Jovanović");
            auto saved = people.save(other);
            QVERIFY(saved || !saved.error().message().isEmpty());
            if (saved)
                QVERIFY(people.remove(saved.value()));
        }
        QVERIFY(!QFile::exists(StoragePaths::journalPath(path)));
        QVERIFY(db.value()->integrityCheck());
        QVERIFY(AttachmentStore(*db.value()).forRecord(RecordKind::Person, person.id).value().isEmpty());
        // Usable afterwards: the same write succeeds once there is room.
        auto added = AttachmentStore(*db.value()).add(RecordKind::Person, person.id, QStringLiteral("scan.pdf"), big);
        QVERIFY2(added, qPrintable(added.error().toLogString()));
        QCOMPARE(AttachmentStore(*db.value()).content(added.value()).value(), big);
        QVERIFY(AttachmentStore(*db.value()).remove(added.value()));
        db.value().reset();
        QVERIFY(Database::verifyFile(path));
        QCOMPARE(tableDumps(path).value(QStringLiteral("people")), before.value(QStringLiteral("people")));
    }

    void aReportThatCannotBeWrittenLeavesNoPartialFile()
    {
        auto db = Database::open(copyOf(m_sample), quiet());
        QVERIFY(db);
        auto report = Reports::build(*db.value(), {QStringLiteral("year"), 0, 2025, {}, Language::SerbianCyrillic});
        QVERIFY2(report, qPrintable(report.error().toLogString()));
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("godina.pdf"));
        {
            FileSizeLimit limit(8 * 1024);
            const Status written = ReportPdf::write(*report.value(), target);
            QVERIFY(!written);
            QVERIFY(!written.error().message().isEmpty());
        }
        QCOMPARE(filesIn(out.path()), QStringList()); // neither the PDF nor a temporary file
        // A report already there is left as it was.
        QVERIFY(ReportPdf::write(*report.value(), target));
        const QByteArray good = sha256(target);
        {
            FileSizeLimit limit(8 * 1024);
            QVERIFY(!ReportPdf::write(*report.value(), target));
        }
        QCOMPARE(sha256(target), good);
        QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("godina.pdf")});
        // Through the CLI: exit 1 with one line, no file.
        const QString cliTarget = out.filePath(QStringLiteral("cli.pdf"));
        QProcess cli;
        cli.setProgram(QStringLiteral("bash"));
        cli.setArguments({QStringLiteral("-c"), QStringLiteral("ulimit -f 8; exec \"$0\" \"$@\""), cliPath(),
                          QStringLiteral("--db"), m_sample, QStringLiteral("report"), QStringLiteral("year"),
                          QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), cliTarget});
        cli.start();
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(!QString::fromUtf8(cli.readAllStandardError()).trimmed().isEmpty());
        QVERIFY(!QFile::exists(cliTarget));
    }

    void aBackupThatCannotBeWrittenGivesAClearError()
    {
        const QString path = copyOf(m_sample);
        auto db = Database::open(path, quiet());
        QVERIFY(db);
        BackupManager backups(path);
        // The disk fills up during the copy.
        {
            FileSizeLimit limit(64 * 1024);
            auto backup = backups.createBackup(*db.value());
            QVERIFY(!backup);
            QVERIFY(!backup.error().message().isEmpty());
            qInfo("backup on a full disk: %s", qPrintable(backup.error().message()));
        }
        QVERIFY(backups.list().isEmpty());
        QCOMPARE(filesIn(backups.directory()), QStringList()); // no partial copy left
        // The backups folder cannot be made (a file stands in its place).
        QDir(backups.directory()).removeRecursively();
        QVERIFY(writeFile(backups.directory(), "not a folder"));
        auto blocked = backups.createBackup(*db.value());
        QVERIFY(!blocked);
        QVERIFY(blocked.error().message().contains(QLatin1String("backups folder")));
        QFile::remove(backups.directory());
        // A backup to a folder that does not exist.
        const Status exported
            = BackupManager::exportTo(*db.value(), m_dir.filePath(QStringLiteral("nowhere/copy.saradnja")));
        QVERIFY(!exported);
        QCOMPARE(Error::codeName(exported.error().code()), Error::codeName(ErrorCode::MissingFolder));
        // The register is intact and writable, and a backup works once there is room.
        QVERIFY(db.value()->integrityCheck());
        Organization o;
        o.name = QStringLiteral("Ville de Test");
        o.country = QStringLiteral("FR");
        QVERIFY(OrganizationStore(*db.value()).save(o));
        QVERIFY(backups.createBackup(*db.value()));
    }

    // ---- bad files ----

    void badFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("variant");
        for (const char *v :
             {"truncated-100", "truncated-4096", "truncated-half", "truncated-last-page", "random-bytes", "zero-length",
              "pdf-renamed", "text-renamed", "html-renamed", "from-the-future", "foreign-sqlite", "damaged-page"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }

    void badFilesAreRefusedUntouched()
    {
        QFETCH(QString, variant);
        const QString path = copyOf(m_sample, QStringLiteral("bad.saradnja"));
        QByteArray bytes = readAll(path);
        const qint64 pageSize = rawScalar(path, QStringLiteral("PRAGMA page_size")).toLongLong();
        ErrorCode expected = ErrorCode::NotADatabase;
        QString message = QStringLiteral("not a Saradnja database");
        if (variant.startsWith(QLatin1String("truncated-"))) {
            const QString at = variant.mid(10);
            const qint64 size = at == QLatin1String("half")        ? bytes.size() / 2
                                : at == QLatin1String("last-page") ? bytes.size() - pageSize
                                                                   : at.toLongLong();
            bytes.truncate(size);
            QVERIFY(writeFile(path, bytes));
            if (size >= 100) { // the header is whole: SQLite finds the rest missing
                expected = ErrorCode::Damaged;
                message = QStringLiteral("damaged");
            }
        } else if (variant == QLatin1String("random-bytes")) {
            QRandomGenerator random(77);
            for (char &byte : bytes)
                byte = char(random.bounded(256));
            QVERIFY(writeFile(path, bytes));
        } else if (variant == QLatin1String("zero-length")) {
            QVERIFY(writeFile(path, {}));
        } else if (variant == QLatin1String("pdf-renamed")) {
            QPdfWriter pdf(path);
            QPainter painter(&pdf);
            painter.drawText(100, 100, QStringLiteral("Sporazum o saradnji"));
        } else if (variant == QLatin1String("text-renamed")) {
            QVERIFY(writeFile(path, QStringLiteral("naziv;vrsta;država\nČačak;grad;RS\n").toUtf8().repeated(200)));
        } else if (variant == QLatin1String("html-renamed")) {
            QVERIFY(writeFile(path, "<!DOCTYPE html><html><body><img src=\"file:///etc/passwd\"></body></html>"));
        } else if (variant == QLatin1String("from-the-future")) {
            rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 7)});
            expected = ErrorCode::NewerSchema;
            message = QStringLiteral("newer version");
        } else if (variant == QLatin1String("foreign-sqlite")) {
            QFile::remove(path);
            rawExec(path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
            message = QStringLiteral("database of another program");
        } else if (variant == QLatin1String("damaged-page")) {
            // A b-tree page of a table that the quick check reads.
            QVERIFY(damageTablePage(path, QStringLiteral("organizations")));
            expected = ErrorCode::Damaged;
            message = QStringLiteral("damaged");
        }
        expectRefused(path, expected, message);
    }

    // A broken reference: the quick check on open does not look at foreign
    // keys (it would read every table); the full check (`check`, every
    // backup, Database::integrityCheck) finds it.
    void foreignKeyViolationIsFoundByTheFullCheck()
    {
        const QString path = copyOf(m_sample);
        rawExec(path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                       QStringLiteral(
                           "INSERT INTO visit_participants (visit_id, person_id, role) VALUES (999999, NULL, 'x')")});
        const QByteArray before = sha256(path);
        {
            auto db = Database::open(path, quiet());
            QVERIFY(db);
            const Status full = db.value()->integrityCheck();
            QVERIFY(!full);
            QCOMPARE(Error::codeName(full.error().code()), Error::codeName(ErrorCode::Damaged));
            QVERIFY(!full.error().message().isEmpty());
            // A backup of it is refused: it would not pass its check.
            QVERIFY(!BackupManager(path).createBackup(*db.value()));
        }
        QVERIFY(!Database::verifyFile(path));
        const ProcessResult check = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QLatin1String("Integrity: FAILED")), qPrintable(check.out));
        QCOMPARE(check.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(sha256(path), before);
        ++m_badFiles;
    }

    void readOnlyFileIsOpenedReadOnlyAndUntouched()
    {
        const QString path = copyOf(m_sample);
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
        QFile::setPermissions(QFileInfo(path).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                                  | QFile::ReadOther | QFile::WriteOther
                                                                  | QFile::ExeOther);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther);
        const QByteArray before = sha256(path);
        const QStringList command = unprivilegedHelperCommand({QStringLiteral("probe"), path});
        const ProcessResult probe = run(command.first(), command.mid(1));
        QCOMPARE(probe.out.trimmed(),
                 QStringLiteral("ok %1 %2").arg(int(ReadOnlyReason::FileReadOnly)).arg(Migrations::latestVersion()));
        QCOMPARE(sha256(path), before);
        ++m_badFiles;
    }

    void fileLockedByAnotherProcess()
    {
        const QString path = copyOf(m_sample);
        const QByteArray before = sha256(path);
        // Another copy of Saradnja holds it: read-only, with the reason.
        {
            QProcess holder;
            holder.start(helperPath(), {QStringLiteral("hold"), path});
            QVERIFY(holder.waitForReadyRead(20000));
            auto db = Database::open(path, quiet());
            QVERIFY(db);
            QCOMPARE(db.value()->readOnlyReason(), ReadOnlyReason::HeldByOtherCopy);
            QVERIFY(!db.value()->readOnlyMessage().isEmpty());
            Organization o;
            o.name = QStringLiteral("Refused");
            o.country = QStringLiteral("FR");
            QVERIFY(!OrganizationStore(*db.value()).save(o));
            db = Error();
            const ProcessResult check = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
            QCOMPARE(check.exitCode, 0); // checking only reads
            holder.closeWriteChannel();
            QVERIFY(holder.waitForFinished(20000));
        }
        QCOMPARE(sha256(path), before);
        // Another program holds an exclusive SQLite lock: "locked", after the busy timeout.
        {
            QProcess sqlite;
            sqlite.start(QStringLiteral("sqlite3"), {path});
            QVERIFY(sqlite.waitForStarted());
            sqlite.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n");
            QVERIFY(sqlite.waitForReadyRead(10000));
            auto db = Database::open(path, quiet());
            QVERIFY(!db);
            QCOMPARE(Error::codeName(db.error().code()), Error::codeName(ErrorCode::Locked));
            QVERIFY(!db.error().message().isEmpty());
            sqlite.write("ROLLBACK;\n.quit\n");
            sqlite.closeWriteChannel();
            QVERIFY(sqlite.waitForFinished(10000));
        }
        QCOMPARE(sha256(path), before);
        QVERIFY(Database::open(path, quiet()));
        m_badFiles += 2;
    }

    // ---- old files ----

    void aFixtureForEveryShippedVersion()
    {
        // Made by tools/make-schema-fixtures.sh when the version ships, the current one included.
        for (int version = 1; version <= Migrations::latestVersion(); ++version) {
            const QString name = QStringLiteral(SARADNJA_FIXTURES "/schema-v%1.sqlite").arg(version);
            QVERIFY2(QFile::exists(name), qPrintable(name));
        }
    }

    void everyShippedSchemaVersionMigratesIntact_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QDir fixtures(QStringLiteral(SARADNJA_FIXTURES));
        const QStringList names = fixtures.entryList({QStringLiteral("schema-v*.sqlite")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name))
                << fixtures.filePath(name) << name.mid(8, name.indexOf(QLatin1Char('.')) - 8).toInt();
    }

    void everyShippedSchemaVersionMigratesIntact()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        const QString path = copyOf(fixture);
        QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), version);
        const QMap<QString, QString> before = tableDumps(path);
        QVERIFY(before.value(QStringLiteral("themes")).count(QLatin1Char('\n')) > 0); // the fixture holds data
        auto db = Database::open(path, quiet());
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY(db.value()->integrityCheck());
        db.value().reset();
        QMap<QString, QString> after = tableDumps(path);
        // The upgrade rewrote the file with larger pages: a compaction, recorded in app_meta.
        if (version < Migrations::latestVersion()) {
            QStringList meta = after.value(QStringLiteral("app_meta")).split(QLatin1Char('\n'));
            QCOMPARE(meta.removeIf([](const QString &row) { return row.contains(QLatin1String("|compacted_")); }), 2);
            after.insert(QStringLiteral("app_meta"), meta.join(QLatin1Char('\n')));
        }
        // Every row of every table of the old file is there, unchanged (a
        // migration that reshapes a table must say so here).
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key() == QLatin1String("user_version=") + QString::number(version))
                continue;
            if (it.key().startsWith(QLatin1String("user_version=")) || it.key().startsWith(QLatin1String("search_"))
                || it.key() == QLatin1String("sqlite_sequence"))
                continue;
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(QStringLiteral("table %1 changed").arg(it.key())));
        }
        QVERIFY(BackupManager(path).list().size() == (version < Migrations::latestVersion() ? 1 : 0));
    }

    // ---- backups ----

    void everyBackupIsCheckedAndARestoreGivesTheSameTables()
    {
        const QString path = copyOf(m_sample);
        auto db = Database::open(path, quiet());
        QVERIFY(db);
        BackupManager backups(path);
        QStringList made;
        QList<QMap<QString, QString>> states;
        for (int i = 0; i < 3; ++i) {
            Organization o;
            o.name = QStringLiteral("Stadt Nummer %1").arg(i);
            o.country = QStringLiteral("DE");
            QVERIFY(OrganizationStore(*db.value()).save(o));
            auto backup = backups.createBackup(*db.value(), QStringLiteral("daily"));
            QVERIFY2(backup, qPrintable(backup.error().toLogString()));
            made << backup.value();
            states << tableDumps(backup.value());
        }
        // The daily backup on open (the last one is made to look two days old).
        db.value().reset();
        static const QRegularExpression stamp(QStringLiteral("\\d{8}-\\d{9}"));
        for (int i = 0; i < made.size(); ++i) { // aged by renaming (the time is in the name)
            QString aged = made.at(i);
            aged.replace(stamp, QDateTime::currentDateTime().addDays(-2).addMSecs(i).toString(
                                    QStringLiteral("yyyyMMdd-HHmmsszzz")));
            QVERIFY2(aged != made.at(i) && QFile::rename(made.at(i), aged), qPrintable(aged));
            made[i] = aged;
        }
        auto reopened = Database::open(path);
        QVERIFY(reopened);
        // The daily one was taken; of the three aged ones, all of one day, rotation kept the newest.
        QCOMPARE(backups.list().size(), 2);
        QVERIFY(backups.list().first().createdAt > QDateTime::currentDateTime().addSecs(-600));
        QCOMPARE(backups.list().last().filePath, made.last());
        for (const BackupInfo &info : backups.list()) {
            QVERIFY2(!info.filePath.endsWith(QLatin1String(".partial")), qPrintable(info.filePath));
            const Status verified = Database::verifyFile(info.filePath);
            QVERIFY2(verified, qPrintable(info.filePath));
        }
        // Changes after the first backup, then a restore of it.
        Organization late;
        late.name = QStringLiteral("Après la sauvegarde");
        late.country = QStringLiteral("FR");
        QVERIFY(OrganizationStore(*reopened.value()).save(late));
        const Status restored = backups.restore(*reopened.value(), made.last());
        QVERIFY2(restored, qPrintable(restored.error().toLogString()));
        reopened.value().reset();
        const QMap<QString, QString> now = tableDumps(path);
        QCOMPARE(now.keys(), states.last().keys());
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            QVERIFY2(it.value() == states.last().value(it.key()),
                     qPrintable(QStringLiteral("table %1 differs").arg(it.key())));
    }

    // ---- erasure ----

    void anErasedPersonLeavesNoBytesInTheFile()
    {
        const QString path = copyOf(m_sample);
        auto db = Database::open(path, quiet());
        QVERIFY(db);
        const Database &d = *db.value();
        const QStringList secrets
            = {QStringLiteral("Zvonimirka Kvržićević"),     QStringLiteral("Звонимирка Квржићевић"),
               QStringLiteral("zvonimirka.qx@example.org"), QStringLiteral("+381 64 777 1234"),
               QStringLiteral("Šefica kabineta za Qx"),     QStringLiteral("Alergija na orahe QX7")};
        Person person;
        person.fullName = secrets.at(0);
        person.position = QStringLiteral("Savetnica");
        person.email = secrets.at(2);
        person.phone = secrets.at(3);
        person.notes = secrets.at(5);
        PersonStore people(d);
        QVERIFY(people.save(person));
        // Edited twice (old values pass through the audit trail and freed pages).
        person.fullName = secrets.at(1);
        person.position = secrets.at(4);
        QVERIFY(people.save(person));
        person.fullName = secrets.at(0);
        QVERIFY(people.save(person));
        // On a visit, in a committee, with a file.
        const qint64 org
            = Sql::scalar(d.connection(), QStringLiteral("SELECT min(id) FROM organizations")).value().toLongLong();
        Visit visit;
        visit.title = QStringLiteral("Studijska poseta");
        visit.startDate = QDate(2026, 5, 4);
        visit.organizations = {{org, QStringLiteral("host")}};
        visit.participants = {{0, person.id, org, QStringLiteral("prevodilac")}};
        QVERIFY(VisitStore(d).save(visit));
        QVERIFY(AttachmentStore(d).add(RecordKind::Person, person.id, QStringLiteral("CV Zvonimirka Kvržićević.pdf"),
                                       (QStringLiteral("CV: ") + secrets.join(QLatin1Char(' '))).toUtf8()));
        QVERIFY(people.erase(person.id));
        db.value().reset();

        QStringList files = {path, StoragePaths::journalPath(path), path + QStringLiteral("-wal")};
        QByteArray raw;
        for (const QString &file : std::as_const(files))
            raw += readAll(file);
        QVERIFY(raw.size() > 100000);
        QStringList needles = secrets;
        needles << QStringLiteral("Kvržićević") << QStringLiteral("kvrzicevic") << QStringLiteral("Квржићевић")
                << QStringLiteral("zvonimirka") << QStringLiteral("orahe") << QStringLiteral("7771234")
                << QStringLiteral("777 1234");
        for (const QString &needle : std::as_const(needles)) {
            QVERIFY2(!raw.contains(needle.toUtf8()), qPrintable(needle));
            QVERIFY2(!raw.toLower().contains(needle.toLower().toUtf8()), qPrintable(needle));
            QVERIFY2(!raw.contains(QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2)),
                     qPrintable(needle));
        }
    }

    // ---- attachments ----

    void attachmentsRoundTripByteExact()
    {
        auto db = Database::open(copyOf(m_template), quiet());
        QVERIFY(db);
        Person person;
        person.fullName = QStringLiteral("Nosilac");
        QVERIFY(PersonStore(*db.value()).save(person));
        AttachmentStore store(*db.value());
        QRandomGenerator random(4242);
        QTemporaryDir out;
        int round = 0;
        for (int size : {0, 1, 2, 255, 4095, 4096, 4097, 65536, 1000003, 5 * 1024 * 1024 + 7}) {
            QByteArray content(size, Qt::Uninitialized);
            for (char &byte : content)
                byte = char(random.bounded(256));
            if (size == 2)
                content = QByteArray("\0\0", 2);
            const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
            auto id = store.add(RecordKind::Person, person.id, QStringLiteral("f%1.bin").arg(size), content);
            QVERIFY2(id, qPrintable(id.error().toLogString()));
            QCOMPARE(store.get(id.value()).value().sha256.toLatin1(), sha);
            QCOMPARE(store.content(id.value()).value(), content);
            const QString target = out.filePath(QStringLiteral("out%1").arg(++round));
            QVERIFY(store.exportTo(id.value(), target));
            QCOMPARE(sha256(target), sha);
        }
    }

    void exportNamesAreSafeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../../../etc/passwd");
        QTest::newRow("parent-windows") << QStringLiteral("..\\..\\Windows\\win.ini");
        QTest::newRow("absolute") << QStringLiteral("/etc/shadow");
        QTest::newRow("drive") << QStringLiteral("C:\\Users\\x\\Desktop\\ugovor.pdf");
        QTest::newRow("reserved") << QStringLiteral("ugovor<1>:\"2\"|3?*.pdf");
        QTest::newRow("device") << QStringLiteral("CON.pdf");
        QTest::newRow("trailing-dots") << QStringLiteral("setup.exe. . ");
        QTest::newRow("controls") << QStringLiteral("a\nb\tc\x01"
                                                    "d\u202Egnp.exe");
        QTest::newRow("long") << QStringLiteral("Ugovor o bratimljenju ").repeated(46) + QStringLiteral(".pdf");
        QTest::newRow("long-cyrillic") << QStringLiteral("Уговор").repeated(170) + QStringLiteral(".docx");
        QTest::newRow("dots") << QStringLiteral("...");
    }

    void exportNamesAreSafeFileNames()
    {
        QFETCH(QString, name);
        auto db = Database::open(copyOf(m_template), quiet());
        QVERIFY(db);
        Person person;
        person.fullName = QStringLiteral("Nosilac");
        QVERIFY(PersonStore(*db.value()).save(person));
        AttachmentStore store(*db.value());
        auto id = store.add(RecordKind::Person, person.id, name, "content");
        if (!id) { // nothing usable was left of the name
            QCOMPARE(Error::codeName(id.error().code()), Error::codeName(ErrorCode::Invalid));
            return;
        }
        const QString stored = store.get(id.value()).value().fileName;
        QVERIFY(!stored.contains(QLatin1Char('/')) && !stored.contains(QLatin1Char('\\')));
        const QString safe = AttachmentStore::exportFileName(stored);
        QVERIFY(!safe.isEmpty());
        QVERIFY2(safe.toUtf8().size() <= 200, qPrintable(safe));
        static const QString reserved = QStringLiteral("<>:\"/\\|?*");
        for (QChar c : safe) {
            QVERIFY2(!reserved.contains(c) && c.unicode() >= 0x20 && c.category() != QChar::Other_Format,
                     qPrintable(safe));
        }
        QVERIFY(!safe.endsWith(QLatin1Char('.')) && !safe.endsWith(QLatin1Char(' '))
                && !safe.startsWith(QLatin1Char('.')));
        QVERIFY(!safe.section(QLatin1Char('.'), 0, 0).compare(QLatin1String("CON"), Qt::CaseInsensitive) == 0);
        if (stored.endsWith(QLatin1String(".pdf")) || stored.endsWith(QLatin1String(".docx")))
            QCOMPARE(safe.section(QLatin1Char('.'), -1), stored.section(QLatin1Char('.'), -1)); // the type stays
        // The file is written where it was meant to go, under that name.
        QTemporaryDir out;
        const QString target = QDir(out.path()).filePath(safe);
        QVERIFY2(store.exportTo(id.value(), target), qPrintable(target));
        QCOMPARE(filesIn(out.path()), QStringList{safe});
        QCOMPARE(readAll(target), QByteArray("content"));
    }

    void executablesAreRecognised()
    {
        for (const char *name :
             {"setup.exe",  "SETUP.EXE", "run.bat",   "x.cmd", "x.com", "x.msi",  "x.scr",       "x.js",
              "x.vbs",      "x.sh",      "x.desktop", "x.jar", "x.ps1", "x.app",  "setup.exe. ", "x.lnk",
              "x.appimage", "x.run",     "x.bin",     "x.py",  "x.pl",  "x.hta",  "x.wsf",       "x.reg",
              "x.pif",      "x.cpl",     "x.msc",     "x.vbe", "x.jse", "x.psm1", "x.deb",       "x.rpm"})
            QVERIFY2(AttachmentStore::looksExecutable(QString::fromLatin1(name), "%PDF-1.4"), name);
        QVERIFY(AttachmentStore::looksExecutable(QStringLiteral("ugovor.pdf"), QByteArray("\x7F"
                                                                                          "ELF\x02\x01")));
        QVERIFY(AttachmentStore::looksExecutable(QStringLiteral("slika.jpg"), QByteArray("MZ\x90\x00")));
        QVERIFY(AttachmentStore::looksExecutable(QStringLiteral("tekst.txt"), QByteArray("#!/bin/sh\nrm -rf ~")));
        QVERIFY(!AttachmentStore::looksExecutable(QStringLiteral("ugovor.pdf"), "%PDF-1.4"));
        QVERIFY(!AttachmentStore::looksExecutable(QStringLiteral("slika.jpg"), QByteArray("\xFF\xD8\xFF\xE0")));
        // The editor asks before opening one: tst_agreementeditor::anExecutableAsksBeforeOpening.
    }
};

QTEST_MAIN(TestFaultsFiles)
#include "tst_faults_files.moc"
