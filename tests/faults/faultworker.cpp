// SPDX-License-Identifier: GPL-3.0-or-later
// A worker for the crash test at scale: mixed real work through the core
// stores until it is killed. After each write's transaction has committed
// (the store's save() or the import returned), it prints one line saying
// what is now in the register, and flushes it:
//   visit ID PARTICIPANTS           a new visit with that many participants
//   partnership ID N                the partnership's notes now read "edit N"
//   attachment ID SHA256            a new file attached to a visit
//   import KEY ROWS                 a CSV import of ROWS organisations named "KEY-<row>"
// The parent (tst_faults_crash) kills it at random moments and checks that
// every reported change is in the register.
//   saradnja-faultworker work PATH RUN SEED
#include "applog.h"
#include "attachmentstore.h"
#include "csvimport.h"
#include "csvsource.h"
#include "database.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "sqlsupport.h"
#include "visitstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>

#include <cstdio>

namespace {

void report(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.toLogString()));
    std::exit(1);
}

class Worker
{
public:
    Worker(Database &db, QString run, quint32 seed)
        : m_db(db)
        , m_run(std::move(run))
        , m_random(seed)
    {
        auto ids = Sql::run(db.connection(), QStringLiteral("SELECT id FROM organizations ORDER BY id LIMIT 40"));
        if (!ids)
            fail(QStringLiteral("organisations"), ids.error());
        while (ids.value().next())
            m_organizations << ids.value().value(0).toLongLong();
        if (m_organizations.size() < 4)
            fail(QStringLiteral("organisations"), Error(ErrorCode::NotFound, QStringLiteral("no reference data")));
    }

    void step()
    {
        switch (m_random.bounded(4)) {
        case 0:
            createVisit();
            break;
        case 1:
            editPartnership();
            break;
        case 2:
            attachFile();
            break;
        default:
            importOrganizations();
            break;
        }
    }

private:
    qint64 organization() { return m_organizations.at(int(m_random.bounded(m_organizations.size()))); }

    qint64 newPerson()
    {
        Person person;
        person.fullName = QStringLiteral("Učesnik %1-%2").arg(m_run).arg(++m_serial);
        person.organizationId = organization();
        auto saved = PersonStore(m_db).save(person);
        if (!saved)
            fail(QStringLiteral("person"), saved.error());
        return saved.value();
    }

    void createVisit()
    {
        Visit visit;
        visit.title = QStringLiteral("Poseta %1-%2").arg(m_run).arg(++m_serial);
        visit.startDate = QDate(2026, 1, 1).addDays(m_random.bounded(300));
        visit.city = QStringLiteral("Čačak");
        visit.country = QStringLiteral("RS");
        const qint64 host = organization();
        visit.organizations = {{host, QStringLiteral("host")}};
        const int participants = 1 + int(m_random.bounded(3));
        for (int i = 0; i < participants; ++i)
            visit.participants.append({0, newPerson(), host, QStringLiteral("delegat")});
        auto saved = VisitStore(m_db).save(visit);
        if (!saved)
            fail(QStringLiteral("visit"), saved.error());
        m_visits << saved.value();
        report(QStringLiteral("visit %1 %2").arg(saved.value()).arg(participants));
    }

    void editPartnership()
    {
        PartnershipStore store(m_db);
        Partnership partnership;
        if (m_partnership == 0) {
            partnership.title = QStringLiteral("Bratimljenje %1").arg(m_run);
            const qint64 first = m_organizations.at(0);
            partnership.parties = {
                {first, QStringLiteral("partner")},
                {m_organizations.at(1 + int(m_random.bounded(m_organizations.size() - 1))), QStringLiteral("partner")}};
        } else {
            auto loaded = store.get(m_partnership);
            if (!loaded)
                fail(QStringLiteral("partnership"), loaded.error());
            partnership = loaded.value();
            partnership.timeline.append({0, QDate(2026, 3, 1), QStringLiteral("Sastanak %1").arg(m_edits + 1)});
        }
        partnership.notes = QStringLiteral("edit %1").arg(m_edits + 1);
        auto saved = store.save(partnership);
        if (!saved)
            fail(QStringLiteral("partnership"), saved.error());
        m_partnership = saved.value();
        ++m_edits;
        report(QStringLiteral("partnership %1 %2").arg(m_partnership).arg(m_edits));
    }

    void attachFile()
    {
        if (m_visits.isEmpty())
            return createVisit();
        QByteArray content(int(m_random.bounded(1, 48 * 1024)), Qt::Uninitialized);
        for (char &byte : content)
            byte = char(m_random.bounded(256));
        const qint64 visit = m_visits.at(int(m_random.bounded(m_visits.size())));
        auto added = AttachmentStore(m_db).add(RecordKind::Visit, visit,
                                               QStringLiteral("zapisnik-%1.pdf").arg(++m_serial), content);
        if (!added)
            fail(QStringLiteral("attachment"), added.error());
        report(QStringLiteral("attachment %1 %2")
                   .arg(added.value())
                   .arg(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())));
    }

    void importOrganizations()
    {
        const QString key = QStringLiteral("Uvoz %1-%2").arg(m_run).arg(++m_serial);
        const int rows = 1 + int(m_random.bounded(5));
        QByteArray csv = "name;kind;country;city\r\n";
        for (int row = 1; row <= rows; ++row)
            csv += QStringLiteral("%1-%2;local_authority;FR;Lyon\r\n").arg(key).arg(row).toUtf8();
        auto content = CsvSource::decode(csv);
        if (!content)
            fail(QStringLiteral("csv"), content.error());
        auto imported = CsvImport::run(m_db, QStringLiteral("organizations"), content.value(), {});
        if (!imported)
            fail(QStringLiteral("import"), imported.error());
        if (imported.value().added != rows)
            fail(QStringLiteral("import"), Error(ErrorCode::Invalid, QStringLiteral("rows not added")));
        report(QStringLiteral("import %1 %2").arg(key).arg(rows));
    }

    Database &m_db;
    QString m_run;
    QRandomGenerator m_random;
    QList<qint64> m_organizations;
    QList<qint64> m_visits;
    qint64 m_partnership = 0;
    int m_edits = 0;
    int m_serial = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppLog::setFilePath(QDir::tempPath() + QStringLiteral("/saradnja-faultworker.log"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5 || args.at(1) != QLatin1String("work"))
        return 2;
    OpenOptions options;
    options.autoBackup = false;
    auto opened = Database::open(args.at(2), options);
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    if (opened.value()->isReadOnly())
        fail(QStringLiteral("open"), Error(ErrorCode::ReadOnly, opened.value()->readOnlyMessage()));
    Worker worker(*opened.value(), args.at(3), args.at(4).toUInt());
    for (;;)
        worker.step();
}
