// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagenerator.h"

#include "actionplanstore.h"
#include "agreementstore.h"
#include "attachmentstore.h"
#include "database.h"
#include "namepools.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "sqlsupport.h"
#include "transliterator.h"
#include "visitstore.h"
#include "writetransaction.h"

#include <QElapsedTimer>

#include <algorithm>

#include <vector>

namespace {

// Twenty-two years of history, and visits planned into the coming months.
const QDate firstDay(2005, 1, 1);
const QDate lastDay(2026, 12, 31);
const QDate lastVisitDay(2027, 6, 30);

// Institutions that, with a foreign place, name the foreign organisations
// beyond the local authorities themselves.
const QStringList institutions = {
    QStringLiteral("Chamber of Commerce of %1"),
    QStringLiteral("Regional Development Agency %1"),
    QStringLiteral("University of %1"),
    QStringLiteral("%1 Youth Centre"),
    QStringLiteral("Tourist Board of %1"),
    QStringLiteral("%1 Fire and Rescue Service"),
    QStringLiteral("Public Library of %1"),
    QStringLiteral("General Hospital %1"),
    QStringLiteral("%1 Water Utility"),
    QStringLiteral("Friends of Serbia Society %1"),
    QStringLiteral("Comité de jumelage de %1"),
    QStringLiteral("Partnerschaftsverein %1"),
    QStringLiteral("%1 Women's Association"),
    QStringLiteral("Technical School of %1"),
    QStringLiteral("%1 Chamber Orchestra"),
    QStringLiteral("Red Cross of %1"),
    QStringLiteral("%1 Sports Union"),
    QStringLiteral("Centre for Social Work %1"),
    QStringLiteral("%1 Business Incubator"),
    QStringLiteral("Museum of %1"),
    QStringLiteral("%1 Public Transport Company"),
    QStringLiteral("Institute for Urban Planning %1"),
    QStringLiteral("%1 Energy Agency"),
    QStringLiteral("Fondation de %1"),
    QStringLiteral("%1 Civic Initiative"),
};

const QStringList partnershipKinds
    = {QStringLiteral("twinning"), QStringLiteral("twinning"),     QStringLiteral("decentralized"),
       QStringLiteral("project"),  QStringLiteral("cross_border"), QStringLiteral("other")};
const QStringList partnershipStatuses
    = {QStringLiteral("active"),     QStringLiteral("active"),      QStringLiteral("dormant"),
       QStringLiteral("initiative"), QStringLiteral("negotiating"), QStringLiteral("ended")};
const QStringList agreementKinds
    = {QStringLiteral("twinning_charter"), QStringLiteral("cooperation_agreement"), QStringLiteral("memorandum"),
       QStringLiteral("letter_of_intent"), QStringLiteral("action_plan")};
const QStringList agreementStatuses
    = {QStringLiteral("in_force"), QStringLiteral("in_force"),   QStringLiteral("signed"),
       QStringLiteral("expired"),  QStringLiteral("terminated"), QStringLiteral("draft")};
const QStringList visitDirections
    = {QStringLiteral("incoming"), QStringLiteral("outgoing"), QStringLiteral("domestic")};
const QStringList visitKinds
    = {QStringLiteral("delegation"), QStringLiteral("study_visit"), QStringLiteral("conference"),
       QStringLiteral("expert_exchange"), QStringLiteral("meeting")};
const QStringList activityStatuses
    = {QStringLiteral("planned"), QStringLiteral("in_progress"), QStringLiteral("done"),
       QStringLiteral("done"),    QStringLiteral("postponed"),   QStringLiteral("cancelled")};
const QStringList planStatuses = {QStringLiteral("draft"), QStringLiteral("agreed"), QStringLiteral("signed"),
                                  QStringLiteral("in_progress"), QStringLiteral("completed")};

} // namespace

DataGenerator::DataGenerator(Database &db, const GenerationScale &scale)
    : m_db(db)
    , m_scale(scale)
    , m_random(seed)
{
}

int DataGenerator::share(int count, int parts, int i)
{
    if (parts <= 0)
        return 0;
    return count / parts + (i < count % parts ? 1 : 0);
}

