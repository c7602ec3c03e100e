// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

// Settings: the staff name written into the audit trail, the "needs care"
// threshold and the language of the interface. Kept in QSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    static QString staffName();
    static int careMonths();
    static QString language(); // "sr-Latn", "sr-Cyrl", "en" or empty for the system's
    // Applies the stored staff name to the audit trail.
    static void applyStored();

    void accept() override;

private:
    QLineEdit *m_staff;
    QSpinBox *m_care;
    QComboBox *m_language;
};
