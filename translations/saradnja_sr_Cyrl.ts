<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Saradnja</source>
        <translation>О програму Сарадња</translation>
    </message>
    <message>
        <source>Saradnja icon</source>
        <translation>Икона програма Сарадња</translation>
    </message>
    <message>
        <source>Saradnja</source>
        <translation>Сарадња</translation>
    </message>
    <message>
        <source>Version %1 · register schema %2</source>
        <translation>Верзија %1 · шема регистра %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Верзија</translation>
    </message>
    <message>
        <source>The register of the international cooperation of SKGO, the Standing Conference of Towns and Municipalities: town twinnings and other partnerships, cooperation initiatives, delegation visits, agreements, action plans and memberships, with reports in Serbian and English.</source>
        <translation>Регистар међународне сарадње СКГО, Сталне конференције градова и општина: братимљења и друга партнерства, иницијативе за сарадњу, посете делегација, споразуми, акциони планови и чланства, са извештајима на српском и енглеском језику.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (%1). It comes with no warranty.</source>
        <translation>Слободан софтвер под лиценцом GNU Генерал Публиц Лиценсе, верзија 3 или било која каснија верзија (%1). Долази без икакве гаранције.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лиценца</translation>
    </message>
</context>
<context>
    <name>ActionPlanEditor</name>
    <message>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Буџет</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Утрошено</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Напредак</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Додај активност</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Уклони активност</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Помери нагоре</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Помери надоле</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Totals by theme</source>
        <translation>Укупно по темама</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Извор финансирања</translation>
    </message>
    <message>
        <source>Totals by funding source</source>
        <translation>Укупно по изворима финансирања</translation>
    </message>
    <message>
        <source>No activities yet: add them above with Add activity, and their totals appear here.</source>
        <translation>Још нема активности: додајте их изнад дугметом Додај активност, а њихови збирови појавиће се овде.</translation>
    </message>
    <message>
        <source>Start next year&apos;s plan from this one</source>
        <translation>Направи план за следећу годину на основу овог</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Поништи и&amp;змене</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>e.g. Action plan with the French Embassy 2026</source>
        <translation>нпр. Акциони план са Амбасадом Француске 2026</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>The embassy, donor or organisation; Latin or Cyrillic</source>
        <translation>Амбасада, донатор или организација; латиницом или ћирилицом</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Датум потписивања</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Приоритети</translation>
    </message>
    <message>
        <source>The themes the plan gives priority to.</source>
        <translation>Теме којима план даје приоритет.</translation>
    </message>
    <message>
        <source>Type or double-click to edit a cell; Enter keeps the value.</source>
        <translation>Почните да куцате или двапут кликните да бисте изменили ћелију; Enter задржава вредност.</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Додај активност</translation>
    </message>
    <message>
        <source>Move the activity up</source>
        <translation>Помери активност нагоре</translation>
    </message>
    <message>
        <source>Move the activity down</source>
        <translation>Помери активност надоле</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation>Како се мери успех</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>What was achieved</source>
        <translation>Шта је постигнуто</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>Start next year&apos;s plan</source>
        <translation>План за следећу годину</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сачувај</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Поништи измене</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Потпис&amp;ан:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Индикатор:</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>&amp;Резултат:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнер:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Година:</translation>
    </message>
    <message>
        <source>Pri&amp;orities:</source>
        <translation>При&amp;оритети:</translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation>Акти&amp;вности</translation>
    </message>
    <message>
        <source>Totals by theme and by funding source (per currency)</source>
        <translation>Укупно по темама и по изворима финансирања (по валутама)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Напо&amp;мене:</translation>
    </message>
    <message>
        <source>Next year:</source>
        <translation>Следећа година:</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ред %1, %2: %3</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Ниједна организација се не зове „%1“; изаберите један од предлога.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ није датум; унесите га у облику Д.М.ГГГГ.</translation>
    </message>
    <message>
        <source>Save the plan first.</source>
        <translation>Најпре сачувајте план.</translation>
    </message>
    <message>
        <source>Save or revert the changes first: next year&apos;s plan is copied from the saved plan.</source>
        <translation>Најпре сачувајте или поништите измене: план за следећу годину копира се из сачуваног плана.</translation>
    </message>
    <message>
        <source>Save or revert the changes first.</source>
        <translation>Најпре сачувајте или поништите измене.</translation>
    </message>
    <message>
        <source>Copies this plan to %1: the same partner, priorities and activities, dates a year later, statuses planned and progress reset.</source>
        <translation>Копира овај план у %1. годину: исти партнер, приоритети и активности, датуми померени за годину дана, статуси враћени на „планирана“, а напредак на нулу.</translation>
    </message>
</context>
<context>
    <name>ActionPlanStore</name>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>Година мора бити између %1 и %2.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Choose the partner of the plan.</source>
        <translation>Изаберите партнера у плану.</translation>
    </message>
    <message>
        <source>The partner no longer exists; choose another one.</source>
        <translation>Партнер више не постоји; изаберите другог.</translation>
    </message>
    <message>
        <source>Choose the status of the plan.</source>
        <translation>Изаберите статус плана.</translation>
    </message>
    <message>
        <source>A priority names a theme that no longer exists.</source>
        <translation>Један од приоритета наводи тему која више не постоји.</translation>
    </message>
    <message>
        <source>The same activity appears twice in the plan.</source>
        <translation>Иста активност се у плану појављује два пута.</translation>
    </message>
    <message>
        <source>This partner already has an action plan for %1.</source>
        <translation>Овај партнер већ има акциони план за %1. годину.</translation>
    </message>
    <message>
        <source>Activity %1 needs a title.</source>
        <translation>Активност бр. %1 нема назив.</translation>
    </message>
    <message>
        <source>Choose the status of activity %1.</source>
        <translation>Изаберите статус активности бр. %1.</translation>
    </message>
    <message>
        <source>The theme of activity %1 no longer exists.</source>
        <translation>Тема активности бр. %1 више не постоји.</translation>
    </message>
    <message>
        <source>Activity %1 belongs to another plan or no longer exists.</source>
        <translation>Активност бр. %1 припада другом плану или више не постоји.</translation>
    </message>
    <message>
        <source>Activity %1 has spent more than its budget.</source>
        <translation>Активност бр. %1 је потрошила више од предвиђеног буџета.</translation>
    </message>
    <message>
        <source>The action plan could not be saved.</source>
        <translation>Акциони план није могао да се сачува.</translation>
    </message>
    <message>
        <source>The priorities of the plan could not be saved.</source>
        <translation>Приоритети плана нису могли да се сачувају.</translation>
    </message>
    <message>
        <source>The activity &quot;%1&quot; could not be saved.</source>
        <translation>Активност „%1“ није могла да се сачува.</translation>
    </message>
    <message>
        <source>The activity &quot;%1&quot; could not be deleted.</source>
        <translation>Активност „%1“ није могла да се обрише.</translation>
    </message>
    <message>
        <source>The action plan could not be deleted.</source>
        <translation>Акциони план није могао да се обрише.</translation>
    </message>
    <message>
        <source>An action plan with %1 for %2 already exists; open it instead of starting a new one.</source>
        <translation>Акциони план са партнером %1 за %2. годину већ постоји; отворите њега уместо да правите нови.</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Без теме</translation>
    </message>
    <message>
        <source>No funding source</source>
        <translation>Без извора финансирања</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Организација</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Потписник</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Функција</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стране</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Додај страну</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Уклони страну</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Величина</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додато</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Atta&amp;ch…</source>
        <translation>При&amp;ложи…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Изв&amp;ези…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Уклони документ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Поништи и&amp;змене</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Датум потписивања</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Место потписивања</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Важи од</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Важи до</translation>
    </message>
    <message>
        <source>Leave empty for an agreement without an end date.</source>
        <translation>Оставите празно ако споразум нема рок важења.</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Истек важења</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Продужење</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Језици</translation>
    </message>
    <message>
        <source>e.g. sr, fr</source>
        <translation>нпр. ср, фр</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнерство</translation>
    </message>
    <message>
        <source>The partnership it founds, if any; type its title</source>
        <translation>Партнерство које се њиме заснива, ако постоји; упишите његов назив</translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation>Организација која се додаје</translation>
    </message>
    <message>
        <source>Type a name in Latin or Cyrillic</source>
        <translation>Упишите назив латиницом или ћирилицом</translation>
    </message>
    <message>
        <source>Signatory of the party</source>
        <translation>Потписник у име стране</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Потписник</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Функција потписника</translation>
    </message>
    <message>
        <source>Position, e.g. Mayor</source>
        <translation>Функција, нпр. градоначелник</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Enter or a double click opens a document.</source>
        <translation>Превуците датотеке овде да бисте их приложили. Enter или двоструки клик отвара документ.</translation>
    </message>
    <message>
        <source>About the documents</source>
        <translation>О документима</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Приложи датотеке</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Отвори документ</translation>
    </message>
    <message>
        <source>Export the document</source>
        <translation>Извези документ</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Уклони документ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>No partnership is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Ниједно партнерство се не зове „%1“; изаберите један од предлога.</translation>
    </message>
    <message>
        <source>&amp;in:</source>
        <comment>signed in (a place)</comment>
        <translation>&amp;у месту:</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <comment>valid until</comment>
        <translation>д&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Врста:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>&amp;Потписан:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>Важ&amp;и од:</translation>
    </message>
    <message>
        <source>Rene&amp;wal:</source>
        <translation>Продуже&amp;ње:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Јези&amp;ци:</translation>
    </message>
    <message>
        <source>Pa&amp;rtnership:</source>
        <translation>Па&amp;ртнерство:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>Стр&amp;ане:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>До&amp;кументи:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Напо&amp;мене:</translation>
    </message>
    <message>
        <source>(partnership %1)</source>
        <translation>(партнерство бр. %1)</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(организација бр. %1)</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Ниједна организација се не зове „%1“; изаберите један од предлога.</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Истиче данас</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Истиче за %n дан</numerusform>
            <numerusform>Истиче за %n дана</numerusform>
            <numerusform>Истиче за %n дана</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed or in force, and valid only until %1: renew it or record how it ends.</source>
        <translation>Потписан је или на снази, а важи само до %1: продужите га или забележите како се окончава.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ није датум; унесите га у облику Д.М.ГГГГ.</translation>
    </message>
    <message>
        <source>No partnership is called &quot;%1&quot;; choose one of the suggestions or leave it empty.</source>
        <translation>Ниједно партнерство се не зове „%1“; изаберите један од предлога или оставите поље празно.</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Release to attach the files to this agreement.</source>
        <translation>Отпустите да бисте датотеке приложили овом споразуму.</translation>
    </message>
    <message>
        <source>Save the agreement first; then attach its scanned documents here.</source>
        <translation>Најпре сачувајте споразум, а затим овде приложите његове скениране документе.</translation>
    </message>
    <message>
        <source>No documents are attached.</source>
        <translation>Није приложен ниједан документ.</translation>
    </message>
    <message>
        <source>The register is read-only: documents can be opened and exported.</source>
        <translation>Регистар је отворен само за читање: документи могу да се отворе и извезу.</translation>
    </message>
    <message>
        <source>No documents yet. Drag scanned files here, or use Attach… (at most %1 MB each).</source>
        <translation>Још нема докумената. Превуците овде скениране датотеке или употребите дугме Приложи… (највише %1 MB по датотеци).</translation>
    </message>
    <message>
        <source>Drag more files here to attach them (at most %1 MB each).</source>
        <translation>Превуците овде још датотека да бисте их приложили (највише %1 MB по датотеци).</translation>
    </message>
    <message>
        <source>The register is read-only: documents cannot be attached.</source>
        <translation>Регистар је отворен само за читање: документи не могу да се приложе.</translation>
    </message>
    <message>
        <source>Save the agreement first, then attach its documents.</source>
        <translation>Најпре сачувајте споразум, а затим приложите његове документе.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: %2</source>
        <translation>Датотека „%1“ није приложена: %2</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>Отворити програм?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a program or a script. Opening it may run it, and it could harm this computer or the register.</source>
        <translation>„%1“ изгледа као програм или скрипта. Отварањем може да се покрене, а то може да нашкоди овом рачунару или регистру.</translation>
    </message>
    <message>
        <source>Open it only if you know where it comes from and trust it. To look at it safely, export it instead.</source>
        <translation>Отворите га само ако знате одакле потиче и имате поверења у њега. Да бисте га безбедно прегледали, радије га извезите.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Ипак отвори</translation>
    </message>
    <message>
        <source>No temporary folder could be made to open the document.</source>
        <translation>Није могла да се направи привремена фасцикла за отварање документа.</translation>
    </message>
    <message>
        <source>No program on this computer could open &quot;%1&quot;. Export it and open it from there.</source>
        <translation>Ниједан програм на овом рачунару не може да отвори „%1“. Извезите документ и отворите га са места на које сте га извезли.</translation>
    </message>
    <message>
        <source>The register is read-only: documents cannot be removed.</source>
        <translation>Регистар је отворен само за читање: документи не могу да се уклоне.</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Прилагање докумената</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt);;All files (*)</source>
        <translation>Скенирани и други документи (*.pdf *.јпг *.јпег *.пнг *.тиф *.тифф *.доц *.docx *.одт);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Извоз документа</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the register? Export it first if you still need a copy.</source>
        <translation>Уклонити „%1“ из регистра? Ако вам је и даље потребна копија, најпре га извезите.</translation>
    </message>
