// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentstore.h"

#include "audittrail.h"
#include "dates.h"
#include "sqlsupport.h"
#include "storesupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

const QString metadataColumns =
    QStringLiteral("SELECT id, record_kind, record_id, file_name, mime_type, size, sha256, added_at FROM attachments");

Attachment fromRow(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.recordKind = RecordKinds::fromKey(q.value(1).toString()).value_or(RecordKind::Organization);
    a.recordId = q.value(2).toLongLong();
    a.fileName = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.sha256 = q.value(6).toString();
    a.addedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    return a;
}

QString sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// What the audit trail of the owning record keeps about an attachment: never the content.
FieldMap auditFields(const Attachment &a)
{
    return {
        {QStringLiteral("attachment_id"), QString::number(a.id)},
        {QStringLiteral("file_name"), a.fileName},
        {QStringLiteral("mime_type"), a.mimeType},
        {QStringLiteral("size"), QString::number(a.size)},
        {QStringLiteral("sha256"), a.sha256},
    };
}

// A record's attachments (metadata only), oldest first.
Result<QList<Attachment>> attachmentsOf(const QSqlDatabase &db, RecordKind kind, qint64 recordId)
{
    auto query = Sql::run(
        db, metadataColumns + QStringLiteral(" WHERE record_kind = ? AND record_id = ? ORDER BY added_at, id"),
        {RecordKinds::key(kind), recordId});
    if (!query)
        return query.error();
    QList<Attachment> attachments;
    while (query.value().next())
        attachments << fromRow(query.value());
    return attachments;
}

} // namespace

QString AttachmentStore::sizeLimitMessage()
{
    return tr("The file is too large: attachments can be at most %1 MB.").arg(maxSize / (1024 * 1024));
}

QString AttachmentStore::cleanFileName(const QString &fileName)
{
    QString name = fileName;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
    QString cleaned;
    cleaned.reserve(name.size());
    for (QChar c : std::as_const(name)) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            cleaned += c;
    }
    cleaned = cleaned.trimmed();
    bool onlyDots = true;
    for (QChar c : std::as_const(cleaned)) {
        if (c != QLatin1Char('.')) {
            onlyDots = false;
            break;
        }
    }
    return onlyDots ? QString() : cleaned;
}

QString AttachmentStore::exportFileName(const QString &fileName)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    QString name = cleanFileName(fileName);
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char(' ')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(name.section(QLatin1Char('.'), 0, 0)).hasMatch())
        name.prepend(QLatin1Char('_'));
    if (name.toUtf8().size() > maxExportNameBytes) {
        const int dot = int(name.lastIndexOf(QLatin1Char('.')));
        QString suffix = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
        QString stem = name.left(name.size() - suffix.size());
        while (!stem.isEmpty() && (stem + suffix).toUtf8().size() > maxExportNameBytes)
            stem.chop(stem.size() >= 2 && stem.at(stem.size() - 1).isLowSurrogate() ? 2 : 1);
        name = stem.trimmed() + suffix;
    }
    return name.isEmpty() ? QStringLiteral("document") : name;
}

