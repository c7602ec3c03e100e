// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementeditor.h"

#include "agreementstore.h"
#include "attachmentstore.h"
#include "dashboard.h"
#include "database.h"
#include "editorwidgets.h"
#include "datefield.h"
#include "dates.h"
#include "editorform.h"
#include "fieldmessage.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "recordpicker.h"
#include "rowemphasis.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace {

using EditorWidgets::table;
using EditorWidgets::readOnlyItem;
using EditorWidgets::fill;

constexpr int idRole = Qt::UserRole;

enum PartyColumn { OrganizationColumn, SignatoryColumn, PositionColumn };
enum AttachmentColumn { NameColumn, SizeColumn, AddedColumn };

// The local files among dropped URLs.
QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

AgreementEditor::AgreementEditor(QWidget *parent)
    : RecordEditor(parent)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_signedOn(new DateField(this))
    , m_signedPlace(new QLineEdit(this))
    , m_validFrom(new DateField(this))
    , m_validUntil(new DateField(this))
    , m_expiry(new QLabel(this))
    , m_renewal(new QComboBox(this))
    , m_languages(new QLineEdit(this))
    , m_partnership(new RecordPicker(RecordKind::Partnership, this))
    , m_parties(table(this, {tr("Organisation"), tr("Signatory"), tr("Position")}, tr("Parties")))
    , m_partyPicker(new RecordPicker(RecordKind::Organization, this))
    , m_signatory(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_addParty(new QPushButton(tr("&Add party"), this))
    , m_removeParty(new QPushButton(tr("Remove party"), this))
    , m_attachmentTable(table(this, {tr("File"), tr("Size"), tr("Added")}, tr("Documents")))
    , m_attachmentHint(new QLabel(this))
    , m_attach(new QPushButton(tr("Atta&ch…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_removeAttachment(new QPushButton(tr("Remove document"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    fill(m_kind, Vocab::AgreementKind);
    fill(m_status, Vocab::AgreementStatus);
    fill(m_renewal, Vocab::Renewal);
    m_title->setAccessibleName(tr("Title"));
    m_kind->setAccessibleName(tr("Kind"));
    m_status->setAccessibleName(tr("Status"));
    m_signedOn->setAccessibleName(tr("Signed on"));
    m_signedPlace->setAccessibleName(tr("Place of signing"));
    m_signedPlace->setPlaceholderText(tr("Place"));
    m_validFrom->setAccessibleName(tr("Valid from"));
    m_validUntil->setAccessibleName(tr("Valid until"));
    m_validUntil->setToolTip(tr("Leave empty for an agreement without an end date."));
    m_expiry->setAccessibleName(tr("Expiry"));
    m_expiry->setTextFormat(Qt::PlainText);
    m_renewal->setAccessibleName(tr("Renewal"));
    m_languages->setAccessibleName(tr("Languages"));
    m_languages->setPlaceholderText(tr("e.g. sr, fr"));
    m_partnership->setAccessibleName(tr("Partnership"));
    m_partnership->setPlaceholderText(tr("The partnership it founds, if any; type its title"));
    m_partnership->setPicksFirstSuggestion(true);
    m_partyPicker->setAccessibleName(tr("Organisation to add"));
    m_partyPicker->setPlaceholderText(tr("Type a name in Latin or Cyrillic"));
    m_partyPicker->setPicksFirstSuggestion(true);
    m_signatory->setAccessibleName(tr("Signatory of the party"));
    m_signatory->setPlaceholderText(tr("Signed by"));
    m_position->setAccessibleName(tr("Signatory's position"));
    m_position->setPlaceholderText(tr("Position, e.g. Mayor"));
    m_parties->horizontalHeader()->setSectionResizeMode(OrganizationColumn, QHeaderView::Stretch);
    m_attachmentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachmentTable->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_attachmentTable->horizontalHeader()->setSectionResizeMode(AddedColumn, QHeaderView::ResizeToContents);
    m_attachmentTable->setToolTip(tr("Drop files here to attach them. Enter or a double click opens a document."));
    m_attachmentTable->installEventFilter(this);
    m_attachmentHint->setTextFormat(Qt::PlainText);
    m_attachmentHint->setWordWrap(true);
    m_attachmentHint->setAccessibleName(tr("About the documents"));
    m_attach->setAccessibleName(tr("Attach files"));
    m_open->setAccessibleName(tr("Open the document"));
    m_export->setAccessibleName(tr("Export the document"));
    m_removeAttachment->setAccessibleName(tr("Remove the document"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);
    setAcceptDrops(true);
    buildForm();

    for (QLineEdit *edit : {m_title, m_signedPlace, m_languages})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    for (DateField *date : {m_signedOn, m_validFrom, m_validUntil})
        connect(date, &DateField::dateEdited, this, [this] { setDirty(true); });
    connect(m_validUntil, &DateField::dateEdited, this, &AgreementEditor::showExpiry);
    for (QComboBox *combo : {m_kind, m_status, m_renewal})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &AgreementEditor::showExpiry);
    connect(m_partnership, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_partnership, &RecordPicker::picked, this, [this](qint64 id, const QString &text) {
        if (id <= 0) {
            m_form->showError(QStringLiteral("partnership_id"),
                              tr("No partnership is called \"%1\"; choose one of the suggestions.").arg(text));
            return;
        }
        m_partnershipId = id;
        m_partnershipTitle = text;
        setDirty(true);
    });
    connect(m_parties, &QTableWidget::itemChanged, this, [this] { setDirty(true); });
    connect(m_partyPicker, &RecordPicker::picked, this, [this] { m_signatory->setFocus(); });
    for (QLineEdit *edit : {m_signatory, m_position})
        connect(edit, &QLineEdit::returnPressed, this, &AgreementEditor::addPickedParty);
    connect(m_addParty, &QPushButton::clicked, this, &AgreementEditor::addPickedParty);
    connect(m_removeParty, &QPushButton::clicked, this, [this] {
        if (!m_readOnly && m_parties->currentRow() >= 0) {
            m_parties->removeRow(m_parties->currentRow());
            setDirty(true);
        }
    });
    connect(m_attachmentTable, &QTableWidget::itemSelectionChanged, this, &AgreementEditor::updateAttachmentButtons);
    connect(m_attachmentTable, &QTableWidget::cellDoubleClicked, this, &AgreementEditor::openSelected);
    connect(m_attach, &QPushButton::clicked, this, &AgreementEditor::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &AgreementEditor::openSelected);
    connect(m_export, &QPushButton::clicked, this, &AgreementEditor::exportSelected);
    connect(m_removeAttachment, &QPushButton::clicked, this, &AgreementEditor::removeSelected);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); }); // messages appear by the fields
    connect(m_revert, &QPushButton::clicked, this, &AgreementEditor::revert);
    setDirty(false);
    updateAttachmentButtons();
}

