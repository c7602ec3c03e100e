// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstores.h"

#include "actionplanstore.h"
#include "agreementstore.h"
#include "database.h"
#include "initiativestore.h"
#include "membershipstore.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "taskstore.h"
#include "visitstore.h"

#include <QCoreApplication>

Status RecordStores::remove(const Database &db, RecordKind kind, qint64 id)
{
    switch (kind) {
    case RecordKind::Organization: return OrganizationStore(db).remove(id);
    case RecordKind::Person: return PersonStore(db).remove(id);
    case RecordKind::Partnership: return PartnershipStore(db).remove(id);
    case RecordKind::Initiative: return InitiativeStore(db).remove(id);
    case RecordKind::Agreement: return AgreementStore(db).remove(id);
    case RecordKind::Visit: return VisitStore(db).remove(id);
    case RecordKind::Plan: return ActionPlanStore(db).remove(id);
    case RecordKind::Membership: return MembershipStore(db).remove(id);
    case RecordKind::Task: return TaskStore(db).remove(id);
    case RecordKind::Activity: break;
    }
    return Error(ErrorCode::Invalid,
                 QCoreApplication::translate("RecordStores", "An activity is deleted from its action plan."));
}