</context>
<context>
    <name>AgreementStore</name>
    <message>
        <source>The title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Choose the kind of agreement.</source>
        <translation>Изаберите врсту споразума.</translation>
    </message>
    <message>
        <source>Choose the status of the agreement.</source>
        <translation>Изаберите статус споразума.</translation>
    </message>
    <message>
        <source>Choose how the agreement is renewed.</source>
        <translation>Изаберите како се споразум продужава.</translation>
    </message>
    <message>
        <source>The agreement cannot expire before it takes effect.</source>
        <translation>Споразум не може да истекне пре него што ступи на снагу.</translation>
    </message>
    <message>
        <source>A signed agreement needs the date it was signed.</source>
        <translation>За потписан споразум потребан је датум потписивања.</translation>
    </message>
    <message>
        <source>The partnership no longer exists; choose another one.</source>
        <translation>Партнерство више не постоји; изаберите друго.</translation>
    </message>
    <message>
        <source>Choose the organisation of every party.</source>
        <translation>Изаберите организацију за сваку страну.</translation>
    </message>
    <message>
        <source>An agreement needs at least one party.</source>
        <translation>Споразум мора имати бар једну страну.</translation>
    </message>
    <message>
        <source>An agreement needs at least two different parties.</source>
        <translation>Споразум мора имати бар две различите стране.</translation>
    </message>
    <message>
        <source>An organisation is listed more than once among the parties.</source>
        <translation>Иста организација је више пута наведена међу странама.</translation>
    </message>
    <message>
        <source>One of the parties no longer exists; choose another organisation.</source>
        <translation>Једна од страна више не постоји; изаберите другу организацију.</translation>
    </message>
    <message>
        <source>The agreement could not be saved.</source>
        <translation>Споразум није могао да се сачува.</translation>
    </message>
    <message>
        <source>The agreement could not be deleted.</source>
        <translation>Споразум није могао да се обрише.</translation>
    </message>
    <message>
        <source>The agreement cannot expire before it was signed.</source>
        <translation>Споразум не може да истекне пре него што је потписан.</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>write the whole register, attachments included, into one portable archive (export), or build a new register from one (import)</source>
        <translation>уписује цео регистар, са прилозима, у једну преносиву архиву (export) или прави нови регистар из архиве (import)</translation>
    </message>
    <message>
        <source>export: write the register given by --db into FILE (never overwritten); import: create the register given by --db, which must not exist yet, from FILE.</source>
        <translation>export: уписује регистар задат са --db у FILE (постојећа датотека се никад не преписује); import: прави регистар задат са --db, који још не сме да постоји, из FILE.</translation>
    </message>
    <message>
        <source>The archive (a ZIP file).</source>
        <translation>Архива (ZIP датотека).</translation>
    </message>
    <message>
        <source>use: archive export FILE, or archive import FILE</source>
        <translation>употреба: archive export FILE или archive import FILE</translation>
    </message>
    <message>
        <source>Created %1 from the archive (records: %2, attachments: %3).</source>
        <translation>Из архиве је направљен %1 (записа: %2, прилога: %3).</translation>
    </message>
    <message>
        <source>Archive written to %1 (records: %2, attachments: %3).</source>
        <translation>Архива је уписана у %1 (записа: %2, прилога: %3).</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>The archive was not written.</source>
        <translation>Архива није уписана.</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not overwritten.</source>
        <translation>Датотека са овим именом већ постоји; није преписана.</translation>
    </message>
    <message>
        <source>The archive could not be written: %1</source>
        <translation>Архива није могла да се упише: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveFormat</name>
    <message>
        <source>The file is not a Saradnja archive, or it is damaged.</source>
        <translation>Датотека није архива програма Сарадња или је оштећена.</translation>
    </message>
</context>
<context>
    <name>ArchiveImport</name>
    <message>
        <source>The archive was made by a newer version of Saradnja. Update Saradnja to read it.</source>
        <translation>Архиву је направила новија верзија програма Сарадња. Ажурирајте Сарадњу да бисте је прочитали.</translation>
    </message>
    <message>
        <source>The archive was made by an older version of Saradnja that this one cannot read.</source>
        <translation>Архиву је направила старија верзија програма Сарадња коју ова верзија не може да прочита.</translation>
    </message>
    <message>
        <source>The archive could not be read into the register.</source>
        <translation>Архива није могла да се учита у регистар.</translation>
    </message>
    <message>
        <source>The archive holds a record this register refuses.</source>
        <translation>Архива садржи запис који овај регистар одбија.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ништа није увезено.</translation>
    </message>
    <message>
        <source>The archive holds references to records that are not in it; nothing was imported.</source>
        <translation>Архива упућује на записе који у њој не постоје; ништа није увезено.</translation>
    </message>
    <message>
        <source>The archive could not be opened: %1</source>
        <translation>Архива није могла да се отвори: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveTransfer</name>
    <message>
        <source>Saradnja archives (*.zip);;All files (*)</source>
        <translation>Архиве програма Сарадња (*.zip);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Export Archive</source>
        <translation>Извоз архиве</translation>
    </message>
    <message>
        <source>The existing file could not be replaced.</source>
        <translation>Постојећа датотека није могла да се замени.</translation>
    </message>
    <message>
        <source>Import Archive</source>
        <translation>Увоз архиве</translation>
    </message>
    <message>
        <source>Save the New Register As</source>
        <translation>Сачувај нови регистар као</translation>
    </message>
    <message>
        <source>Saradnja registers (*.saradnja *.db)</source>
        <translation>Регистри програма Сарадња (*.сарадња *.db)</translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation>Уписивање архиве…</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>Читање архиве…</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file is too large: attachments can be at most %1 MB.</source>
        <translation>Датотека је превелика: прилог може имати највише %1 MB.</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>Датотека мора имати име.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be attached.</source>
        <translation>Датотека „%1“ није могла да се приложи.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Датотека „%1“ не постоји.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ није датотека.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read.</source>
        <translation>Датотека „%1“ није могла да се прочита.</translation>
    </message>
    <message>
        <source>The attached file &quot;%1&quot; is damaged: its content no longer matches the checksum recorded when it was added. Restore it from a backup.</source>
        <translation>Приложена датотека „%1“ је оштећена: њен садржај се више не слаже са контролним збиром забележеним при додавању. Вратите је из резервне копије.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name.</source>
        <translation>„%1“ већ постоји; изаберите друго име.</translation>
    </message>
    <message>
        <source>The folder for &quot;%1&quot; does not exist.</source>
        <translation>Фасцикла за „%1“ не постоји.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written.</source>
        <translation>„%1“ није могло да се упише.</translation>
    </message>
    <message>
        <source>The attachment could not be deleted.</source>
        <translation>Прилог није могао да се обрише.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отказано.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>write a consistent, checked copy (default: into the automatic backups folder)</source>
        <translation>прави проверену, доследну копију (подразумевано у фасцикли аутоматских резервних копија)</translation>
    </message>
    <message>
        <source>Write the copy to FILE instead (never overwritten).</source>
        <translation>Уписује копију у FILE (постојећа датотека се никад не преписује).</translation>
    </message>
    <message>
        <source>backup takes no arguments; use --out FILE</source>
        <translation>backup не прима аргументе; користите --out FILE</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервна копија је уписана у %1</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backups folder could not be created.</source>
        <translation>Фасцикла за резервне копије није могла да се направи.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was discarded.</source>
        <translation>Резервна копија није прошла проверу исправности и одбачена је.</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not overwritten.</source>
        <translation>Датотека са овим именом већ постоји; није преписана.</translation>
    </message>
    <message>
        <source>The folder for the backup does not exist.</source>
        <translation>Фасцикла за резервну копију не постоји.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Ова резервна копија не може да се врати: %1</translation>
    </message>
    <message>
        <source>Nothing was restored, because the current register could not be backed up first.</source>
        <translation>Ништа није враћено, јер претходно није могла да се направи резервна копија тренутног регистра.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Дневна</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Ручна</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Пре враћања</translation>
    </message>
    <message>
        <source>Before the upgrade to schema version %1</source>
        <translation>Пре надоградње на верзију шеме %1</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>export visits and open tasks with due dates as iCalendar (RFC 5545)</source>
        <translation>извози посете и отворене задатке са роковима у формату iCalendar (RFC 5545)</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Датотека .ics у коју се уписује.</translation>
    </message>
    <message>
        <source>Only events on or after DATE (YYYY-MM-DD or D.M.YYYY.).</source>
        <translation>Само догађаји на дан DATE или после њега (YYYY-MM-DD или D.M.YYYY.).</translation>
    </message>
    <message>
        <source>Only events on or before DATE.</source>
        <translation>Само догађаји на дан DATE или пре њега.</translation>
    </message>
    <message>
        <source>calendar needs --out FILE.ics</source>
        <translation>calendar захтева --out FILE.ics</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date</source>
        <translation>--%1: „%2“ није датум</translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation>Календар је уписан у %1</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Visit</source>
        <translation>Посета</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Задатак: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Задужена особа: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задатак</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Датотека календара није могла да се упише.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Извоз календара</translation>
    </message>
    <message>
        <source>Visits and open tasks with a due date, as an iCalendar file (.ics) for Outlook, Thunderbird or a phone. Exporting again later updates the same events.</source>
        <translation>Посете и отворени задаци са роком, као датотека iCalendar (.ics) за Оутлоок, Тхундербирд или телефон. Поновним извозом касније ажурирају се исти догађаји.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничења</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Извези…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Од:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>Write dates as D.M.YYYY. (or leave them empty).</source>
        <translation>Унесите датуме у облику Д.М.ГГГГ. (или их оставите празне).</translation>
    </message>
    <message>
        <source>The first date is after the last.</source>
        <translation>Почетни датум је после крајњег.</translation>
    </message>
    <message>
        <source>All dates: every visit and every open task with a due date.</source>
        <translation>Сви датуми: свака посета и сваки отворени задатак са роком.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>run the full integrity check; print the schema version and record counts</source>
        <translation>покреће потпуну проверу исправности; исписује верзију шеме и број записа</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check не прима аргументе</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Регистар: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Saradnja writes %2)</source>
        <translation>Верзија шеме: %1 (ова верзија Сарадње уписује %2)</translation>
    </message>
    <message>
        <source>Integrity: FAILED</source>
        <translation>Провера исправности: НЕУСПЕШНА</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Провера исправности: у реду</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: saradnja-cli [--db FILE] [--lang sr-Latn|sr-Cyrl|en] COMMAND [ARGS] [OPTIONS]</source>
        <translation>Употреба: saradnja-cli [--db FILE] [--lang sr-Latn|sr-Cyrl|en] КОМАНДА [АРГУМЕНТИ] [ОПЦИЈЕ]</translation>
    </message>
    <message>
        <source>The command-line tool of Saradnja, the international cooperation register of SKGO.</source>
        <translation>Алат за командну линију програма Сарадња, регистра међународне сарадње СКГО.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команде:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Опште опције:</translation>
    </message>
    <message>
        <source>the register to use (default: %1)</source>
        <translation>регистар са којим се ради (подразумевано: %1)</translation>
    </message>
    <message>
        <source>language of messages: sr-Latn, sr-Cyrl or en (default: en)</source>
        <translation>језик порука: sr-Latn, sr-Cyrl или en (подразумевано: en)</translation>
    </message>
    <message>
        <source>this help; COMMAND --help describes a command</source>
        <translation>ова помоћ; КОМАНДА --help описује команду</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 bad usage.</source>
        <translation>Излазни код: 0 успех, 1 неуспех, 2 погрешна употреба.</translation>
    </message>
    <message>
        <source>unknown or incomplete option: %1</source>
        <translation>непозната или непотпуна опција: %1</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use sr-Latn, sr-Cyrl or en</source>
        <translation>непознат језик „%1“; користите sr-Latn, sr-Cyrl или en</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see saradnja-cli --help</source>
        <translation>непозната команда „%1“; погледајте saradnja-cli --help</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Приказује ову помоћ.</translation>
    </message>
    <message>
        <source>The register to use.</source>
        <translation>Регистар са којим се ради.</translation>
    </message>
    <message>
        <source>Language: sr-Latn, sr-Cyrl or en.</source>
        <translation>Језик: sr-Latn, sr-Cyrl или en.</translation>
    </message>
    <message>
        <source>the version of Saradnja and of the register schema it writes</source>
        <translation>верзија Сарадње и шеме регистра коју она уписује</translation>
    </message>
</context>
<context>
    <name>Compaction</name>
    <message>
        <source>The register could not be compacted: %1</source>
        <translation>Регистар није могао да се сажме: %1</translation>
    </message>
    <message>
        <source>%1 It works as it is, and is compacted again at a later opening.</source>
        <translation>%1 Регистар ради и овако, а сажеће се при неком каснијем отварању.</translation>
    </message>
</context>
<context>
    <name>CsvCells</name>
    <message>
        <source>the %1 is required</source>
        <translation>недостаје обавезан податак у колони „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD or D.M.YYYY.</source>
        <translation>„%1“ није датум; пишите YYYY-MM-DD или D.M.YYYY.</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use one of: %3</source>
        <translation>непозната вредност „%2“ у колони „%1“; дозвољене су: %3</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>непозната тема „%1“</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>непозната држава „%1“</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ред %1, колона %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ред %1: %2</translation>
    </message>
    <message>
        <source>Unknown kind of records &quot;%1&quot;.</source>
        <translation>Непозната врста записа „%1“.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Датотека је празна.</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>непозната колона „%1“</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>колона „%1“ се појављује два пута</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>недостаје обавезна колона „%1“</translation>
    </message>
    <message>
        <source>the line has %1 fields, the header %2</source>
        <translation>број поља у реду (%1) разликује се од броја колона у заглављу (%2)</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is not matched to a column of the file</source>
        <translation>обавезна колона „%1“ није придружена ниједној колони датотеке</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Увоз је отказан; ништа није уписано.</translation>
    </message>
    <message>
        <source>the file has no column %1</source>
        <translation>датотека нема колону %1</translation>
    </message>
    <message>
        <source>the column is matched to both &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>колона је придружена и колони „%1“ и колони „%2“</translation>
    </message>