AgreementEditor::~AgreementEditor() = default;

void AgreementEditor::buildForm()
{
    auto *form = new QFormLayout;
    m_form = std::make_unique<EditorForm>(form, this, QStringLiteral("title"));

    auto *signedRow = new QWidget(this);
    auto *signedLayout = new QHBoxLayout(signedRow);
    signedLayout->setContentsMargins(0, 0, 0, 0);
    signedLayout->addWidget(m_signedOn, 2);
    auto *placeLabel = new QLabel(tr("&in:", "signed in (a place)"), signedRow);
    placeLabel->setBuddy(m_signedPlace);
    signedLayout->addWidget(placeLabel);
    signedLayout->addWidget(m_signedPlace, 3);

    auto *validity = new QWidget(this);
    auto *validityColumn = new QVBoxLayout(validity);
    validityColumn->setContentsMargins(0, 0, 0, 0);
    validityColumn->setSpacing(4);
    auto *validityRow = new QHBoxLayout;
    validityRow->addWidget(m_validFrom, 1);
    auto *untilLabel = new QLabel(tr("&until:", "valid until"), validity);
    untilLabel->setBuddy(m_validUntil);
    validityRow->addWidget(untilLabel);
    validityRow->addWidget(m_validUntil, 1);
    validityColumn->addLayout(validityRow);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addStretch();
    expiryRow->addWidget(m_expiry);
    validityColumn->addLayout(expiryRow);

    auto *parties = new QWidget(this);
    auto *partiesColumn = new QVBoxLayout(parties);
    partiesColumn->setContentsMargins(0, 0, 0, 0);
    partiesColumn->addWidget(m_parties);
    auto *partyRow = new QHBoxLayout;
    partyRow->addWidget(m_partyPicker, 3);
    partyRow->addWidget(m_signatory, 2);
    partyRow->addWidget(m_position, 2);
    partiesColumn->addLayout(partyRow);
    auto *partyButtons = new QHBoxLayout;
    partyButtons->addStretch();
    partyButtons->addWidget(m_addParty);
    partyButtons->addWidget(m_removeParty);
    partiesColumn->addLayout(partyButtons);

    auto *documents = new QWidget(this);
    auto *documentsColumn = new QVBoxLayout(documents);
    documentsColumn->setContentsMargins(0, 0, 0, 0);
    documentsColumn->addWidget(m_attachmentTable);
    documentsColumn->addWidget(m_attachmentHint);
    auto *documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_attach);
    documentButtons->addStretch();
    documentButtons->addWidget(m_open);
    documentButtons->addWidget(m_export);
    documentButtons->addWidget(m_removeAttachment);
    documentsColumn->addLayout(documentButtons);

    m_form->addRow(tr("&Title:"), m_title, QStringLiteral("title"));
    m_form->addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    m_form->addRow(tr("St&atus:"), m_status, QStringLiteral("status"));
    m_form->addRow(tr("Si&gned on:"), signedRow, QStringLiteral("signed_on"));
    m_form->addRow(tr("&Valid from:"), validity, QStringLiteral("valid_until"));
    m_form->addRow(tr("Rene&wal:"), m_renewal, QStringLiteral("renewal"));
    m_form->addRow(tr("&Languages:"), m_languages);
    m_form->addRow(tr("Pa&rtnership:"), m_partnership, QStringLiteral("partnership_id"));
    m_form->addRow(tr("&Parties:"), parties, QStringLiteral("parties"));
    m_form->addRow(tr("&Documents:"), documents, QStringLiteral("attachments"));
    m_form->addRow(tr("&Notes:"), m_notes);

    // The buddies of the labels the form made (a label's mnemonic focuses its field).
    const QList<QWidget *> buddies = {m_title,   m_kind,        m_status,      m_signedOn,       m_validFrom,
                                      m_renewal, m_partnership, m_partyPicker, m_attachmentTable};
    for (QWidget *field : buddies) {
        QWidget *row = field;
        while (row && form->labelForField(row) == nullptr)
            row = row->parentWidget();
        if (auto *label = row ? qobject_cast<QLabel *>(form->labelForField(row)) : nullptr)
            label->setBuddy(field);
    }

    arrange(form, m_revert, m_save);

    const QList<QWidget *> chain
        = {m_title,      m_kind,     m_status,           m_signedOn,    m_signedPlace,     m_validFrom,
           m_validUntil, m_renewal,  m_languages,        m_partnership, m_parties,         m_partyPicker,
           m_signatory,  m_position, m_addParty,         m_removeParty, m_attachmentTable, m_attach,
           m_open,       m_export,   m_removeAttachment, m_notes,       m_revert,          m_save};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void AgreementEditor::setDatabase(Database *db)
{
    m_db = db;
    m_partnership->setDatabase(db);
    m_partyPicker->setDatabase(db);
    m_original = {};
    m_attachments.clear();
    setReadOnly(!db || db->isReadOnly());
}

