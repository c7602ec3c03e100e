// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// A person SKGO delegates to a body of an international organisation (e.g.
// CEMR's Policy Committee), with the mandate's dates. The person may be gone
// (erased on request): personId 0 on a saved row.
struct Delegate
{
    qint64 id = 0;          // stable across saves of the membership
    qint64 personId = 0;
    QString body;           // "Policy Committee", "Bureau", "Congress: Chamber of Local Authorities"
    QDate mandateFrom;
    QDate mandateUntil;
    bool substitute = false;

    // The mandate ends between today and today + days (both included), as
    // MembershipStore::delegatesWithMandateEndingWithin() counts it (which
    // also asks that the membership lasts).
    bool mandateEndsWithin(int days, const QDate &today) const;

    // Compact, by id: "person:12 Bureau 2024-01-01..2026-12-31 substitute".
    QString auditText() const;
};
