// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativeeditor.h"

#include "apptranslator.h"
#include "database.h"
#include "editorwidgets.h"
#include "datefield.h"
#include "editorform.h"
#include "initiativestore.h"
#include "organizationstore.h"
#include "recordpicker.h"
#include "searchindex.h"
#include "settingsdialog.h"
#include "themestore.h"
#include "vocabulary.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

using EditorWidgets::table;
using EditorWidgets::readOnlyItem;

constexpr int idRole = Qt::UserRole;
constexpr int suggestionLimit = 30;

enum CandidateColumn { OrganizationColumn, CountryColumn, NoteColumn };

QWidget *row(QWidget *parent, const QList<QWidget *> &widgets, bool stretch = true)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    if (stretch)
        layout->addStretch();
    return box;
}

QLabel *hint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMinimumHeight(2 * label->fontMetrics().lineSpacing() + 2); // wrapped in a scrolled form
    return label;
}

} // namespace

InitiativeEditor::InitiativeEditor(QWidget *parent)
    : RecordEditor(parent)
    , m_title(new QLineEdit(this))
    , m_origin(new QComboBox(this))
    , m_requester(new RecordPicker(RecordKind::Organization, this))
    , m_staff(new QLineEdit(this))
    , m_opened(new DateField(this))
    , m_closed(new DateField(this))
    , m_stage(new QComboBox(this))
    , m_nextStage(new QPushButton(tr("&Next stage"), this))
    , m_daysInStage(new QLabel(this))
    , m_history(table(this, {tr("Date"), tr("Stage"), tr("Note")}, tr("Stage history")))
    , m_countryToAdd(new QLineEdit(this))
    , m_countries(new QListWidget(this))
    , m_removeCountry(new QPushButton(tr("Remove country"), this))
    , m_themes(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_size(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_suggestions(new QListWidget(this))
    , m_suggestionHint(hint(this))
    , m_addSuggestion(new QPushButton(tr("A&dd as candidate"), this))
    , m_candidates(table(this, {tr("Organisation"), tr("Country"), tr("Note")}, tr("Candidates")))
    , m_candidatePicker(new RecordPicker(RecordKind::Organization, this))
    , m_removeCandidate(new QPushButton(tr("Remove candidate"), this))
    , m_partnership(new QLabel(this))
    , m_turn(new QPushButton(tr("&Turn into partnership"), this))
    , m_openPartnership(new QPushButton(tr("Open partnership"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    for (const QString &key : Vocabulary::keys(Vocab::InitiativeOrigin))
        m_origin->addItem(Vocabulary::label(Vocab::InitiativeOrigin, key), key);
    for (const QString &key : Vocabulary::keys(Vocab::InitiativeStage))
        m_stage->addItem(Vocabulary::label(Vocab::InitiativeStage, key), key);
    m_kind->addItem(tr("Any kind"), QString());
    for (const QString &key : Vocabulary::keys(Vocab::PartnershipKind))
        m_kind->addItem(Vocabulary::label(Vocab::PartnershipKind, key), key);

    m_title->setAccessibleName(tr("Title"));
    m_origin->setAccessibleName(tr("Origin"));
    m_requester->setAccessibleName(tr("Requested by"));
    m_requester->setPlaceholderText(tr("Type a name in Latin or Cyrillic"));
    m_requester->setPicksFirstSuggestion(true);
    m_staff->setAccessibleName(tr("Staff in charge"));
    m_opened->setAccessibleName(tr("Opened on"));
    m_closed->setAccessibleName(tr("Closed on"));
    m_closed->setToolTip(tr("Set when the initiative reaches a closed stage; empty while it is open."));
    m_stage->setAccessibleName(tr("Stage"));
    m_nextStage->setAccessibleName(tr("Move to next stage"));
    m_daysInStage->setAccessibleName(tr("Days in stage"));
    m_daysInStage->setTextFormat(Qt::PlainText);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->setMinimumHeight(70);
    m_history->setMaximumHeight(110);
    m_countryToAdd->setAccessibleName(tr("Country to add"));
    m_countryToAdd->setPlaceholderText(tr("Type a country, Enter adds it"));
    m_countries->setAccessibleName(tr("Countries sought"));
    m_countries->setMinimumHeight(50);
    m_countries->setMaximumHeight(80);
    m_countries->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_countries->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_countries->setToolTip(tr("Delete removes the selected country."));
    m_themes->setAccessibleName(tr("Themes sought"));
    m_themes->setMinimumHeight(110);
    m_themes->setMaximumHeight(160);
    m_themes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_themes->setTextElideMode(Qt::ElideRight);
    m_kind->setAccessibleName(tr("Kind sought"));
    m_size->setAccessibleName(tr("Size sought"));
    m_size->setPlaceholderText(tr("e.g. 10,000–30,000 inhabitants"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(60);
    m_description->setMaximumHeight(90);
    m_suggestions->setAccessibleName(tr("Suggested partners"));
    m_suggestions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_suggestions->setMinimumHeight(70);
    m_suggestions->setMaximumHeight(120);
    m_suggestions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_suggestions->setTextElideMode(Qt::ElideRight);
    m_suggestions->setToolTip(tr("Organisations of the countries sought, with partnerships on the themes sought, "
                                 "that are not yet partners of the requester. Double-click adds one."));
    m_suggestionHint->setAccessibleName(tr("About the suggestions"));
    m_removeCountry->setAccessibleName(tr("Remove country"));
    m_addSuggestion->setAccessibleName(tr("Add as candidate"));
    m_removeCandidate->setAccessibleName(tr("Remove candidate"));
    m_turn->setAccessibleName(tr("Turn into partnership"));
    m_openPartnership->setAccessibleName(tr("Open partnership"));
    m_candidates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_candidates->horizontalHeader()->setSectionResizeMode(CountryColumn, QHeaderView::ResizeToContents);
    m_candidatePicker->setAccessibleName(tr("Candidate to add"));
    m_candidatePicker->setPlaceholderText(tr("Add another organisation"));
    m_candidatePicker->setPicksFirstSuggestion(true);
    m_partnership->setAccessibleName(tr("Resulting partnership"));
    m_partnership->setWordWrap(true);
    m_partnership->setMinimumHeight(2 * m_partnership->fontMetrics().lineSpacing() + 2);
    m_partnership->setTextFormat(Qt::PlainText);
    m_turn->setToolTip(tr("Creates the partnership between the requester and the selected candidate, "
                          "on the themes sought, and links it to this initiative."));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);
    m_notes->setMaximumHeight(90);

    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(10);
    m_countryToAdd->setCompleter(completer);

    buildForm();

    for (QLineEdit *edit : {m_title, m_staff, m_size})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_requester, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    for (DateField *date : {m_opened, m_closed})
        connect(date, &DateField::dateEdited, this, [this] { setDirty(true); });
    for (QComboBox *combo : {m_origin, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        setDirty(true);
        showStageState();
    });
    for (QPlainTextEdit *text : {m_description, m_notes})
        connect(text, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    connect(m_themes, &QListWidget::itemChanged, this, [this] {
        setDirty(true);
        refreshSuggestions();
    });
    connect(m_candidates, &QTableWidget::itemChanged, this, [this] { setDirty(true); });
    connect(m_candidates, &QTableWidget::itemSelectionChanged, this, &InitiativeEditor::showPartnership);
    connect(m_requester, &RecordPicker::picked, this, [this](qint64 id, const QString &text) {
        if (id <= 0)
            m_form->showError(QStringLiteral("requester_id"),
                              tr("No organisation is called \"%1\"; choose one of the suggestions.").arg(text));
        setDirty(true);
        refreshSuggestions();
    });
    connect(m_countryToAdd, &QLineEdit::returnPressed, this, [this, completer] {
        if (completer->popup()->isVisible() && completer->popup()->currentIndex().isValid())
            return; // the completer's activated() adds it
        addTypedCountry();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &name) {
        m_countryToAdd->setText(name);
        addTypedCountry();
    });
    connect(m_removeCountry, &QPushButton::clicked, this, &InitiativeEditor::removeSelectedCountries);
    connect(m_nextStage, &QPushButton::clicked, this, &InitiativeEditor::moveToNextStage);
    connect(m_addSuggestion, &QPushButton::clicked, this, &InitiativeEditor::addChosenSuggestions);
    connect(m_suggestions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!m_readOnly)
            addCandidate(item->data(idRole).toLongLong());
    });
    connect(m_suggestions, &QListWidget::itemSelectionChanged, this,
            [this] { m_addSuggestion->setEnabled(!m_readOnly && !m_suggestions->selectedItems().isEmpty()); });
    connect(m_candidatePicker, &RecordPicker::picked, this, [this](qint64 id, const QString &text) {
        if (id <= 0) {
            m_form->showError(QStringLiteral("candidates"),
                              tr("No organisation is called \"%1\"; choose one of the suggestions.").arg(text));
            return;
        }
        addCandidate(id);
        m_candidatePicker->reset();
    });
    connect(m_removeCandidate, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_candidates->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int r : std::as_const(rows))
            m_candidates->removeRow(r);
        if (!rows.isEmpty()) {
            setDirty(true);
            refreshSuggestions();
        }
    });
    connect(m_turn, &QPushButton::clicked, this, &InitiativeEditor::turnIntoPartnership);
    connect(m_openPartnership, &QPushButton::clicked, this, [this] {
        if (m_original.partnershipId > 0)
            emit openRequested(RecordKind::Partnership, m_original.partnershipId);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); }); // messages appear by the fields
    connect(m_revert, &QPushButton::clicked, this, &InitiativeEditor::revert);
    m_countries->installEventFilter(this);
    setDirty(false);
}

InitiativeEditor::~InitiativeEditor() = default;

void InitiativeEditor::buildForm()
{
    auto *form = new QFormLayout;
    m_form = std::make_unique<EditorForm>(form, this, QStringLiteral("title"));

    auto *closedLabel = new QLabel(tr("&Closed:"), this);
    closedLabel->setBuddy(m_closed);
    m_opened->setMaximumWidth(160);
    m_closed->setMaximumWidth(160);
    QWidget *dates = row(this, {m_opened, closedLabel, m_closed});

    QWidget *stage = row(this, {m_stage, m_nextStage});

    auto *countries = new QWidget(this);
    auto *countriesColumn = new QVBoxLayout(countries);
    countriesColumn->setContentsMargins(0, 0, 0, 0);
    countriesColumn->setSpacing(2);
    countriesColumn->addWidget(m_countryToAdd);
    auto *countriesRow = new QHBoxLayout;
    countriesRow->addWidget(m_countries, 1);
    countriesRow->addWidget(m_removeCountry, 0, Qt::AlignBottom);
    countriesColumn->addLayout(countriesRow);

    auto *suggestions = new QWidget(this);
    auto *suggestionsColumn = new QVBoxLayout(suggestions);
    suggestionsColumn->setContentsMargins(0, 0, 0, 0);
    suggestionsColumn->setSpacing(2);
    suggestionsColumn->addWidget(m_suggestionHint);
    suggestionsColumn->addWidget(m_suggestions);
    auto *suggestionButtons = new QHBoxLayout;
    suggestionButtons->addStretch();
    suggestionButtons->addWidget(m_addSuggestion);
    suggestionsColumn->addLayout(suggestionButtons);

    auto *candidates = new QWidget(this);
    auto *candidatesColumn = new QVBoxLayout(candidates);
    candidatesColumn->setContentsMargins(0, 0, 0, 0);
    candidatesColumn->setSpacing(2);
    candidatesColumn->addWidget(m_candidates);
    auto *candidateRow = new QHBoxLayout;
    candidateRow->addWidget(m_candidatePicker, 1);
    candidateRow->addWidget(m_removeCandidate);
    candidatesColumn->addLayout(candidateRow);

    auto *partnership = new QWidget(this);
    auto *partnershipColumn = new QVBoxLayout(partnership);
    partnershipColumn->setContentsMargins(0, 0, 0, 0);
    partnershipColumn->setSpacing(2);
    partnershipColumn->addWidget(m_partnership);
    auto *partnershipButtons = new QHBoxLayout;
    partnershipButtons->addWidget(m_turn);
    partnershipButtons->addWidget(m_openPartnership);
    partnershipButtons->addStretch();
    partnershipColumn->addLayout(partnershipButtons);

    m_form->addRow(tr("&Title:"), m_title, QStringLiteral("title"));
    m_form->addRow(tr("&Origin:"), m_origin, QStringLiteral("origin"));
    m_form->addRow(tr("Re&quested by:"), m_requester, QStringLiteral("requester_id"));
    m_form->addRow(tr("Staff in c&harge:"), m_staff);
    m_form->addRow(tr("O&pened:"), dates, QStringLiteral("closed_on"));
    m_form->addRow(tr("St&age:"), stage, QStringLiteral("stage"));
    m_form->addRow(tr("In this stage:"), m_daysInStage);
    m_form->addRow(tr("Stage history:"), m_history, QStringLiteral("stage_history"));
    m_form->addRow(tr("Co&untries sought:"), countries, QStringLiteral("sought_countries"));
    m_form->addRow(tr("Th&emes sought:"), m_themes, QStringLiteral("sought_themes"));
    m_form->addRow(tr("&Kind sought:"), m_kind, QStringLiteral("sought_kind"));
    m_form->addRow(tr("Si&ze sought:"), m_size);
    m_form->addRow(tr("Descr&iption:"), m_description);
    m_form->addRow(tr("Suggested partners:"), suggestions);
    m_form->addRow(tr("Ca&ndidates:"), candidates, QStringLiteral("candidates"));
    m_form->addRow(tr("Partnership:"), partnership, QStringLiteral("partnership_id"));
    m_form->addRow(tr("Notes:"), m_notes);

    arrange(form, m_revert, m_save);

    const QList<QWidget *> chain = {m_title,
                                    m_origin,
                                    m_requester,
                                    m_staff,
                                    m_opened,
                                    m_closed,
                                    m_stage,
                                    m_nextStage,
                                    m_history,
                                    m_countryToAdd,
                                    m_countries,
                                    m_removeCountry,
                                    m_themes,
                                    m_kind,
                                    m_size,
                                    m_description,
                                    m_suggestions,
                                    m_addSuggestion,
                                    m_candidates,
                                    m_candidatePicker,
                                    m_removeCandidate,
                                    m_turn,
                                    m_openPartnership,
                                    m_notes,
                                    m_revert,
                                    m_save};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

bool InitiativeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_countries && event->type() == QEvent::KeyPress && !m_readOnly) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelectedCountries();
            return true;
        }
    }
    return RecordEditor::eventFilter(watched, event);
}

