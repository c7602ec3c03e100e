// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentstore.h"
#include "audittrail.h"
#include "database.h"
#include "sqlsupport.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestAttachmentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    int m_count = 0;

    std::unique_ptr<Database> fresh()
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.db").arg(++m_count));
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the template register");
        return reopen(path);
    }

    static std::unique_ptr<Database> reopen(const QString &path, AccessMode access = AccessMode::ReadWrite)
    {
        OpenOptions options;
        options.access = access;
        options.autoBackup = false;
        auto db = Database::open(path, options);
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().toLogString()));
        return db.take();
    }

    static qint64 kragujevac(const Database &db)
    {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM organizations WHERE name = 'Kragujevac'")).value().toLongLong();
    }

    static qint64 count(const Database &db, const QString &table)
    {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table).value().toLongLong();
    }

    static QByteArray randomBytes(qsizetype size, quint32 seed)
    {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator generator(seed);
        generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
        for (qsizetype i = size / 4 * 4; i < size; ++i)
            data[i] = char(generator.generate());
        return data;
    }

    static QString sha256Hex(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
    }

    static QString change(const AuditEntry &entry, const QString &field, bool after = true)
    {
        for (const FieldChange &c : entry.changes) {
            if (c.field == field)
                return after ? c.after : c.before;
        }
        return QStringLiteral("<none>");
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        QVERIFY(m_dir.isValid());
        m_template = createRegister(m_dir.path(), QStringLiteral("template.db"));
    }

    void randomBinaryRoundTripsByteExact()
    {
        auto db = fresh();
        AttachmentStore store(*db);
        const qint64 org = kragujevac(*db);
        const QByteArray data = randomBytes(3 * 1024 * 1024 + 7, 20240229);
        auto added = store.add(RecordKind::Organization, org, QStringLiteral("scan.bin"), data);
        QVERIFY2(added, qPrintable(added.error().toLogString()));
        auto back = store.content(added.value());
        QVERIFY2(back, qPrintable(back.error().toLogString()));
        QCOMPARE(back.value().size(), data.size());
        QVERIFY(back.value() == data);
        const Attachment a = store.get(added.value()).value();
        QCOMPARE(a.recordKind, RecordKind::Organization);
        QCOMPARE(a.recordId, org);
        QCOMPARE(a.fileName, QStringLiteral("scan.bin"));
        QCOMPARE(a.size, qint64(data.size()));
        QCOMPARE(a.sha256, sha256Hex(data));
        QCOMPARE(a.mimeType, QStringLiteral("application/octet-stream"));
        QVERIFY(a.addedAt.isValid());
        QVERIFY(qAbs(a.addedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Exported, the file is the same bytes.
        const QString target = m_dir.filePath(QStringLiteral("export-%1.bin").arg(m_count));
        QVERIFY(store.exportTo(a.id, target));
        QCOMPARE(sha256(target), sha256Hex(data).toLatin1());
    }

    void emptyFileRoundTrips()
    {
        auto db = fresh();
        AttachmentStore store(*db);
        auto added = store.add(RecordKind::Organization, kragujevac(*db), QStringLiteral("empty.txt"), QByteArray());
        QVERIFY2(added, qPrintable(added.error().toLogString()));
        auto back = store.content(added.value());
        QVERIFY2(back, qPrintable(back.error().toLogString()));
        QVERIFY(back.value().isEmpty());
        QVERIFY(!back.value().isNull());
        const Attachment a = store.get(added.value()).value();
        QCOMPARE(a.size, qint64(0));
        QCOMPARE(a.sha256, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT typeof(content) FROM attachments")).value().toString(),
                 QStringLiteral("blob"));
        const QString target = m_dir.filePath(QStringLiteral("empty-%1.txt").arg(m_count));
        QVERIFY(store.exportTo(a.id, target));
        QVERIFY(QFile::exists(target));
        QCOMPARE(QFileInfo(target).size(), qint64(0));
    }

    void addFileReadsTheUsersFile()
    {
        auto db = fresh();
        AttachmentStore store(*db);
        const QString path = m_dir.filePath(QStringLiteral("Ugovor o bratimljenju Čačak.pdf"));
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n%%EOF\n");
        writeFile(path, pdf);
        const QByteArray before = sha256(path);
        auto added = store.addFile(RecordKind::Organization, kragujevac(*db), path);
        QVERIFY2(added, qPrintable(added.error().toLogString()));
        const Attachment a = store.get(added.value()).value();
        QCOMPARE(a.fileName, QStringLiteral("Ugovor o bratimljenju Čačak.pdf"));
        QCOMPARE(a.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(store.content(a.id).value(), pdf);
        QCOMPARE(sha256(path), before);

        auto missing = store.addFile(RecordKind::Organization, kragujevac(*db), m_dir.filePath(QStringLiteral("nope.pdf")));
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        auto folder = store.addFile(RecordKind::Organization, kragujevac(*db), m_dir.path());
        QCOMPARE(folder.error().code(), ErrorCode::Invalid);
        QCOMPARE(count(*db, QStringLiteral("attachments")), qint64(1));
    }

    void mimeTypeComesFromNameAndContent()
    {
        auto db = fresh();
        AttachmentStore store(*db);
        const qint64 org = kragujevac(*db);
        const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        QCOMPARE(store.get(store.add(RecordKind::Organization, org, QStringLiteral("logo.png"), png).value()).value().mimeType,
                 QStringLiteral("image/png"));
        // No extension: the content decides.
        QCOMPARE(store.get(store.add(RecordKind::Organization, org, QStringLiteral("scan"), QByteArrayLiteral("%PDF-1.7\n")).value())
                     .value()
                     .mimeType,
                 QStringLiteral("application/pdf"));
        QCOMPARE(store.get(store.add(RecordKind::Organization, org, QStringLiteral("notes.txt"), QByteArrayLiteral("Zdravo")).value())
                     .value()
                     .mimeType,
                 QStringLiteral("text/plain"));
    }

    void theSizeLimitIsRefusedWithNothingWritten()
    {
        auto db = fresh();
        AttachmentStore store(*db);
        const qint64 org = kragujevac(*db);
        const qint64 audits = count(*db, QStringLiteral("audit_log"));
        const QByteArray tooBig(AttachmentStore::maxSize + 1, 'x');
        auto refused = store.add(RecordKind::Organization, org, QStringLiteral("big.bin"), tooBig);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Invalid);
        QVERIFY2(refused.error().message().contains(QStringLiteral("50 MB")), qPrintable(refused.error().message()));
        QCOMPARE(count(*db, QStringLiteral("attachments")), qint64(0));
        QCOMPARE(count(*db, QStringLiteral("audit_log")), audits);

        // A file over the limit is refused before it is read.
        const QString path = m_dir.filePath(QStringLiteral("big-%1.bin").arg(m_count));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(AttachmentStore::maxSize + 1)); // sparse
        }
        auto refusedFile = store.addFile(RecordKind::Organization, org, path);
        QCOMPARE(refusedFile.error().code(), ErrorCode::Invalid);
        QVERIFY(refusedFile.error().message().contains(QStringLiteral("50 MB")));
        QCOMPARE(count(*db, QStringLiteral("attachments")), qint64(0));

        // Exactly the limit is accepted.
        auto atLimit = store.add(RecordKind::Organization, org, QStringLiteral("limit.bin"), QByteArray(AttachmentStore::maxSize, 'y'));
        QVERIFY2(atLimit, qPrintable(atLimit.error().toLogString()));
        QCOMPARE(store.get(atLimit.value()).value().size, AttachmentStore::maxSize);
    }

    void aDamagedBlobIsReportedAsDamaged()
    {
        auto db = fresh();
        AttachmentStore store(*db);
        const QByteArray data = randomBytes(4096, 7);
        const qint64 id = store.add(RecordKind::Organization, kragujevac(*db), QStringLiteral("scan.bin"), data).value();
        QByteArray damaged = data;
        damaged[100] = char(damaged.at(100) ^ 0x01);
        QVERIFY(Sql::run(db->connection(), QStringLiteral("UPDATE attachments SET content = ? WHERE id = ?"), {damaged, id}));
        auto read = store.content(id);
        QVERIFY(!read);
        QCOMPARE(read.error().code(), ErrorCode::Damaged);
        QVERIFY(read.error().message().contains(QStringLiteral("scan.bin")));
        const QString target = m_dir.filePath(QStringLiteral("damaged-%1.bin").arg(m_count));
        QCOMPARE(store.exportTo(id, target).error().code(), ErrorCode::Damaged);
        QVERIFY(!QFile::exists(target));
        // A truncated blob too.
        QVERIFY(Sql::run(db->connection(), QStringLiteral("UPDATE attachments SET content = ? WHERE id = ?"), {data.left(10), id}));
        QCOMPARE(store.content(id).error().code(), ErrorCode::Damaged);
        // The metadata is still listed, so the user sees what is damaged.
        QCOMPARE(store.forRecord(RecordKind::Organization, kragujevac(*db)).value().size(), 1);
        QCOMPARE(store.content(987654).error().code(), ErrorCode::NotFound);
    }

    void fileNamesAreDataNotPaths_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("stored");
        QTest::newRow("traversal") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("absolute") << QStringLiteral("/home/ana/Ugovor.pdf") << QStringLiteral("Ugovor.pdf");
        QTest::newRow("windows") << QStringLiteral("C:\\Users\\Ana\\Ugovor Niš.pdf") << QStringLiteral("Ugovor Niš.pdf");
        QTest::newRow("mixed") << QStringLiteral("..\\..//a/b\\c.txt") << QStringLiteral("c.txt");
        QTest::newRow("hidden") << QStringLiteral("folder/.hidden") << QStringLiteral(".hidden");
        QTest::newRow("control characters") << QStringLiteral("a\nb\tc.txt") << QStringLiteral("abc.txt");
        QTest::newRow("markup kept") << QStringLiteral("<img src=x>.txt") << QStringLiteral("<img src=x>.txt");
        QTest::newRow("quotes kept") << QStringLiteral("'; DROP TABLE attachments; --.txt")
                                     << QStringLiteral("'; DROP TABLE attachments; --.txt");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
        QTest::newRow("dot") << QStringLiteral(".") << QString();
        QTest::newRow("dots") << QStringLiteral("..") << QString();
        QTest::newRow("many dots") << QStringLiteral("x/....") << QString();
        QTest::newRow("folder") << QStringLiteral("/tmp/folder/") << QString();
    }

    void fileNamesAreDataNotPaths()
    {
        QFETCH(QString, given);
        QFETCH(QString, stored);
        auto db = fresh();
        AttachmentStore store(*db);
        QCOMPARE(AttachmentStore::cleanFileName(given), stored);
        const qint64 audits = count(*db, QStringLiteral("audit_log"));
        auto added = store.add(RecordKind::Organization, kragujevac(*db), given, QByteArrayLiteral("data"));
        if (stored.isEmpty()) {
            QVERIFY(!added);
            QCOMPARE(added.error().code(), ErrorCode::Invalid);
            QCOMPARE(count(*db, QStringLiteral("attachments")), qint64(0));
            QCOMPARE(count(*db, QStringLiteral("audit_log")), audits);
        } else {
            QVERIFY2(added, qPrintable(added.error().toLogString()));
            QCOMPARE(store.get(added.value()).value().fileName, stored);
        }
    }

    void exportRefusesAnExistingFile()
    {
        auto db = fresh();
        AttachmentStore store(*db);
        const qint64 id = store.add(RecordKind::Organization, kragujevac(*db), QStringLiteral("a.txt"), QByteArrayLiteral("new")).value();
        const QString existing = m_dir.filePath(QStringLiteral("existing-%1.txt").arg(m_count));
        writeFile(existing, QByteArrayLiteral("precious"));
        const Status refused = store.exportTo(id, existing);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::FileExists);
        QCOMPARE(readFile(existing), QByteArrayLiteral("precious"));
        // Nor a dangling symbolic link (it would write through to its target).
        const QString link = m_dir.filePath(QStringLiteral("link-%1.txt").arg(m_count));
        const QString linkTarget = m_dir.filePath(QStringLiteral("link-target-%1.txt").arg(m_count));
        QVERIFY(QFile::link(linkTarget, link));
        QCOMPARE(store.exportTo(id, link).error().code(), ErrorCode::FileExists);
        QVERIFY(!QFile::exists(linkTarget));
        QCOMPARE(store.exportTo(id, m_dir.filePath(QStringLiteral("no-such-folder/a.txt"))).error().code(), ErrorCode::MissingFolder);
        const QString fresh = m_dir.filePath(QStringLiteral("fresh-%1.txt").arg(m_count));
        QVERIFY(store.exportTo(id, fresh));
        QCOMPARE(readFile(fresh), QByteArrayLiteral("new"));
        QCOMPARE(store.exportTo(987654, m_dir.filePath(QStringLiteral("x-%1").arg(m_count))).error().code(), ErrorCode::NotFound);
    }

    void forRecordListsMetadataOfThatRecordOnly()
    {
        auto db = fresh();
        AttachmentStore store(*db);
        const qint64 org = kragujevac(*db);
        const qint64 other = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM organizations WHERE reference_key = 'skgo'"))
                                 .value()
                                 .toLongLong();
        const qint64 first = store.add(RecordKind::Organization, org, QStringLiteral("1.txt"), QByteArrayLiteral("one")).value();
        store.add(RecordKind::Organization, other, QStringLiteral("x.txt"), QByteArrayLiteral("x")).value();
        const qint64 second = store.add(RecordKind::Organization, org, QStringLiteral("2.txt"), QByteArrayLiteral("two")).value();
        const QList<Attachment> list = store.forRecord(RecordKind::Organization, org).value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, first);
        QCOMPARE(list.at(1).id, second);
        QCOMPARE(list.at(1).size, qint64(3));
        QCOMPARE(list.at(1).sha256, sha256Hex(QByteArrayLiteral("two")));
        QVERIFY(store.forRecord(RecordKind::Person, org).value().isEmpty());
    }

    void attachingToAMissingRecordIsRefused()
    {
        auto db = fresh();
        AttachmentStore store(*db);
        for (RecordKind kind : RecordKinds::all()) {
            auto added = store.add(kind, 987654, QStringLiteral("a.txt"), QByteArrayLiteral("a"));
            QVERIFY(!added);
            QCOMPARE(added.error().code(), ErrorCode::NotFound);
        }
        QCOMPARE(count(*db, QStringLiteral("attachments")), qint64(0));
    }

    void auditEntriesOnTheOwningRecord()
    {
        auto db = fresh();
        AttachmentStore store(*db);
        const qint64 org = kragujevac(*db);
        const QByteArray data = QByteArrayLiteral("Povelja o bratimljenju");
        const qint64 id = store.add(RecordKind::Organization, org, QStringLiteral("povelja.txt"), data).value();
        QVERIFY(store.remove(id));
        QCOMPARE(store.get(id).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.remove(id).error().code(), ErrorCode::NotFound);
        QCOMPARE(count(*db, QStringLiteral("attachments")), qint64(0));
        const auto log = AuditTrail::forRecord(db->connection(), RecordKind::Organization, org).value();
        QVERIFY(log.size() >= 2);
        const AuditEntry &inserted = log.at(log.size() - 2);
        const AuditEntry &deleted = log.last();
        QCOMPARE(inserted.action, AuditAction::Insert);
        QCOMPARE(change(inserted, QStringLiteral("attachment_id")), QString::number(id));
        QCOMPARE(change(inserted, QStringLiteral("file_name")), QStringLiteral("povelja.txt"));
        QCOMPARE(change(inserted, QStringLiteral("size")), QString::number(data.size()));
        QCOMPARE(change(inserted, QStringLiteral("sha256")), sha256Hex(data));
        QCOMPARE(change(inserted, QStringLiteral("content")), QStringLiteral("<none>"));
        QCOMPARE(deleted.action, AuditAction::Delete);
        QCOMPARE(change(deleted, QStringLiteral("file_name"), false), QStringLiteral("povelja.txt"));
        QCOMPARE(change(deleted, QStringLiteral("sha256"), false), sha256Hex(data));
    }

    void removeForRecordWithinTakesAllOfOneRecord()
    {
        auto db = fresh();
        AttachmentStore store(*db);
        const qint64 org = kragujevac(*db);
        QVERIFY(store.add(RecordKind::Organization, org, QStringLiteral("1.txt"), QByteArrayLiteral("1")));
        QVERIFY(store.add(RecordKind::Organization, org, QStringLiteral("2.txt"), QByteArrayLiteral("2")));
        QVERIFY(store.add(RecordKind::Organization, org + 1, QStringLiteral("3.txt"), QByteArrayLiteral("3")));
        QVERIFY(AttachmentStore::removeForRecordWithin(db->connection(), RecordKind::Organization, org));
        QCOMPARE(count(*db, QStringLiteral("attachments")), qint64(1));
        const auto log = AuditTrail::forRecord(db->connection(), RecordKind::Organization, org).value();
        QCOMPARE(log.last().action, AuditAction::Delete);
        QCOMPARE(log.at(log.size() - 2).action, AuditAction::Delete);
    }

    void looksExecutable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("executable");
        const QByteArray text = QByteArrayLiteral("Zdravo");
        for (const char *name : {"setup.exe", "SETUP.EXE", "run.bat", "run.cmd", "old.com", "install.msi", "screen.scr",
                                 "script.js", "macro.vbs", "build.sh", "app.desktop", "tool.jar", "task.ps1", "Calc.app",
                                 "report.pdf.exe", "evil.exe.", "evil.exe ", "../x/evil.ExE"})
            QTest::newRow(name) << QString::fromLatin1(name) << text << true;
        QTest::newRow("ELF") << QStringLiteral("photo.jpg") << QByteArrayLiteral("\x7F" "ELF\x02\x01") << true;
        QTest::newRow("PE") << QStringLiteral("data.bin") << QByteArrayLiteral("MZ\x90\x00") << true;
        QTest::newRow("script") << QStringLiteral("notes.txt") << QByteArrayLiteral("#!/bin/sh\nrm -rf ~") << true;
        QTest::newRow("Mach-O") << QStringLiteral("file") << QByteArrayLiteral("\xCF\xFA\xED\xFE") << true;
        QTest::newRow("pdf") << QStringLiteral("report.pdf") << QByteArrayLiteral("%PDF-1.4") << false;
        QTest::newRow("docx") << QStringLiteral("ugovor.docx") << QByteArrayLiteral("PK\x03\x04") << false;
        QTest::newRow("tar.gz") << QStringLiteral("archive.tar.gz") << QByteArrayLiteral("\x1F\x8B") << false;
        QTest::newRow("sh in name only") << QStringLiteral("shema.txt") << text << false;
        QTest::newRow("exe inside") << QStringLiteral("exe.txt") << text << false;
        QTest::newRow("empty") << QString() << QByteArray() << false;
    }

    void looksExecutable()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(bool, executable);
        QCOMPARE(AttachmentStore::looksExecutable(name, head), executable);
    }

    void readOnlyRegisterRefusesChanges()
    {
        QString path;
        qint64 id = 0;
        qint64 org = 0;
        {
            auto db = fresh();
            AttachmentStore store(*db);
            org = kragujevac(*db);
            id = store.add(RecordKind::Organization, org, QStringLiteral("a.txt"), QByteArrayLiteral("abc")).value();
            path = db->path();
        }
        auto db = reopen(path, AccessMode::ReadOnly);
        AttachmentStore store(*db);
        QCOMPARE(store.add(RecordKind::Organization, org, QStringLiteral("b.txt"), QByteArrayLiteral("b")).error().code(),
                 ErrorCode::ReadOnly);
        const QString file = m_dir.filePath(QStringLiteral("ro-%1.txt").arg(m_count));
        writeFile(file, QByteArrayLiteral("x"));
        QCOMPARE(store.addFile(RecordKind::Organization, org, file).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.remove(id).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.content(id).value(), QByteArrayLiteral("abc"));
        const QString target = m_dir.filePath(QStringLiteral("ro-export-%1.txt").arg(m_count));
        QVERIFY(store.exportTo(id, target));
        QCOMPARE(readFile(target), QByteArrayLiteral("abc"));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
