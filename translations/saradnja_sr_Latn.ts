<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Saradnja</source>
        <translation>O programu Saradnja</translation>
    </message>
    <message>
        <source>Saradnja icon</source>
        <translation>Ikona programa Saradnja</translation>
    </message>
    <message>
        <source>Saradnja</source>
        <translation>Saradnja</translation>
    </message>
    <message>
        <source>Version %1 · register schema %2</source>
        <translation>Verzija %1 · šema registra %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>The register of the international cooperation of SKGO, the Standing Conference of Towns and Municipalities: town twinnings and other partnerships, cooperation initiatives, delegation visits, agreements, action plans and memberships, with reports in Serbian and English.</source>
        <translation>Registar međunarodne saradnje SKGO, Stalne konferencije gradova i opština: bratimljenja i druga partnerstva, inicijative za saradnju, posete delegacija, sporazumi, akcioni planovi i članstva, sa izveštajima na srpskom i engleskom jeziku.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (%1). It comes with no warranty.</source>
        <translation>Slobodan softver pod licencom GNU General Public License, verzija 3 ili bilo koja kasnija verzija (%1). Dolazi bez ikakve garancije.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenca</translation>
    </message>
</context>
<context>
    <name>ActionPlanEditor</name>
    <message>
        <source>Activities</source>
        <translation>Aktivnosti</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budžet</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Utrošeno</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Napredak</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Dodaj aktivnost</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Ukloni aktivnost</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pomeri nagore</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pomeri nadole</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Totals by theme</source>
        <translation>Ukupno po temama</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Izvor finansiranja</translation>
    </message>
    <message>
        <source>Totals by funding source</source>
        <translation>Ukupno po izvorima finansiranja</translation>
    </message>
    <message>
        <source>No activities yet: add them above with Add activity, and their totals appear here.</source>
        <translation>Još nema aktivnosti: dodajte ih iznad dugmetom Dodaj aktivnost, a njihovi zbirovi pojaviće se ovde.</translation>
    </message>
    <message>
        <source>Start next year&apos;s plan from this one</source>
        <translation>Napravi plan za sledeću godinu na osnovu ovog</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Poništi i&amp;zmene</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>e.g. Action plan with the French Embassy 2026</source>
        <translation>npr. Akcioni plan sa Ambasadom Francuske 2026</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>The embassy, donor or organisation; Latin or Cyrillic</source>
        <translation>Ambasada, donator ili organizacija; latinicom ili ćirilicom</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Datum potpisivanja</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteti</translation>
    </message>
    <message>
        <source>The themes the plan gives priority to.</source>
        <translation>Teme kojima plan daje prioritet.</translation>
    </message>
    <message>
        <source>Type or double-click to edit a cell; Enter keeps the value.</source>
        <translation>Počnite da kucate ili dvaput kliknite da biste izmenili ćeliju; Enter zadržava vrednost.</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Dodaj aktivnost</translation>
    </message>
    <message>
        <source>Move the activity up</source>
        <translation>Pomeri aktivnost nagore</translation>
    </message>
    <message>
        <source>Move the activity down</source>
        <translation>Pomeri aktivnost nadole</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation>Kako se meri uspeh</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>What was achieved</source>
        <translation>Šta je postignuto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>Start next year&apos;s plan</source>
        <translation>Plan za sledeću godinu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Poništi izmene</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Potpis&amp;an:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>&amp;Rezultat:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Godina:</translation>
    </message>
    <message>
        <source>Pri&amp;orities:</source>
        <translation>Pri&amp;oriteti:</translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation>Akti&amp;vnosti</translation>
    </message>
    <message>
        <source>Totals by theme and by funding source (per currency)</source>
        <translation>Ukupno po temama i po izvorima finansiranja (po valutama)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Napo&amp;mene:</translation>
    </message>
    <message>
        <source>Next year:</source>
        <translation>Sledeća godina:</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Red %1, %2: %3</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Nijedna organizacija se ne zove „%1“; izaberite jedan od predloga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ nije datum; unesite ga u obliku D.M.GGGG.</translation>
    </message>
    <message>
        <source>Save the plan first.</source>
        <translation>Najpre sačuvajte plan.</translation>
    </message>
    <message>
        <source>Save or revert the changes first: next year&apos;s plan is copied from the saved plan.</source>
        <translation>Najpre sačuvajte ili poništite izmene: plan za sledeću godinu kopira se iz sačuvanog plana.</translation>
    </message>
    <message>
        <source>Save or revert the changes first.</source>
        <translation>Najpre sačuvajte ili poništite izmene.</translation>
    </message>
    <message>
        <source>Copies this plan to %1: the same partner, priorities and activities, dates a year later, statuses planned and progress reset.</source>
        <translation>Kopira ovaj plan u %1. godinu: isti partner, prioriteti i aktivnosti, datumi pomereni za godinu dana, statusi vraćeni na „planirana“, a napredak na nulu.</translation>
    </message>
