#!/usr/bin/env python3
"""Check that user-visible string literals in ui/ and app/ go through tr().

    python3 tools/check_tr_wrapping.py [SOURCE_DIR]
    python3 tools/check_tr_wrapping.py --self-test

A pragmatic rule, not a C++ parser. It looks at string literals (bare, or in
QStringLiteral / QLatin1String / QString::fromUtf8...) that are not inside
tr(), QCoreApplication::translate(), QT_TR_NOOP() or QT_TRANSLATE_NOOP():

- in the arguments of calls that show text: setText, setWindowTitle,
  setToolTip, setPlaceholderText, addAction, addMenu, showMessage, addRow,
  QMessageBox::warning..., the constructors of QLabel, QPushButton, QAction,
  QGroupBox, QMessageBox, QCommandLineOption..., and CliCommand::fail();
  there any literal with a letter is reported, except identifiers such as
  icon names, keys and value names ("document-open", "FILE") and resource
  paths (":/icons/x.svg");
- written to the CLI's streams (out << "...", context.err << "..."): a
  literal with a letter and a space is reported ("saradnja-cli: " is fine).

A line that must stay as it is says why: `// not translated: reason`
(on the line of the literal or of the call).

Prints each finding as FILE:LINE: text and exits 1 if there is any.
Standard library only.
"""

import os
import re
import sys

FOLDERS = ["ui", "app"]
OPT_OUT = "// not translated:"

# Calls whose arguments are shown to the user.
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "addAction", "addMenu", "setTitle", "setLabelText", "showMessage", "setAccessibleName",
    "setAccessibleDescription", "addTab", "insertTab", "setTabText", "setTabToolTip", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addRow", "setWindowIconText",
    "setApplicationDescription", "addPositionalArgument", "setSuffix", "setPrefix", "setSpecialValueText",
    "setInformativeText", "setDetailedText", "setButtonText", "addButton", "setDescription",
    "information", "warning", "critical", "question", "about",
    "getSaveFileName", "getOpenFileName", "getExistingDirectory", "getText", "getItem", "getInt",
    "fail",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "QCommandLinkButton", "QMessageBox", "QCommandLineOption", "QDockWidget", "QTableWidgetItem",
    "QListWidgetItem", "QTreeWidgetItem", "QStandardItem",
}
# Calls whose arguments are translated or are not text.
SKIP_CALLS = {
    "tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TR_N_NOOP", "QT_TRANSLATE_N_NOOP", "qtTrId",
    "QIcon", "fromTheme", "QKeySequence", "setObjectName", "QUrl", "QRegularExpression", "QDate", "QTime",
    "QDateTime", "QColor",
}
STREAMS = {"out", "err", "cout", "cerr"}
# Words a stream may print untranslated: the program's name, punctuation.
TECHNICAL = re.compile(r"^(:/|qrc:)|^[a-z0-9]+([-_.][a-z0-9]+)*$|^[A-Z0-9]+([-_.][A-Za-z0-9]+)*$")
LETTER = re.compile(r"[^\W\d_]")

TOKEN = re.compile(r'''
    (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>(?:u8|u|U|L)?"(?:\\.|[^"\\\n])*")
  | (?P<char>'(?:\\.|[^'\\\n])+')
  | (?P<ident>[A-Za-z_]\w*)
  | (?P<op><<|::|->|[(){}\[\];,.])
  | (?P<other>\S)
''', re.VERBOSE | re.DOTALL)


def tokens(text):
    """(kind, value, line) for each token; comments are dropped."""
    line = 1
    pos = 0
    for match in TOKEN.finditer(text):
        line += text.count("\n", pos, match.start())
        pos = match.start()
        kind = match.lastgroup
        if kind != "comment":
            yield kind, match.group(kind), line


def literal_text(token):
    value = token[token.index('"') + 1:-1]
    return value.encode("utf-8").decode("unicode_escape", errors="ignore") if "\\" in value else value


def shown(text):
    """A literal in a call that shows text: reported if it has a letter and is no identifier."""
    stripped = text.strip()
    return bool(LETTER.search(stripped)) and not TECHNICAL.search(stripped)


def streamed(text):
    """A literal written to a CLI stream: reported if it reads as words."""
    stripped = text.strip().rstrip(":")
    return bool(LETTER.search(stripped)) and " " in stripped and not TECHNICAL.search(stripped)


