// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomedialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Saradnja"));
    auto *title = new QLabel(tr("Welcome to Saradnja"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    auto *intro = new QLabel(tr("The register of SKGO's partnerships, initiatives, visits, agreements and action plans. "
                                "How would you like to start?"),
                             this);
    intro->setWordWrap(true);
    auto *empty = new QCommandLinkButton(tr("New empty register"),
                                         tr("With the reference data: Serbian cities and municipalities, countries, themes."), this);
    auto *examples = new QCommandLinkButton(tr("New register with example data"),
                                            tr("To try things out: the Kragujevac–Suresnes twinning, SKGO's agreements and more."),
                                            this);
    auto *open = new QCommandLinkButton(tr("Open an existing register…"), tr("A file from a colleague or a shared drive."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(empty);
    layout->addWidget(examples);
    layout->addWidget(open);
    const auto choose = [this](Choice choice) {
        m_choice = choice;
        accept();
    };
    connect(empty, &QCommandLinkButton::clicked, this, [choose] { choose(Choice::NewEmpty); });
    connect(examples, &QCommandLinkButton::clicked, this, [choose] { choose(Choice::NewWithExamples); });
    connect(open, &QCommandLinkButton::clicked, this, [choose] { choose(Choice::OpenExisting); });
    resize(560, sizeHint().height());
}
