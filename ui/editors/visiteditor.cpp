// SPDX-License-Identifier: GPL-3.0-or-later
#include "visiteditor.h"

#include "countrylookup.h"
#include "apptranslator.h"
#include "database.h"
#include "editorwidgets.h"
#include "foldingcompleter.h"
#include "taskpanel.h"
#include "datefield.h"
#include "dates.h"
#include "editorform.h"
#include "organizationstore.h"
#include "personstore.h"
#include "recordpicker.h"
#include "visitstore.h"
#include "vocabulary.h"
#include "writetransaction.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

using EditorWidgets::table;
using EditorWidgets::fill;

constexpr int idRole = Qt::UserRole;
constexpr int nameRole = Qt::UserRole + 1; // a new participant's name (person id 0)

enum ProgrammeColumn { DayColumn, TimeColumn, ItemColumn, PlaceColumn };

QListWidget *organizationList(QWidget *parent, const QString &accessibleName)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(accessibleName);
    list->setMaximumHeight(70);
    list->setToolTip(VisitEditor::tr("Delete removes the selected organisation."));
    return list;
}

} // namespace

VisitEditor::VisitEditor(QWidget *parent)
    : RecordEditor(parent)
    , m_title(new QLineEdit(this))
    , m_direction(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_start(new DateField(this))
    , m_end(new DateField(this))
    , m_city(new QLineEdit(this))
    , m_country(new QComboBox(this))
    , m_hostPicker(new RecordPicker(RecordKind::Organization, this))
    , m_hosts(organizationList(this, tr("Hosts")))
    , m_guestPicker(new RecordPicker(RecordKind::Organization, this))
    , m_guests(organizationList(this, tr("Guests")))
    , m_personPicker(new RecordPicker(RecordKind::Person, this))
    , m_personRole(new QLineEdit(this))
    , m_participants(table(this, {tr("Participant"), tr("Role")}, tr("Participants")))
    , m_removeParticipant(new QPushButton(tr("Remove"), this))
    , m_programme(table(this, {tr("Day"), tr("Time"), tr("Item"), tr("Place")}, tr("Programme")))
    , m_addProgramme(new QPushButton(tr("Add programme item"), this))
    , m_removeProgramme(new QPushButton(tr("Remove"), this))
    , m_purpose(new QPlainTextEdit(this))
    , m_outcome(new QPlainTextEdit(this))
    , m_tasks(new TaskPanel(this))
    , m_places(new FoldingCompleter(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    fill(m_direction, Vocab::VisitDirection);
    fill(m_kind, Vocab::VisitKind);
    m_title->setAccessibleName(tr("Title"));
    m_direction->setAccessibleName(tr("Direction"));
    m_kind->setAccessibleName(tr("Kind"));
    m_start->setAccessibleName(tr("Start date"));
    m_end->setAccessibleName(tr("End date"));
    m_end->setToolTip(tr("Leave empty for a one-day visit."));
    m_city->setAccessibleName(tr("City"));
    m_city->setCompleter(m_places);
    m_country->setAccessibleName(tr("Country"));
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_hostPicker->setAccessibleName(tr("Host to add"));
    m_guestPicker->setAccessibleName(tr("Guest to add"));
    for (RecordPicker *picker : {m_hostPicker, m_guestPicker}) {
        picker->setPlaceholderText(tr("Type a name, Enter adds it"));
        picker->setPicksFirstSuggestion(true);
    }
    m_personPicker->setAccessibleName(tr("Participant to add"));
    m_personPicker->setPlaceholderText(tr("A contact or a new name"));
    m_personRole->setAccessibleName(tr("Participant's role"));
    m_personRole->setPlaceholderText(tr("Role; Enter adds the participant"));
    m_programme->setToolTip(tr("Day as D.M.YYYY., time as free text (\"10:00\", \"morning\")."));
    m_programme->horizontalHeader()->setSectionResizeMode(DayColumn, QHeaderView::ResizeToContents);
    m_programme->horizontalHeader()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_purpose->setAccessibleName(tr("Purpose"));
    m_outcome->setAccessibleName(tr("Outcome"));
    for (QPlainTextEdit *text : {m_purpose, m_outcome}) {
        text->setTabChangesFocus(true);
        text->setMaximumHeight(90);
    }
    buildForm();

    for (QLineEdit *edit : {m_title, m_city})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    for (DateField *date : {m_start, m_end})
        connect(date, &DateField::dateEdited, this, [this] { setDirty(true); });
    for (QComboBox *combo : {m_direction, m_kind, m_country})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    for (QPlainTextEdit *text : {m_purpose, m_outcome})
        connect(text, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    connect(m_participants, &QTableWidget::itemChanged, this, [this] { setDirty(true); });
    connect(m_programme, &QTableWidget::itemChanged, this, [this] { setDirty(true); });
    const auto addPicked = [this](RecordPicker *picker, const QString &role) {
        connect(picker, &RecordPicker::picked, this, [this, picker, role](qint64 id, const QString &text) {
            if (id <= 0) {
                m_form->showError(QStringLiteral("organizations"),
                                  tr("No organisation is called \"%1\"; choose one of the suggestions.").arg(text));
                return;
            }
            addOrganization(id, role);
            picker->reset();
        });
    };
    addPicked(m_hostPicker, QStringLiteral("host"));
    addPicked(m_guestPicker, QStringLiteral("guest"));
    connect(m_personPicker, &RecordPicker::picked, this, [this] { m_personRole->setFocus(); });
    connect(m_personRole, &QLineEdit::returnPressed, this, &VisitEditor::addPickedParticipant);
    connect(m_removeParticipant, &QPushButton::clicked, this, [this] {
        if (m_participants->currentRow() >= 0) {
            m_participants->removeRow(m_participants->currentRow());
            setDirty(true);
        }
    });
    connect(m_addProgramme, &QPushButton::clicked, this, [this] {
        addProgrammeRow({m_start->date(), {}, {}, {}});
        setDirty(true);
        m_programme->setCurrentCell(m_programme->rowCount() - 1, ItemColumn);
        m_programme->setFocus();
    });
    connect(m_removeProgramme, &QPushButton::clicked, this, [this] {
        if (m_programme->currentRow() >= 0) {
            m_programme->removeRow(m_programme->currentRow());
            setDirty(true);
        }
    });
    connect(m_tasks, &TaskPanel::taskSaved, this,
            [this](qint64 id, const RecordSnapshot &before) { emit relatedSaved(RecordKind::Task, id, before); });
    connect(m_tasks, &TaskPanel::openTask, this, [this](qint64 id) { emit openRequested(RecordKind::Task, id); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); }); // messages appear by the fields
    connect(m_revert, &QPushButton::clicked, this, &VisitEditor::revert);
    for (QListWidget *list : {m_hosts, m_guests})
        list->installEventFilter(this);
    setDirty(false);
}

VisitEditor::~VisitEditor() = default;

bool VisitEditor::eventFilter(QObject *watched, QEvent *event)
{
    auto *list = qobject_cast<QListWidget *>(watched);
    if (list && event->type() == QEvent::KeyPress && !m_readOnly) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && list->currentItem()) {
            delete list->takeItem(list->currentRow());
            setDirty(true);
            return true;
        }
    }
    return RecordEditor::eventFilter(watched, event);
}

