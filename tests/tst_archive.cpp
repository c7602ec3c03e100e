// SPDX-License-Identifier: GPL-3.0-or-later
// The portable archive: export → import → export gives identical content,
// attachments byte-exact; a damaged, tampered, foreign or newer archive is
// refused with nothing created; the ZIP it writes reads in an independent
// reader (Python's zipfile).
#include "archiveexport.h"
#include "archiveimport.h"
#include "attachmentstore.h"
#include "database.h"
#include "organizationstore.h"
#include "referencedata.h"
#include "sampledata.h"
#include "testsupport.h"
#include "zipreader.h"
#include "zipwriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray everyByte()
{
    QByteArray bytes;
    for (int round = 0; round < 300; ++round)
        for (int b = 0; b < 256; ++b)
            bytes.append(char((b * 7 + round) & 0xFF));
    return bytes;
}

// Every entry of a ZIP file by name (the manifest without its export time).
QMap<QString, QByteArray> entriesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ZipReader zip(&file);
    if (!zip.open())
        return {};
    QMap<QString, QByteArray> entries;
    for (const ZipReader::Entry &entry : zip.entries()) {
        QByteArray content = zip.read(entry.name, qint64(1) << 30).valueOr({});
        if (entry.name == QLatin1String("manifest.json")) {
            QJsonObject manifest = QJsonDocument::fromJson(content).object();
            manifest.remove(QStringLiteral("exported_at"));
            content = QJsonDocument(manifest).toJson();
        }
        entries.insert(entry.name, content);
    }
    return entries;
}

// Every row of every table, with each value's type, blobs in hex: the
// internal tables of the search index are left out (their layout depends on
// the order of past writes; the index's own rows are compared).
QStringList contentOf(const QString &path)
{
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("content"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {QStringLiteral("cannot open ") + path};
        QStringList tables;
        QSqlQuery list(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'search_index_%' ORDER BY name"), db);
        while (list.next())
            tables << list.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            QStringList dumped;
            while (rows.next()) {
                QStringList fields;
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QVariant value = rows.value(i);
                    fields << (value.isNull() ? QStringLiteral("NULL")
                               : value.typeId() == QMetaType::QByteArray
                                   ? QStringLiteral("x'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()))
                                   : QStringLiteral("%1:%2").arg(QString::fromLatin1(value.typeName()), value.toString()));
                }
                dumped << table + QLatin1Char('|') + fields.join(QLatin1Char('|'));
            }
            dumped.sort();
            lines << dumped;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("content"));
    return lines;
}

// The first line where two dumps differ, for a readable failure.
QString firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
        if (a.at(i) != b.at(i))
            return a.at(i).left(300) + QStringLiteral("\n  vs\n") + b.at(i).left(300);
    return a.size() == b.size() ? QString() : QStringLiteral("%1 lines vs %2").arg(a.size()).arg(b.size());
}

QByteArray zipOf(const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ZipWriter zip(&buffer);
    for (const auto &[name, content] : files)
        zip.add(name, content).ok();
    zip.finish().ok();
    return bytes;
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripIsIdentical();
    void attachmentNamesStayInTheirFolder();
    void refusesToOverwrite();
    void refusesDamagedArchives_data();
    void refusesDamagedArchives();
    void refusesTamperedAttachment();
    void refusesDanglingReference();
    void refusesNewerArchive();
    void cancelLeavesNothing();
    void zipReadsInPython();
    void zipRefusesOversizedAndBombs();
    void cliExportAndImport();

private:
    QString archiveWith(const QString &name, const std::function<void(QMap<QString, QByteArray> &)> &change);

    QTemporaryDir m_dir;
    QString m_register;
    QString m_archive;
    QByteArray m_attachment = everyByte();
};

