// SPDX-License-Identifier: GPL-3.0-or-later
#include "membershipeditor.h"

#include "database.h"
#include "editorwidgets.h"
#include "datefield.h"
#include "dates.h"
#include "editorform.h"
#include "fieldmessage.h"
#include "membershipstore.h"
#include "organizationstore.h"
#include "personstore.h"
#include "recordpicker.h"
#include "rowemphasis.h"
#include "writetransaction.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

using EditorWidgets::readOnlyItem;

constexpr int idRole = Qt::UserRole;             // the person
constexpr int delegateIdRole = Qt::UserRole + 1; // the delegate row (0: new)
constexpr int emphasisRole = Qt::UserRole + 2;   // int(RowEmphasis::Level)
constexpr int newNameRole = Qt::UserRole + 3;    // a delegate not yet in the contacts (person 0)

// The row of a delegate issue key ("delegates[2].mandate_until" → 2), or -1.
int issueRow(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^delegates\\[(\\d+)\\]\\.(\\w+)$"));
    const QRegularExpressionMatch match = pattern.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

MembershipEditor::MembershipEditor(QWidget *parent)
    : RecordEditor(parent)
    , m_organization(new RecordPicker(RecordKind::Organization, this))
    , m_role(new QLineEdit(this))
    , m_since(new DateField(this))
    , m_until(new DateField(this))
    , m_bodies(new QLabel(this))
    , m_delegates(new QTableWidget(0, 5, this))
    , m_ending(new QLabel(this))
    , m_personPicker(new RecordPicker(RecordKind::Person, this))
    , m_body(new QLineEdit(this))
    , m_mandateFrom(new DateField(this))
    , m_mandateUntil(new DateField(this))
    , m_addDelegate(new QPushButton(tr("&Add delegate"), this))
    , m_removeDelegate(new QPushButton(tr("Remove delegate"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    m_organization->setAccessibleName(tr("Organisation"));
    m_organization->setPlaceholderText(tr("The international organisation or network, e.g. CEMR, NALAS"));
    m_organization->setPicksFirstSuggestion(true);
    m_role->setAccessibleName(tr("Our role"));
    m_role->setPlaceholderText(tr("member, observer, associate member…"));
    m_since->setAccessibleName(tr("Member since"));
    m_until->setAccessibleName(tr("Member until"));
    m_until->setToolTip(tr("Leave empty while the membership lasts."));
    m_bodies->setAccessibleName(tr("Bodies"));
    m_bodies->setTextFormat(Qt::PlainText);
    // One line that never widens the form; the tooltip has it all.
    m_bodies->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bodies->setMinimumWidth(1);
    m_delegates->setHorizontalHeaderLabels(
        {tr("Delegate"), tr("Body"), tr("Role", "of a delegate"), tr("From", "mandate"), tr("Until", "mandate")});
    m_delegates->setAccessibleName(tr("Delegates"));
    m_delegates->setToolTip(tr("Body and mandate dates can be edited in the table; dates as D.M.YYYY."));
    m_delegates->verticalHeader()->hide();
    m_delegates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_delegates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_delegates->setTabKeyNavigation(false);
    m_delegates->setMinimumHeight(140);
    m_delegates->setMaximumHeight(320);
    QHeaderView *header = m_delegates->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    for (int column : {RoleColumn, FromColumn, UntilColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ending->setAccessibleName(tr("Mandates ending soon"));
    m_ending->setTextFormat(Qt::PlainText);
    m_ending->setWordWrap(true);
    m_ending->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ending->setStyleSheet(RowEmphasis::badgeStyle(RowEmphasis::Level::Warning));
    m_ending->hide();
    m_personPicker->setAccessibleName(tr("Delegate to add"));
    m_personPicker->setPlaceholderText(tr("A contact, or a new name"));
    m_personPicker->setToolTip(tr("Choose a contact from the suggestions; a name that is not among them becomes a new "
                                  "contact when the membership is saved."));
    m_body->setAccessibleName(tr("Body of the delegate"));
    m_body->setPlaceholderText(tr("Body, e.g. Policy Committee"));
    m_mandateFrom->setAccessibleName(tr("Mandate from"));
    m_mandateUntil->setAccessibleName(tr("Mandate until"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);
    buildForm();

    connect(m_role, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_organization, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_organization, &RecordPicker::picked, this, [this](qint64 id, const QString &text) {
        if (id <= 0) {
            m_form->showError(QStringLiteral("organization_id"),
                              tr("No organisation is called \"%1\"; choose one of the suggestions.").arg(text));
            return;
        }
        m_organizationId = id;
        m_organizationName = text;
        setDirty(true);
    });
    for (DateField *date : {m_since, m_until})
        connect(date, &DateField::dateEdited, this, [this] { setDirty(true); });
    connect(m_until, &DateField::dateEdited, this, &MembershipEditor::refreshDelegateState);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    connect(m_delegates, &QTableWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        setDirty(true);
        refreshDelegateState();
    });
    connect(m_personPicker, &RecordPicker::picked, this, [this] { m_body->setFocus(); });
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_body), static_cast<QLineEdit *>(m_mandateFrom),
                            static_cast<QLineEdit *>(m_mandateUntil)})
        connect(edit, &QLineEdit::returnPressed, this, &MembershipEditor::addPickedDelegate);
    connect(m_addDelegate, &QPushButton::clicked, this, &MembershipEditor::addPickedDelegate);
    connect(m_removeDelegate, &QPushButton::clicked, this, [this] {
        if (!m_readOnly && m_delegates->currentRow() >= 0) {
            m_delegates->removeRow(m_delegates->currentRow());
            setDirty(true);
            refreshDelegateState();
        }
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); }); // messages appear by the fields
    connect(m_revert, &QPushButton::clicked, this, &MembershipEditor::revert);
    setDirty(false);
}

MembershipEditor::~MembershipEditor() = default;

void MembershipEditor::buildForm()
{
    auto *form = new QFormLayout;
    m_form = std::make_unique<EditorForm>(form, this, QStringLiteral("organization_id"));

    auto *dates = new QWidget(this);
    auto *datesRow = new QHBoxLayout(dates);
    datesRow->setContentsMargins(0, 0, 0, 0);
    datesRow->addWidget(m_since, 1);
    auto *untilLabel = new QLabel(tr("&until:", "member until"), dates);
    untilLabel->setBuddy(m_until);
    datesRow->addWidget(untilLabel);
    datesRow->addWidget(m_until, 1);

    auto *delegates = new QWidget(this);
    auto *delegatesColumn = new QVBoxLayout(delegates);
    delegatesColumn->setContentsMargins(0, 0, 0, 0);
    delegatesColumn->addWidget(m_delegates);
    delegatesColumn->addWidget(m_ending);
    auto *personRow = new QHBoxLayout;
    personRow->addWidget(m_personPicker, 3);
    personRow->addWidget(m_body, 2);
    delegatesColumn->addLayout(personRow);
    auto *mandateRow = new QHBoxLayout;
    auto *mandateLabel = new QLabel(tr("Mandate:"), delegates);
    mandateLabel->setBuddy(m_mandateFrom);
    mandateRow->addWidget(mandateLabel);
    mandateRow->addWidget(m_mandateFrom, 1);
    auto *mandateDash = new QLabel(tr("to", "mandate from ... to ..."), delegates);
    mandateDash->setBuddy(m_mandateUntil);
    mandateRow->addWidget(mandateDash);
    mandateRow->addWidget(m_mandateUntil, 1);
    mandateRow->addWidget(m_addDelegate);
    delegatesColumn->addLayout(mandateRow);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(m_removeDelegate);
    delegatesColumn->addLayout(removeRow);

    m_form->addRow(tr("&Organisation:"), m_organization, QStringLiteral("organization_id"));
    m_form->addRow(tr("Our r&ole:"), m_role, QStringLiteral("role"));
    m_form->addRow(tr("Member &since:"), dates, QStringLiteral("member_until"));
    m_form->addRow(tr("Bodies:"), m_bodies);
    m_form->addRow(tr("&Delegates:"), delegates, QStringLiteral("delegates"));
    m_form->addRow(tr("&Notes:"), m_notes);

    const QList<QWidget *> buddies = {m_organization, m_role, m_since, m_personPicker, m_notes};
    for (QWidget *field : buddies) {
        QWidget *row = field;
        while (row && form->labelForField(row) == nullptr)
            row = row->parentWidget();
        if (auto *label = row ? qobject_cast<QLabel *>(form->labelForField(row)) : nullptr)
            label->setBuddy(field);
    }

    arrange(form, m_revert, m_save);
    setMinimumWidth(620); // five columns of delegates stay readable

    const QList<QWidget *> chain
        = {m_organization, m_role,         m_since,       m_until,          m_delegates, m_personPicker, m_body,
           m_mandateFrom,  m_mandateUntil, m_addDelegate, m_removeDelegate, m_notes,     m_revert,       m_save};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void MembershipEditor::setDatabase(Database *db)
{
    m_db = db;
    m_organization->setDatabase(db);
    m_personPicker->setDatabase(db);
    setReadOnly(!db || db->isReadOnly());
}

void MembershipEditor::load(qint64 id)
{
    Membership membership;
    if (id > 0 && m_db) {
        if (auto loaded = MembershipStore(*m_db).get(id))
            membership = loaded.value();
    }
    m_original = membership;
    show(membership);
}

void MembershipEditor::show(const Membership &m)
{
    m_loading = true;
    m_organization->reset();
    m_organizationId = m.organizationId;
    m_organizationName.clear();
    if (m.organizationId > 0 && m_db) {
        auto organization = OrganizationStore(*m_db).get(m.organizationId);
        m_organizationName = organization ? organization.value().name : tr("(organisation %1)").arg(m.organizationId);
        m_organization->setText(m_organizationName);
    }
    m_role->setText(m.role);
    m_since->setDate(m.memberSince);
    m_until->setDate(m.memberUntil);
    m_notes->setPlainText(m.notes);
    m_delegates->setRowCount(0);
    for (const Delegate &delegate : m.delegates)
        addDelegate(delegate);
    m_personPicker->reset();
    m_body->clear();
    m_mandateFrom->clear();
    m_mandateUntil->clear();
    m_form->clear();
    m_loading = false;
    refreshDelegateState();
    setDirty(false);
}

QString MembershipEditor::personName(qint64 id) const
{
    if (id <= 0)
        return tr("(erased on request)");
    if (m_db) {
        if (auto person = PersonStore(*m_db).get(id))
            return person.value().fullName;
    }
    return tr("(person %1)").arg(id);
}

void MembershipEditor::addDelegate(const Delegate &delegate, const QString &newName)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_delegates->rowCount();
    m_delegates->insertRow(row);
    const bool isNew = delegate.personId <= 0 && !newName.trimmed().isEmpty();
    auto *person
        = readOnlyItem(isNew ? tr("%1 (new contact)").arg(newName.simplified()) : personName(delegate.personId));
    person->setData(idRole, isNew ? qint64(0) : delegate.personId);
    person->setData(newNameRole, isNew ? newName.simplified() : QString());
    person->setData(delegateIdRole, delegate.id);
    m_delegates->setItem(row, PersonColumn, person);
    m_delegates->setItem(row, BodyColumn, new QTableWidgetItem(delegate.body));
    m_delegates->setItem(row, FromColumn, new QTableWidgetItem(DateField::format(delegate.mandateFrom)));
    m_delegates->setItem(row, UntilColumn, new QTableWidgetItem(DateField::format(delegate.mandateUntil)));
    auto *role = new QComboBox(m_delegates);
    role->addItem(tr("Member", "delegate"), false);
    role->addItem(tr("Substitute", "delegate"), true);
    role->setCurrentIndex(delegate.substitute ? 1 : 0);
    role->setAccessibleName(tr("Role of delegate %1").arg(row + 1));
    role->setEnabled(!m_readOnly);
    connect(role, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    m_delegates->setCellWidget(row, RoleColumn, role);
    m_loading = wasLoading;
    if (!m_loading) {
        setDirty(true);
        refreshDelegateState();
    }
}

void MembershipEditor::addPickedDelegate()
{
    if (m_readOnly)
        return;
    const qint64 id = m_personPicker->pickedId();
    const QString name = m_personPicker->text().simplified();
    if (name.isEmpty()) {
        m_form->showError(QStringLiteral("delegates"),
                          tr("Type the delegate's name, or choose a contact from the suggestions."));
        m_personPicker->setFocus();
        return;
    }
    for (DateField *date : {m_mandateFrom, m_mandateUntil}) {
        if (date->hasInvalidText()) {
            m_form->showError(QStringLiteral("delegates"),
                              tr("\"%1\" is not a date; write it as D.M.YYYY.").arg(date->text()));
            date->setFocus();
            return;
        }
    }
    Delegate delegate;
    delegate.personId = id;
    delegate.body = m_body->text().trimmed();
    delegate.mandateFrom = m_mandateFrom->date();
    delegate.mandateUntil = m_mandateUntil->date();
    addDelegate(delegate, id > 0 ? QString() : name);
    m_form->message(QStringLiteral("delegates"))->clearMessage();
    m_personPicker->reset();
    m_body->clear();
    m_mandateFrom->clear();
    m_mandateUntil->clear();
    m_personPicker->setFocus();
}

bool MembershipEditor::isRowHighlighted(int row) const
{
    const QTableWidgetItem *item = m_delegates->item(row, PersonColumn);
    return item && item->data(emphasisRole).toInt() != int(RowEmphasis::Level::None);
}

void MembershipEditor::refreshDelegateState()
{
    const QDate today = QDate::currentDate();
    Membership shown;
    shown.memberUntil = m_until->date();
    const bool lasts = shown.isActiveOn(today);
    QStringList bodies;
    int ending = 0;
    const QSignalBlocker blocker(m_delegates); // colouring is not an edit
    for (int row = 0; row < m_delegates->rowCount(); ++row) {
        const QString body = m_delegates->item(row, BodyColumn)->text().trimmed();
        if (!body.isEmpty() && !bodies.contains(body))
            bodies << body;
        Delegate delegate;
        delegate.mandateUntil = Dates::parse(m_delegates->item(row, UntilColumn)->text().trimmed());
        const bool highlighted = lasts && delegate.mandateEndsWithin(MembershipStore::mandateEndingDays, today);
        if (highlighted)
            ++ending;
        const RowEmphasis::Level level = highlighted ? RowEmphasis::Level::Warning : RowEmphasis::Level::None;
        const QString note
            = highlighted ? tr("The mandate ends on %1.").arg(Dates::display(delegate.mandateUntil)) : QString();
        for (int column = 0; column < m_delegates->columnCount(); ++column) {
            QTableWidgetItem *item = m_delegates->item(row, column);
            if (!item)
                continue;
            item->setData(Qt::BackgroundRole, highlighted ? QVariant(RowEmphasis::background(level)) : QVariant());
            item->setData(Qt::ForegroundRole, highlighted ? QVariant(RowEmphasis::foreground(level)) : QVariant());
            item->setToolTip(note);
            item->setData(emphasisRole, int(level));
        }
    }
    m_bodies->setText(bodies.isEmpty() ? tr("None yet (the bodies of the delegates below)")
                                       : bodies.join(QStringLiteral(", ")));
    m_bodies->setToolTip(m_bodies->text());
    m_bodies->setEnabled(!bodies.isEmpty());
    if (ending > 0) {
        m_ending->setText(tr("Mandates ending within %1 days: %n (highlighted).", nullptr, ending)
                              .arg(MembershipStore::mandateEndingDays));
        m_ending->show();
    } else {
        m_ending->hide();
    }
}

qint64 MembershipEditor::chosenOrganization() const
{
    const QString text = m_organization->text().trimmed();
    if (text.isEmpty())
        return 0;
    if (m_organizationId > 0 && text == m_organizationName)
        return m_organizationId;
    const qint64 picked = m_organization->pickedId();
    return picked > 0 ? picked : -1; // -1: a name naming no organisation
}

Membership MembershipEditor::collect() const
{
    Membership m = m_original;
    m.organizationId = qMax<qint64>(0, chosenOrganization());
    m.role = m_role->text().trimmed();
    m.memberSince = m_since->date();
    m.memberUntil = m_until->date();
    m.notes = m_notes->toPlainText();
    m.delegates.clear();
    for (int row = 0; row < m_delegates->rowCount(); ++row) {
        Delegate d;
        const QTableWidgetItem *person = m_delegates->item(row, PersonColumn);
        d.id = person->data(delegateIdRole).toLongLong();
        d.personId = person->data(idRole).toLongLong();
        d.body = m_delegates->item(row, BodyColumn)->text().trimmed();
        d.mandateFrom = Dates::parse(m_delegates->item(row, FromColumn)->text().trimmed());
        d.mandateUntil = Dates::parse(m_delegates->item(row, UntilColumn)->text().trimmed());
        if (auto *role = qobject_cast<QComboBox *>(m_delegates->cellWidget(row, RoleColumn)))
            d.substitute = role->currentData().toBool();
        m.delegates.append(d);
    }
    return m;
}

Status MembershipEditor::save()
{
    if (!m_db)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    Membership membership = collect();
    MembershipStore store(*m_db);
    const Validation checked = store.validate(membership);
    Validation validation;
    int firstBadRow = -1;
    for (const ValidationIssue &issue : checked.issues()) {
        const int row = issueRow(issue.field);
        if (row >= 0 && issue.field.endsWith(QLatin1String(".person_id")) && !newName(row).isEmpty())
            continue; // becomes a contact below
        if (row < 0) {
            if (issue.warning)
                validation.addWarning(issue.field, issue.message);
            else
                validation.addError(issue.field, issue.message);
            continue;
        }
        // Delegate issues go under the table, naming the row.
        QString message = issue.message;
        if (issue.field.endsWith(QLatin1String(".mandate_until")))
            message = tr("Delegate %1: the mandate cannot end before it starts.").arg(row + 1);
        if (issue.warning) {
            validation.addWarning(QStringLiteral("delegates"), message);
        } else {
            validation.addError(QStringLiteral("delegates"), message);
            if (firstBadRow < 0)
                firstBadRow = row;
        }
    }
    if (chosenOrganization() < 0)
        validation.addError(QStringLiteral("organization_id"),
                            tr("No organisation is called \"%1\"; choose one of the suggestions.")
                                .arg(m_organization->text().trimmed()));
    for (DateField *date : {m_since, m_until}) {
        if (date->hasInvalidText())
            validation.addError(QStringLiteral("member_until"),
                                tr("\"%1\" is not a date; write it as D.M.YYYY.").arg(date->text()));
    }
    for (int row = 0; row < m_delegates->rowCount(); ++row) {
        for (int column : {FromColumn, UntilColumn}) {
            const QString text = m_delegates->item(row, column)->text().trimmed();
            if (!text.isEmpty() && !Dates::parse(text).isValid()) {
                validation.addError(
                    QStringLiteral("delegates"),
                    tr("Delegate %1: \"%2\" is not a date; write it as D.M.YYYY.").arg(row + 1).arg(text));
                if (firstBadRow < 0)
                    firstBadRow = row;
            }
        }
    }
    m_form->show(validation.issues());
    if (validation.hasErrors()) {
        if (firstBadRow >= 0)
            m_delegates->selectRow(firstBadRow);
        return validation.toError();
    }
    // New delegates become contacts in the same transaction as the membership.
    WriteTransaction transaction(m_db->connection());
    if (!transaction.isActive()) {
        m_form->showError(QStringLiteral("organization_id"), transaction.error().message());
        return transaction.error();
    }
    PersonStore people(*m_db);
    for (int row = 0; row < m_delegates->rowCount(); ++row) {
        if (membership.delegates[row].personId > 0 || newName(row).isEmpty())
            continue;
        Person person;
        person.fullName = newName(row);
        if (Status added = people.saveWithin(person); !added) {
            m_form->showError(QStringLiteral("delegates"), added.error().message());
            return added;
        }
        membership.delegates[row].personId = person.id;
    }
    Status written = store.saveWithin(membership);
    if (written)
        written = transaction.commit();
    if (!written) {
        m_form->showError(QStringLiteral("organization_id"), written.error().message());
        return written;
    }
    load(membership.id);
    emit saved(membership.id);
    return {};
}

QString MembershipEditor::newName(int row) const
{
    const QTableWidgetItem *person = m_delegates->item(row, PersonColumn);
    return person ? person->data(newNameRole).toString() : QString();
}

void MembershipEditor::revert()
{
    show(m_original);
}

void MembershipEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_addDelegate, m_removeDelegate})
        widget->setEnabled(!readOnly);
    for (int row = 0; row < m_delegates->rowCount(); ++row) {
        if (QWidget *role = m_delegates->cellWidget(row, RoleColumn))
            role->setEnabled(!readOnly);
    }
    m_delegates->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    setDirty(m_dirty);
}

void MembershipEditor::setDirty(bool dirty)
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