void AgreementEditor::load(qint64 id)
{
    Agreement agreement;
    if (id > 0 && m_db) {
        if (auto loaded = AgreementStore(*m_db).get(id))
            agreement = loaded.value();
    }
    m_original = agreement;
    show(agreement);
    showAttachments();
}

void AgreementEditor::show(const Agreement &a)
{
    m_loading = true;
    m_title->setText(a.title);
    m_kind->setCurrentIndex(m_kind->findData(a.kind));
    m_status->setCurrentIndex(m_status->findData(a.status));
    m_signedOn->setDate(a.signedOn);
    m_signedPlace->setText(a.signedPlace);
    m_validFrom->setDate(a.validFrom);
    m_validUntil->setDate(a.validUntil);
    m_renewal->setCurrentIndex(m_renewal->findData(a.renewal));
    m_languages->setText(a.languages);
    m_partnership->reset();
    m_partnershipId = a.partnershipId;
    m_partnershipTitle.clear();
    if (a.partnershipId > 0 && m_db) {
        auto partnership = PartnershipStore(*m_db).get(a.partnershipId);
        m_partnershipTitle = partnership ? partnership.value().title : tr("(partnership %1)").arg(a.partnershipId);
        m_partnership->setText(m_partnershipTitle);
    }
    m_notes->setPlainText(a.notes);
    m_parties->setRowCount(0);
    for (const AgreementParty &party : a.parties)
        addParty(party.organizationId, party.signatory, party.signatoryPosition);
    m_partyPicker->reset();
    m_signatory->clear();
    m_position->clear();
    m_form->clear();
    showExpiry();
    m_loading = false;
    setDirty(false);
}

