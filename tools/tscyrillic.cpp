// SPDX-License-Identifier: GPL-3.0-or-later
// saradnja-ts-cyrillic LATIN.ts CYRILLIC.ts
//
// Writes the Serbian Cyrillic catalogue from the Serbian Latin one: the same
// contexts and messages, each translation (and each numerus form) made
// Cyrillic by Transliterator::toCyrillicPreserving, which keeps placeholders,
// acronyms, file names and the like in Latin. Unfinished Latin entries stay
// unfinished. tests/tst_translations checks that the two files agree.
#include "transliterator.h"
#include "tsfile.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: saradnja-ts-cyrillic saradnja_sr_Latn.ts saradnja_sr_Cyrl.ts" << Qt::endl;
        return 2;
    }
    auto latin = TsFile::read(args.at(1));
    if (!latin) {
        err << latin.error().message() << ' ' << latin.error().detail() << Qt::endl;
        return 1;
    }
    TsFile cyrillic = latin.take();
    cyrillic.language = QStringLiteral("sr_Cyrl_RS");
    int messages = 0;
    int unfinished = 0;
    for (TsContext &context : cyrillic.contexts) {
        for (TsMessage &message : context.messages) {
            for (QString &form : message.translations)
                form = Transliterator::toCyrillicPreserving(form);
            ++messages;
            if (!message.translationType.isEmpty())
                ++unfinished;
        }
    }
    if (Status written = cyrillic.write(args.at(2)); !written) {
        err << written.error().message() << ' ' << written.error().detail() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << args.at(2) << ": " << messages << " messages, " << unfinished << " not finished in Latin"
                        << Qt::endl;
    return 0;
}
