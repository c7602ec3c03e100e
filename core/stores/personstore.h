// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "person.h"
#include "recordlister.h"
#include "store.h"
#include "validation.h"

class PersonStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(PersonStore)

public:
    // What an erasure touches besides the person's own fields (for the
    // confirmation the user sees before erasing).
    struct ErasureScope
    {
        int visits = 0;          // visits the person took part in (they stay, anonymous)
        int committeeSeats = 0;  // twinning committee seats (anonymous when they have a role, else removed)
        int delegations = 0;     // membership delegations (they stay, without the person)
        int liaisons = 0;        // organisations naming the person as liaison
        int tasks = 0;           // tasks about the person (deleted)
        int attachments = 0;     // files on the person or on those tasks (deleted)
    };

    using Store::Store;

    Result<Person> get(qint64 id) const;
    Validation validate(const Person &person) const;
    // Inserts (id 0) or updates, with audit entry and search index, in one
    // transaction; person gets its id (and stored form) only when committed.
    Result<qint64> save(Person &person);
    // The same inside the caller's WriteTransaction (bulk loads).
    Status saveWithin(Person &person);
    // An ordinary delete: the audit trail keeps the deleted fields; links
    // from visits, committees, delegations and organisations become empty;
    // the tasks about the person and their attachments are deleted.
    Status remove(qint64 id);
    // The people working at an organisation: their search
    // entries hold its names, so a rename re-indexes each (reindexWithin(), in
    // the caller's transaction).
    Result<QList<qint64>> idsNaming(qint64 organizationId) const;
    Status reindexWithin(qint64 id);

    // The right to erasure: in one transaction, blanks every personal field,
    // unlinks the person from visits (an anonymous participant row stays),
    // committees (an anonymous seat stays when it has a role), delegations and
    // organisations, deletes the person's tasks and attachments, drops the
    // search entry (and compacts the index), forgets the details of the
    // person's audit entries and records a bare "erase" entry, then deletes
    // the row. secure_delete is on, so the bytes leave the file.
    Status erase(qint64 id);
    // What erase(id) would touch; NotFound for an unknown person.
    Result<ErasureScope> erasureScope(qint64 id) const;
    // What the user must be told after an erasure (backups still hold the data).
    static QString erasureNotice();

    Result<ListPage> list(const ListQuery &query) const;
    static ListSpec listSpec();

private:
    Status indexPerson(const Person &person);
    Status blankPersonalFields(qint64 id);
    Status unlinkEverywhere(qint64 id);
    Status eraseTasksAndFiles(qint64 id);
    Status eraseWithin(qint64 id);
};