</context>
<context>
    <name>ActionPlanStore</name>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>Godina mora biti između %1 i %2.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Choose the partner of the plan.</source>
        <translation>Izaberite partnera u planu.</translation>
    </message>
    <message>
        <source>The partner no longer exists; choose another one.</source>
        <translation>Partner više ne postoji; izaberite drugog.</translation>
    </message>
    <message>
        <source>Choose the status of the plan.</source>
        <translation>Izaberite status plana.</translation>
    </message>
    <message>
        <source>A priority names a theme that no longer exists.</source>
        <translation>Jedan od prioriteta navodi temu koja više ne postoji.</translation>
    </message>
    <message>
        <source>The same activity appears twice in the plan.</source>
        <translation>Ista aktivnost se u planu pojavljuje dva puta.</translation>
    </message>
    <message>
        <source>This partner already has an action plan for %1.</source>
        <translation>Ovaj partner već ima akcioni plan za %1. godinu.</translation>
    </message>
    <message>
        <source>Activity %1 needs a title.</source>
        <translation>Aktivnost br. %1 nema naziv.</translation>
    </message>
    <message>
        <source>Choose the status of activity %1.</source>
        <translation>Izaberite status aktivnosti br. %1.</translation>
    </message>
    <message>
        <source>The theme of activity %1 no longer exists.</source>
        <translation>Tema aktivnosti br. %1 više ne postoji.</translation>
    </message>
    <message>
        <source>Activity %1 belongs to another plan or no longer exists.</source>
        <translation>Aktivnost br. %1 pripada drugom planu ili više ne postoji.</translation>
    </message>
    <message>
        <source>Activity %1 has spent more than its budget.</source>
        <translation>Aktivnost br. %1 je potrošila više od predviđenog budžeta.</translation>
    </message>
    <message>
        <source>The action plan could not be saved.</source>
        <translation>Akcioni plan nije mogao da se sačuva.</translation>
    </message>
    <message>
        <source>The priorities of the plan could not be saved.</source>
        <translation>Prioriteti plana nisu mogli da se sačuvaju.</translation>
    </message>
    <message>
        <source>The activity &quot;%1&quot; could not be saved.</source>
        <translation>Aktivnost „%1“ nije mogla da se sačuva.</translation>
    </message>
    <message>
        <source>The activity &quot;%1&quot; could not be deleted.</source>
        <translation>Aktivnost „%1“ nije mogla da se obriše.</translation>
    </message>
    <message>
        <source>The action plan could not be deleted.</source>
        <translation>Akcioni plan nije mogao da se obriše.</translation>
    </message>
    <message>
        <source>An action plan with %1 for %2 already exists; open it instead of starting a new one.</source>
        <translation>Akcioni plan sa partnerom %1 za %2. godinu već postoji; otvorite njega umesto da pravite novi.</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Bez teme</translation>
    </message>
    <message>
        <source>No funding source</source>
        <translation>Bez izvora finansiranja</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Potpisnik</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Strane</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Dodaj stranu</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Ukloni stranu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodato</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <source>Atta&amp;ch…</source>
        <translation>Pri&amp;loži…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Izv&amp;ezi…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Ukloni dokument</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Poništi i&amp;zmene</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Datum potpisivanja</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Mesto potpisivanja</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Važi od</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Važi do</translation>
    </message>
    <message>
        <source>Leave empty for an agreement without an end date.</source>
        <translation>Ostavite prazno ako sporazum nema rok važenja.</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Istek važenja</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Produženje</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jezici</translation>
    </message>
    <message>
        <source>e.g. sr, fr</source>
        <translation>npr. sr, fr</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerstvo</translation>
    </message>
    <message>
        <source>The partnership it founds, if any; type its title</source>
        <translation>Partnerstvo koje se njime zasniva, ako postoji; upišite njegov naziv</translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation>Organizacija koja se dodaje</translation>
    </message>
    <message>
        <source>Type a name in Latin or Cyrillic</source>
        <translation>Upišite naziv latinicom ili ćirilicom</translation>
    </message>
    <message>
        <source>Signatory of the party</source>
        <translation>Potpisnik u ime strane</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Potpisnik</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Funkcija potpisnika</translation>
    </message>
    <message>
        <source>Position, e.g. Mayor</source>
        <translation>Funkcija, npr. gradonačelnik</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Enter or a double click opens a document.</source>
        <translation>Prevucite datoteke ovde da biste ih priložili. Enter ili dvostruki klik otvara dokument.</translation>
    </message>
    <message>
        <source>About the documents</source>
        <translation>O dokumentima</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Priloži datoteke</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Otvori dokument</translation>
    </message>
    <message>
        <source>Export the document</source>
        <translation>Izvezi dokument</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Ukloni dokument</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>No partnership is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Nijedno partnerstvo se ne zove „%1“; izaberite jedan od predloga.</translation>
    </message>
    <message>
        <source>&amp;in:</source>
        <comment>signed in (a place)</comment>
        <translation>&amp;u mestu:</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <comment>valid until</comment>
        <translation>d&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>&amp;Potpisan:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>Važ&amp;i od:</translation>
    </message>
    <message>
        <source>Rene&amp;wal:</source>
        <translation>Produžen&amp;je:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Jezi&amp;ci:</translation>
    </message>
    <message>
        <source>Pa&amp;rtnership:</source>
        <translation>Pa&amp;rtnerstvo:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>Str&amp;ane:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>Do&amp;kumenti:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Napo&amp;mene:</translation>
    </message>
    <message>
        <source>(partnership %1)</source>
        <translation>(partnerstvo br. %1)</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(organizacija br. %1)</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Nijedna organizacija se ne zove „%1“; izaberite jedan od predloga.</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Ističe danas</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Ističe za %n dan</numerusform>
            <numerusform>Ističe za %n dana</numerusform>
            <numerusform>Ističe za %n dana</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed or in force, and valid only until %1: renew it or record how it ends.</source>
        <translation>Potpisan je ili na snazi, a važi samo do %1: produžite ga ili zabeležite kako se okončava.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ nije datum; unesite ga u obliku D.M.GGGG.</translation>
    </message>
    <message>
        <source>No partnership is called &quot;%1&quot;; choose one of the suggestions or leave it empty.</source>
        <translation>Nijedno partnerstvo se ne zove „%1“; izaberite jedan od predloga ili ostavite polje prazno.</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Release to attach the files to this agreement.</source>
        <translation>Otpustite da biste datoteke priložili ovom sporazumu.</translation>
    </message>
    <message>
        <source>Save the agreement first; then attach its scanned documents here.</source>
        <translation>Najpre sačuvajte sporazum, a zatim ovde priložite njegove skenirane dokumente.</translation>
    </message>
    <message>
        <source>No documents are attached.</source>
        <translation>Nije priložen nijedan dokument.</translation>
    </message>
    <message>
        <source>The register is read-only: documents can be opened and exported.</source>
        <translation>Registar je otvoren samo za čitanje: dokumenti mogu da se otvore i izvezu.</translation>
    </message>
    <message>
        <source>No documents yet. Drag scanned files here, or use Attach… (at most %1 MB each).</source>
        <translation>Još nema dokumenata. Prevucite ovde skenirane datoteke ili upotrebite dugme Priloži… (najviše %1 MB po datoteci).</translation>
    </message>
    <message>
        <source>Drag more files here to attach them (at most %1 MB each).</source>
        <translation>Prevucite ovde još datoteka da biste ih priložili (najviše %1 MB po datoteci).</translation>
    </message>
    <message>
        <source>The register is read-only: documents cannot be attached.</source>
        <translation>Registar je otvoren samo za čitanje: dokumenti ne mogu da se prilože.</translation>
    </message>
    <message>
        <source>Save the agreement first, then attach its documents.</source>
        <translation>Najpre sačuvajte sporazum, a zatim priložite njegove dokumente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: %2</source>
        <translation>Datoteka „%1“ nije priložena: %2</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>Otvoriti program?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a program or a script. Opening it may run it, and it could harm this computer or the register.</source>
        <translation>„%1“ izgleda kao program ili skripta. Otvaranjem može da se pokrene, a to može da naškodi ovom računaru ili registru.</translation>
    </message>
    <message>
        <source>Open it only if you know where it comes from and trust it. To look at it safely, export it instead.</source>
        <translation>Otvorite ga samo ako znate odakle potiče i imate poverenja u njega. Da biste ga bezbedno pregledali, radije ga izvezite.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Ipak otvori</translation>
    </message>
    <message>
        <source>No temporary folder could be made to open the document.</source>
        <translation>Nije mogla da se napravi privremena fascikla za otvaranje dokumenta.</translation>
    </message>
    <message>
        <source>No program on this computer could open &quot;%1&quot;. Export it and open it from there.</source>
        <translation>Nijedan program na ovom računaru ne može da otvori „%1“. Izvezite dokument i otvorite ga sa mesta na koje ste ga izvezli.</translation>
    </message>
    <message>
        <source>The register is read-only: documents cannot be removed.</source>
        <translation>Registar je otvoren samo za čitanje: dokumenti ne mogu da se uklone.</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Prilaganje dokumenata</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt);;All files (*)</source>
        <translation>Skenirani i drugi dokumenti (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Izvoz dokumenta</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the register? Export it first if you still need a copy.</source>
        <translation>Ukloniti „%1“ iz registra? Ako vam je i dalje potrebna kopija, najpre ga izvezite.</translation>
    </message>
</context>
<context>
    <name>AgreementStore</name>
    <message>
        <source>The title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Choose the kind of agreement.</source>
        <translation>Izaberite vrstu sporazuma.</translation>
    </message>
    <message>
        <source>Choose the status of the agreement.</source>
        <translation>Izaberite status sporazuma.</translation>
    </message>
    <message>
        <source>Choose how the agreement is renewed.</source>
        <translation>Izaberite kako se sporazum produžava.</translation>
    </message>
    <message>
        <source>The agreement cannot expire before it takes effect.</source>
        <translation>Sporazum ne može da istekne pre nego što stupi na snagu.</translation>
    </message>
    <message>
        <source>A signed agreement needs the date it was signed.</source>
        <translation>Za potpisan sporazum potreban je datum potpisivanja.</translation>
    </message>
    <message>
        <source>The partnership no longer exists; choose another one.</source>
        <translation>Partnerstvo više ne postoji; izaberite drugo.</translation>
    </message>
    <message>
        <source>Choose the organisation of every party.</source>
        <translation>Izaberite organizaciju za svaku stranu.</translation>
    </message>
    <message>
        <source>An agreement needs at least one party.</source>
        <translation>Sporazum mora imati bar jednu stranu.</translation>
    </message>
    <message>
        <source>An agreement needs at least two different parties.</source>
        <translation>Sporazum mora imati bar dve različite strane.</translation>
    </message>
    <message>
        <source>An organisation is listed more than once among the parties.</source>
        <translation>Ista organizacija je više puta navedena među stranama.</translation>
    </message>
    <message>
        <source>One of the parties no longer exists; choose another organisation.</source>
        <translation>Jedna od strana više ne postoji; izaberite drugu organizaciju.</translation>
    </message>
    <message>
        <source>The agreement could not be saved.</source>
        <translation>Sporazum nije mogao da se sačuva.</translation>
    </message>
    <message>
        <source>The agreement could not be deleted.</source>
        <translation>Sporazum nije mogao da se obriše.</translation>
    </message>
    <message>
        <source>The agreement cannot expire before it was signed.</source>
        <translation>Sporazum ne može da istekne pre nego što je potpisan.</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>write the whole register, attachments included, into one portable archive (export), or build a new register from one (import)</source>
        <translation>upisuje ceo registar, sa prilozima, u jednu prenosivu arhivu (export) ili pravi novi registar iz arhive (import)</translation>
    </message>
    <message>
        <source>export: write the register given by --db into FILE (never overwritten); import: create the register given by --db, which must not exist yet, from FILE.</source>
        <translation>export: upisuje registar zadat sa --db u FILE (postojeća datoteka se nikad ne prepisuje); import: pravi registar zadat sa --db, koji još ne sme da postoji, iz FILE.</translation>
    </message>
    <message>
        <source>The archive (a ZIP file).</source>
        <translation>Arhiva (ZIP datoteka).</translation>
    </message>
    <message>
        <source>use: archive export FILE, or archive import FILE</source>
        <translation>upotreba: archive export FILE ili archive import FILE</translation>
    </message>
    <message>
        <source>Created %1 from the archive (records: %2, attachments: %3).</source>
        <translation>Iz arhive je napravljen %1 (zapisa: %2, priloga: %3).</translation>
    </message>
    <message>
        <source>Archive written to %1 (records: %2, attachments: %3).</source>
        <translation>Arhiva je upisana u %1 (zapisa: %2, priloga: %3).</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>The archive was not written.</source>
        <translation>Arhiva nije upisana.</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not overwritten.</source>
        <translation>Datoteka sa ovim imenom već postoji; nije prepisana.</translation>
    </message>
    <message>
        <source>The archive could not be written: %1</source>
        <translation>Arhiva nije mogla da se upiše: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveFormat</name>
    <message>
        <source>The file is not a Saradnja archive, or it is damaged.</source>
        <translation>Datoteka nije arhiva programa Saradnja ili je oštećena.</translation>
    </message>
</context>
<context>
    <name>ArchiveImport</name>
    <message>
        <source>The archive was made by a newer version of Saradnja. Update Saradnja to read it.</source>
        <translation>Arhivu je napravila novija verzija programa Saradnja. Ažurirajte Saradnju da biste je pročitali.</translation>
    </message>
    <message>
        <source>The archive was made by an older version of Saradnja that this one cannot read.</source>
        <translation>Arhivu je napravila starija verzija programa Saradnja koju ova verzija ne može da pročita.</translation>
    </message>
    <message>
        <source>The archive could not be read into the register.</source>
        <translation>Arhiva nije mogla da se učita u registar.</translation>
    </message>
    <message>
        <source>The archive holds a record this register refuses.</source>
        <translation>Arhiva sadrži zapis koji ovaj registar odbija.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>The archive holds references to records that are not in it; nothing was imported.</source>
        <translation>Arhiva upućuje na zapise koji u njoj ne postoje; ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>The archive could not be opened: %1</source>
        <translation>Arhiva nije mogla da se otvori: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveTransfer</name>
    <message>
        <source>Saradnja archives (*.zip);;All files (*)</source>
        <translation>Arhive programa Saradnja (*.zip);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Export Archive</source>
        <translation>Izvoz arhive</translation>
    </message>
    <message>
        <source>The existing file could not be replaced.</source>
        <translation>Postojeća datoteka nije mogla da se zameni.</translation>
    </message>
    <message>
        <source>Import Archive</source>
        <translation>Uvoz arhive</translation>
    </message>
    <message>
        <source>Save the New Register As</source>
        <translation>Sačuvaj novi registar kao</translation>
    </message>
    <message>
        <source>Saradnja registers (*.saradnja *.db)</source>
        <translation>Registri programa Saradnja (*.saradnja *.db)</translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation>Upisivanje arhive…</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>Čitanje arhive…</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file is too large: attachments can be at most %1 MB.</source>
        <translation>Datoteka je prevelika: prilog može imati najviše %1 MB.</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>Datoteka mora imati ime.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be attached.</source>
        <translation>Datoteka „%1“ nije mogla da se priloži.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Datoteka „%1“ ne postoji.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ nije datoteka.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read.</source>
        <translation>Datoteka „%1“ nije mogla da se pročita.</translation>
    </message>
    <message>
        <source>The attached file &quot;%1&quot; is damaged: its content no longer matches the checksum recorded when it was added. Restore it from a backup.</source>
        <translation>Priložena datoteka „%1“ je oštećena: njen sadržaj se više ne slaže sa kontrolnim zbirom zabeleženim pri dodavanju. Vratite je iz rezervne kopije.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name.</source>
        <translation>„%1“ već postoji; izaberite drugo ime.</translation>
    </message>
    <message>
        <source>The folder for &quot;%1&quot; does not exist.</source>
        <translation>Fascikla za „%1“ ne postoji.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written.</source>
        <translation>„%1“ nije moglo da se upiše.</translation>
    </message>
    <message>
        <source>The attachment could not be deleted.</source>
        <translation>Prilog nije mogao da se obriše.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Otkazano.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>write a consistent, checked copy (default: into the automatic backups folder)</source>
        <translation>pravi proverenu, doslednu kopiju (podrazumevano u fascikli automatskih rezervnih kopija)</translation>
    </message>
    <message>
        <source>Write the copy to FILE instead (never overwritten).</source>
        <translation>Upisuje kopiju u FILE (postojeća datoteka se nikad ne prepisuje).</translation>
    </message>
    <message>
        <source>backup takes no arguments; use --out FILE</source>
        <translation>backup ne prima argumente; koristite --out FILE</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Rezervna kopija je upisana u %1</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backups folder could not be created.</source>
        <translation>Fascikla za rezervne kopije nije mogla da se napravi.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was discarded.</source>
        <translation>Rezervna kopija nije prošla proveru ispravnosti i odbačena je.</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not overwritten.</source>
        <translation>Datoteka sa ovim imenom već postoji; nije prepisana.</translation>
    </message>
    <message>
        <source>The folder for the backup does not exist.</source>
        <translation>Fascikla za rezervnu kopiju ne postoji.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Ova rezervna kopija ne može da se vrati: %1</translation>
    </message>
    <message>
        <source>Nothing was restored, because the current register could not be backed up first.</source>
        <translation>Ništa nije vraćeno, jer prethodno nije mogla da se napravi rezervna kopija trenutnog registra.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dnevna</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Ručna</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Pre vraćanja</translation>
    </message>
    <message>
        <source>Before the upgrade to schema version %1</source>
        <translation>Pre nadogradnje na verziju šeme %1</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>export visits and open tasks with due dates as iCalendar (RFC 5545)</source>
        <translation>izvozi posete i otvorene zadatke sa rokovima u formatu iCalendar (RFC 5545)</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Datoteka .ics u koju se upisuje.</translation>
    </message>
    <message>
        <source>Only events on or after DATE (YYYY-MM-DD or D.M.YYYY.).</source>
        <translation>Samo događaji na dan DATE ili posle njega (YYYY-MM-DD ili D.M.YYYY.).</translation>
    </message>
    <message>
        <source>Only events on or before DATE.</source>
        <translation>Samo događaji na dan DATE ili pre njega.</translation>
    </message>
    <message>
        <source>calendar needs --out FILE.ics</source>
        <translation>calendar zahteva --out FILE.ics</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date</source>
        <translation>--%1: „%2“ nije datum</translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation>Kalendar je upisan u %1</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Visit</source>
        <translation>Poseta</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Zadatak: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Zadužena osoba: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Datoteka kalendara nije mogla da se upiše.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Izvoz kalendara</translation>
    </message>
    <message>
        <source>Visits and open tasks with a due date, as an iCalendar file (.ics) for Outlook, Thunderbird or a phone. Exporting again later updates the same events.</source>
        <translation>Posete i otvoreni zadaci sa rokom, kao datoteka iCalendar (.ics) za Outlook, Thunderbird ili telefon. Ponovnim izvozom kasnije ažuriraju se isti događaji.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez ograničenja</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Izvezi…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>Write dates as D.M.YYYY. (or leave them empty).</source>
        <translation>Unesite datume u obliku D.M.GGGG. (ili ih ostavite prazne).</translation>
    </message>
    <message>
        <source>The first date is after the last.</source>
        <translation>Početni datum je posle krajnjeg.</translation>
    </message>
    <message>
        <source>All dates: every visit and every open task with a due date.</source>
        <translation>Svi datumi: svaka poseta i svaki otvoreni zadatak sa rokom.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>run the full integrity check; print the schema version and record counts</source>
        <translation>pokreće potpunu proveru ispravnosti; ispisuje verziju šeme i broj zapisa</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check ne prima argumente</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Registar: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Saradnja writes %2)</source>
        <translation>Verzija šeme: %1 (ova verzija Saradnje upisuje %2)</translation>
    </message>
    <message>
        <source>Integrity: FAILED</source>
        <translation>Provera ispravnosti: NEUSPEŠNA</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Provera ispravnosti: u redu</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: saradnja-cli [--db FILE] [--lang sr-Latn|sr-Cyrl|en] COMMAND [ARGS] [OPTIONS]</source>
        <translation>Upotreba: saradnja-cli [--db FILE] [--lang sr-Latn|sr-Cyrl|en] KOMANDA [ARGUMENTI] [OPCIJE]</translation>
    </message>
    <message>
        <source>The command-line tool of Saradnja, the international cooperation register of SKGO.</source>
        <translation>Alat za komandnu liniju programa Saradnja, registra međunarodne saradnje SKGO.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komande:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opšte opcije:</translation>
    </message>
    <message>
        <source>the register to use (default: %1)</source>
        <translation>registar sa kojim se radi (podrazumevano: %1)</translation>
    </message>
    <message>
        <source>language of messages: sr-Latn, sr-Cyrl or en (default: en)</source>
        <translation>jezik poruka: sr-Latn, sr-Cyrl ili en (podrazumevano: en)</translation>
    </message>
    <message>
        <source>this help; COMMAND --help describes a command</source>
        <translation>ova pomoć; KOMANDA --help opisuje komandu</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 bad usage.</source>
        <translation>Izlazni kod: 0 uspeh, 1 neuspeh, 2 pogrešna upotreba.</translation>
    </message>
    <message>
        <source>unknown or incomplete option: %1</source>
        <translation>nepoznata ili nepotpuna opcija: %1</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use sr-Latn, sr-Cyrl or en</source>
        <translation>nepoznat jezik „%1“; koristite sr-Latn, sr-Cyrl ili en</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see saradnja-cli --help</source>
        <translation>nepoznata komanda „%1“; pogledajte saradnja-cli --help</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Prikazuje ovu pomoć.</translation>
    </message>
    <message>
        <source>The register to use.</source>
        <translation>Registar sa kojim se radi.</translation>
    </message>
    <message>
        <source>Language: sr-Latn, sr-Cyrl or en.</source>
        <translation>Jezik: sr-Latn, sr-Cyrl ili en.</translation>
    </message>
    <message>
        <source>the version of Saradnja and of the register schema it writes</source>
        <translation>verzija Saradnje i šeme registra koju ona upisuje</translation>
    </message>
</context>
<context>
    <name>Compaction</name>
    <message>
        <source>The register could not be compacted: %1</source>
        <translation>Registar nije mogao da se sažme: %1</translation>
    </message>
    <message>
        <source>%1 It works as it is, and is compacted again at a later opening.</source>
        <translation>%1 Registar radi i ovako, a sažeće se pri nekom kasnijem otvaranju.</translation>
    </message>
</context>
<context>
    <name>CsvCells</name>
    <message>
        <source>the %1 is required</source>
        <translation>nedostaje obavezan podatak u koloni „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD or D.M.YYYY.</source>
        <translation>„%1“ nije datum; pišite YYYY-MM-DD ili D.M.YYYY.</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use one of: %3</source>
        <translation>nepoznata vrednost „%2“ u koloni „%1“; dozvoljene su: %3</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>nepoznata tema „%1“</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>nepoznata država „%1“</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>red %1, kolona %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>red %1: %2</translation>
    </message>
    <message>
        <source>Unknown kind of records &quot;%1&quot;.</source>
        <translation>Nepoznata vrsta zapisa „%1“.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Datoteka je prazna.</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>nepoznata kolona „%1“</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>kolona „%1“ se pojavljuje dva puta</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>nedostaje obavezna kolona „%1“</translation>
    </message>
    <message>
        <source>the line has %1 fields, the header %2</source>
        <translation>broj polja u redu (%1) razlikuje se od broja kolona u zaglavlju (%2)</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is not matched to a column of the file</source>
        <translation>obavezna kolona „%1“ nije pridružena nijednoj koloni datoteke</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Uvoz je otkazan; ništa nije upisano.</translation>
    </message>
    <message>
        <source>the file has no column %1</source>
        <translation>datoteka nema kolonu %1</translation>
    </message>
    <message>
        <source>the column is matched to both &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>kolona je pridružena i koloni „%1“ i koloni „%2“</translation>
    </message>
