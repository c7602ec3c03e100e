// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

#include <QObject>

#include <memory>

class MainWindow;

// Keeps the main window, and builds it again when Settings change the
// language: the new catalogue is installed, a new window is built in it,
// the open register is handed over (no reopening: the same connection and
// lock), and the user is put back where they were — same size, same section,
// same record. Unsaved edits were saved or discarded on the user's word
// before (MainWindow::languageChangeRequested).
class WindowHost : public QObject
{
    Q_OBJECT

public:
    explicit WindowHost(QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window.get(); }
    void switchLanguage(Language language);

signals:
    // A new window replaced the old one.
    void windowReplaced(MainWindow *window);

private:
    void adopt(std::unique_ptr<MainWindow> window);

    std::unique_ptr<MainWindow> m_window;
};
