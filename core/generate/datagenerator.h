// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generationscale.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <functional>

class Database;

// Writes a register of generated, realistic records for benchmarks and
// trials (`saradnja-cli generate`): foreign organisations and people with
// names in their own spelling, partnerships of the Serbian local
// governments of the reference data with their timelines, agreements,
// action plans, visits with participants, attached files.
//
// Every record goes through its store's saveWithin() — the same validation,
// audit entries, search index and derived rows as a save in the app — in one
// write transaction per kind of record (attachments through
// AttachmentStore::add, one each). The random generator has a fixed seed
// and every date is fixed, so the same scale gives the same records.
class DataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DataGenerator)

public:
    static constexpr quint32 seed = 20061208;
    // Called after each step with a line for the user ("visits: 50000").
    using Progress = std::function<void(const QString &)>;

    DataGenerator(Database &db, const GenerationScale &scale);

    // Needs the reference data (ReferenceData::load) in place.
    Status run(const Progress &progress = {});

private:
    struct Party
    {
        qint64 serbianId = 0;
        qint64 foreignId = 0;
    };

    Status loadReference();
    Status addOrganizations();
    Status addPeople();
    Status addPartnerships();
    Status addAgreements();
    Status addPlans();
    Status addVisits();
    Status addAttachments();
    Status inTransaction(const std::function<Status()> &work);

    int pick(int count) { return count > 0 ? int(m_random.bounded(count)) : 0; }
    template<typename T>
    const T &any(const QList<T> &list)
    {
        return list.at(pick(int(list.size())));
    }
    QDate dateBetween(const QDate &first, const QDate &last);
    QString serbianName();
    QString foreignName(int poolIndex);
    // count spread over parts as evenly as the remainder allows: part i's share.
    static int share(int count, int parts, int i);

    Database &m_db;
    GenerationScale m_scale;
    QRandomGenerator m_random;

    QList<qint64> m_serbian;            // Serbian local governments
    QList<qint64> m_foreign;            // generated foreign organisations
    QList<qint64> m_authorities;        // those of them that are local authorities
    QHash<qint64, QString> m_names;     // organisation id -> name
    QHash<qint64, QString> m_countries; // foreign organisation id -> country
    QHash<qint64, int> m_pools;         // foreign organisation id -> NamePools::foreignPools() index
    QList<qint64> m_themes;
    QList<qint64> m_people;
    QHash<qint64, qint64> m_employers; // person id -> organisation id
    QList<qint64> m_partnerships;
    QList<Party> m_parties; // of m_partnerships, same order
    QList<qint64> m_agreements;
    QList<qint64> m_activities;
};