</context>
<context>
    <name>CsvSource</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use UTF-8, windows-1250 or windows-1251.</source>
        <translation>Nepoznato kodiranje „%1“; koristite UTF-8, windows-1250 ili windows-1251.</translation>
    </message>
    <message>
        <source>The encoding %1 is not available.</source>
        <translation>Kodiranje %1 nije dostupno.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; choose its encoding (windows-1250 or windows-1251).</source>
        <translation>Datoteka nije ispravan UTF-8; navedite njeno kodiranje (windows-1250 ili windows-1251).</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;; use a comma, a semicolon or tab.</source>
        <translation>Nepoznat razdvajač „%1“; koristite zarez, tačku i zarez ili tabulator.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Datoteka nije mogla da se otvori.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Datoteka je veća od %1 MB.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>Datoteka CSV nije mogla da se upiše.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>Upcoming visits (next 60 days)</source>
        <translation>Predstojeće posete (narednih 60 dana)</translation>
    </message>
    <message>
        <source>Partnerships needing care</source>
        <translation>Partnerstva kojima je potrebna pažnja</translation>
    </message>
    <message>
        <source>Agreements expiring (90 days)</source>
        <translation>Sporazumi koji ističu (u roku od 90 dana)</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Zadaci kojima je istekao rok</translation>
    </message>
    <message>
        <source>Open initiatives by stage</source>
        <translation>Otvorene inicijative po fazama</translation>
    </message>
    <message>
        <source>No visits in the next 60 days.</source>
        <translation>Nema poseta u narednih 60 dana.</translation>
    </message>
    <message>
        <source>Every partnership had recent activity.</source>
        <translation>Sva partnerstva su nedavno imala aktivnosti.</translation>
    </message>
    <message>
        <source>No agreement expires soon.</source>
        <translation>Nijedan sporazum ne ističe uskoro.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Nema zadataka kojima je istekao rok.</translation>
    </message>
    <message>
        <source>No open initiatives.</source>
        <translation>Nema otvorenih inicijativa.</translation>
    </message>
    <message>
        <source>Partnerships by country</source>
        <translation>Partnerstva po državama</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>još nema podataka</translation>
    </message>
    <message>
        <source>Visits per year</source>
        <translation>Posete po godinama</translation>
    </message>
    <message>
        <source>Action plan progress by theme (%)</source>
        <translation>Napredak akcionih planova po temama (%)</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>još nema planova</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>reference data</source>
        <translation>referentni podaci</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizacije</translation>
    </message>
    <message>
        <source>people</source>
        <translation>osobe</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>partnerstva</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>sporazumi</translation>
    </message>
    <message>
        <source>action plans</source>
        <translation>akcioni planovi</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>posete</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>prilozi</translation>
    </message>
    <message>
        <source>%1 done in %2 s</source>
        <translation>%1: gotovo za %2 s</translation>
    </message>
    <message>
        <source>The reference data is missing.</source>
        <translation>Nedostaju referentni podaci.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file is an empty database, not a Saradnja register.</source>
        <translation>Datoteka je prazna baza podataka, a ne registar Saradnje.</translation>
    </message>
    <message>
        <source>The file is a database of another program, not a Saradnja register.</source>
        <translation>Datoteka je baza podataka nekog drugog programa, a ne registar Saradnje.</translation>
    </message>
    <message>
        <source>This register was saved by a newer version of Saradnja. Install the newer version to open it; the file was not changed.</source>
        <translation>Ovaj registar je sačuvala novija verzija Saradnje. Instalirajte noviju verziju da biste ga otvorili; datoteka nije menjana.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Datoteka baze podataka je oštećena. Vratite je iz rezervne kopije.</translation>
    </message>
    <message>
        <source>The database holds references to records that no longer exist. Restore it from a backup.</source>
        <translation>Baza podataka upućuje na zapise koji više ne postoje. Vratite je iz rezervne kopije.</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Registar je otvoren samo za čitanje.</translation>
    </message>
    <message>
        <source>The register file is read-only: you can look, but not change anything.</source>
        <translation>Datoteka registra je samo za čitanje: možete da pregledate podatke, ali ne i da ih menjate.</translation>
    </message>
    <message>
        <source>The folder of the register is read-only: you can look, but not change anything.</source>
        <translation>Fascikla registra je samo za čitanje: možete da pregledate podatke, ali ne i da ih menjate.</translation>
    </message>
    <message>
        <source>Another copy of Saradnja (on %1) is editing this register: it is open read-only here.</source>
        <translation>Ovaj registar upravo menja Saradnja na računaru %1: ovde je otvoren samo za čitanje.</translation>
    </message>
    <message>
        <source>Another copy of Saradnja is editing this register: it is open read-only here.</source>
        <translation>Ovaj registar upravo menja druga kopija Saradnje: ovde je otvoren samo za čitanje.</translation>
    </message>
    <message>
        <source>There is no register at this location.</source>
        <translation>Na ovoj lokaciji nema registra.</translation>
    </message>
    <message>
        <source>The file is not a Saradnja database.</source>
        <translation>Datoteka nije baza Saradnje.</translation>
    </message>
    <message>
        <source>The register file could not be read.</source>
        <translation>Datoteka registra nije mogla da se pročita.</translation>
    </message>
    <message>
        <source>The folder of the register does not exist.</source>
        <translation>Fascikla registra ne postoji.</translation>
    </message>
    <message>
        <source>This register is already open in this window.</source>
        <translation>Ovaj registar je već otvoren u ovom prozoru.</translation>
    </message>
    <message>
        <source>The register is on a network drive (%1). Only one person can edit it at a time; keep regular backups.</source>
        <translation>Registar se nalazi na mrežnom disku (%1). Samo jedna osoba istovremeno može da ga menja; redovno pravite rezervne kopije.</translation>
    </message>
    <message>
        <source>The folder for the new register does not exist.</source>
        <translation>Fascikla za novi registar ne postoji.</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not overwritten.</source>
        <translation>Datoteka sa ovim imenom već postoji; nije prepisana.</translation>
    </message>
    <message>
        <source>The folder is read-only; the register cannot be created there.</source>
        <translation>Fascikla je samo za čitanje; u njoj ne može da se napravi registar.</translation>
    </message>
    <message>
        <source>The register file could not be opened.</source>
        <translation>Datoteka registra nije mogla da se otvori.</translation>
    </message>
    <message>
        <source>This register was saved by an older version of Saradnja and must be upgraded, but it is read-only here.</source>
        <translation>Ovaj registar je sačuvala starija verzija Saradnje i mora da se nadogradi, ali je ovde otvoren samo za čitanje.</translation>
    </message>
    <message>
        <source>The register was not upgraded, because the backup before the upgrade failed.</source>
        <translation>Registar nije nadograđen, jer nije uspelo pravljenje rezervne kopije pre nadogradnje.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Automatska rezervna kopija nije uspela: %1</translation>
    </message>
    <message>
        <source>The copy of the register could not be written.</source>
        <translation>Kopija registra nije mogla da se upiše.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Datoteka nije mogla da se otvori.</translation>
    </message>
    <message>
        <source>The backup could not be opened.</source>
        <translation>Rezervna kopija nije mogla da se otvori.</translation>
    </message>
    <message>
        <source>The backup could not be copied.</source>
        <translation>Rezervna kopija nije mogla da se kopira.</translation>
    </message>
    <message>
        <source>The register is still being written; try the restore again.</source>
        <translation>Upis u registar je još u toku; pokušajte ponovo sa vraćanjem.</translation>
    </message>
    <message>
        <source>The register is not open.</source>
        <translation>Registar nije otvoren.</translation>
    </message>
    <message>
        <source>Checking the register… You can look at it now; changes are possible when the check is done.</source>
        <translation>Registar se proverava… Već ga možete pregledati; izmene su moguće kada provera bude gotova.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>D.M.YYYY.</source>
        <translation>D.M.GGGG.</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Izaberite iz kalendara</translation>
    </message>
</context>
<context>
    <name>ErasureNoticeDialog</name>
    <message>
        <source>Personal data erased</source>
        <translation>Lični podaci su izbrisani</translation>
    </message>
    <message>
        <source>The person&apos;s data was erased. If they asked for the erasure, send them this notice:</source>
        <translation>Podaci o osobi su izbrisani. Ako je osoba tražila brisanje, pošaljite joj ovo obaveštenje:</translation>
    </message>
    <message>
        <source>Erasure notice</source>
        <translation>Obaveštenje o brisanju</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Sačuvaj ka&amp;o…</translation>
    </message>
    <message>
        <source>Copy the notice</source>
        <translation>Kopiraj obaveštenje</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Sačuvaj obaveštenje</translation>
    </message>
    <message>
        <source>Save the erasure notice</source>
        <translation>Čuvanje obaveštenja o brisanju</translation>
    </message>
    <message>
        <source>erasure-notice.txt</source>
        <translation>obavestenje-o-brisanju.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstualne datoteke (*.txt)</translation>
    </message>
    <message>
        <source>The notice could not be saved to %1.</source>
        <translation>Obaveštenje nije moglo da se sačuva u %1.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Import CS&amp;V…</source>
        <translation>Uvezi C&amp;SV…</translation>
    </message>
    <message>
        <source>Import organisations, people, partnerships or visits from a CSV file</source>
        <translation>Uvozi organizacije, osobe, partnerstva ili posete iz datoteke CSV</translation>
    </message>
    <message>
        <source>Export &amp;List…</source>
        <translation>Izvezi &amp;listu…</translation>
    </message>
    <message>
        <source>Save the list shown, as filtered and sorted, with its columns, as a CSV file</source>
        <translation>Čuva prikazani spisak, filtriran i sortiran, sa njegovim kolonama, kao datoteku CSV</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Izvezi &amp;kalendar…</translation>
    </message>
    <message>
        <source>Save visits and open tasks as an iCalendar file</source>
        <translation>Čuva posete i otvorene zadatke kao datoteku iCalendar</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 skipped as duplicates.</source>
        <translation>Uvezeno — dodato: %1, ažurirano: %2, preskočeno kao duplikati: %3.</translation>
    </message>
    <message>
        <source>Choose a list in the sidebar first.</source>
        <translation>Najpre izaberite spisak na bočnoj traci.</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Izvoz spiska</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Izvoz spiska…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>Izvezen je %n zapis u %1</numerusform>
            <numerusform>Izvezena su %n zapisa u %1</numerusform>
            <numerusform>Izvezeno je %n zapisa u %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Izvoz kalendara</translation>
    </message>
    <message>
        <source>Saradnja calendar</source>
        <translation>Kalendar Saradnje</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Datoteke iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Izvoz kalendara…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>U %1 je upisan %n događaj</numerusform>
            <numerusform>U %1 su upisana %n događaja</numerusform>
            <numerusform>U %1 je upisano %n događaja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export all records of KIND as UTF-8 CSV with BOM, in the columns import reads</source>
        <translation>izvozi sve zapise vrste KIND u CSV (UTF-8 sa BOM), sa kolonama koje čita import</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Datoteka u koju se upisuje.</translation>
    </message>
    <message>
        <source>export needs KIND and FILE.csv</source>
        <translation>export zahteva KIND i FILE.csv</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of: %2</source>
        <translation>nepoznata vrsta „%1“; koristite jednu od: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Izvezeno u %1</translation>
    </message>