QString AgreementEditor::organizationName(qint64 id) const
{
    if (m_db) {
        if (auto organization = OrganizationStore(*m_db).get(id))
            return organization.value().name;
    }
    return tr("(organisation %1)").arg(id);
}

void AgreementEditor::addParty(qint64 organizationId, const QString &signatory, const QString &position)
{
    for (int row = 0; row < m_parties->rowCount(); ++row) {
        if (m_parties->item(row, OrganizationColumn)->data(idRole).toLongLong() == organizationId)
            return;
    }
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_parties->rowCount();
    m_parties->insertRow(row);
    auto *nameItem = readOnlyItem(organizationName(organizationId));
    nameItem->setData(idRole, organizationId);
    m_parties->setItem(row, OrganizationColumn, nameItem);
    m_parties->setItem(row, SignatoryColumn, new QTableWidgetItem(signatory));
    m_parties->setItem(row, PositionColumn, new QTableWidgetItem(position));
    m_loading = wasLoading;
    setDirty(true);
}

void AgreementEditor::addPickedParty()
{
    if (m_readOnly)
        return;
    const qint64 id = m_partyPicker->pickedId();
    if (id <= 0) {
        if (!m_partyPicker->text().trimmed().isEmpty())
            m_form->showError(QStringLiteral("parties"),
                              tr("No organisation is called \"%1\"; choose one of the suggestions.")
                                  .arg(m_partyPicker->text().trimmed()));
        m_partyPicker->setFocus();
        return;
    }
    addParty(id, m_signatory->text().trimmed(), m_position->text().trimmed());
    m_partyPicker->reset();
    m_signatory->clear();
    m_position->clear();
    m_partyPicker->setFocus();
}

void AgreementEditor::showExpiry()
{
    Agreement shown;
    shown.status = m_status->currentData().toString();
    shown.validUntil = m_validUntil->date();
    const QDate today = QDate::currentDate();
    if (!shown.isExpiringWithin(Dashboard::expiringDays, today)) {
        m_expiry->clear();
        m_expiry->setStyleSheet({});
        m_expiry->hide();
        return;
    }
    const auto days = today.daysTo(shown.validUntil);
    m_expiry->setText(days == 0 ? tr("Expires today") : tr("Expires in %n day(s)", nullptr, int(days)));
    m_expiry->setToolTip(tr("Signed or in force, and valid only until %1: renew it or record how it ends.")
                             .arg(Dates::display(shown.validUntil)));
    m_expiry->setStyleSheet(RowEmphasis::badgeStyle(RowEmphasis::Level::Warning));
    m_expiry->show();
}

qint64 AgreementEditor::chosenPartnership() const
{
    const QString text = m_partnership->text().trimmed();
    if (text.isEmpty())
        return 0;
    if (m_partnershipId > 0 && text == m_partnershipTitle)
        return m_partnershipId;
    const qint64 picked = m_partnership->pickedId();
    return picked > 0 ? picked : -1; // -1: a title naming no partnership
}

