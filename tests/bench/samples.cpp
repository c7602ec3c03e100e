// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include <algorithm>
#include <cmath>

double Samples::percentile(int p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    if (p == 50 && sorted.size() % 2 == 0)
        return (sorted.at(sorted.size() / 2 - 1) + sorted.at(sorted.size() / 2)) / 2;
    const auto rank = qsizetype(std::ceil(double(p) / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}
