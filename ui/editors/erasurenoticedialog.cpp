// SPDX-License-Identifier: GPL-3.0-or-later
#include "erasurenoticedialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

ErasureNoticeDialog::ErasureNoticeDialog(const QString &notice, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(notice, this))
{
    setWindowTitle(tr("Personal data erased"));
    auto *intro
        = new QLabel(tr("The person's data was erased. If they asked for the erasure, send them this notice:"), this);
    intro->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Erasure notice"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setMinimumSize(520, 180);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("Save &as…"), QDialogButtonBox::ActionRole);
    copyButton->setAccessibleName(tr("Copy the notice"));
    saveButton->setAccessibleName(tr("Save the notice"));
    connect(copyButton, &QPushButton::clicked, this, &ErasureNoticeDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &ErasureNoticeDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
}

QString ErasureNoticeDialog::notice() const
{
    return m_text->toPlainText();
}

void ErasureNoticeDialog::copy()
{
    QGuiApplication::clipboard()->setText(notice());
}

bool ErasureNoticeDialog::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    file.write(notice().toUtf8());
    file.write("\n");
    return file.commit();
}

void ErasureNoticeDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the erasure notice"), QDir::home().filePath(tr("erasure-notice.txt")), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (!saveTo(path))
        QMessageBox::warning(this, windowTitle(),
                             tr("The notice could not be saved to %1.").arg(QDir::toNativeSeparators(path)));
}