Agreement AgreementEditor::collect() const
{
    Agreement a = m_original;
    a.title = m_title->text().trimmed();
    a.kind = m_kind->currentData().toString();
    a.status = m_status->currentData().toString();
    a.signedOn = m_signedOn->date();
    a.signedPlace = m_signedPlace->text().trimmed();
    a.validFrom = m_validFrom->date();
    a.validUntil = m_validUntil->date();
    a.renewal = m_renewal->currentData().toString();
    a.languages = m_languages->text().trimmed();
    a.partnershipId = qMax<qint64>(0, chosenPartnership());
    a.notes = m_notes->toPlainText();
    a.parties.clear();
    for (int row = 0; row < m_parties->rowCount(); ++row) {
        a.parties.append({m_parties->item(row, OrganizationColumn)->data(idRole).toLongLong(),
                          m_parties->item(row, SignatoryColumn)->text().trimmed(),
                          m_parties->item(row, PositionColumn)->text().trimmed()});
    }
    return a;
}

Status AgreementEditor::save()
{
    if (!m_db)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    Agreement agreement = collect();
    AgreementStore store(*m_db);
    Validation validation = store.validate(agreement);
    const QString notADate = tr("\"%1\" is not a date; write it as D.M.YYYY.");
    if (m_signedOn->hasInvalidText())
        validation.addError(QStringLiteral("signed_on"), notADate.arg(m_signedOn->text()));
    for (DateField *date : {m_validFrom, m_validUntil}) {
        if (date->hasInvalidText())
            validation.addError(QStringLiteral("valid_until"), notADate.arg(date->text()));
    }
    if (chosenPartnership() < 0)
        validation.addError(QStringLiteral("partnership_id"),
                            tr("No partnership is called \"%1\"; choose one of the suggestions or leave it empty.")
                                .arg(m_partnership->text().trimmed()));
    m_form->show(validation.issues());
    if (validation.hasErrors())
        return validation.toError();
    auto written = store.save(agreement);
    if (!written) {
        m_form->showError(QStringLiteral("title"), written.error().message());
        return written.error();
    }
    load(agreement.id);
    emit saved(agreement.id);
    return {};
}

void AgreementEditor::revert()
{
    show(m_original);
}

void AgreementEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_kind, m_status, m_renewal, m_addParty, m_removeParty})
        widget->setEnabled(!readOnly);
    m_parties->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    updateAttachmentButtons();
    showAttachmentHint();
    setDirty(m_dirty);
}

void AgreementEditor::setDirty(bool dirty)
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

// --- Documents -------------------------------------------------------------

void AgreementEditor::showAttachments()
{
    const qint64 selected = selectedAttachment();
    m_attachments.clear();
    if (m_db && m_original.id > 0) {
        auto attachments = AttachmentStore(*m_db).forRecord(RecordKind::Agreement, m_original.id);
        if (attachments)
            m_attachments = attachments.value();
        else
            showAttachmentError(attachments.error().message());
    }
    const QLocale locale;
    m_attachmentTable->setRowCount(0);
    for (const Attachment &attachment : std::as_const(m_attachments)) {
        const int row = m_attachmentTable->rowCount();
        m_attachmentTable->insertRow(row);
        auto *name = readOnlyItem(attachment.fileName);
        name->setData(idRole, attachment.id);
        name->setToolTip(tr("%1, SHA-256 %2").arg(attachment.mimeType, attachment.sha256));
        m_attachmentTable->setItem(row, NameColumn, name);
        auto *size = readOnlyItem(locale.formattedDataSize(attachment.size, 1, QLocale::DataSizeTraditionalFormat));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_attachmentTable->setItem(row, SizeColumn, size);
        m_attachmentTable->setItem(row, AddedColumn,
                                   readOnlyItem(Dates::display(attachment.addedAt.toLocalTime().date())));
        if (attachment.id == selected)
            m_attachmentTable->selectRow(row);
    }
    showAttachmentHint();
    updateAttachmentButtons();
}