</context>
<context>
    <name>FileSync</name>
    <message>
        <source>A file could not be replaced.</source>
        <translation>Datoteka nije mogla da se zameni.</translation>
    </message>
    <message>
        <source>The file already exists; it was not overwritten.</source>
        <translation>Datoteka već postoji; nije prepisana.</translation>
    </message>
    <message>
        <source>A file could not be moved into place.</source>
        <translation>Datoteka nije mogla da se premesti na svoje mesto.</translation>
    </message>
    <message>
        <source>A file could not be written to disk.</source>
        <translation>Datoteka nije mogla da se upiše na disk.</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>write a new register of generated data: small (the example data), medium or large</source>
        <translation>upisuje novi registar sa generisanim podacima: small (primeri podataka), medium ili large</translation>
    </message>
    <message>
        <source>small, medium or large</source>
        <translation>small, medium ili large</translation>
    </message>
    <message>
        <source>Divide every count of the size by N.</source>
        <translation>Deli svaki broj zapisa za datu veličinu sa N.</translation>
    </message>
    <message>
        <source>generate needs one size: small, medium or large</source>
        <translation>generate zahteva jednu veličinu: small, medium ili large</translation>
    </message>
    <message>
        <source>--divisor needs a whole number of at least 1</source>
        <translation>--divisor zahteva ceo broj, najmanje 1</translation>
    </message>
    <message>
        <source>unknown size &quot;%1&quot;; use small, medium or large</source>
        <translation>nepoznata veličina „%1“; koristite small, medium ili large</translation>
    </message>
    <message>
        <source>%1 already exists; generate writes a new register only</source>
        <translation>%1 već postoji; generate upisuje samo novi registar</translation>
    </message>
    <message>
        <source>Created %1 (%2, schema version %3) in %4 s.</source>
        <translation>Napravljen je registar %1 (%2, verzija šeme %3) za %4 s.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation>Pretraga celog registra</translation>
    </message>
    <message>
        <source>Search partnerships, visits, people, organisations… in either script</source>
        <translation>Pretražite partnerstva, posete, osobe, organizacije… latinicom ili ćirilicom</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pretraga</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Rezultati pretrage</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ za izbor, Enter za otvaranje, Esc za zatvaranje</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>&amp;Update records that already exist with the file&apos;s values</source>
        <translation>&amp;Ažuriraj postojeće zapise vrednostima iz datoteke</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Provera datoteke</translation>
    </message>
    <message>
        <source>Nothing is imported until every row is correct; then all rows are imported at once, or none.</source>
        <translation>Ništa se ne uvozi dok svi redovi ne budu ispravni; tada se svi redovi uvoze odjednom ili nijedan.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Uvezi</translation>
    </message>
    <message>
        <source>Update existing records</source>
        <translation>Ažuriraj postojeće zapise</translation>
    </message>
    <message>
        <source>Without this, rows that match a record already in the register are skipped as duplicates.</source>
        <translation>Bez ove opcije, redovi koji odgovaraju zapisu koji već postoji u registru preskaču se kao duplikati.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Provera svih redova…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Datoteka nije mogla da se pročita.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Correct the file (or the choices of the earlier steps) and check again; nothing can be imported until the file is clean.</source>
        <translation>
            <numerusform>Pronađen je %n problem. Ispravite datoteku (ili izbor u prethodnim koracima) i ponovo pokrenite proveru; ništa ne može da se uveze dok datoteka ne bude ispravna.</numerusform>
            <numerusform>Pronađena su %n problema. Ispravite datoteku (ili izbor u prethodnim koracima) i ponovo pokrenite proveru; ništa ne može da se uveze dok datoteka ne bude ispravna.</numerusform>
            <numerusform>Pronađeno je %n problema. Ispravite datoteku (ili izbor u prethodnim koracima) i ponovo pokrenite proveru; ništa ne može da se uveze dok datoteka ne bude ispravna.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is clean: %1 would be added, %2 updated, %3 skipped as duplicates.</source>
        <translation>Datoteka je ispravna — biće dodato: %1, ažurirano: %2, preskočeno kao duplikati: %3.</translation>
    </message>
    <message>
        <source>The register is open read-only, so nothing can be imported: %1</source>
        <translation>Registar je otvoren samo za čitanje, pa ništa ne može da se uveze: %1</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>Naziv na ćirilici</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veb-sajt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jezici</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Završetak</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teme</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Datum početka</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Datum završetka</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Domaćin</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gosti</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Svrha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ishod</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerstva</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Posete</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import rows of KIND from a CSV file: all rows or none</source>
        <translation>uvozi redove vrste KIND iz datoteke CSV: sve redove ili nijedan</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Datoteka koja se uvozi.</translation>
    </message>
    <message>
        <source>UTF-8, windows-1250 or windows-1251 (default: detected).</source>
        <translation>UTF-8, windows-1250 ili windows-1251 (podrazumevano: automatsko prepoznavanje).</translation>
    </message>
    <message>
        <source>&quot;,&quot;, &quot;;&quot; or &quot;tab&quot; (default: detected).</source>
        <translation>&quot;,&quot;, &quot;;&quot; ili &quot;tab&quot; (podrazumevano: automatsko prepoznavanje).</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>Proverava datoteku i izveštava, ali ništa ne upisuje.</translation>
    </message>
    <message>
        <source>Update records that already exist instead of skipping them.</source>
        <translation>Ažurira postojeće zapise umesto da ih preskoči.</translation>
    </message>
    <message>
        <source>import needs KIND and FILE.csv</source>
        <translation>import zahteva KIND i FILE.csv</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of: %2</source>
        <translation>nepoznata vrsta „%1“; koristite jednu od: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>Pronađen je %n problem; ništa nije uvezeno.</numerusform>
            <numerusform>Pronađena su %n problema; ništa nije uvezeno.</numerusform>
            <numerusform>Pronađeno je %n problema; ništa nije uvezeno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation>Probno, ništa nije upisano: </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped as duplicates.</source>
        <translation>dodato: %1, ažurirano: %2, preskočeno kao duplikati: %3.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Pridruživanje kolona</translation>
    </message>
    <message>
        <source>For each column Saradnja imports, choose the column of the file that holds it. Columns in bold are required; file columns chosen for none are not imported.</source>
        <translation>Za svaku kolonu koju Saradnja uvozi izaberite kolonu datoteke koja je sadrži. Kolone napisane podebljano su obavezne; kolone datoteke koje nisu izabrane ni za jednu kolonu ne uvoze se.</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Uvozi se kao</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Kolona datoteke</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Prvi red</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Column of the file for %1</source>
        <translation>Kolona datoteke za %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ne uvozi se)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Choose a column of the file for: %1.</source>
        <translation>Izaberite kolonu datoteke za: %1.</translation>
    </message>
    <message>
        <source>Column %1 of the file is chosen for more than one: %2.</source>
        <translation>Kolona %1 datoteke izabrana je za više kolona: %2.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>Provera čitanja datoteke</translation>
    </message>
    <message>
        <source>The encoding and the delimiter were detected. If letters or columns look wrong below, choose others.</source>
        <translation>Kodiranje i razdvajač su automatski prepoznati. Ako slova ili kolone u pregledu ispod izgledaju pogrešno, izaberite druge.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1250 (Latin)</source>
        <translation>Windows-1250 (latinica)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (ćirilica)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodiranje</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Zarez ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Tačka i zarez ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Razdvajač</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodiranje:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Razdvajač:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Čitanje datoteke…</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 sa BOM</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 bez BOM</translation>
    </message>
    <message>
        <source>Detected: %1, %2.</source>
        <translation>Prepoznato: %1, %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Datoteka je prazna.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file; the first %1 are shown (the numbers are the file&apos;s lines).</source>
        <translation>
            <numerusform>Datoteka ima %n red; prikazano je prvih %1 (brojevi označavaju redove u datoteci).</numerusform>
            <numerusform>Datoteka ima %n reda; prikazano je prvih %1 (brojevi označavaju redove u datoteci).</numerusform>
            <numerusform>Datoteka ima %n redova; prikazano je prvih %1 (brojevi označavaju redove u datoteci).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file (the numbers are the file&apos;s lines).</source>
        <translation>
            <numerusform>Datoteka ima %n red (brojevi označavaju redove u datoteci).</numerusform>
            <numerusform>Datoteka ima %n reda (brojevi označavaju redove u datoteci).</numerusform>
            <numerusform>Datoteka ima %n redova (brojevi označavaju redove u datoteci).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>All rows are written in one step: if anything fails, or you cancel, nothing is written.</source>
        <translation>Svi redovi se upisuju u jednom koraku: ako nešto ne uspe ili otkažete uvoz, ništa se ne upisuje.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Napredak</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Uvoz: %1…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n row(s)…</source>
        <translation>
            <numerusform>Upisuje se %n red…</numerusform>
            <numerusform>Upisuju se %n reda…</numerusform>
            <numerusform>Upisuje se %n redova…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>Provera reda %1 od %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Otkazivanje…</translation>
    </message>
    <message>
        <source>The import failed; nothing was written. %1</source>
        <translation>Uvoz nije uspeo; ništa nije upisano. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported. The first: %1</source>
        <translation>
            <numerusform>Pronađen je %n problem; ništa nije uvezeno. Prvi: %1</numerusform>
            <numerusform>Pronađena su %n problema; ništa nije uvezeno. Prvi: %1</numerusform>
            <numerusform>Pronađeno je %n problema; ništa nije uvezeno. Prvi: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 added, %2 updated, %3 skipped as duplicates.</source>
        <translation>Gotovo — dodato: %1, ažurirano: %2, preskočeno kao duplikati: %3.</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>What to import</source>
        <translation>Šta se uvozi</translation>
    </message>
    <message>
        <source>Choose the kind of records and the CSV file that holds them (as Excel or LibreOffice save it).</source>
        <translation>Izaberite vrstu zapisa i datoteku CSV koja ih sadrži (onakvu kakvu je čuvaju Excel ili LibreOffice).</translation>
    </message>
    <message>
        <source>Kind of records</source>
        <translation>Vrsta zapisa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>A .csv file</source>
        <translation>Datoteka .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pregledaj…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Zapisi:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <source>The file&apos;s first line names its columns. Columns of %1: %2 (* required). Columns named otherwise can be matched in a later step.</source>
        <translation>Prvi red datoteke sadrži nazive kolona. Kolone za %1: %2 (* označava obaveznu). Kolone sa drugačijim nazivima mogu se pridružiti u jednom od sledećih koraka.</translation>
    </message>
    <message>
        <source>Import from a CSV File</source>
        <translation>Uvoz iz datoteke CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Datoteke CSV (*.csv *.txt);;Sve datoteke (*)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a CSV File</source>
        <translation>Uvoz iz datoteke CSV</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalje &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Nazad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zatvori</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Uvezi</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>create a new register with the reference data (--sample adds the example data)</source>
        <translation>pravi novi registar sa referentnim podacima (--sample dodaje i primere)</translation>
    </message>
    <message>
        <source>Also add the example data.</source>
        <translation>Dodaje i primere podataka.</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init ne prima argumente</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation>Napravljen je registar %1 (verzija šeme %2).</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>&amp;Next stage</source>
        <translation>S&amp;ledeća faza</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Istorija faza</translation>
    </message>
    <message>
        <source>Remove country</source>
        <translation>Ukloni državu</translation>
    </message>
    <message>
        <source>A&amp;dd as candidate</source>
        <translation>Doda&amp;j kao kandidata</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidati</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Ukloni kandidata</translation>
    </message>
    <message>
        <source>&amp;Turn into partnership</source>
        <translation>Pretvori &amp;u partnerstvo</translation>
    </message>
    <message>
        <source>Open partnership</source>
        <translation>Otvori partnerstvo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Poništi iz&amp;mene</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Bilo koja vrsta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Podnosilac</translation>
    </message>
    <message>
        <source>Type a name in Latin or Cyrillic</source>
        <translation>Upišite naziv latinicom ili ćirilicom</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>Zaduženi zaposleni</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Datum pokretanja</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Datum zatvaranja</translation>
    </message>
    <message>
        <source>Set when the initiative reaches a closed stage; empty while it is open.</source>
        <translation>Upisuje se kada inicijativa dospe u završnu fazu; dok je otvorena, polje je prazno.</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Prelazak u sledeću fazu</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Dana u fazi</translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation>Država koja se dodaje</translation>
    </message>
    <message>
        <source>Type a country, Enter adds it</source>
        <translation>Upišite državu; Enter je dodaje</translation>
    </message>
    <message>
        <source>Countries sought</source>
        <translation>Tražene države</translation>
    </message>
    <message>
        <source>Delete removes the selected country.</source>
        <translation>Taster Delete uklanja izabranu državu.</translation>
    </message>
    <message>
        <source>Themes sought</source>
        <translation>Tražene teme</translation>
    </message>
    <message>
        <source>Kind sought</source>
        <translation>Tražena vrsta partnerstva</translation>
    </message>
    <message>
        <source>Size sought</source>
        <translation>Tražena veličina</translation>
    </message>
    <message>
        <source>e.g. 10,000–30,000 inhabitants</source>
        <translation>npr. 10.000–30.000 stanovnika</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Suggested partners</source>
        <translation>Predloženi partneri</translation>
    </message>
    <message>
        <source>Organisations of the countries sought, with partnerships on the themes sought, that are not yet partners of the requester. Double-click adds one.</source>
        <translation>Organizacije iz traženih država koje imaju partnerstva na traženim temama, a još nisu partneri podnosioca. Dvostruki klik dodaje organizaciju kao kandidata.</translation>
    </message>
    <message>
        <source>About the suggestions</source>
        <translation>O predlozima</translation>
    </message>
    <message>
        <source>Add as candidate</source>
        <translation>Dodaj kao kandidata</translation>
    </message>
    <message>
        <source>Turn into partnership</source>
        <translation>Pretvori u partnerstvo</translation>
    </message>
    <message>
        <source>Candidate to add</source>
        <translation>Kandidat koji se dodaje</translation>
    </message>
    <message>
        <source>Add another organisation</source>
        <translation>Dodajte još neku organizaciju</translation>
    </message>
    <message>
        <source>Resulting partnership</source>
        <translation>Partnerstvo nastalo iz inicijative</translation>
    </message>
    <message>
        <source>Creates the partnership between the requester and the selected candidate, on the themes sought, and links it to this initiative.</source>
        <translation>Zasniva partnerstvo između podnosioca i izabranog kandidata, na traženim temama, i povezuje ga sa ovom inicijativom.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Nijedna organizacija se ne zove „%1“; izaberite jedan od predloga.</translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation>Z&amp;atvorena:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Izvor:</translation>
    </message>
    <message>
        <source>Re&amp;quested by:</source>
        <translation>&amp;Podnosilac:</translation>
    </message>
    <message>
        <source>Staff in c&amp;harge:</source>
        <translation>&amp;Zaduženi:</translation>
    </message>
    <message>
        <source>O&amp;pened:</source>
        <translation>Pok&amp;renuta:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>&amp;Faza:</translation>
    </message>
    <message>
        <source>In this stage:</source>
        <translation>U ovoj fazi:</translation>
    </message>
    <message>
        <source>Stage history:</source>
        <translation>Istorija faza:</translation>
    </message>
    <message>
        <source>Co&amp;untries sought:</source>
        <translation>Tražene &amp;države:</translation>
    </message>
    <message>
        <source>Th&amp;emes sought:</source>
        <translation>Tražene t&amp;eme:</translation>
    </message>
    <message>
        <source>&amp;Kind sought:</source>
        <translation>Tražena &amp;vrsta:</translation>
    </message>
    <message>
        <source>Si&amp;ze sought:</source>
        <translation>&amp;Tražena veličina:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>Suggested partners:</source>
        <translation>Predloženi partneri:</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>&amp;Kandidati:</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Partnerstvo:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Napomene:</translation>
    </message>
    <message>
        <source>The initiative is closed.</source>
        <translation>Inicijativa je zatvorena.</translation>
    </message>
    <message>
        <source>Moves the initiative to &quot;%1&quot;, dated today.</source>
        <translation>Prebacuje inicijativu u fazu „%1“, sa današnjim datumom.</translation>
    </message>
    <message>
        <source>A new initiative starts in its stage when saved.</source>
        <translation>Nova inicijativa počinje u izabranoj fazi kada se sačuva.</translation>
    </message>
    <message>
        <source>The new stage is recorded, dated today, when you save.</source>
        <translation>Nova faza se beleži sa današnjim datumom kada sačuvate izmene.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), since %1</source>
        <translation>
            <numerusform>%n dan, od %1</numerusform>
            <numerusform>%n dana, od %1</numerusform>
            <numerusform>%n dana, od %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnership %1</source>
        <translation>Partnerstvo br. %1</translation>
    </message>
    <message>
        <source>Possible once the stage is &quot;%1&quot;.</source>
        <translation>Moguće kada inicijativa dođe u fazu „%1“.</translation>
    </message>
    <message>
        <source>Save the changes first.</source>
        <translation>Najpre sačuvajte izmene.</translation>
    </message>
    <message>
        <source>Add the partner as a candidate first.</source>
        <translation>Najpre dodajte partnera kao kandidata.</translation>
    </message>
    <message>
        <source>Select the partner among the candidates.</source>
        <translation>Izaberite partnera među kandidatima.</translation>
    </message>
    <message>
        <source>The agreement is signed: the initiative can become a partnership.</source>
        <translation>Sporazum je potpisan: inicijativa može da preraste u partnerstvo.</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(organizacija br. %1)</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
    <message>
        <source>Add the countries sought to see organisations there worth proposing.</source>
        <translation>Dodajte tražene države da biste videli organizacije iz njih koje vredi predložiti.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No other organisation in the countries sought.</source>
        <translation>U traženim državama nema drugih organizacija.</translation>
    </message>
    <message>
        <source>No organisation in the countries sought has a partnership on the themes sought, apart from the candidates and the requester&apos;s partners.</source>
        <translation>Nijedna organizacija iz traženih država, osim kandidata i partnera podnosioca, nema partnerstvo na traženim temama.</translation>
    </message>
    <message>
        <source>The requesting organisation cannot be its own candidate.</source>
        <translation>Organizacija podnosilac ne može biti sopstveni kandidat.</translation>
    </message>
    <message>
        <source>No country is called &quot;%1&quot;.</source>
        <translation>Nijedna država se ne zove „%1“.</translation>
    </message>
    <message>
        <source>Partnership created</source>
        <translation>Partnerstvo je napravljeno</translation>
    </message>
    <message>
        <source>The partnership &quot;%1&quot; was created from this initiative. Open it now?</source>
        <translation>Iz ove inicijative napravljeno je partnerstvo „%1“. Da li želite da ga sada otvorite?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ nije datum; unesite ga u obliku D.M.GGGG.</translation>
    </message>
</context>
<context>
    <name>InitiativePipeline</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n dan u fazi</numerusform>
            <numerusform>%n dana u fazi</numerusform>
            <numerusform>%n dana u fazi</numerusform>
        </translation>
    </message>
    <message>
        <source>Initiatives in stage %1</source>
        <translation>Inicijative u fazi „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n day(s) in stage</source>
        <translation>
            <numerusform>%1, %2, %n dan u fazi</numerusform>
            <numerusform>%1, %2, %n dana u fazi</numerusform>
            <numerusform>%1, %2, %n dana u fazi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
%n day(s) in stage</source>
        <translation>
            <numerusform>%1
%2
%n dan u fazi</numerusform>
            <numerusform>%1
%2
%n dana u fazi</numerusform>
            <numerusform>%1