void InitiativeEditor::setDatabase(Database *db)
{
    m_db = db;
    m_requester->setDatabase(db);
    m_candidatePicker->setDatabase(db);
    m_loading = true;
    m_themes->clear();
    m_countryNames.clear();
    m_countryLookup.reset();
    QStringList names;
    const Language language = AppTranslator::current();
    if (db) {
        if (auto themes = ThemeStore(*db).list(language)) {
            for (const Theme &theme : themes.value()) {
                auto *item = new QListWidgetItem(theme.name(language), m_themes);
                item->setData(idRole, theme.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
        if (auto countries = CountryLookup::all(*db, language)) {
            for (const CountryLookup::Entry &country : countries.value()) {
                m_countryNames.insert(country.code, country.name);
                names << country.name;
            }
        }
        if (auto lookup = CountryLookup::load(*db))
            m_countryLookup = lookup.take();
    }
    if (auto *model = qobject_cast<QStringListModel *>(m_countryToAdd->completer()->model()))
        model->setStringList(names);
    m_loading = false;
    setReadOnly(!db || db->isReadOnly());
}

void InitiativeEditor::load(qint64 id)
{
    Initiative initiative;
    initiative.openedOn = QDate::currentDate();
    initiative.staffInCharge = SettingsDialog::staffName();
    if (id > 0 && m_db) {
        if (auto loaded = InitiativeStore(*m_db).get(id))
            initiative = loaded.value();
    }
    m_original = initiative;
    show(initiative);
}

void InitiativeEditor::show(const Initiative &i)
{
    m_loading = true;
    m_title->setText(i.title);
    m_origin->setCurrentIndex(m_origin->findData(i.origin));
    m_requester->setRecord(i.requesterId, i.requesterId > 0 ? organizationName(i.requesterId) : QString());
    m_staff->setText(i.staffInCharge);
    m_opened->setDate(i.openedOn);
    m_closed->setDate(i.closedOn);
    m_stage->setCurrentIndex(m_stage->findData(i.stage));
    showHistory(i.stageHistory);
    showCountries(i.soughtCountries);
    showThemes(i.soughtThemeIds);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(i.soughtKind)));
    m_size->setText(i.soughtSize);
    m_description->setPlainText(i.description);
    showCandidates(i.candidates);
    m_notes->setPlainText(i.notes);
    m_countryToAdd->clear();
    m_candidatePicker->reset();
    m_form->clear();
    m_loading = false;
    setDirty(false);
    showStageState();
    refreshSuggestions();
}

void InitiativeEditor::showCountries(const QStringList &codes)
{
    m_countries->clear();
    for (const QString &code : codes) {
        auto *item = new QListWidgetItem(m_countryNames.value(code, code), m_countries);
        item->setData(idRole, code);
    }
}

void InitiativeEditor::showThemes(const QList<qint64> &themeIds)
{
    for (int r = 0; r < m_themes->count(); ++r) {
        QListWidgetItem *item = m_themes->item(r);
        item->setCheckState(themeIds.contains(item->data(idRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

void InitiativeEditor::showCandidates(const QList<Initiative::Candidate> &candidates)
{
    m_candidates->setRowCount(0);
    for (const Initiative::Candidate &candidate : candidates)
        appendCandidateRow(candidate);
}

void InitiativeEditor::appendCandidateRow(const Initiative::Candidate &candidate)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int r = m_candidates->rowCount();
    m_candidates->insertRow(r);
    auto *name = readOnlyItem(organizationName(candidate.organizationId));
    name->setData(idRole, candidate.organizationId);
    m_candidates->setItem(r, OrganizationColumn, name);
    m_candidates->setItem(r, CountryColumn, readOnlyItem(countryOf(candidate.organizationId)));
    m_candidates->setItem(r, NoteColumn, new QTableWidgetItem(candidate.note));
    m_loading = wasLoading;
}

void InitiativeEditor::showHistory(const QList<Initiative::StageChange> &history)
{
    m_history->setRowCount(0);
    for (auto it = history.crbegin(); it != history.crend(); ++it) { // the latest first
        const int r = m_history->rowCount();
        m_history->insertRow(r);
        m_history->setItem(r, 0, readOnlyItem(DateField::format(it->changedOn)));
        m_history->setItem(r, 1, readOnlyItem(Vocabulary::label(Vocab::InitiativeStage, it->stage)));
        m_history->setItem(r, 2, readOnlyItem(it->note));
    }
}

void InitiativeEditor::showStageState()
{
    const QString stage = m_stage->currentData().toString();
    const QString next = Initiative::nextStage(stage);
    m_nextStage->setToolTip(
        next.isEmpty()
            ? tr("The initiative is closed.")
            : tr("Moves the initiative to \"%1\", dated today.").arg(Vocabulary::label(Vocab::InitiativeStage, next)));
    m_nextStage->setEnabled(!m_readOnly && !next.isEmpty());

    if (m_original.id <= 0 || !m_db) {
        m_daysInStage->setText(tr("A new initiative starts in its stage when saved."));
    } else if (stage != m_original.stage) {
        m_daysInStage->setText(tr("The new stage is recorded, dated today, when you save."));
    } else if (auto days = InitiativeStore(*m_db).daysInStage(m_original.id)) {
        const QDate since = QDate::currentDate().addDays(-days.value());
        m_daysInStage->setText(tr("%n day(s), since %1", nullptr, days.value()).arg(DateField::format(since)));
    } else {
        m_daysInStage->setText(days.error().message());
    }
}

void InitiativeEditor::showPartnership()
{
    const bool linked = m_original.partnershipId > 0;
    m_openPartnership->setVisible(linked);
    m_turn->setVisible(!linked);
    if (linked) {
        QString title;
        if (m_db) {
            if (auto found = SearchIndex::title(m_db->connection(), RecordKind::Partnership, m_original.partnershipId))
                title = found.value();
        }
        m_partnership->setText(title.isEmpty() ? tr("Partnership %1").arg(m_original.partnershipId) : title);
        m_openPartnership->setEnabled(true);
        return;
    }
    const bool signedStage = m_original.id > 0 && m_original.stage == QLatin1String("agreement_signed");
    QString text;
    if (!signedStage)
        text = tr("Possible once the stage is \"%1\".")
                   .arg(Vocabulary::label(Vocab::InitiativeStage, QStringLiteral("agreement_signed")));
    else if (m_dirty)
        text = tr("Save the changes first.");
    else if (m_candidates->rowCount() == 0)
        text = tr("Add the partner as a candidate first.");
    else if (m_candidates->rowCount() > 1 && m_candidates->selectionModel()->selectedRows().isEmpty())
        text = tr("Select the partner among the candidates.");
    else
        text = tr("The agreement is signed: the initiative can become a partnership.");
    m_partnership->setText(text);
    m_turn->setEnabled(!m_readOnly && signedStage && !m_dirty && m_candidates->rowCount() > 0);
}

QString InitiativeEditor::organizationName(qint64 id) const
{
    if (m_db) {
        if (auto organization = OrganizationStore(*m_db).get(id))
            return organization.value().name;
    }
    return tr("(organisation %1)").arg(id);
}

QString InitiativeEditor::countryOf(qint64 organizationId) const
{
    if (m_db) {
        if (auto organization = OrganizationStore(*m_db).get(organizationId))
            return m_countryNames.value(organization.value().country, organization.value().country);
    }
    return {};
}

void InitiativeEditor::refreshSuggestions()
{
    if (m_loading)
        return;
    m_suggestions->clear();
    m_addSuggestion->setEnabled(false);
    QString explanation;
    if (!m_db) {
        explanation = tr("No register is open.");
    } else {
        const Initiative initiative = collect();
        if (initiative.soughtCountries.isEmpty()) {
            explanation = tr("Add the countries sought to see organisations there worth proposing.");
        } else if (auto found = InitiativeStore(*m_db).suggestCandidatesFor(initiative, suggestionLimit)) {
            OrganizationStore organizations(*m_db);
            for (qint64 id : found.value()) {
                auto organization = organizations.get(id);
                if (!organization)
                    continue;
                const QString country
                    = m_countryNames.value(organization.value().country, organization.value().country);
                auto *item = new QListWidgetItem(tr("%1 (%2)").arg(organization.value().name, country), m_suggestions);
                item->setData(idRole, id);
            }
            if (found.value().isEmpty())
                explanation = initiative.soughtThemeIds.isEmpty()
                                  ? tr("No other organisation in the countries sought.")
                                  : tr("No organisation in the countries sought has a partnership on the themes "
                                       "sought, apart from the candidates and the requester's partners.");
        } else {
            explanation = found.error().message();
        }
    }
    m_suggestionHint->setText(explanation);
    m_suggestionHint->setVisible(!explanation.isEmpty());
    m_suggestions->setVisible(m_suggestions->count() > 0);
    m_addSuggestion->setVisible(m_suggestions->count() > 0);
}

void InitiativeEditor::addChosenSuggestions()
{
    if (m_readOnly)
        return;
    QList<qint64> ids;
    for (QListWidgetItem *item : m_suggestions->selectedItems())
        ids << item->data(idRole).toLongLong();
    if (ids.isEmpty() && m_suggestions->currentItem())
        ids << m_suggestions->currentItem()->data(idRole).toLongLong();
    for (qint64 id : std::as_const(ids))
        addCandidate(id);
}

void InitiativeEditor::addCandidate(qint64 organizationId)
{
    if (m_readOnly || organizationId <= 0)
        return;
    if (organizationId == m_requester->pickedId()) {
        m_form->showError(QStringLiteral("candidates"), tr("The requesting organisation cannot be its own candidate."));
        return;
    }
    for (int r = 0; r < m_candidates->rowCount(); ++r) {
        if (m_candidates->item(r, OrganizationColumn)->data(idRole).toLongLong() == organizationId)
            return;
    }
    if (m_db && m_original.id > 0 && !m_dirty) {
        // A saved record with no other changes: the candidate is saved at once.
        InitiativeStore store(*m_db);
        auto stored = store.get(m_original.id);
        if (!stored) {
            m_form->showError(QStringLiteral("candidates"), stored.error().message());
            return;
        }
        Initiative initiative = stored.take();
        initiative.candidates.append(Initiative::Candidate{organizationId, {}});
        if (auto written = store.save(initiative); !written) {
            m_form->showError(QStringLiteral("candidates"), written.error().message());
            return;
        }
        load(initiative.id);
        emit saved(initiative.id);
        return;
    }
    appendCandidateRow(Initiative::Candidate{organizationId, {}});
    setDirty(true);
    refreshSuggestions();
}

void InitiativeEditor::addTypedCountry()
{
    if (m_readOnly)
        return;
    const QString text = m_countryToAdd->text().trimmed();
    if (text.isEmpty())
        return;
    if (!addCountry(text)) {
        m_form->showError(QStringLiteral("sought_countries"), tr("No country is called \"%1\".").arg(text));
        return;
    }
    m_form->clear();
    m_countryToAdd->clear();
}

bool InitiativeEditor::addCountry(const QString &codeOrName)
{
    const QString code = m_countryLookup ? m_countryLookup->codeFor(codeOrName) : QString();
    if (code.isEmpty())
        return false;
    for (int r = 0; r < m_countries->count(); ++r) {
        if (m_countries->item(r)->data(idRole).toString() == code)
            return true;
    }
    auto *item = new QListWidgetItem(m_countryNames.value(code, code), m_countries);
    item->setData(idRole, code);
    setDirty(true);
    refreshSuggestions();
    return true;
}

void InitiativeEditor::removeSelectedCountries()
{
    if (m_readOnly)
        return;
    const QList<QListWidgetItem *> selected = m_countries->selectedItems();
    if (selected.isEmpty())
        return;
    for (QListWidgetItem *item : selected)
        delete m_countries->takeItem(m_countries->row(item));
    setDirty(true);
    refreshSuggestions();
}

void InitiativeEditor::moveToNextStage()
{
    if (m_readOnly)
        return;
    const QString next = Initiative::nextStage(m_stage->currentData().toString());
    if (next.isEmpty())
        return;
    if (!m_db || m_original.id <= 0) {
        m_stage->setCurrentIndex(m_stage->findData(next)); // a new record: saved with the rest
        return;
    }
    if (m_dirty) {
        // Other changes are pending: they are saved together with the new stage.
        m_stage->setCurrentIndex(m_stage->findData(next));
        (void)save(); // messages appear by the fields
        return;
    }
    if (Status moved = InitiativeStore(*m_db).moveToNextStage(m_original.id); !moved) {
        m_form->showError(QStringLiteral("stage"), moved.error().message());
        return;
    }
    load(m_original.id);
    emit saved(m_original.id);
}

void InitiativeEditor::turnIntoPartnership()
{
    if (m_readOnly || !m_db || m_original.id <= 0 || m_dirty)
        return;
    QList<qint64> partners;
    for (const QModelIndex &index : m_candidates->selectionModel()->selectedRows())
        partners << m_candidates->item(index.row(), OrganizationColumn)->data(idRole).toLongLong();
    if (partners.isEmpty() && m_candidates->rowCount() == 1)
        partners << m_candidates->item(0, OrganizationColumn)->data(idRole).toLongLong();
    if (partners.isEmpty()) {
        m_form->showError(QStringLiteral("candidates"), tr("Select the partner among the candidates."));
        m_candidates->setFocus();
        return;
    }
    auto turned = InitiativeStore(*m_db).turnIntoPartnership(m_original.id, partners);
    if (!turned) {
        m_form->showError(QStringLiteral("partnership_id"), turned.error().message());
        return;
    }
    load(m_original.id);
    emit saved(m_original.id);
    const auto answer = QMessageBox::question(
        this, tr("Partnership created"),
        tr("The partnership \"%1\" was created from this initiative. Open it now?").arg(m_partnership->text()),
        QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
    if (answer == QMessageBox::Open)
        emit openRequested(RecordKind::Partnership, turned.value());
    else
        m_openPartnership->setFocus();
}

Initiative InitiativeEditor::collect() const
{
    Initiative i = m_original;
    i.title = m_title->text().trimmed();
    i.origin = m_origin->currentData().toString();
    i.requesterId = m_requester->pickedId();
    i.staffInCharge = m_staff->text().trimmed();
    i.openedOn = m_opened->date();
    i.closedOn = m_closed->date();
    i.stage = m_stage->currentData().toString();
    i.soughtCountries.clear();
    for (int r = 0; r < m_countries->count(); ++r)
        i.soughtCountries << m_countries->item(r)->data(idRole).toString();
    i.soughtThemeIds.clear();
    for (int r = 0; r < m_themes->count(); ++r) {
        if (m_themes->item(r)->checkState() == Qt::Checked)
            i.soughtThemeIds << m_themes->item(r)->data(idRole).toLongLong();
    }
    i.soughtKind = m_kind->currentData().toString();
    i.soughtSize = m_size->text().trimmed();
    i.description = m_description->toPlainText();
    i.candidates.clear();
    for (int r = 0; r < m_candidates->rowCount(); ++r)
        i.candidates.append({m_candidates->item(r, OrganizationColumn)->data(idRole).toLongLong(),
                             m_candidates->item(r, NoteColumn)->text().trimmed()});
    i.notes = m_notes->toPlainText();
    return i;
}

Status InitiativeEditor::save()
{
    if (!m_db)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    Initiative initiative = collect();
    InitiativeStore store(*m_db);
    Validation validation;
    const QString typedRequester = m_requester->text().trimmed();
    const Validation checked = store.validate(initiative);
    for (const ValidationIssue &issue : checked.issues()) {
        // A typed name that matches no organisation gets its own message.
        if (issue.field == QLatin1String("requester_id") && initiative.requesterId <= 0 && !typedRequester.isEmpty())
            continue;
        issue.warning ? validation.addWarning(issue.field, issue.message)
                      : validation.addError(issue.field, issue.message);
    }
    if (initiative.requesterId <= 0 && !typedRequester.isEmpty())
        validation.addError(QStringLiteral("requester_id"),
                            tr("No organisation is called \"%1\"; choose one of the suggestions.").arg(typedRequester));
    for (DateField *date : {m_opened, m_closed}) {
        if (date->hasInvalidText())
            validation.addError(QStringLiteral("closed_on"),
                                tr("\"%1\" is not a date; write it as D.M.YYYY.").arg(date->text()));
    }
    // The opening date shares the dates row's message.
    QList<ValidationIssue> issues = validation.issues();
    for (ValidationIssue &issue : issues) {
        if (issue.field == QLatin1String("opened_on"))
            issue.field = QStringLiteral("closed_on");
    }
    m_form->show(issues);
    if (validation.hasErrors())
        return validation.toError();
    auto written = store.save(initiative);
    if (!written) {
        m_form->showError(QStringLiteral("title"), written.error().message());
        return written.error();
    }
    load(initiative.id); // the stored form: history and closing date
    emit saved(initiative.id);
    return {};
}

void InitiativeEditor::revert()
{
    show(m_original);
}

void InitiativeEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit *text : {m_description, m_notes})
        text->setReadOnly(readOnly);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_origin, m_stage, m_kind, m_themes, m_removeCountry, m_removeCandidate})
        widget->setEnabled(!readOnly);
    m_candidates->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_addSuggestion->setEnabled(!readOnly && !m_suggestions->selectedItems().isEmpty());
    showStageState();
    setDirty(m_dirty);
}

void InitiativeEditor::setDirty(bool dirty)
{
    if (m_loading)
        return;
    const bool changed = m_dirty != dirty;
    m_dirty = dirty;
    m_save->setEnabled(dirty && !m_readOnly);
    m_revert->setEnabled(dirty);
    showPartnership();
    if (changed)
        emit dirtyChanged(dirty);
}
