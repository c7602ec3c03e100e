// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>

class QStandardItemModel;

// A completer over a list of texts (places, names) that matches what is typed
// in either script, with or without diacritics and in any case: "cac",
// "чач" and "Čač" all offer Čačak. The texts are folded once (SearchFolding)
// and what is typed is folded the same way.
class FoldingCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit FoldingCompleter(QObject *parent = nullptr);

    void setTexts(const QStringList &texts);

    QStringList splitPath(const QString &path) const override;
    // What a chosen completion writes into the field: the text as it is, not folded.
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QStandardItemModel *m_model;
};
