// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

// Dates in the database are ISO text (YYYY-MM-DD) or NULL.
namespace Dates {

QVariant toSql(const QDate &date);
QDate fromSql(const QVariant &value);
// "2026-11-22", "22.11.2026." or "22.11.2026" (Serbian, trailing dot optional); invalid otherwise.
QDate parse(const QString &text);
// A date as the interface shows it, in the default locale's language: "22.11.2026." in
// Serbian (four-digit year, as staff expect), the short format otherwise; empty when invalid.
QString display(const QDate &date);
// Now, as the ISO timestamp stored in created_at / updated_at / audit entries.
QString timestampNow();

} // namespace Dates
