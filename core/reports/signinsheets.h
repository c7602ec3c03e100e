// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "result.h"

#include <memory>

class Database;
class ReportDocument;

// Report 6: sign-in sheets for a visit or event, as EU town-twinning grants
// require: one sheet per organisation (each on a new page) listing its
// participants with a wide signature column, plus blank rows for walk-ins.
class SignInSheets
{
public:
    static constexpr int blankRows = 5;
    static Result<std::unique_ptr<ReportDocument>> build(const Database &db, qint64 visitId, Language language);
};
