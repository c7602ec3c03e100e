#!/usr/bin/env python3
"""Check the reference data in resources/reference/.

    python3 tools/check_reference_data.py [REFERENCE_DIR]

Checks, for every CSV: UTF-8 without BOM, LF line endings, final newline,
the exact header, the same number of fields on every row, no empty required
field, no stray whitespace, text in Unicode NFC (precomposed č, ć, š, ž, đ).
Checks that each Serbian Cyrillic name, transliterated letter by letter
(Љ=Lj, Њ=Nj, Џ=Dž, ...), equals the Serbian Latin name, which catches typos in
either script. Plus per-file rules (kinds, districts, keys, codes, counts).

Prints what is wrong and exits 1 if anything is; prints a summary and
exits 0 otherwise. Standard library only.
"""

import csv
import io
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.normpath(os.path.join(HERE, os.pardir, "resources", "reference"))

# --- Serbian Cyrillic -> Latin -------------------------------------------------

_CYR_UPPER = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E",
    "Ж": "Ž", "З": "Z", "И": "I", "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj",
    "М": "M", "Н": "N", "Њ": "Nj", "О": "O", "П": "P", "Р": "R", "С": "S",
    "Т": "T", "Ћ": "Ć", "У": "U", "Ф": "F", "Х": "H", "Ц": "C", "Ч": "Č",
    "Џ": "Dž", "Ш": "Š",
}
_CYR_LOWER = {k.lower(): v.lower() for k, v in _CYR_UPPER.items()}
SERBIAN_CYRILLIC = set(_CYR_UPPER) | set(_CYR_LOWER)


def cyr_to_lat(text):
    out = []
    for i, ch in enumerate(text):
        if ch in _CYR_UPPER:
            lat = _CYR_UPPER[ch]
            # An upper-case digraph letter inside an all-caps word: "ЉИГ" -> "LJIG".
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if len(lat) == 2 and nxt.isupper():
                lat = lat.upper()
            out.append(lat)
        elif ch in _CYR_LOWER:
            out.append(_CYR_LOWER[ch])
        else:
            out.append(ch)
    return "".join(out)


# Cyrillic words (lower case) in which н+ј, л+ј or д+ж are two letters, not
# the digraph letters Њ, Љ, Џ. None of the current data needs one.
NON_DIGRAPH_WORDS = ()


def is_cyrillic_letter(ch):
    return "CYRILLIC" in unicodedata.name(ch, "")


def is_latin_letter(ch):
    return ch.isalpha() and "LATIN" in unicodedata.name(ch, "")


# --- generic CSV checks -------------------------------------------------------


class Checker:
    def __init__(self, ref_dir):
        self.ref_dir = ref_dir
        self.errors = []
        self.summary = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def load(self, name, header, optional=()):
        """Read a CSV strictly; return its rows as dicts (or [] if unusable)."""
        path = os.path.join(self.ref_dir, name)
        if not os.path.exists(path):
            self.error(name, "file is missing")
            return []
        with open(path, "rb") as f:
            raw = f.read()
        if raw.startswith(b"\xef\xbb\xbf"):
            self.error(name, "starts with a UTF-8 BOM")
            raw = raw[3:]
        if b"\r" in raw:
            self.error(name, "contains CR characters (line endings must be LF)")
        if raw and not raw.endswith(b"\n"):
            self.error(name, "does not end with a newline")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            self.error(name, f"is not valid UTF-8 ({e})")
            return []
        if not unicodedata.is_normalized("NFC", text):
            self.error(name, "is not in Unicode NFC (use precomposed letters)")

        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        if not rows or rows[0] != header:
            self.error(name, f"header must be {','.join(header)}, got {rows[0] if rows else 'nothing'}")
            return []
        result = []
        for lineno, row in enumerate(rows[1:], start=2):
            where = f"{name}:{lineno}"
            if len(row) != len(header):
                self.error(where, f"has {len(row)} fields, expected {len(header)}")
                continue
            rec = dict(zip(header, row))
            for col, val in rec.items():
                if val != val.strip() or "  " in val:
                    self.error(where, f"{col} has stray whitespace: {val!r}")
                if any(unicodedata.category(c) in ("Cc", "Cf") for c in val):
                    self.error(where, f"{col} has control or format characters: {val!r}")
                if not val and col not in optional:
                    self.error(where, f"{col} is empty")
            rec["_where"] = where
            result.append(rec)
        return result

    def check_scripts(self, rec, latin_col, cyrillic_col):
        where = rec["_where"]
        lat, cyr = rec[latin_col], rec[cyrillic_col]
        bad = [c for c in lat if is_cyrillic_letter(c)]
        if bad:
            self.error(where, f"{latin_col} {lat!r} contains Cyrillic letters {''.join(bad)!r}")
        bad = [c for c in cyr if is_latin_letter(c)]
        if bad:
            self.error(where, f"{cyrillic_col} {cyr!r} contains Latin letters {''.join(bad)!r}")
        bad = [c for c in cyr if is_cyrillic_letter(c) and c not in SERBIAN_CYRILLIC]
        if bad:
            self.error(where, f"{cyrillic_col} {cyr!r} has non-Serbian Cyrillic letters {''.join(bad)!r}")
        # Н+Ј, Л+Ј and Д+Ж also transliterate to nj, lj and dž, so a Cyrillic
        # name typed with two letters instead of Њ, Љ, Џ would pass the
        # comparison below. They are real only in rare words (конјункција,
        # поджупан); list such names in NON_DIGRAPH_WORDS.
        for pair in re.findall(r"(?i)нј|лј|дж", cyr):
            if not any(w in cyr.casefold() for w in NON_DIGRAPH_WORDS):
                self.error(where, f"{cyrillic_col} {cyr!r} has {pair!r}: did you mean "
                                  f"{ {'нј': 'њ', 'лј': 'љ', 'дж': 'џ'}[pair.lower()]!r}?")
        if cyr_to_lat(cyr) != lat:
            self.error(where, f"{cyrillic_col} {cyr!r} transliterates to {cyr_to_lat(cyr)!r}, "
                              f"but {latin_col} is {lat!r}")

    def unique(self, name, rows, key_fn, label):
        seen = Counter(key_fn(r) for r in rows)
        for k, n in seen.items():
            if n > 1:
                self.error(name, f"duplicate {label} {k!r} ({n} rows)")