void AgreementEditor::showAttachmentHint(bool dropping)
{
    QFont font = m_attachmentHint->font();
    font.setBold(dropping);
    m_attachmentHint->setFont(font);
    if (dropping)
        m_attachmentHint->setText(tr("Release to attach the files to this agreement."));
    else if (m_original.id <= 0)
        m_attachmentHint->setText(tr("Save the agreement first; then attach its scanned documents here."));
    else if (m_readOnly)
        m_attachmentHint->setText(m_attachments.isEmpty()
                                      ? tr("No documents are attached.")
                                      : tr("The register is read-only: documents can be opened and exported."));
    else if (m_attachments.isEmpty())
        m_attachmentHint->setText(tr("No documents yet. Drag scanned files here, or use Attach… (at most %1 MB each).")
                                      .arg(AttachmentStore::maxSize / (1024 * 1024)));
    else
        m_attachmentHint->setText(tr("Drag more files here to attach them (at most %1 MB each).")
                                      .arg(AttachmentStore::maxSize / (1024 * 1024)));
}

void AgreementEditor::updateAttachmentButtons()
{
    const bool canWrite = m_db && !m_readOnly && m_original.id > 0;
    const bool selected = selectedAttachment() > 0;
    m_attach->setEnabled(canWrite);
    m_open->setEnabled(selected);
    m_export->setEnabled(selected);
    m_removeAttachment->setEnabled(canWrite && selected);
}

qint64 AgreementEditor::selectedAttachment() const
{
    const int row = m_attachmentTable->currentRow();
    if (row < 0 || !m_attachmentTable->item(row, NameColumn) || !m_attachmentTable->item(row, NameColumn)->isSelected())
        return 0;
    return m_attachmentTable->item(row, NameColumn)->data(idRole).toLongLong();
}

void AgreementEditor::showAttachmentError(const QString &message)
{
    FieldMessage *shown = m_form->message(QStringLiteral("attachments"));
    shown->showError(message);
}

void AgreementEditor::clearAttachmentError()
{
    m_form->message(QStringLiteral("attachments"))->clearMessage();
}

int AgreementEditor::attachFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return 0;
    if (!m_db || m_readOnly) {
        showAttachmentError(tr("The register is read-only: documents cannot be attached."));
        return 0;
    }
    if (m_original.id <= 0) {
        showAttachmentError(tr("Save the agreement first, then attach its documents."));
        return 0;
    }
    AttachmentStore store(*m_db);
    QStringList problems;
    int attached = 0;
    for (const QString &path : paths) {
        auto added = store.addFile(RecordKind::Agreement, m_original.id, path);
        if (added)
            ++attached;
        else
            problems << tr("\"%1\" was not attached: %2").arg(QFileInfo(path).fileName(), added.error().message());
    }
    showAttachments();
    if (problems.isEmpty())
        clearAttachmentError();
    else
        showAttachmentError(problems.join(QLatin1Char('\n')));
    if (attached > 0) {
        m_attachmentTable->selectRow(m_attachmentTable->rowCount() - 1);
        emit saved(m_original.id);
    }
    return attached;
}

void AgreementEditor::setOpenHooks(ConfirmOpen confirm, Opener opener)
{
    m_confirmOpen = std::move(confirm);
    m_opener = std::move(opener);
}

bool AgreementEditor::confirmOpen(const Attachment &attachment)
{
    if (m_confirmOpen)
        return m_confirmOpen(attachment);
    QMessageBox box(QMessageBox::Warning, tr("Open a program?"),
                    tr("\"%1\" looks like a program or a script. Opening it may run it, and it could harm this "
                       "computer or the register.")
                        .arg(attachment.fileName),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Open it only if you know where it comes from and trust it. To look at it safely, "
                              "export it instead."));
    QPushButton *open = box.addButton(tr("Open anyway"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::No);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == open;
}

