// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnershipeditor.h"

#include "agreementstore.h"
#include "apptranslator.h"
#include "database.h"
#include "editorwidgets.h"
#include "datefield.h"
#include "editorform.h"
#include "fieldmessage.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "recordpicker.h"
#include "relatedrecordsview.h"
#include "taskpanel.h"
#include "themestore.h"
#include "visitstore.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
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
using EditorWidgets::readOnlyItem;
using EditorWidgets::fill;

constexpr int idRole = Qt::UserRole;

} // namespace

PartnershipEditor::PartnershipEditor(QWidget *parent)
    : RecordEditor(parent)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_started(new DateField(this))
    , m_ended(new DateField(this))
    , m_care(new QLabel(this))
    , m_parties(table(this, {tr("Organisation"), tr("Role")}, tr("Parties")))
    , m_partyPicker(new RecordPicker(RecordKind::Organization, this))
    , m_partyRole(new QLineEdit(this))
    , m_addParty(new QPushButton(tr("&Add party"), this))
    , m_removeParty(new QPushButton(tr("Remove party"), this))
    , m_themes(new QListWidget(this))
    , m_committee(table(this, {tr("Member"), tr("Role")}, tr("Twinning committee")))
    , m_memberPicker(new RecordPicker(RecordKind::Person, this))
    , m_memberRole(new QLineEdit(this))
    , m_addMember(new QPushButton(tr("Add &member"), this))
    , m_removeMember(new QPushButton(tr("Remove member"), this))
    , m_linked(new RelatedRecordsView(this))
    , m_tasks(new TaskPanel(this))
    , m_history(table(this, {tr("Date"), tr("Status"), tr("Note")}, tr("Status history")))
    , m_timelineTable(table(this, {tr("Date"), tr("Activity")}, tr("Timeline")))
    , m_entryDate(new DateField(this))
    , m_entryText(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    fill(m_kind, Vocab::PartnershipKind);
    fill(m_status, Vocab::PartnershipStatus);
    m_title->setAccessibleName(tr("Title"));
    m_kind->setAccessibleName(tr("Kind"));
    m_status->setAccessibleName(tr("Status"));
    m_started->setAccessibleName(tr("Started"));
    m_ended->setAccessibleName(tr("Ended"));
    m_care->setAccessibleName(tr("Last activity"));
    m_care->setTextFormat(Qt::PlainText);
    m_partyPicker->setAccessibleName(tr("Organisation to add"));
    m_partyPicker->setPlaceholderText(tr("Type a name in Latin or Cyrillic"));
    m_partyPicker->setPicksFirstSuggestion(true);
    m_partyRole->setAccessibleName(tr("Role of the party"));
    m_partyRole->setPlaceholderText(tr("Role, e.g. lead"));
    m_memberPicker->setAccessibleName(tr("Committee member to add"));
    m_memberPicker->setPlaceholderText(tr("A person from the contacts, or any name"));
    m_memberRole->setAccessibleName(tr("Role in the committee"));
    m_memberRole->setPlaceholderText(tr("Role, e.g. chair"));
    m_themes->setAccessibleName(tr("Themes"));
    m_themes->setMaximumHeight(140);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timelineTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timelineTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entryDate->setAccessibleName(tr("Activity date"));
    m_entryDate->setMaximumWidth(140);
    m_entryText->setAccessibleName(tr("Activity"));
    m_entryText->setPlaceholderText(tr("What happened; Enter adds it"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    buildForm();

    connect(m_title, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    for (DateField *date : {m_started, m_ended})
        connect(date, &DateField::dateEdited, this, [this] { setDirty(true); });
    for (QComboBox *combo : {m_kind, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_parties, &QTableWidget::itemChanged, this, [this] { setDirty(true); });
    connect(m_themes, &QListWidget::itemChanged, this, [this] { setDirty(true); });
    connect(m_partyPicker, &RecordPicker::picked, this, [this] { m_partyRole->setFocus(); });
    connect(m_partyRole, &QLineEdit::returnPressed, this, &PartnershipEditor::addPickedParty);
    connect(m_addParty, &QPushButton::clicked, this, &PartnershipEditor::addPickedParty);
    connect(m_removeParty, &QPushButton::clicked, this, [this] {
        if (m_parties->currentRow() >= 0) {
            m_parties->removeRow(m_parties->currentRow());
            setDirty(true);
        }
    });
    connect(m_committee, &QTableWidget::itemChanged, this, [this] { setDirty(true); });
    connect(m_memberPicker, &RecordPicker::picked, this, [this] { m_memberRole->setFocus(); });
    connect(m_memberRole, &QLineEdit::returnPressed, this, &PartnershipEditor::addCommitteeMember);
    connect(m_addMember, &QPushButton::clicked, this, &PartnershipEditor::addCommitteeMember);
    connect(m_removeMember, &QPushButton::clicked, this, [this] {
        if (m_committee->currentRow() >= 0) {
            m_committee->removeRow(m_committee->currentRow());
            setDirty(true);
        }
    });
    connect(m_linked, &RelatedRecordsView::openRequested, this, &RecordEditor::openRequested);
    connect(m_tasks, &TaskPanel::taskSaved, this,
            [this](qint64 id, const RecordSnapshot &before) { emit relatedSaved(RecordKind::Task, id, before); });
    connect(m_tasks, &TaskPanel::openTask, this, [this](qint64 id) { emit openRequested(RecordKind::Task, id); });
    connect(m_entryDate, &QLineEdit::returnPressed, this, &PartnershipEditor::addTimelineEntry);
    connect(m_entryText, &QLineEdit::returnPressed, this, &PartnershipEditor::addTimelineEntry);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); }); // messages appear by the fields
    connect(m_revert, &QPushButton::clicked, this, &PartnershipEditor::revert);
    setDirty(false);
}

PartnershipEditor::~PartnershipEditor() = default;

void PartnershipEditor::buildForm()
{
    auto *form = new QFormLayout;
    m_form = std::make_unique<EditorForm>(form, this, QStringLiteral("title"));

    auto *dates = new QWidget(this);
    auto *datesRow = new QHBoxLayout(dates);
    datesRow->setContentsMargins(0, 0, 0, 0);
    datesRow->addWidget(m_started);
    auto *endedLabel = new QLabel(tr("&Ended:"), dates);
    endedLabel->setBuddy(m_ended);
    datesRow->addWidget(endedLabel);
    datesRow->addWidget(m_ended);
    datesRow->addStretch();

    auto *parties = new QWidget(this);
    auto *partiesColumn = new QVBoxLayout(parties);
    partiesColumn->setContentsMargins(0, 0, 0, 0);
    partiesColumn->addWidget(m_parties);
    auto *partyRow = new QHBoxLayout;
    partyRow->addWidget(m_partyPicker, 3);
    partyRow->addWidget(m_partyRole, 1);
    partyRow->addWidget(m_addParty);
    partiesColumn->addLayout(partyRow);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(m_removeParty);
    partiesColumn->addLayout(removeRow);

    auto *committee = new QWidget(this);
    auto *committeeColumn = new QVBoxLayout(committee);
    committeeColumn->setContentsMargins(0, 0, 0, 0);
    committeeColumn->addWidget(m_committee);
    auto *memberRow = new QHBoxLayout;
    memberRow->addWidget(m_memberPicker, 3);
    memberRow->addWidget(m_memberRole, 1);
    memberRow->addWidget(m_addMember);
    committeeColumn->addLayout(memberRow);
    auto *removeMemberRow = new QHBoxLayout;
    removeMemberRow->addStretch();
    removeMemberRow->addWidget(m_removeMember);
    committeeColumn->addLayout(removeMemberRow);

    auto *timeline = new QWidget(this);
    auto *timelineColumn = new QVBoxLayout(timeline);
    timelineColumn->setContentsMargins(0, 0, 0, 0);
    timelineColumn->addWidget(m_timelineTable);
    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entryDate);
    entryRow->addWidget(m_entryText, 1);
    timelineColumn->addLayout(entryRow);

    m_form->addRow(tr("&Title:"), m_title, QStringLiteral("title"));
    m_form->addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    m_form->addRow(tr("St&atus:"), m_status, QStringLiteral("status"));
    m_form->addRow(tr("Sta&rted:"), dates, QStringLiteral("ended_on"));
    m_form->addRow(tr("Activity:"), m_care);
    m_form->addRow(tr("&Parties:"), parties, QStringLiteral("parties"));
    m_form->addRow(tr("T&hemes:"), m_themes, QStringLiteral("themes"));
    m_form->addRow(tr("C&ommittee:"), committee, QStringLiteral("committee"));
    m_form->addRow(tr("Timeline:"), timeline, QStringLiteral("timeline"));
    m_form->addRow(tr("Status history:"), m_history);
    m_form->addRow(tr("Agreements and visits:"), m_linked);
    m_form->addRow(tr("Tasks:"), m_tasks);
    m_form->addRow(tr("&Notes:"), m_notes);

    arrange(form, m_revert, m_save);

    const QList<QWidget *> chain = {m_title, m_kind, m_status, m_started, m_ended, m_parties, m_partyPicker, m_partyRole, m_addParty,
                 m_removeParty, m_themes, m_committee, m_memberPicker, m_memberRole, m_addMember, m_removeMember,
                 m_timelineTable, m_entryDate, m_entryText, m_history, m_linked, m_tasks, m_notes, m_revert, m_save};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void PartnershipEditor::setDatabase(Database *db)
{
    m_db = db;
    m_partyPicker->setDatabase(db);
    m_memberPicker->setDatabase(db);
    m_tasks->setDatabase(db);
    m_loading = true;
    m_themes->clear();
    if (db) {
        const Language language = AppTranslator::current();
        if (auto themes = ThemeStore(*db).list(language)) {
            for (const Theme &theme : themes.value()) {
                auto *item = new QListWidgetItem(theme.name(language), m_themes);
                item->setData(idRole, theme.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
    }
    m_loading = false;
    setReadOnly(!db || db->isReadOnly());
}

void PartnershipEditor::load(qint64 id)
{
    Partnership partnership;
    if (id > 0 && m_db) {
        if (auto loaded = PartnershipStore(*m_db).get(id))
            partnership = loaded.value();
    }
    m_original = partnership;
    show(partnership);
}

void PartnershipEditor::show(const Partnership &p)
{
    m_loading = true;
    m_title->setText(p.title);
    m_kind->setCurrentIndex(m_kind->findData(p.kind));
    m_status->setCurrentIndex(m_status->findData(p.status));
    m_started->setDate(p.startedOn);
    m_ended->setDate(p.endedOn);
    m_notes->setPlainText(p.notes);
    showParties(p.parties);
    showThemes(p.themeIds);
    showCommittee(p.committee);
    showHistory(p.statusHistory);
    m_timeline = p.timeline;
    showTimeline(m_timeline);
    m_partyPicker->reset();
    m_partyRole->clear();
    m_memberPicker->reset();
    m_memberRole->clear();
    m_entryDate->clear();
    m_entryText->clear();
    m_form->clear();
    showCare();
    showLinked();
    m_tasks->showRecord(RecordKind::Partnership, p.id);
    m_loading = false;
    setDirty(false);
}

void PartnershipEditor::showCommittee(const QList<CommitteeMember> &committee)
{
    m_committee->setRowCount(0);
    for (const CommitteeMember &member : committee) {
        QString name = member.name;
        if (member.personId > 0 && m_db) {
            if (auto person = PersonStore(*m_db).get(member.personId))
                name = person.value().fullName;
        }
        const int row = m_committee->rowCount();
        m_committee->insertRow(row);
        auto *nameItem = readOnlyItem(name);
        nameItem->setData(idRole, member.personId);
        m_committee->setItem(row, 0, nameItem);
        m_committee->setItem(row, 1, new QTableWidgetItem(member.role));
    }
}

void PartnershipEditor::addCommitteeMember()
{
    if (m_readOnly)
        return;
    const QString text = m_memberPicker->text().trimmed();
    const qint64 personId = m_memberPicker->pickedId();
    if (text.isEmpty()) {
        m_memberPicker->setFocus();
        return;
    }
    // A person from the contacts, or a citizen kept out of them: just a name.
    const int row = m_committee->rowCount();
    m_committee->insertRow(row);
    auto *nameItem = readOnlyItem(text);
    nameItem->setData(idRole, personId);
    m_committee->setItem(row, 0, nameItem);
    m_committee->setItem(row, 1, new QTableWidgetItem(m_memberRole->text().trimmed()));
    setDirty(true);
    m_memberPicker->reset();
    m_memberRole->clear();
    m_memberPicker->setFocus();
}

// The agreements and visits that name this partnership.
void PartnershipEditor::showLinked()
{
    QList<RelatedRecordsView::Group> groups;
    RelatedRecordsView::Group agreements{RecordKind::Agreement, tr("Agreements"), {}, tr("No agreement names this partnership.")};
    RelatedRecordsView::Group visits{RecordKind::Visit, tr("Visits"), {}, tr("No visit is linked to this partnership.")};
    if (m_db && m_original.id > 0) {
        ListQuery query;
        query.limit = 500;
        query.filters.insert(QStringLiteral("partnership"), m_original.id);
        query.sortKey = QStringLiteral("signed_on");
        if (auto page = AgreementStore(*m_db).list(query)) {
            const qsizetype title = page.value().columnKeys.indexOf(QStringLiteral("title"));
            const qsizetype date = page.value().columnKeys.indexOf(QStringLiteral("signed_on"));
            for (qsizetype row = 0; row < page.value().ids.size(); ++row)
                agreements.items.append({page.value().ids.at(row), page.value().rows.at(row).value(title).toString(),
                                         QDate::fromString(page.value().rows.at(row).value(date).toString(), Qt::ISODate)});
        }
        query.filters.clear();
        query.filters.insert(QStringLiteral("partnership_id"), m_original.id);
        query.sortKey = QStringLiteral("start_date");
        query.order = Qt::DescendingOrder;
        if (auto page = VisitStore(*m_db).list(query)) {
            const qsizetype title = page.value().columnKeys.indexOf(QStringLiteral("title"));
            const qsizetype date = page.value().columnKeys.indexOf(QStringLiteral("start_date"));
            for (qsizetype row = 0; row < page.value().ids.size(); ++row)
                visits.items.append({page.value().ids.at(row), page.value().rows.at(row).value(title).toString(),
                                     QDate::fromString(page.value().rows.at(row).value(date).toString(), Qt::ISODate)});
        }
    }
    m_linked->setGroups({agreements, visits});
}

void PartnershipEditor::showParties(const QList<PartnershipParty> &parties)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_parties->setRowCount(0);
    for (const PartnershipParty &party : parties)
        addParty(party.organizationId, party.role);
    m_loading = wasLoading;
}

void PartnershipEditor::addParty(qint64 organizationId, const QString &role)
{
    for (int row = 0; row < m_parties->rowCount(); ++row) {
        if (m_parties->item(row, 0)->data(idRole).toLongLong() == organizationId)
            return;
    }
    QString name = tr("(organisation %1)").arg(organizationId);
    if (m_db) {
        if (auto organization = OrganizationStore(*m_db).get(organizationId))
            name = organization.value().name;
    }
    const int row = m_parties->rowCount();
    m_parties->insertRow(row);
    auto *nameItem = readOnlyItem(name);
    nameItem->setData(idRole, organizationId);
    m_parties->setItem(row, 0, nameItem);
    m_parties->setItem(row, 1, new QTableWidgetItem(role));
    setDirty(true);
}

void PartnershipEditor::addPickedParty()
{
    if (m_readOnly)
        return;
    const qint64 id = m_partyPicker->pickedId();
    if (id <= 0) {
        if (!m_partyPicker->text().trimmed().isEmpty())
            m_form->showError(QStringLiteral("parties"), tr("No organisation is called \"%1\"; choose one of the suggestions.")
                                                             .arg(m_partyPicker->text().trimmed()));
        m_partyPicker->setFocus();
        return;
    }
    addParty(id, m_partyRole->text().trimmed());
    m_partyPicker->reset();
    m_partyRole->clear();
    m_partyPicker->setFocus();
}

void PartnershipEditor::showThemes(const QList<qint64> &themeIds)
{
    for (int row = 0; row < m_themes->count(); ++row) {
        QListWidgetItem *item = m_themes->item(row);
        item->setCheckState(themeIds.contains(item->data(idRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

void PartnershipEditor::showHistory(const QList<StatusChange> &history)
{
    m_history->setRowCount(0);
    for (auto it = history.crbegin(); it != history.crend(); ++it) { // the latest first
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, 0, readOnlyItem(DateField::format(it->changedOn)));
        m_history->setItem(row, 1, readOnlyItem(Vocabulary::label(Vocab::PartnershipStatus, it->status)));
        m_history->setItem(row, 2, readOnlyItem(it->note));
    }
}

void PartnershipEditor::showTimeline(const QList<TimelineEntry> &timeline)
{
    m_timelineTable->setRowCount(0);
    for (auto it = timeline.crbegin(); it != timeline.crend(); ++it) { // the latest first
        const int row = m_timelineTable->rowCount();
        m_timelineTable->insertRow(row);
        m_timelineTable->setItem(row, 0, readOnlyItem(DateField::format(it->occurredOn)));
        m_timelineTable->setItem(row, 1, readOnlyItem(it->description));
    }
}

void PartnershipEditor::showCare()
{
    if (!m_db || m_original.id <= 0) {
        m_care->setText(tr("Not saved yet"));
        m_care->setStyleSheet({});
        return;
    }
    PartnershipStore store(*m_db);
    const auto last = store.lastActivity(m_original.id);
    const auto care = store.needsCare(m_original.id);
    const QString when = last && last.value().isValid() ? tr("Last activity %1").arg(DateField::format(last.value()))
                                                        : tr("No activity recorded");
    if (care && care.value()) {
        m_care->setText(tr("%1 — needs care").arg(when));
        m_care->setStyleSheet(QStringLiteral("QLabel { background: #fff0c2; color: #6b4e00; border-radius: 4px; padding: 2px 6px; }"));
    } else {
        m_care->setText(when);
        m_care->setStyleSheet({});
    }
}

void PartnershipEditor::addTimelineEntry()
{
    if (m_readOnly)
        return;
    const QDate date = m_entryDate->date();
    const QString description = m_entryText->text().trimmed();
    if (!date.isValid() || description.isEmpty()) {
        m_form->showError(QStringLiteral("timeline"), tr("Enter a date (D.M.YYYY.) and what happened."));
        (date.isValid() ? static_cast<QWidget *>(m_entryText) : m_entryDate)->setFocus();
        return;
    }
    if (m_db && m_original.id > 0 && !m_dirty) {
        // A saved record with no other changes: the entry is saved at once.
        PartnershipStore store(*m_db);
        if (Status added = store.addTimelineEntry(m_original.id, date, description); !added) {
            m_form->showError(QStringLiteral("timeline"), added.error().message());
            return;
        }
        load(m_original.id);
        emit saved(m_original.id);
    } else {
        m_timeline.append({0, date, description});
        std::sort(m_timeline.begin(), m_timeline.end(),
                  [](const TimelineEntry &a, const TimelineEntry &b) { return a.occurredOn < b.occurredOn; });
        showTimeline(m_timeline);
        setDirty(true);
    }
    m_entryText->clear();
    m_entryDate->setFocus();
    m_entryDate->selectAll();
}

Partnership PartnershipEditor::collect() const
{
    Partnership p = m_original;
    p.title = m_title->text().trimmed();
    p.kind = m_kind->currentData().toString();
    p.status = m_status->currentData().toString();
    p.startedOn = m_started->date();
    p.endedOn = m_ended->date();
    p.notes = m_notes->toPlainText();
    p.parties.clear();
    for (int row = 0; row < m_parties->rowCount(); ++row)
        p.parties.append({m_parties->item(row, 0)->data(idRole).toLongLong(), m_parties->item(row, 1)->text().trimmed()});
    p.themeIds.clear();
    for (int row = 0; row < m_themes->count(); ++row) {
        if (m_themes->item(row)->checkState() == Qt::Checked)
            p.themeIds.append(m_themes->item(row)->data(idRole).toLongLong());
    }
    p.committee.clear();
    for (int row = 0; row < m_committee->rowCount(); ++row) {
        const qint64 personId = m_committee->item(row, 0)->data(idRole).toLongLong();
        p.committee.append({personId, personId > 0 ? QString() : m_committee->item(row, 0)->text(),
                            m_committee->item(row, 1)->text().trimmed()});
    }
    p.timeline = m_timeline;
    return p;
}

Status PartnershipEditor::save()
{
    if (!m_db)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    Partnership partnership = collect();
    PartnershipStore store(*m_db);
    Validation validation = store.validate(partnership);
    for (DateField *date : {m_started, m_ended}) {
        if (date->hasInvalidText())
            validation.addError(QStringLiteral("ended_on"), tr("\"%1\" is not a date; write it as D.M.YYYY.").arg(date->text()));
    }
    m_form->show(validation.issues());
    if (validation.hasErrors())
        return validation.toError();
    auto written = store.save(partnership);
    if (!written) {
        m_form->showError(QStringLiteral("title"), written.error().message());
        return written.error();
    }
    load(partnership.id); // the stored form: history and timeline ids
    emit saved(partnership.id);
    return {};
}

void PartnershipEditor::revert()
{
    show(m_original);
}

void PartnershipEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_kind, m_status, m_themes, m_addParty, m_removeParty, m_addMember, m_removeMember})
        widget->setEnabled(!readOnly);
    for (QTableWidget *table : {m_parties, m_committee})
        table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_tasks->setReadOnly(readOnly);
    setDirty(m_dirty);
}

void PartnershipEditor::setDirty(bool dirty)
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