# --- per-file rules -----------------------------------------------------------

KINDS = ("city", "municipality", "city_municipality")

# Administrative districts (upravni okruzi) outside Kosovo and Metohija, plus the
# City of Belgrade, which is not part of any district.
DISTRICTS = {
    "Grad Beograd",
    "Severnobački", "Srednjebanatski", "Severnobanatski", "Južnobanatski",
    "Zapadnobački", "Južnobački", "Sremski",
    "Mačvanski", "Kolubarski", "Podunavski", "Braničevski", "Šumadijski",
    "Pomoravski", "Borski", "Zaječarski", "Zlatiborski", "Moravički", "Raški",
    "Rasinski", "Nišavski", "Toplički", "Pirotski", "Jablanički", "Pčinjski",
}

# Law on Territorial Organisation of the Republic of Serbia (consolidated to
# 2020), outside Kosovo and Metohija: 28 cities (with Belgrade) and 117
# municipalities, i.e. 145 local self-government units; and the city
# municipalities created by the cities' statutes. Update when the law changes.
EXPECTED_KIND_COUNTS = {"city": 28, "municipality": 117, "city_municipality": 26}

REQUIRED_THEMES = {
    "culture", "youth", "citizenship", "sustainable_development", "public_services",
    "local_economic_development", "social_inclusion", "solidarity", "gender_equality",
    "rule_of_law", "environment", "urban_planning",
}

REQUIRED_ORGS = {"cemr", "nalas", "congress", "cor"}

KEY_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def check_local_governments(c):
    name = "local_governments.csv"
    rows = c.load(name, ["name_latin", "name_cyrillic", "kind", "district", "city"],
                  optional=("city",))
    if not rows:
        return
    cities = {r["name_latin"]: r for r in rows if r["kind"] == "city"}
    for r in rows:
        w = r["_where"]
        c.check_scripts(r, "name_latin", "name_cyrillic")
        if r["kind"] not in KINDS:
            c.error(w, f"kind {r['kind']!r} is not one of {', '.join(KINDS)}")
        if r["district"] not in DISTRICTS:
            c.error(w, f"unknown district {r['district']!r}")
        if r["kind"] == "city_municipality":
            parent = cities.get(r["city"])
            if parent is None:
                c.error(w, f"city {r['city']!r} is not a row of kind city")
            elif parent["district"] != r["district"]:
                c.error(w, f"district {r['district']!r} differs from its city's {parent['district']!r}")
        elif r["city"]:
            c.error(w, f"city must be empty for kind {r['kind']}, got {r['city']!r}")
        is_belgrade = r["kind"] == "city" and r["name_latin"] == "Beograd"
        if r["kind"] != "city_municipality" and is_belgrade != (r["district"] == "Grad Beograd"):
            c.error(w, "only Beograd and its city municipalities belong to 'Grad Beograd'")
    c.unique(name, rows, lambda r: (r["name_latin"], r["city"]), "(name_latin, city)")
    c.unique(name, rows, lambda r: (r["name_cyrillic"], r["city"]), "(name_cyrillic, city)")
    counts = Counter(r["kind"] for r in rows)
    for kind, n in EXPECTED_KIND_COUNTS.items():
        if counts[kind] != n:
            c.error(name, f"{counts[kind]} rows of kind {kind}, expected {n} (update "
                          "EXPECTED_KIND_COUNTS only if the law changed)")
    per_district = Counter(r["district"] for r in rows)
    missing = DISTRICTS - set(per_district)
    if missing:
        c.error(name, f"no rows for districts {sorted(missing)}")
    c.summary.append(f"{name}: {len(rows)} rows ("
                     + ", ".join(f"{k} {counts[k]}" for k in KINDS)
                     + f"; {len(per_district)} districts)")


