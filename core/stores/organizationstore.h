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
    // Inserts (id 0) or updates, with audit entry and search index, in one transaction.
    Result<qint64> save(Organization &organization);
    Status saveWithin(Organization &organization);
    // Refused while partnerships, agreements, visits or plans name it.
    Status remove(qint64 id);

    Result<ListPage> list(const ListQuery &query) const;
    static ListSpec listSpec();

    // The organisation with this name (any script, diacritics, case) in the
    // country, or with this name alone when only one has it.
    Result<std::optional<qint64>> findByName(const QString &name, const QString &country = {}) const;

private:
    Status indexOrganization(const Organization &organization);
    Result<QList<qint64>> sameNameIn(const QString &name, const QString &country, qint64 exceptId) const;
};
