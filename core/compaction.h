// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

// Keeping a register compact. A register written to over years has the pages
// of its tables and indexes interleaved in the file, in the order the records
// came; VACUUM rewrites it with each b-tree's pages together and no free page
// left. Reading it is then faster: the quick check of the large benchmark
// register takes about a quarter less time (docs/PERFORMANCE.md). The app
// compacts a register when it opens it and a compaction is due (see isDue),
// and when the user asks for it.
class Compaction
{
    Q_DECLARE_TR_FUNCTIONS(Compaction)

public:
    // The last compaction, as the register records it (in app_meta).
    struct Record
    {
        QDateTime at; // invalid: never compacted
        qint64 size = 0; // bytes, just after it
    };

    // Smaller registers are read in a moment either way.
    static constexpr qint64 minimumSize = 64 * 1024 * 1024;
    // Due for a register of at least minimumSize bytes never compacted, grown
    // by a quarter since, or last compacted a year ago or more.
    static bool isDue(qint64 size, const Record &last, const QDateTime &now);
    // isDue for the register at path, from its size and its record (read on
    // a connection of its own); false when the file does not say (not a
    // register, unreadable: opening it tells why).
    static bool isDueFor(const QString &path, const QDateTime &now);
    static Result<Record> lastRecord(const Database &db);

    // Compacts an open, writable register: VACUUM (one journaled step: an
    // interruption leaves the old file whole), then the record.
    static Status compact(Database &db);
    // VACUUM on the connection as it is, and the record; the upgrade's
    // rewrite with larger pages uses it too. Fails only when VACUUM does.
    static Status vacuum(Database &db);
    // Opens the register at path (with its check), compacts it and closes it
    // again. A register another copy of the app holds is left as it is.
    // Seconds for a large register: the app runs it on another thread.
    static Status compactFile(const QString &path);
    // The note shown when an automatic compaction failed (the register works as it is).
    static QString failedNote(const Error &error);

private:
    // Writes the record of a compaction just made.
    static Status record(Database &db);
};