</context>
<context>
    <name>CsvSource</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use UTF-8, windows-1250 or windows-1251.</source>
        <translation>Непознато кодирање „%1“; користите UTF-8, windows-1250 или windows-1251.</translation>
    </message>
    <message>
        <source>The encoding %1 is not available.</source>
        <translation>Кодирање %1 није доступно.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; choose its encoding (windows-1250 or windows-1251).</source>
        <translation>Датотека није исправан UTF-8; наведите њено кодирање (windows-1250 или windows-1251).</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;; use a comma, a semicolon or tab.</source>
        <translation>Непознат раздвајач „%1“; користите зарез, тачку и зарез или табулатор.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Датотека није могла да се отвори.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Датотека је већа од %1 MB.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>Датотека CSV није могла да се упише.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Upcoming visits (next 60 days)</source>
        <translation>Предстојеће посете (наредних 60 дана)</translation>
    </message>
    <message>
        <source>Partnerships needing care</source>
        <translation>Партнерства којима је потребна пажња</translation>
    </message>
    <message>
        <source>Agreements expiring (90 days)</source>
        <translation>Споразуми који истичу (у року од 90 дана)</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Задаци којима је истекао рок</translation>
    </message>
    <message>
        <source>Open initiatives by stage</source>
        <translation>Отворене иницијативе по фазама</translation>
    </message>
    <message>
        <source>No visits in the next 60 days.</source>
        <translation>Нема посета у наредних 60 дана.</translation>
    </message>
    <message>
        <source>Every partnership had recent activity.</source>
        <translation>Сва партнерства су недавно имала активности.</translation>
    </message>
    <message>
        <source>No agreement expires soon.</source>
        <translation>Ниједан споразум не истиче ускоро.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Нема задатака којима је истекао рок.</translation>
    </message>
    <message>
        <source>No open initiatives.</source>
        <translation>Нема отворених иницијатива.</translation>
    </message>
    <message>
        <source>Partnerships by country</source>
        <translation>Партнерства по државама</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>још нема података</translation>
    </message>
    <message>
        <source>Visits per year</source>
        <translation>Посете по годинама</translation>
    </message>
    <message>
        <source>Action plan progress by theme (%)</source>
        <translation>Напредак акционих планова по темама (%)</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>још нема планова</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>reference data</source>
        <translation>референтни подаци</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>организације</translation>
    </message>
    <message>
        <source>people</source>
        <translation>особе</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>партнерства</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>споразуми</translation>
    </message>
    <message>
        <source>action plans</source>
        <translation>акциони планови</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>посете</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>прилози</translation>
    </message>
    <message>
        <source>%1 done in %2 s</source>
        <translation>%1: готово за %2 с</translation>
    </message>
    <message>
        <source>The reference data is missing.</source>
        <translation>Недостају референтни подаци.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file is an empty database, not a Saradnja register.</source>
        <translation>Датотека је празна база података, а не регистар Сарадње.</translation>
    </message>
    <message>
        <source>The file is a database of another program, not a Saradnja register.</source>
        <translation>Датотека је база података неког другог програма, а не регистар Сарадње.</translation>
    </message>
    <message>
        <source>This register was saved by a newer version of Saradnja. Install the newer version to open it; the file was not changed.</source>
        <translation>Овај регистар је сачувала новија верзија Сарадње. Инсталирајте новију верзију да бисте га отворили; датотека није мењана.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Датотека базе података је оштећена. Вратите је из резервне копије.</translation>
    </message>
    <message>
        <source>The database holds references to records that no longer exist. Restore it from a backup.</source>
        <translation>База података упућује на записе који више не постоје. Вратите је из резервне копије.</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>Регистар је отворен само за читање.</translation>
    </message>
    <message>
        <source>The register file is read-only: you can look, but not change anything.</source>
        <translation>Датотека регистра је само за читање: можете да прегледате податке, али не и да их мењате.</translation>
    </message>
    <message>
        <source>The folder of the register is read-only: you can look, but not change anything.</source>
        <translation>Фасцикла регистра је само за читање: можете да прегледате податке, али не и да их мењате.</translation>
    </message>
    <message>
        <source>Another copy of Saradnja (on %1) is editing this register: it is open read-only here.</source>
        <translation>Овај регистар управо мења Сарадња на рачунару %1: овде је отворен само за читање.</translation>
    </message>
    <message>
        <source>Another copy of Saradnja is editing this register: it is open read-only here.</source>
        <translation>Овај регистар управо мења друга копија Сарадње: овде је отворен само за читање.</translation>
    </message>
    <message>
        <source>There is no register at this location.</source>
        <translation>На овој локацији нема регистра.</translation>
    </message>
    <message>
        <source>The file is not a Saradnja database.</source>
        <translation>Датотека није база Сарадње.</translation>
    </message>
    <message>
        <source>The register file could not be read.</source>
        <translation>Датотека регистра није могла да се прочита.</translation>
    </message>
    <message>
        <source>The folder of the register does not exist.</source>
        <translation>Фасцикла регистра не постоји.</translation>
    </message>
    <message>
        <source>This register is already open in this window.</source>
        <translation>Овај регистар је већ отворен у овом прозору.</translation>
    </message>
    <message>
        <source>The register is on a network drive (%1). Only one person can edit it at a time; keep regular backups.</source>
        <translation>Регистар се налази на мрежном диску (%1). Само једна особа истовремено може да га мења; редовно правите резервне копије.</translation>
    </message>
    <message>
        <source>The folder for the new register does not exist.</source>
        <translation>Фасцикла за нови регистар не постоји.</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not overwritten.</source>
        <translation>Датотека са овим именом већ постоји; није преписана.</translation>
    </message>
    <message>
        <source>The folder is read-only; the register cannot be created there.</source>
        <translation>Фасцикла је само за читање; у њој не може да се направи регистар.</translation>
    </message>
    <message>
        <source>The register file could not be opened.</source>
        <translation>Датотека регистра није могла да се отвори.</translation>
    </message>
    <message>
        <source>This register was saved by an older version of Saradnja and must be upgraded, but it is read-only here.</source>
        <translation>Овај регистар је сачувала старија верзија Сарадње и мора да се надогради, али је овде отворен само за читање.</translation>
    </message>
    <message>
        <source>The register was not upgraded, because the backup before the upgrade failed.</source>
        <translation>Регистар није надограђен, јер није успело прављење резервне копије пре надоградње.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Аутоматска резервна копија није успела: %1</translation>
    </message>
    <message>
        <source>The copy of the register could not be written.</source>
        <translation>Копија регистра није могла да се упише.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Датотека није могла да се отвори.</translation>
    </message>
    <message>
        <source>The backup could not be opened.</source>
        <translation>Резервна копија није могла да се отвори.</translation>
    </message>
    <message>
        <source>The backup could not be copied.</source>
        <translation>Резервна копија није могла да се копира.</translation>
    </message>
    <message>
        <source>The register is still being written; try the restore again.</source>
        <translation>Упис у регистар је још у току; покушајте поново са враћањем.</translation>
    </message>
    <message>
        <source>The register is not open.</source>
        <translation>Регистар није отворен.</translation>
    </message>
    <message>
        <source>Checking the register… You can look at it now; changes are possible when the check is done.</source>
        <translation>Регистар се проверава… Већ га можете прегледати; измене су могуће када провера буде готова.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>D.M.YYYY.</source>
        <translation>Д.М.ГГГГ.</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Изаберите из календара</translation>
    </message>
</context>
<context>
    <name>ErasureNoticeDialog</name>
    <message>
        <source>Personal data erased</source>
        <translation>Лични подаци су избрисани</translation>
    </message>
    <message>
        <source>The person&apos;s data was erased. If they asked for the erasure, send them this notice:</source>
        <translation>Подаци о особи су избрисани. Ако је особа тражила брисање, пошаљите јој ово обавештење:</translation>
    </message>
    <message>
        <source>Erasure notice</source>
        <translation>Обавештење о брисању</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сачувај ка&amp;о…</translation>
    </message>
    <message>
        <source>Copy the notice</source>
        <translation>Копирај обавештење</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Сачувај обавештење</translation>
    </message>
    <message>
        <source>Save the erasure notice</source>
        <translation>Чување обавештења о брисању</translation>
    </message>
    <message>
        <source>erasure-notice.txt</source>
        <translation>obavestenje-o-brisanju.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстуалне датотеке (*.txt)</translation>
    </message>
    <message>
        <source>The notice could not be saved to %1.</source>
        <translation>Обавештење није могло да се сачува у %1.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Import CS&amp;V…</source>
        <translation>Увези C&amp;SV…</translation>
    </message>
    <message>
        <source>Import organisations, people, partnerships or visits from a CSV file</source>
        <translation>Увози организације, особе, партнерства или посете из датотеке CSV</translation>
    </message>
    <message>
        <source>Export &amp;List…</source>
        <translation>Извези &amp;листу…</translation>
    </message>
    <message>
        <source>Save the list shown, as filtered and sorted, with its columns, as a CSV file</source>
        <translation>Чува приказани списак, филтриран и сортиран, са његовим колонама, као датотеку CSV</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Извези &amp;календар…</translation>
    </message>
    <message>
        <source>Save visits and open tasks as an iCalendar file</source>
        <translation>Чува посете и отворене задатке као датотеку iCalendar</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 skipped as duplicates.</source>
        <translation>Увезено — додато: %1, ажурирано: %2, прескочено као дупликати: %3.</translation>
    </message>
    <message>
        <source>Choose a list in the sidebar first.</source>
        <translation>Најпре изаберите списак на бочној траци.</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Извоз списка</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Датотеке CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Извоз списка…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>Извезен је %n запис у %1</numerusform>
            <numerusform>Извезена су %n записа у %1</numerusform>
            <numerusform>Извезено је %n записа у %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Извоз календара</translation>
    </message>
    <message>
        <source>Saradnja calendar</source>
        <translation>Календар Сарадње</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Датотеке iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Извоз календара…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>У %1 је уписан %n догађај</numerusform>
            <numerusform>У %1 су уписана %n догађаја</numerusform>
            <numerusform>У %1 је уписано %n догађаја</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export all records of KIND as UTF-8 CSV with BOM, in the columns import reads</source>
        <translation>извози све записе врсте KIND у CSV (UTF-8 са BOM), са колонама које чита import</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Датотека у коју се уписује.</translation>
    </message>
    <message>
        <source>export needs KIND and FILE.csv</source>
        <translation>export захтева KIND и FILE.csv</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of: %2</source>
        <translation>непозната врста „%1“; користите једну од: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Извезено у %1</translation>
    </message>
