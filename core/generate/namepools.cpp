// SPDX-License-Identifier: GPL-3.0-or-later
#include "namepools.h"

namespace {

QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char('|'));
}

} // namespace

const QStringList &NamePools::serbianGivenNames()
{
    static const QStringList names = split(
        "Aleksandar|Aleksandra|Ana|Andrija|Bojan|Bojana|Branislav|Vesna|Vladimir|Vuk|Goran|Gordana|Dragana|Dragan|"
        "Dušan|Dušica|Đorđe|Đurđa|Željko|Žaklina|Zoran|Zorica|Ivana|Ivan|Jelena|Jovan|Jovana|Katarina|Lazar|Ljiljana|"
        "Ljubomir|Marija|Marko|Milan|Milica|Miloš|Mirjana|Nataša|Nemanja|Nikola|Nevena|Njegoš|Ognjen|Petar|Radmila|"
        "Slobodan|Snežana|Stefan|Tamara|Tijana|Uroš|Ćiril|Filip|Čedomir|Svetlana|Srđan|Dejan|Biljana|Vukašin|Mladen");
    return names;
}

const QStringList &NamePools::serbianSurnames()
{
    static const QStringList names = split(
        "Jovanović|Petrović|Nikolić|Marković|Đorđević|Stojanović|Ilić|Stanković|Pavlović|Milošević|Đukić|Janković|"
        "Todorović|Živković|Savić|Kovačević|Popović|Ristić|Lazić|Tomić|Obradović|Kostić|Mitić|Šćepanović|Lukić|"
        "Vasić|Radovanović|Ćirić|Čolić|Mihajlović|Šarić|Božović|Zdravković|Knežević|Vučković|Grujić|Dželetović|"
        "Ninković|"
        "Ašković|Džunić|Ćosić|Bošnjak|Njegovan|Ljubisavljević|Đurić|Mladenović|Rakić|Filipović|Simić|Žarković");
    return names;
}

