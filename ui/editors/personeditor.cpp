// SPDX-License-Identifier: GPL-3.0-or-later
#include "personeditor.h"

#include "database.h"
#include "dates.h"
#include "editorform.h"
#include "erasurenoticedialog.h"
#include "organizationstore.h"
#include "personstore.h"
#include "recordpicker.h"

#include <QDate>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

PersonEditor::PersonEditor(QWidget *parent)
    : RecordEditor(parent)
    , m_name(lineEdit(this, tr("Name"), tr("First and last name")))
    , m_organization(new RecordPicker(RecordKind::Organization, this))
    , m_position(lineEdit(this, tr("Position"), tr("e.g. Head of international cooperation")))
    , m_email(lineEdit(this, tr("E-mail")))
    , m_phone(lineEdit(this, tr("Phone"), tr("e.g. +381 11 123 4567")))
    , m_languages(lineEdit(this, tr("Languages"), tr("e.g. Serbian, English, French")))
    , m_notes(new QPlainTextEdit(this))
    , m_erase(new QPushButton(tr("&Erase personal data…"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    m_organization->setAccessibleName(tr("Organisation"));
    m_organization->setPlaceholderText(tr("Type a name in Latin or Cyrillic; may stay empty"));
    m_organization->setPicksFirstSuggestion(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Only what the work needs (e.g. consent to be contacted, preferred language)."));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(120);
    m_erase->setAccessibleName(tr("Erase personal data"));
    m_save->setAccessibleName(tr("Save"));
    m_revert->setAccessibleName(tr("Revert"));
    m_erase->setToolTip(tr("The right to erasure: removes the person's data from the register for good."));

    auto *form = new QFormLayout;
    m_form = std::make_unique<EditorForm>(form, this, QStringLiteral("full_name"));
    m_form->addRow(tr("&Name:"), m_name, QStringLiteral("full_name"));
    m_form->addRow(tr("&Organisation:"), m_organization, QStringLiteral("organization_id"));
    m_form->addRow(tr("&Position:"), m_position);
    m_form->addRow(tr("&E-mail:"), m_email, QStringLiteral("email"));
    m_form->addRow(tr("P&hone:"), m_phone);
    m_form->addRow(tr("&Languages:"), m_languages);
    m_form->addRow(tr("No&tes:"), m_notes);
    m_form->addRow(tr("Personal data:"), m_erase, QStringLiteral("erase"));
    // Spare height goes below the form, not between its rows.
    auto *column = new QVBoxLayout;
    column->addLayout(form);
    column->addStretch(1);
    arrange(column, m_revert, m_save);

    const QList<QWidget *> chain
        = {m_name, m_organization, m_position, m_email, m_phone, m_languages, m_notes, m_erase, m_revert, m_save};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    for (QLineEdit *edit :
         {static_cast<QLineEdit *>(m_organization), m_name, m_position, m_email, m_phone, m_languages})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_organization, &RecordPicker::picked, this, [this] { setDirty(true); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    connect(m_erase, &QPushButton::clicked, this, [this] { (void)erasePersonalData(); }); // the outcome is shown
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); }); // messages appear by the fields
    connect(m_revert, &QPushButton::clicked, this, &PersonEditor::revert);
    setDirty(false);
}

PersonEditor::~PersonEditor() = default;

void PersonEditor::setDatabase(Database *db)
{
    m_db = db;
    m_organization->setDatabase(db);
    setReadOnly(!db || db->isReadOnly());
}

void PersonEditor::load(qint64 id)
{
    Person person;
    if (id > 0 && m_db) {
        if (auto loaded = PersonStore(*m_db).get(id))
            person = loaded.value();
    }
    m_original = person;
    show(person);
}

void PersonEditor::show(const Person &p)
{
    m_loading = true;
    m_name->setText(p.fullName);
    if (p.organizationId > 0) {
        QString name = tr("(organisation %1)").arg(p.organizationId);
        if (m_db) {
            if (auto organization = OrganizationStore(*m_db).get(p.organizationId))
                name = organization.value().name;
        }
        m_organization->setRecord(p.organizationId, name);
    } else {
        m_organization->reset();
    }
    m_position->setText(p.position);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_languages->setText(p.languages);
    m_notes->setPlainText(p.notes);
    m_form->clear();
    m_loading = false;
    setDirty(false);
}

Person PersonEditor::collect() const
{
    Person p = m_original;
    p.fullName = m_name->text().simplified();
    p.organizationId = m_organization->pickedId();
    p.position = m_position->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.languages = m_languages->text().trimmed();
    p.notes = m_notes->toPlainText();
    return p;
}

Status PersonEditor::save()
{
    if (!m_db)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    Person person = collect();
    PersonStore store(*m_db);
    Validation validation = store.validate(person);
    const QString organizationText = m_organization->text().trimmed();
    if (person.organizationId == 0 && !organizationText.isEmpty())
        validation.addError(
            QStringLiteral("organization_id"),
            tr("No organisation is called \"%1\"; choose one of the suggestions, or leave the field empty.")
                .arg(organizationText));
    m_form->show(validation.issues());
    if (validation.hasErrors())
        return validation.toError();
    auto written = store.save(person);
    if (!written) {
        m_form->showError(QStringLiteral("full_name"), written.error().message());
        return written.error();
    }
    load(person.id);
    emit saved(person.id);
    return {};
}

QString PersonEditor::erasureSummary() const
{
    QStringList lines;
    lines << tr("• the name, organisation, position, e-mail, phone, languages and notes;");
    if (m_db && m_original.id > 0) {
        if (auto scope = PersonStore(*m_db).erasureScope(m_original.id)) {
            const PersonStore::ErasureScope &s = scope.value();
            if (s.visits > 0)
                lines << tr("• the person in %n visit(s) (the visits stay, with an anonymous participant);", nullptr,
                            s.visits);
            if (s.committeeSeats > 0)
                lines << tr("• %n twinning committee seat(s) (a seat with a role stays, anonymous);", nullptr,
                            s.committeeSeats);
            if (s.delegations > 0)
                lines << tr("• the person in %n membership delegation(s);", nullptr, s.delegations);
            if (s.liaisons > 0)
                lines << tr("• the person as liaison of %n organisation(s);", nullptr, s.liaisons);
            if (s.tasks > 0)
                lines << tr("• %n task(s) about the person;", nullptr, s.tasks);
            if (s.attachments > 0)
                lines << tr("• %n attached file(s) about the person;", nullptr, s.attachments);
        }
    }
    lines << tr(
        "• the person's entry in search, and the details of the change history (a bare \"erased\" entry stays).");
    return lines.join(QLatin1Char('\n'));
}

Status PersonEditor::erasePersonalData()
{
    if (!m_db || m_original.id <= 0 || m_readOnly)
        return Error(ErrorCode::Invalid, tr("There is no saved person to erase."));
    const qint64 id = m_original.id;
    const QString name = m_original.fullName;

    QMessageBox ask(QMessageBox::Warning, tr("Erase personal data"),
                    tr("Erase the personal data of %1 from the register?").arg(name), QMessageBox::Cancel, this);
    ask.setInformativeText(
        tr("This cannot be undone. It erases:\n%1\n\nBackups made before now still hold the data until "
           "they are rotated out.")
            .arg(erasureSummary()));
    QPushButton *erase = ask.addButton(tr("Erase"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != erase)
        return Error(ErrorCode::Invalid, tr("The erasure was cancelled."));

    if (Status erased = PersonStore(*m_db).erase(id); !erased) {
        m_form->showError(QStringLiteral("erase"), erased.error().message());
        return erased;
    }
    const QString notice = tr("Erasure of personal data\n\nPerson: %1\nErased on: %2\n\n%3")
                               .arg(name, Dates::display(QDate::currentDate()), PersonStore::erasureNotice());
    load(0); // the person is gone; the form is empty
    auto *dialog = new ErasureNoticeDialog(notice, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit erased(id);
    return {};
}

void PersonEditor::revert()
{
    show(m_original);
}

void PersonEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    setDirty(m_dirty);
}

void PersonEditor::updateActions()
{
    m_erase->setEnabled(!m_readOnly && m_original.id > 0);
}

void PersonEditor::setDirty(bool dirty)
{
    if (m_loading)
        return;
    const bool changed = m_dirty != dirty;
    m_dirty = dirty;
    m_save->setEnabled(dirty && !m_readOnly);
    m_revert->setEnabled(dirty);
    updateActions();
    if (changed)
        emit dirtyChanged(dirty);
}