%2
%n dana u fazi</numerusform>
        </translation>
    </message>
    <message>
        <source>No initiative</source>
        <translation>Nema inicijativa</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the list below</source>
        <translation>
            <numerusform>Još %n na spisku ispod</numerusform>
            <numerusform>Još %n na spisku ispod</numerusform>
            <numerusform>Još %n na spisku ispod</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>InitiativeStore</name>
    <message>
        <source>The title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Choose the organisation that asked for a partner.</source>
        <translation>Izaberite organizaciju koja traži partnera.</translation>
    </message>
    <message>
        <source>Choose where the initiative comes from.</source>
        <translation>Izaberite odakle dolazi inicijativa.</translation>
    </message>
    <message>
        <source>Choose the stage of the initiative.</source>
        <translation>Izaberite fazu inicijative.</translation>
    </message>
    <message>
        <source>Choose the kind of partnership sought.</source>
        <translation>Izaberite vrstu partnerstva koja se traži.</translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation>Datum pokretanja</translation>
    </message>
    <message>
        <source>Every stage change needs a known stage and a date.</source>
        <translation>Za svaku promenu faze potrebni su poznata faza i datum.</translation>
    </message>
    <message>
        <source>The requesting organisation no longer exists.</source>
        <translation>Organizacija podnosilac više ne postoji.</translation>
    </message>
    <message>
        <source>The resulting partnership no longer exists.</source>
        <translation>Partnerstvo nastalo iz inicijative više ne postoji.</translation>
    </message>
    <message>
        <source>Every country sought must be a known ISO 3166 country code.</source>
        <translation>Svaka tražena država mora biti navedena poznatim kodom ISO 3166.</translation>
    </message>
    <message>
        <source>A theme sought no longer exists.</source>
        <translation>Jedna od traženih tema više ne postoji.</translation>
    </message>
    <message>
        <source>An organisation is listed twice as a candidate.</source>
        <translation>Ista organizacija je dva puta navedena kao kandidat.</translation>
    </message>
    <message>
        <source>A candidate organisation no longer exists.</source>
        <translation>Jedna od organizacija kandidata više ne postoji.</translation>
    </message>
    <message>
        <source>The requesting organisation cannot be its own candidate.</source>
        <translation>Organizacija podnosilac ne može biti sopstveni kandidat.</translation>
    </message>
    <message>
        <source>The initiative could not be saved.</source>
        <translation>Inicijativa nije mogla da se sačuva.</translation>
    </message>
    <message>
        <source>The initiative could not be deleted.</source>
        <translation>Inicijativa nije mogla da se obriše.</translation>
    </message>
    <message>
        <source>The initiative is closed; it has no next stage.</source>
        <translation>Inicijativa je zatvorena; nema sledeće faze.</translation>
    </message>
    <message>
        <source>Only an initiative whose agreement is signed can become a partnership.</source>
        <translation>Samo inicijativa čiji je sporazum potpisan može da preraste u partnerstvo.</translation>
    </message>
    <message>
        <source>The initiative has already become a partnership.</source>
        <translation>Inicijativa je već prerasla u partnerstvo.</translation>
    </message>
    <message>
        <source>Choose the partner among the candidates.</source>
        <translation>Izaberite partnera među kandidatima.</translation>
    </message>
    <message>
        <source>Established from the initiative &quot;%1&quot;.</source>
        <translation>Nastalo iz inicijative „%1“.</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Potpisan sporazum</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>&amp;Novi registar…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otvori…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ne&amp;davno otvoreni</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Napravi &amp;rezervnu kopiju</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>&amp;Vrati iz rezervne kopije…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation>Otvaranje registra</translation>
    </message>
    <message>
        <source>Saradnja</source>
        <translation>Saradnja</translation>
    </message>
    <message>
        <source>%1 — Saradnja</source>
        <translation>%1 — Saradnja</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>Novi registar</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Pravljenje rezervne kopije</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Rezervna kopija je upisana u %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Vraćanje iz rezervne kopije</translation>
    </message>
    <message>
        <source>Replace the register with the backup &quot;%1&quot;? The current contents are backed up first.</source>
        <translation>Zameniti registar rezervnom kopijom „%1“? Pre toga se pravi rezervna kopija trenutnog sadržaja.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Odeljci</translation>
    </message>
    <message>
        <source>Register and backups</source>
        <translation>Registar i rezervne kopije</translation>
    </message>
    <message>
        <source>The record could not be shown.</source>
        <translation>Zapis nije mogao da se prikaže.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Uređivanje</translation>
    </message>
    <message>
        <source>&amp;Filter This List</source>
        <translation>&amp;Filtriraj ovaj spisak</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Pretraži ceo registar…</translation>
    </message>
    <message>
        <source>New &amp;Record</source>
        <translation>Novi &amp;zapis</translation>
    </message>
    <message>
        <source>&amp;Save Record</source>
        <translation>&amp;Sačuvaj zapis</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Idi</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Podešavanja…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Izveštaji…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Opozovi %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ponovi %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Opozivanje</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Pravljenje rezervne kopije registra…</translation>
    </message>
    <message>
        <source>Saradnja registers (*.saradnja *.db);;All files (*)</source>
        <translation>Registri Saradnje (*.saradnja *.db);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoć</translation>
    </message>
    <message>
        <source>&amp;About Saradnja</source>
        <translation>&amp;O programu Saradnja</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt-u</translation>
    </message>
    <message>
        <source>Archive written to %1</source>
        <translation>Arhiva je upisana u %1</translation>
    </message>
    <message>
        <source>E&amp;xport Archive…</source>
        <translation>Izvezi &amp;arhivu…</translation>
    </message>
    <message>
        <source>&amp;Import Archive…</source>
        <translation>&amp;Uvezi arhivu…</translation>
    </message>
    <message>
        <source>Upgrading the register for this version of Saradnja. A backup is made first…</source>
        <translation>Registar se nadograđuje za ovu verziju Saradnje. Prvo se pravi rezervna kopija…</translation>
    </message>
    <message>
        <source>Co&amp;mpact Register</source>
        <translation>&amp;Sažmi registar</translation>
    </message>
    <message>
        <source>Compact Register</source>
        <translation>Sažimanje registra</translation>
    </message>
    <message>
        <source>Compacting the register, so that it stays quick to read…</source>
        <translation>Registar se sažima, da bi se i dalje brzo čitao…</translation>
    </message>
    <message>
        <source>Restoring the backup. The current contents are backed up first…</source>
        <translation>Rezervna kopija se vraća. Prvo se pravi rezervna kopija sadašnjeg stanja…</translation>
    </message>
    <message>
        <source>Nothing was restored, because the register was closed meanwhile.</source>
        <translation>Ništa nije vraćeno, jer je registar u međuvremenu zatvoren.</translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <source>&amp;Add delegate</source>
        <translation>Dod&amp;aj delegata</translation>
    </message>
    <message>
        <source>Remove delegate</source>
        <translation>Ukloni delegata</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Poništi &amp;izmene</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>The international organisation or network, e.g. CEMR, NALAS</source>
        <translation>Međunarodna organizacija ili mreža, npr. CEMR, NALAS</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Naša uloga</translation>
    </message>
    <message>
        <source>member, observer, associate member…</source>
        <translation>član, posmatrač, pridruženi član…</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Član od</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Član do</translation>
    </message>
    <message>
        <source>Leave empty while the membership lasts.</source>
        <translation>Ostavite prazno dok članstvo traje.</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Organi</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegat</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>of a delegate</comment>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>From</source>
        <comment>mandate</comment>
        <translation>Od</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>mandate</comment>
        <translation>Do</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegati</translation>
    </message>
    <message>
        <source>Body and mandate dates can be edited in the table; dates as D.M.YYYY.</source>
        <translation>Organ i datumi mandata mogu da se menjaju u tabeli; datume unesite u obliku D.M.GGGG.</translation>
    </message>
    <message>
        <source>Mandates ending soon</source>
        <translation>Mandati koji uskoro ističu</translation>
    </message>
    <message>
        <source>Delegate to add</source>
        <translation>Delegat koji se dodaje</translation>
    </message>
    <message>
        <source>A contact, or a new name</source>
        <translation>Kontakt osoba ili novo ime</translation>
    </message>
    <message>
        <source>Choose a contact from the suggestions; a name that is not among them becomes a new contact when the membership is saved.</source>
        <translation>Izaberite kontakt osobu iz predloga; ime koje nije među njima postaje nova kontakt osoba kada se članstvo sačuva.</translation>
    </message>
    <message>
        <source>Body of the delegate</source>
        <translation>Organ u kojem je delegat</translation>
    </message>
    <message>
        <source>Body, e.g. Policy Committee</source>
        <translation>Organ, npr. Odbor za politike</translation>
    </message>
    <message>
        <source>Mandate from</source>
        <translation>Početak mandata</translation>
    </message>
    <message>
        <source>Mandate until</source>
        <translation>Kraj mandata</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Nijedna organizacija se ne zove „%1“; izaberite jedan od predloga.</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <comment>member until</comment>
        <translation>&amp;do:</translation>
    </message>
    <message>
        <source>Mandate:</source>
        <translation>Mandat:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>mandate from ... to ...</comment>
        <translation>do</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <source>Our r&amp;ole:</source>
        <translation>Naša &amp;uloga:</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>Čla&amp;n od:</translation>
    </message>
    <message>
        <source>Bodies:</source>
        <translation>Organi:</translation>
    </message>
    <message>
        <source>&amp;Delegates:</source>
        <translation>D&amp;elegati:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Napo&amp;mene:</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(organizacija br. %1)</translation>
    </message>
    <message>
        <source>(erased on request)</source>
        <translation>(podaci izbrisani na zahtev)</translation>
    </message>
    <message>
        <source>(person %1)</source>
        <translation>(osoba br. %1)</translation>
    </message>
    <message>
        <source>%1 (new contact)</source>
        <translation>%1 (nova kontakt osoba)</translation>
    </message>
    <message>
        <source>Member</source>
        <comment>delegate</comment>
        <translation>Član</translation>
    </message>
    <message>
        <source>Substitute</source>
        <comment>delegate</comment>
        <translation>Zamenik</translation>
    </message>
    <message>
        <source>Role of delegate %1</source>
        <translation>Uloga delegata br. %1</translation>
    </message>
    <message>
        <source>Type the delegate&apos;s name, or choose a contact from the suggestions.</source>
        <translation>Upišite ime delegata ili izaberite kontakt osobu iz predloga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ nije datum; unesite ga u obliku D.M.GGGG.</translation>
    </message>
    <message>
        <source>The mandate ends on %1.</source>
        <translation>Mandat ističe %1.</translation>
    </message>
    <message>
        <source>None yet (the bodies of the delegates below)</source>
        <translation>Još nema (organi delegata navedenih ispod)</translation>
    </message>
    <message numerus="yes">
        <source>Mandates ending within %1 days: %n (highlighted).</source>
        <translation>
            <numerusform>%n mandat ističe u roku od %1 dana (istaknut je).</numerusform>
            <numerusform>%n mandata ističu u roku od %1 dana (istaknuti su).</numerusform>
            <numerusform>%n mandata ističe u roku od %1 dana (istaknuti su).</numerusform>
        </translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
    <message>
        <source>Delegate %1: the mandate cannot end before it starts.</source>
        <translation>Delegat br. %1: mandat ne može da se završi pre nego što počne.</translation>
    </message>
    <message>
        <source>Delegate %1: &quot;%2&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>Delegat br. %1: „%2“ nije datum; unesite ga u obliku D.M.GGGG.</translation>
    </message>
</context>
<context>
    <name>MembershipStore</name>
    <message>
        <source>Choose the international organisation.</source>
        <translation>Izaberite međunarodnu organizaciju.</translation>
    </message>
    <message>
        <source>The organisation no longer exists; choose another one.</source>
        <translation>Organizacija više ne postoji; izaberite drugu.</translation>
    </message>
    <message>
        <source>This organisation is not an international organisation.</source>
        <translation>Ova organizacija nije međunarodna organizacija.</translation>
    </message>
    <message>
        <source>The same delegate appears twice in the membership.</source>
        <translation>Isti delegat se u članstvu pojavljuje dva puta.</translation>
    </message>
    <message>
        <source>SKGO already has a current membership in this organisation.</source>
        <translation>SKGO već ima aktuelno članstvo u ovoj organizaciji.</translation>
    </message>
    <message>
        <source>Delegate %1 names a person who no longer exists.</source>
        <translation>Delegat br. %1 upućuje na osobu koja više ne postoji.</translation>
    </message>
    <message>
        <source>Choose the person for delegate %1.</source>
        <translation>Izaberite osobu za delegata br. %1.</translation>
    </message>
    <message>
        <source>Delegate %1 belongs to another membership or no longer exists.</source>
        <translation>Delegat br. %1 pripada drugom članstvu ili više ne postoji.</translation>
    </message>
    <message>
        <source>The membership could not be saved.</source>
        <translation>Članstvo nije moglo da se sačuva.</translation>
    </message>
    <message>
        <source>The delegates could not be saved.</source>
        <translation>Delegati nisu mogli da se sačuvaju.</translation>
    </message>
    <message>
        <source>The membership could not be deleted.</source>
        <translation>Članstvo nije moglo da se obriše.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database could not be upgraded.</source>
        <translation>Baza podataka nije mogla da se nadogradi.</translation>
    </message>
</context>
<context>
    <name>OrganizationCsv</name>
    <message>
        <source>the name is required</source>
        <translation>naziv je obavezan</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of: %2</source>
        <translation>nepoznata vrsta „%1“; koristite jednu od: %2</translation>
    </message>
    <message>
        <source>the country is required</source>
        <translation>država je obavezna</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>nepoznata država „%1“</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>Naziv na ćirilici</translation>
    </message>
    <message>
        <source>Serbian name</source>
        <translation>Naziv na srpskom</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Naziv na engleskom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Skraćenica</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>City it belongs to</source>
        <translation>Grad kojem pripada</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sedište</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veb-sajt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Poništi izmene</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>Name in &amp;Cyrillic:</source>
        <translation>Naziv na ći&amp;rilici:</translation>
    </message>
    <message>
        <source>Serbian name:</source>
        <translation>Naziv na srpskom:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>Naziv na engleskom:</translation>
    </message>
    <message>
        <source>Acronym:</source>
        <translation>Skraćenica:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Drž&amp;ava:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Okrug:</translation>
    </message>
    <message>
        <source>City it belongs to:</source>
        <translation>Grad kojem pripada:</translation>
    </message>
    <message>
        <source>Seat:</source>
        <translation>Sedište:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pošta:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Veb-sajt:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Napomene:</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
</context>
<context>
    <name>OrganizationStore</name>
    <message>
        <source>The name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Choose the kind of organisation.</source>
        <translation>Izaberite vrstu organizacije.</translation>
    </message>
    <message>
        <source>The country is required.</source>
        <translation>Država je obavezan podatak.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known ISO 3166 country code.</source>
        <translation>„%1“ nije poznat kod države prema ISO 3166.</translation>
    </message>
    <message>
        <source>A Serbian city or municipality must be in Serbia (RS).</source>
        <translation>Grad ili opština iz Srbije mora biti u državi Srbija (RS).</translation>
    </message>
    <message>
        <source>A city municipality needs the city it belongs to.</source>
        <translation>Za gradsku opštinu potreban je grad kojem pripada.</translation>
    </message>
    <message>
        <source>An organisation with this name already exists in this country; is it a duplicate?</source>
        <translation>Organizacija sa ovim nazivom već postoji u ovoj državi; da li je ovo duplikat?</translation>
    </message>
    <message>
        <source>The organisation could not be saved.</source>
        <translation>Organizacija nije mogla da se sačuva.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted: partnerships, agreements, visits or plans still name it.</source>
        <translation>„%1“ ne može da se obriše: i dalje se navodi u partnerstvima, sporazumima, posetama ili planovima.</translation>
    </message>
    <message>
        <source>no organisation &quot;%1&quot; is known</source>
        <translation>organizacija „%1“ nije poznata</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one organisation; add the city in brackets, e.g. &quot;Palilula (Niš)&quot;</source>
        <translation>„%1“ je naziv više organizacija; dodajte grad u zagradi, npr. „Palilula (Niš)“</translation>
    </message>
    <message>
        <source>The organisation could not be deleted.</source>
        <translation>Organizacija nije mogla da se obriše.</translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Dodaj partnera</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Ukloni partnera</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Istorija statusa</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivnost</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Hronologija</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Poništi &amp;izmene</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Završetak</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Poslednja aktivnost</translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation>Organizacija koja se dodaje</translation>
    </message>
    <message>
        <source>Type a name in Latin or Cyrillic</source>
        <translation>Upišite naziv latinicom ili ćirilicom</translation>
    </message>
    <message>
        <source>Role of the party</source>
        <translation>Uloga partnera</translation>
    </message>
    <message>
        <source>Role, e.g. lead</source>
        <translation>Uloga, npr. nosilac</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teme</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Datum aktivnosti</translation>
    </message>
    <message>
        <source>What happened; Enter adds it</source>
        <translation>Šta se dogodilo; Enter dodaje stavku</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>&amp;Završetak:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Sta&amp;rted:</source>
        <translation>&amp;Početak:</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Aktivnost:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>P&amp;artneri:</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;eme:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Hronologija:</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Istorija statusa:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Napo&amp;mene:</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(organizacija br. %1)</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Nijedna organizacija se ne zove „%1“; izaberite jedan od predloga.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Još nije sačuvano</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Poslednja aktivnost %1</translation>
    </message>
    <message>
        <source>No activity recorded</source>
        <translation>Nema zabeleženih aktivnosti</translation>
    </message>
    <message>
        <source>%1 — needs care</source>
        <translation>%1 — potrebna je pažnja</translation>
    </message>
    <message>
        <source>Enter a date (D.M.YYYY.) and what happened.</source>
        <translation>Unesite datum (D.M.GGGG.) i šta se dogodilo.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ nije datum; unesite ga u obliku D.M.GGGG.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Član</translation>
    </message>
    <message>
        <source>Twinning committee</source>
        <translation>Odbor za bratimljenje</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Dodaj č&amp;lana</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Ukloni člana</translation>
    </message>
    <message>
        <source>Committee member to add</source>
        <translation>Član odbora koji se dodaje</translation>
    </message>
    <message>
        <source>A person from the contacts, or any name</source>
        <translation>Osoba iz kontakata ili bilo koje ime</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>Uloga u odboru</translation>
    </message>
    <message>
        <source>Role, e.g. chair</source>
        <translation>Uloga, npr. predsednik</translation>
    </message>
    <message>
        <source>C&amp;ommittee:</source>
        <translation>&amp;Odbor:</translation>
    </message>
    <message>
        <source>Agreements and visits:</source>
        <translation>Sporazumi i posete:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Zadaci:</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Sporazumi</translation>
    </message>
    <message>
        <source>No agreement names this partnership.</source>
        <translation>Nijedan sporazum ne navodi ovo partnerstvo.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Posete</translation>
    </message>
    <message>
        <source>No visit is linked to this partnership.</source>
        <translation>Nijedna poseta nije povezana sa ovim partnerstvom.</translation>
    </message>
