// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementsregister.h"

#include "agreementstore.h"
#include "database.h"
#include "reportdocument.h"
#include "reportlookup.h"

namespace {

enum class Expiry { None, Soon, Past };

Expiry expiryOf(const Agreement &a, const QDate &today)
{
    if (a.status == QLatin1String("expired"))
        return Expiry::Past;
    const bool binding = a.status == QLatin1String("signed") || a.status == QLatin1String("in_force");
    if (!binding || !a.validUntil.isValid())
        return Expiry::None;
    if (a.validUntil < today)
        return Expiry::Past;
    return a.validUntil <= today.addDays(AgreementsRegister::expiryWarningDays) ? Expiry::Soon : Expiry::None;
}

QString marker(const Agreement &a, Expiry expiry, const ReportText &t)
{
    const QString warning = QStringLiteral("\u26a0 ");
    if (expiry == Expiry::Soon)
        return warning + t.label(QT_TRANSLATE_NOOP("Report", "expires %1")).arg(t.date(a.validUntil));
    if (a.validUntil.isValid())
        return warning + t.label(QT_TRANSLATE_NOOP("Report", "expired %1")).arg(t.date(a.validUntil));
    return warning + t.label(QT_TRANSLATE_NOOP("Report", "expired"));
}

QStringList rowOf(const Agreement &a, Expiry expiry, int number, ReportLookup &names, const ReportText &t)
{
    QList<qint64> parties;
    for (const AgreementParty &party : a.parties)
        parties << party.organizationId;
    QString signedText = t.date(a.signedOn);
    if (!a.signedPlace.isEmpty())
        signedText += (signedText.isEmpty() ? QString() : QStringLiteral("\n")) + a.signedPlace;
    QString status = t.term(Vocab::AgreementStatus, a.status);
    if (expiry != Expiry::None)
        status += QLatin1Char('\n') + marker(a, expiry, t);
    return {t.number(number),     a.title, names.organizations(parties), signedText, t.date(a.validFrom),
            t.date(a.validUntil), status};
}

void addSummary(ReportDocument &report, const QList<Agreement> &agreements, int soon, int past)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Summary")));
    QList<QPair<QString, QString>> facts;
    facts << qMakePair(t.label(QT_TRANSLATE_NOOP("Report", "Agreements")), t.number(agreements.size()));
    for (const QString &status : Vocabulary::keys(Vocab::AgreementStatus)) {
        int count = 0;
        for (const Agreement &a : agreements)
            count += a.status == status ? 1 : 0;
        if (count > 0)
            facts << qMakePair(t.term(Vocab::AgreementStatus, status), t.number(count));
    }
    const QString marked = QStringLiteral(" (\u26a0)");
    facts << qMakePair(
        t.label(QT_TRANSLATE_NOOP("Report", "Expiring within %1 days")).arg(AgreementsRegister::expiryWarningDays)
            + marked,
        t.number(soon));
    facts << qMakePair(t.label(QT_TRANSLATE_NOOP("Report", "Validity ended")) + marked, t.number(past));
    report.addFacts(facts);
}

} // namespace

Result<std::unique_ptr<ReportDocument>> AgreementsRegister::build(const Database &db, Language language,
                                                                  const QDate &today)
{
    QList<Agreement> agreements;
    AgreementStore store(db);
    const QString sql = QStringLiteral("SELECT id FROM agreements ORDER BY signed_on IS NULL, signed_on, sort_key, id");
    for (qint64 id : ReportLookup::ids(db, sql)) {
        auto a = store.get(id);
        if (!a)
            return a.error();
        agreements << a.value();
    }
    auto report = std::make_unique<ReportDocument>(
        ReportText(language).label(QT_TRANSLATE_NOOP("Report", "Register of agreements")), language);
    const ReportText &t = report->text();
    ReportLookup names(db, t);
    report->addTitleBlock(
        {t.label(QT_TRANSLATE_NOOP("Report", "All agreements, in order of signing")),
         t.label(QT_TRANSLATE_NOOP("Report", "Marked %1: validity ends by %2 (within %3 days) or has ended"))
             .arg(QStringLiteral("\u26a0"), t.date(today.addDays(expiryWarningDays)), t.number(expiryWarningDays))});
    QList<QStringList> rows;
    ReportTableOptions options;
    int soon = 0;
    int past = 0;
    for (const Agreement &a : agreements) {
        const Expiry expiry = expiryOf(a, today);
        soon += expiry == Expiry::Soon ? 1 : 0;
        past += expiry == Expiry::Past ? 1 : 0;
        if (expiry != Expiry::None)
            options.markedRows.insert(int(rows.size()));
        rows << rowOf(a, expiry, int(rows.size()) + 1, names, t);
    }
    addSummary(*report, agreements, soon, past);
    report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Agreements")));
    report->addTable(
        {t.label(QT_TRANSLATE_NOOP("Report", "No.")), t.label(QT_TRANSLATE_NOOP("Report", "Agreement")),
         t.label(QT_TRANSLATE_NOOP("Report", "Parties")), t.label(QT_TRANSLATE_NOOP("Report", "Signed")),
         t.label(QT_TRANSLATE_NOOP("Report", "Valid from")), t.label(QT_TRANSLATE_NOOP("Report", "Valid until")),
         t.label(QT_TRANSLATE_NOOP("Report", "Status"))},
        rows, {5, 21, 22, 13, 13, 13, 13}, t.label(QT_TRANSLATE_NOOP("Report", "No agreements recorded.")), options);
    return report;
}
