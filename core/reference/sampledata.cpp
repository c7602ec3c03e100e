// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"

#include "actionplanstore.h"
#include "agreementstore.h"
#include "database.h"
#include "initiativestore.h"
#include "membershipstore.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "referencedata.h"
#include "sqlsupport.h"
#include "taskstore.h"
#include "themestore.h"
#include "visitstore.h"
#include "writetransaction.h"

namespace {

// Loading stops at the first failure; every step checks this first.
class Loader
{
public:
    explicit Loader(Database &db)
        : m_db(db)
    {
    }

    Status status() const { return m_status; }

    qint64 organization(const QString &name, const QString &country)
    {
        if (!m_status)
            return 0;
        auto id = OrganizationStore(m_db).resolveReference(name, country);
        if (!id) {
            m_status = Error(ErrorCode::NotFound, id.error().message(), name);
            return 0;
        }
        return id.value();
    }

    qint64 byReferenceKey(const QString &key)
    {
        if (!m_status)
            return 0;
        auto id = Sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM organizations WHERE reference_key = ?"), {key});
        if (!id || id.value().isNull()) {
            m_status = Error(ErrorCode::NotFound, SampleData::tr("The reference data is incomplete."), key);
            return 0;
        }
        return id.value().toLongLong();
    }

    qint64 theme(const QString &key)
    {
        if (!m_status)
            return 0;
        auto id = Sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM themes WHERE key = ?"), {key});
        if (!id || id.value().isNull()) {
            m_status = Error(ErrorCode::NotFound, SampleData::tr("The reference data is incomplete."), key);
            return 0;
        }
        return id.value().toLongLong();
    }

    template<typename Store, typename Record>
    qint64 save(Record &record)
    {
        if (!m_status)
            return 0;
        Store store(m_db);
        m_status = store.saveWithin(record);
        return m_status ? record.id : 0;
    }

    qint64 foreignOrganization(const QString &kind, const QString &name, const QString &country, const QString &nameSr,
                               const QString &nameEn, const QString &acronym = {}, const QString &city = {},
                               const QString &website = {})
    {
        Organization o;
        o.kind = kind;
        o.name = name;
        o.country = country;
        o.nameSr = nameSr;
        o.nameEn = nameEn;
        o.acronym = acronym;
        o.city = city;
        o.website = website;
        return save<OrganizationStore>(o);
    }

