// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "sortkey.h"
#include "sqlsupport.h"
#include "testsupport.h"
#include "themestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestThemeStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    int m_count = 0;

    // A register of its own for each test: a copy of one made with the reference data.
    std::unique_ptr<Database> fresh(AccessMode access = AccessMode::ReadWrite)
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.db").arg(++m_count));
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the template register");
        return reopen(path, access);
    }

    static std::unique_ptr<Database> reopen(const QString &path, AccessMode access = AccessMode::ReadWrite)
    {
        OpenOptions options;
        options.access = access;
        options.autoBackup = false;
        auto db = Database::open(path, options);
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().toLogString()));
        return db.take();
    }

    static qint64 themeId(const Database &db, const QString &key)
    {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM themes WHERE key = ?"), {key}).value().toLongLong();
    }

    static int themeCount(const Database &db)
    {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM themes")).value().toInt();
    }

    static void exec(const Database &db, const QString &sql, const QVariantList &values = {})
    {
        auto done = Sql::run(db.connection(), sql, values);
        QVERIFY2(done, qPrintable(done.error().toLogString()));
    }

    static Theme newTheme(const QString &en, const QString &latin, const QString &cyrillic = {})
    {
        Theme t;
        t.nameEn = en;
        t.nameSrLatn = latin;
        t.nameSrCyrl = cyrillic;
        return t;
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        QVERIFY(m_dir.isValid());
        m_template = createRegister(m_dir.path(), QStringLiteral("template.db"));
    }

    void listsAllSortedByTheLanguagesName()
    {
        auto db = fresh();
        ThemeStore store(*db);
        // Serbian order: Č comes before D (in code-point order it would come after Z).
        Theme c = newTheme(QStringLiteral("Reading"), QStringLiteral("Čitanje"));
        Theme d = newTheme(QStringLiteral("Beavers"), QStringLiteral("Dabrovi"));
        QVERIFY(store.save(c));
        QVERIFY(store.save(d));
        for (Language language : {Language::SerbianLatin, Language::SerbianCyrillic, Language::English}) {
            auto themes = store.list(language);
            QVERIFY2(themes, qPrintable(themes.error().toLogString()));
            QCOMPARE(themes.value().size(), 37);
            for (int i = 1; i < themes.value().size(); ++i)
                QVERIFY2(SortKey::of(themes.value().at(i - 1).name(language)) <= SortKey::of(themes.value().at(i).name(language)),
                         qPrintable(themes.value().at(i).name(language)));
        }
        const QList<Theme> latin = store.list(Language::SerbianLatin).value();
        int ci = -1, di = -1;
        for (int i = 0; i < latin.size(); ++i) {
            if (latin.at(i).id == c.id)
                ci = i;
            if (latin.at(i).id == d.id)
                di = i;
        }
        QVERIFY(ci >= 0 && di >= 0);
        QVERIFY(ci < di);
        const QList<Theme> english = store.list(Language::English).value();
        QCOMPARE(english.first().nameEn, QStringLiteral("Agriculture and rural development"));
    }

    void getsAThemeWithItsNames()
    {
        auto db = fresh();
        ThemeStore store(*db);
        auto theme = store.get(themeId(*db, QStringLiteral("gender_equality")));
        QVERIFY(theme);
        QCOMPARE(theme.value().key, QStringLiteral("gender_equality"));
        QCOMPARE(theme.value().name(Language::English), QStringLiteral("Gender equality"));
        QCOMPARE(theme.value().name(Language::SerbianLatin), QStringLiteral("Rodna ravnopravnost"));
        QCOMPARE(theme.value().name(Language::SerbianCyrillic), QStringLiteral("Родна равноправност"));
        auto missing = store.get(999999);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    }

    void nameFallsBackAcrossScripts()
    {
        Theme t = newTheme({}, QStringLiteral("Ljudska prava"));
        QCOMPARE(t.name(Language::SerbianCyrillic), QStringLiteral("Људска права"));
        QCOMPARE(t.name(Language::English), QStringLiteral("Ljudska prava"));
        Theme cyr = newTheme(QStringLiteral("Water"), {}, QStringLiteral("Вода"));
        QCOMPARE(cyr.name(Language::SerbianLatin), QStringLiteral("Voda"));
    }

    void savesANewThemeWithTheCyrillicNameDerived()
    {
        auto db = fresh();
        ThemeStore store(*db);
        Theme t = newTheme(QStringLiteral("  Digital transformation "), QStringLiteral("Digitalna transformacija"));
        auto saved = store.save(t);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        QVERIFY(t.id > 0);
        QCOMPARE(t.nameSrCyrl, QStringLiteral("Дигитална трансформација"));
        auto back = store.get(t.id);
        QVERIFY(back);
        QCOMPARE(back.value().nameEn, QStringLiteral("Digital transformation"));
        QCOMPARE(back.value().nameSrCyrl, QStringLiteral("Дигитална трансформација"));
        QVERIFY(Sql::scalar(db->connection(), QStringLiteral("SELECT key FROM themes WHERE id = ?"), {t.id}).value().isNull());

        // An entered Cyrillic name is kept as typed.
        Theme own = newTheme(QStringLiteral("Injection"), QStringLiteral("Injekcija"), QStringLiteral("Инјекција"));
        QVERIFY(store.save(own));
        QCOMPARE(store.get(own.id).value().nameSrCyrl, QStringLiteral("Инјекција"));
    }

    void updatesKeepTheId()
    {
        auto db = fresh();
        ThemeStore store(*db);
        auto theme = store.get(themeId(*db, QStringLiteral("youth")));
        QVERIFY(theme);
        Theme t = theme.value();
        t.nameEn = QStringLiteral("Youth participation");
        const int before = themeCount(*db);
        auto saved = store.save(t);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        QCOMPARE(saved.value(), theme.value().id);
        QCOMPARE(themeCount(*db), before);
        QCOMPARE(store.get(t.id).value().nameEn, QStringLiteral("Youth participation"));
        QCOMPARE(store.get(t.id).value().key, QStringLiteral("youth"));
    }

    void namesAreRequired()
    {
        auto db = fresh();
        ThemeStore store(*db);
        const int before = themeCount(*db);
        Theme noEnglish = newTheme(QStringLiteral("  "), QStringLiteral("Voda"));
        auto refused = store.save(noEnglish);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Invalid);
        QVERIFY(!store.validate(noEnglish).errorFor(QStringLiteral("name_en")).isEmpty());
        Theme noSerbian = newTheme(QStringLiteral("Water"), {});
        QVERIFY(!store.save(noSerbian));
        QVERIFY(!store.validate(noSerbian).errorFor(QStringLiteral("name_sr_latn")).isEmpty());
        QCOMPARE(noSerbian.id, 0);
        QCOMPARE(themeCount(*db), before);
    }

    void duplicateNamesAndKeysAreRefused()
    {
        auto db = fresh();
        ThemeStore store(*db);
        const int before = themeCount(*db);
        // The Serbian name of Gender equality, in another case and without diacritics.
        Theme same = newTheme(QStringLiteral("Equality of genders"), QStringLiteral("RODNA ravnopravnost"));
        QVERIFY(!store.save(same));
        QVERIFY(!store.validate(same).errorFor(QStringLiteral("name_sr_latn")).isEmpty());
        // The English name of Culture typed as another theme's Cyrillic name.
        Theme crossed = newTheme(QStringLiteral("Arts"), QStringLiteral("Umetnost"), QStringLiteral("Culture and the arts"));
        QVERIFY(!store.validate(crossed).errorFor(QStringLiteral("name_sr_cyrl")).isEmpty());
        Theme key = newTheme(QStringLiteral("Water"), QStringLiteral("Voda"));
        key.key = QStringLiteral("youth");
        QVERIFY(!store.validate(key).errorFor(QStringLiteral("key")).isEmpty());
        QVERIFY(!store.save(key));
        QCOMPARE(themeCount(*db), before);
        // A theme keeps its own names when saved again.
        Theme youth = store.get(themeId(*db, QStringLiteral("youth"))).value();
        QVERIFY(store.validate(youth).isClean());
    }

    void removesAnUnusedTheme()
    {
        auto db = fresh();
        ThemeStore store(*db);
        Theme t = newTheme(QStringLiteral("Water"), QStringLiteral("Voda"));
        QVERIFY(store.save(t));
        QCOMPARE(store.usageCount(t.id).value(), 0);
        QVERIFY(store.remove(t.id));
        QCOMPARE(store.get(t.id).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.remove(t.id).error().code(), ErrorCode::NotFound);
    }

    void removalIsRefusedWhileUsed_data()
    {
        QTest::addColumn<QStringList>("statements");
        const QString now = QStringLiteral("'2024-01-01T00:00:00Z'");
        QTest::newRow("partnership") << QStringList{
            QStringLiteral("INSERT INTO partnerships (id, title, kind, status, created_at, updated_at) "
                           "VALUES (1, 'P', 'twinning', 'active', %1, %1)").arg(now),
            QStringLiteral("INSERT INTO partnership_themes (partnership_id, theme_id) VALUES (1, ?)")};
        QTest::newRow("initiative") << QStringList{
            QStringLiteral("INSERT INTO initiatives (id, title, stage, opened_on, created_at, updated_at) "
                           "VALUES (1, 'I', 'received', '2024-01-01', %1, %1)").arg(now),
            QStringLiteral("INSERT INTO initiative_themes (initiative_id, theme_id) VALUES (1, ?)")};
        QTest::newRow("plan priority") << QStringList{
            QStringLiteral("INSERT INTO action_plans (id, year, title, status, created_at, updated_at) "
                           "VALUES (1, 2024, 'A', 'draft', %1, %1)").arg(now),
            QStringLiteral("INSERT INTO plan_priorities (plan_id, theme_id) VALUES (1, ?)")};
        QTest::newRow("plan activity") << QStringList{
            QStringLiteral("INSERT INTO action_plans (id, year, title, status, created_at, updated_at) "
                           "VALUES (1, 2024, 'A', 'draft', %1, %1)").arg(now),
            QStringLiteral("INSERT INTO plan_activities (plan_id, title, theme_id, status) VALUES (1, 'X', ?, 'planned')")};
    }

    void removalIsRefusedWhileUsed()
    {
        QFETCH(QStringList, statements);
        auto db = fresh();
        ThemeStore store(*db);
        const qint64 id = themeId(*db, QStringLiteral("culture"));
        exec(*db, statements.at(0));
        exec(*db, statements.at(1), {id});
        QCOMPARE(store.usageCount(id).value(), 1);
        const int before = themeCount(*db);
        const Status refused = store.remove(id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Invalid);
        QVERIFY2(refused.error().message().contains(QStringLiteral("Kultura i umetnost")), qPrintable(refused.error().message()));
        QVERIFY(refused.error().message().contains(QStringLiteral("cannot be deleted")));
        QCOMPARE(themeCount(*db), before);
        QVERIFY(store.get(id));
    }

    void findsByAnyNameInAnyScript_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("key");
        QTest::newRow("cyrillic") << QStringLiteral("родна равноправност") << QStringLiteral("gender_equality");
        QTest::newRow("latin caps") << QStringLiteral("RODNA Ravnopravnost") << QStringLiteral("gender_equality");
        QTest::newRow("english") << QStringLiteral("gender equality") << QStringLiteral("gender_equality");
        QTest::newRow("no diacritics") << QStringLiteral("Kulturno nasledje") << QStringLiteral("cultural_heritage");
        QTest::newRow("with diacritics") << QStringLiteral("Kulturno nasleđe") << QStringLiteral("cultural_heritage");
        QTest::newRow("spaces") << QStringLiteral("  Mladi ") << QStringLiteral("youth");
        QTest::newRow("unknown") << QStringLiteral("Astronautika") << QString();
        QTest::newRow("partial name") << QStringLiteral("Rodna") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void findsByAnyNameInAnyScript()
    {
        QFETCH(QString, query);
        QFETCH(QString, key);
        auto db = fresh();
        ThemeStore store(*db);
        auto found = store.findByName(query);
        QVERIFY(found);
        if (key.isEmpty()) {
            QVERIFY(!found.value().has_value());
        } else {
            QVERIFY(found.value().has_value());
            QCOMPARE(*found.value(), themeId(*db, key));
        }
    }

    void readOnlyRegisterRefusesChanges()
    {
        QString path;
        qint64 id = 0;
        {
            auto db = fresh();
            path = db->path();
            id = themeId(*db, QStringLiteral("youth"));
        }
        auto db = reopen(path, AccessMode::ReadOnly);
        QVERIFY(db->isReadOnly());
        ThemeStore store(*db);
        Theme t = newTheme(QStringLiteral("Water"), QStringLiteral("Voda"));
        auto saved = store.save(t);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.remove(id).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.list(Language::English).value().size(), 35);
    }
};

QTEST_GUILESS_MAIN(TestThemeStore)
#include "tst_themestore.moc"
