// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audittrail.h"
#include "initiative.h"
#include "recordlister.h"
#include "store.h"
#include "validation.h"

#include <QDate>

// Initiatives with their sought countries and themes, candidates and stage
// history. The closing date follows the stage: saving an initiative in a
// closed stage (agreement_signed, closed_without_result) without a closing
// date sets it to today; saving it in an open stage clears it. A change of
// stage appends a StageChange dated today (unless the caller already added
// one for the new stage as the last entry).
class InitiativeStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(InitiativeStore)

public:
    using Store::Store;

    Result<Initiative> get(qint64 id) const;
    Validation validate(const Initiative &initiative) const;
    // Inserts (id 0) or updates, with audit entry and search index, in one transaction.
    Result<qint64> save(Initiative &initiative);
    Status saveWithin(Initiative &initiative);
    // Deletes the initiative with its child rows, tasks and attachments.
    Status remove(qint64 id);
    // The initiatives naming an organisation (as the requester): their search
    // entries hold its names, so a rename re-indexes each (reindexWithin(), in
    // the caller's transaction).
    Result<QList<qint64>> idsNaming(qint64 organizationId) const;
    Status reindexWithin(qint64 id);

    // Moves an open initiative one stage along the usual path
    // (received → searching → ... → negotiating → agreement_signed).
    Status moveToNextStage(qint64 id);
    // Days since the initiative entered its current stage (the latest stage
    // change to it), or since it was opened when the history has none.
    Result<int> daysInStage(qint64 id, QDate today = QDate::currentDate()) const;
    // Organisations worth proposing, best first: in the sought countries, not
    // Serbian local governments (foreign local authorities first), with at
    // least one partnership on a sought theme (any organisation when no theme
    // is sought), not yet partners of the requester and not yet candidates.
    // Empty when no country is sought.
    Result<QList<qint64>> suggestCandidates(qint64 initiativeId, int limit = 20) const;
    // The same for an initiative as it stands in a form, saved or not (its
    // requester, countries, themes and candidates as given).
    Result<QList<qint64>> suggestCandidatesFor(const Initiative &initiative, int limit = 20) const;

    // Turns an initiative whose agreement is signed into a partnership, in one
    // transaction: a new active partnership of the kind sought (town twinning
    // when none) between the requester and the partners, which must be among
    // its candidates, on the themes sought, started on the day the agreement
    // was signed (the closing date) and titled with the parties' names; the
    // initiative is linked to it (partnershipId). Refused (Invalid) when the
    // initiative is in another stage, already has its partnership, or no
    // partner or a partner who is not a candidate is given. Returns the
    // partnership's id.
    Result<qint64> turnIntoPartnership(qint64 initiativeId, const QList<qint64> &partnerIds);

    Result<ListPage> list(const ListQuery &query) const;
    static ListSpec listSpec();

private:
    void validateReferences(const Initiative &initiative, Validation &v) const;
    Status loadChildren(Initiative &initiative) const;
    Status writeRow(Initiative &initiative, FieldMap &before);
    Status writeChildren(const Initiative &initiative);
    Status indexInitiative(const Initiative &initiative);
};
