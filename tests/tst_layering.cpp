// SPDX-License-Identifier: GPL-3.0-or-later
// The line that matters most: core never includes a widget, widgets never hold SQL.
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace TestSupport;

class TestLayering : public QObject
{
    Q_OBJECT

private:
    static QStringList offendingFiles(const QString &folder, const QRegularExpression &pattern)
    {
        QStringList offenders;
        QDirIterator it(sourceDir() + QLatin1Char('/') + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.txt")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            if (pattern.match(QString::fromUtf8(file.readAll())).hasMatch())
                offenders << path;
        }
        return offenders;
    }

private slots:
    void coreIncludesNoWidget()
    {
        const QRegularExpression widgetInclude(QStringLiteral(
            "#\\s*include\\s*[<\"](QtWidgets|QWidget|QMainWindow|QDialog|QApplication|QMessageBox|QTableView|QAbstractButton|"
            "QLabel|QLineEdit|QFileDialog|QtCharts|QChartView|QPdfView)\\b"));
        const QStringList offenders = offendingFiles(QStringLiteral("core"), widgetInclude);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char(' '))));
    }

    void coreDoesNotLinkWidgets()
    {
        const QStringList offenders = offendingFiles(QStringLiteral("core"), QRegularExpression(QStringLiteral("Qt6?::Widgets|Qt6?::Charts")));
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char(' '))));
    }

    void widgetsHoldNoSql()
    {
        const QRegularExpression sql(QStringLiteral("#\\s*include\\s*[<\"]QSql|\\b(SELECT|INSERT\\s+INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM)\\b"));
        const QStringList offenders = offendingFiles(QStringLiteral("ui"), sql);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char(' '))));
    }

    void theCheckItselfWorks()
    {
        // The patterns above must catch what they are meant to.
        const QRegularExpression widgetInclude(QStringLiteral("#\\s*include\\s*[<\"](QtWidgets|QWidget)\\b"));
        QVERIFY(widgetInclude.match(QStringLiteral("#include <QWidget>")).hasMatch());
        QVERIFY(!widgetInclude.match(QStringLiteral("#include <QSqlQuery>")).hasMatch());
        QVERIFY(!offendingFiles(QStringLiteral("ui"), widgetInclude).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