</context>
<context>
    <name>PartnershipStore</name>
    <message>
        <source>The title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Choose the kind of partnership.</source>
        <translation>Izaberite vrstu partnerstva.</translation>
    </message>
    <message>
        <source>Choose the status of the partnership.</source>
        <translation>Izaberite status partnerstva.</translation>
    </message>
    <message>
        <source>Choose the organisation of every party.</source>
        <translation>Izaberite organizaciju za svakog partnera.</translation>
    </message>
    <message>
        <source>A partnership needs at least two different parties.</source>
        <translation>Partnerstvo mora imati bar dva različita partnera.</translation>
    </message>
    <message>
        <source>An organisation is listed more than once among the parties.</source>
        <translation>Ista organizacija je više puta navedena među partnerima.</translation>
    </message>
    <message>
        <source>One of the parties no longer exists; choose another organisation.</source>
        <translation>Jedan od partnera više ne postoji; izaberite drugu organizaciju.</translation>
    </message>
    <message>
        <source>One of the themes no longer exists.</source>
        <translation>Jedna od tema više ne postoji.</translation>
    </message>
    <message>
        <source>Every committee member needs a name or a contact.</source>
        <translation>Za svakog člana odbora potrebno je ime ili kontakt osoba.</translation>
    </message>
    <message>
        <source>A committee member&apos;s contact no longer exists.</source>
        <translation>Kontakt osoba jednog člana odbora više ne postoji.</translation>
    </message>
    <message>
        <source>Every timeline entry needs a date and a description.</source>
        <translation>Za svaku stavku hronologije potrebni su datum i opis.</translation>
    </message>
    <message>
        <source>Every status change needs a status and a date.</source>
        <translation>Za svaku promenu statusa potrebni su status i datum.</translation>
    </message>
    <message>
        <source>The partnership could not be saved.</source>
        <translation>Partnerstvo nije moglo da se sačuva.</translation>
    </message>
    <message>
        <source>The partnership could not be deleted.</source>
        <translation>Partnerstvo nije moglo da se obriše.</translation>
    </message>
    <message>
        <source>The partnerships could not be read.</source>
        <translation>Partnerstva nisu mogla da se pročitaju.</translation>
    </message>
</context>
<context>
    <name>PersonCsv</name>
    <message>
        <source>a person belongs to one organisation</source>
        <translation>osoba pripada samo jednoj organizaciji</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <source>e.g. Head of international cooperation</source>
        <translation>npr. rukovodilac za međunarodnu saradnju</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e.g. +381 11 123 4567</source>
        <translation>npr. +381 11 123 4567</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jezici</translation>
    </message>
    <message>
        <source>e.g. Serbian, English, French</source>
        <translation>npr. srpski, engleski, francuski</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>Iz&amp;briši lične podatke…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Poništi i&amp;zmene</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Type a name in Latin or Cyrillic; may stay empty</source>
        <translation>Upišite naziv latinicom ili ćirilicom; može ostati prazno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>Only what the work needs (e.g. consent to be contacted, preferred language).</source>
        <translation>Samo ono što je potrebno za rad (npr. saglasnost za kontaktiranje, željeni jezik).</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Izbriši lične podatke</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Poništi izmene</translation>
    </message>
    <message>
        <source>The right to erasure: removes the person&apos;s data from the register for good.</source>
        <translation>Pravo na brisanje: trajno uklanja podatke o osobi iz registra.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime i prezime:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Funkcija:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pošta:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Jezi&amp;ci:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Napo&amp;mene:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Lični podaci:</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(organizacija br. %1)</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions, or leave the field empty.</source>
        <translation>Nijedna organizacija se ne zove „%1“; izaberite jedan od predloga ili ostavite polje prazno.</translation>
    </message>
    <message>
        <source>• the name, organisation, position, e-mail, phone, languages and notes;</source>
        <translation>• ime i prezime, organizacija, funkcija, e-pošta, telefon, jezici i napomene;</translation>
    </message>
    <message numerus="yes">
        <source>• the person in %n visit(s) (the visits stay, with an anonymous participant);</source>
        <translation>
            <numerusform>• učešće osobe u %n poseti (poseta ostaje, sa anonimnim učesnikom);</numerusform>
            <numerusform>• učešće osobe u %n posete (posete ostaju, sa anonimnim učesnikom);</numerusform>
            <numerusform>• učešće osobe u %n poseta (posete ostaju, sa anonimnim učesnikom);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n twinning committee seat(s) (a seat with a role stays, anonymous);</source>
        <translation>
            <numerusform>• %n mesto u odboru za bratimljenje (mesto sa ulogom ostaje, ali anonimno);</numerusform>
            <numerusform>• %n mesta u odboru za bratimljenje (mesta sa ulogom ostaju, ali anonimna);</numerusform>
            <numerusform>• %n mesta u odboru za bratimljenje (mesta sa ulogom ostaju, ali anonimna);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• the person in %n membership delegation(s);</source>
        <translation>
            <numerusform>• osoba kao delegat u %n članstvu;</numerusform>
            <numerusform>• osoba kao delegat u %n članstva;</numerusform>
            <numerusform>• osoba kao delegat u %n članstava;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• the person as liaison of %n organisation(s);</source>
        <translation>
            <numerusform>• osoba kao kontakt osoba za %n organizaciju;</numerusform>
            <numerusform>• osoba kao kontakt osoba za %n organizacije;</numerusform>
            <numerusform>• osoba kao kontakt osoba za %n organizacija;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n task(s) about the person;</source>
        <translation>
            <numerusform>• %n zadatak u vezi sa osobom;</numerusform>
            <numerusform>• %n zadatka u vezi sa osobom;</numerusform>
            <numerusform>• %n zadataka u vezi sa osobom;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n attached file(s) about the person;</source>
        <translation>
            <numerusform>• %n priložena datoteka o osobi;</numerusform>
            <numerusform>• %n priložene datoteke o osobi;</numerusform>
            <numerusform>• %n priloženih datoteka o osobi;</numerusform>
        </translation>
    </message>
    <message>
        <source>• the person&apos;s entry in search, and the details of the change history (a bare &quot;erased&quot; entry stays).</source>
        <translation>• podaci o osobi u pretrazi i pojedinosti iz istorije izmena (ostaje samo zapis „izbrisano“).</translation>
    </message>
    <message>
        <source>There is no saved person to erase.</source>
        <translation>Nema sačuvane osobe čiji bi se podaci izbrisali.</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 from the register?</source>
        <translation>Izbrisati lične podatke osobe %1 iz registra?</translation>
    </message>
    <message>
        <source>This cannot be undone. It erases:
%1

Backups made before now still hold the data until they are rotated out.</source>
        <translation>Ovo ne može da se opozove. Briše se:
%1

Rezervne kopije napravljene do sada i dalje sadrže ove podatke dok ne budu zamenjene novim.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>The erasure was cancelled.</source>
        <translation>Brisanje je otkazano.</translation>
    </message>
    <message>
        <source>Erasure of personal data

Person: %1
Erased on: %2

%3</source>
        <translation>Brisanje ličnih podataka

Osoba: %1
Datum brisanja: %2

%3</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>The name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>The organisation no longer exists; choose another one.</source>
        <translation>Organizacija više ne postoji; izaberite drugu.</translation>
    </message>
    <message>
        <source>The person could not be saved.</source>
        <translation>Osoba nije mogla da se sačuva.</translation>
    </message>
    <message>
        <source>The person could not be deleted.</source>
        <translation>Osoba nije mogla da se obriše.</translation>
    </message>
    <message>
        <source>The person could not be erased.</source>
        <translation>Podaci o osobi nisu mogli da se izbrišu.</translation>
    </message>
    <message>
        <source>The person&apos;s data has been erased from the register. Backups made before the erasure still contain it until they are rotated out (after about a year at the latest); copies exported earlier are not affected.</source>
        <translation>Podaci o osobi su izbrisani iz registra. Rezervne kopije napravljene pre brisanja i dalje ih sadrže dok ne budu zamenjene novim (najkasnije posle oko godinu dana); ranije izvezene kopije nisu obuhvaćene.</translation>
    </message>
</context>
<context>
    <name>PlanActivityDelegate</name>
    <message>
        <source>(no theme)</source>
        <translation>(bez teme)</translation>
    </message>
</context>
<context>
    <name>PlanActivityModel</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ nije datum; unesite ga u obliku D.M.GGGG.</translation>
    </message>
    <message>
        <source>(theme %1)</source>
        <translation>(tema br. %1)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivnost</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odgovorni</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Završetak</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budžet</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Utrošeno</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Izvor finansiranja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Napredak</translation>
    </message>
    <message>
        <source>A date as D.M.YYYY.; may stay empty.</source>
        <translation>Datum u obliku D.M.GGGG.; može ostati prazno.</translation>
    </message>
    <message>
        <source>The planned amount, in the activity&apos;s currency.</source>
        <translation>Planirani iznos, u valuti aktivnosti.</translation>
    </message>
    <message>
        <source>The amount spent so far, in the activity&apos;s currency.</source>
        <translation>Do sada utrošeni iznos, u valuti aktivnosti.</translation>
    </message>
    <message>
        <source>ISO 4217 code, such as EUR or RSD. Totals are added per currency.</source>
        <translation>Kod prema ISO 4217, npr. EUR ili RSD. Zbirovi se računaju posebno za svaku valutu.</translation>
    </message>
    <message>
        <source>How far the activity is, 0–100%.</source>
        <translation>Koliko je aktivnost odmakla, 0–100%.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Izaberi sve</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Povećaj</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Smanji</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Upotreba: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opcije]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcije:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenti:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Prikazuje pomoć za opcije komandne linije.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Prikazuje pomoć, uključujući i opcije specifične za Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Prikazuje podatke o verziji.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Nepoznata opcija „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Nepoznate opcije: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Nedostaje vrednost posle „%1“.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Neočekivana vrednost posle „%1“.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Traži u:</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Idi nazad</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Napred</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Idi napred</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Nadređena fascikla</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Idi u nadređenu fasciklu</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Napravi novu fasciklu</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Napravi novu fasciklu</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Prikaz liste</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Prebaci na prikaz liste</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljan prikaz</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Prebaci na detaljan prikaz</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bočna traka</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Spisak mesta i obeleživača</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Datoteke</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Vrsta datoteka:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Ime datoteke:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Fascikla:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Pronalaženje fascikle</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Čuvanje pod imenom</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvaranje</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Izaberi</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Preimenuj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>O&amp;briši</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Prikaži &amp;skrivene datoteke</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova fascikla</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nova fascikla</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nedavna mesta</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Fascikle</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 već postoji.
Da li želite da je zamenite?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Datoteka nije pronađena.
Proverite da li je ime datoteke tačno.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fascikla nije pronađena.
Proverite da li je ime fascikle tačno.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Da li zaista želite da obrišete „%1“?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>„%1“ je zaštićena od upisa.
Da li ipak želite da je obrišete?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Fascikla nije mogla da se obriše.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Izmenjeno</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Računar</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ise&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Nalepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izaberi sve</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Prikaži detalje...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sakrij detalje...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Sačuvaj sve</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da za &amp;sve</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e za sve</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Pokušaj ponovo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zanemari</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Primeni</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Vrati</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Vrati podrazumevano</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ise&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiraj adresu &amp;veze</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Nalepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izaberi sve</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Register status</source>
        <translation>Stanje registra</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message>
        <source>Attachments</source>
        <translation>Prilozi</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Države</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teme</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Organization</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerstvo</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Inicijativa</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Sporazum</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Poseta</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Akcioni plan</translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation>Aktivnost plana</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Članstvo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerstva</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Inicijative</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Sporazumi</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Posete</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Akcioni planovi</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>Aktivnosti planova</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Članstva</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadaci</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
</context>
<context>
    <name>RecordLister</name>
    <message>
        <source>The list cannot be filtered this way.</source>
        <translation>Spisak ne može da se filtrira na ovaj način.</translation>
    </message>
    <message>
        <source>The list cannot be sorted this way.</source>
        <translation>Spisak ne može da se sortira na ovaj način.</translation>
    </message>
</context>
<context>
    <name>RecordStores</name>
    <message>
        <source>An activity is deleted from its action plan.</source>
        <translation>Aktivnost se briše iz svog akcionog plana.</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>The reference data is missing from this build.</source>
        <translation>U ovoj verziji programa nedostaju referentni podaci.</translation>
    </message>
</context>
<context>
    <name>RegisterInfoPage</name>
    <message>
        <source>Register</source>
        <translation>Registar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokacija:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Verzija šeme:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Pristup:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Zapisi</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatske rezervne kopije</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Vreme izrade</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Povod</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rezervne kopije</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Napravi rezervnu kopiju</translation>
    </message>
    <message>
        <source>Restore Selected Backup…</source>
        <translation>Vrati izabranu rezervnu kopiju…</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Čitanje i upis</translation>
    </message>
    <message>
        <source>Compact Now</source>
        <translation>Sažmi sada</translation>
    </message>
    <message>
        <source>Rewrites the file with each table&apos;s pages together and no free space left: it is read faster. Done by itself once a year, or when the register has grown by a quarter.</source>
        <translation>Ponovo ispisuje datoteku tako da stranice svake tabele budu zajedno, bez praznog prostora: tada se brže čita. Radi se i samo od sebe, jednom godišnje ili kada registar naraste za četvrtinu.</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Veličina:</translation>
    </message>
    <message>
        <source>%1, last compacted on %2</source>
        <translation>%1, poslednji put sažet %2</translation>
    </message>
    <message>
        <source>%1, never compacted</source>
        <translation>%1, još nije sažiman</translation>
    </message>