const QList<ForeignPool> &NamePools::foreignPools()
{
    static const QList<ForeignPool> pools = {
        {QStringLiteral("FR"), QStringLiteral("Ville de %1"),
         split("Suresnes|Nevers|Lyon|Grenoble|Besançon|Orléans|Nîmes|Montbéliard|Clermont-Ferrand|Saint-Étienne|"
               "Angoulême|"
               "Évry|Châlons-en-Champagne|Béthune|Villeneuve-d'Ascq|Mâcon|Bourg-en-Bresse|Périgueux"),
         split("Jean|Marie|François|Hélène|Amélie|Étienne|Céline|Loïc|Gaëlle|Noël|Benoît|Chloé"),
         split("Dubois|Lefèvre|Moreau|Girard|Bérard|Lemaître|Fournier|Durand|Rousseau|Gauthier|Mercier|Caron")},
        {QStringLiteral("DE"), QStringLiteral("Stadt %1"),
         split("München|Düsseldorf|Würzburg|Lüneburg|Göttingen|Nürnberg|Osnabrück|Tübingen|Fürth|Köln|Regensburg|"
               "Saarbrücken|Lörrach|Gießen|Bad Kreuznach|Kaiserslautern"),
         split("Jürgen|Jörg|Günter|Ursula|Käthe|Björn|Sören|Anja|Matthias|Bärbel|Uwe|Grete"),
         split("Müller|Schäfer|Weiß|Groß|Köhler|Schröder|Krüger|Böhm|Hoffmann|Wagner|Fuchs|Straßer")},
        {QStringLiteral("IT"), QStringLiteral("Comune di %1"),
         split("Bari|Cagliari|Forlì|Cantù|Udine|Trieste|Padova|Lecce|Parma|Ferrara|Perugia|Ancona|Agrigento|Sanremo"),
         split("Giuseppe|Francesca|Niccolò|Lucia|Matteo|Chiara|Alessio|Giulia|Paolo|Sara"),
         split("Rossi|Bianchi|Colombo|Ricci|Esposito|Romano|De Luca|Galli|Fabbri|Mancini")},
        {QStringLiteral("PL"), QStringLiteral("Gmina %1"),
         split(
             "Łódź|Kraków|Wrocław|Gdańsk|Poznań|Białystok|Częstochowa|Bielsko-Biała|Zielona Góra|Rzeszów|Toruń|Łomża"),
         split("Łukasz|Małgorzata|Paweł|Zofia|Wojciech|Agnieszka|Michał|Jolanta|Grzegorz|Dorota"),
         split("Nowak|Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski")},
        {QStringLiteral("SI"), QStringLiteral("Občina %1"),
         split(
             "Ljubljana|Maribor|Celje|Kranj|Koper|Novo mesto|Ptuj|Velenje|Murska Sobota|Škofja Loka|Šentjur|Črnomelj"),
         split("Matej|Špela|Jože|Nuša|Rok|Mojca|Žiga|Urška|Primož|Tjaša"),
         split("Novak|Horvat|Kovačič|Krajnc|Zupančič|Potočnik|Kos|Vidmar|Golob|Turk")},
        {QStringLiteral("HU"), QStringLiteral("%1 Önkormányzata"),
         split(
             "Szeged|Pécs|Győr|Debrecen|Kecskemét|Székesfehérvár|Szombathely|Nyíregyháza|Hódmezővásárhely|Baja|Sopron"),
         split("László|Zsófia|Ádám|Éva|Gábor|Katalin|Péter|Réka|Zoltán|Ildikó"),
         split("Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas")},
        {QStringLiteral("GR"), QStringLiteral("Δήμος %1"),
         split("Θεσσαλονίκη|Πάτρα|Λάρισα|Βόλος|Ιωάννινα|Καβάλα|Σέρρες|Δράμα|Κοζάνη|Χανιά"),
         split("Γιώργος|Μαρία|Νίκος|Ελένη|Δημήτρης|Κατερίνα|Γιάννης|Σοφία"),
         split("Παπαδόπουλος|Γεωργίου|Νικολάου|Οικονόμου|Παπαδάκης|Βασιλείου|Αθανασίου|Μακρής")},
        {QStringLiteral("RU"), QStringLiteral("Администрация города %1"),
         split("Ярославль|Казань|Самара|Тула|Вологда|Кострома|Рязань|Калуга|Тверь|Псков"),
         split("Алексей|Ирина|Дмитрий|Ольга|Сергей|Наталья|Андрей|Екатерина"),
         split("Иванов|Смирнов|Кузнецов|Попов|Соколов|Лебедев|Козлов|Новиков")},
        {QStringLiteral("CZ"), QStringLiteral("Město %1"),
         split(
             "Brno|Plzeň|Ostrava|Olomouc|Liberec|České Budějovice|Hradec Králové|Ústí nad Labem|Pardubice|Zlín|Třebíč"),
         split("Jiří|Tereza|Tomáš|Lucie|Petr|Kateřina|Ondřej|Markéta"),
         split("Novák|Svoboda|Dvořák|Černý|Procházka|Kučera|Veselý|Růžička")},
        {QStringLiteral("NO"), QStringLiteral("%1 kommune"),
         split("Tromsø|Bodø|Ålesund|Drammen|Kristiansand|Stavanger|Lillehammer|Bærum|Hamar|Førde"),
         split("Øystein|Åse|Bjørn|Solveig|Kjetil|Ingrid|Håkon|Sigrid"),
         split("Hansen|Johansen|Olsen|Larsen|Sørensen|Bakken|Løken|Dahl")},
        {QStringLiteral("ES"), QStringLiteral("Ayuntamiento de %1"),
         split("Córdoba|Málaga|Cádiz|León|Logroño|Alcalá de Henares|Cáceres|Jaén|Ávila|Almería|Gijón"),
         split("José|María|Íñigo|Lucía|Jesús|Begoña|Andrés|Ángela"),
         split("García|Fernández|Rodríguez|Martínez|López|Sánchez|Pérez|Gómez|Muñoz|Jiménez")},
        {QStringLiteral("AT"), QStringLiteral("Stadtgemeinde %1"),
         split("Graz|Linz|Salzburg|Klagenfurt|Villach|Wels|Sankt Pölten|Dornbirn|Leoben|Mödling"),
         split("Wolfgang|Brigitte|Günther|Renate|Stefan|Sabine"),
         split("Gruber|Huber|Bauer|Wagner|Pichler|Steiner|Moser|Mayer")},
        {QStringLiteral("TR"), QStringLiteral("%1 Belediyesi"),
         split("Bursa|Eskişehir|İzmir|Kırklareli|Edirne|Çanakkale|Muğla|Şanlıurfa|Tekirdağ|Gaziantep"),
         split("Ahmet|Ayşe|Mehmet|Şule|Oğuz|Gülşen|Çağrı|İpek"),
         split("Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan")},
        {QStringLiteral("CN"), QStringLiteral("%1 Municipal People's Government"),
         split("Chengdu|Harbin|Tianjin|Wuhan|Xi'an|Qingdao|Ningbo|Suzhou|Jinan|Kunming"),
         split("Wei|Fang|Li|Jing|Hao|Min"), split("Wang|Zhang|Liu|Chen|Yang|Zhao")},
        {QStringLiteral("BA"), QStringLiteral("Opština %1"),
         split("Banja Luka|Bijeljina|Trebinje|Doboj|Zvornik|Višegrad|Foča|Prijedor|Tuzla|Mostar"),
         split("Mirza|Dragoljub|Amra|Dženana|Siniša|Aleksa"), split("Hodžić|Kovačević|Savić|Begić|Mehmedović|Đokić")},
        {QStringLiteral("ME"), QStringLiteral("Opština %1"),
         split("Podgorica|Nikšić|Herceg Novi|Bar|Budva|Kotor|Pljevlja|Bijelo Polje|Cetinje|Žabljak"),
         split("Vuksan|Milena|Đorđije|Radmila|Petar|Sanja"),
         split("Vujović|Radulović|Đurović|Šćekić|Bulatović|Vukčević")},
    };
    return pools;
}

