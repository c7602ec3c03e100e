// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementeditor.h"
#include "agreementstore.h"
#include "apptranslator.h"
#include "attachmentstore.h"
#include "database.h"
#include "datefield.h"
#include "mainwindow.h"
#include "membershipeditor.h"
#include "membershipstore.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "recordpicker.h"
#include "sectionpage.h"
#include "sections.h"
#include "sqlsupport.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using namespace GuiSupport;

class TestAgreementEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;


    static QString visibleMessages(QWidget *editor, const QString &key)
    {
        QStringList texts;
        for (QLabel *label : editor->findChildren<QLabel *>(key + QStringLiteral("_message"))) {
            if (label->isVisible())
                texts << label->text();
        }
        return texts.join(QLatin1Char('\n'));
    }

    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>();
        auto db = Database::open(m_path);
        if (!db)
            qFatal("%s", qPrintable(db.error().toLogString()));
        w->setDatabase(db.take());
        w->resize(1400, 900);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            qWarning("the window did not become active");
        return w;
    }

    static SectionPage *showSection(MainWindow *w, RecordKind kind)
    {
        w->showSection(1 + int(Sections::order().indexOf(kind))); // after the dashboard
        SectionPage *page = w->section(kind);
        if (!page->isVisible())
            qFatal("the section is not shown");
        return page;
    }

    static AgreementEditor *agreementEditor(MainWindow *w, qint64 id)
    {
        if (!w->openRecord(RecordKind::Agreement, id))
            qFatal("agreement %lld is not listed", id);
        auto *editor = qobject_cast<AgreementEditor *>(w->section(RecordKind::Agreement)->editor());
        if (!editor || editor->recordId() != id)
            qFatal("the agreement editor does not show %lld", id);
        return editor;
    }

    static QPushButton *button(QWidget *editor, const QString &text)
    {
        for (QPushButton *button : editor->findChildren<QPushButton *>()) {
            if (button->text().remove(QLatin1Char('&')) == text)
                return button;
        }
        qFatal("no button %s", qPrintable(text));
        return nullptr;
    }

    static qint64 count(MainWindow *w, const QString &table)
    {
        return Sql::scalar(w->database()->connection(), QStringLiteral("SELECT count(*) FROM ") + table)
            .value()
            .toLongLong();
    }

    static qint64 referenceId(MainWindow *w, const QString &key)
    {
        return Sql::scalar(w->database()->connection(),
                           QStringLiteral("SELECT id FROM organizations WHERE reference_key = ?"), {key})
            .value()
            .toLongLong();
    }

    static qint64 organizationNamed(MainWindow *w, const QString &name)
    {
        return Sql::scalar(w->database()->connection(), QStringLiteral("SELECT id FROM organizations WHERE name = ?"),
                           {name})
            .value()
            .toLongLong();
    }


    static void pick(RecordPicker *picker, const QString &typed)
    {
        picker->setFocus();
        keyClicks(picker, typed);
        if (picker->suggestions()->rowCount() == 0)
            qFatal("no suggestion for %s", qPrintable(typed));
        picker->pickRow(0);
    }

    // A saved agreement between two reference organisations.
    qint64 addAgreement(MainWindow *w, const QString &title, const QString &status = QStringLiteral("draft"),
                        const QDate &validUntil = {})
    {
        Agreement a;
        a.title = title;
        a.status = status;
        a.signedOn = status == QLatin1String("draft") ? QDate() : QDate(2024, 1, 15);
        a.validUntil = validUntil;
        a.parties = {{organizationNamed(w, QStringLiteral("Čačak")), {}, {}},
                     {organizationNamed(w, QStringLiteral("Kragujevac")), {}, {}}};
        auto saved = AgreementStore(*w->database()).save(a);
        if (!saved)
            qFatal("cannot add %s: %s", qPrintable(title), qPrintable(saved.error().toLogString()));
        return a.id;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    qint64 addPerson(MainWindow *w, const QString &name)
    {
        Person p;
        p.fullName = name;
        auto saved = PersonStore(*w->database()).save(p);
        if (!saved)
            qFatal("cannot add %s", qPrintable(name));
        return p.id;
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        QVERIFY(m_dir.isValid());
        m_path = createRegister(m_dir.path());
    }

    void createsAnAgreementWithTwoParties()
    {
        auto w = window();
        Partnership twinning;
        twinning.title = QStringLiteral("Čačak – Kragujevac twinning");
        twinning.parties = {{organizationNamed(w.get(), QStringLiteral("Čačak")), {}},
                            {organizationNamed(w.get(), QStringLiteral("Kragujevac")), {}}};
        QVERIFY(PartnershipStore(*w->database()).save(twinning));

        SectionPage *page = showSection(w.get(), RecordKind::Agreement);
        page->newRecord();
        auto *editor = qobject_cast<AgreementEditor *>(page->editor());
        QVERIFY(editor);
        const qint64 before = count(w.get(), QStringLiteral("agreements"));

        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")),
                  QStringLiteral("Povelja o bratimljenju Čačak – Kragujevac"));
        auto *kind = field<QComboBox>(editor, QStringLiteral("Kind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("twinning_charter")));
        auto *status = field<QComboBox>(editor, QStringLiteral("Status"));
        status->setCurrentIndex(status->findData(QStringLiteral("in_force")));
        keyClicks(field<DateField>(editor, QStringLiteral("Signed on")), QStringLiteral("20.4.2007"));
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Place of signing")), QStringLiteral("Čačak"));
        keyClicks(field<DateField>(editor, QStringLiteral("Valid from")), QStringLiteral("20.4.2007."));
        auto *renewal = field<QComboBox>(editor, QStringLiteral("Renewal"));
        renewal->setCurrentIndex(renewal->findData(QStringLiteral("automatic")));
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Languages")), QStringLiteral("sr"));
        pick(field<RecordPicker>(editor, QStringLiteral("Partnership")), QStringLiteral("cacak kragujevac"));

        auto *picker = field<RecordPicker>(editor, QStringLiteral("Organisation to add"));
        auto *signatory = field<QLineEdit>(editor, QStringLiteral("Signatory of the party"));
        auto *position = field<QLineEdit>(editor, QStringLiteral("Signatory's position"));
        pick(picker, QStringLiteral("ЧАЧАК"));
        QVERIFY(QApplication::focusWidget() == signatory);
        keyClicks(signatory, QStringLiteral("Milun Todorović"));
        keyClicks(position, QStringLiteral("Gradonačelnik"));
        QTest::keyClick(position, Qt::Key_Return);
        auto *parties = field<QTableWidget>(editor, QStringLiteral("Parties"));
        QCOMPARE(parties->rowCount(), 1);

        // One party is refused, by the parties; nothing is written.
        QVERIFY(!editor->save());
        QVERIFY(visibleMessages(editor, QStringLiteral("parties"))
                    .contains(QStringLiteral("at least two different parties")));
        QCOMPARE(count(w.get(), QStringLiteral("agreements")), before);

        pick(picker, QStringLiteral("kragujevac"));
        keyClicks(signatory, QStringLiteral("Nikola Dašić"));
        QTest::mouseClick(button(editor, QStringLiteral("Add party")), Qt::LeftButton);
        QCOMPARE(parties->rowCount(), 2);
        // The position can be typed in the table too.
        parties->item(1, 2)->setText(QStringLiteral("Mayor"));

        QSignalSpy saved(editor, &RecordEditor::saved);
        const Status written = editor->save();
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
        QCOMPARE(saved.count(), 1);
        QVERIFY(!editor->isDirty());
        QCOMPARE(count(w.get(), QStringLiteral("agreements")), before + 1);

        auto stored = AgreementStore(*w->database()).get(editor->recordId());
        QVERIFY(stored);
        const Agreement &a = stored.value();
        QCOMPARE(a.title, QStringLiteral("Povelja o bratimljenju Čačak – Kragujevac"));
        QCOMPARE(a.kind, QStringLiteral("twinning_charter"));
        QCOMPARE(a.status, QStringLiteral("in_force"));
        QCOMPARE(a.signedOn, QDate(2007, 4, 20));
        QCOMPARE(a.signedPlace, QStringLiteral("Čačak"));
        QCOMPARE(a.validFrom, QDate(2007, 4, 20));
        QVERIFY(!a.validUntil.isValid());
        QCOMPARE(a.renewal, QStringLiteral("automatic"));
        QCOMPARE(a.languages, QStringLiteral("sr"));
        QCOMPARE(a.partnershipId, twinning.id);
        QCOMPARE(a.parties.size(), 2);
        QCOMPARE(a.parties.at(0).organizationId, organizationNamed(w.get(), QStringLiteral("Čačak")));
        QCOMPARE(a.parties.at(0).signatory, QStringLiteral("Milun Todorović"));
        QCOMPARE(a.parties.at(0).signatoryPosition, QStringLiteral("Gradonačelnik"));
        QCOMPARE(a.parties.at(1).organizationId, organizationNamed(w.get(), QStringLiteral("Kragujevac")));
        QCOMPARE(a.parties.at(1).signatory, QStringLiteral("Nikola Dašić"));
        QCOMPARE(a.parties.at(1).signatoryPosition, QStringLiteral("Mayor"));

        // Removing a party and clearing the partnership are saved too.
        parties->selectRow(0);
        QTest::mouseClick(button(editor, QStringLiteral("Remove party")), Qt::LeftButton);
        auto *partnership = field<RecordPicker>(editor, QStringLiteral("Partnership"));
        partnership->selectAll();
        QTest::keyClick(partnership, Qt::Key_Delete);
        QVERIFY(!editor->save()); // one party left
        QVERIFY(editor->isDirty());
        kind->setCurrentIndex(kind->findData(QStringLiteral("other")));
        QVERIFY(editor->save());
        QCOMPARE(AgreementStore(*w->database()).get(a.id).value().parties.size(), 1);
        QCOMPARE(AgreementStore(*w->database()).get(a.id).value().partnershipId, 0);
    }

    void validUntilBeforeSignedIsRefusedByTheField()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Agreement);
        page->newRecord();
        auto *editor = page->editor();
        const qint64 before = count(w.get(), QStringLiteral("agreements"));
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")), QStringLiteral("Backwards"));
        keyClicks(field<DateField>(editor, QStringLiteral("Signed on")), QStringLiteral("1.3.2024"));
        keyClicks(field<DateField>(editor, QStringLiteral("Valid until")), QStringLiteral("1.3.2020"));
        pick(field<RecordPicker>(editor, QStringLiteral("Organisation to add")), QStringLiteral("cacak"));
        QTest::keyClick(field<QLineEdit>(editor, QStringLiteral("Signatory of the party")), Qt::Key_Return);
        pick(field<RecordPicker>(editor, QStringLiteral("Organisation to add")), QStringLiteral("kragujevac"));
        QTest::keyClick(field<QLineEdit>(editor, QStringLiteral("Signatory of the party")), Qt::Key_Return);

        QVERIFY(!editor->save());
        QCOMPARE(visibleMessages(editor, QStringLiteral("valid_until")),
                 QStringLiteral("The agreement cannot expire before it was signed."));
        QVERIFY(visibleMessages(editor, QStringLiteral("title")).isEmpty());
        QVERIFY(visibleMessages(editor, QStringLiteral("parties")).isEmpty());
        QCOMPARE(count(w.get(), QStringLiteral("agreements")), before);

        // Text that is not a date is named by its field too.
        auto *until = field<DateField>(editor, QStringLiteral("Valid until"));
        until->clear();
        keyClicks(until, QStringLiteral("someday"));
        QVERIFY(!editor->save());
        QVERIFY(visibleMessages(editor, QStringLiteral("valid_until"))
                    .contains(QStringLiteral("\"someday\" is not a date")));
        QCOMPARE(count(w.get(), QStringLiteral("agreements")), before);
    }

    void tabOrderFollowsTheForms()
    {
        auto w = window();
        const QList<QPair<RecordKind, QStringList>> forms = {
            {RecordKind::Agreement,
             {QStringLiteral("Title"), QStringLiteral("Kind"), QStringLiteral("Status"), QStringLiteral("Signed on"),
              QStringLiteral("Place of signing"), QStringLiteral("Valid from"), QStringLiteral("Valid until"),
              QStringLiteral("Renewal"), QStringLiteral("Languages"), QStringLiteral("Partnership"),
              QStringLiteral("Parties"), QStringLiteral("Organisation to add"),
              QStringLiteral("Signatory of the party"), QStringLiteral("Signatory's position")}},
            {RecordKind::Membership,
             {QStringLiteral("Organisation"), QStringLiteral("Our role"), QStringLiteral("Member since"),
              QStringLiteral("Member until"), QStringLiteral("Delegates"), QStringLiteral("Delegate to add"),
              QStringLiteral("Body of the delegate"), QStringLiteral("Mandate from"), QStringLiteral("Mandate until")}},
        };
        for (const auto &[kind, names] : forms) {
            SectionPage *page = showSection(w.get(), kind);
            page->newRecord();
            field<QWidget>(page->editor(), names.first())->setFocus();
            QStringList visited{QApplication::focusWidget()->accessibleName()};
            for (qsizetype i = 1; i < names.size(); ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                visited << QApplication::focusWidget()->accessibleName();
            }
            QCOMPARE(visited, names);
        }
    }

    void attachesAFileWithItsChecksum()
    {
        auto w = window();
        const qint64 id = addAgreement(w.get(), QStringLiteral("With a scan"));
        AgreementEditor *editor = agreementEditor(w.get(), id);
        auto *documents = field<QTableWidget>(editor, QStringLiteral("Documents"));
        QCOMPARE(documents->rowCount(), 0);

        const QByteArray scan = QByteArrayLiteral("%PDF-1.4\n% a scanned charter\n") + QByteArray(5000, 'x');
        const QString path = writeFile(QStringLiteral("Povelja 2007.pdf"), scan);
        const qint64 auditBefore = count(w.get(), QStringLiteral("audit_log"));
        QSignalSpy saved(editor, &RecordEditor::saved);
        QCOMPARE(editor->attachFiles({path}), 1);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toLongLong(), id);
        QVERIFY(!editor->isDirty());

        auto stored = AttachmentStore(*w->database()).forRecord(RecordKind::Agreement, id);
        QVERIFY(stored);
        QCOMPARE(stored.value().size(), 1);
        const Attachment &a = stored.value().at(0);
        QCOMPARE(a.fileName, QStringLiteral("Povelja 2007.pdf"));
        QCOMPARE(a.size, scan.size());
        QCOMPARE(a.sha256, QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(count(w.get(), QStringLiteral("audit_log")), auditBefore + 1);
        QCOMPARE(documents->rowCount(), 1);
        QCOMPARE(documents->item(0, 0)->text(), QStringLiteral("Povelja 2007.pdf"));
        QVERIFY(!documents->item(0, 1)->text().isEmpty());
        QVERIFY(!documents->item(0, 2)->text().isEmpty());

        // Too large, missing: nothing attached, each named under the documents.
        const QString big = m_dir.filePath(QStringLiteral("huge scan.tif"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(AttachmentStore::maxSize + 1));
        }
        saved.clear();
        QCOMPARE(editor->attachFiles({big, m_dir.filePath(QStringLiteral("gone.pdf"))}), 0);
        QCOMPARE(saved.count(), 0);
        const QString message = visibleMessages(editor, QStringLiteral("attachments"));
        QVERIFY2(message.contains(QStringLiteral("\"huge scan.tif\" was not attached"))
                     && message.contains(QStringLiteral("50 MB")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"gone.pdf\" was not attached")), qPrintable(message));
        QCOMPARE(AttachmentStore(*w->database()).forRecord(RecordKind::Agreement, id).value().size(), 1);

        // Removing writes at once.
        QVERIFY(editor->removeAttachment(a.id));
        QCOMPARE(saved.count(), 1);
        QVERIFY(AttachmentStore(*w->database()).forRecord(RecordKind::Agreement, id).value().isEmpty());
        QCOMPARE(documents->rowCount(), 0);

        // A new agreement has no id to attach to yet: it says so.
        w->section(RecordKind::Agreement)->newRecord();
        QCOMPARE(editor->recordId(), 0);
        QCOMPARE(editor->attachFiles({path}), 0);
        QVERIFY(visibleMessages(editor, QStringLiteral("attachments"))
                    .contains(QStringLiteral("Save the agreement first")));
        QVERIFY(!field<QPushButton>(editor, QStringLiteral("Attach files"))->isEnabled());
    }

    void anExecutableAsksBeforeOpening()
    {
        auto w = window();
        const qint64 id = addAgreement(w.get(), QStringLiteral("With a script"));
        AgreementEditor *editor = agreementEditor(w.get(), id);
        const QByteArray script = QByteArrayLiteral("#!/bin/sh\necho surprise\n");
        const QByteArray scan = QByteArrayLiteral("%PDF-1.4\nscan\n");
        QCOMPARE(editor->attachFiles({writeFile(QStringLiteral("scan.pdf.sh"), script),
                                      writeFile(QStringLiteral("memorandum.pdf"), scan)}),
                 2);
        QCOMPARE(editor->attachments().size(), 2);
        const qint64 scriptId = editor->attachments().at(0).id;
        const qint64 scanId = editor->attachments().at(1).id;

        int asked = 0;
        bool answer = false;
        QList<QUrl> opened;
        editor->setOpenHooks(
            [&](const Attachment &attachment) {
                ++asked;
                return attachment.id == scriptId && answer;
            },
            [&](const QUrl &url) {
                opened << url;
                return true;
            });

        auto declined = editor->openAttachment(scriptId);
        QVERIFY(declined);
        QCOMPARE(declined.value(), false);
        QCOMPARE(asked, 1);
        QVERIFY(opened.isEmpty()); // refused: the opener is never called

        answer = true;
        auto accepted = editor->openAttachment(scriptId);
        QVERIFY(accepted && accepted.value());
        QCOMPARE(asked, 2);
        QCOMPARE(opened.size(), 1);

        // A scan opens without asking, as a private copy under its own name.
        auto pdf = editor->openAttachment(scanId);
        QVERIFY(pdf && pdf.value());
        QCOMPARE(asked, 2);
        QCOMPARE(opened.size(), 2);
        const QString copy = opened.at(1).toLocalFile();
        QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("memorandum.pdf"));
        QCOMPARE(readAll(copy), scan);
        QVERIFY(!(QFileInfo(copy).permissions()
                  & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup)));
        // Opening again replaces the copy.
        QVERIFY(editor->openAttachment(scanId));
        QCOMPARE(opened.size(), 3);
        QCOMPARE(readAll(opened.at(2).toLocalFile()), scan);

        // A viewer that cannot open it is an error, not silence.
        editor->setOpenHooks([](const Attachment &) { return false; }, [](const QUrl &) { return false; });
        QVERIFY(!editor->openAttachment(scanId));
    }

    void exportWritesIdenticalBytes()
    {
        auto w = window();
        const qint64 id = addAgreement(w.get(), QStringLiteral("To export"));
        AgreementEditor *editor = agreementEditor(w.get(), id);
        QByteArray content;
        for (int i = 0; i < 70000; ++i)
            content.append(char(i * 31 % 256));
        QCOMPARE(editor->attachFiles({writeFile(QStringLiteral("binary.tif"), content)}), 1);
        const qint64 attachmentId = editor->attachments().at(0).id;

        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("copy.tif"));
        QVERIFY(editor->exportAttachment(attachmentId, target));
        QCOMPARE(readAll(target), content);

        // Never over an existing file.
        QFile::remove(target);
        QVERIFY(QFile(target).open(QIODevice::WriteOnly));
        const Status again = editor->exportAttachment(attachmentId, target);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::FileExists);
        QCOMPARE(readAll(target), QByteArray());
    }

    void dropAttachesAFile()
    {
        auto w = window();
        const qint64 id = addAgreement(w.get(), QStringLiteral("Dropped on"));
        AgreementEditor *editor = agreementEditor(w.get(), id);
        auto *documents = field<QTableWidget>(editor, QStringLiteral("Documents"));
        const QByteArray scan = QByteArrayLiteral("\x89PNG\r\n\x1a\n a photo of the signing");
        const QString path = writeFile(QStringLiteral("signing.png"), scan);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = documents->viewport()->rect().center();
        QSignalSpy saved(editor, &RecordEditor::saved);
        // Sent to the list, as a drag from a file manager would be: it goes up to the editor.
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(documents->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QVERIFY(
            field<QLabel>(editor, QStringLiteral("About the documents"))->text().contains(QStringLiteral("Release")));
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(documents->viewport(), &drop);
        QVERIFY(drop.isAccepted());

        QCOMPARE(saved.count(), 1);
        auto stored = AttachmentStore(*w->database()).forRecord(RecordKind::Agreement, id);
        QCOMPARE(stored.value().size(), 1);
        QCOMPARE(stored.value().at(0).fileName, QStringLiteral("signing.png"));
        QCOMPARE(AttachmentStore(*w->database()).content(stored.value().at(0).id).value(), scan);
        QCOMPARE(documents->rowCount(), 1);
        QVERIFY(
            !field<QLabel>(editor, QStringLiteral("About the documents"))->text().contains(QStringLiteral("Release")));

        // Something that is not a file is not taken.
        QMimeData text;
        text.setUrls({QUrl(QStringLiteral("https://example.org/scan.pdf"))});
        QDragEnterEvent web(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor, &web);
        QVERIFY(!web.isAccepted());
    }

    void aReadOnlyRegisterOpensDocumentsButAttachesNothing()
    {
        qint64 id = 0;
        qint64 attachmentId = 0;
        {
            auto w = window();
            id = addAgreement(w.get(), QStringLiteral("Read only"));
            AgreementEditor *editor = agreementEditor(w.get(), id);
            QCOMPARE(editor->attachFiles({writeFile(QStringLiteral("kept.pdf"), QByteArrayLiteral("%PDF-1.4 kept"))}),
                     1);
            attachmentId = editor->attachments().at(0).id;
        }
        MainWindow w;
        OpenOptions options;
        options.access = AccessMode::ReadOnly;
        auto db = Database::open(m_path, options);
        QVERIFY(db);
        w.setDatabase(db.take());
        w.resize(1400, 900);
        w.show();
        AgreementEditor *editor = agreementEditor(&w, id);
        QVERIFY(!field<QPushButton>(editor, QStringLiteral("Attach files"))->isEnabled());
        auto *documents = field<QTableWidget>(editor, QStringLiteral("Documents"));
        QCOMPARE(documents->rowCount(), 1);
        documents->selectRow(0);
        QVERIFY(field<QPushButton>(editor, QStringLiteral("Open the document"))->isEnabled());
        QVERIFY(field<QPushButton>(editor, QStringLiteral("Export the document"))->isEnabled());
        QVERIFY(!field<QPushButton>(editor, QStringLiteral("Remove the document"))->isEnabled());

        QCOMPARE(editor->attachFiles({writeFile(QStringLiteral("refused.pdf"), QByteArrayLiteral("%PDF"))}), 0);
        QVERIFY(visibleMessages(editor, QStringLiteral("attachments")).contains(QStringLiteral("read-only")));
        QVERIFY(!editor->removeAttachment(attachmentId));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("refused.pdf")))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor, &enter);
        QVERIFY(!enter.isAccepted());

        QList<QUrl> opened;
        editor->setOpenHooks([](const Attachment &) { return false; },
                             [&](const QUrl &url) {
                                 opened << url;
                                 return true;
                             });
        QVERIFY(editor->openAttachment(attachmentId));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(readAll(opened.at(0).toLocalFile()), QByteArrayLiteral("%PDF-1.4 kept"));
    }

    void expiringAgreementsStandOut()
    {
        auto w = window();
        const QDate today = QDate::currentDate();
        const qint64 soon
            = addAgreement(w.get(), QStringLiteral("Expiring soon"), QStringLiteral("in_force"), today.addDays(30));
        const qint64 later
            = addAgreement(w.get(), QStringLiteral("Expiring later"), QStringLiteral("in_force"), today.addDays(400));
        const qint64 draft
            = addAgreement(w.get(), QStringLiteral("Draft expiring"), QStringLiteral("draft"), today.addDays(30));

        SectionPage *page = showSection(w.get(), RecordKind::Agreement);
        page->model()->refresh();
        const auto emphasis = [&](qint64 id, int role) {
            const int row = page->model()->rowOf(id);
            if (row < 0)
                qFatal("agreement %lld not listed", id);
            return page->model()->data(page->model()->index(row, 0), role);
        };
        QVERIFY(emphasis(soon, Qt::BackgroundRole).isValid());
        QCOMPARE(emphasis(soon, RecordListModel::EmphasisRole).toInt(), int(RowEmphasis::Level::Warning));
        QVERIFY(emphasis(soon, Qt::ToolTipRole).toString().contains(QStringLiteral("Expires on")));
        QVERIFY(!emphasis(soon, Qt::DecorationRole).isNull());
        for (qint64 quiet : {later, draft}) {
            QVERIFY(!emphasis(quiet, Qt::BackgroundRole).isValid());
            QVERIFY(!emphasis(quiet, Qt::ToolTipRole).toString().contains(QStringLiteral("Expires on")));
        }

        // The editor says so next to the date, and follows what is typed.
        AgreementEditor *editor = agreementEditor(w.get(), soon);
        auto *expiry = field<QLabel>(editor, QStringLiteral("Expiry"));
        QVERIFY(expiry->isVisible());
        QVERIFY2(expiry->text().startsWith(QStringLiteral("Expires in 30 day")), qPrintable(expiry->text()));
        auto *until = field<DateField>(editor, QStringLiteral("Valid until"));
        until->clear();
        keyClicks(until, DateField::format(today.addDays(200)));
        QVERIFY(!expiry->isVisible());
        editor->revert();
        QVERIFY(expiry->isVisible());
        agreementEditor(w.get(), later);
        QVERIFY(!expiry->isVisible());
    }

    void savesAMembershipWithTwoDelegates()
    {
        auto w = window();
        const qint64 milica = addPerson(w.get(), QStringLiteral("Milica Petrović"));
        const qint64 jovan = addPerson(w.get(), QStringLiteral("Jovan Jovanović"));
        SectionPage *page = showSection(w.get(), RecordKind::Membership);
        page->newRecord();
        auto *editor = qobject_cast<MembershipEditor *>(page->editor());
        QVERIFY(editor);
        const qint64 before = count(w.get(), QStringLiteral("memberships"));

        pick(field<RecordPicker>(editor, QStringLiteral("Organisation")), QStringLiteral("NALAS"));
        auto *role = field<QLineEdit>(editor, QStringLiteral("Our role"));
        role->selectAll();
        keyClicks(role, QStringLiteral("founding member"));
        keyClicks(field<DateField>(editor, QStringLiteral("Member since")), QStringLiteral("1.1.2001"));

        auto *person = field<RecordPicker>(editor, QStringLiteral("Delegate to add"));
        auto *body = field<QLineEdit>(editor, QStringLiteral("Body of the delegate"));
        pick(person, QStringLiteral("милица"));
        QVERIFY(QApplication::focusWidget() == body);
        keyClicks(body, QStringLiteral("General Assembly"));
        keyClicks(field<DateField>(editor, QStringLiteral("Mandate from")), QStringLiteral("1.1.2024"));
        keyClicks(field<DateField>(editor, QStringLiteral("Mandate until")), QStringLiteral("31.12.2027"));
        QTest::keyClick(field<DateField>(editor, QStringLiteral("Mandate until")), Qt::Key_Return);
        pick(person, QStringLiteral("jovan"));
        keyClicks(body, QStringLiteral("Bureau"));
        QTest::keyClick(body, Qt::Key_Return);

        QTableWidget *delegates = editor->delegatesTable();
        QCOMPARE(delegates->rowCount(), 2);
        QCOMPARE(field<QLabel>(editor, QStringLiteral("Bodies"))->text(), QStringLiteral("General Assembly, Bureau"));
        // The second is a substitute, with a mandate typed into the table.
        auto *secondRole = qobject_cast<QComboBox *>(delegates->cellWidget(1, MembershipEditor::RoleColumn));
        QVERIFY(secondRole);
        secondRole->setCurrentIndex(1);
        delegates->item(1, MembershipEditor::FromColumn)->setText(QStringLiteral("1.6.2023."));
        delegates->item(1, MembershipEditor::UntilColumn)->setText(QStringLiteral("1.6.2022."));

        // A mandate ending before it starts is refused under the delegates, naming the row.
        QVERIFY(!editor->save());
        QVERIFY(visibleMessages(editor, QStringLiteral("delegates")).contains(QStringLiteral("Delegate 2:")));
        QCOMPARE(count(w.get(), QStringLiteral("memberships")), before);
        delegates->item(1, MembershipEditor::UntilColumn)->setText(QStringLiteral("31.5.2027."));

        QSignalSpy saved(editor, &RecordEditor::saved);
        const Status written = editor->save();
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(count(w.get(), QStringLiteral("memberships")), before + 1);

        auto stored = MembershipStore(*w->database()).get(editor->recordId());
        QVERIFY(stored);
        const Membership &m = stored.value();
        QCOMPARE(m.organizationId, referenceId(w.get(), QStringLiteral("io:nalas")));
        QCOMPARE(m.role, QStringLiteral("founding member"));
        QCOMPARE(m.memberSince, QDate(2001, 1, 1));
        QCOMPARE(m.delegates.size(), 2);
        QCOMPARE(m.delegates.at(0).personId, milica);
        QCOMPARE(m.delegates.at(0).body, QStringLiteral("General Assembly"));
        QCOMPARE(m.delegates.at(0).mandateFrom, QDate(2024, 1, 1));
        QCOMPARE(m.delegates.at(0).mandateUntil, QDate(2027, 12, 31));
        QVERIFY(!m.delegates.at(0).substitute);
        QCOMPARE(m.delegates.at(1).personId, jovan);
        QCOMPARE(m.delegates.at(1).body, QStringLiteral("Bureau"));
        QCOMPARE(m.delegates.at(1).mandateFrom, QDate(2023, 6, 1));
        QCOMPARE(m.delegates.at(1).mandateUntil, QDate(2027, 5, 31));
        QVERIFY(m.delegates.at(1).substitute);

        // Removing a delegate keeps the other's row id.
        const qint64 kept = m.delegates.at(1).id;
        delegates->selectRow(0);
        QTest::mouseClick(button(editor, QStringLiteral("Remove delegate")), Qt::LeftButton);
        QVERIFY(editor->save());
        Membership after = MembershipStore(*w->database()).get(m.id).value();
        QCOMPARE(after.delegates.size(), 1);
        QCOMPARE(after.delegates.at(0).id, kept);

        // A name that is not among the contacts becomes one, with the membership.
        const qint64 people = count(w.get(), QStringLiteral("people"));
        person->setFocus();
        keyClicks(person, QStringLiteral("Dragana Novaković"));
        keyClicks(body, QStringLiteral("Bureau"));
        QTest::keyClick(body, Qt::Key_Return);
        QCOMPARE(delegates->rowCount(), 2);
        QCOMPARE(delegates->item(1, MembershipEditor::PersonColumn)->text(),
                 QStringLiteral("Dragana Novaković (new contact)"));
        QVERIFY(editor->save());
        QCOMPARE(count(w.get(), QStringLiteral("people")), people + 1);
        after = MembershipStore(*w->database()).get(m.id).value();
        QCOMPARE(after.delegates.size(), 2);
        QCOMPARE(PersonStore(*w->database()).get(after.delegates.at(1).personId).value().fullName,
                 QStringLiteral("Dragana Novaković"));
        QCOMPARE(delegates->item(1, MembershipEditor::PersonColumn)->text(), QStringLiteral("Dragana Novaković"));
    }

    void endingMandatesStandOut()
    {
        auto w = window();
        const QDate today = QDate::currentDate();
        Membership m;
        m.organizationId = referenceId(w.get(), QStringLiteral("io:congress"));
        m.memberSince = QDate(2003, 1, 1);
        Delegate ending;
        ending.personId = addPerson(w.get(), QStringLiteral("Ana Anić"));
        ending.body = QStringLiteral("Chamber of Local Authorities");
        ending.mandateFrom = today.addYears(-2);
        ending.mandateUntil = today.addDays(20);
        Delegate lasting = ending;
        lasting.personId = addPerson(w.get(), QStringLiteral("Bojan Bojić"));
        lasting.mandateUntil = today.addDays(400);
        m.delegates = {lasting, ending};
        QVERIFY(MembershipStore(*w->database()).save(m));
        Membership quiet;
        quiet.organizationId = referenceId(w.get(), QStringLiteral("io:cor"));
        quiet.delegates = {lasting};
        QVERIFY(MembershipStore(*w->database()).save(quiet));

        SectionPage *page = showSection(w.get(), RecordKind::Membership);
        page->model()->refresh();
        const auto rowData = [&](qint64 id, int role) {
            const int row = page->model()->rowOf(id);
            if (row < 0)
                qFatal("membership %lld not listed", id);
            return page->model()->data(page->model()->index(row, 0), role);
        };
        QVERIFY(rowData(m.id, Qt::BackgroundRole).isValid());
        QVERIFY(rowData(m.id, Qt::ToolTipRole).toString().contains(QStringLiteral("mandate ends on")));
        QVERIFY(!rowData(quiet.id, Qt::BackgroundRole).isValid());

        QVERIFY(w->openRecord(RecordKind::Membership, m.id));
        auto *editor = qobject_cast<MembershipEditor *>(page->editor());
        QVERIFY(editor);
        QCOMPARE(editor->recordId(), m.id);
        QVERIFY(!editor->isRowHighlighted(0));
        QVERIFY(editor->isRowHighlighted(1));
        QVERIFY(editor->delegatesTable()->item(1, MembershipEditor::BodyColumn)->data(Qt::BackgroundRole).isValid());
        QVERIFY(editor->delegatesTable()
                    ->item(1, MembershipEditor::PersonColumn)
                    ->toolTip()
                    .contains(QStringLiteral("mandate ends")));
        auto *note = field<QLabel>(editor, QStringLiteral("Mandates ending soon"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("90 days: 1")), qPrintable(note->text()));

        // Typing a later end takes the highlight away; an ended membership has none.
        editor->delegatesTable()
            ->item(1, MembershipEditor::UntilColumn)
            ->setText(DateField::format(today.addDays(300)));
        QVERIFY(!editor->isRowHighlighted(1));
        QVERIFY(!note->isVisible());
        QVERIFY(editor->isDirty());
        editor->revert();
        QVERIFY(editor->isRowHighlighted(1));
        keyClicks(field<DateField>(editor, QStringLiteral("Member until")), DateField::format(today.addDays(-1)));
        QVERIFY(!editor->isRowHighlighted(1));
        editor->revert();
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SARADNJA_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("SARADNJA_SCREENSHOTS is not set");
        auto w = window();
        const QDate today = QDate::currentDate();
        Agreement a;
        a.title = QStringLiteral("Sporazum o saradnji SKGO i Zajednice opština Crne Gore");
        a.kind = QStringLiteral("cooperation_agreement");
        a.status = QStringLiteral("in_force");
        a.signedOn = QDate(2007, 4, 20);
        a.signedPlace = QStringLiteral("Podgorica");
        a.validFrom = QDate(2007, 4, 20);
        a.validUntil = today.addDays(45);
        a.renewal = QStringLiteral("by_agreement");
        a.languages = QStringLiteral("sr, cnr");
        a.parties = {{organizationNamed(w.get(), QStringLiteral("Čačak")), QStringLiteral("Milun Todorović"),
                      QStringLiteral("Gradonačelnik")},
                     {organizationNamed(w.get(), QStringLiteral("Kragujevac")), QStringLiteral("Nikola Dašić"),
                      QStringLiteral("Gradonačelnik")}};
        QVERIFY(AgreementStore(*w->database()).save(a));
        AgreementEditor *editor = agreementEditor(w.get(), a.id);
        editor->attachFiles(
            {writeFile(QStringLiteral("Sporazum SKGO-ZOCG 2007 (skenirano).pdf"), QByteArray(1843200, 'p')),
             writeFile(QStringLiteral("Potpisivanje.jpg"), QByteArray(320000, 'j'))});
        QTest::qWait(100);
        QVERIFY(w->grab().save(dir + QStringLiteral("/ed-agreement.png")));
        // Refused input: messages by the fields.
        const QString big = m_dir.filePath(QStringLiteral("prevelik sken.tif"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(AttachmentStore::maxSize + 1));
        }
        auto *until = field<DateField>(editor, QStringLiteral("Valid until"));
        until->clear();
        keyClicks(until, QStringLiteral("1.1.2000"));
        QVERIFY(!editor->save());
        editor->attachFiles({big});
        QTest::qWait(100);
        QVERIFY(w->grab().save(dir + QStringLiteral("/ed-agreement-refused.png")));
        editor->revert();
        w->section(RecordKind::Agreement)->newRecord();
        QTest::qWait(100);
        QVERIFY(w->grab().save(dir + QStringLiteral("/ed-agreement-new.png")));

        Membership m;
        m.organizationId = referenceId(w.get(), QStringLiteral("io:cemr"));
        m.role = QStringLiteral("member");
        m.memberSince = QDate(1953, 1, 28);
        Delegate d1;
        d1.personId = addPerson(w.get(), QStringLiteral("Milica Petrović"));
        d1.body = QStringLiteral("Policy Committee");
        d1.mandateFrom = QDate(2024, 1, 1);
        d1.mandateUntil = today.addDays(25);
        Delegate d2;
        d2.personId = addPerson(w.get(), QStringLiteral("Jovan Jovanović"));
        d2.body = QStringLiteral("Bureau");
        d2.mandateFrom = QDate(2023, 6, 1);
        d2.mandateUntil = QDate(2027, 5, 31);
        d2.substitute = true;
        m.delegates = {d1, d2};
        QVERIFY(MembershipStore(*w->database()).save(m));
        QVERIFY(w->openRecord(RecordKind::Membership, m.id));
        QTest::qWait(100);
        QVERIFY(w->grab().save(dir + QStringLiteral("/ed-membership.png")));

        w.reset(); // one window per register
        QVERIFY(AppTranslator::install(Language::SerbianCyrillic));
        QLocale::setDefault(QLocale(QStringLiteral("sr_Cyrl_RS")));
        auto serbian = window();
        agreementEditor(serbian.get(), a.id);
        QTest::qWait(100);
        QVERIFY(serbian->grab().save(dir + QStringLiteral("/ed-agreement-sr.png")));
        QVERIFY(serbian->openRecord(RecordKind::Membership, m.id));
        QTest::qWait(100);
        QVERIFY(serbian->grab().save(dir + QStringLiteral("/ed-membership-sr.png")));
        AppTranslator::install(Language::English);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestAgreementEditor)
#include "tst_agreementeditor.moc"
