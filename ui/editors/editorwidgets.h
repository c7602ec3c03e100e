// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocabulary.h"

#include <QString>
#include <QStringList>

class QComboBox;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

// The small widgets every editor builds the same way.
namespace EditorWidgets {

// A compact table of child rows (parties, delegates, history): stretched
// columns, whole rows selected one at a time, Tab leaves the table.
QTableWidget *table(QWidget *parent, const QStringList &headers, const QString &accessibleName);
// A cell the user cannot edit (names picked from elsewhere, dates of history).
QTableWidgetItem *readOnlyItem(const QString &text);
// The terms of a vocabulary, labelled in the interface language, keyed by their stable keys.
void fill(QComboBox *combo, Vocab vocab);

} // namespace EditorWidgets