bool AttachmentStore::looksExecutable(const QString &fileName, const QByteArray &head)
{
    static const QStringList executableSuffixes = {
        QStringLiteral("exe"), QStringLiteral("bat"), QStringLiteral("cmd"), QStringLiteral("com"), QStringLiteral("msi"),
        QStringLiteral("scr"), QStringLiteral("js"),  QStringLiteral("vbs"), QStringLiteral("sh"),  QStringLiteral("desktop"),
        QStringLiteral("jar"), QStringLiteral("ps1"), QStringLiteral("app"), QStringLiteral("lnk"), QStringLiteral("appimage"),
        QStringLiteral("run"), QStringLiteral("bin"), QStringLiteral("py"), QStringLiteral("pl"), QStringLiteral("hta"),
        QStringLiteral("wsf"), QStringLiteral("reg"), QStringLiteral("pif"), QStringLiteral("cpl"), QStringLiteral("msc"),
        QStringLiteral("vbe"), QStringLiteral("jse"), QStringLiteral("psm1"), QStringLiteral("deb"), QStringLiteral("rpm")};
    QString name = cleanFileName(fileName);
    // Windows ignores trailing dots and spaces: "setup.exe. " runs as setup.exe.
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    const int dot = int(name.lastIndexOf(QLatin1Char('.')));
    if (dot >= 0 && executableSuffixes.contains(name.mid(dot + 1).toLower()))
        return true;
    static const QList<QByteArray> magics = {
        QByteArrayLiteral("\x7F" "ELF"),          // Linux, BSD
        QByteArrayLiteral("MZ"),                  // Windows PE / DOS
        QByteArrayLiteral("#!"),                  // scripts
        QByteArrayLiteral("\xFE\xED\xFA\xCE"),    // Mach-O 32
        QByteArrayLiteral("\xFE\xED\xFA\xCF"),    // Mach-O 64
        QByteArrayLiteral("\xCE\xFA\xED\xFE"),    // Mach-O 32, little-endian
        QByteArrayLiteral("\xCF\xFA\xED\xFE"),    // Mach-O 64, little-endian
        QByteArrayLiteral("\xCA\xFE\xBA\xBE"),    // Mach-O universal, Java class
    };
    for (const QByteArray &magic : magics) {
        if (head.startsWith(magic))
            return true;
    }
    return false;
}

Status AttachmentStore::checkRecordExists(RecordKind kind, qint64 recordId) const
{
    const QString table = StoreSupport::tableOf(kind);
    auto found = Sql::scalar(db(), QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {recordId});
    if (!found)
        return found.error();
    if (found.value().toInt() == 0)
        return notFound(RecordKinds::key(kind), recordId);
    return {};
}