QWidget *VisitEditor::organizationBox(RecordPicker *picker, QListWidget *list, const QString &title)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *label = new QLabel(title, box);
    label->setBuddy(picker);
    column->addWidget(label);
    column->addWidget(picker);
    column->addWidget(list);
    return box;
}

void VisitEditor::buildForm()
{
    auto *form = new QFormLayout;
    m_form = std::make_unique<EditorForm>(form, this, QStringLiteral("title"));

    auto *organizations = new QWidget(this);
    auto *organizationsRow = new QHBoxLayout(organizations);
    organizationsRow->setContentsMargins(0, 0, 0, 0);
    organizationsRow->addWidget(organizationBox(m_hostPicker, m_hosts, tr("Hosts:")));
    organizationsRow->addWidget(organizationBox(m_guestPicker, m_guests, tr("Guests:")));

    auto *participants = new QWidget(this);
    auto *participantsColumn = new QVBoxLayout(participants);
    participantsColumn->setContentsMargins(0, 0, 0, 0);
    auto *personRow = new QHBoxLayout;
    personRow->addWidget(m_personPicker, 3);
    personRow->addWidget(m_personRole, 2);
    participantsColumn->addLayout(personRow);
    participantsColumn->addWidget(m_participants);
    auto *participantButtons = new QHBoxLayout;
    participantButtons->addStretch();
    participantButtons->addWidget(m_removeParticipant);
    participantsColumn->addLayout(participantButtons);

    auto *programme = new QWidget(this);
    auto *programmeColumn = new QVBoxLayout(programme);
    programmeColumn->setContentsMargins(0, 0, 0, 0);
    programmeColumn->addWidget(m_programme);
    auto *programmeButtons = new QHBoxLayout;
    programmeButtons->addStretch();
    programmeButtons->addWidget(m_addProgramme);
    programmeButtons->addWidget(m_removeProgramme);
    programmeColumn->addLayout(programmeButtons);

    m_form->addRow(tr("&Title:"), m_title, QStringLiteral("title"));
    m_form->addRow(tr("&Direction:"), m_direction, QStringLiteral("direction"));
    m_form->addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    m_form->addRow(tr("St&art date:"), m_start, QStringLiteral("start_date"));
    m_form->addRow(tr("&End date:"), m_end, QStringLiteral("end_date"));
    m_form->addRow(tr("C&ity:"), m_city);
    m_form->addRow(tr("C&ountry:"), m_country, QStringLiteral("country"));
    m_form->addRow(tr("Organisations:"), organizations, QStringLiteral("organizations"));
    m_form->addRow(tr("&Participants:"), participants, QStringLiteral("participants"));
    m_form->addRow(tr("Pro&gramme:"), programme, QStringLiteral("programme"));
    m_form->addRow(tr("P&urpose:"), m_purpose);
    m_form->addRow(tr("Out&come:"), m_outcome);
    m_form->addRow(tr("Follow-up tasks:"), m_tasks);

    arrange(form, m_revert, m_save);

    const QList<QWidget *> chain = {m_title, m_direction, m_kind, m_start, m_end, m_city, m_country, m_hostPicker, m_hosts, m_guestPicker,
                 m_guests, m_personPicker, m_personRole, m_participants, m_removeParticipant, m_programme,
                 m_addProgramme, m_removeProgramme, m_purpose, m_outcome, m_tasks, m_revert, m_save};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void VisitEditor::setDatabase(Database *db)
{
    m_db = db;
    for (RecordPicker *picker : {m_hostPicker, m_guestPicker, m_personPicker})
        picker->setDatabase(db);
    m_tasks->setDatabase(db);
    m_places->setTexts(db ? VisitStore(*db).knownPlaces().valueOr({}) : QStringList());
    m_loading = true;
    m_country->clear();
    m_country->addItem(tr("(none)"), QString());
    if (db) {
        if (auto countries = CountryLookup::all(*db, AppTranslator::current())) {
            for (const CountryLookup::Entry &country : countries.value())
                m_country->addItem(country.name, country.code);
        }
    }
    m_loading = false;
    setReadOnly(!db || db->isReadOnly());
}

void VisitEditor::load(qint64 id)
{
    Visit visit;
    if (id > 0 && m_db) {
        if (auto loaded = VisitStore(*m_db).get(id))
            visit = loaded.value();
    }
    m_original = visit;
    show(visit);
}

void VisitEditor::show(const Visit &v)
{
    m_loading = true;
    m_title->setText(v.title);
    m_direction->setCurrentIndex(m_direction->findData(v.direction));
    m_kind->setCurrentIndex(m_kind->findData(v.kind));
    m_start->setDate(v.startDate);
    m_end->setDate(v.endDate);
    m_city->setText(v.city);
    m_country->setCurrentIndex(std::max(0, m_country->findData(v.country)));
    m_hosts->clear();
    m_guests->clear();
    for (const Visit::VisitOrganization &organization : v.organizations)
        addOrganization(organization.organizationId, organization.role);
    m_participants->setRowCount(0);
    for (const Visit::Participant &participant : v.participants) {
        QString name = tr("(anonymous)");
        if (participant.personId > 0 && m_db) {
            if (auto person = PersonStore(*m_db).get(participant.personId))
                name = person.value().fullName;
        }
        addParticipant(participant.personId, name, participant.role);
    }
    m_programme->setRowCount(0);
    for (const Visit::ProgrammeItem &item : v.programme)
        addProgrammeRow(item);
    m_purpose->setPlainText(v.purpose);
    m_outcome->setPlainText(v.outcome);
    for (RecordPicker *picker : {m_hostPicker, m_guestPicker, m_personPicker})
        picker->reset();
    m_personRole->clear();
    m_form->clear();
    m_tasks->showRecord(RecordKind::Visit, v.id);
    m_loading = false;
    setDirty(false);
}

QString VisitEditor::organizationName(qint64 id) const
{
    if (m_db) {
        if (auto organization = OrganizationStore(*m_db).get(id))
            return organization.value().name;
    }
    return tr("(organisation %1)").arg(id);
}

void VisitEditor::addOrganization(qint64 organizationId, const QString &role)
{
    QListWidget *list = role == QLatin1String("guest") ? m_guests : m_hosts;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(idRole).toLongLong() == organizationId)
            return;
    }
    auto *item = new QListWidgetItem(organizationName(organizationId), list);
    item->setData(idRole, organizationId);
    setDirty(true);
}