def check_countries(c):
    name = "countries.csv"
    rows = c.load(name, ["code", "name_en", "name_sr_latn", "name_sr_cyrl"])
    if not rows:
        return set()
    for r in rows:
        if not re.fullmatch(r"[A-Z]{2}", r["code"]):
            c.error(r["_where"], f"code {r['code']!r} is not two upper-case letters")
        c.check_scripts(r, "name_sr_latn", "name_sr_cyrl")
    c.unique(name, rows, lambda r: r["code"], "code")
    codes = [r["code"] for r in rows]
    if codes != sorted(codes):
        c.error(name, "rows are not sorted by code")
    if "XK" in codes:
        c.error(name, "XK is not an ISO 3166-1 code")
    if "RS" not in codes:
        c.error(name, "RS (Serbia) is missing")
    if len(rows) < 249:
        c.error(name, f"only {len(rows)} rows; ISO 3166-1 has 249 codes")
    c.summary.append(f"{name}: {len(rows)} rows")
    return set(codes)


def check_themes(c):
    name = "themes.csv"
    rows = c.load(name, ["key", "name_en", "name_sr_latn", "name_sr_cyrl"])
    if not rows:
        return
    for r in rows:
        if not KEY_RE.match(r["key"]):
            c.error(r["_where"], f"key {r['key']!r} is not snake_case")
        c.check_scripts(r, "name_sr_latn", "name_sr_cyrl")
    c.unique(name, rows, lambda r: r["key"], "key")
    for col in ("name_en", "name_sr_latn", "name_sr_cyrl"):
        c.unique(name, rows, lambda r: r[col].casefold(), col)
    missing = REQUIRED_THEMES - {r["key"] for r in rows}
    if missing:
        c.error(name, f"missing themes {sorted(missing)}")
    c.summary.append(f"{name}: {len(rows)} rows")


def check_organizations(c, country_codes):
    name = "international_organizations.csv"
    rows = c.load(name, ["key", "acronym_en", "name_en", "acronym_sr_latn",
                         "name_sr_latn", "name_sr_cyrl", "country", "website"])
    if not rows:
        return
    for r in rows:
        w = r["_where"]
        if not KEY_RE.match(r["key"]):
            c.error(w, f"key {r['key']!r} is not snake_case")
        c.check_scripts(r, "name_sr_latn", "name_sr_cyrl")
        if country_codes and r["country"] not in country_codes:
            c.error(w, f"country {r['country']!r} is not in countries.csv")
        if not re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(/[^\s,]*)?", r["website"]):
            c.error(w, f"website {r['website']!r} is not an https URL")
    c.unique(name, rows, lambda r: r["key"], "key")
    missing = REQUIRED_ORGS - {r["key"] for r in rows}
    if missing:
        c.error(name, f"missing organizations {sorted(missing)}")
    c.summary.append(f"{name}: {len(rows)} rows")


def main(argv):
    ref_dir = argv[1] if len(argv) > 1 else DEFAULT_DIR
    c = Checker(ref_dir)
    check_local_governments(c)
    codes = check_countries(c)
    check_themes(c)
    check_organizations(c, codes)
    for line in c.summary:
        print(line)
    if c.errors:
        for e in c.errors:
            print("ERROR " + e, file=sys.stderr)
        print(f"{len(c.errors)} problem(s) in {ref_dir}", file=sys.stderr)
        return 1
    print(f"reference data OK ({ref_dir})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
