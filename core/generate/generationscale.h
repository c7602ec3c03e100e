// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// How much `saradnja-cli generate` writes. Large is twenty years of a busy
// team's work; medium a tenth of it; small is the example data of
// `init --sample` (no generated records).
struct GenerationScale
{
    QString name;
    bool exampleData = false; // small: the example data instead of generated records
    int foreignOrganizations = 0;
    int people = 0;
    int partnerships = 0;
    int timelineEntries = 0; // over all partnerships
    int visits = 0;
    int participants = 0; // over all visits
    int agreements = 0;
    int plans = 0;
    int activitiesPerPlan = 0;
    int attachments = 0;
    int attachmentMinBytes = 50 * 1024;
    int attachmentMaxBytes = 500 * 1024;

    static QStringList names(); // small, medium, large
    // The named scale, every count divided by divisor (at least 1 where the
    // full scale has any), for quick trials and tests; nullopt for an unknown name.
    static std::optional<GenerationScale> named(const QString &name, int divisor = 1);
};