</context>
<context>
    <name>FileSync</name>
    <message>
        <source>A file could not be replaced.</source>
        <translation>Датотека није могла да се замени.</translation>
    </message>
    <message>
        <source>The file already exists; it was not overwritten.</source>
        <translation>Датотека већ постоји; није преписана.</translation>
    </message>
    <message>
        <source>A file could not be moved into place.</source>
        <translation>Датотека није могла да се премести на своје место.</translation>
    </message>
    <message>
        <source>A file could not be written to disk.</source>
        <translation>Датотека није могла да се упише на диск.</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>write a new register of generated data: small (the example data), medium or large</source>
        <translation>уписује нови регистар са генерисаним подацима: смалл (примери података), медиум или ларге</translation>
    </message>
    <message>
        <source>small, medium or large</source>
        <translation>смалл, медиум или ларге</translation>
    </message>
    <message>
        <source>Divide every count of the size by N.</source>
        <translation>Дели сваки број записа за дату величину са Н.</translation>
    </message>
    <message>
        <source>generate needs one size: small, medium or large</source>
        <translation>generate захтева једну величину: смалл, медиум или ларге</translation>
    </message>
    <message>
        <source>--divisor needs a whole number of at least 1</source>
        <translation>--divisor захтева цео број, најмање 1</translation>
    </message>
    <message>
        <source>unknown size &quot;%1&quot;; use small, medium or large</source>
        <translation>непозната величина „%1“; користите смалл, медиум или ларге</translation>
    </message>
    <message>
        <source>%1 already exists; generate writes a new register only</source>
        <translation>%1 већ постоји; generate уписује само нови регистар</translation>
    </message>
    <message>
        <source>Created %1 (%2, schema version %3) in %4 s.</source>
        <translation>Направљен је регистар %1 (%2, верзија шеме %3) за %4 с.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation>Претрага целог регистра</translation>
    </message>
    <message>
        <source>Search partnerships, visits, people, organisations… in either script</source>
        <translation>Претражите партнерства, посете, особе, организације… латиницом или ћирилицом</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Претрага</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Резултати претраге</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ за избор, Enter за отварање, Esc за затварање</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>&amp;Update records that already exist with the file&apos;s values</source>
        <translation>&amp;Ажурирај постојеће записе вредностима из датотеке</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Провера датотеке</translation>
    </message>
    <message>
        <source>Nothing is imported until every row is correct; then all rows are imported at once, or none.</source>
        <translation>Ништа се не увози док сви редови не буду исправни; тада се сви редови увозе одједном или ниједан.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Увези</translation>
    </message>
    <message>
        <source>Update existing records</source>
        <translation>Ажурирај постојеће записе</translation>
    </message>
    <message>
        <source>Without this, rows that match a record already in the register are skipped as duplicates.</source>
        <translation>Без ове опције, редови који одговарају запису који већ постоји у регистру прескачу се као дупликати.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Провера свих редова…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Датотека није могла да се прочита.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Correct the file (or the choices of the earlier steps) and check again; nothing can be imported until the file is clean.</source>
        <translation>
            <numerusform>Пронађен је %n проблем. Исправите датотеку (или избор у претходним корацима) и поново покрените проверу; ништа не може да се увезе док датотека не буде исправна.</numerusform>
            <numerusform>Пронађена су %n проблема. Исправите датотеку (или избор у претходним корацима) и поново покрените проверу; ништа не може да се увезе док датотека не буде исправна.</numerusform>
            <numerusform>Пронађено је %n проблема. Исправите датотеку (или избор у претходним корацима) и поново покрените проверу; ништа не може да се увезе док датотека не буде исправна.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is clean: %1 would be added, %2 updated, %3 skipped as duplicates.</source>
        <translation>Датотека је исправна — биће додато: %1, ажурирано: %2, прескочено као дупликати: %3.</translation>
    </message>
    <message>
        <source>The register is open read-only, so nothing can be imported: %1</source>
        <translation>Регистар је отворен само за читање, па ништа не може да се увезе: %1</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>Назив на ћирилици</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Држава</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Е-пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сајт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организација</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Функција</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Језици</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Завршетак</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Теме</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Смер</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Датум почетка</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Датум завршетка</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Домаћин</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Гости</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Сврха</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организације</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особе</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнерства</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посете</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import rows of KIND from a CSV file: all rows or none</source>
        <translation>увози редове врсте KIND из датотеке CSV: све редове или ниједан</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Датотека која се увози.</translation>
    </message>
    <message>
        <source>UTF-8, windows-1250 or windows-1251 (default: detected).</source>
        <translation>UTF-8, windows-1250 или windows-1251 (подразумевано: аутоматско препознавање).</translation>
    </message>
    <message>
        <source>&quot;,&quot;, &quot;;&quot; or &quot;tab&quot; (default: detected).</source>
        <translation>&quot;,&quot;, &quot;;&quot; или &quot;tab&quot; (подразумевано: аутоматско препознавање).</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>Проверава датотеку и извештава, али ништа не уписује.</translation>
    </message>
    <message>
        <source>Update records that already exist instead of skipping them.</source>
        <translation>Ажурира постојеће записе уместо да их прескочи.</translation>
    </message>
    <message>
        <source>import needs KIND and FILE.csv</source>
        <translation>import захтева KIND и FILE.csv</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of: %2</source>
        <translation>непозната врста „%1“; користите једну од: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>Пронађен је %n проблем; ништа није увезено.</numerusform>
            <numerusform>Пронађена су %n проблема; ништа није увезено.</numerusform>
            <numerusform>Пронађено је %n проблема; ништа није увезено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation>Пробно, ништа није уписано: </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped as duplicates.</source>
        <translation>додато: %1, ажурирано: %2, прескочено као дупликати: %3.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Придруживање колона</translation>
    </message>
    <message>
        <source>For each column Saradnja imports, choose the column of the file that holds it. Columns in bold are required; file columns chosen for none are not imported.</source>
        <translation>За сваку колону коју Сарадња увози изаберите колону датотеке која је садржи. Колоне написане подебљано су обавезне; колоне датотеке које нису изабране ни за једну колону не увозе се.</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Увози се као</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Колона датотеке</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Први ред</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Column of the file for %1</source>
        <translation>Колона датотеке за %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не увози се)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Choose a column of the file for: %1.</source>
        <translation>Изаберите колону датотеке за: %1.</translation>
    </message>
    <message>
        <source>Column %1 of the file is chosen for more than one: %2.</source>
        <translation>Колона %1 датотеке изабрана је за више колона: %2.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>Провера читања датотеке</translation>
    </message>
    <message>
        <source>The encoding and the delimiter were detected. If letters or columns look wrong below, choose others.</source>
        <translation>Кодирање и раздвајач су аутоматски препознати. Ако слова или колоне у прегледу испод изгледају погрешно, изаберите друге.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1250 (Latin)</source>
        <translation>Windows-1250 (латиница)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (ћирилица)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодирање</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Зарез ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Тачка и зарез ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табулатор</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Раздвајач</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодирање:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Раздвајач:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Читање датотеке…</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 са BOM</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 без BOM</translation>
    </message>
    <message>
        <source>Detected: %1, %2.</source>
        <translation>Препознато: %1, %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Датотека је празна.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file; the first %1 are shown (the numbers are the file&apos;s lines).</source>
        <translation>
            <numerusform>Датотека има %n ред; приказано је првих %1 (бројеви означавају редове у датотеци).</numerusform>
            <numerusform>Датотека има %n реда; приказано је првих %1 (бројеви означавају редове у датотеци).</numerusform>
            <numerusform>Датотека има %n редова; приказано је првих %1 (бројеви означавају редове у датотеци).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file (the numbers are the file&apos;s lines).</source>
        <translation>
            <numerusform>Датотека има %n ред (бројеви означавају редове у датотеци).</numerusform>
            <numerusform>Датотека има %n реда (бројеви означавају редове у датотеци).</numerusform>
            <numerusform>Датотека има %n редова (бројеви означавају редове у датотеци).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Увоз</translation>
    </message>
    <message>
        <source>All rows are written in one step: if anything fails, or you cancel, nothing is written.</source>
        <translation>Сви редови се уписују у једном кораку: ако нешто не успе или откажете увоз, ништа се не уписује.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Напредак</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Увоз: %1…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n row(s)…</source>
        <translation>
            <numerusform>Уписује се %n ред…</numerusform>
            <numerusform>Уписују се %n реда…</numerusform>
            <numerusform>Уписује се %n редова…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>Провера реда %1 од %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отказивање…</translation>
    </message>
    <message>
        <source>The import failed; nothing was written. %1</source>
        <translation>Увоз није успео; ништа није уписано. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported. The first: %1</source>
        <translation>
            <numerusform>Пронађен је %n проблем; ништа није увезено. Први: %1</numerusform>
            <numerusform>Пронађена су %n проблема; ништа није увезено. Први: %1</numerusform>
            <numerusform>Пронађено је %n проблема; ништа није увезено. Први: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 added, %2 updated, %3 skipped as duplicates.</source>
        <translation>Готово — додато: %1, ажурирано: %2, прескочено као дупликати: %3.</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>What to import</source>
        <translation>Шта се увози</translation>
    </message>
    <message>
        <source>Choose the kind of records and the CSV file that holds them (as Excel or LibreOffice save it).</source>
        <translation>Изаберите врсту записа и датотеку CSV која их садржи (онакву какву је чувају Excel или LibreOffice).</translation>
    </message>
    <message>
        <source>Kind of records</source>
        <translation>Врста записа</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>A .csv file</source>
        <translation>Датотека .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Прегледај…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Датотека:</translation>
    </message>
    <message>
        <source>The file&apos;s first line names its columns. Columns of %1: %2 (* required). Columns named otherwise can be matched in a later step.</source>
        <translation>Први ред датотеке садржи називе колона. Колоне за %1: %2 (* означава обавезну). Колоне са другачијим називима могу се придружити у једном од следећих корака.</translation>
    </message>
    <message>
        <source>Import from a CSV File</source>
        <translation>Увоз из датотеке CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Датотеке CSV (*.csv *.txt);;Све датотеке (*)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a CSV File</source>
        <translation>Увоз из датотеке CSV</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Даље &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Затвори</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Увези</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>create a new register with the reference data (--sample adds the example data)</source>
        <translation>прави нови регистар са референтним подацима (--sample додаје и примере)</translation>
    </message>
    <message>
        <source>Also add the example data.</source>
        <translation>Додаје и примере података.</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init не прима аргументе</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation>Направљен је регистар %1 (верзија шеме %2).</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>&amp;Next stage</source>
        <translation>С&amp;ледећа фаза</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Напомена</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Историја фаза</translation>
    </message>
    <message>
        <source>Remove country</source>
        <translation>Уклони државу</translation>
    </message>
    <message>
        <source>A&amp;dd as candidate</source>
        <translation>Дода&amp;ј као кандидата</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организација</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Држава</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидати</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Уклони кандидата</translation>
    </message>
    <message>
        <source>&amp;Turn into partnership</source>
        <translation>Претвори &amp;у партнерство</translation>
    </message>
    <message>
        <source>Open partnership</source>
        <translation>Отвори партнерство</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Поништи из&amp;мене</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Било која врста</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Извор</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Подносилац</translation>
    </message>
    <message>
        <source>Type a name in Latin or Cyrillic</source>
        <translation>Упишите назив латиницом или ћирилицом</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>Задужени запослени</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Датум покретања</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Датум затварања</translation>
    </message>
    <message>
        <source>Set when the initiative reaches a closed stage; empty while it is open.</source>
        <translation>Уписује се када иницијатива доспе у завршну фазу; док је отворена, поље је празно.</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Прелазак у следећу фазу</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Дана у фази</translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation>Држава која се додаје</translation>
    </message>
    <message>
        <source>Type a country, Enter adds it</source>
        <translation>Упишите државу; Enter је додаје</translation>
    </message>
    <message>
        <source>Countries sought</source>
        <translation>Тражене државе</translation>
    </message>
    <message>
        <source>Delete removes the selected country.</source>
        <translation>Тастер Delete уклања изабрану државу.</translation>
    </message>
    <message>
        <source>Themes sought</source>
        <translation>Тражене теме</translation>
    </message>
    <message>
        <source>Kind sought</source>
        <translation>Тражена врста партнерства</translation>
    </message>
    <message>
        <source>Size sought</source>
        <translation>Тражена величина</translation>
    </message>
    <message>
        <source>e.g. 10,000–30,000 inhabitants</source>
        <translation>нпр. 10.000–30.000 становника</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Suggested partners</source>
        <translation>Предложени партнери</translation>
    </message>
    <message>
        <source>Organisations of the countries sought, with partnerships on the themes sought, that are not yet partners of the requester. Double-click adds one.</source>
        <translation>Организације из тражених држава које имају партнерства на траженим темама, а још нису партнери подносиоца. Двоструки клик додаје организацију као кандидата.</translation>
    </message>
    <message>
        <source>About the suggestions</source>
        <translation>О предлозима</translation>
    </message>
    <message>
        <source>Add as candidate</source>
        <translation>Додај као кандидата</translation>
    </message>
    <message>
        <source>Turn into partnership</source>
        <translation>Претвори у партнерство</translation>
    </message>
    <message>
        <source>Candidate to add</source>
        <translation>Кандидат који се додаје</translation>
    </message>
    <message>
        <source>Add another organisation</source>
        <translation>Додајте још неку организацију</translation>
    </message>
    <message>
        <source>Resulting partnership</source>
        <translation>Партнерство настало из иницијативе</translation>
    </message>
    <message>
        <source>Creates the partnership between the requester and the selected candidate, on the themes sought, and links it to this initiative.</source>
        <translation>Заснива партнерство између подносиоца и изабраног кандидата, на траженим темама, и повезује га са овом иницијативом.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Ниједна организација се не зове „%1“; изаберите један од предлога.</translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation>З&amp;атворена:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Извор:</translation>
    </message>
    <message>
        <source>Re&amp;quested by:</source>
        <translation>&amp;Подносилац:</translation>
    </message>
    <message>
        <source>Staff in c&amp;harge:</source>
        <translation>&amp;Задужени:</translation>
    </message>
    <message>
        <source>O&amp;pened:</source>
        <translation>Пок&amp;ренута:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>&amp;Фаза:</translation>
    </message>
    <message>
        <source>In this stage:</source>
        <translation>У овој фази:</translation>
    </message>
    <message>
        <source>Stage history:</source>
        <translation>Историја фаза:</translation>
    </message>
    <message>
        <source>Co&amp;untries sought:</source>
        <translation>Тражене &amp;државе:</translation>
    </message>
    <message>
        <source>Th&amp;emes sought:</source>
        <translation>Тражене т&amp;еме:</translation>
    </message>
    <message>
        <source>&amp;Kind sought:</source>
        <translation>Тражена &amp;врста:</translation>
    </message>
    <message>
        <source>Si&amp;ze sought:</source>
        <translation>&amp;Тражена величина:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>Suggested partners:</source>
        <translation>Предложени партнери:</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>&amp;Кандидати:</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Партнерство:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Напомене:</translation>
    </message>
    <message>
        <source>The initiative is closed.</source>
        <translation>Иницијатива је затворена.</translation>
    </message>
    <message>
        <source>Moves the initiative to &quot;%1&quot;, dated today.</source>
        <translation>Пребацује иницијативу у фазу „%1“, са данашњим датумом.</translation>
    </message>
    <message>
        <source>A new initiative starts in its stage when saved.</source>
        <translation>Нова иницијатива почиње у изабраној фази када се сачува.</translation>
    </message>
    <message>
        <source>The new stage is recorded, dated today, when you save.</source>
        <translation>Нова фаза се бележи са данашњим датумом када сачувате измене.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), since %1</source>
        <translation>
            <numerusform>%n дан, од %1</numerusform>
            <numerusform>%n дана, од %1</numerusform>
            <numerusform>%n дана, од %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnership %1</source>
        <translation>Партнерство бр. %1</translation>
    </message>
    <message>
        <source>Possible once the stage is &quot;%1&quot;.</source>
        <translation>Могуће када иницијатива дође у фазу „%1“.</translation>
    </message>
    <message>
        <source>Save the changes first.</source>
        <translation>Најпре сачувајте измене.</translation>
    </message>
    <message>
        <source>Add the partner as a candidate first.</source>
        <translation>Најпре додајте партнера као кандидата.</translation>
    </message>
    <message>
        <source>Select the partner among the candidates.</source>
        <translation>Изаберите партнера међу кандидатима.</translation>
    </message>
    <message>
        <source>The agreement is signed: the initiative can become a partnership.</source>
        <translation>Споразум је потписан: иницијатива може да прерасте у партнерство.</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(организација бр. %1)</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
    <message>
        <source>Add the countries sought to see organisations there worth proposing.</source>
        <translation>Додајте тражене државе да бисте видели организације из њих које вреди предложити.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No other organisation in the countries sought.</source>
        <translation>У траженим државама нема других организација.</translation>
    </message>
    <message>
        <source>No organisation in the countries sought has a partnership on the themes sought, apart from the candidates and the requester&apos;s partners.</source>
        <translation>Ниједна организација из тражених држава, осим кандидата и партнера подносиоца, нема партнерство на траженим темама.</translation>
    </message>
    <message>
        <source>The requesting organisation cannot be its own candidate.</source>
        <translation>Организација подносилац не може бити сопствени кандидат.</translation>
    </message>
    <message>
        <source>No country is called &quot;%1&quot;.</source>
        <translation>Ниједна држава се не зове „%1“.</translation>
    </message>
    <message>
        <source>Partnership created</source>
        <translation>Партнерство је направљено</translation>
    </message>
    <message>
        <source>The partnership &quot;%1&quot; was created from this initiative. Open it now?</source>
        <translation>Из ове иницијативе направљено је партнерство „%1“. Да ли желите да га сада отворите?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ није датум; унесите га у облику Д.М.ГГГГ.</translation>
    </message>
</context>
<context>
    <name>InitiativePipeline</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n дан у фази</numerusform>
            <numerusform>%n дана у фази</numerusform>
            <numerusform>%n дана у фази</numerusform>
        </translation>
    </message>
    <message>
        <source>Initiatives in stage %1</source>
        <translation>Иницијативе у фази „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n day(s) in stage</source>
        <translation>
            <numerusform>%1, %2, %n дан у фази</numerusform>
            <numerusform>%1, %2, %n дана у фази</numerusform>
            <numerusform>%1, %2, %n дана у фази</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
%n day(s) in stage</source>
        <translation>
            <numerusform>%1
%2
%n дан у фази</numerusform>
            <numerusform>%1
%2
%n дана у фази</numerusform>
            <numerusform>%1
