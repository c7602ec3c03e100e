-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: indexes for the visits list filtered by year (and
-- country), sorted by date (issue 8: the first page on 50,000 visits within
-- 50 ms). The year expression is exactly the one of VisitStore::listSpec()'s
-- "year" filter, so SQLite can use the index for it; change both together.
CREATE INDEX visits_country_year ON visits (country, CAST(strftime('%Y', start_date) AS INTEGER), start_date);
CREATE INDEX visits_year ON visits (CAST(strftime('%Y', start_date) AS INTEGER), start_date);

-- A partnership's last activity (PartnershipStore's lastActivitySql, the
-- dashboard's "needs care"): the latest visit and agreement of each
-- partnership straight from an index. They replace the indexes on
-- partnership_id alone, which they cover.
DROP INDEX visits_partnership;
CREATE INDEX visits_partnership ON visits (partnership_id, start_date);
DROP INDEX agreements_partnership;
CREATE INDEX agreements_partnership ON agreements (partnership_id, signed_on);
