#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent RFC 5545 check of a calendar file, for tst_calendar.

Checks CRLF line ends, the 75-octet limit of every physical line, folding,
BEGIN/END nesting and the properties every VEVENT needs; unfolds and
unescapes TEXT values and prints the events as JSON (a list of objects with
the property names as keys). Exits 1 with a message on any violation.
"""
import json
import sys

TEXT = {"SUMMARY", "LOCATION", "DESCRIPTION", "CATEGORIES", "UID"}


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def unescape(value):
    out, i = [], 0
    while i < len(value):
        c = value[i]
        if c == "\\":
            if i + 1 >= len(value):
                fail("dangling backslash")
            n = value[i + 1]
            out.append({"n": "\n", "N": "\n", "\\": "\\", ";": ";", ",": ","}.get(n))
            if out[-1] is None:
                fail("bad escape \\" + n)
            i += 2
        elif c in ";,":
            fail("unescaped %r in a TEXT value" % c)
        else:
            out.append(c)
            i += 1
    return "".join(out)


def main(path):
    data = open(path, "rb").read()
    if not data.endswith(b"\r\n"):
        fail("the file must end with CRLF")
    physical = data[:-2].split(b"\r\n")
    for n, line in enumerate(physical, 1):
        if b"\n" in line or b"\r" in line:
            fail("line %d: a bare CR or LF" % n)
        if len(line) > 75:
            fail("line %d: %d octets, more than 75" % (n, len(line)))
        line.decode("utf-8")  # every physical line is whole UTF-8
    logical = []
    for line in physical:
        if line[:1] in (b" ", b"\t"):
            if not logical:
                fail("a continuation line first")
            logical[-1] += line[1:]
        else:
            logical.append(line)
    stack, events, current = [], [], None
    for raw in logical:
        line = raw.decode("utf-8")
        name_params, sep, value = line.partition(":")
        if not sep:
            fail("no colon in %r" % line)
        name = name_params.split(";")[0].upper()
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                current = {}
        elif name == "END":
            if not stack or stack.pop() != value:
                fail("END:%s does not match" % value)
            if value == "VEVENT":
                for required in ("UID", "DTSTAMP", "DTSTART"):
                    if required not in current:
                        fail("a VEVENT without " + required)
                events.append(current)
                current = None
        elif current is not None:
            current[name] = unescape(value) if name in TEXT else value
    if stack:
        fail("unclosed " + stack[-1])
    print(json.dumps(events, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
