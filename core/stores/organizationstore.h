// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organization.h"
#include "recordlister.h"
#include "store.h"
#include "validation.h"

#include <optional>

class OrganizationStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationStore)

public:
    using Store::Store;

    Result<Organization> get(qint64 id) const;
    // Errors block a save; a likely duplicate (same name in any script or
    // diacritics, same country) is a warning.
    Validation validate(const Organization &organization) const;
    // Inserts (id 0) or updates, with audit entry and search index, in one
    // transaction. A change of any name (name, Cyrillic, Serbian and English
    // names, acronym) re-indexes in the same transaction every record whose
    // search entry holds them: partnerships, agreements, visits, initiatives,
    // action plans and memberships that name it, and its people.
    Result<qint64> save(Organization &organization);
    Status saveWithin(Organization &organization);
    // Deletes the organisation with its tasks and attachments; refused (and
    // nothing deleted) while partnerships, agreements, visits or plans name it.
    Status remove(qint64 id);

    Result<ListPage> list(const ListQuery &query) const;
    static ListSpec listSpec();

    // The organisation with this name (any script, diacritics, case) in the
    // country, or with this name alone when only one has it.
    Result<std::optional<qint64>> findByName(const QString &name, const QString &country = {}) const;
    // Every organisation with this name (any of its name columns, any script or
    // diacritics) in the country (any country when empty).
    Result<QList<qint64>> findAllByName(const QString &name, const QString &country = {}, qint64 exceptId = 0) const;
    // An organisation named in a CSV cell: the name alone when unique
    // ("Čačak"), or a name told apart by its city ("Palilula (Niš)").
    // NotFound or Invalid (ambiguous) errors carry a translated message.
    Result<qint64> resolveReference(const QString &text, const QString &country = {}) const;
    // The name a CSV file uses for the organisation: its name, with its city
    // in brackets when another organisation has the same name.
    QString referenceName(qint64 id) const;

    // Re-indexes, in the caller's transaction, every record whose search
    // entry holds the organisation's names (after a rename, or an undo of one).
    Status reindexRecordsNaming(qint64 id);

private:
    Status indexOrganization(const Organization &organization);
};