</context>
<context>
    <name>RelatedRecordsView</name>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Povezani zapisi</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Dvostruki klik ili Enter otvara zapis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Partnership dossier</source>
        <translation>Dosije partnerstva</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Završetak</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Poslednja aktivnost</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nije zabeležena</translation>
    </message>
    <message>
        <source>Needs care</source>
        <translation>Potrebna pažnja</translation>
    </message>
    <message>
        <source>yes: no activity for over a year</source>
        <translation>da: nema aktivnosti duže od godinu dana</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation>Nema unetih partnera.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teme</translation>
    </message>
    <message>
        <source>No themes recorded.</source>
        <translation>Nema unetih tema.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Istorija statusa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>No status changes recorded.</source>
        <translation>Nema zabeleženih promena statusa.</translation>
    </message>
    <message>
        <source>Twinning committee</source>
        <translation>Odbor za bratimljenje</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>No committee members recorded.</source>
        <translation>Nema unetih članova odbora.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Hronologija</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivnost</translation>
    </message>
    <message>
        <source>No activities recorded.</source>
        <translation>Nema zabeleženih aktivnosti.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Sporazumi</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Sporazum</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Potpisan</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Važi do</translation>
    </message>
    <message>
        <source>No agreements recorded.</source>
        <translation>Nema zabeleženih sporazuma.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Posete</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumi</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Poseta</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>No visits recorded.</source>
        <translation>Nema zabeleženih poseta.</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Otvoreni zadaci</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zadužena osoba</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Nema otvorenih zadataka.</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Izrađeno %1</translation>
    </message>
    <message>
        <source>Place and date:</source>
        <translation>Mesto i datum:</translation>
    </message>
    <message>
        <source>anonymous participant</source>
        <translation>anonimni učesnik</translation>
    </message>
    <message>
        <source>Standing Conference of Towns and Municipalities</source>
        <translation>Stalna konferencija gradova i opština</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 od %2</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Pokazatelj: %1</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteti</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivnosti</translation>
    </message>
    <message>
        <source>No priorities recorded.</source>
        <translation>Nema unetih prioriteta.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odgovorni</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Rok realizacije</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budžet</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Izvor finansiranja</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Budžet po izvorima finansiranja</translation>
    </message>
    <message>
        <source>No funding source</source>
        <translation>Bez izvora finansiranja</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>Budžet nije unet.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Akcioni plan</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Potpisi</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>ističe %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>istekao %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>istekao</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sažetak</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <translation>Ističu u roku od %1 dana</translation>
    </message>
    <message>
        <source>Validity ended</source>
        <translation>Važenje je isteklo</translation>
    </message>
    <message>
        <source>Register of agreements</source>
        <translation>Registar sporazuma</translation>
    </message>
    <message>
        <source>All agreements, in order of signing</source>
        <translation>Svi sporazumi, po redosledu potpisivanja</translation>
    </message>
    <message>
        <source>Marked %1: validity ends by %2 (within %3 days) or has ended</source>
        <translation>Oznaka %1: važenje ističe do %2 (u roku od %3 dana) ili je već isteklo</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Važi od</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Bez teme</translation>
    </message>
    <message>
        <source>No country recorded</source>
        <translation>Država nije uneta</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Lokalna samouprava</translation>
    </message>
    <message>
        <source>Grouped by Serbian local government (a party to the partnership)</source>
        <translation>Po lokalnim samoupravama u Srbiji (koje su strane u partnerstvu)</translation>
    </message>
    <message>
        <source>Partnerships without a Serbian local government as a party: %1 (not listed)</source>
        <translation>Partnerstva u kojima nijedna strana nije lokalna samouprava iz Srbije: %1 (nisu navedena)</translation>
    </message>
    <message>
        <source>Grouped by theme; a partnership with several themes is listed under each</source>
        <translation>Po temama; partnerstvo sa više tema navedeno je pod svakom od njih</translation>
    </message>
    <message>
        <source>Grouped by status</source>
        <translation>Po statusu</translation>
    </message>
    <message>
        <source>Grouped by partner country; a partnership with partners in several countries is listed under each</source>
        <translation>Po državama partnera; partnerstvo sa partnerima iz više država navedeno je pod svakom od njih</translation>
    </message>
    <message>
        <source>Number of partnerships</source>
        <translation>Broj partnerstava</translation>
    </message>
    <message>
        <source>Partnerships per group</source>
        <translation>Partnerstva po grupama</translation>
    </message>
    <message>
        <source>Partnerships per group (the %1 largest groups)</source>
        <translation>Partnerstva po grupama (najvećih %1)</translation>
    </message>
    <message>
        <source>Partnerships in total</source>
        <translation>Ukupno partnerstava</translation>
    </message>
    <message>
        <source>No partnerships recorded.</source>
        <translation>Nema zabeleženih partnerstava.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerstva</translation>
    </message>
    <message>
        <source>Of which active</source>
        <translation>Od toga aktivnih</translation>
    </message>
    <message>
        <source>Partnerships by group</source>
        <translation>Partnerstva po grupama</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerstvo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Partnerships overview</source>
        <translation>Pregled partnerstava</translation>
    </message>
    <message>
        <source>Average progress</source>
        <translation>Prosečan napredak</translation>
    </message>
    <message>
        <source>Progress by activity</source>
        <translation>Napredak po aktivnostima</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Napredak</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planirano</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Utrošeno</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Utrošeno od planiranog</translation>
    </message>
    <message>
        <source>Summary by theme</source>
        <translation>Pregled po temama</translation>
    </message>
    <message>
        <source>Average progress by theme</source>
        <translation>Prosečan napredak po temama</translation>
    </message>
    <message>
        <source>Planned and spent in total</source>
        <translation>Ukupno planirano i utrošeno</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Action plan implementation report</source>
        <translation>Izveštaj o sprovođenju akcionog plana</translation>
    </message>
    <message>
        <source>Summary by funding source</source>
        <translation>Pregled po izvorima finansiranja</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Događaj</translation>
    </message>
    <message>
        <source>By signing, participants confirm that they took part in the event.</source>
        <translation>Potpisom učesnici potvrđuju da su učestvovali u događaju.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Potpis</translation>
    </message>
    <message>
        <source>Participants&apos; sign-in sheets</source>
        <translation>Liste prisutnih učesnika</translation>
    </message>
    <message>
        <source>One sheet per organisation, each on its own page</source>
        <translation>Posebna lista za svaku organizaciju, svaka na svojoj strani</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Domaćini</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gosti</translation>
    </message>
    <message>
        <source>Action plan activity</source>
        <translation>Aktivnost akcionog plana</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tačka programa</translation>
    </message>
    <message>
        <source>No programme recorded.</source>
        <translation>Program nije unet.</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>Nema unetih učesnika.</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Zadaci za dalje postupanje</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>urađen %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otvoren</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>No follow-up tasks recorded.</source>
        <translation>Nema zadataka za dalje postupanje.</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Izveštaj o poseti</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Svrha</translation>
    </message>
    <message>
        <source>No purpose recorded.</source>
        <translation>Svrha nije uneta.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ishodi</translation>
    </message>
    <message>
        <source>No outcomes recorded.</source>
        <translation>Nema unetih ishoda.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>New partnerships</source>
        <translation>Nova partnerstva</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>Potpisani sporazumi</translation>
    </message>
    <message>
        <source>Initiatives opened</source>
        <translation>Pokrenute inicijative</translation>
    </message>
    <message>
        <source>Initiatives closed</source>
        <translation>Zatvorene inicijative</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Po mesecima</translation>
    </message>
    <message>
        <source>Visits by month</source>
        <translation>Posete po mesecima</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mesec</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Po državama</translation>
    </message>
    <message>
        <source>The partner&apos;s country; a record with partners in several countries counts under each.</source>
        <translation>Država partnera; zapis sa partnerima iz više država računa se pod svakom od njih.</translation>
    </message>
    <message>
        <source>All activities by country</source>
        <translation>Sve aktivnosti po državama</translation>
    </message>
    <message>
        <source>Nothing recorded for this year.</source>
        <translation>Za ovu godinu nema zabeleženih podataka.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Inicijativa</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Podnosilac</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>No new partnerships recorded.</source>
        <translation>Nema zabeleženih novih partnerstava.</translation>
    </message>
    <message>
        <source>No agreements signed.</source>
        <translation>Nema potpisanih sporazuma.</translation>
    </message>
    <message>
        <source>No initiatives opened.</source>
        <translation>Nema pokrenutih inicijativa.</translation>
    </message>
    <message>
        <source>No initiatives closed.</source>
        <translation>Nema zatvorenih inicijativa.</translation>
    </message>
    <message>
        <source>Year in review %1</source>
        <translation>Godišnji pregled za %1.</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Godina: %1.</translation>
    </message>
    <message>
        <source>Visits (by first day), partnerships started, agreements signed, initiatives opened and closed in the year</source>
        <translation>Posete (prema prvom danu), započeta partnerstva, potpisani sporazumi, pokrenute i zatvorene inicijative u toku godine</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>write a PDF report (%1)</source>
        <translation>izrađuje izveštaj u PDF-u (%1)</translation>
    </message>
    <message>
        <source>The year (year in review).</source>
        <translation>Godina (za godišnji pregled).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Datoteka PDF u koju se upisuje.</translation>
    </message>
    <message>
        <source>report needs exactly one KIND</source>
        <translation>report zahteva tačno jednu vrstu izveštaja (KIND)</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; use one of: %2</source>
        <translation>nepoznat izveštaj „%1“; koristite jedan od: %2</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation>report zahteva --out FILE.pdf</translation>
    </message>
    <message>
        <source>the %1 report needs --id ID</source>
        <translation>izveštaj %1 zahteva --id ID</translation>
    </message>
    <message>
        <source>the %1 report needs --year YYYY</source>
        <translation>izveštaj %1 zahteva --year YYYY</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Izveštaj je upisan u %1</translation>
    </message>
    <message>
        <source>The record the report is about: a partnership (partnership), an action plan (plan, plan-progress) or a visit (visit, signin).</source>
        <translation>Zapis na koji se izveštaj odnosi: partnerstvo (&quot;partnership&quot;), akcioni plan (&quot;plan&quot;, &quot;plan-progress&quot;) ili poseta (&quot;visit&quot;, &quot;signin&quot;).</translation>
    </message>
    <message>
        <source>Partnerships overview: country (default), municipality, theme or status.</source>
        <translation>Pregled partnerstava po: &quot;country&quot; (državi, podrazumevano), &quot;municipality&quot; (opštini), &quot;theme&quot; (temi) ili &quot;status&quot;.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The PDF could not be written.</source>
        <translation>PDF nije mogao da se upiše.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This report needs the record it is about.</source>
        <translation>Za ovaj izveštaj potreban je zapis na koji se odnosi.</translation>
    </message>
    <message>
        <source>This report needs a year.</source>
        <translation>Za ovaj izveštaj potrebna je godina.</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;.</source>
        <translation>Nepoznat izveštaj „%1“.</translation>
    </message>
    <message>
        <source>Partnerships can be grouped by: %1.</source>
        <translation>Partnerstva mogu da se grupišu po: %1.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Partnership dossier</source>
        <translation>Dosije partnerstva</translation>
    </message>
    <message>
        <source>Partnerships overview</source>
        <translation>Pregled partnerstava</translation>
    </message>
    <message>
        <source>Action plan (for signing)</source>
        <translation>Akcioni plan (za potpisivanje)</translation>
    </message>
    <message>
        <source>Action plan implementation report</source>
        <translation>Izveštaj o sprovođenju akcionog plana</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Izveštaj o poseti</translation>
    </message>
    <message>
        <source>Participant sign-in sheets</source>
        <translation>Liste prisutnih učesnika</translation>
    </message>
    <message>
        <source>Register of agreements</source>
        <translation>Registar sporazuma</translation>
    </message>
    <message>
        <source>Year in review</source>
        <translation>Pregled godine</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Sačuvaj kao PDF…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Izveštaji</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Izveštaj</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Po zemlji</translation>
    </message>
    <message>
        <source>By Serbian local government</source>
        <translation>Po lokalnoj samoupravi u Srbiji</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Po temi</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Po statusu</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Grupisanje</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Jezik izveštaja</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Izveštaj:</translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation>&amp;Zapis:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Godina:</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Grupisanje:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pregled</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n strana.</numerusform>
            <numerusform>%n strane.</numerusform>
            <numerusform>%n strana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Sačuvaj izveštaj</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1.</source>
        <translation>PDF nije mogao da se sačuva u %1.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sačuvano u %1.</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Š&amp;tampaj…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Priprema izveštaja…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Poslato na štampač.</translation>
    </message>
    <message>
        <source>There is nothing to print yet: preview the report first.</source>
        <translation>Još nema šta da se štampa: najpre prikažite pregled izveštaja.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Štampanje nije moglo da se pokrene.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>replace the register with a backup, after backing up the current file</source>
        <translation>zamenjuje registar rezervnom kopijom, pošto prethodno napravi rezervnu kopiju trenutne datoteke</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Rezervna kopija koja se vraća.</translation>
    </message>
    <message>
        <source>restore needs exactly one argument: the backup file</source>
        <translation>restore zahteva tačno jedan argument: datoteku rezervne kopije</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Registar %1 je vraćen iz %2.</translation>
    </message>
    <message>
        <source>The previous contents were saved to %1</source>
        <translation>Prethodni sadržaj je sačuvan u %1</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The reference data is incomplete.</source>
        <translation>Referentni podaci nisu potpuni.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>search all records in either script, with or without diacritics</source>
        <translation>pretražuje sve zapise, latinicom ili ćirilicom, sa kvačicama ili bez njih</translation>
    </message>
    <message>
        <source>What to look for; every word matches as a prefix.</source>
        <translation>Šta se traži; svaka reč se poredi kao početak reči.</translation>
    </message>
    <message>
        <source>Print a JSON array of {&quot;kind&quot;, &quot;id&quot;, &quot;title&quot;}.</source>
        <translation>Ispisuje JSON niz objekata {&quot;kind&quot;, &quot;id&quot;, &quot;title&quot;}.</translation>
    </message>
    <message>
        <source>At most N hits (default 50).</source>
        <translation>Najviše N rezultata (podrazumevano 50).</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search zahteva upit</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit zahteva pozitivan broj</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Select a record in the list, or create a new one.</source>
        <translation>Izaberite zapis sa spiska ili dodajte novi.</translation>
    </message>
    <message>
        <source>Filter (either script, no diacritics needed)…</source>
        <translation>Filter (latinica ili ćirilica, kvačice nisu potrebne)…</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Brzi filter</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Spisak: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sačuvano.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n zapis</numerusform>
            <numerusform>%n zapisa</numerusform>
            <numerusform>%n zapisa</numerusform>
        </translation>
    </message>
    <message>
        <source>The record has unsaved changes. Save them?</source>
        <translation>Zapis ima nesačuvane izmene. Da li želite da ih sačuvate?</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>O&amp;briši…</translation>
    </message>
    <message>
        <source>Deletes the selected record with its tasks and attached files (Edit ▸ Undo brings it back)</source>
        <translation>Briše izabrani zapis zajedno sa njegovim zadacima i priloženim datotekama (Uređivanje ▸ Opozovi ga vraća)</translation>
    </message>
    <message>
        <source>Delete %1 “%2”? Its tasks and attached files are deleted with it. Edit ▸ Undo brings everything back.</source>
        <translation>Da li želite da obrišete zapis „%2“ (%1)? Zajedno sa njim brišu se i njegovi zadaci i priložene datoteke. Uređivanje ▸ Opozovi sve vraća.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Deleted. Edit ▸ Undo brings it back.</source>
        <translation>Obrisano. Uređivanje ▸ Opozovi vraća zapis.</translation>
    </message>
    <message>
        <source>The personal data was erased.</source>
        <translation>Lični podaci su izbrisani.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Poslednja aktivnost</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Podnosilac</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>Zaduženi</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Pokrenuta</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Dana u fazi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Domaćini</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gosti</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Potpisan</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Važi do</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivnosti</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Napredak</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Član od</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegati</translation>
    </message>
    <message>
        <source>Next mandate ends</source>
        <translation>Kraj sledećeg mandata</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>Naziv na ćirilici</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sedište</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerstva</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jezici</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Završen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zadužena osoba</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Odnosi se na</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Svi statusi</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Sve vrste</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Sve godine</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Sve faze</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Svi smerovi</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of an organisation</comment>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a person</comment>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Open and done</source>
        <comment>tasks</comment>
        <translation>Otvoreni i završeni</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>tasks</comment>
        <translation>Otvoreni</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>tasks</comment>
        <translation>Završeni</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Sve države</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Sve teme</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Ističe %1.</translation>
    </message>
    <message>
        <source>Any due date</source>
        <comment>tasks</comment>
        <translation>Svi rokovi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>tasks</comment>
        <translation>Istekao rok</translation>
    </message>
    <message>
        <source>A delegate&apos;s mandate ends on %1.</source>
        <translation>Mandat jednog delegata ističe %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>Ime zaposlenog</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mes.</translation>
    </message>
    <message>
        <source>Needs care after</source>
        <translation>Pažnja potrebna posle</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Kao u sistemu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Your &amp;name (for the history of changes):</source>
        <translation>Vaše &amp;ime (za istoriju izmena):</translation>
    </message>
    <message>
        <source>A partnership &amp;needs care after:</source>
        <translation>Partnerstvu je potrebna &amp;pažnja posle:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>A new language applies at once: the open register and the record shown stay as they are.</source>
        <translation>Novi jezik se primenjuje odmah: otvoreni registar i prikazani zapis ostaju kakvi jesu.</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>The change could not be undone or redone: the records it depends on have changed since.</source>
        <translation>Izmena nije mogla da se opozove ili ponovi: zapisi od kojih zavisi u međuvremenu su promenjeni.</translation>
    </message>
    <message>
        <source>The record could not be deleted.</source>
        <translation>Zapis nije mogao da se obriše.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The file is not a Saradnja database.</source>
        <translation>Datoteka nije baza Saradnje.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Datoteka baze podataka je oštećena. Vratite je iz rezervne kopije.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Baza podataka je zauzeta: drugi program upravo upisuje u nju. Pokušajte ponovo za trenutak.</translation>
    </message>
    <message>
        <source>The database cannot be changed: the file or its folder is read-only.</source>
        <translation>Baza podataka ne može da se menja: datoteka ili njena fascikla je samo za čitanje.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved.</source>
        <translation>Disk je pun. Ništa nije sačuvano.</translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation>Datoteka baze podataka nije mogla da se pročita ili upiše.</translation>
    </message>
    <message>
        <source>The database could not run a request.</source>
        <translation>Baza podataka nije mogla da izvrši zahtev.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Zapis više ne postoji; možda je obrisan.</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Završen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ot&amp;vori</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Poništi &amp;izmene</translation>
    </message>
    <message>
        <source>Nothing</source>
        <comment>a task about no record</comment>
        <translation>Bez zapisa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Rok je istekao</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Završen</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Datum završetka</translation>
    </message>
    <message>
        <source>Today when left empty.</source>
        <translation>Ako ostane prazno, upisuje se današnji datum.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zadužena osoba</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Zaposleni</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Odnosi se na</translation>
    </message>
    <message>
        <source>Record the task is about</source>
        <translation>Zapis na koji se zadatak odnosi</translation>
    </message>
    <message>
        <source>Type a name or title in Latin or Cyrillic</source>
        <translation>Upišite ime ili naziv latinicom ili ćirilicom</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Otvori zapis</translation>
    </message>
    <message>
        <source>Shows the record the task is about.</source>
        <translation>Prikazuje zapis na koji se zadatak odnosi.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>Nothing of this kind is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Nijedan zapis ove vrste se ne zove „%1“; izaberite jedan od predloga.</translation>
    </message>
    <message>
        <source>o&amp;n:</source>
        <comment>done on a date</comment>
        <translation>&amp;dana:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Rok:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Z&amp;adužena osoba:</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>&amp;Odnosi se na:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Napo&amp;mene:</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Rok je prekoračen za %n dan</numerusform>
            <numerusform>Rok je prekoračen za %n dana</numerusform>
            <numerusform>Rok je prekoračen za %n dana</numerusform>
        </translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
    <message>
        <source>Choose the record the task is about, or &quot;%1&quot;.</source>
        <translation>Izaberite zapis na koji se zadatak odnosi ili „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ nije datum; unesite ga u obliku D.M.GGGG.</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Add &amp;task</source>
        <translation>Dodaj zadata&amp;k</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Završen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zadužena osoba</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Zadaci za dalje postupanje</translation>
    </message>
    <message>
        <source>New task, e.g. Send the minutes to the partner</source>
        <translation>Novi zadatak, npr. Poslati zapisnik partneru</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Novi zadatak</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Due date of the new task</source>
        <translation>Rok za novi zadatak</translation>
    </message>
    <message>
        <source>Assignee of the new task</source>
        <translation>Zadužena osoba za novi zadatak</translation>
    </message>
    <message>
        <source>Save the record first, then add its tasks here</source>
        <translation>Najpre sačuvajte zapis, a zatim ovde dodajte njegove zadatke</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Završen %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvoren</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (rok je istekao)</translation>
    </message>
    <message>
        <source>The due date is not a date; write it as 22.11.2026.</source>
        <translation>Rok nije ispravan datum; unesite ga u obliku 22.11.2026.</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Choose the kind of record the task is about.</source>
        <translation>Izaberite vrstu zapisa na koji se zadatak odnosi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record.</source>
        <translation>„%1“ nije vrsta zapisa.</translation>
    </message>
    <message>
        <source>The record the task is about no longer exists.</source>
        <translation>Zapis na koji se zadatak odnosi više ne postoji.</translation>
    </message>
    <message>
        <source>The task could not be saved.</source>
        <translation>Zadatak nije mogao da se sačuva.</translation>
    </message>
    <message>
        <source>The task could not be deleted.</source>
        <translation>Zadatak nije mogao da se obriše.</translation>
    </message>
