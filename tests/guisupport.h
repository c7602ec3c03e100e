// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QWidget>

// What the GUI suites share to drive the real widgets.
namespace GuiSupport {

// The child of parent with this accessible name (the tests find fields the way a screen reader does).
template<typename T>
T *field(QWidget *parent, const QString &accessibleName)
{
    for (T *widget : parent->findChildren<T *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    qFatal("no field %s", qPrintable(accessibleName));
    return nullptr;
}

// The validation messages shown next to a field (FieldMessage labels named "<key>_message").
inline QStringList visibleMessages(QWidget *editor, const QString &key)
{
    QStringList texts;
    for (QLabel *label : editor->findChildren<QLabel *>(key + QStringLiteral("_message"))) {
        if (label->isVisible())
            texts << label->text();
    }
    return texts;
}

// QTest::keyClicks takes Latin-1 only: this types any text, a key press per character.
inline void keyClicks(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_A, QString(ch), Qt::NoModifier);
}

// Answers the next message box that opens with button; its text goes to *text when given.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, qApp, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, text); // not open yet
            return;
        }
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace GuiSupport