QDate DataGenerator::dateBetween(const QDate &first, const QDate &last)
{
    const int days = int(qMax<qint64>(0, first.daysTo(last)));
    return first.addDays(pick(days + 1));
}

QString DataGenerator::serbianName()
{
    return any(NamePools::serbianGivenNames()) + QLatin1Char(' ') + any(NamePools::serbianSurnames());
}

QString DataGenerator::foreignName(int poolIndex)
{
    const ForeignPool &pool = NamePools::foreignPools().at(poolIndex);
    return any(pool.givenNames) + QLatin1Char(' ') + any(pool.surnames);
}

Status DataGenerator::inTransaction(const std::function<Status()> &work)
{
    WriteTransaction transaction(m_db.connection());
    if (!transaction.isActive())
        return transaction.error();
    if (Status done = work(); !done)
        return done;
    return transaction.commit();
}

Status DataGenerator::run(const Progress &progress)
{
    // A bigger page cache for the bulk load (this connection only).
    if (Status cache = Sql::exec(m_db.connection(), QStringLiteral("PRAGMA cache_size = -262144")); !cache)
        return cache;
    const QList<QPair<QString, Status (DataGenerator::*)()>> steps = {
        {tr("reference data"), &DataGenerator::loadReference},
        {tr("organizations"), &DataGenerator::addOrganizations},
        {tr("people"), &DataGenerator::addPeople},
        {tr("partnerships"), &DataGenerator::addPartnerships},
        {tr("agreements"), &DataGenerator::addAgreements},
        {tr("action plans"), &DataGenerator::addPlans},
        {tr("visits"), &DataGenerator::addVisits},
        {tr("attachments"), &DataGenerator::addAttachments},
    };
    for (const auto &step : steps) {
        QElapsedTimer timer;
        timer.start();
        if (Status done = (this->*step.second)(); !done)
            return done;
        if (progress)
            progress(tr("%1 done in %2 s").arg(step.first).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    return Sql::exec(m_db.connection(), QStringLiteral("PRAGMA cache_size = -2000"));
}

Status DataGenerator::loadReference()
{
    const QSqlDatabase db = m_db.connection();
    auto serbian = Sql::run(db, QStringLiteral("SELECT id, name FROM organizations WHERE country = 'RS' AND kind IN "
                                               "('city', 'municipality', 'city_municipality') ORDER BY id"));
    if (!serbian)
        return serbian.error();
    while (serbian.value().next()) {
        const qint64 id = serbian.value().value(0).toLongLong();
        m_serbian << id;
        m_names.insert(id, serbian.value().value(1).toString());
    }
    auto themes = Sql::run(db, QStringLiteral("SELECT id FROM themes ORDER BY id"));
    if (!themes)
        return themes.error();
    while (themes.value().next())
        m_themes << themes.value().value(0).toLongLong();
    if (m_serbian.isEmpty() || m_themes.isEmpty())
        return Error(ErrorCode::NotFound, tr("The reference data is missing."), QStringLiteral("generate"));
    return {};
}

Status DataGenerator::addOrganizations()
{
    return inTransaction([this]() -> Status {
        OrganizationStore store(m_db);
        const QList<ForeignPool> &pools = NamePools::foreignPools();
        QList<QPair<int, QString>> places; // pool index, place
        for (int p = 0; p < pools.size(); ++p) {
            for (const QString &place : pools.at(p).places)
                places.append({p, place});
        }
        for (int i = 0; i < m_scale.foreignOrganizations; ++i) {
            Organization o;
            const auto &[poolIndex, place] = places.at(i % places.size());
            const ForeignPool &pool = pools.at(poolIndex);
            const int round = i / int(places.size());
            if (round == 0) {
                o.kind = QStringLiteral("local_authority");
                o.name = pool.authorityPattern.arg(place);
            } else {
                const int kindRound = (round - 1) % int(institutions.size());
                o.kind = kindRound % 7 == 0    ? QStringLiteral("association")
                         : kindRound % 11 == 0 ? QStringLiteral("donor")
                                               : QStringLiteral("other");
                o.name = institutions.at(kindRound).arg(place);
                const int cycle = (round - 1) / int(institutions.size());
                if (cycle > 0)
                    o.name += QStringLiteral(" %1").arg(cycle + 1);
            }
            o.country = pool.country;
            o.city = place;
            if (pick(3) == 0)
                o.website = QStringLiteral("https://www.example.org/%1").arg(i + 1);
            o.notes = pick(4) == 0 ? any(NamePools::visitPurposes()) : QString();
            if (Status saved = store.saveWithin(o); !saved)
                return saved;
            m_foreign << o.id;
            if (o.kind == QLatin1String("local_authority"))
                m_authorities << o.id;
            m_names.insert(o.id, o.name);
            m_countries.insert(o.id, o.country);
            m_pools.insert(o.id, poolIndex);
        }
        return {};
    });
}

Status DataGenerator::addPeople()
{
    return inTransaction([this]() -> Status {
        PersonStore store(m_db);
        for (int i = 0; i < m_scale.people; ++i) {
            Person p;
            const bool serbian = m_foreign.isEmpty() || pick(2) == 0;
            if (serbian) {
                p.organizationId = any(m_serbian);
                p.fullName = serbianName();
                // A third of the Serbian contacts were entered in Cyrillic.
                if (pick(3) == 0)
                    p.fullName = Transliterator::toCyrillic(p.fullName);
                p.languages = pick(2) == 0 ? QStringLiteral("sr, en") : QStringLiteral("sr");
            } else {
                p.organizationId = any(m_foreign);
                p.fullName = foreignName(m_pools.value(p.organizationId));
                p.languages = QStringLiteral("en");
            }
            p.position = any(NamePools::positions());
            p.phone = QStringLiteral("+381 11 %1").arg(3000000 + i);
            if (Status saved = store.saveWithin(p); !saved)
                return saved;
            m_people << p.id;
            m_employers.insert(p.id, p.organizationId);
        }
        return {};
    });
}

Status DataGenerator::addPartnerships()
{
    return inTransaction([this]() -> Status {
        PartnershipStore store(m_db);
        const QList<qint64> &partners = m_authorities.isEmpty() ? m_foreign : m_authorities;
        for (int i = 0; i < m_scale.partnerships; ++i) {
            Partnership p;
            const Party party{m_serbian.at(i % m_serbian.size()),
                              partners.isEmpty() ? m_serbian.at((i + 1) % m_serbian.size()) : any(partners)};
            p.kind = any(partnershipKinds);
            p.status = any(partnershipStatuses);
            p.title = (p.kind == QLatin1String("twinning") ? QStringLiteral("Bratimljenje %1 – %2")
                                                           : QStringLiteral("Saradnja %1 – %2"))
                          .arg(m_names.value(party.serbianId), m_names.value(party.foreignId));
            p.startedOn = dateBetween(firstDay, QDate(2022, 12, 31));
            if (p.status == QLatin1String("ended"))
                p.endedOn = dateBetween(p.startedOn, lastDay);
            p.parties = {{party.serbianId, QStringLiteral("partner iz Srbije")},
                         {party.foreignId, QStringLiteral("inostrani partner")}};
            const int themes = 1 + pick(3);
            for (int t = 0; t < themes; ++t) {
                const qint64 theme = any(m_themes);
                if (!p.themeIds.contains(theme))
                    p.themeIds << theme;
            }
            if (!m_people.isEmpty() && pick(2) == 0)
                p.committee.append({any(m_people), {}, QStringLiteral("koordinator")});
            const int entries = share(m_scale.timelineEntries, m_scale.partnerships, i);
            const QDate end = p.endedOn.isValid() ? p.endedOn : lastDay;
            for (int e = 0; e < entries; ++e)
                p.timeline.append({0, dateBetween(p.startedOn, end), any(NamePools::timelineEvents())});
            std::sort(p.timeline.begin(), p.timeline.end(),
                      [](const TimelineEntry &a, const TimelineEntry &b) { return a.occurredOn < b.occurredOn; });
            p.statusHistory.append({QStringLiteral("initiative"), p.startedOn, {}});
            if (p.status != QLatin1String("initiative"))
                p.statusHistory.append({p.status, dateBetween(p.startedOn, end), {}});
            if (Status saved = store.saveWithin(p); !saved)
                return saved;
            m_partnerships << p.id;
            m_parties << party;
        }
        return {};
    });
}

Status DataGenerator::addAgreements()
{
    return inTransaction([this]() -> Status {
        AgreementStore store(m_db);
        for (int i = 0; i < m_scale.agreements; ++i) {
            Agreement a;
            const int index = pick(int(m_partnerships.size()));
            const Party party = m_parties.at(index);
            a.partnershipId = m_partnerships.at(index);
            a.kind = any(agreementKinds);
            a.status = any(agreementStatuses);
            a.title = QStringLiteral("Sporazum o saradnji %1 i %2 (%3)")
                          .arg(m_names.value(party.serbianId), m_names.value(party.foreignId))
                          .arg(i + 1);
            if (a.status != QLatin1String("draft")) {
                a.signedOn = dateBetween(firstDay, QDate(2025, 12, 31));
                a.signedPlace = m_names.value(pick(2) == 0 ? party.serbianId : party.foreignId);
                a.validFrom = a.signedOn;
                if (pick(3) != 0)
                    a.validUntil = a.signedOn.addYears(1 + pick(5));
                // Agreements that ran out before the last year of the history are recorded as expired.
                if ((a.status == QLatin1String("in_force") || a.status == QLatin1String("signed"))
                    && a.validUntil.isValid() && a.validUntil < lastDay.addYears(-1))
                    a.status = QStringLiteral("expired");
            }
            a.renewal = pick(3) == 0 ? QStringLiteral("automatic") : QStringLiteral("none");
            a.languages = QStringLiteral("sr, en");
            const int pool = m_pools.value(party.foreignId);
            a.parties = {{party.serbianId, serbianName(), QStringLiteral("gradonačelnik")},
                         {party.foreignId, foreignName(pool), QStringLiteral("gradonačelnik")}};
            if (Status saved = store.saveWithin(a); !saved)
                return saved;
            m_agreements << a.id;
        }
        return {};
    });
}

Status DataGenerator::addPlans()
{
    return inTransaction([this]() -> Status {
        ActionPlanStore store(m_db);
        for (int i = 0; i < m_scale.plans; ++i) {
            ActionPlan plan;
            plan.year = firstDay.year() + i % (lastDay.year() - firstDay.year() + 1);
            plan.partnerId = m_foreign.isEmpty() ? m_serbian.first() : m_foreign.at(i % m_foreign.size());
            plan.title = QStringLiteral("Akcioni plan %1 – %2").arg(plan.year).arg(m_names.value(plan.partnerId));
            plan.status = any(planStatuses);
            if (plan.status != QLatin1String("draft") && plan.status != QLatin1String("agreed"))
                plan.signedOn = QDate(plan.year, 1, 15 + pick(14));
            plan.priorityThemeIds = {m_themes.at(i % m_themes.size()), m_themes.at((i + 7) % m_themes.size())};
            for (int a = 0; a < m_scale.activitiesPerPlan; ++a) {
                PlanActivity activity;
                activity.title = any(NamePools::activityTitles());
                activity.themeId = any(m_themes);
                activity.responsible = serbianName();
                activity.startsOn = QDate(plan.year, 1 + pick(6), 1 + pick(28));
                activity.endsOn = activity.startsOn.addDays(30 + pick(180));
                activity.budgetMinor = qint64(1000 + pick(50000)) * 100;
                activity.spentMinor = activity.budgetMinor * pick(101) / 100;
                activity.fundingSource
                    = pick(2) == 0 ? QStringLiteral("grant ambasade") : QStringLiteral("budžet opštine");
                activity.status = any(activityStatuses);
                activity.progress = activity.status == QLatin1String("done") ? 100 : pick(100);
                activity.indicator = QStringLiteral("obučeno %1 učesnika").arg(10 + pick(90));
                plan.activities << activity;
            }
            if (Status saved = store.saveWithin(plan); !saved)
                return saved;
            for (const PlanActivity &activity : plan.activities)
                m_activities << activity.id;
        }
        return {};
    });
}

Status DataGenerator::addVisits()
{
    return inTransaction([this]() -> Status {
        VisitStore store(m_db);
        for (int i = 0; i < m_scale.visits; ++i) {
            Visit v;
            const int index = pick(int(m_partnerships.size()));
            const Party party = m_parties.at(index);
            if (pick(5) < 3)
                v.partnershipId = m_partnerships.at(index);
            if (!m_agreements.isEmpty() && pick(10) == 0)
                v.agreementId = any(m_agreements);
            if (!m_activities.isEmpty() && pick(20) == 0)
                v.activityId = any(m_activities);
            v.direction = any(visitDirections);
            v.kind = any(visitKinds);
            v.startDate = dateBetween(firstDay, lastVisitDay);
            if (pick(3) != 0)
                v.endDate = v.startDate.addDays(1 + pick(4));
            const QString serbianPlace = m_names.value(party.serbianId);
            const QString foreignPlace = m_names.value(party.foreignId);
            if (v.direction == QLatin1String("outgoing")) {
                v.country = m_countries.value(party.foreignId, QStringLiteral("RS"));
                v.city = NamePools::foreignPools().at(m_pools.value(party.foreignId)).places.value(pick(3));
                v.organizations
                    = {{party.foreignId, QStringLiteral("host")}, {party.serbianId, QStringLiteral("guest")}};
                v.title = QStringLiteral("Delegacija %1 u poseti %2").arg(serbianPlace, foreignPlace);
            } else {
                v.country = QStringLiteral("RS");
                v.city = serbianPlace;
                v.organizations = {{party.serbianId, QStringLiteral("host")}};
                if (party.foreignId != party.serbianId)
                    v.organizations.append({party.foreignId, QStringLiteral("guest")});
                v.title = v.direction == QLatin1String("incoming")
                              ? QStringLiteral("Poseta %1 – %2").arg(foreignPlace, serbianPlace)
                              : QStringLiteral("Studijska poseta: %1").arg(serbianPlace);
            }
            v.purpose = any(NamePools::visitPurposes());
            if (v.startDate < lastDay.addYears(-1) && pick(2) == 0)
                v.outcome = any(NamePools::timelineEvents());
            const int participants = share(m_scale.participants, m_scale.visits, i);
            const int first = pick(int(m_people.size()));
            for (int n = 0; n < participants && !m_people.isEmpty(); ++n) {
                const qint64 person = m_people.at((first + n * 7) % m_people.size());
                v.participants.append(
                    {0, person, m_employers.value(person), n == 0 ? QStringLiteral("šef delegacije") : QString()});
            }
            if (pick(5) == 0)
                v.programme.append(
                    {v.startDate, QStringLiteral("10:00"), QStringLiteral("Prijem u gradskoj kući"), v.city});
            if (Status saved = store.saveWithin(v); !saved)
                return saved;
        }
        return {};
    });
}

// Scanned agreements: a PDF header and random content of 50–500 KB (random
// bytes do not compress, like real scans). One transaction each, as in the app.
Status DataGenerator::addAttachments()
{
    if (m_agreements.isEmpty())
        return {};
    AttachmentStore store(m_db);
    for (int i = 0; i < m_scale.attachments; ++i) {
        const qint64 agreement = m_agreements.at(i % m_agreements.size());
        const int size
            = m_scale.attachmentMinBytes + pick(qMax(1, m_scale.attachmentMaxBytes - m_scale.attachmentMinBytes + 1));
        std::vector<quint32> words(size_t(size) / sizeof(quint32));
        m_random.fillRange(words.data(), qsizetype(words.size()));
        QByteArray content("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
        content.append(reinterpret_cast<const char *>(words.data()), qsizetype(words.size() * sizeof(quint32)));
        const QString name = QStringLiteral("sporazum-%1-sken-%2.pdf").arg(agreement).arg(i + 1);
        auto added = store.add(RecordKind::Agreement, agreement, name, content);
        if (!added)
            return added.error();
    }
    return {};
}
