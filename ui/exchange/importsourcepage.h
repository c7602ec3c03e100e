// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QLineEdit;

// The first step: what kind of records, and which file.
class ImportSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSourcePage(ImportWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void chooseFile();
    void showColumns();

    ImportWizard *m_wizard;
    QComboBox *m_kind;
    QLineEdit *m_file;
    QLabel *m_columns;
};