Result<bool> AgreementEditor::openAttachment(qint64 attachmentId)
{
    if (!m_db)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    AttachmentStore store(*m_db);
    auto attachment = store.get(attachmentId);
    if (!attachment)
        return attachment.error();
    auto content = store.content(attachmentId); // verified against its checksum
    if (!content)
        return content.error();
    if (AttachmentStore::looksExecutable(attachment.value().fileName, content.value().left(64))
        && !confirmOpen(attachment.value()))
        return false;

    if (!m_openedFiles) {
        m_openedFiles = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/saradnja-XXXXXX"));
        if (!m_openedFiles->isValid()) {
            const QString detail = m_openedFiles->errorString();
            m_openedFiles.reset();
            return Error(ErrorCode::Io, tr("No temporary folder could be made to open the document."), detail);
        }
    }
    // One folder per document, so the viewer shows the file's own name.
    const QString folder = m_openedFiles->filePath(QString::number(attachmentId));
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::Io, tr("No temporary folder could be made to open the document."), folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // A name any file system takes (a 1,000-character name would not be written).
    const QString target = QDir(folder).filePath(AttachmentStore::exportFileName(attachment.value().fileName));
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        QFile::remove(target); // an earlier copy, perhaps changed in the viewer
    }
    if (Status exported = store.exportTo(attachmentId, target); !exported)
        return exported.error();
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    const QUrl url = QUrl::fromLocalFile(target);
    const bool opened = m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
    if (!opened)
        return Error(ErrorCode::Io,
                     tr("No program on this computer could open \"%1\". Export it and open it from there.")
                         .arg(attachment.value().fileName),
                     target);
    return true;
}

Status AgreementEditor::exportAttachment(qint64 attachmentId, const QString &targetPath)
{
    if (!m_db)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    return AttachmentStore(*m_db).exportTo(attachmentId, targetPath);
}

Status AgreementEditor::removeAttachment(qint64 attachmentId)
{
    if (!m_db || m_readOnly)
        return Error(ErrorCode::ReadOnly, tr("The register is read-only: documents cannot be removed."));
    if (Status removed = AttachmentStore(*m_db).remove(attachmentId); !removed) {
        showAttachmentError(removed.error().message());
        return removed;
    }
    showAttachments();
    emit saved(m_original.id);
    return {};
}

void AgreementEditor::chooseFiles()
{
    if (m_original.id <= 0 || m_readOnly)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach documents"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt);;All files (*)"));
    attachFiles(paths);
}

void AgreementEditor::openSelected()
{
    const qint64 id = selectedAttachment();
    if (id <= 0)
        return;
    auto opened = openAttachment(id);
    if (!opened)
        showAttachmentError(opened.error().message());
}

void AgreementEditor::exportSelected()
{
    const qint64 id = selectedAttachment();
    if (id <= 0)
        return;
    QString name;
    for (const Attachment &attachment : std::as_const(m_attachments)) {
        if (attachment.id == id)
            name = AttachmentStore::exportFileName(attachment.fileName);
    }
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    // The store never writes over a file: the dialog need not ask.
    const QString path = QFileDialog::getSaveFileName(this, tr("Export document"), start, {}, nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (Status exported = exportAttachment(id, path); !exported)
        showAttachmentError(exported.error().message());
    else
        clearAttachmentError();
}

void AgreementEditor::removeSelected()
{
    const qint64 id = selectedAttachment();
    if (id <= 0 || m_readOnly)
        return;
    QString name;
    for (const Attachment &attachment : std::as_const(m_attachments)) {
        if (attachment.id == id)
            name = attachment.fileName;
    }
    const auto answer = QMessageBox::question(
        this, tr("Remove document"),
        tr("Remove \"%1\" from the register? Export it first if you still need a copy.").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        (void)removeAttachment(id); // a failure is shown under the documents
}

bool AgreementEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_attachmentTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openSelected();
            return true;
        }
        if (key == Qt::Key_Delete) {
            removeSelected();
            return true;
        }
    }
    return RecordEditor::eventFilter(watched, event);
}

void AgreementEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_readOnly || !m_db || localFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    showAttachmentHint(true);
}

void AgreementEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_readOnly || !m_db || localFiles(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void AgreementEditor::dragLeaveEvent(QDragLeaveEvent *event)
{
    showAttachmentHint();
    RecordEditor::dragLeaveEvent(event);
}

void AgreementEditor::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    showAttachmentHint();
    if (m_readOnly || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    attachFiles(paths);
}
