// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"
#include "recordlister.h"
#include "store.h"
#include "validation.h"

#include <QDate>

class AgreementStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(AgreementStore)

public:
    using Store::Store;

    Result<Agreement> get(qint64 id) const;
    Validation validate(const Agreement &agreement) const;
    // Inserts (id 0) or updates with its parties, audit entry and search
    // index, in one transaction; agreement is updated only when committed.
    Result<qint64> save(Agreement &agreement);
    // The same inside the caller's WriteTransaction (bulk loads).
    Status saveWithin(Agreement &agreement);
    // Deletes the agreement with its parties, tasks and attachments; visits
    // that named it lose the link.
    Status remove(qint64 id);
    // The agreements naming an organisation (as a party): their search
    // entries hold its names, so a rename re-indexes each (reindexWithin(), in
    // the caller's transaction).
    Result<QList<qint64>> idsNaming(qint64 organizationId) const;
    Status reindexWithin(qint64 id);

    // Signed or in-force agreements whose validity ends between today and
    // today + days (both included), soonest first.
    Result<QList<qint64>> expiringWithin(int days, const QDate &today = QDate::currentDate()) const;

    Result<ListPage> list(const ListQuery &query) const;
    // Columns: title, kind, parties, signed_on, valid_until, status.
    // Filters: kind, status, year (signed), country (any party),
    // organization (a party's id), partnership (id), expiring_before (ISO
    // date: signed or in force, valid until that day at the latest).
    static ListSpec listSpec();

private:
    Status loadParties(Agreement &agreement) const;
    void validateParties(const Agreement &agreement, Validation &validation) const;
    Status saveParties(const Agreement &agreement);
    Status indexAgreement(const Agreement &agreement);
};
