// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;

// The third step: which column of the file holds each import column,
// guessed from the file's header (names in any case, script or language)
// and changed with a list per column; the first row's value beside it.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The list that chooses the file column of an import column (objectName "map_<column>").
    QComboBox *box(const QString &column) const;

private:
    QString currentKey() const;
    QHash<QString, int> chosen() const;
    void updateState();

    ImportWizard *m_wizard;
    QScrollArea *m_scroll;
    QWidget *m_rows = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_message;
    QList<QComboBox *> m_boxes;
    QList<QLabel *> m_samples;
};