%2
%n дана у фази</numerusform>
        </translation>
    </message>
    <message>
        <source>No initiative</source>
        <translation>Нема иницијатива</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the list below</source>
        <translation>
            <numerusform>Још %n на списку испод</numerusform>
            <numerusform>Још %n на списку испод</numerusform>
            <numerusform>Још %n на списку испод</numerusform>
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
        <translation>Назив</translation>
    </message>
    <message>
        <source>Choose the organisation that asked for a partner.</source>
        <translation>Изаберите организацију која тражи партнера.</translation>
    </message>
    <message>
        <source>Choose where the initiative comes from.</source>
        <translation>Изаберите одакле долази иницијатива.</translation>
    </message>
    <message>
        <source>Choose the stage of the initiative.</source>
        <translation>Изаберите фазу иницијативе.</translation>
    </message>
    <message>
        <source>Choose the kind of partnership sought.</source>
        <translation>Изаберите врсту партнерства која се тражи.</translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation>Датум покретања</translation>
    </message>
    <message>
        <source>Every stage change needs a known stage and a date.</source>
        <translation>За сваку промену фазе потребни су позната фаза и датум.</translation>
    </message>
    <message>
        <source>The requesting organisation no longer exists.</source>
        <translation>Организација подносилац више не постоји.</translation>
    </message>
    <message>
        <source>The resulting partnership no longer exists.</source>
        <translation>Партнерство настало из иницијативе више не постоји.</translation>
    </message>
    <message>
        <source>Every country sought must be a known ISO 3166 country code.</source>
        <translation>Свака тражена држава мора бити наведена познатим кодом ISO 3166.</translation>
    </message>
    <message>
        <source>A theme sought no longer exists.</source>
        <translation>Једна од тражених тема више не постоји.</translation>
    </message>
    <message>
        <source>An organisation is listed twice as a candidate.</source>
        <translation>Иста организација је два пута наведена као кандидат.</translation>
    </message>
    <message>
        <source>A candidate organisation no longer exists.</source>
        <translation>Једна од организација кандидата више не постоји.</translation>
    </message>
    <message>
        <source>The requesting organisation cannot be its own candidate.</source>
        <translation>Организација подносилац не може бити сопствени кандидат.</translation>
    </message>
    <message>
        <source>The initiative could not be saved.</source>
        <translation>Иницијатива није могла да се сачува.</translation>
    </message>
    <message>
        <source>The initiative could not be deleted.</source>
        <translation>Иницијатива није могла да се обрише.</translation>
    </message>
    <message>
        <source>The initiative is closed; it has no next stage.</source>
        <translation>Иницијатива је затворена; нема следеће фазе.</translation>
    </message>
    <message>
        <source>Only an initiative whose agreement is signed can become a partnership.</source>
        <translation>Само иницијатива чији је споразум потписан може да прерасте у партнерство.</translation>
    </message>
    <message>
        <source>The initiative has already become a partnership.</source>
        <translation>Иницијатива је већ прерасла у партнерство.</translation>
    </message>
    <message>
        <source>Choose the partner among the candidates.</source>
        <translation>Изаберите партнера међу кандидатима.</translation>
    </message>
    <message>
        <source>Established from the initiative &quot;%1&quot;.</source>
        <translation>Настало из иницијативе „%1“.</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Потписан споразум</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>&amp;Нови регистар…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Отвори…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Не&amp;давно отворени</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Направи &amp;резервну копију</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>&amp;Врати из резервне копије…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Излаз</translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation>Отварање регистра</translation>
    </message>
    <message>
        <source>Saradnja</source>
        <translation>Сарадња</translation>
    </message>
    <message>
        <source>%1 — Saradnja</source>
        <translation>%1 — Сарадња</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>Нови регистар</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Прављење резервне копије</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервна копија је уписана у %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Враћање из резервне копије</translation>
    </message>
    <message>
        <source>Replace the register with the backup &quot;%1&quot;? The current contents are backed up first.</source>
        <translation>Заменити регистар резервном копијом „%1“? Пре тога се прави резервна копија тренутног садржаја.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Одељци</translation>
    </message>
    <message>
        <source>Register and backups</source>
        <translation>Регистар и резервне копије</translation>
    </message>
    <message>
        <source>The record could not be shown.</source>
        <translation>Запис није могао да се прикаже.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Уређивање</translation>
    </message>
    <message>
        <source>&amp;Filter This List</source>
        <translation>&amp;Филтрирај овај списак</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Претражи цео регистар…</translation>
    </message>
    <message>
        <source>New &amp;Record</source>
        <translation>Нови &amp;запис</translation>
    </message>
    <message>
        <source>&amp;Save Record</source>
        <translation>&amp;Сачувај запис</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Иди</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Подешавања…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Извештаји…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Опозови</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Понови</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Опозови %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Понови %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Опозивање</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Прављење резервне копије регистра…</translation>
    </message>
    <message>
        <source>Saradnja registers (*.saradnja *.db);;All files (*)</source>
        <translation>Регистри Сарадње (*.сарадња *.db);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помоћ</translation>
    </message>
    <message>
        <source>&amp;About Saradnja</source>
        <translation>&amp;О програму Сарадња</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt-u</translation>
    </message>
    <message>
        <source>Archive written to %1</source>
        <translation>Архива је уписана у %1</translation>
    </message>
    <message>
        <source>E&amp;xport Archive…</source>
        <translation>Извези &amp;архиву…</translation>
    </message>
    <message>
        <source>&amp;Import Archive…</source>
        <translation>&amp;Увези архиву…</translation>
    </message>
    <message>
        <source>Upgrading the register for this version of Saradnja. A backup is made first…</source>
        <translation>Регистар се надограђује за ову верзију Сарадње. Прво се прави резервна копија…</translation>
    </message>
    <message>
        <source>Co&amp;mpact Register</source>
        <translation>&amp;Сажми регистар</translation>
    </message>
    <message>
        <source>Compact Register</source>
        <translation>Сажимање регистра</translation>
    </message>
    <message>
        <source>Compacting the register, so that it stays quick to read…</source>
        <translation>Регистар се сажима, да би се и даље брзо читао…</translation>
    </message>
    <message>
        <source>Restoring the backup. The current contents are backed up first…</source>
        <translation>Резервна копија се враћа. Прво се прави резервна копија садашњег стања…</translation>
    </message>
    <message>
        <source>Nothing was restored, because the register was closed meanwhile.</source>
        <translation>Ништа није враћено, јер је регистар у међувремену затворен.</translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <source>&amp;Add delegate</source>
        <translation>Дод&amp;ај делегата</translation>
    </message>
    <message>
        <source>Remove delegate</source>
        <translation>Уклони делегата</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Поништи &amp;измене</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организација</translation>
    </message>
    <message>
        <source>The international organisation or network, e.g. CEMR, NALAS</source>
        <translation>Међународна организација или мрежа, нпр. CEMR, NALAS</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Наша улога</translation>
    </message>
    <message>
        <source>member, observer, associate member…</source>
        <translation>члан, посматрач, придружени члан…</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Члан од</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Члан до</translation>
    </message>
    <message>
        <source>Leave empty while the membership lasts.</source>
        <translation>Оставите празно док чланство траје.</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Органи</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Делегат</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>of a delegate</comment>
        <translation>Улога</translation>
    </message>
    <message>
        <source>From</source>
        <comment>mandate</comment>
        <translation>Од</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>mandate</comment>
        <translation>До</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Делегати</translation>
    </message>
    <message>
        <source>Body and mandate dates can be edited in the table; dates as D.M.YYYY.</source>
        <translation>Орган и датуми мандата могу да се мењају у табели; датуме унесите у облику Д.М.ГГГГ.</translation>
    </message>
    <message>
        <source>Mandates ending soon</source>
        <translation>Мандати који ускоро истичу</translation>
    </message>
    <message>
        <source>Delegate to add</source>
        <translation>Делегат који се додаје</translation>
    </message>
    <message>
        <source>A contact, or a new name</source>
        <translation>Контакт особа или ново име</translation>
    </message>
    <message>
        <source>Choose a contact from the suggestions; a name that is not among them becomes a new contact when the membership is saved.</source>
        <translation>Изаберите контакт особу из предлога; име које није међу њима постаје нова контакт особа када се чланство сачува.</translation>
    </message>
    <message>
        <source>Body of the delegate</source>
        <translation>Орган у којем је делегат</translation>
    </message>
    <message>
        <source>Body, e.g. Policy Committee</source>
        <translation>Орган, нпр. Одбор за политике</translation>
    </message>
    <message>
        <source>Mandate from</source>
        <translation>Почетак мандата</translation>
    </message>
    <message>
        <source>Mandate until</source>
        <translation>Крај мандата</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Ниједна организација се не зове „%1“; изаберите један од предлога.</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <comment>member until</comment>
        <translation>&amp;до:</translation>
    </message>
    <message>
        <source>Mandate:</source>
        <translation>Мандат:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>mandate from ... to ...</comment>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организација:</translation>
    </message>
    <message>
        <source>Our r&amp;ole:</source>
        <translation>Наша &amp;улога:</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>Чла&amp;н од:</translation>
    </message>
    <message>
        <source>Bodies:</source>
        <translation>Органи:</translation>
    </message>
    <message>
        <source>&amp;Delegates:</source>
        <translation>Д&amp;елегати:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Напо&amp;мене:</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(организација бр. %1)</translation>
    </message>
    <message>
        <source>(erased on request)</source>
        <translation>(подаци избрисани на захтев)</translation>
    </message>
    <message>
        <source>(person %1)</source>
        <translation>(особа бр. %1)</translation>
    </message>
    <message>
        <source>%1 (new contact)</source>
        <translation>%1 (нова контакт особа)</translation>
    </message>
    <message>
        <source>Member</source>
        <comment>delegate</comment>
        <translation>Члан</translation>
    </message>
    <message>
        <source>Substitute</source>
        <comment>delegate</comment>
        <translation>Заменик</translation>
    </message>
    <message>
        <source>Role of delegate %1</source>
        <translation>Улога делегата бр. %1</translation>
    </message>
    <message>
        <source>Type the delegate&apos;s name, or choose a contact from the suggestions.</source>
        <translation>Упишите име делегата или изаберите контакт особу из предлога.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ није датум; унесите га у облику Д.М.ГГГГ.</translation>
    </message>
    <message>
        <source>The mandate ends on %1.</source>
        <translation>Мандат истиче %1.</translation>
    </message>
    <message>
        <source>None yet (the bodies of the delegates below)</source>
        <translation>Још нема (органи делегата наведених испод)</translation>
    </message>
    <message numerus="yes">
        <source>Mandates ending within %1 days: %n (highlighted).</source>
        <translation>
            <numerusform>%n мандат истиче у року од %1 дана (истакнут је).</numerusform>
            <numerusform>%n мандата истичу у року од %1 дана (истакнути су).</numerusform>
            <numerusform>%n мандата истиче у року од %1 дана (истакнути су).</numerusform>
        </translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
    <message>
        <source>Delegate %1: the mandate cannot end before it starts.</source>
        <translation>Делегат бр. %1: мандат не може да се заврши пре него што почне.</translation>
    </message>
    <message>
        <source>Delegate %1: &quot;%2&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>Делегат бр. %1: „%2“ није датум; унесите га у облику Д.М.ГГГГ.</translation>
    </message>
</context>
<context>
    <name>MembershipStore</name>
    <message>
        <source>Choose the international organisation.</source>
        <translation>Изаберите међународну организацију.</translation>
    </message>
    <message>
        <source>The organisation no longer exists; choose another one.</source>
        <translation>Организација више не постоји; изаберите другу.</translation>
    </message>
    <message>
        <source>This organisation is not an international organisation.</source>
        <translation>Ова организација није међународна организација.</translation>
    </message>
    <message>
        <source>The same delegate appears twice in the membership.</source>
        <translation>Исти делегат се у чланству појављује два пута.</translation>
    </message>
    <message>
        <source>SKGO already has a current membership in this organisation.</source>
        <translation>СКГО већ има актуелно чланство у овој организацији.</translation>
    </message>
    <message>
        <source>Delegate %1 names a person who no longer exists.</source>
        <translation>Делегат бр. %1 упућује на особу која више не постоји.</translation>
    </message>
    <message>
        <source>Choose the person for delegate %1.</source>
        <translation>Изаберите особу за делегата бр. %1.</translation>
    </message>
    <message>
        <source>Delegate %1 belongs to another membership or no longer exists.</source>
        <translation>Делегат бр. %1 припада другом чланству или више не постоји.</translation>
    </message>
    <message>
        <source>The membership could not be saved.</source>
        <translation>Чланство није могло да се сачува.</translation>
    </message>
    <message>
        <source>The delegates could not be saved.</source>
        <translation>Делегати нису могли да се сачувају.</translation>
    </message>
    <message>
        <source>The membership could not be deleted.</source>
        <translation>Чланство није могло да се обрише.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database could not be upgraded.</source>
        <translation>База података није могла да се надогради.</translation>
    </message>
</context>
<context>
    <name>OrganizationCsv</name>
    <message>
        <source>the name is required</source>
        <translation>назив је обавезан</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of: %2</source>
        <translation>непозната врста „%1“; користите једну од: %2</translation>
    </message>
    <message>
        <source>the country is required</source>
        <translation>држава је обавезна</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>непозната држава „%1“</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>Назив на ћирилици</translation>
    </message>
    <message>
        <source>Serbian name</source>
        <translation>Назив на српском</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Назив на енглеском</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Скраћеница</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>City it belongs to</source>
        <translation>Град којем припада</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Седиште</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Е-пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сајт</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Поништи измене</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Држава</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Врста:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>Name in &amp;Cyrillic:</source>
        <translation>Назив на ћи&amp;рилици:</translation>
    </message>
    <message>
        <source>Serbian name:</source>
        <translation>Назив на српском:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>Назив на енглеском:</translation>
    </message>
    <message>
        <source>Acronym:</source>
        <translation>Скраћеница:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Држ&amp;ава:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Округ:</translation>
    </message>
    <message>
        <source>City it belongs to:</source>
        <translation>Град којем припада:</translation>
    </message>
    <message>
        <source>Seat:</source>
        <translation>Седиште:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Е-пошта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Веб-сајт:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Напомене:</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
</context>
<context>
    <name>OrganizationStore</name>
    <message>
        <source>The name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Choose the kind of organisation.</source>
        <translation>Изаберите врсту организације.</translation>
    </message>
    <message>
        <source>The country is required.</source>
        <translation>Држава је обавезан податак.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known ISO 3166 country code.</source>
        <translation>„%1“ није познат код државе према ISO 3166.</translation>
    </message>
    <message>
        <source>A Serbian city or municipality must be in Serbia (RS).</source>
        <translation>Град или општина из Србије мора бити у држави Србија (RS).</translation>
    </message>
    <message>
        <source>A city municipality needs the city it belongs to.</source>
        <translation>За градску општину потребан је град којем припада.</translation>
    </message>
    <message>
        <source>An organisation with this name already exists in this country; is it a duplicate?</source>
        <translation>Организација са овим називом већ постоји у овој држави; да ли је ово дупликат?</translation>
    </message>
    <message>
        <source>The organisation could not be saved.</source>
        <translation>Организација није могла да се сачува.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted: partnerships, agreements, visits or plans still name it.</source>
        <translation>„%1“ не може да се обрише: и даље се наводи у партнерствима, споразумима, посетама или плановима.</translation>
    </message>
    <message>
        <source>no organisation &quot;%1&quot; is known</source>
        <translation>организација „%1“ није позната</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one organisation; add the city in brackets, e.g. &quot;Palilula (Niš)&quot;</source>
        <translation>„%1“ је назив више организација; додајте град у загради, нпр. „Палилула (Ниш)“</translation>
    </message>
    <message>
        <source>The organisation could not be deleted.</source>
        <translation>Организација није могла да се обрише.</translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Организација</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Додај партнера</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Уклони партнера</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Напомена</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Историја статуса</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активност</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологија</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Поништи &amp;измене</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завршетак</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последња активност</translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation>Организација која се додаје</translation>
    </message>
    <message>
        <source>Type a name in Latin or Cyrillic</source>
        <translation>Упишите назив латиницом или ћирилицом</translation>
    </message>
    <message>
        <source>Role of the party</source>
        <translation>Улога партнера</translation>
    </message>
    <message>
        <source>Role, e.g. lead</source>
        <translation>Улога, нпр. носилац</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Теме</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Датум активности</translation>
    </message>
    <message>
        <source>What happened; Enter adds it</source>
        <translation>Шта се догодило; Enter додаје ставку</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>&amp;Завршетак:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Врста:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Sta&amp;rted:</source>
        <translation>&amp;Почетак:</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Активност:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>П&amp;артнери:</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>Т&amp;еме:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Хронологија:</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Историја статуса:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Напо&amp;мене:</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(организација бр. %1)</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Ниједна организација се не зове „%1“; изаберите један од предлога.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Још није сачувано</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Последња активност %1</translation>
    </message>
    <message>
        <source>No activity recorded</source>
        <translation>Нема забележених активности</translation>
    </message>
    <message>
        <source>%1 — needs care</source>
        <translation>%1 — потребна је пажња</translation>
    </message>
    <message>
        <source>Enter a date (D.M.YYYY.) and what happened.</source>
        <translation>Унесите датум (Д.М.ГГГГ.) и шта се догодило.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ није датум; унесите га у облику Д.М.ГГГГ.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Члан</translation>
    </message>
    <message>
        <source>Twinning committee</source>
        <translation>Одбор за братимљење</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Додај ч&amp;лана</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Уклони члана</translation>
    </message>
    <message>
        <source>Committee member to add</source>
        <translation>Члан одбора који се додаје</translation>
    </message>
    <message>
        <source>A person from the contacts, or any name</source>
        <translation>Особа из контаката или било које име</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>Улога у одбору</translation>
    </message>
    <message>
        <source>Role, e.g. chair</source>
        <translation>Улога, нпр. председник</translation>
    </message>
    <message>
        <source>C&amp;ommittee:</source>
        <translation>&amp;Одбор:</translation>
    </message>
    <message>
        <source>Agreements and visits:</source>
        <translation>Споразуми и посете:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Задаци:</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Споразуми</translation>
    </message>
    <message>
        <source>No agreement names this partnership.</source>
        <translation>Ниједан споразум не наводи ово партнерство.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посете</translation>
    </message>
    <message>
        <source>No visit is linked to this partnership.</source>
        <translation>Ниједна посета није повезана са овим партнерством.</translation>
    </message>
