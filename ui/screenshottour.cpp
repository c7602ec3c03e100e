// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "apptranslator.h"
#include "language.h"
#include "mainwindow.h"
#include "recordlistmodel.h"
#include "sectionpage.h"
#include "sections.h"

#include <QDir>
#include <QPixmap>
#include <QTimer>

namespace {

// Long enough for charts and lists to lay out and paint.
constexpr int settleMs = 700;

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
{
}

void ScreenshotTour::start()
{
    m_ok = QDir().mkpath(m_directory);
    m_window->resize(1500, 940);
    QTimer::singleShot(settleMs, this, &ScreenshotTour::showStep);
}

void ScreenshotTour::showStep()
{
    // The dashboard, each section of the sidebar, then the register's page.
    const int sections = int(Sections::order().size());
    if (m_step > sections + 1) {
        emit finished(m_ok);
        return;
    }
    m_window->showSection(m_step);
    if (m_step > 0 && m_step <= sections) {
        SectionPage *page = m_window->section(Sections::order().at(m_step - 1));
        if (page && page->model()->rowCount() > 0)
            page->openRecord(page->model()->idAt(0));
    }
    QTimer::singleShot(settleMs, this, &ScreenshotTour::saveStep);
}

void ScreenshotTour::saveStep()
{
    const int sections = int(Sections::order().size());
    const QString section = m_step == 0          ? QStringLiteral("dashboard")
                            : m_step > sections ? QStringLiteral("register")
                                                : RecordKinds::key(Sections::order().at(m_step - 1));
    const QString name = QStringLiteral("%1-%2-%3.png")
                             .arg(Languages::code(AppTranslator::current()))
                             .arg(m_step, 2, 10, QLatin1Char('0'))
                             .arg(section);
    if (!m_window->grab().save(QDir(m_directory).filePath(name)))
        m_ok = false;
    ++m_step;
    showStep();
}
