// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QLineEdit>

class Database;
class QCompleter;
class QStandardItemModel;

// A line edit that finds records of one kind as the user types: the
// completer's model is filled from the search index, so a query matches
// in either script and without diacritics ("cacak", "чачак" find Čačak).
// Enter (or choosing a suggestion) picks the record.
class RecordPicker : public QLineEdit
{
    Q_OBJECT

public:
    RecordPicker(RecordKind kind, QWidget *parent = nullptr);

    void setDatabase(Database *db) { m_db = db; }
    QCompleter *completer() const { return m_completer; }
    QStandardItemModel *suggestions() const { return m_model; }
    // The record named by the text: the chosen suggestion, or a suggestion
    // whose title is the text (whatever the case); 0 when none.
    qint64 pickedId() const;
    // Picks the suggestion in that row of the model (as a click would).
    void pickRow(int row);
    void reset();
    // Shows a record as already picked (a saved record's value), without emitting picked().
    void setPicked(qint64 id, const QString &title);
    // Enter picks the first suggestion when the text names no record exactly
    // (organisations); off for people, where the text may be a new name.
    void setPicksFirstSuggestion(bool on) { m_picksFirst = on; }

signals:
    // A record was picked (Enter or a suggestion); id 0 when the text names none.
    void picked(qint64 id, const QString &text);

private:
    void refresh(const QString &text);
    void pick(qint64 id, const QString &title);

    RecordKind m_kind;
    Database *m_db = nullptr;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    qint64 m_pickedId = 0;
    QString m_pickedText;
    bool m_picksFirst = false;
    qint64 m_activatedId = 0;
};