</context>
<context>
    <name>PartnershipStore</name>
    <message>
        <source>The title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Choose the kind of partnership.</source>
        <translation>Изаберите врсту партнерства.</translation>
    </message>
    <message>
        <source>Choose the status of the partnership.</source>
        <translation>Изаберите статус партнерства.</translation>
    </message>
    <message>
        <source>Choose the organisation of every party.</source>
        <translation>Изаберите организацију за сваког партнера.</translation>
    </message>
    <message>
        <source>A partnership needs at least two different parties.</source>
        <translation>Партнерство мора имати бар два различита партнера.</translation>
    </message>
    <message>
        <source>An organisation is listed more than once among the parties.</source>
        <translation>Иста организација је више пута наведена међу партнерима.</translation>
    </message>
    <message>
        <source>One of the parties no longer exists; choose another organisation.</source>
        <translation>Један од партнера више не постоји; изаберите другу организацију.</translation>
    </message>
    <message>
        <source>One of the themes no longer exists.</source>
        <translation>Једна од тема више не постоји.</translation>
    </message>
    <message>
        <source>Every committee member needs a name or a contact.</source>
        <translation>За сваког члана одбора потребно је име или контакт особа.</translation>
    </message>
    <message>
        <source>A committee member&apos;s contact no longer exists.</source>
        <translation>Контакт особа једног члана одбора више не постоји.</translation>
    </message>
    <message>
        <source>Every timeline entry needs a date and a description.</source>
        <translation>За сваку ставку хронологије потребни су датум и опис.</translation>
    </message>
    <message>
        <source>Every status change needs a status and a date.</source>
        <translation>За сваку промену статуса потребни су статус и датум.</translation>
    </message>
    <message>
        <source>The partnership could not be saved.</source>
        <translation>Партнерство није могло да се сачува.</translation>
    </message>
    <message>
        <source>The partnership could not be deleted.</source>
        <translation>Партнерство није могло да се обрише.</translation>
    </message>
    <message>
        <source>The partnerships could not be read.</source>
        <translation>Партнерства нису могла да се прочитају.</translation>
    </message>
</context>
<context>
    <name>PersonCsv</name>
    <message>
        <source>a person belongs to one organisation</source>
        <translation>особа припада само једној организацији</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Функција</translation>
    </message>
    <message>
        <source>e.g. Head of international cooperation</source>
        <translation>нпр. руководилац за међународну сарадњу</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Е-пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>e.g. +381 11 123 4567</source>
        <translation>нпр. +381 11 123 4567</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Језици</translation>
    </message>
    <message>
        <source>e.g. Serbian, English, French</source>
        <translation>нпр. српски, енглески, француски</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>Из&amp;бриши личне податке…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Поништи и&amp;змене</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организација</translation>
    </message>
    <message>
        <source>Type a name in Latin or Cyrillic; may stay empty</source>
        <translation>Упишите назив латиницом или ћирилицом; може остати празно</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>Only what the work needs (e.g. consent to be contacted, preferred language).</source>
        <translation>Само оно што је потребно за рад (нпр. сагласност за контактирање, жељени језик).</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Избриши личне податке</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сачувај</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Поништи измене</translation>
    </message>
    <message>
        <source>The right to erasure: removes the person&apos;s data from the register for good.</source>
        <translation>Право на брисање: трајно уклања податке о особи из регистра.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име и презиме:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организација:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Функција:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Е-пошта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Јези&amp;ци:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Напо&amp;мене:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Лични подаци:</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(организација бр. %1)</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions, or leave the field empty.</source>
        <translation>Ниједна организација се не зове „%1“; изаберите један од предлога или оставите поље празно.</translation>
    </message>
    <message>
        <source>• the name, organisation, position, e-mail, phone, languages and notes;</source>
        <translation>• име и презиме, организација, функција, е-пошта, телефон, језици и напомене;</translation>
    </message>
    <message numerus="yes">
        <source>• the person in %n visit(s) (the visits stay, with an anonymous participant);</source>
        <translation>
            <numerusform>• учешће особе у %n посети (посета остаје, са анонимним учесником);</numerusform>
            <numerusform>• учешће особе у %n посете (посете остају, са анонимним учесником);</numerusform>
            <numerusform>• учешће особе у %n посета (посете остају, са анонимним учесником);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n twinning committee seat(s) (a seat with a role stays, anonymous);</source>
        <translation>
            <numerusform>• %n место у одбору за братимљење (место са улогом остаје, али анонимно);</numerusform>
            <numerusform>• %n места у одбору за братимљење (места са улогом остају, али анонимна);</numerusform>
            <numerusform>• %n места у одбору за братимљење (места са улогом остају, али анонимна);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• the person in %n membership delegation(s);</source>
        <translation>
            <numerusform>• особа као делегат у %n чланству;</numerusform>
            <numerusform>• особа као делегат у %n чланства;</numerusform>
            <numerusform>• особа као делегат у %n чланстава;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• the person as liaison of %n organisation(s);</source>
        <translation>
            <numerusform>• особа као контакт особа за %n организацију;</numerusform>
            <numerusform>• особа као контакт особа за %n организације;</numerusform>
            <numerusform>• особа као контакт особа за %n организација;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n task(s) about the person;</source>
        <translation>
            <numerusform>• %n задатак у вези са особом;</numerusform>
            <numerusform>• %n задатка у вези са особом;</numerusform>
            <numerusform>• %n задатака у вези са особом;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n attached file(s) about the person;</source>
        <translation>
            <numerusform>• %n приложена датотека о особи;</numerusform>
            <numerusform>• %n приложене датотеке о особи;</numerusform>
            <numerusform>• %n приложених датотека о особи;</numerusform>
        </translation>
    </message>
    <message>
        <source>• the person&apos;s entry in search, and the details of the change history (a bare &quot;erased&quot; entry stays).</source>
        <translation>• подаци о особи у претрази и појединости из историје измена (остаје само запис „избрисано“).</translation>
    </message>
    <message>
        <source>There is no saved person to erase.</source>
        <translation>Нема сачуване особе чији би се подаци избрисали.</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 from the register?</source>
        <translation>Избрисати личне податке особе %1 из регистра?</translation>
    </message>
    <message>
        <source>This cannot be undone. It erases:
%1

Backups made before now still hold the data until they are rotated out.</source>
        <translation>Ово не може да се опозове. Брише се:
%1

Резервне копије направљене до сада и даље садрже ове податке док не буду замењене новим.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <source>The erasure was cancelled.</source>
        <translation>Брисање је отказано.</translation>
    </message>
    <message>
        <source>Erasure of personal data

Person: %1
Erased on: %2

%3</source>
        <translation>Брисање личних података

Особа: %1
Датум брисања: %2

%3</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>The name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>The organisation no longer exists; choose another one.</source>
        <translation>Организација више не постоји; изаберите другу.</translation>
    </message>
    <message>
        <source>The person could not be saved.</source>
        <translation>Особа није могла да се сачува.</translation>
    </message>
    <message>
        <source>The person could not be deleted.</source>
        <translation>Особа није могла да се обрише.</translation>
    </message>
    <message>
        <source>The person could not be erased.</source>
        <translation>Подаци о особи нису могли да се избришу.</translation>
    </message>
    <message>
        <source>The person&apos;s data has been erased from the register. Backups made before the erasure still contain it until they are rotated out (after about a year at the latest); copies exported earlier are not affected.</source>
        <translation>Подаци о особи су избрисани из регистра. Резервне копије направљене пре брисања и даље их садрже док не буду замењене новим (најкасније после око годину дана); раније извезене копије нису обухваћене.</translation>
    </message>
</context>
<context>
    <name>PlanActivityDelegate</name>
    <message>
        <source>(no theme)</source>
        <translation>(без теме)</translation>
    </message>
