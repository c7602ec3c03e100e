// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include <QRegularExpression>
#include <QSet>

void Validation::addError(const QString &field, const QString &message)
{
    m_issues.append({field, message, false});
}

void Validation::addWarning(const QString &field, const QString &message)
{
    m_issues.append({field, message, true});
}

bool Validation::hasErrors() const
{
    for (const ValidationIssue &issue : m_issues) {
        if (!issue.warning)
            return true;
    }
    return false;
}

QList<ValidationIssue> Validation::errors() const
{
    QList<ValidationIssue> result;
    for (const ValidationIssue &issue : m_issues) {
        if (!issue.warning)
            result << issue;
    }
    return result;
}

QList<ValidationIssue> Validation::warnings() const
{
    QList<ValidationIssue> result;
    for (const ValidationIssue &issue : m_issues) {
        if (issue.warning)
            result << issue;
    }
    return result;
}

QString Validation::errorFor(const QString &field) const
{
    for (const ValidationIssue &issue : m_issues) {
        if (!issue.warning && issue.field == field)
            return issue.message;
    }
    return {};
}

Error Validation::toError() const
{
    QStringList messages;
    QStringList fields;
    for (const ValidationIssue &issue : errors()) {
        messages << issue.message;
        fields << issue.field;
    }
    return Error(ErrorCode::Invalid, messages.join(QLatin1Char(' ')), fields.join(QLatin1Char(',')));
}

void Validation::requireText(const QString &field, const QString &value, const QString &label)
{
    if (value.trimmed().isEmpty())
        addError(field, tr("%1 is required.").arg(label));
}

void Validation::requireDate(const QString &field, const QDate &value, const QString &label)
{
    if (!value.isValid())
        addError(field, tr("%1 is required.").arg(label));
}

void Validation::checkDateOrder(const QString &endField, const QDate &start, const QDate &end)
{
    if (start.isValid() && end.isValid() && end < start)
        addError(endField, tr("The end date cannot be before the start date."));
}

void Validation::checkEmail(const QString &field, const QString &value)
{
    if (!value.trimmed().isEmpty() && !isValidEmail(value.trimmed()))
        addError(field, tr("\"%1\" is not a valid e-mail address.").arg(value.trimmed()));
}

void Validation::checkCurrency(const QString &field, const QString &code)
{
    if (!isIsoCurrency(code))
        addError(field, tr("\"%1\" is not an ISO 4217 currency code (such as EUR or RSD).").arg(code));
}

void Validation::checkAmount(const QString &field, qint64 minorUnits)
{
    if (minorUnits < 0)
        addError(field, tr("An amount cannot be negative."));
}

void Validation::checkPercent(const QString &field, int value)
{
    if (value < 0 || value > 100)
        addError(field, tr("Progress must be between 0 and 100."));
}

bool Validation::isValidEmail(const QString &value)
{
    // Pragmatic, not RFC 5322: one @, a dotted domain, no spaces.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"), QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(value).hasMatch() && !value.contains(QLatin1String(".."));
}

bool Validation::isIsoCurrency(const QString &code)
{
    // ISO 4217 active codes (list of 2024).
    static const QSet<QString> codes = [] {
        const QString all = QStringLiteral(
            "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD "
            "CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP "
            "GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW "
            "KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN "
            "NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL "
            "SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES "
            "VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWL");
        const QStringList list = all.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(list.begin(), list.end());
    }();
    return codes.contains(code);
}
