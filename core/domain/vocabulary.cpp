// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <QHash>

namespace {

struct Term
{
    const char *key;
    const char *label;
};

// Labels are marked for translation here and translated in Vocabulary::label.
const QHash<Vocab, QList<Term>> &terms()
{
    static const QHash<Vocab, QList<Term>> table = {
        {Vocab::OrganizationKind,
         {{"city", QT_TRANSLATE_NOOP("Vocabulary", "City")},
          {"municipality", QT_TRANSLATE_NOOP("Vocabulary", "Municipality")},
          {"city_municipality", QT_TRANSLATE_NOOP("Vocabulary", "City municipality")},
          {"local_authority", QT_TRANSLATE_NOOP("Vocabulary", "Foreign local authority")},
          {"association", QT_TRANSLATE_NOOP("Vocabulary", "Association of local authorities")},
          {"international_organization", QT_TRANSLATE_NOOP("Vocabulary", "International organisation")},
          {"embassy", QT_TRANSLATE_NOOP("Vocabulary", "Embassy")},
          {"ministry", QT_TRANSLATE_NOOP("Vocabulary", "Ministry")},
          {"donor", QT_TRANSLATE_NOOP("Vocabulary", "Donor")},
          {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}}},
        {Vocab::PartnershipKind,
         {{"twinning", QT_TRANSLATE_NOOP("Vocabulary", "Town twinning")},
          {"decentralized", QT_TRANSLATE_NOOP("Vocabulary", "Decentralised cooperation")},
          {"project", QT_TRANSLATE_NOOP("Vocabulary", "Project cooperation")},
          {"cross_border", QT_TRANSLATE_NOOP("Vocabulary", "Cross-border cooperation")},
          {"association", QT_TRANSLATE_NOOP("Vocabulary", "Cooperation of associations")},
          {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}}},
        {Vocab::PartnershipStatus,
         {{"initiative", QT_TRANSLATE_NOOP("Vocabulary", "Initiative")},
          {"negotiating", QT_TRANSLATE_NOOP("Vocabulary", "Negotiating")},
          {"active", QT_TRANSLATE_NOOP("Vocabulary", "Active")},
          {"dormant", QT_TRANSLATE_NOOP("Vocabulary", "Dormant")},
          {"ended", QT_TRANSLATE_NOOP("Vocabulary", "Ended")}}},
        {Vocab::InitiativeStage,
         {{"received", QT_TRANSLATE_NOOP("Vocabulary", "Received")},
          {"searching", QT_TRANSLATE_NOOP("Vocabulary", "Searching")},
          {"partners_proposed", QT_TRANSLATE_NOOP("Vocabulary", "Partners proposed")},
          {"contact_made", QT_TRANSLATE_NOOP("Vocabulary", "Contact made")},
          {"negotiating", QT_TRANSLATE_NOOP("Vocabulary", "Negotiating")},
          {"agreement_signed", QT_TRANSLATE_NOOP("Vocabulary", "Agreement signed")},
          {"closed_without_result", QT_TRANSLATE_NOOP("Vocabulary", "Closed without result")}}},
        {Vocab::InitiativeOrigin,
         {{"member", QT_TRANSLATE_NOOP("Vocabulary", "Request of a member")},
          {"foreign", QT_TRANSLATE_NOOP("Vocabulary", "Proposal from abroad")}}},
        {Vocab::AgreementKind,
         {{"twinning_charter", QT_TRANSLATE_NOOP("Vocabulary", "Twinning charter")},
          {"cooperation_agreement", QT_TRANSLATE_NOOP("Vocabulary", "Cooperation agreement")},
          {"memorandum", QT_TRANSLATE_NOOP("Vocabulary", "Memorandum of understanding")},
          {"letter_of_intent", QT_TRANSLATE_NOOP("Vocabulary", "Letter of intent")},
          {"action_plan", QT_TRANSLATE_NOOP("Vocabulary", "Action plan")},
          {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}}},
        {Vocab::AgreementStatus,
         {{"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
          {"signed", QT_TRANSLATE_NOOP("Vocabulary", "Signed")},
          {"in_force", QT_TRANSLATE_NOOP("Vocabulary", "In force")},
          {"expired", QT_TRANSLATE_NOOP("Vocabulary", "Expired")},
          {"terminated", QT_TRANSLATE_NOOP("Vocabulary", "Terminated")}}},
        {Vocab::Renewal,
         {{"none", QT_TRANSLATE_NOOP("Vocabulary", "No renewal")},
          {"automatic", QT_TRANSLATE_NOOP("Vocabulary", "Renewed automatically")},
          {"by_agreement", QT_TRANSLATE_NOOP("Vocabulary", "Renewed by agreement")}}},
        {Vocab::VisitDirection,
         {{"incoming", QT_TRANSLATE_NOOP("Vocabulary", "Incoming")},
          {"outgoing", QT_TRANSLATE_NOOP("Vocabulary", "Outgoing")},
          {"domestic", QT_TRANSLATE_NOOP("Vocabulary", "In Serbia")}}},
        {Vocab::VisitKind,
         {{"delegation", QT_TRANSLATE_NOOP("Vocabulary", "Delegation visit")},
          {"study_visit", QT_TRANSLATE_NOOP("Vocabulary", "Study visit")},
          {"conference", QT_TRANSLATE_NOOP("Vocabulary", "Conference")},
          {"expert_exchange", QT_TRANSLATE_NOOP("Vocabulary", "Expert exchange")},
          {"meeting", QT_TRANSLATE_NOOP("Vocabulary", "Meeting")},
          {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}}},
        {Vocab::VisitOrganizationRole,
         {{"host", QT_TRANSLATE_NOOP("Vocabulary", "Host")},
          {"guest", QT_TRANSLATE_NOOP("Vocabulary", "Guest")}}},
        {Vocab::PlanStatus,
         {{"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
          {"agreed", QT_TRANSLATE_NOOP("Vocabulary", "Agreed")},
          {"signed", QT_TRANSLATE_NOOP("Vocabulary", "Signed")},
          {"in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
          {"completed", QT_TRANSLATE_NOOP("Vocabulary", "Completed")}}},
        {Vocab::ActivityStatus,
         {{"planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")},
          {"in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
          {"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
          {"postponed", QT_TRANSLATE_NOOP("Vocabulary", "Postponed")},
          {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")}}},
    };
    return table;
}

} // namespace

QStringList Vocabulary::keys(Vocab vocab)
{
    QStringList result;
    for (const Term &term : terms().value(vocab))
        result << QString::fromLatin1(term.key);
    return result;
}

bool Vocabulary::contains(Vocab vocab, const QString &key)
{
    return keys(vocab).contains(key);
}

QString Vocabulary::label(Vocab vocab, const QString &key)
{
    for (const Term &term : terms().value(vocab)) {
        if (key == QLatin1String(term.key))
            return tr(term.label);
    }
    return key;
}

QString Vocabulary::sourceLabel(Vocab vocab, const QString &key)
{
    for (const Term &term : terms().value(vocab)) {
        if (key == QLatin1String(term.key))
            return QString::fromLatin1(term.label);
    }
    return key;
}

bool Vocabulary::isSerbianLocalGovernment(const QString &organizationKind)
{
    return organizationKind == QLatin1String("city") || organizationKind == QLatin1String("municipality")
        || organizationKind == QLatin1String("city_municipality");
}