</context>
<context>
    <name>PlanActivityModel</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ није датум; унесите га у облику Д.М.ГГГГ.</translation>
    </message>
    <message>
        <source>(theme %1)</source>
        <translation>(тема бр. %1)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активност</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Одговорни</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Завршетак</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Буџет</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Утрошено</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Извор финансирања</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Напредак</translation>
    </message>
    <message>
        <source>A date as D.M.YYYY.; may stay empty.</source>
        <translation>Датум у облику Д.М.ГГГГ.; може остати празно.</translation>
    </message>
    <message>
        <source>The planned amount, in the activity&apos;s currency.</source>
        <translation>Планирани износ, у валути активности.</translation>
    </message>
    <message>
        <source>The amount spent so far, in the activity&apos;s currency.</source>
        <translation>До сада утрошени износ, у валути активности.</translation>
    </message>
    <message>
        <source>ISO 4217 code, such as EUR or RSD. Totals are added per currency.</source>
        <translation>Код према ISO 4217, нпр. EUR или RSD. Збирови се рачунају посебно за сваку валуту.</translation>
    </message>
    <message>
        <source>How far the activity is, 0–100%.</source>
        <translation>Колико је активност одмакла, 0–100%.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Изабери све</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Повећај</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Смањи</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Употреба: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[опције]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Опције:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументи:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Приказује помоћ за опције командне линије.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Приказује помоћ, укључујући и опције специфичне за Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Приказује податке о верзији.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Непозната опција „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Непознате опције: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Недостаје вредност после „%1“.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Неочекивана вредност после „%1“.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Тражи у:</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Иди назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Напред</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Иди напред</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Надређена фасцикла</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Иди у надређену фасциклу</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Направи нову фасциклу</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Направи нову фасциклу</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Приказ листе</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Пребаци на приказ листе</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Детаљан приказ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Пребаци на детаљан приказ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бочна трака</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Списак места и обележивача</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Датотеке</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Врста датотека:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Име датотеке:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Фасцикла:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Проналажење фасцикле</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Чување под именом</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отварање</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Изабери</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Преименуј</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>О&amp;бриши</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Прикажи &amp;скривене датотеке</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Нова фасцикла</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Нова фасцикла</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Недавна места</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Све датотеке (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Фасцикле</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 већ постоји.
Да ли желите да је замените?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Датотека није пронађена.
Проверите да ли је име датотеке тачно.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Фасцикла није пронађена.
Проверите да ли је име фасцикле тачно.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Да ли заиста желите да обришете „%1“?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>„%1“ је заштићена од уписа.
Да ли ипак желите да је обришете?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Фасцикла није могла да се обрише.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Величина</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Измењено</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Рачунар</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Опозови</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Понови</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Исе&amp;ци</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Налепи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Изабери све</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Прикажи детаље...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Сакриј детаље...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сачувај</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сачувај све</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да за &amp;све</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за све</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прекини</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Покушај поново</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Занемари</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Одбаци</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помоћ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Примени</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Врати</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Врати подразумевано</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Опозови</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Понови</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Исе&amp;ци</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Копирај адресу &amp;везе</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Налепи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Изабери све</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Register status</source>
        <translation>Стање регистра</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message>
        <source>Attachments</source>
        <translation>Прилози</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Државе</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Теме</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Organization</source>
        <translation>Организација</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнерство</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Иницијатива</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Споразум</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посета</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Акциони план</translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation>Активност плана</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Чланство</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задатак</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организације</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особе</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнерства</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Иницијативе</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Споразуми</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посете</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Акциони планови</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>Активности планова</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Чланства</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задаци</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>RecordLister</name>
    <message>
        <source>The list cannot be filtered this way.</source>
        <translation>Списак не може да се филтрира на овај начин.</translation>
    </message>
    <message>
        <source>The list cannot be sorted this way.</source>
        <translation>Списак не може да се сортира на овај начин.</translation>
    </message>
</context>
<context>
    <name>RecordStores</name>
    <message>
        <source>An activity is deleted from its action plan.</source>
        <translation>Активност се брише из свог акционог плана.</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>The reference data is missing from this build.</source>
        <translation>У овој верзији програма недостају референтни подаци.</translation>
    </message>
</context>
<context>
    <name>RegisterInfoPage</name>
    <message>
        <source>Register</source>
        <translation>Регистар</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Локација:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Верзија шеме:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Приступ:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Аутоматске резервне копије</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Време израде</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Величина</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервне копије</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Направи резервну копију</translation>
    </message>
    <message>
        <source>Restore Selected Backup…</source>
        <translation>Врати изабрану резервну копију…</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Читање и упис</translation>
    </message>
    <message>
        <source>Compact Now</source>
        <translation>Сажми сада</translation>
    </message>
    <message>
        <source>Rewrites the file with each table&apos;s pages together and no free space left: it is read faster. Done by itself once a year, or when the register has grown by a quarter.</source>
        <translation>Поново исписује датотеку тако да странице сваке табеле буду заједно, без празног простора: тада се брже чита. Ради се и само од себе, једном годишње или када регистар нарасте за четвртину.</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Величина:</translation>
    </message>
    <message>
        <source>%1, last compacted on %2</source>
        <translation>%1, последњи пут сажет %2</translation>
    </message>
    <message>
        <source>%1, never compacted</source>
        <translation>%1, још није сажиман</translation>
    </message>
</context>
<context>
    <name>RelatedRecordsView</name>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Повезани записи</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Двоструки клик или Enter отвара запис</translation>
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
        <translation>Досије партнерства</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завршетак</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последња активност</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>није забележена</translation>
    </message>
    <message>
        <source>Needs care</source>
        <translation>Потребна пажња</translation>
    </message>
    <message>
        <source>yes: no activity for over a year</source>
        <translation>да: нема активности дуже од годину дана</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организација</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Држава</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation>Нема унетих партнера.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Теме</translation>
    </message>
    <message>
        <source>No themes recorded.</source>
        <translation>Нема унетих тема.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Историја статуса</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Напомена</translation>
    </message>
    <message>
        <source>No status changes recorded.</source>
        <translation>Нема забележених промена статуса.</translation>
    </message>
    <message>
        <source>Twinning committee</source>
        <translation>Одбор за братимљење</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>No committee members recorded.</source>
        <translation>Нема унетих чланова одбора.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологија</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активност</translation>
    </message>
    <message>
        <source>No activities recorded.</source>
        <translation>Нема забележених активности.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Споразуми</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Споразум</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Потписан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Важи до</translation>
    </message>
    <message>
        <source>No agreements recorded.</source>
        <translation>Нема забележених споразума.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посете</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Датуми</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посета</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Смер</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>No visits recorded.</source>
        <translation>Нема забележених посета.</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Отворени задаци</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задатак</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Задужена особа</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Нема отворених задатака.</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Израђено %1</translation>
    </message>
    <message>
        <source>Place and date:</source>
        <translation>Место и датум:</translation>
    </message>
    <message>
        <source>anonymous participant</source>
        <translation>анонимни учесник</translation>
    </message>
    <message>
        <source>Standing Conference of Towns and Municipalities</source>
        <translation>Стална конференција градова и општина</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страна %1 од %2</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Показатељ: %1</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Приоритети</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Бр.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <source>No priorities recorded.</source>
        <translation>Нема унетих приоритета.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Одговорни</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Рок реализације</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Буџет</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Извор финансирања</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Буџет по изворима финансирања</translation>
    </message>
    <message>
        <source>No funding source</source>
        <translation>Без извора финансирања</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Укупно</translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>Буџет није унет.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Акциони план</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Потписи</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>истиче %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>истекао %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истекао</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сажетак</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <translation>Истичу у року од %1 дана</translation>
    </message>
    <message>
        <source>Validity ended</source>
        <translation>Важење је истекло</translation>
    </message>
    <message>
        <source>Register of agreements</source>
        <translation>Регистар споразума</translation>
    </message>
    <message>
        <source>All agreements, in order of signing</source>
        <translation>Сви споразуми, по редоследу потписивања</translation>
    </message>
    <message>
        <source>Marked %1: validity ends by %2 (within %3 days) or has ended</source>
        <translation>Ознака %1: важење истиче до %2 (у року од %3 дана) или је већ истекло</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Важи од</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Без теме</translation>
    </message>
    <message>
        <source>No country recorded</source>
        <translation>Држава није унета</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Локална самоуправа</translation>
    </message>
    <message>
        <source>Grouped by Serbian local government (a party to the partnership)</source>
        <translation>По локалним самоуправама у Србији (које су стране у партнерству)</translation>
    </message>
    <message>
        <source>Partnerships without a Serbian local government as a party: %1 (not listed)</source>
        <translation>Партнерства у којима ниједна страна није локална самоуправа из Србије: %1 (нису наведена)</translation>
    </message>
    <message>
        <source>Grouped by theme; a partnership with several themes is listed under each</source>
        <translation>По темама; партнерство са више тема наведено је под сваком од њих</translation>
    </message>
    <message>
        <source>Grouped by status</source>
        <translation>По статусу</translation>
    </message>
    <message>
        <source>Grouped by partner country; a partnership with partners in several countries is listed under each</source>
        <translation>По државама партнера; партнерство са партнерима из више држава наведено је под сваком од њих</translation>
    </message>
    <message>
        <source>Number of partnerships</source>
        <translation>Број партнерстава</translation>
    </message>
    <message>
        <source>Partnerships per group</source>
        <translation>Партнерства по групама</translation>
    </message>
    <message>
        <source>Partnerships per group (the %1 largest groups)</source>
        <translation>Партнерства по групама (највећих %1)</translation>
    </message>
    <message>
        <source>Partnerships in total</source>
        <translation>Укупно партнерстава</translation>
    </message>
    <message>
        <source>No partnerships recorded.</source>
        <translation>Нема забележених партнерстава.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнерства</translation>
    </message>
    <message>
        <source>Of which active</source>
        <translation>Од тога активних</translation>
    </message>
    <message>
        <source>Partnerships by group</source>
        <translation>Партнерства по групама</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнерство</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Од</translation>
    </message>
    <message>
        <source>Partnerships overview</source>
        <translation>Преглед партнерстава</translation>
    </message>
    <message>
        <source>Average progress</source>
        <translation>Просечан напредак</translation>
    </message>
    <message>
        <source>Progress by activity</source>
        <translation>Напредак по активностима</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Напредак</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планирано</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Утрошено</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation>Утрошено од планираног</translation>
    </message>
    <message>
        <source>Summary by theme</source>
        <translation>Преглед по темама</translation>
    </message>
    <message>
        <source>Average progress by theme</source>
        <translation>Просечан напредак по темама</translation>
    </message>
    <message>
        <source>Planned and spent in total</source>
        <translation>Укупно планирано и утрошено</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Action plan implementation report</source>
        <translation>Извештај о спровођењу акционог плана</translation>
    </message>
    <message>
        <source>Summary by funding source</source>
        <translation>Преглед по изворима финансирања</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Догађај</translation>
    </message>
    <message>
        <source>By signing, participants confirm that they took part in the event.</source>
        <translation>Потписом учесници потврђују да су учествовали у догађају.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Потпис</translation>
    </message>
    <message>
        <source>Participants&apos; sign-in sheets</source>
        <translation>Листе присутних учесника</translation>
    </message>
    <message>
        <source>One sheet per organisation, each on its own page</source>
        <translation>Посебна листа за сваку организацију, свака на својој страни</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Домаћини</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Гости</translation>
    </message>
    <message>
        <source>Action plan activity</source>
        <translation>Активност акционог плана</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Програм</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Дан</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Време</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тачка програма</translation>
    </message>
    <message>
        <source>No programme recorded.</source>
        <translation>Програм није унет.</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>Нема унетих учесника.</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Задаци за даље поступање</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>урађен %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>отворен</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <source>No follow-up tasks recorded.</source>
        <translation>Нема задатака за даље поступање.</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Извештај о посети</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Сврха</translation>
    </message>
    <message>
        <source>No purpose recorded.</source>
        <translation>Сврха није унета.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Исходи</translation>
    </message>
    <message>
        <source>No outcomes recorded.</source>
        <translation>Нема унетих исхода.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>New partnerships</source>
        <translation>Нова партнерства</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>Потписани споразуми</translation>
    </message>
    <message>
        <source>Initiatives opened</source>
        <translation>Покренуте иницијативе</translation>
    </message>
    <message>
        <source>Initiatives closed</source>
        <translation>Затворене иницијативе</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месецима</translation>
    </message>
    <message>
        <source>Visits by month</source>
        <translation>Посете по месецима</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>По државама</translation>
    </message>
    <message>
        <source>The partner&apos;s country; a record with partners in several countries counts under each.</source>
        <translation>Држава партнера; запис са партнерима из више држава рачуна се под сваком од њих.</translation>
    </message>
    <message>
        <source>All activities by country</source>
        <translation>Све активности по државама</translation>
    </message>
    <message>
        <source>Nothing recorded for this year.</source>
        <translation>За ову годину нема забележених података.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Иницијатива</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Подносилац</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>No new partnerships recorded.</source>
        <translation>Нема забележених нових партнерстава.</translation>
    </message>
    <message>
        <source>No agreements signed.</source>
        <translation>Нема потписаних споразума.</translation>
    </message>
    <message>
        <source>No initiatives opened.</source>
        <translation>Нема покренутих иницијатива.</translation>
    </message>
    <message>
        <source>No initiatives closed.</source>
        <translation>Нема затворених иницијатива.</translation>
    </message>
    <message>
        <source>Year in review %1</source>
        <translation>Годишњи преглед за %1.</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Година: %1.</translation>
    </message>
    <message>
        <source>Visits (by first day), partnerships started, agreements signed, initiatives opened and closed in the year</source>
        <translation>Посете (према првом дану), започета партнерства, потписани споразуми, покренуте и затворене иницијативе у току године</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>write a PDF report (%1)</source>
        <translation>израђује извештај у PDF-у (%1)</translation>
    </message>
    <message>
        <source>The year (year in review).</source>
        <translation>Година (за годишњи преглед).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Датотека PDF у коју се уписује.</translation>
    </message>
    <message>
        <source>report needs exactly one KIND</source>
        <translation>report захтева тачно једну врсту извештаја (KIND)</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; use one of: %2</source>
        <translation>непознат извештај „%1“; користите један од: %2</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation>report захтева --out FILE.pdf</translation>
    </message>
    <message>
        <source>the %1 report needs --id ID</source>
        <translation>извештај %1 захтева --id ID</translation>
    </message>
    <message>
        <source>the %1 report needs --year YYYY</source>
        <translation>извештај %1 захтева --year YYYY</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Извештај је уписан у %1</translation>
    </message>
    <message>
        <source>The record the report is about: a partnership (partnership), an action plan (plan, plan-progress) or a visit (visit, signin).</source>
        <translation>Запис на који се извештај односи: партнерство (&quot;partnership&quot;), акциони план (&quot;plan&quot;, &quot;plan-progress&quot;) или посета (&quot;visit&quot;, &quot;signin&quot;).</translation>
    </message>
    <message>
        <source>Partnerships overview: country (default), municipality, theme or status.</source>
        <translation>Преглед партнерстава по: &quot;country&quot; (држави, подразумевано), &quot;municipality&quot; (општини), &quot;theme&quot; (теми) или &quot;status&quot;.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The PDF could not be written.</source>
        <translation>PDF није могао да се упише.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This report needs the record it is about.</source>
        <translation>За овај извештај потребан је запис на који се односи.</translation>
    </message>
    <message>
        <source>This report needs a year.</source>
        <translation>За овај извештај потребна је година.</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;.</source>
        <translation>Непознат извештај „%1“.</translation>
    </message>
    <message>
        <source>Partnerships can be grouped by: %1.</source>
        <translation>Партнерства могу да се групишу по: %1.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Partnership dossier</source>
        <translation>Досије партнерства</translation>
    </message>
    <message>
        <source>Partnerships overview</source>
        <translation>Преглед партнерстава</translation>
    </message>
    <message>
        <source>Action plan (for signing)</source>
        <translation>Акциони план (за потписивање)</translation>
    </message>
    <message>
        <source>Action plan implementation report</source>
        <translation>Извештај о спровођењу акционог плана</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Извештај о посети</translation>
    </message>
    <message>
        <source>Participant sign-in sheets</source>
        <translation>Листе присутних учесника</translation>
    </message>
    <message>
        <source>Register of agreements</source>
        <translation>Регистар споразума</translation>
    </message>
    <message>
        <source>Year in review</source>
        <translation>Преглед године</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сачувај као PDF…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Извештаји</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Извештај</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>По земљи</translation>
    </message>
    <message>
        <source>By Serbian local government</source>
        <translation>По локалној самоуправи у Србији</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>По теми</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>По статусу</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Груписање</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Језик извештаја</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Извештај:</translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation>&amp;Запис:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Година:</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Груписање:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Језик:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Преглед</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n страна.</numerusform>
            <numerusform>%n стране.</numerusform>
            <numerusform>%n страна.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Сачувај извештај</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF датотеке (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1.</source>
        <translation>PDF није могао да се сачува у %1.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сачувано у %1.</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Ш&amp;тампај…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Припрема извештаја…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Послато на штампач.</translation>
    </message>
    <message>
        <source>There is nothing to print yet: preview the report first.</source>
        <translation>Још нема шта да се штампа: најпре прикажите преглед извештаја.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Штампање није могло да се покрене.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>replace the register with a backup, after backing up the current file</source>
        <translation>замењује регистар резервном копијом, пошто претходно направи резервну копију тренутне датотеке</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Резервна копија која се враћа.</translation>
    </message>
    <message>
        <source>restore needs exactly one argument: the backup file</source>
        <translation>restore захтева тачно један аргумент: датотеку резервне копије</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Регистар %1 је враћен из %2.</translation>
    </message>
    <message>
        <source>The previous contents were saved to %1</source>
        <translation>Претходни садржај је сачуван у %1</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The reference data is incomplete.</source>
        <translation>Референтни подаци нису потпуни.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>search all records in either script, with or without diacritics</source>
        <translation>претражује све записе, латиницом или ћирилицом, са квачицама или без њих</translation>
    </message>
    <message>
        <source>What to look for; every word matches as a prefix.</source>
        <translation>Шта се тражи; свака реч се пореди као почетак речи.</translation>
    </message>
    <message>
        <source>Print a JSON array of {&quot;kind&quot;, &quot;id&quot;, &quot;title&quot;}.</source>
        <translation>Исписује JSON низ објеката {&quot;kind&quot;, &quot;id&quot;, &quot;title&quot;}.</translation>
    </message>
    <message>
        <source>At most N hits (default 50).</source>
        <translation>Највише Н резултата (подразумевано 50).</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search захтева упит</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit захтева позитиван број</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Додај</translation>
    </message>
    <message>
        <source>Select a record in the list, or create a new one.</source>
        <translation>Изаберите запис са списка или додајте нови.</translation>
    </message>
    <message>
        <source>Filter (either script, no diacritics needed)…</source>
        <translation>Филтер (латиница или ћирилица, квачице нису потребне)…</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Брзи филтер</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Списак: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сачувано.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message>
        <source>The record has unsaved changes. Save them?</source>
        <translation>Запис има несачуване измене. Да ли желите да их сачувате?</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>О&amp;бриши…</translation>
    </message>
    <message>
        <source>Deletes the selected record with its tasks and attached files (Edit ▸ Undo brings it back)</source>
        <translation>Брише изабрани запис заједно са његовим задацима и приложеним датотекама (Уређивање ▸ Опозови га враћа)</translation>
    </message>
    <message>
        <source>Delete %1 “%2”? Its tasks and attached files are deleted with it. Edit ▸ Undo brings everything back.</source>
        <translation>Да ли желите да обришете запис „%2“ (%1)? Заједно са њим бришу се и његови задаци и приложене датотеке. Уређивање ▸ Опозови све враћа.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Deleted. Edit ▸ Undo brings it back.</source>
        <translation>Обрисано. Уређивање ▸ Опозови враћа запис.</translation>
    </message>
    <message>
        <source>The personal data was erased.</source>
        <translation>Лични подаци су избрисани.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последња активност</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Подносилац</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>Задужени</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Покренута</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Дана у фази</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Смер</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Држава</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Домаћини</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Гости</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Потписан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Важи до</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Напредак</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организација</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Члан од</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Делегати</translation>
    </message>
    <message>
        <source>Next mandate ends</source>
        <translation>Крај следећег мандата</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>Назив на ћирилици</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Седиште</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Е-пошта</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнерства</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Функција</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Језици</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задатак</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завршен</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Задужена особа</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Односи се на</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Сви статуси</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Све врсте</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Све године</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Све фазе</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Сви смерови</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of an organisation</comment>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a person</comment>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Open and done</source>
        <comment>tasks</comment>
        <translation>Отворени и завршени</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>tasks</comment>
        <translation>Отворени</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>tasks</comment>
        <translation>Завршени</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Све државе</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Све теме</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Истиче %1.</translation>
    </message>
    <message>
        <source>Any due date</source>
        <comment>tasks</comment>
        <translation>Сви рокови</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>tasks</comment>
        <translation>Истекао рок</translation>
    </message>
    <message>
        <source>A delegate&apos;s mandate ends on %1.</source>
        <translation>Мандат једног делегата истиче %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Подешавања</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>Име запосленог</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Needs care after</source>
        <translation>Пажња потребна после</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Као у систему</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Језик</translation>
    </message>
    <message>
        <source>Your &amp;name (for the history of changes):</source>
        <translation>Ваше &amp;име (за историју измена):</translation>
    </message>
    <message>
        <source>A partnership &amp;needs care after:</source>
        <translation>Партнерству је потребна &amp;пажња после:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Језик:</translation>
    </message>
    <message>
        <source>A new language applies at once: the open register and the record shown stay as they are.</source>
        <translation>Нови језик се примењује одмах: отворени регистар и приказани запис остају какви јесу.</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>The change could not be undone or redone: the records it depends on have changed since.</source>
        <translation>Измена није могла да се опозове или понови: записи од којих зависи у међувремену су промењени.</translation>
    </message>
    <message>
        <source>The record could not be deleted.</source>
        <translation>Запис није могао да се обрише.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The file is not a Saradnja database.</source>
        <translation>Датотека није база Сарадње.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Датотека базе података је оштећена. Вратите је из резервне копије.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>База података је заузета: други програм управо уписује у њу. Покушајте поново за тренутак.</translation>
    </message>
    <message>
        <source>The database cannot be changed: the file or its folder is read-only.</source>
        <translation>База података не може да се мења: датотека или њена фасцикла је само за читање.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved.</source>
        <translation>Диск је пун. Ништа није сачувано.</translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation>Датотека базе података није могла да се прочита или упише.</translation>
    </message>
    <message>
        <source>The database could not run a request.</source>
        <translation>База података није могла да изврши захтев.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Запис више не постоји; можда је обрисан.</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Завршен</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>От&amp;вори</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Поништи &amp;измене</translation>
    </message>
    <message>
        <source>Nothing</source>
        <comment>a task about no record</comment>
        <translation>Без записа</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Рок је истекао</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завршен</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Датум завршетка</translation>
    </message>
    <message>
        <source>Today when left empty.</source>
        <translation>Ако остане празно, уписује се данашњи датум.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Задужена особа</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Запослени</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Односи се на</translation>
    </message>
    <message>
        <source>Record the task is about</source>
        <translation>Запис на који се задатак односи</translation>
    </message>
    <message>
        <source>Type a name or title in Latin or Cyrillic</source>
        <translation>Упишите име или назив латиницом или ћирилицом</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Отвори запис</translation>
    </message>
    <message>
        <source>Shows the record the task is about.</source>
        <translation>Приказује запис на који се задатак односи.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>Nothing of this kind is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Ниједан запис ове врсте се не зове „%1“; изаберите један од предлога.</translation>
    </message>
    <message>
        <source>o&amp;n:</source>
        <comment>done on a date</comment>
        <translation>&amp;дана:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Рок:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>З&amp;адужена особа:</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>&amp;Односи се на:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Напо&amp;мене:</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Рок је прекорачен за %n дан</numerusform>
            <numerusform>Рок је прекорачен за %n дана</numerusform>
            <numerusform>Рок је прекорачен за %n дана</numerusform>
        </translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
    <message>
        <source>Choose the record the task is about, or &quot;%1&quot;.</source>
        <translation>Изаберите запис на који се задатак односи или „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ није датум; унесите га у облику Д.М.ГГГГ.</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Add &amp;task</source>
        <translation>Додај задата&amp;к</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завршен</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задатак</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Задужена особа</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Задаци за даље поступање</translation>
    </message>
    <message>
        <source>New task, e.g. Send the minutes to the partner</source>
        <translation>Нови задатак, нпр. Послати записник партнеру</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Нови задатак</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>Due date of the new task</source>
        <translation>Рок за нови задатак</translation>
    </message>
    <message>
        <source>Assignee of the new task</source>
        <translation>Задужена особа за нови задатак</translation>
    </message>
    <message>
        <source>Save the record first, then add its tasks here</source>
        <translation>Најпре сачувајте запис, а затим овде додајте његове задатке</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Завршен %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отворен</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (рок је истекао)</translation>
    </message>
    <message>
        <source>The due date is not a date; write it as 22.11.2026.</source>
        <translation>Рок није исправан датум; унесите га у облику 22.11.2026.</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Choose the kind of record the task is about.</source>
        <translation>Изаберите врсту записа на који се задатак односи.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record.</source>
        <translation>„%1“ није врста записа.</translation>
    </message>
    <message>
        <source>The record the task is about no longer exists.</source>
        <translation>Запис на који се задатак односи више не постоји.</translation>
    </message>
    <message>
        <source>The task could not be saved.</source>
        <translation>Задатак није могао да се сачува.</translation>
    </message>
    <message>
        <source>The task could not be deleted.</source>
        <translation>Задатак није могао да се обрише.</translation>
    </message>
</context>
<context>
    <name>ThemeStore</name>
    <message>
        <source>The English name</source>
        <translation>Назив на енглеском</translation>
    </message>
    <message>
        <source>The Serbian name</source>
        <translation>Назив на српском</translation>
    </message>
    <message>
        <source>Another theme is already called &quot;%1&quot;.</source>
        <translation>Већ постоји тема под називом „%1“.</translation>
    </message>
    <message>
        <source>Another theme already has the key &quot;%1&quot;.</source>
        <translation>Већ постоји тема са кључем „%1“.</translation>
    </message>
    <message>
        <source>The theme could not be saved.</source>
        <translation>Тема није могла да се сачува.</translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; cannot be deleted: partnerships, initiatives, action plans or plan activities use it (%2 in all).</source>
        <translation>Тема „%1“ не може да се обрише: користе је партнерства, иницијативе, акциони планови или активности планова (укупно %2).</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>додавање „%1“</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>измену „%1“</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>брисање „%1“</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 је обавезан податак.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Датум завршетка не може бити пре датума почетка.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>„%1“ није исправна адреса е-поште.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (such as EUR or RSD).</source>
        <translation>„%1“ није код валуте према ISO 4217 (као што су EUR или RSD).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Износ не може бити негативан.</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100.</source>
        <translation>Напредак мора бити између 0 и 100.</translation>
    </message>
</context>
<context>
    <name>VisitCsv</name>
    <message>
        <source>several people are named &quot;%1&quot;</source>
        <translation>више особа се зове „%1“</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Delete removes the selected organisation.</source>
        <translation>Тастер Delete уклања изабрану организацију.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Домаћини</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Гости</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учесник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Дан</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Време</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тачка програма</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Програм</translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation>Додај тачку програма</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>П&amp;оништи измене</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Смер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Датум почетка</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Датум завршетка</translation>
    </message>
    <message>
        <source>Leave empty for a one-day visit.</source>
        <translation>Оставите празно за једнодневну посету.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Држава</translation>
    </message>
    <message>
        <source>Host to add</source>
        <translation>Домаћин који се додаје</translation>
    </message>
    <message>
        <source>Guest to add</source>
        <translation>Гост који се додаје</translation>
    </message>
    <message>
        <source>Type a name, Enter adds it</source>
        <translation>Упишите назив; Enter га додаје</translation>
    </message>
    <message>
        <source>Participant to add</source>
        <translation>Учесник који се додаје</translation>
    </message>
    <message>
        <source>A contact or a new name</source>
        <translation>Контакт особа или ново име</translation>
    </message>
    <message>
        <source>Participant&apos;s role</source>
        <translation>Улога учесника</translation>
    </message>
    <message>
        <source>Role; Enter adds the participant</source>
        <translation>Улога; Enter додаје учесника</translation>
    </message>
    <message>
        <source>Day as D.M.YYYY., time as free text (&quot;10:00&quot;, &quot;morning&quot;).</source>
        <translation>Дан у облику Д.М.ГГГГ., време слободним текстом („10:00“, „пре подне“).</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Сврха</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;; choose one of the suggestions.</source>
        <translation>Ниједна организација се не зове „%1“; изаберите један од предлога.</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>Домаћини:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Гости:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>См&amp;ер:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Врста:</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>Датум &amp;почетка:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Датум &amp;завршетка:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Држава:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Организације:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Учесници:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>Про&amp;грам:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Св&amp;рха:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Исход:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(није наведена)</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(анонимно)</translation>
    </message>
    <message>
        <source>(organisation %1)</source>
        <translation>(организација бр. %1)</translation>
    </message>
    <message>
        <source>%1 (new contact)</source>
        <translation>%1 (нова контакт особа)</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Ниједан регистар није отворен.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as D.M.YYYY.</source>
        <translation>„%1“ није датум; унесите га у облику Д.М.ГГГГ.</translation>
    </message>
    <message>
        <source>Follow-up tasks:</source>
        <translation>Задаци за даље поступање:</translation>
    </message>
</context>
<context>
    <name>VisitStore</name>
    <message>
        <source>The title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Choose the direction of the visit.</source>
        <translation>Изаберите смер посете.</translation>
    </message>
    <message>
        <source>Choose the kind of visit.</source>
        <translation>Изаберите врсту посете.</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>Датум почетка</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known ISO 3166 country code.</source>
        <translation>„%1“ није познат код државе према ISO 3166.</translation>
    </message>
    <message>
        <source>Every programme item needs a description.</source>
        <translation>За сваку ставку програма потребан је опис.</translation>
    </message>
    <message>
        <source>Every programme item needs a day.</source>
        <translation>За сваку ставку програма потребан је дан.</translation>
    </message>
    <message>
        <source>The programme day %1 is outside the dates of the visit.</source>
        <translation>Дан програма %1 је изван датума посете.</translation>
    </message>
    <message>
        <source>An organisation must be a host or a guest.</source>
        <translation>Организација мора бити домаћин или гост.</translation>
    </message>
    <message>
        <source>A host or guest organisation no longer exists.</source>
        <translation>Једна од организација домаћина или гостију више не постоји.</translation>
    </message>
    <message>
        <source>An organisation is listed twice in the same role.</source>
        <translation>Иста организација је два пута наведена у истој улози.</translation>
    </message>
    <message>
        <source>A participant or their organisation no longer exists.</source>
        <translation>Један од учесника или његова организација више не постоји.</translation>
    </message>
    <message>
        <source>The linked partnership no longer exists.</source>
        <translation>Повезано партнерство више не постоји.</translation>
    </message>
    <message>
        <source>The linked agreement no longer exists.</source>
        <translation>Повезани споразум више не постоји.</translation>
    </message>
    <message>
        <source>The linked plan activity no longer exists.</source>
        <translation>Повезана активност плана више не постоји.</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <translation>Посета није могла да се сачува.</translation>
    </message>
    <message>
        <source>The visit could not be deleted.</source>
        <translation>Посета није могла да се обрише.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Општина</translation>
    </message>
    <message>
        <source>City municipality</source>
        <translation>Градска општина</translation>
    </message>
    <message>
        <source>Foreign local authority</source>
        <translation>Страна локална самоуправа</translation>
    </message>
    <message>
        <source>Association of local authorities</source>
        <translation>Удружење локалних власти</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Међународна организација</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Амбасада</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министарство</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донатор</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Остало</translation>
    </message>
    <message>
        <source>Town twinning</source>
        <translation>Братимљење</translation>
    </message>
    <message>
        <source>Decentralised cooperation</source>
        <translation>Децентрализована сарадња</translation>
    </message>
    <message>
        <source>Project cooperation</source>
        <translation>Пројектна сарадња</translation>
    </message>
    <message>
        <source>Cross-border cooperation</source>
        <translation>Прекогранична сарадња</translation>
    </message>
    <message>
        <source>Cooperation of associations</source>
        <translation>Сарадња удружења</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Иницијатива</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>У преговорима</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>У мировању</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончано</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Примљена</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Тражење партнера</translation>
    </message>
    <message>
        <source>Partners proposed</source>
        <translation>Предложени партнери</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>Успостављен контакт</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Потписан споразум</translation>
    </message>
    <message>
        <source>Closed without result</source>
        <translation>Затворена без резултата</translation>
    </message>
    <message>
        <source>Request of a member</source>
        <translation>Захтев члана</translation>
    </message>
    <message>
        <source>Proposal from abroad</source>
        <translation>Предлог из иностранства</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Повеља о братимљењу</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Споразум о сарадњи</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Меморандум о разумевању</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Писмо о намерама</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Акциони план</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Нацрт</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Потписан</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>На снази</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекао</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Раскинут</translation>
    </message>
    <message>
        <source>No renewal</source>
        <translation>Без продужења</translation>
    </message>
    <message>
        <source>Renewed automatically</source>
        <translation>Продужава се аутоматски</translation>
    </message>
    <message>
        <source>Renewed by agreement</source>
        <translation>Продужава се споразумно</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Долазна</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Одлазна</translation>
    </message>
    <message>
        <source>In Serbia</source>
        <translation>У Србији</translation>
    </message>
    <message>
        <source>Delegation visit</source>
        <translation>Посета делегације</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Студијска посета</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференција</translation>
    </message>
    <message>
        <source>Expert exchange</source>
        <translation>Размена стручњака</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Састанак</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Домаћин</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гост</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Усаглашен</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>У току</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завршен</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планирана</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завршена</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Одложена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отказана</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Saradnja</source>
        <translation>Добро дошли у Сарадњу</translation>
    </message>
    <message>
        <source>The register of SKGO&apos;s partnerships, initiatives, visits, agreements and action plans. How would you like to start?</source>
        <translation>Регистар партнерстава, иницијатива, посета, споразума и акционих планова СКГО. Како желите да почнете?</translation>
    </message>
    <message>
        <source>New empty register</source>
        <translation>Нови празан регистар</translation>
    </message>
    <message>
        <source>With the reference data: Serbian cities and municipalities, countries, themes.</source>
        <translation>Са референтним подацима: градови и општине у Србији, државе, теме.</translation>
    </message>
    <message>
        <source>New register with example data</source>
        <translation>Нови регистар са примерима</translation>
    </message>
    <message>
        <source>To try things out: the Kragujevac–Suresnes twinning, SKGO&apos;s agreements and more.</source>
        <translation>За испробавање: братимљење Крагујевца и Сирене, споразуми СКГО и друго.</translation>
    </message>
    <message>
        <source>Open an existing register…</source>
        <translation>Отвори постојећи регистар…</translation>
    </message>
    <message>
        <source>A file from a colleague or a shared drive.</source>
        <translation>Датотека од колеге или са дељеног диска.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>Измена није могла да се сачува.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>The archive has no &quot;%1&quot;.</source>
        <translation>Архива не садржи „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the archive is larger than Saradnja accepts.</source>
        <translation>„%1“ у архиви је веће него што Сарадња прихвата.</translation>
    </message>
    <message>
        <source>The archive could not be read: %1</source>
        <translation>Архива није могла да се прочита: %1</translation>
    </message>
    <message>
        <source>The file is not a ZIP archive, or it is damaged.</source>
        <translation>Датотека није ZIP архива или је оштећена.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive would be too large for the ZIP format.</source>
        <translation>Архива би била превелика за ZIP формат.</translation>
    </message>
    <message>
        <source>The archive could not be written: %1</source>
        <translation>Архива није могла да се упише: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Saradnja — international cooperation register</source>
        <translation>Сарадња — регистар међународне сарадње</translation>
    </message>
    <message>
        <source>The register to open.</source>
        <translation>Регистар који се отвара.</translation>
    </message>
    <message>
        <source>Language of the interface: sr-Latn, sr-Cyrl or en (default: as in the settings).</source>
        <translation>Језик корисничког интерфејса: sr-Latn, sr-Cyrl или en (подразумевано: као у подешавањима).</translation>
    </message>
    <message>
        <source>Save a picture of every section into the folder, then quit.</source>
        <translation>Чува слику сваког одељка у задату фасциклу, а затим затвара програм.</translation>
    </message>
    <message>
        <source>The register to open (as --db; a .saradnja file opened from the file manager).</source>
        <translation>Регистар који се отвара (као --db; датотека .сарадња отворена из управљача датотекама).</translation>
    </message>
    <message>
        <source>saradnja: give one register, as FILE or with --db</source>
        <translation>сарадња: наведите један регистар, као FILE или помоћу --db</translation>
    </message>
</context>
</TS>
