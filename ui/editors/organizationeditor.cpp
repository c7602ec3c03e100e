// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationeditor.h"

#include "countrylookup.h"
#include "apptranslator.h"
#include "database.h"
#include "fieldmessage.h"
#include "organizationstore.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

OrganizationEditor::OrganizationEditor(QWidget *parent)
    : RecordEditor(parent)
    , m_kind(new QComboBox(this))
    , m_name(lineEdit(this, tr("Name")))
    , m_nameCyrillic(lineEdit(this, tr("Name in Cyrillic")))
    , m_nameSr(lineEdit(this, tr("Serbian name")))
    , m_nameEn(lineEdit(this, tr("English name")))
    , m_acronym(lineEdit(this, tr("Acronym")))
    , m_country(new QComboBox(this))
    , m_district(lineEdit(this, tr("District")))
    , m_parentCity(lineEdit(this, tr("City it belongs to")))
    , m_city(lineEdit(this, tr("Seat")))
    , m_address(lineEdit(this, tr("Address")))
    , m_email(lineEdit(this, tr("E-mail")))
    , m_phone(lineEdit(this, tr("Phone")))
    , m_website(lineEdit(this, tr("Website")))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    for (const QString &key : Vocabulary::keys(Vocab::OrganizationKind))
        m_kind->addItem(Vocabulary::label(Vocab::OrganizationKind, key), key);
    m_kind->setAccessibleName(tr("Kind"));
    m_country->setAccessibleName(tr("Country"));
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [&](const QString &label, QWidget *field, const QString &key = {}) {
        if (key.isEmpty()) {
            form->addRow(label, field);
            return;
        }
        auto *box = new QWidget(this);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(field);
        auto *message = new FieldMessage(box);
        column->addWidget(message);
        m_messages.insert(key, message);
        form->addRow(label, box);
    };
    addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(tr("Name in &Cyrillic:"), m_nameCyrillic);
    addRow(tr("Serbian name:"), m_nameSr);
    addRow(tr("English name:"), m_nameEn);
    addRow(tr("Acronym:"), m_acronym);
    addRow(tr("C&ountry:"), m_country, QStringLiteral("country"));
    addRow(tr("District:"), m_district);
    addRow(tr("City it belongs to:"), m_parentCity, QStringLiteral("parent_city"));
    addRow(tr("Seat:"), m_city);
    addRow(tr("Address:"), m_address);
    addRow(tr("&E-mail:"), m_email, QStringLiteral("email"));
    addRow(tr("Phone:"), m_phone);
    addRow(tr("Website:"), m_website);
    addRow(tr("Notes:"), m_notes);

    arrange(form, m_revert, m_save);

    for (QLineEdit *edit : {m_name, m_nameCyrillic, m_nameSr, m_nameEn, m_acronym, m_district, m_parentCity, m_city, m_address,
                            m_email, m_phone, m_website})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); }); // messages appear by the fields
    connect(m_revert, &QPushButton::clicked, this, &OrganizationEditor::revert);
    setDirty(false);
}

void OrganizationEditor::setDatabase(Database *db)
{
    m_db = db;
    m_loading = true;
    m_country->clear();
    if (db) {
        if (auto countries = CountryLookup::all(*db, AppTranslator::current())) {
            for (const CountryLookup::Entry &country : countries.value())
                m_country->addItem(country.name, country.code);
        }
    }
    m_loading = false;
    setReadOnly(!db || db->isReadOnly());
}

void OrganizationEditor::load(qint64 id)
{
    Organization organization;
    organization.country = QStringLiteral("RS");
    if (id > 0 && m_db) {
        auto loaded = OrganizationStore(*m_db).get(id);
        if (loaded)
            organization = loaded.value();
    }
    m_original = organization;
    show(organization);
}

void OrganizationEditor::show(const Organization &o)
{
    m_loading = true;
    m_kind->setCurrentIndex(m_kind->findData(o.kind));
    m_name->setText(o.name);
    m_nameCyrillic->setText(o.nameCyrillic);
    m_nameSr->setText(o.nameSr);
    m_nameEn->setText(o.nameEn);
    m_acronym->setText(o.acronym);
    m_country->setCurrentIndex(m_country->findData(o.country));
    m_district->setText(o.district);
    m_parentCity->setText(o.parentCity);
    m_city->setText(o.city);
    m_address->setText(o.address);
    m_email->setText(o.email);
    m_phone->setText(o.phone);
    m_website->setText(o.website);
    m_notes->setPlainText(o.notes);
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearMessage();
    m_loading = false;
    setDirty(false);
}

Organization OrganizationEditor::collect() const
{
    Organization o = m_original;
    o.kind = m_kind->currentData().toString();
    o.name = m_name->text().trimmed();
    o.nameCyrillic = m_nameCyrillic->text().trimmed();
    o.nameSr = m_nameSr->text().trimmed();
    o.nameEn = m_nameEn->text().trimmed();
    o.acronym = m_acronym->text().trimmed();
    o.country = m_country->currentData().toString();
    o.district = m_district->text().trimmed();
    o.parentCity = m_parentCity->text().trimmed();
    o.city = m_city->text().trimmed();
    o.address = m_address->text().trimmed();
    o.email = m_email->text().trimmed();
    o.phone = m_phone->text().trimmed();
    o.website = m_website->text().trimmed();
    o.notes = m_notes->toPlainText();
    return o;
}

void OrganizationEditor::showMessages(const QList<ValidationIssue> &issues)
{
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearMessage();
    for (const ValidationIssue &issue : issues) {
        FieldMessage *message = m_messages.value(issue.field, m_messages.value(QStringLiteral("name")));
        if (issue.warning)
            message->showWarning(issue.message);
        else
            message->showError(issue.message);
    }
}

Status OrganizationEditor::save()
{
    if (!m_db)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    Organization organization = collect();
    OrganizationStore store(*m_db);
    const Validation validation = store.validate(organization);
    showMessages(validation.issues());
    if (validation.hasErrors())
        return validation.toError();
    auto written = store.save(organization);
    if (!written) {
        showMessages({{QStringLiteral("name"), written.error().message(), false}});
        return written.error();
    }
    m_original = organization;
    setDirty(false);
    emit saved(organization.id);
    return {};
}

void OrganizationEditor::revert()
{
    show(m_original);
}

void OrganizationEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_kind->setEnabled(!readOnly);
    m_country->setEnabled(!readOnly);
    setDirty(m_dirty);
}

void OrganizationEditor::setDirty(bool dirty)
{
    if (m_loading)
        return;
    const bool changed = m_dirty != dirty;
    m_dirty = dirty;
    m_save->setEnabled(dirty && !m_readOnly);
    m_revert->setEnabled(dirty);
    if (changed)
        emit dirtyChanged(dirty);
}
