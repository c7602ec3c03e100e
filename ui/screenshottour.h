// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class MainWindow;

// `saradnja --screenshots DIR`: shows the dashboard and every section in
// turn (the first record of each open in its editor), saves a picture of
// the window for each into DIR as <language>-<nn>-<section>.png, then quits.
// tools/screenshots.sh runs it under Xvfb on the example register; the
// README shows the pictures.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, QString directory, QObject *parent = nullptr);
    void start();

signals:
    void finished(bool ok);

private:
    void showStep();
    void saveStep();

    MainWindow *m_window;
    QString m_directory;
    int m_step = 0;
    bool m_ok = true;
};