void VisitEditor::addParticipant(qint64 personId, const QString &name, const QString &role)
{
    for (int row = 0; row < m_participants->rowCount() && personId > 0; ++row) {
        if (m_participants->item(row, 0)->data(idRole).toLongLong() == personId)
            return;
    }
    const int row = m_participants->rowCount();
    m_participants->insertRow(row);
    auto *nameItem = new QTableWidgetItem(personId > 0 ? name : tr("%1 (new contact)").arg(name));
    nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
    nameItem->setData(idRole, personId);
    nameItem->setData(nameRole, personId > 0 ? QString() : name);
    m_participants->setItem(row, 0, nameItem);
    m_participants->setItem(row, 1, new QTableWidgetItem(role));
    setDirty(true);
}

void VisitEditor::addPickedParticipant()
{
    if (m_readOnly)
        return;
    const QString name = m_personPicker->text().simplified();
    if (name.isEmpty()) {
        m_personPicker->setFocus();
        return;
    }
    addParticipant(m_personPicker->pickedId(), name, m_personRole->text().trimmed());
    m_personPicker->reset();
    m_personRole->clear();
    m_personPicker->setFocus();
}

void VisitEditor::addProgrammeRow(const Visit::ProgrammeItem &item)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_programme->rowCount();
    m_programme->insertRow(row);
    m_programme->setItem(row, DayColumn, new QTableWidgetItem(DateField::format(item.day)));
    m_programme->setItem(row, TimeColumn, new QTableWidgetItem(item.time));
    m_programme->setItem(row, ItemColumn, new QTableWidgetItem(item.item));
    m_programme->setItem(row, PlaceColumn, new QTableWidgetItem(item.place));
    m_loading = wasLoading;
}

