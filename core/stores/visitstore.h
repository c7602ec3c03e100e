// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audittrail.h"
#include "recordlister.h"
#include "store.h"
#include "validation.h"
#include "visit.h"

#include <QDate>

// Visits with their host and guest organisations, participants and programme.
class VisitStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(VisitStore)

public:
    using Store::Store;

    Result<Visit> get(qint64 id) const;
    Validation validate(const Visit &visit) const;
    // Inserts (id 0) or updates, with audit entry and search index, in one
    // transaction. Participants get new ids on every save.
    Result<qint64> save(Visit &visit);
    Status saveWithin(Visit &visit);
    // Deletes the visit with its child rows, tasks and attachments.
    Status remove(qint64 id);
    // The visits naming an organisation (as a host or guest): their search
    // entries hold its names, so a rename re-indexes each (reindexWithin(), in
    // the caller's transaction).
    Result<QList<qint64>> idsNaming(qint64 organizationId) const;
    Status reindexWithin(qint64 id);

    // Visits starting between today and today + days (inclusive), soonest first.
    Result<QList<qint64>> upcoming(int days, QDate today = QDate::currentDate()) const;
    // Places for the completer of a visit's city: cities of earlier visits and
    // of organisations, and the Serbian cities and municipalities; once each.
    Result<QStringList> knownPlaces() const;

    Result<ListPage> list(const ListQuery &query) const;
    static ListSpec listSpec();

private:
    void validateProgramme(const Visit &visit, Validation &v) const;
    void validateReferences(const Visit &visit, Validation &v) const;
    Status loadChildren(Visit &visit) const;
    Status writeRow(Visit &visit, FieldMap &before);
    Status writeChildren(Visit &visit);
    Status indexVisit(const Visit &visit);
};
