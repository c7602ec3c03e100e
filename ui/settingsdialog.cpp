// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "audittrail.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace {

const QString staffKey = QStringLiteral("settings/staffName");
const QString careKey = QStringLiteral("settings/careMonths");
const QString languageKey = QStringLiteral("settings/language");

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_staff(new QLineEdit(this))
    , m_care(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_staff->setText(staffName());
    m_staff->setPlaceholderText(AuditTrail::actor());
    m_staff->setAccessibleName(tr("Staff name"));
    m_care->setRange(1, 120);
    m_care->setSuffix(tr(" months"));
    m_care->setValue(careMonths());
    m_care->setAccessibleName(tr("Needs care after"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("Srpski (latinica)"), QStringLiteral("sr-Latn")); // not translated: names of languages
    m_language->addItem(QStringLiteral("Српски (ћирилица)"), QStringLiteral("sr-Cyrl")); // not translated: names of languages
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // not translated: names of languages
    m_language->setCurrentIndex(qMax(0, m_language->findData(language())));
    m_language->setAccessibleName(tr("Language"));

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name (for the history of changes):"), m_staff);
    form->addRow(tr("A partnership &needs care after:"), m_care);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies at once: the open register and the record shown stay as they are."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(QString(), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString SettingsDialog::staffName()
{
    return QSettings().value(staffKey).toString();
}

int SettingsDialog::careMonths()
{
    return QSettings().value(careKey, 12).toInt();
}

QString SettingsDialog::language()
{
    return QSettings().value(languageKey).toString();
}

void SettingsDialog::applyStored()
{
    AuditTrail::setActor(staffName());
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(staffKey, m_staff->text().trimmed());
    settings.setValue(careKey, m_care->value());
    settings.setValue(languageKey, m_language->currentData().toString());
    applyStored();
    QDialog::accept();
}