Visit VisitEditor::collect() const
{
    Visit v = m_original;
    v.title = m_title->text().trimmed();
    v.direction = m_direction->currentData().toString();
    v.kind = m_kind->currentData().toString();
    v.startDate = m_start->date();
    v.endDate = m_end->date();
    v.city = m_city->text().trimmed();
    v.country = m_country->currentData().toString();
    v.purpose = m_purpose->toPlainText();
    v.outcome = m_outcome->toPlainText();
    v.organizations.clear();
    for (const auto &[list, role] : {std::pair{m_hosts, QStringLiteral("host")}, std::pair{m_guests, QStringLiteral("guest")}}) {
        for (int row = 0; row < list->count(); ++row)
            v.organizations.append({list->item(row)->data(idRole).toLongLong(), role});
    }
    v.participants.clear();
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        Visit::Participant participant;
        participant.personId = m_participants->item(row, 0)->data(idRole).toLongLong();
        participant.role = m_participants->item(row, 1)->text().trimmed();
        v.participants.append(participant);
    }
    v.programme.clear();
    for (int row = 0; row < m_programme->rowCount(); ++row) {
        const auto text = [&](int column) { return m_programme->item(row, column)->text().trimmed(); };
        v.programme.append({Dates::parse(text(DayColumn)), text(TimeColumn), text(ItemColumn), text(PlaceColumn)});
    }
    return v;
}

Status VisitEditor::save()
{
    if (!m_db)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    Visit visit = collect();
    VisitStore store(*m_db);
    Validation validation = store.validate(visit);
    for (const auto &[field, key] : {std::pair{m_start, QStringLiteral("start_date")}, std::pair{m_end, QStringLiteral("end_date")}}) {
        if (field->hasInvalidText())
            validation.addError(key, tr("\"%1\" is not a date; write it as D.M.YYYY.").arg(field->text()));
    }
    m_form->show(validation.issues());
    if (validation.hasErrors())
        return validation.toError();

    // New participants become contacts in the same transaction as the visit.
    WriteTransaction transaction(m_db->connection());
    if (!transaction.isActive()) {
        m_form->showError(QStringLiteral("title"), transaction.error().message());
        return transaction.error();
    }
    PersonStore people(*m_db);
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const QString name = m_participants->item(row, 0)->data(nameRole).toString();
        if (visit.participants[row].personId > 0 || name.isEmpty())
            continue;
        Person person;
        person.fullName = name;
        if (Status added = people.saveWithin(person); !added) {
            m_form->showError(QStringLiteral("participants"), added.error().message());
            return added;
        }
        visit.participants[row].personId = person.id;
    }
    Status written = store.saveWithin(visit);
    if (written)
        written = transaction.commit();
    if (!written) {
        m_form->showError(QStringLiteral("title"), written.error().message());
        return written;
    }
    load(visit.id);
    emit saved(visit.id);
    return {};
}

void VisitEditor::revert()
{
    show(m_original);
}

void VisitEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit *text : {m_purpose, m_outcome})
        text->setReadOnly(readOnly);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_direction, m_kind, m_country, m_removeParticipant,
                                                             m_addProgramme, m_removeProgramme})
        widget->setEnabled(!readOnly);
    const auto triggers = readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers;
    m_participants->setEditTriggers(triggers);
    m_programme->setEditTriggers(triggers);
    m_tasks->setReadOnly(readOnly);
    setDirty(m_dirty);
}

void VisitEditor::setDirty(bool dirty)
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