    qint64 person(const QString &name, qint64 organization, const QString &position, const QString &languages)
    {
        Person p;
        p.fullName = name;
        p.organizationId = organization;
        p.position = position;
        p.languages = languages;
        p.notes = SampleData::exampleNote();
        return save<PersonStore>(p);
    }

private:
    Database &m_db;
    Status m_status;
};

struct Association
{
    const char *name;
    const char *country;
    const char *nameSr;
    const char *nameEn;
    const char *acronym;
    const char *city;
};

// Associations with which SKGO has signed cooperation agreements (seed 000).
const Association agreementPartners[] = {
    {"Zajednica opština Crne Gore", "ME", "Zajednica opština Crne Gore", "Union of Municipalities of Montenegro", "ZOCG",
     "Podgorica"},
    {"Заедница на единиците на локалната самоуправа на Република Северна Македонија", "MK",
     "Zajednica jedinica lokalnih samouprava Makedonije",
     "Association of the Units of Local Self-Government of the Republic of North Macedonia", "ZELS", "Skopje"},
    {"Skupnost občin Slovenije", "SI", "Slovenačka asocijacija opština", "Association of Municipalities of Slovenia", "SOS",
     "Maribor"},
    {"מרכז השלטון המקומי בישראל", "IL", "Savez lokalnih vlasti Izraela", "Union of Local Authorities in Israel", "ULAI",
     "Tel Aviv"},
};
const int agreementYears[] = {2007, 2007, 2007, 2008};

// Associations of the countries SKGO cooperates with without a formal agreement (seed 000).
const Association cooperationPartners[] = {
    {"Österreichischer Städtebund", "AT", "Savez gradova Austrije", "Austrian Association of Cities and Towns", "", "Wien"},
    {"Sveriges Kommuner och Regioner", "SE", "Švedsko udruženje lokalnih vlasti i regiona",
     "Swedish Association of Local Authorities and Regions", "SKR", "Stockholm"},
    {"Национално сдружение на общините в Република България", "BG", "Nacionalno udruženje opština Republike Bugarske",
     "National Association of Municipalities in the Republic of Bulgaria", "NAMRB", "Sofia"},
    {"Associazione Nazionale Comuni Italiani", "IT", "Nacionalno udruženje italijanskih opština",
     "National Association of Italian Municipalities", "ANCI", "Roma"},
    {"Svaz měst a obcí České republiky", "CZ", "Savez gradova i opština Češke Republike",
     "Union of Towns and Municipalities of the Czech Republic", "SMO ČR", "Praha"},
    {"Združenie miest a obcí Slovenska", "SK", "Udruženje gradova i opština Slovačke",
     "Association of Towns and Communities of Slovakia", "ZMOS", "Bratislava"},
    {"Savez opština i gradova Republike Srpske", "BA", "Savez opština i gradova Republike Srpske",
     "Association of Municipalities and Cities of Republika Srpska", "", ""},
    {"KS – Kommunesektorens organisasjon", "NO", "Norveško udruženje lokalnih i regionalnih vlasti",
     "Norwegian Association of Local and Regional Authorities", "KS", "Oslo"},
    {"Association française du Conseil des Communes et Régions d'Europe", "FR",
     "Francusko udruženje Saveta evropskih opština i regiona",
     "French Association of the Council of European Municipalities and Regions", "AFCCRE", "Orléans"},
    {"Vereniging van Nederlandse Gemeenten", "NL", "Udruženje holandskih opština", "Association of Netherlands Municipalities",
     "VNG", "Den Haag"},
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

QString SampleData::exampleNote()
{
    // The example data is Serbian, like the registers it illustrates.
    return QStringLiteral("Primer: izmišljeno radi ilustracije.");
}

Status SampleData::load(Database &db)
{
    WriteTransaction transaction(db.connection());
    if (!transaction.isActive())
        return transaction.error();
    Loader load(db);
    const qint64 skgo = load.byReferenceKey(ReferenceData::skgoKey());
    const qint64 kragujevac = load.organization(QStringLiteral("Kragujevac"), QStringLiteral("RS"));
    const qint64 mitrovica = load.organization(QStringLiteral("Sremska Mitrovica"), QStringLiteral("RS"));
    const qint64 ivanjica = load.organization(QStringLiteral("Ivanjica"), QStringLiteral("RS"));

    // SKGO's agreements with associations (2007, 2008) and the partnerships they found.
    for (int i = 0; i < 4; ++i) {
        const Association &a = agreementPartners[i];
        const qint64 partner = load.foreignOrganization(QStringLiteral("association"), text(a.name), text(a.country),
                                                        text(a.nameSr), text(a.nameEn), text(a.acronym), text(a.city));
        Partnership p;
        p.title = QStringLiteral("SKGO – ") + (text(a.acronym).isEmpty() ? text(a.nameSr) : text(a.acronym));
        p.kind = QStringLiteral("association");
        p.status = QStringLiteral("active");
        p.startedOn = QDate(agreementYears[i], 1, 1);
        p.notes = QStringLiteral("Saradnja formalizovana sporazumom %1. godine (poznata je samo godina; datumi su postavljeni na 1. januar).")
                      .arg(agreementYears[i]);
        p.parties = {{skgo, QStringLiteral("nacionalna asocijacija")}, {partner, QStringLiteral("nacionalna asocijacija")}};
        p.themeIds = {load.theme(QStringLiteral("decentralisation")), load.theme(QStringLiteral("european_integration"))};
        p.statusHistory = {{QStringLiteral("active"), p.startedOn, QStringLiteral("Potpisan sporazum")}};
        const qint64 partnership = load.save<PartnershipStore>(p);
        Agreement agreement;
        agreement.title = QStringLiteral("Sporazum o saradnji SKGO i asocijacije: %1").arg(text(a.nameSr));
        agreement.kind = QStringLiteral("cooperation_agreement");
        agreement.status = QStringLiteral("in_force");
        agreement.signedOn = QDate(agreementYears[i], 1, 1);
        agreement.validFrom = agreement.signedOn;
        agreement.renewal = QStringLiteral("automatic");
        agreement.partnershipId = partnership;
        agreement.notes = p.notes;
        agreement.parties = {{skgo, {}, {}}, {partner, {}, {}}};
        load.save<AgreementStore>(agreement);
    }

    // Practical cooperation without a formal agreement.
    for (const Association &a : cooperationPartners) {
        const qint64 partner = load.foreignOrganization(QStringLiteral("association"), text(a.name), text(a.country),
                                                        text(a.nameSr), text(a.nameEn), text(a.acronym), text(a.city));
        Partnership p;
        p.title = QStringLiteral("SKGO – ") + (text(a.acronym).isEmpty() ? text(a.nameSr) : text(a.acronym));
        p.kind = QStringLiteral("association");
        p.status = QStringLiteral("active");
        p.notes = QStringLiteral("Praktična saradnja bez formalnog sporazuma.");
        p.parties = {{skgo, QStringLiteral("nacionalna asocijacija")}, {partner, QStringLiteral("nacionalna asocijacija")}};
        load.save<PartnershipStore>(p);
    }

    // Town twinnings with France (seed 002).
    const qint64 suresnes = load.foreignOrganization(QStringLiteral("local_authority"), QStringLiteral("Ville de Suresnes"),
                                                     QStringLiteral("FR"), QStringLiteral("Sirena"), QStringLiteral("Suresnes"),
                                                     {}, QStringLiteral("Suresnes"), QStringLiteral("https://www.suresnes.fr"));
    const qint64 nevers = load.foreignOrganization(QStringLiteral("local_authority"), QStringLiteral("Ville de Nevers"),
                                                   QStringLiteral("FR"), QStringLiteral("Never"), QStringLiteral("Nevers"), {},
                                                   QStringLiteral("Nevers"), QStringLiteral("https://www.nevers.fr"));
    const qint64 embassy = load.foreignOrganization(QStringLiteral("embassy"), QStringLiteral("Ambassade de France en Serbie"),
                                                    QStringLiteral("FR"), QStringLiteral("Ambasada Francuske u Srbiji"),
                                                    QStringLiteral("Embassy of France in Serbia"), {},
                                                    QStringLiteral("Beograd"), QStringLiteral("https://rs.ambafrance.org"));

    const qint64 marija = load.person(QStringLiteral("Marija Jovanović"), kragujevac,
                                      QStringLiteral("Savetnica za međunarodnu saradnju"), QStringLiteral("sr, fr, en"));
    const qint64 claire = load.person(QStringLiteral("Claire Martin"), suresnes, QStringLiteral("Chargée des relations internationales"),
                                      QStringLiteral("fr, en"));
    const qint64 djordje = load.person(QStringLiteral("Đorđe Petrović"), skgo, QStringLiteral("Saradnik za međunarodnu saradnju"),
                                       QStringLiteral("sr, en, fr"));
    const qint64 ljiljana = load.person(QStringLiteral("Ljiljana Nikolić"), mitrovica, QStringLiteral("Šefica kabineta gradonačelnika"),
                                        QStringLiteral("sr, en"));
    const qint64 pierre = load.person(QStringLiteral("Pierre Durand"), nevers, QStringLiteral("Adjoint au maire"),
                                      QStringLiteral("fr"));

    Partnership kragujevacSuresnes;
    kragujevacSuresnes.title = QStringLiteral("Kragujevac – Suresnes");
    kragujevacSuresnes.kind = QStringLiteral("twinning");
    kragujevacSuresnes.status = QStringLiteral("active");
    kragujevacSuresnes.notes = QStringLiteral("Jedno od osam aktivnih francusko-srpskih partnerstava 2020. godine, veoma aktivno već nekoliko decenija.");
    kragujevacSuresnes.parties = {{kragujevac, QStringLiteral("partner")}, {suresnes, QStringLiteral("partner")}};
    kragujevacSuresnes.themeIds = {load.theme(QStringLiteral("culture")), load.theme(QStringLiteral("youth"))};
    kragujevacSuresnes.committee = {{marija, {}, QStringLiteral("koordinatorka u Kragujevcu")}, {claire, {}, QStringLiteral("koordinatorka u Sireni")}};
    kragujevacSuresnes.timeline = {{0, QDate(2020, 2, 27),
                                    QStringLiteral("Navedeno među osam aktivnih partnerstava pri potpisivanju akcionog plana SKGO i Ambasade Francuske za 2020.")}};
    kragujevacSuresnes.statusHistory = {{QStringLiteral("active"), QDate(2020, 2, 27), {}}};
    const qint64 kragujevacSuresnesId = load.save<PartnershipStore>(kragujevacSuresnes);

    Partnership mitrovicaNevers;
    mitrovicaNevers.title = QStringLiteral("Sremska Mitrovica – Nevers");
    mitrovicaNevers.kind = QStringLiteral("twinning");
    mitrovicaNevers.status = QStringLiteral("active");
    mitrovicaNevers.notes = QStringLiteral("Neaktivno nekoliko godina, ponovo pokrenuto 2020.");
    mitrovicaNevers.parties = {{mitrovica, QStringLiteral("partner")}, {nevers, QStringLiteral("partner")}};
    mitrovicaNevers.themeIds = {load.theme(QStringLiteral("culture")), load.theme(QStringLiteral("local_economic_development"))};
    mitrovicaNevers.committee = {{ljiljana, {}, QStringLiteral("koordinatorka u Sremskoj Mitrovici")}, {pierre, {}, QStringLiteral("koordinator u Neveru")}};
    mitrovicaNevers.statusHistory = {{QStringLiteral("dormant"), QDate(2015, 1, 1), SampleData::exampleNote()},
                                     {QStringLiteral("active"), QDate(2020, 2, 27), QStringLiteral("Saradnja ponovo pokrenuta")}};
    mitrovicaNevers.timeline = {{0, QDate(2020, 2, 27), QStringLiteral("Saradnja ponovo pokrenuta posle nekoliko godina neaktivnosti.")}};
    const qint64 mitrovicaNeversId = load.save<PartnershipStore>(mitrovicaNevers);

    // The 2020 action plan with the French Embassy and its six themes (seed 002).
    ActionPlan plan;
    plan.year = 2020;
    plan.partnerId = embassy;
    plan.title = QStringLiteral("Akcioni plan SKGO i Ambasade Francuske za 2020. godinu");
    plan.status = QStringLiteral("signed");
    plan.signedOn = QDate(2020, 2, 27);
    plan.notes = QStringLiteral("Potpisan povodom 20 godina saradnje. Aktivnosti su primeri, izmišljeni radi ilustracije.");
    const QStringList planThemes = {QStringLiteral("gender_equality"), QStringLiteral("rule_of_law"), QStringLiteral("youth"),
                                    QStringLiteral("local_economic_development"), QStringLiteral("environment"),
                                    QStringLiteral("urban_planning")};
    const QStringList activityTitles = {
        QStringLiteral("Rodna ravnopravnost u lokalnim samoupravama: razmena praksi"),
        QStringLiteral("Vladavina prava na lokalnom nivou: obuka za zaposlene u opštinama"),
        QStringLiteral("Učešće mladih u javnom životu: srpsko-francuski forum mladih"),
        QStringLiteral("Lokalni ekonomski razvoj: studijska poseta srpskih opština Francuskoj"),
        QStringLiteral("Životna sredina: decentralizovana saradnja u upravljanju otpadom"),
        QStringLiteral("Urbanističko planiranje: radionica sa francuskim partnerskim gradovima"),
    };
    const int progress[] = {100, 60, 80, 40, 20, 0};
    const char *statuses[] = {"done", "in_progress", "in_progress", "in_progress", "in_progress", "planned"};
    for (int i = 0; i < planThemes.size(); ++i) {
        plan.priorityThemeIds << load.theme(planThemes.at(i));
        PlanActivity activity;
        activity.title = activityTitles.at(i);
        activity.themeId = plan.priorityThemeIds.constLast();
        activity.responsible = QStringLiteral("SKGO");
        activity.startsOn = QDate(2020, 3 + i, 1);
        activity.endsOn = QDate(2020, 5 + i, 28);
        activity.budgetMinor = qint64(5000 + 1500 * i) * 100;
        activity.spentMinor = activity.budgetMinor * progress[i] / 100;
        activity.currency = QStringLiteral("EUR");
        activity.fundingSource = i % 2 == 0 ? QStringLiteral("Ambasada Francuske") : QStringLiteral("SKGO");
        activity.status = QString::fromLatin1(statuses[i]);
        activity.progress = progress[i];
        activity.indicator = SampleData::exampleNote();
        plan.activities << activity;
    }
    load.save<ActionPlanStore>(plan);

    // Memberships in CEMR and NALAS.
    for (const QString &key : {QStringLiteral("io:cemr"), QStringLiteral("io:nalas")}) {
        Membership membership;
        membership.organizationId = load.byReferenceKey(key);
        membership.role = QStringLiteral("članica");
        membership.notes = QStringLiteral("Delegati su primeri, izmišljeni radi ilustracije.");
        Delegate delegate;
        delegate.personId = djordje;
        delegate.body = key == QLatin1String("io:cemr") ? QStringLiteral("Policy Committee") : QStringLiteral("General Assembly");
        delegate.mandateFrom = QDate(2023, 1, 1);
        delegate.mandateUntil = QDate(2027, 12, 31);
        membership.delegates << delegate;
        load.save<MembershipStore>(membership);
    }

    // An example visit with its programme and participants.
    Visit visit;
    visit.title = QStringLiteral("Delegacija Sirene u Kragujevcu");
    visit.direction = QStringLiteral("incoming");
    visit.kind = QStringLiteral("delegation");
    visit.startDate = QDate(2020, 10, 8);
    visit.endDate = QDate(2020, 10, 10);
    visit.city = QStringLiteral("Kragujevac");
    visit.country = QStringLiteral("RS");
    visit.purpose = QStringLiteral("Razmena mladih i kulturni program bratimljenja.");
    visit.outcome = QStringLiteral("Dogovorena je razmena mladih za narednu godinu.");
    visit.partnershipId = kragujevacSuresnesId;
    visit.notes = SampleData::exampleNote();
    visit.organizations = {{kragujevac, QStringLiteral("host")}, {suresnes, QStringLiteral("guest")}};
    visit.participants = {{0, marija, kragujevac, QStringLiteral("koordinatorka domaćina")}, {0, claire, suresnes, QStringLiteral("šefica delegacije")}};
    visit.programme = {{QDate(2020, 10, 8), QStringLiteral("10:00"), QStringLiteral("Prijem u Gradskoj kući"), QStringLiteral("Kragujevac")},
                       {QDate(2020, 10, 9), QStringLiteral("11:00"), QStringLiteral("Sastanak sa omladinskim organizacijama"), QStringLiteral("Kragujevac")}};
    const qint64 visitId = load.save<VisitStore>(visit);

    // An example initiative of a member municipality.
    Initiative initiative;
    initiative.title = QStringLiteral("Ivanjica traži partnerski grad u Francuskoj");
    initiative.requesterId = ivanjica;
    initiative.origin = QStringLiteral("member");
    initiative.soughtCountries = {QStringLiteral("FR")};
    initiative.soughtThemeIds = {load.theme(QStringLiteral("tourism")), load.theme(QStringLiteral("youth"))};
    initiative.soughtKind = QStringLiteral("twinning");
    initiative.description = SampleData::exampleNote();
    initiative.stage = QStringLiteral("searching");
    initiative.staffInCharge = QStringLiteral("Đorđe Petrović");
    initiative.openedOn = QDate(2020, 3, 2);
    initiative.stageHistory = {{QStringLiteral("searching"), QDate(2020, 3, 10), {}}};
    initiative.candidates = {{nevers, SampleData::exampleNote()}};
    load.save<InitiativeStore>(initiative);

    // Follow-up tasks.
    Task followUp;
    followUp.title = QStringLiteral("Poslati izveštaj o poseti Sireni");
    followUp.dueOn = QDate(2020, 10, 20);
    followUp.done = true;
    followUp.doneOn = QDate(2020, 10, 19);
    followUp.recordKind = QStringLiteral("visit");
    followUp.recordId = visitId;
    followUp.notes = SampleData::exampleNote();
    load.save<TaskStore>(followUp);
    Task relaunch;
    relaunch.title = QStringLiteral("Dogovoriti program za 2021. sa Neverom");
    relaunch.dueOn = QDate(2021, 1, 31);
    relaunch.recordKind = QStringLiteral("partnership");
    relaunch.recordId = mitrovicaNeversId;
    relaunch.notes = SampleData::exampleNote();
    load.save<TaskStore>(relaunch);

    if (Status loaded = load.status(); !loaded)
        return loaded;
    return transaction.commit();
}
