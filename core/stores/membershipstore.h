// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "membership.h"
#include "recordlister.h"
#include "store.h"
#include "validation.h"

#include <QDate>

// SKGO's memberships in international organisations and their delegates.
// Delegates are saved with their membership and keep their row ids across
// saves (reminders of ending mandates point at them).
class MembershipStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(MembershipStore)

public:
    using Store::Store;

    // How far ahead the app looks for ending mandates (lists, editor).
    static constexpr int mandateEndingDays = 90;

    Result<Membership> get(qint64 id) const;
    // Issues of a delegate carry its row, e.g. "delegates[1].mandate_until".
    Validation validate(const Membership &membership) const;
    // Inserts (id 0) or updates with the delegates (updated by id, new ones
    // inserted, missing ones deleted), audit entry and search index, in one transaction.
    Result<qint64> save(Membership &membership);
    Status saveWithin(Membership &membership);
    // Deletes the membership with its delegates, tasks and attachments.
    Status remove(qint64 id);
    // The memberships in an organisation: their search
    // entries hold its names, so a rename re-indexes each (reindexWithin(), in
    // the caller's transaction).
    Result<QList<qint64>> idsNaming(qint64 organizationId) const;
    Status reindexWithin(qint64 id);

    // Delegates (row ids) of memberships lasting on `today` whose mandate ends
    // between today and today + days, soonest first.
    Result<QList<qint64>> delegatesWithMandateEndingWithin(int days, QDate today) const;
    // The memberships having such delegates (the same rule), by id.
    Result<QList<qint64>> membershipsWithMandateEndingWithin(int days, QDate today) const;
    // The membership a delegate row belongs to.
    Result<qint64> membershipOfDelegate(qint64 delegateId) const;

    Result<ListPage> list(const ListQuery &query) const;
    static ListSpec listSpec();

private:
    static Membership normalized(const Membership &membership);
    void validateDelegate(Validation &v, int row, const Delegate &delegate, const QList<qint64> &ownIds) const;
    Result<QList<Delegate>> delegatesOf(qint64 membershipId) const;
    Status writeMembershipRow(Membership &membership);
    Status writeDelegates(Membership &membership, const QList<Delegate> &before);
    Status indexMembership(const Membership &membership);
};
