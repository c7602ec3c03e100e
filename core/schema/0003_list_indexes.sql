-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: indexes for the visits list filtered by year (and
-- country), sorted by date (issue 8: the first page on 50,000 visits within
-- 50 ms). The year expression is exactly the one of VisitStore::listSpec()'s
-- "year" filter, so SQLite can use the index for it; change both together.
CREATE INDEX visits_country_year ON visits (country, CAST(strftime('%Y', start_date) AS INTEGER), start_date);
CREATE INDEX visits_year ON visits (CAST(strftime('%Y', start_date) AS INTEGER), start_date);
