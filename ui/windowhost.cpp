// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowhost.h"

#include "apptranslator.h"
#include "database.h"
#include "mainwindow.h"

WindowHost::WindowHost(QObject *parent)
    : QObject(parent)
{
    adopt(std::make_unique<MainWindow>());
}

WindowHost::~WindowHost() = default;

void WindowHost::adopt(std::unique_ptr<MainWindow> window)
{
    m_window = std::move(window);
    // Queued: the old window is still inside its Settings handler when it asks.
    connect(m_window.get(), &MainWindow::languageChangeRequested, this, &WindowHost::switchLanguage,
            Qt::QueuedConnection);
}

void WindowHost::switchLanguage(Language language)
{
    const MainWindow::Place place = m_window->place();
    const QByteArray geometry = m_window->saveGeometry();
    const bool visible = m_window->isVisible();
    std::unique_ptr<Database> db = m_window->takeDatabase();

    AppTranslator::install(language);
    auto window = std::make_unique<MainWindow>();
    window->restoreGeometry(geometry);
    if (db)
        window->setDatabase(std::move(db));
    if (visible)
        window->show();
    window->goTo(place);

    std::unique_ptr<MainWindow> old = std::move(m_window);
    adopt(std::move(window));
    old->hide();
    old.release()->deleteLater(); // it may still be on the stack of its own signal
    emit windowReplaced(m_window.get());
}
