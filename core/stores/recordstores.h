// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"
#include "result.h"

class Database;

// The operations every kind of record has, chosen by kind: for callers that
// handle records of any kind (the desktop app's delete, undo and redo).
class RecordStores
{
public:
    // The store's own remove() of that kind, in one write transaction, with
    // its rules (an organisation still named by partnerships is refused).
    static Status remove(const Database &db, RecordKind kind, qint64 id);
};
