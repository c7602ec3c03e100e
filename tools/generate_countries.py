#!/usr/bin/env python3
"""Generate resources/reference/countries.csv from Debian's iso-codes package.

Run at development time (the generated CSV is committed):

    apt-get install -y iso-codes        # if /usr/share/iso-codes is missing
    python3 tools/generate_countries.py

Sources:
  /usr/share/iso-codes/json/iso_3166-1.json                (codes, English names)
  /usr/share/locale/sr/LC_MESSAGES/iso_3166-1.mo           (Serbian Cyrillic)
  /usr/share/locale/sr@latin/LC_MESSAGES/iso_3166-1.mo     (Serbian Latin)

English: iso-codes' `common_name` where it has one (Bolivia, Iran, South Korea,
...), otherwise its `name`. Serbian: the catalog's translation of the English
`common_name`, else of `name`. A few entries have no usable Serbian short
form in the catalogs (the catalog only translates the long "Korea, Republic
of"-style name, or lacks the msgid altogether); SERBIAN_OVERRIDES below gives
them. Anything still untranslated falls back to the English name and is
reported on stderr.
"""

import csv
import gettext
import json
import os
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
MO_CYRL = "/usr/share/locale/sr/LC_MESSAGES/iso_3166-1.mo"
MO_LATN = "/usr/share/locale/sr@latin/LC_MESSAGES/iso_3166-1.mo"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, os.pardir, "resources", "reference", "countries.csv")

# code -> (Serbian Latin, Serbian Cyrillic). Only for entries where the English
# column uses iso-codes' short common_name but the catalogs translate only the
# long inverted name, or where the catalogs lack the (renamed) msgid.
SERBIAN_OVERRIDES = {
    "IR": ("Iran", "Иран"),                    # catalog: "Iran, Islamska Republika"
    "KP": ("Severna Koreja", "Северна Кореја"),  # catalog: "Koreja, Demokratska Narodna Republika"
    "KR": ("Južna Koreja", "Јужна Кореја"),      # catalog: "Koreja, Republika"
    "LA": ("Laos", "Лаос"),                    # catalog: "Laoška Narodna Demokratska Republika"
    "SY": ("Sirija", "Сирија"),                # catalog: "Sirijska Arapska Republika"
    "TR": ("Turska", "Турска"),                # msgid "Türkiye" not in the catalogs yet
    "GU": ("Guam", "Гуам"),                    # catalog: "Giam" (a typo)
    "MM": ("Mjanmar", "Мјанмар"),              # catalog: "Burma"
    "US": ("Sjedinjene Američke Države", "Сједињене Америчке Државе"),  # catalog: "Sjedinjene Države"
}


def load_catalog(path):
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)


def translate(catalog, *msgids):
    """First real translation of any msgid, else None."""
    for m in msgids:
        if not m:
            continue
        # gettext() returns the msgid itself when it is missing, so look the
        # msgid up to tell "untranslated" from "translated identically".
        t = catalog._catalog.get(m)
        if t:
            return t
    return None


def main():
    for p in (ISO_JSON, MO_CYRL, MO_LATN):
        if not os.path.exists(p):
            sys.exit(f"missing {p}: apt-get install -y iso-codes")
    with open(ISO_JSON, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    cyrl = load_catalog(MO_CYRL)
    latn = load_catalog(MO_LATN)

    rows = []
    fell_back = []
    for e in entries:
        code = e["alpha_2"]
        name = e["name"]
        common = e.get("common_name")
        name_en = common or name
        if code in SERBIAN_OVERRIDES:
            sr_latn, sr_cyrl = SERBIAN_OVERRIDES[code]
        else:
            sr_latn = translate(latn, common, name)
            sr_cyrl = translate(cyrl, common, name)
        if sr_latn is None or sr_cyrl is None:
            fell_back.append(code)
            sr_latn = sr_latn or name_en
            sr_cyrl = sr_cyrl or name_en
        rows.append((code, name_en, sr_latn, sr_cyrl))

    rows.sort(key=lambda r: r[0])
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name_en", "name_sr_latn", "name_sr_cyrl"])
        w.writerows(rows)

    print(f"wrote {len(rows)} countries to {os.path.normpath(OUT)}")
    print("overridden Serbian names: " + ", ".join(sorted(SERBIAN_OVERRIDES)))
    if fell_back:
        print("fell back to English for: " + ", ".join(fell_back), file=sys.stderr)
    else:
        print("no English fallbacks")


if __name__ == "__main__":
    main()
