// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// The times of repeated runs of one operation, in milliseconds.
class Samples
{
public:
    void add(double milliseconds) { m_values.append(milliseconds); }
    int count() const { return int(m_values.size()); }
    bool isEmpty() const { return m_values.isEmpty(); }
    double first() const { return m_values.value(0); }
    double median() const { return percentile(50); }
    // Nearest-rank percentile (p95 of 20 runs is the 19th smallest).
    double percentile(int p) const;

private:
    QList<double> m_values;
};