Result<qint64> AttachmentStore::add(RecordKind kind, qint64 recordId, const QString &fileName, const QByteArray &content)
{
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    if (content.size() > maxSize)
        return Error(ErrorCode::Invalid, sizeLimitMessage(), QStringLiteral("%1 bytes").arg(content.size()));
    Attachment a;
    a.recordKind = kind;
    a.recordId = recordId;
    a.fileName = cleanFileName(fileName);
    if (a.fileName.isEmpty())
        return Error(ErrorCode::Invalid, tr("The file needs a name."), QStringLiteral("file name \"%1\"").arg(fileName));
    a.size = content.size();
    a.sha256 = sha256Hex(content);
    a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(a.fileName, content).name();
    // A null QByteArray would bind as NULL; an empty file is an empty blob.
    const QByteArray blob = content.isNull() ? QByteArray("") : content;
    const Status added = writeInTransaction([&]() -> Status {
        if (Status exists = checkRecordExists(kind, recordId); !exists)
            return exists;
        auto inserted = Sql::run(
            db(),
            QStringLiteral("INSERT INTO attachments (record_kind, record_id, file_name, mime_type, "
                           "size, sha256, content, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {RecordKinds::key(kind), recordId, a.fileName, a.mimeType, a.size, a.sha256, blob, Dates::timestampNow()});
        if (!inserted)
            return Error(inserted.error().code(), tr("The file \"%1\" could not be attached.").arg(a.fileName),
                         inserted.error().detail());
        a.id = inserted.value().lastInsertId().toLongLong();
        return AuditTrail::record(db(), kind, recordId, AuditAction::Insert, {}, auditFields(a));
    });
    if (!added)
        return added.error();
    return a.id;
}

Result<qint64> AttachmentStore::addFile(RecordKind kind, qint64 recordId, const QString &path)
{
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, tr("The file \"%1\" does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return Error(ErrorCode::Invalid, tr("\"%1\" is not a file.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > maxSize)
        return Error(ErrorCode::Invalid, sizeLimitMessage(), QStringLiteral("%1: %2 bytes").arg(path).arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("The file \"%1\" could not be read.").arg(QDir::toNativeSeparators(path)),
                     file.errorString());
    // Read at most one byte past the limit: a file that grew meanwhile is still refused.
    const QByteArray content = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, tr("The file \"%1\" could not be read.").arg(QDir::toNativeSeparators(path)),
                     file.errorString());
    return add(kind, recordId, info.fileName(), content);
}

Result<Attachment> AttachmentStore::get(qint64 id) const
{
    return fetchOne(metadataColumns + QStringLiteral(" WHERE id = ?"), id, QStringLiteral("attachment"), fromRow);
}

Result<QList<Attachment>> AttachmentStore::forRecord(RecordKind kind, qint64 recordId) const
{
    return attachmentsOf(db(), kind, recordId);
}

Result<QByteArray> AttachmentStore::content(qint64 id) const
{
    auto query = Sql::run(db(), QStringLiteral("SELECT content, sha256, size, file_name FROM attachments WHERE id = ?"), {id});
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return notFound(QStringLiteral("attachment"), id);
    QByteArray data = q.value(0).toByteArray();
    const QString expected = q.value(1).toString();
    const qint64 size = q.value(2).toLongLong();
    const QString fileName = q.value(3).toString();
    q.finish();
    const QString actual = sha256Hex(data);
    if (actual != expected || data.size() != size)
        return Error(ErrorCode::Damaged,
                     tr("The attached file \"%1\" is damaged: its content no longer matches the checksum recorded when it "
                        "was added. Restore it from a backup.")
                         .arg(fileName),
                     QStringLiteral("attachment %1: sha256 %2, expected %3; %4 bytes, expected %5")
                         .arg(id)
                         .arg(actual, expected)
                         .arg(data.size())
                         .arg(size));
    if (data.isNull())
        data = QByteArray("");
    return data;
}

Status AttachmentStore::exportTo(qint64 id, const QString &targetPath) const
{
    const QFileInfo target(targetPath);
    const QString shown = QDir::toNativeSeparators(targetPath);
    if (target.exists() || target.isSymLink())
        return Error(ErrorCode::FileExists, tr("\"%1\" already exists; choose another name.").arg(shown));
    if (!target.absoluteDir().exists())
        return Error(ErrorCode::MissingFolder, tr("The folder for \"%1\" does not exist.").arg(shown));
    auto data = content(id);
    if (!data)
        return data.error();
    QSaveFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("\"%1\" could not be written.").arg(shown), file.errorString());
    if (file.write(data.value()) != data.value().size()) {
        file.cancelWriting();
        return Error(ErrorCode::Io, tr("\"%1\" could not be written.").arg(shown), file.errorString());
    }
    if (!file.commit())
        return Error(ErrorCode::Io, tr("\"%1\" could not be written.").arg(shown), file.errorString());
    return {};
}

Status AttachmentStore::remove(qint64 id)
{
    return writeInTransaction([&]() -> Status {
        auto old = get(id);
        if (!old)
            return old.error();
        return removeWithin(db(), old.value());
    });
}

Status AttachmentStore::removeForRecordWithin(const QSqlDatabase &db, RecordKind kind, qint64 recordId)
{
    auto attachments = attachmentsOf(db, kind, recordId);
    if (!attachments)
        return attachments.error();
    for (const Attachment &a : std::as_const(attachments.value())) {
        if (Status removed = removeWithin(db, a); !removed)
            return removed;
    }
    return {};
}

Status AttachmentStore::removeWithin(const QSqlDatabase &db, const Attachment &a)
{
    auto removed = Sql::run(db, QStringLiteral("DELETE FROM attachments WHERE id = ?"), {a.id});
    if (!removed)
        return Error(removed.error().code(), tr("The attachment could not be deleted."), removed.error().detail());
    return AuditTrail::record(db, a.recordKind, a.recordId, AuditAction::Delete, auditFields(a), {});
}