def matching(toks, i):
    """Index of the token closing the bracket at toks[i]."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j][1] in "([{":
            depth += 1
        elif toks[j][1] in ")]}":
            depth -= 1
            if depth == 0:
                return j
    return len(toks) - 1


def literals_outside_skips(toks, start, end):
    """String literal tokens in toks[start:end] not inside a SKIP_CALLS call."""
    i = start
    while i < end:
        kind, value, line = toks[i]
        if kind == "ident" and value in SKIP_CALLS and i + 1 < end and toks[i + 1][1] == "(":
            i = matching(toks, i + 1) + 1
            continue
        if kind == "string":
            yield toks[i]
        i += 1


def check_text(text):
    """[(line, literal)] of the user-visible literals not wrapped for translation."""
    lines = text.split("\n")
    toks = list(tokens(text))
    findings = []

    def opted_out(*line_numbers):
        return any(OPT_OUT in lines[n - 1] for n in line_numbers if 0 < n <= len(lines))

    i = 0
    while i < len(toks):
        kind, value, line = toks[i]
        # A call that shows text: name(...), new Name(...), Name variable(...).
        if kind == "ident" and value in TEXT_CALLS:
            j = i + 1
            if value[0] == "Q" and j < len(toks) and toks[j][0] == "ident":
                j += 1  # QMessageBox box(...)
            if j < len(toks) and toks[j][1] in "({":
                close = matching(toks, j)
                for _, literal, at in literals_outside_skips(toks, j + 1, close):
                    if shown(literal_text(literal)) and not opted_out(at, line):
                        findings.append((at, literal))
        # A stream: out << ... ;
        if kind == "ident" and value in STREAMS and i + 1 < len(toks) and toks[i + 1][1] == "<<":
            end = i + 1
            while end < len(toks) and toks[end][1] != ";":
                end += 1
            for _, literal, at in literals_outside_skips(toks, i + 1, end):
                if streamed(literal_text(literal)) and not opted_out(at, line):
                    findings.append((at, literal))
            i = end
        i += 1
    return sorted(set(findings))


def check_tree(source_dir):
    findings = []
    for folder in FOLDERS:
        for root, _, files in os.walk(os.path.join(source_dir, folder)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    for line, literal in check_text(f.read()):
                        findings.append(f"{os.path.relpath(path, source_dir)}:{line}: {literal}")
    return findings


SELF_TEST = [
    # (source, number of findings)
    ('label->setText(tr("Saved"));', 0),
    ('label->setText(QStringLiteral("Saved"));', 1),
    ('label->setText("Saved");', 1),
    ('setWindowTitle(QStringLiteral("%1 — Saradnja").arg(name));', 1),
    ('setWindowTitle(tr("%1 — Saradnja").arg(name));', 0),
    ('auto *l = new QLabel(QStringLiteral("Name:"), this);', 1),
    ('auto *l = new QLabel(tr("Name:"), this);', 0),
    ('QMessageBox box(QMessageBox::Warning, QStringLiteral("Oops"), tr("Text"));', 1),
    ('QMessageBox::warning(this, tr("Title"), QLatin1String("Something failed"));', 1),
    ('menu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open"));', 0),
    ('menu->addAction(QStringLiteral("&Open"));', 1),
    ('tool->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));', 0),
    ('label->setText(QStringLiteral("%1 / %2").arg(a).arg(b));', 0),
    ('label->setText(QStringLiteral("Saradnja")); // not translated: the product name', 0),
    ('return fail(context, QStringLiteral("no such file"));', 1),
    ('return fail(context, tr("no such file"));', 0),
    ('return fail(context, opened.error().message());', 0),
    ('context.out << "Integrity: ok" << Qt::endl;', 1),
    ('context.out << tr("Integrity: ok") << Qt::endl;', 0),
    ('err << "saradnja-cli: " << tr("unknown option") << Qt::endl;', 0),
    ('out << QStringLiteral("%1: %2").arg(a).arg(b) << Qt::endl;', 0),
    ('out << QStringLiteral("Records found") << Qt::endl;', 1),
    ('const QCommandLineOption o(QStringLiteral("db"), tr("The register."), QStringLiteral("FILE"));', 0),
    ('const QCommandLineOption o(QStringLiteral("db"), QStringLiteral("The register."), QStringLiteral("FILE"));', 1),
    ('setObjectName(QStringLiteral("Main Window"));', 0),
    ('// label->setText(QStringLiteral("In a comment"));', 0),
    ('label->setText(QStringLiteral("Two\\nlines"));', 1),
    ('QCoreApplication::translate("main", "Saradnja")', 0),
]


def self_test():
    failures = 0
    for source, expected in SELF_TEST:
        found = check_text(source)
        if len(found) != expected:
            failures += 1
            print(f"self-test: expected {expected} finding(s), got {len(found)}: {source}")
    print(f"self-test: {len(SELF_TEST) - failures} of {len(SELF_TEST)} cases behave")
    return 1 if failures else 0


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--self-test":
        return self_test()
    here = os.path.dirname(os.path.abspath(__file__))
    source_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(here, os.pardir))
    findings = check_tree(source_dir)
    for finding in findings:
        print(finding)
    if findings:
        print(f"{len(findings)} user-visible string(s) not wrapped in tr(); wrap them, or say why not "
              f"with `{OPT_OUT} reason` on the line.")
        return 1
    print("every user-visible string literal in " + ", ".join(FOLDERS) + " goes through tr()")
    return 0


if __name__ == "__main__":
    sys.exit(main())
