// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What went wrong, as a value: one translated sentence for the user and the
// technical detail for the log. Every fallible core function returns one of
// these (inside a Result) instead of throwing or keeping a lastError().
enum class ErrorCode {
    None,
    NotADatabase,     // the file is not an SQLite database, or not one of ours
    Damaged,          // SQLite reports corruption or the integrity check fails
    MissingFolder,    // the folder that should hold the file does not exist
    ReadOnly,         // a write was needed but the file or folder is read-only
    Locked,           // another process holds the file
    NewerSchema,      // written by a newer version of Saradnja
    FileExists,       // refusing to overwrite an existing file
    NotFound,         // no such file or record
    Io,               // any other file-system failure
    Sql,              // an unexpected database failure
    Invalid,          // input that fails validation
    Cancelled,        // the user stopped the work
};

class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString detail = {});

    ErrorCode code() const { return m_code; }
    bool isError() const { return m_code != ErrorCode::None; }
    // One sentence in the user's language.
    QString message() const { return m_message; }
    // Technical detail (SQL error text, paths, errno) for the log.
    QString detail() const { return m_detail; }
    // Message and detail together, for the log and for --verbose output.
    QString toLogString() const;

    static QString codeName(ErrorCode code);

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
    QString m_detail;
};
