// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

struct ValidationIssue
{
    QString field;   // the value type's field key, e.g. "end_date"
    QString message; // one translated sentence, shown next to the field
    bool warning = false;
};

// The outcome of checking a record before it is saved: errors block the
// save, warnings (a likely duplicate) only inform.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    void addError(const QString &field, const QString &message);
    void addWarning(const QString &field, const QString &message);

    bool hasErrors() const;
    bool isClean() const { return m_issues.isEmpty(); }
    const QList<ValidationIssue> &issues() const { return m_issues; }
    QList<ValidationIssue> errors() const;
    QList<ValidationIssue> warnings() const;
    // The first error for a field, or an empty string.
    QString errorFor(const QString &field) const;
    // ErrorCode::Invalid with the errors joined, for callers without a form.
    Error toError() const;

    // Common rules.
    void requireText(const QString &field, const QString &value, const QString &label);
    void requireDate(const QString &field, const QDate &value, const QString &label);
    void checkDateOrder(const QString &endField, const QDate &start, const QDate &end);
    void checkEmail(const QString &field, const QString &value);
    void checkCurrency(const QString &field, const QString &code);
    void checkAmount(const QString &field, qint64 minorUnits);
    void checkPercent(const QString &field, int value);

    static bool isValidEmail(const QString &value);
    static bool isIsoCurrency(const QString &code);

private:
    QList<ValidationIssue> m_issues;
};
