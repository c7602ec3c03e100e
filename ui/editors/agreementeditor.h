// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"
#include "attachment.h"
#include "recordeditor.h"

#include <functional>
#include <memory>

class DateField;
class EditorForm;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTemporaryDir;
class QUrl;
class RecordPicker;

// An agreement: title, kind, status, signature, validity (with a note when
// it is about to expire), renewal, languages, the partnership it founds,
// the parties with their signatories, and the scanned documents kept in
// the register. Documents are attached by dropping files on the editor or
// with "Attach…"; each attach or remove is written at once.
class AgreementEditor : public RecordEditor
{
    Q_OBJECT

public:
    // Asked before opening a document that could run a program; true opens it.
    using ConfirmOpen = std::function<bool(const Attachment &attachment)>;
    // Hands a file to the system's viewer; false when nothing could open it.
    using Opener = std::function<bool(const QUrl &url)>;

    explicit AgreementEditor(QWidget *parent = nullptr);
    ~AgreementEditor() override;

    void setDatabase(Database *db) override;
    void load(qint64 id) override;
    qint64 recordId() const override { return m_original.id; }
    Status save() override;
    void revert() override;
    bool isDirty() const override { return m_dirty; }
    void setReadOnly(bool readOnly) override;

    // Adds the organisation as a party (no-op when it is one already).
    void addParty(qint64 organizationId, const QString &signatory = {}, const QString &position = {});

    // Attaches the files to the saved agreement, each in one transaction of
    // the store; a refused file (too large, unreadable) is named in the
    // message under the documents. Returns how many were attached. Dropped
    // files and the file dialog both come here.
    int attachFiles(const QStringList &paths);
    // Copies the document to a private temporary file and hands it to the
    // system's viewer, asking first when it looks like a program. False when
    // the user declined.
    Result<bool> openAttachment(qint64 attachmentId);
    // Writes a copy of the document to targetPath (never over an existing file).
    Status exportAttachment(qint64 attachmentId, const QString &targetPath);
    // Removes the document from the register (without asking: the button asks).
    Status removeAttachment(qint64 attachmentId);
    // Replace the warning dialog and the system viewer (tests).
    void setOpenHooks(ConfirmOpen confirm, Opener opener);
    const QList<Attachment> &attachments() const { return m_attachments; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void show(const Agreement &agreement);
    void showAttachments();
    void showAttachmentHint(bool dropping = false);
    void showExpiry();
    Agreement collect() const;
    qint64 chosenPartnership() const;
    void addPickedParty();
    qint64 selectedAttachment() const;
    void chooseFiles();
    void openSelected();
    void exportSelected();
    void removeSelected();
    void updateAttachmentButtons();
    void showAttachmentError(const QString &message);
    void clearAttachmentError();
    bool confirmOpen(const Attachment &attachment);
    void setDirty(bool dirty);
    QString organizationName(qint64 id) const;

    Database *m_db = nullptr;
    Agreement m_original;
    QList<Attachment> m_attachments;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    qint64 m_partnershipId = 0; // the partnership whose title the picker shows
    QString m_partnershipTitle;
    ConfirmOpen m_confirmOpen;
    Opener m_opener;
    std::unique_ptr<QTemporaryDir> m_openedFiles; // copies handed to the viewer, removed with the editor

    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_status;
    DateField *m_signedOn;
    QLineEdit *m_signedPlace;
    DateField *m_validFrom;
    DateField *m_validUntil;
    QLabel *m_expiry;
    QComboBox *m_renewal;
    QLineEdit *m_languages;
    RecordPicker *m_partnership;
    QTableWidget *m_parties;
    RecordPicker *m_partyPicker;
    QLineEdit *m_signatory;
    QLineEdit *m_position;
    QPushButton *m_addParty;
    QPushButton *m_removeParty;
    QTableWidget *m_attachmentTable;
    QLabel *m_attachmentHint;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_removeAttachment;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_revert;
    std::unique_ptr<EditorForm> m_form;
};