void TestArchive::initTestCase()
{
    TestSupport::isolateEnvironment();
    QVERIFY(m_dir.isValid());
    m_register = m_dir.filePath(QStringLiteral("source.db"));
    auto db = Database::create(m_register, [](Database &created) {
        Status status = ReferenceData::load(created);
        return status ? SampleData::load(created) : status;
    });
    QVERIFY2(db, qPrintable(db.error().toLogString()));
    const qint64 org = TestSupport::rawScalar(m_register, QStringLiteral("SELECT min(id) FROM organizations")).toLongLong();
    AttachmentStore attachments(*db.value());
    QVERIFY(attachments.add(RecordKind::Organization, org, QStringLiteral("sken ugovora Čačak.bin"), m_attachment));
    QVERIFY(attachments.add(RecordKind::Organization, org, QStringLiteral("prazno.txt"), QByteArray()));
    QVERIFY(attachments.add(RecordKind::Organization, org, QStringLiteral("same name.txt"), QByteArray("one")));
    QVERIFY(attachments.add(RecordKind::Organization, org, QStringLiteral("same name.txt"), QByteArray("two")));
    m_archive = m_dir.filePath(QStringLiteral("register.zip"));
    auto written = ArchiveExport::write(*db.value(), m_archive);
    QVERIFY2(written, qPrintable(written.error().toLogString()));
    QCOMPARE(written.value().attachments, 4);
    QVERIFY(written.value().rows > 500); // reference data and the sample
}

void TestArchive::roundTripIsIdentical()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
    auto imported = ArchiveImport::read(m_archive, copy);
    QVERIFY2(imported, qPrintable(imported.error().toLogString()));
    QCOMPARE(imported.value().attachments, 4);

    QVERIFY(contentOf(m_register).size() > 1000);
    QCOMPARE(firstDifference(contentOf(copy), contentOf(m_register)), QString());
    auto db = Database::open(copy);
    QVERIFY(db);
    QVERIFY(db.value()->integrityCheck());
    const qint64 id = TestSupport::rawScalar(copy, QStringLiteral("SELECT id FROM attachments WHERE size > 1000")).toLongLong();
    auto content = AttachmentStore(*db.value()).content(id);
    QVERIFY(content);
    QCOMPARE(content.value(), m_attachment);

    const QString again = m_dir.filePath(QStringLiteral("again.zip"));
    QVERIFY(ArchiveExport::write(*db.value(), again));
    const auto first = entriesOf(m_archive);
    const auto second = entriesOf(again);
    QVERIFY(first.size() > 30);
    QCOMPARE(second.keys(), first.keys());
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key()));
}

void TestArchive::attachmentNamesStayInTheirFolder()
{
    QCOMPARE(ArchiveFormat::attachmentEntry(7, QStringLiteral("../../etc/passwd")), QStringLiteral("attachments/7/_.._etc_passwd"));
    QCOMPARE(ArchiveFormat::attachmentEntry(7, QStringLiteral("C:\\a\\b:c*?.pdf")), QStringLiteral("attachments/7/C__a_b_c__.pdf"));
    QCOMPARE(ArchiveFormat::attachmentEntry(7, QStringLiteral("..")), QStringLiteral("attachments/7/file"));
    QCOMPARE(ArchiveFormat::attachmentEntry(7, QStringLiteral("a\u202Egpj.exe")), QStringLiteral("attachments/7/a_gpj.exe"));
    QCOMPARE(ArchiveFormat::attachmentEntry(7, QString(1000, QLatin1Char('x'))).size(), 14 + 120);
    const auto entries = entriesOf(m_archive);
    QVERIFY(entries.contains(QStringLiteral("attachments/") + TestSupport::rawScalar(m_register,
                QStringLiteral("SELECT id FROM attachments WHERE size > 1000")).toString() + QStringLiteral("/sken ugovora Čačak.bin")));
}

void TestArchive::refusesToOverwrite()
{
    auto db = Database::open(m_register);
    QVERIFY(db);
    const QByteArray before = TestSupport::sha256(m_archive);
    auto written = ArchiveExport::write(*db.value(), m_archive);
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::FileExists);
    QCOMPARE(TestSupport::sha256(m_archive), before);
    db.value().reset();

    const QByteArray registerBefore = TestSupport::sha256(m_register);
    auto imported = ArchiveImport::read(m_archive, m_register);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code(), ErrorCode::FileExists);
    QCOMPARE(TestSupport::sha256(m_register), registerBefore);
}

