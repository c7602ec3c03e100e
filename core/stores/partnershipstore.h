// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partnership.h"
#include "recordlister.h"
#include "store.h"
#include "validation.h"

#include <QDate>
#include <QSet>

class PartnershipStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipStore)

public:
    using Store::Store;

    static constexpr int defaultCareMonths = 12;

    // The partnership with its parties, themes, committee, timeline and
    // status history (each in its stored order; timeline by date).
    Result<Partnership> get(qint64 id) const;
    Validation validate(const Partnership &partnership) const;
    // Inserts (id 0) or updates with all child rows, audit entry and search
    // index, in one transaction. A new status gets a status-history entry
    // dated today (unless the caller added one for it today). partnership
    // gets its id, history and timeline ids only when committed.
    Result<qint64> save(Partnership &partnership);
    // The same inside the caller's WriteTransaction (bulk loads).
    Status saveWithin(Partnership &partnership);
    // Deletes the partnership with its child rows, tasks and attachments;
    // agreements, visits and initiatives that named it keep their data and
    // lose the link.
    Status remove(qint64 id);
    // The partnerships naming an organisation (as a party): their search
    // entries hold its names, so a rename re-indexes each (reindexWithin(), in
    // the caller's transaction).
    Result<QList<qint64>> idsNaming(qint64 organizationId) const;
    Status reindexWithin(qint64 id);

    // The one-line add of a dated activity.
    Status addTimelineEntry(qint64 partnershipId, const QDate &date, const QString &description);

    // The latest of: timeline entries, linked visits (start date) and linked
    // agreements (signing date). An invalid date when there is none.
    Result<QDate> lastActivity(qint64 id) const;
    // No activity for longer than thresholdMonths (counted from the start
    // date, or from when it was recorded, when there has been no activity at
    // all). Ended partnerships never need care.
    Result<bool> needsCare(qint64 id, int thresholdMonths = defaultCareMonths,
                           const QDate &today = QDate::currentDate()) const;
    // Every partnership that needs care, in title order, in one query.
    Result<QList<qint64>> needingCare(int thresholdMonths = defaultCareMonths,
                                      const QDate &today = QDate::currentDate()) const;
    // The same, each with its title and last activity, still in one query (the dashboard).
    struct CareNeed
    {
        qint64 id = 0;
        QString title;
        QDate lastActivity; // invalid when there has been none
    };
    // Every partnership in title order with its parties and themes only (no
    // committee, timeline or status history), in three queries: for reports
    // over all partnerships, which would otherwise read each one whole.
    Result<QList<Partnership>> allWithPartiesAndThemes() const;
    Result<QList<CareNeed>> needingCareWithActivity(int thresholdMonths = defaultCareMonths,
                                                    const QDate &today = QDate::currentDate()) const;

    Result<ListPage> list(const ListQuery &query) const;
    // Columns: title, kind, status, parties, started_on, last_activity.
    // Filters: status, kind, country (any party), theme (id), organization
    // (a party's id), year (started).
    static ListSpec listSpec();

private:
    Status loadChildren(Partnership &partnership) const;
    void validateParties(const Partnership &partnership, Validation &validation) const;
    void validateChildren(const Partnership &partnership, Validation &validation) const;
    void recordStatusChange(Partnership &partnership, const QString &previousStatus) const;
    static void normalize(Partnership &partnership, const QSet<qint64> &storedEntryIds);
    Status writeRow(Partnership &partnership);
    Status saveChildren(Partnership &partnership, bool inserted);
    Status saveTimeline(Partnership &partnership);
    Status indexPartnership(const Partnership &partnership);
};