</context>
<context>
    <name>ThemeStore</name>
    <message>
        <source>The English name</source>
        <translation>Naziv na engleskom</translation>
    </message>
    <message>
        <source>The Serbian name</source>
        <translation>Naziv na srpskom</translation>
    </message>
    <message>
        <source>Another theme is already called &quot;%1&quot;.</source>
        <translation>Već postoji tema pod nazivom „%1“.</translation>
    </message>
    <message>
        <source>Another theme already has the key &quot;%1&quot;.</source>
        <translation>Već postoji tema sa ključem „%1“.</translation>
    </message>
    <message>
        <source>The theme could not be saved.</source>
        <translation>Tema nije mogla da se sačuva.</translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; cannot be deleted: partnerships, initiatives, action plans or plan activities use it (%2 in all).</source>
        <translation>Tema „%1“ ne može da se obriše: koriste je partnerstva, inicijative, akcioni planovi ili aktivnosti planova (ukupno %2).</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>dodavanje „%1“</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>izmenu „%1“</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>brisanje „%1“</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 je obavezan podatak.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Datum završetka ne može biti pre datuma početka.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>„%1“ nije ispravna adresa e-pošte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (such as EUR or RSD).</source>
        <translation>„%1“ nije kod valute prema ISO 4217 (kao što su EUR ili RSD).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Iznos ne može biti negativan.</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100.</source>
        <translation>Napredak mora biti između 0 i 100.</translation>
    </message>
</context>
<context>
    <name>VisitCsv</name>
    <message>
        <source>several people are named &quot;%1&quot;</source>
        <translation>više osoba se zove „%1“</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Delete removes the selected organisation.</source>
        <translation>Taster Delete uklanja izabranu organizaciju.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Domaćini</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gosti</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Učesnik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tačka programa</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation>Dodaj tačku programa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>P&amp;oništi izmene</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Datum početka</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Datum završetka</translation>
    </message>
    <message>
        <source>Leave empty for a one-day visit.</source>
        <translation>Ostavite prazno za jednodnevnu posetu.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Host to add</source>
        <translation>Domaćin koji se dodaje</translation>
    </message>
    <message>
        <source>Guest to add</source>
        <translation>Gost koji se dodaje</translation>
    </message>
    <message>
        <source>Type a name, Enter adds it</source>
        <translation>Upišite naziv; Enter ga dodaje</translation>
    </message>
    <message>
        <source>Participant to add</source>
        <translation>Učesnik koji se dodaje</translation>
    </message>
    <message>
        <source>A contact or a new name</source>
        <translation>Kontakt osoba ili novo ime</translation>
    </message>
    <message>
        <source>Participant&apos;s role</source>
        <translation>Uloga učesnika</translation>
    </message>
    <message>
        <source>Role; Enter adds the participant</source>
        <translation>Uloga; Enter dodaje učesnika</translation>
    </message>
    <message>
        <source>Day as D.M.YYYY., time as free text (&quot;10:00&quot;, &quot;morning&quot;).</source>
        <translation>Dan u obliku D.M.GGGG., vreme slobodnim tekstom („10:00“, „pre podne“).</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Svrha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ishod</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Nijedna organizacija se ne zove „%1“; izaberite jedan od predloga.</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>Domaćini:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Gosti:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Sm&amp;er:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>Datum &amp;početka:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Datum &amp;završetka:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Mesto:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organizacije:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Učesnici:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>Pro&amp;gram:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Sv&amp;rha:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Ishod:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nije navedena)</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonimno)</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(organizacija br. %1)</translation>
    </message>
    <message>
        <source>%1 (new contact)</source>
        <translation>%1 (nova kontakt osoba)</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Nijedan registar nije otvoren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ nije datum; unesite ga u obliku D.M.GGGG.</translation>
    </message>
    <message>
        <source>Follow-up tasks:</source>
        <translation>Zadaci za dalje postupanje:</translation>
    </message>
</context>
<context>
    <name>VisitStore</name>
    <message>
        <source>The title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Choose the direction of the visit.</source>
        <translation>Izaberite smer posete.</translation>
    </message>
    <message>
        <source>Choose the kind of visit.</source>
        <translation>Izaberite vrstu posete.</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>Datum početka</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known ISO 3166 country code.</source>
        <translation>„%1“ nije poznat kod države prema ISO 3166.</translation>
    </message>
    <message>
        <source>Every programme item needs a description.</source>
        <translation>Za svaku stavku programa potreban je opis.</translation>
    </message>
    <message>
        <source>Every programme item needs a day.</source>
        <translation>Za svaku stavku programa potreban je dan.</translation>
    </message>
    <message>
        <source>The programme day %1 is outside the dates of the visit.</source>
        <translation>Dan programa %1 je izvan datuma posete.</translation>
    </message>
    <message>
        <source>An organisation must be a host or a guest.</source>
        <translation>Organizacija mora biti domaćin ili gost.</translation>
    </message>
    <message>
        <source>A host or guest organisation no longer exists.</source>
        <translation>Jedna od organizacija domaćina ili gostiju više ne postoji.</translation>
    </message>
    <message>
        <source>An organisation is listed twice in the same role.</source>
        <translation>Ista organizacija je dva puta navedena u istoj ulozi.</translation>
    </message>
    <message>
        <source>A participant or their organisation no longer exists.</source>
        <translation>Jedan od učesnika ili njegova organizacija više ne postoji.</translation>
    </message>
    <message>
        <source>The linked partnership no longer exists.</source>
        <translation>Povezano partnerstvo više ne postoji.</translation>
    </message>
    <message>
        <source>The linked agreement no longer exists.</source>
        <translation>Povezani sporazum više ne postoji.</translation>
    </message>
    <message>
        <source>The linked plan activity no longer exists.</source>
        <translation>Povezana aktivnost plana više ne postoji.</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <translation>Poseta nije mogla da se sačuva.</translation>
    </message>
    <message>
        <source>The visit could not be deleted.</source>
        <translation>Poseta nije mogla da se obriše.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>City</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Opština</translation>
    </message>
    <message>
        <source>City municipality</source>
        <translation>Gradska opština</translation>
    </message>
    <message>
        <source>Foreign local authority</source>
        <translation>Strana lokalna samouprava</translation>
    </message>
    <message>
        <source>Association of local authorities</source>
        <translation>Udruženje lokalnih vlasti</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Međunarodna organizacija</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Ambasada</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministarstvo</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donator</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ostalo</translation>
    </message>
    <message>
        <source>Town twinning</source>
        <translation>Bratimljenje</translation>
    </message>
    <message>
        <source>Decentralised cooperation</source>
        <translation>Decentralizovana saradnja</translation>
    </message>
    <message>
        <source>Project cooperation</source>
        <translation>Projektna saradnja</translation>
    </message>
    <message>
        <source>Cross-border cooperation</source>
        <translation>Prekogranična saradnja</translation>
    </message>
    <message>
        <source>Cooperation of associations</source>
        <translation>Saradnja udruženja</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Inicijativa</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>U pregovorima</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivno</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>U mirovanju</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Okončano</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primljena</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Traženje partnera</translation>
    </message>
    <message>
        <source>Partners proposed</source>
        <translation>Predloženi partneri</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>Uspostavljen kontakt</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Potpisan sporazum</translation>
    </message>
    <message>
        <source>Closed without result</source>
        <translation>Zatvorena bez rezultata</translation>
    </message>
    <message>
        <source>Request of a member</source>
        <translation>Zahtev člana</translation>
    </message>
    <message>
        <source>Proposal from abroad</source>
        <translation>Predlog iz inostranstva</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Povelja o bratimljenju</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Sporazum o saradnji</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorandum o razumevanju</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Pismo o namerama</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Akcioni plan</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nacrt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Potpisan</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Na snazi</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Istekao</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Raskinut</translation>
    </message>
    <message>
        <source>No renewal</source>
        <translation>Bez produženja</translation>
    </message>
    <message>
        <source>Renewed automatically</source>
        <translation>Produžava se automatski</translation>
    </message>
    <message>
        <source>Renewed by agreement</source>
        <translation>Produžava se sporazumno</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Dolazna</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Odlazna</translation>
    </message>
    <message>
        <source>In Serbia</source>
        <translation>U Srbiji</translation>
    </message>
    <message>
        <source>Delegation visit</source>
        <translation>Poseta delegacije</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Studijska poseta</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferencija</translation>
    </message>
    <message>
        <source>Expert exchange</source>
        <translation>Razmena stručnjaka</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sastanak</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Domaćin</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gost</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Usaglašen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>U toku</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Završen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planirana</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Završena</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Odložena</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazana</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Saradnja</source>
        <translation>Dobro došli u Saradnju</translation>
    </message>
    <message>
        <source>The register of SKGO&apos;s partnerships, initiatives, visits, agreements and action plans. How would you like to start?</source>
        <translation>Registar partnerstava, inicijativa, poseta, sporazuma i akcionih planova SKGO. Kako želite da počnete?</translation>
    </message>
    <message>
        <source>New empty register</source>
        <translation>Novi prazan registar</translation>
    </message>
    <message>
        <source>With the reference data: Serbian cities and municipalities, countries, themes.</source>
        <translation>Sa referentnim podacima: gradovi i opštine u Srbiji, države, teme.</translation>
    </message>
    <message>
        <source>New register with example data</source>
        <translation>Novi registar sa primerima</translation>
    </message>
    <message>
        <source>To try things out: the Kragujevac–Suresnes twinning, SKGO&apos;s agreements and more.</source>
        <translation>Za isprobavanje: bratimljenje Kragujevca i Sirene, sporazumi SKGO i drugo.</translation>
    </message>
    <message>
        <source>Open an existing register…</source>
        <translation>Otvori postojeći registar…</translation>
    </message>
    <message>
        <source>A file from a colleague or a shared drive.</source>
        <translation>Datoteka od kolege ili sa deljenog diska.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>Izmena nije mogla da se sačuva.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>The archive has no &quot;%1&quot;.</source>
        <translation>Arhiva ne sadrži „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the archive is larger than Saradnja accepts.</source>
        <translation>„%1“ u arhivi je veće nego što Saradnja prihvata.</translation>
    </message>
    <message>
        <source>The archive could not be read: %1</source>
        <translation>Arhiva nije mogla da se pročita: %1</translation>
    </message>
    <message>
        <source>The file is not a ZIP archive, or it is damaged.</source>
        <translation>Datoteka nije ZIP arhiva ili je oštećena.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive would be too large for the ZIP format.</source>
        <translation>Arhiva bi bila prevelika za ZIP format.</translation>
    </message>
    <message>
        <source>The archive could not be written: %1</source>
        <translation>Arhiva nije mogla da se upiše: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Saradnja — international cooperation register</source>
        <translation>Saradnja — registar međunarodne saradnje</translation>
    </message>
    <message>
        <source>The register to open.</source>
        <translation>Registar koji se otvara.</translation>
    </message>
    <message>
        <source>Language of the interface: sr-Latn, sr-Cyrl or en (default: as in the settings).</source>
        <translation>Jezik korisničkog interfejsa: sr-Latn, sr-Cyrl ili en (podrazumevano: kao u podešavanjima).</translation>
    </message>
    <message>
        <source>Save a picture of every section into the folder, then quit.</source>
        <translation>Čuva sliku svakog odeljka u zadatu fasciklu, a zatim zatvara program.</translation>
    </message>
    <message>
        <source>The register to open (as --db; a .saradnja file opened from the file manager).</source>
        <translation>Registar koji se otvara (kao --db; datoteka .saradnja otvorena iz upravljača datotekama).</translation>
    </message>
    <message>
        <source>saradnja: give one register, as FILE or with --db</source>
        <translation>saradnja: navedite jedan registar, kao FILE ili pomoću --db</translation>
    </message>
</context>
</TS>