QString TestArchive::archiveWith(const QString &name, const std::function<void(QMap<QString, QByteArray> &)> &change)
{
    QFile source(m_archive);
    source.open(QIODevice::ReadOnly);
    ZipReader zip(&source);
    zip.open().ok();
    QMap<QString, QByteArray> entries;
    for (const ZipReader::Entry &entry : zip.entries())
        entries.insert(entry.name, zip.read(entry.name, qint64(1) << 30).valueOr({}));
    change(entries);
    QList<QPair<QString, QByteArray>> files;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        files.append({it.key(), it.value()});
    const QString path = m_dir.filePath(name);
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(zipOf(files));
    return path;
}

void TestArchive::refusesDamagedArchives_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QFile file(m_archive);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("name,kind\nČačak,city\n");
    QTest::newRow("half") << whole.left(whole.size() / 2);
    QTest::newRow("no end") << whole.left(whole.size() - 10);
    QByteArray flipped = whole;
    flipped[whole.size() / 3] = char(flipped.at(whole.size() / 3) ^ 0x55);
    QTest::newRow("one byte changed") << flipped;
    QTest::newRow("other zip") << zipOf({{QStringLiteral("readme.txt"), QByteArray("hello")}});
}

void TestArchive::refusesDamagedArchives()
{
    QFETCH(QByteArray, bytes);
    const QString archive = m_dir.filePath(QStringLiteral("damaged.zip"));
    QFile::remove(archive);
    QFile file(archive);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QString target = m_dir.filePath(QStringLiteral("from-damaged.db"));
    auto imported = ArchiveImport::read(archive, target);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code(), ErrorCode::Damaged);
    QVERIFY(!imported.error().message().isEmpty());
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("from-damaged*")}, QDir::Files), QStringList());
}

void TestArchive::refusesTamperedAttachment()
{
    const QString archive = archiveWith(QStringLiteral("tampered.zip"), [](QMap<QString, QByteArray> &entries) {
        for (auto it = entries.begin(); it != entries.end(); ++it)
            if (it.key().endsWith(QLatin1String(".bin")))
                it.value()[10] = char(it.value().at(10) ^ 1);
    });
    const QString target = m_dir.filePath(QStringLiteral("tampered.db"));
    auto imported = ArchiveImport::read(archive, target);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code(), ErrorCode::Damaged);
    QVERIFY(imported.error().detail().contains(QLatin1String("SHA-256")));
    QVERIFY(!QFile::exists(target));
}

void TestArchive::refusesDanglingReference()
{
    // A partnership party pointing at an organisation the archive does not hold.
    const QString archive = archiveWith(QStringLiteral("dangling.zip"), [](QMap<QString, QByteArray> &entries) {
        const QString entry = QStringLiteral("tables/partnership_parties.json");
        QJsonObject table = QJsonDocument::fromJson(entries.value(entry)).object();
        const int column = int(table.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(QStringLiteral("organization_id")));
        QJsonArray rows = table.value(QStringLiteral("rows")).toArray();
        QJsonArray row = rows.at(0).toArray();
        row.replace(column, 99999999);
        rows.replace(0, row);
        table.insert(QStringLiteral("rows"), rows);
        entries.insert(entry, QJsonDocument(table).toJson());
    });
    const QString target = m_dir.filePath(QStringLiteral("dangling.db"));
    auto imported = ArchiveImport::read(archive, target);
    QVERIFY(!imported);
    QVERIFY2(imported.error().message().contains(QLatin1String("references")), qPrintable(imported.error().toLogString()));
    QVERIFY(!QFile::exists(target));
}

void TestArchive::refusesNewerArchive()
{
    const QString archive = archiveWith(QStringLiteral("newer.zip"), [](QMap<QString, QByteArray> &entries) {
        QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
        manifest.insert(QStringLiteral("schema_version"), Database::latestSchemaVersion() + 1);
        entries.insert(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
    });
    const QString target = m_dir.filePath(QStringLiteral("newer.db"));
    auto imported = ArchiveImport::read(archive, target);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code(), ErrorCode::NewerSchema);
    QVERIFY(!QFile::exists(target));
}