const QStringList &NamePools::positions()
{
    static const QStringList words = split(
        "gradonačelnik|zamenica gradonačelnika|predsednik opštine|šef kabineta|savetnica za međunarodnu saradnju|"
        "načelnik gradske uprave|koordinatorka projekata|prevodilac|Mayor|Deputy Mayor|Head of international relations|"
        "Project officer|Chargé de mission|Bürgermeister|Referentin für Städtepartnerschaften|sekretar skupštine");
    return words;
}

const QStringList &NamePools::visitPurposes()
{
    static const QStringList words = split(
        "razmena iskustava u upravljanju otpadom|potpisivanje povelje o bratimljenju|studijska poseta o energetskoj "
        "efikasnosti|konferencija o lokalnom ekonomskom razvoju|saradnja škola i razmena učenika|kulturna "
        "manifestacija "
        "i izložba|obuka o evropskim fondovima|sastanak radne grupe za turizam|Exchange on digital public services|"
        "Study visit on social inclusion of Roma|Rencontre des jumelages européens|Zusammenarbeit im "
        "Katastrophenschutz|"
        "priprema zajedničkog projekta IPA prekogranične saradnje|poseta sajmu poljoprivrede|Municipal climate action "
        "workshop|obeležavanje godišnjice bratimljenja|ženski preduzetnički forum|uređenje obale i zaštita životne "
        "sredine");
    return words;
}

const QStringList &NamePools::timelineEvents()
{
    static const QStringList words = split(
        "Razmena pisama o namerama|Poseta delegacije gradonačelnika|Potpisana povelja o bratimljenju|Zajednička "
        "izložba fotografija|Gostovanje folklornog ansambla|Razmena učenika srednjih škola|Podnet zajednički projektni "
        "predlog|Odobren projekat za finansiranje|Sportski turnir mladih|Donacija medicinske opreme|Seminar o "
        "upravljanju vodama|Obnovljen kontakt posle pauze|Video-konferencija koordinatora|Zajednički nastup na sajmu "
        "turizma|Festival kulture u partnerskom gradu|Humanitarna pomoć posle poplava|Ažuriran akcioni plan|"
        "Jubilarna proslava saradnje");
    return words;
}

const QStringList &NamePools::activityTitles()
{
    static const QStringList words = split(
        "Obuka službenika za evropske fondove|Razmena dobrih praksi u upravljanju otpadom|Studijska poseta o "
        "energetskoj efikasnosti javnih zgrada|Program razmene mladih|Digitalizacija usluga građanima|Podrška "
        "lokalnim preduzetnicama|Zajednička kulturna manifestacija|Unapređenje turističke ponude|Izrada plana "
        "adaptacije na klimatske promene|Obuka za rodno odgovorno budžetiranje|Jačanje mesnih zajednica|Konferencija "
        "o decentralizaciji|Priprema projektne dokumentacije|Unapređenje javnog prevoza|Socijalna inkluzija Roma");
    return words;
}

const QStringList &NamePools::associationWords()
{
    static const QStringList words
        = split("Udruženje građana „%1“|Fondacija %1|Agencija za razvoj %1|Regionalna razvojna agencija %1|"
                "Friends of %1 Association|Comité de jumelage de %1|Partnerschaftsverein %1");
    return words;
}
