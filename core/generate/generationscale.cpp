// SPDX-License-Identifier: GPL-3.0-or-later
#include "generationscale.h"

#include <QtGlobal>

namespace {

GenerationScale large()
{
    GenerationScale s;
    s.name = QStringLiteral("large");
    s.foreignOrganizations = 5000;
    s.people = 20000;
    s.partnerships = 3000;
    s.timelineEntries = 100000;
    s.visits = 50000;
    s.participants = 300000;
    s.agreements = 5000;
    s.plans = 40;
    s.activitiesPerPlan = 60;
    s.attachments = 2000;
    return s;
}

int divided(int count, int divisor)
{
    return count == 0 ? 0 : qMax(1, count / divisor);
}

} // namespace

QStringList GenerationScale::names()
{
    return {QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")};
}

std::optional<GenerationScale> GenerationScale::named(const QString &name, int divisor)
{
    GenerationScale s;
    if (name == QLatin1String("small")) {
        s.name = name;
        s.exampleData = true;
        return s;
    }
    if (name == QLatin1String("large")) {
        s = large();
    } else if (name == QLatin1String("medium")) {
        s = large();
        s.name = name;
        divisor *= 10;
    } else {
        return std::nullopt;
    }
    divisor = qMax(1, divisor);
    s.foreignOrganizations = divided(s.foreignOrganizations, divisor);
    s.people = divided(s.people, divisor);
    s.partnerships = qMax(2, divided(s.partnerships, divisor));
    s.timelineEntries = divided(s.timelineEntries, divisor);
    s.visits = divided(s.visits, divisor);
    s.participants = divided(s.participants, divisor);
    s.agreements = divided(s.agreements, divisor);
    // Plans keep their 60 activities; a smaller register has fewer plans.
    s.plans = divided(s.plans, divisor);
    s.activitiesPerPlan = 60;
    s.attachments = divided(s.attachments, divisor);
    return s;
}