void TestArchive::cancelLeavesNothing()
{
    const QString target = m_dir.filePath(QStringLiteral("cancelled.db"));
    qint64 calls = 0;
    auto imported = ArchiveImport::read(m_archive, target, [&](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    });
    QVERIFY(!imported);
    QCOMPARE(imported.error().code(), ErrorCode::Cancelled);
    QVERIFY(calls > 0);
    QVERIFY(!QFile::exists(target));

    auto db = Database::open(m_register);
    QVERIFY(db);
    const QString archive = m_dir.filePath(QStringLiteral("cancelled.zip"));
    auto written = ArchiveExport::write(*db.value(), archive, [](qint64, qint64) { return false; });
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(archive));
}

void TestArchive::zipReadsInPython()
{
    const QString script = QStringLiteral(
        "import hashlib, json, sys, zipfile\n"
        "z = zipfile.ZipFile(sys.argv[1])\n"
        "assert z.testzip() is None\n"
        "m = json.loads(z.read('manifest.json'))\n"
        "assert m['format'] == 'saradnja-archive'\n"
        "rows = json.loads(z.read('tables/attachments.json'))\n"
        "cols = rows['columns']\n"
        "for r in rows['rows']:\n"
        "    data = z.read(r[cols.index('content')]['file'])\n"
        "    assert hashlib.sha256(data).hexdigest() == r[cols.index('sha256')]\n"
        "print(len(z.namelist()))\n");
    const auto result = TestSupport::run(QStringLiteral("python3"), {QStringLiteral("-c"), script, m_archive});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed().toInt(), entriesOf(m_archive).size());
}

void TestArchive::zipRefusesOversizedAndBombs()
{
    QByteArray bytes = zipOf({{QStringLiteral("zeros"), QByteArray(4 * 1024 * 1024, '\0')}});
    QVERIFY(bytes.size() < 10000); // deflated
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ZipReader zip(&buffer);
    QVERIFY(zip.open());
    auto limited = zip.read(QStringLiteral("zeros"), 1024 * 1024);
    QVERIFY(!limited);
    QCOMPARE(limited.error().code(), ErrorCode::Invalid);
    QCOMPARE(zip.read(QStringLiteral("zeros"), 8 * 1024 * 1024).value().size(), 4 * 1024 * 1024);

    // The directory claims 1 KB; the data inflates to 4 MB: refused, not unpacked.
    QByteArray lying = bytes;
    const qsizetype central = lying.indexOf(QByteArray("PK\x01\x02", 4));
    lying[central + 24] = 0;
    lying[central + 25] = 4;
    lying[central + 26] = 0;
    lying[central + 27] = 0;
    QBuffer lyingBuffer(&lying);
    lyingBuffer.open(QIODevice::ReadOnly);
    ZipReader bomb(&lyingBuffer);
    QVERIFY(bomb.open());
    auto read = bomb.read(QStringLiteral("zeros"), 8 * 1024 * 1024);
    QVERIFY(!read);
    QCOMPARE(read.error().code(), ErrorCode::Damaged);
}

void TestArchive::cliExportAndImport()
{
    const QString archive = m_dir.filePath(QStringLiteral("cli.zip"));
    auto exported = TestSupport::runCli({QStringLiteral("--db"), m_register, QStringLiteral("archive"), QStringLiteral("export"), archive});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(exported.out.contains(QLatin1String("attachments: 4")));
    const QString target = m_dir.filePath(QStringLiteral("cli.db"));
    auto imported = TestSupport::runCli({QStringLiteral("--db"), target, QStringLiteral("archive"), QStringLiteral("import"), archive});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(firstDifference(contentOf(target), contentOf(m_register)), QString());
    auto check = TestSupport::runCli({QStringLiteral("--db"), target, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);

    auto again = TestSupport::runCli({QStringLiteral("--db"), target, QStringLiteral("archive"), QStringLiteral("import"), archive});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.startsWith(QLatin1String("saradnja-cli: ")));
    auto usage = TestSupport::runCli({QStringLiteral("--db"), target, QStringLiteral("archive"), QStringLiteral("unpack"), archive});
    QCOMPARE(usage.exitCode, 2);
    auto help = TestSupport::runCli({QStringLiteral("archive"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("export|import")));
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
