// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "appicon.h"
#include "appidentity.h"
#include "database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_version(new QLabel(this))
    , m_licence(new QLabel(this))
{
    setWindowTitle(tr("About Saradnja"));
    auto *icon = new QLabel(this);
    icon->setPixmap(AppIcon::icon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setAccessibleName(tr("Saradnja icon"));

    auto *title = new QLabel(tr("Saradnja"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);

    m_version->setText(tr("Version %1 · register schema %2")
                           .arg(AppIdentity::version())
                           .arg(Database::latestSchemaVersion()));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_version->setAccessibleName(tr("Version"));

    auto *description = new QLabel(tr("The register of the international cooperation of SKGO, the Standing Conference "
                                      "of Towns and Municipalities: town twinnings and other partnerships, cooperation "
                                      "initiatives, delegation visits, agreements, action plans and memberships, with "
                                      "reports in Serbian and English."),
                                   this);
    description->setWordWrap(true);
    description->setFixedWidth(420); // a fixed width lets the wrapped text get its full height

    m_licence->setText(tr("Free software under the GNU General Public License, version 3 or any later version "
                          "(%1). It comes with no warranty.")
                           .arg(AppIdentity::licence()));
    m_licence->setWordWrap(true);
    m_licence->setFixedWidth(420);
    m_licence->setAccessibleName(tr("Licence"));

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(m_version);
    text->addSpacing(8);
    text->addWidget(description);
    text->addSpacing(8);
    text->addWidget(m_licence);
    text->addStretch(1);

    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addSpacing(12);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::licenceText() const
{
    return m_licence->text();
}
