#!/usr/bin/env python3
"""Check that the translation catalogues are complete and up to date.

    python3 tools/check_translations.py LUPDATE [SOURCE_DIR]

For each translations/*.ts: runs lupdate over a copy, with the project's
options (core/CMakeLists.txt), and fails when that changes anything, i.e.
when a source string is missing from the catalogue, or an entry is there that
the sources no longer use, or one still used is marked vanished/obsolete.
Fails too on any entry that is unfinished, vanished or obsolete. The fix is
`ninja update_translations`, translating in Qt Linguist, then
`ninja cyrillic_translation` (see translations/README.md).

Prints each problem and exits 1 if there is any. Standard library only.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_FOLDERS = ["core", "ui", "app", "translations/qtstrings.cpp"]
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-extensions", "cpp,h"]


def messages(path):
    """{(context, source, comment): translation type} of a .ts file."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "missing"
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            result[key] = kind
    return result


def describe(key):
    context, source, comment = key
    text = f'{context} / "{source}"'
    return text + (f" ({comment})" if comment else "")


def check(lupdate, source_dir, ts):
    problems = []
    current = messages(ts)
    for key, kind in sorted(current.items()):
        if kind:
            problems.append(f"{kind}: {describe(key)}")
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copyfile(ts, copy)
        run = subprocess.run([lupdate, *LUPDATE_OPTIONS, *SOURCE_FOLDERS, "-ts", copy],
                             cwd=source_dir, capture_output=True, text=True)
        if run.returncode != 0:
            return problems + [f"lupdate failed: {run.stderr.strip()}"]
        updated = messages(copy)
        for key in sorted(updated.keys() - current.keys()):
            problems.append(f"missing (in the sources, not in the catalogue): {describe(key)}")
        for key in sorted(current.keys() - updated.keys()):
            problems.append(f"not used by the sources any more: {describe(key)}")
        with open(ts, "rb") as a, open(copy, "rb") as b:
            if not problems and a.read() != b.read():
                problems.append("lupdate would rewrite the file (run `ninja update_translations`)")
    return problems


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    lupdate = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    source_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.normpath(os.path.join(here, os.pardir))
    folder = os.path.join(source_dir, "translations")
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".ts"))
    if not files:
        print(f"no .ts files in {folder}")
        return 1
    failed = False
    for ts in files:
        problems = check(lupdate, source_dir, ts)
        name = os.path.relpath(ts, source_dir)
        if problems:
            failed = True
            print(f"{name}: {len(problems)} problem(s)")
            for problem in problems:
                print(f"  {problem}")
        else:
            print(f"{name}: {len(messages(ts))} messages, all translated and up to date")
    if failed:
        print("Fix: ninja update_translations; translate saradnja_sr_Latn.ts in Qt Linguist; "
              "ninja cyrillic_translation (translations/README.md).")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
