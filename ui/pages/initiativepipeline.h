// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class SectionPage;

// The initiatives as a board: one column per stage, a card per initiative
// with its title, requester and days in the stage (long waits stand out).
// It follows the page's list (quick filter and filters, refreshed with it)
// and Enter or a double-click on a card opens the initiative in the page's
// editor. Columns of open stages show the longest waiting first, closed
// stages the latest first.
class InitiativePipeline : public QWidget
{
    Q_OBJECT

public:
    static constexpr int cardsPerStage = 50;
    // Open initiatives waiting longer than this in a stage are marked.
    static constexpr int staleAfterDays = 90;
    enum Role { IdRole = Qt::UserRole, RequesterRole, DaysRole, StaleRole, PlaceholderRole };

    explicit InitiativePipeline(SectionPage *page);

    void refresh();
    // The cards of one stage (Vocab::InitiativeStage key).
    QListWidget *stageList(const QString &stage) const { return m_lists.value(stage); }
    // The initiatives shown for a stage, in order.
    QList<qint64> idsIn(const QString &stage) const;

    QSize sizeHint() const override;

private:
    SectionPage *m_page;
    QStringList m_stages;
    QHash<QString, QListWidget *> m_lists;
    QHash<QString, QLabel *> m_headers;
};
