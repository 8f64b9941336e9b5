<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Follow, country by country, whether governments act on policy recommendations. Your data stays in one file on this computer; nothing leaves it unless you export it.</source>
        <translation>Сачыце, краіна за краінай, ці выконваюць урады палітычныя рэкамендацыі. Вашы даныя захоўваюцца ў адным файле на гэтым камп’ютары; нішто не пакідае яго, пакуль вы самі яго не экспартуеце.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Крыніца:</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методыка</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score.&lt;/b&gt; A country&apos;s score is the weighted mean of the scores of its &lt;i&gt;assessed&lt;/i&gt; recommendations, from 0 to 100. Cells not assessed are left out, never counted as 0; coverage (&quot;4 of 5 assessed&quot;) is shown with every score. %1 A score without a grade is marked * (not graded). &lt;b&gt;Grades:&lt;/b&gt; %2; ranks are among the graded countries.</source>
        <translation>&lt;b&gt;Бал.&lt;/b&gt; Бал краіны — гэта сярэдняе ўзважанае балаў яе &lt;i&gt;ацэненых&lt;/i&gt; рэкамендацый, ад 0 да 100. Неацэненыя клеткі не ўлічваюцца і ніколі не лічацца за 0; пакрыццё («ацэнена 4 з 5») паказваецца з кожным балам. %1 Бал без адзнакі пазначаецца * (без адзнакі). &lt;b&gt;Адзнакі:&lt;/b&gt; %2; месцы размяркоўваюцца сярод краін з адзнакай.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current status.&lt;/b&gt; The assessment with the latest effective date counts (ties: the one recorded last). Scores can be computed as of any date. A status older than the review interval is flagged ⚑ for review.</source>
        <translation>&lt;b&gt;Бягучы статус.&lt;/b&gt; Улічваецца ацэнка з найпазнейшай датай дзеяння (пры роўных датах — запісаная апошняй). Балы можна падлічыць на любую дату. Статус, старэйшы за інтэрвал перагляду, пазначаецца ⚑ для перагляду.</translation>
    </message>
    <message>
        <source>About Policy Tracker</source>
        <translation>Пра Policy Tracker</translation>
    </message>
    <message>
        <source>About and methodology</source>
        <translation>Пра праграму і методыка</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New evidence…</source>
        <translation>&amp;Новы доказ…</translation>
    </message>
    <message>
        <source>Log a dated source and link it to cells</source>
        <translation>Занатаваць датаваную крыніцу і звязаць яе з клеткамі</translation>
    </message>
    <message>
        <source>&amp;Set status…</source>
        <translation>&amp;Задаць статус…</translation>
    </message>
    <message>
        <source>Record a new judgement for the selected cell</source>
        <translation>Запісаць новую ацэнку для выбранай клеткі</translation>
    </message>
    <message>
        <source>&amp;Edit evidence…</source>
        <translation>&amp;Змяніць доказ…</translation>
    </message>
    <message>
        <source>&amp;Archive evidence</source>
        <translation>&amp;Архіваваць доказ</translation>
    </message>
    <message>
        <source>Open source &amp;link</source>
        <translation>Адкрыць &amp;спасылку на крыніцу</translation>
    </message>
    <message>
        <source>&amp;Search evidence</source>
        <translation>&amp;Шукаць у доказах</translation>
    </message>
    <message>
        <source>Search the evidence (full text)</source>
        <translation>Пошук па доказах (па ўсім тэксце)</translation>
    </message>
    <message>
        <source>&amp;Go to country…</source>
        <translation>Пера&amp;йсці да краіны…</translation>
    </message>
    <message>
        <source>Jump to a country in the matrix by name or code</source>
        <translation>Перайсці да краіны ў матрыцы па назве або кодзе</translation>
    </message>
    <message>
        <source>Show the tracker as it stood on a date</source>
        <translation>Паказаць трэкер такім, якім ён быў на пэўную дату</translation>
    </message>
    <message>
        <source>Show one group of countries</source>
        <translation>Паказаць адну групу краін</translation>
    </message>
    <message>
        <source>Highlight &amp;changes since…</source>
        <translation>&amp;Вылучыць змены з даты…</translation>
    </message>
    <message>
        <source>Outline cells whose status changed since a date</source>
        <translation>Абвесці клеткі, статус якіх змяніўся з пэўнай даты</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспарт…</translation>
    </message>
    <message>
        <source>Export the scorecard, assessments, history or evidence</source>
        <translation>Экспартаваць табліцу ацэнак, статусы, гісторыю або доказы</translation>
    </message>
    <message>
        <source>&amp;New tracker…</source>
        <translation>&amp;Новы трэкер…</translation>
    </message>
    <message>
        <source>&amp;Open tracker…</source>
        <translation>&amp;Адкрыць трэкер…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Захаваць &amp;копію…</translation>
    </message>
    <message>
        <source>Chec&amp;k and repair tracker…</source>
        <translation>&amp;Праверыць і выправіць трэкер…</translation>
    </message>
    <message>
        <source>Check the tracker file for damage and repair what can be repaired</source>
        <translation>Праверыць файл трэкера на пашкоджанні і выправіць тое, што можна выправіць</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Аднавіць з &amp;рэзервовай копіі…</translation>
    </message>
    <message>
        <source>Replace the tracker with one of its automatic backups (the current state is backed up first)</source>
        <translation>Замяніць трэкер адной з яго аўтаматычных рэзервовых копій (спачатку захоўваецца копія цяперашняга стану)</translation>
    </message>
    <message>
        <source>&amp;Import evidence…</source>
        <translation>&amp;Імпартаваць доказы…</translation>
    </message>
    <message>
        <source>Bring in evidence kept in a spreadsheet (CSV or Excel)</source>
        <translation>Перанесці доказы з электроннай табліцы (CSV або Excel)</translation>
    </message>
    <message>
        <source>&amp;As-of date</source>
        <translation>&amp;Стан на дату</translation>
    </message>
    <message>
        <source>Gr&amp;oup filter</source>
        <translation>&amp;Фільтр групы</translation>
    </message>
    <message>
        <source>S&amp;hare tracker…</source>
        <translation>А&amp;багуліць трэкер…</translation>
    </message>
    <message>
        <source>Share this tracker with your coalition through a shared folder</source>
        <translation>Абагуліць гэты трэкер з кааліцыяй праз агульную папку</translation>
    </message>
    <message>
        <source>&amp;Join a shared tracker…</source>
        <translation>Далу&amp;чыцца да агульнага трэкера…</translation>
    </message>
    <message>
        <source>Ask to join a coalition&apos;s shared tracker, then make your copy of it</source>
        <translation>Папрасіцца ў агульны трэкер кааліцыі, потым зрабіць сваю копію</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Сінхранізаваць зараз</translation>
    </message>
    <message>
        <source>Send your changes to the shared folder and take everyone else&apos;s</source>
        <translation>Адправіць свае змены ў агульную папку і ўзяць змены астатніх</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Удзельнікі…</translation>
    </message>
    <message>
        <source>Who shares this tracker, when each last synced; add or remove members</source>
        <translation>Хто карыстаецца гэтым трэкерам і калі кожны апошні раз сінхранізаваўся; дадаць або выдаліць удзельнікаў</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>Кан&amp;флікты…</translation>
    </message>
    <message>
        <source>Changes made on two copies without seeing each other: keep or swap them</source>
        <translation>Змены, зробленыя ў дзвюх копіях без ведама адна пра адну: пакінуць ці замяніць іх</translation>
    </message>
    <message>
        <source>Impor&amp;t codebook…</source>
        <translation>Імпартаваць ко&amp;давую кнігу…</translation>
    </message>
    <message>
        <source>Give a blank tracker its recommendations and status scale from a codebook (JSON) or a CSV of recommendations</source>
        <translation>Загрузіць у пусты трэкер рэкамендацыі і шкалу статусаў з кодавай кнігі (JSON) або CSV-файла рэкамендацый</translation>
    </message>
    <message>
        <source>Export co&amp;debook…</source>
        <translation>Экспартаваць кода&amp;вую кнігу…</translation>
    </message>
    <message>
        <source>Save this tracker&apos;s codebook as a JSON file another tracker can start from (init --codebook)</source>
        <translation>Захаваць кодавую кнігу гэтага трэкера як JSON-файл, з якога можа пачацца іншы трэкер (init --codebook)</translation>
    </message>
    <message>
        <source>Countries and &amp;groups…</source>
        <translation>Краіны і &amp;групы…</translation>
    </message>
    <message>
        <source>Add, archive and restore countries; create, rename and delete groups and choose their members</source>
        <translation>Дадаваць, архіваваць і аднаўляць краіны; ствараць, перайменоўваць і выдаляць групы і выбіраць іх удзельнікаў</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Кодавая кніга…</translation>
    </message>
    <message>
        <source>Edit the recommendations, the status scale, the grades and the tracker&apos;s title, source and settings</source>
        <translation>Змяніць рэкамендацыі, шкалу статусаў, адзнакі, а таксама назву, крыніцу і налады трэкера</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>На&amp;лады…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыйсці</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Матрыца</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Доказы</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>Ацэнкі &amp;краін</translation>
    </message>
    <message>
        <source>Cell &amp;details</source>
        <translation>&amp;Падрабязнасці клеткі</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Гісторыя</translation>
    </message>
    <message>
        <source>Every change ever made, newest first</source>
        <translation>Усе зробленыя змены, спачатку найноўшыя</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>П&amp;раверка</translation>
    </message>
    <message>
        <source>Proposed statuses waiting for review, and those returned to you</source>
        <translation>Прапанаваныя статусы, што чакаюць праверкі, і тыя, што вернуты вам</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Абнавіць</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Даведнік карыстальніка</translation>
    </message>
    <message>
        <source>How to use Policy Tracker (works offline)</source>
        <translation>Як карыстацца Policy Tracker (працуе без інтэрнэту)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Спалучэнні клавіш</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, searchable</source>
        <translation>Усе спалучэнні клавіш, з пошукам</translation>
    </message>
    <message>
        <source>&amp;About Policy Tracker</source>
        <translation>&amp;Пра Policy Tracker</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Паўтарыць</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Дадаць удзельніка</translation>
    </message>
    <message>
        <source>Paste the newcomer&apos;s join code, or choose the join file they sent you.</source>
        <translation>Устаўце код далучэння новага ўдзельніка або выберыце файл далучэння, які ён вам даслаў.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Код далучэння</translation>
    </message>
    <message>
        <source>Choose join &amp;file…</source>
        <translation>Выбраць &amp;файл далучэння…</translation>
    </message>
    <message>
        <source>Choose the join file</source>
        <translation>Выбраць файл далучэння</translation>
    </message>
    <message>
        <source>Who the code names</source>
        <translation>Каго называе код</translation>
    </message>
    <message>
        <source>I compared this fingerprint with them by another channel</source>
        <translation>Я зверыў гэты адбітак з ім іншым каналам</translation>
    </message>
    <message>
        <source>Fingerprint compared</source>
        <translation>Адбітак звераны</translation>
    </message>
    <message>
        <source>Make them a coordinator too (they can add and remove members)</source>
        <translation>Зрабіць яго таксама каардынатарам (зможа дадаваць і выдаляць удзельнікаў)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Каардынатар</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Дадаць</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Join files (*.ptjoin);;All files (*)</source>
        <translation>Файлы далучэння (*.ptjoin);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>The name and fingerprint in the code appear here.</source>
        <translation>Тут з’явяцца імя і адбітак з кода.</translation>
    </message>
    <message>
        <source>Name: %1
Fingerprint: %2
Ask them to read their fingerprint to you and compare it, letter by letter.</source>
        <translation>Імя: %1
Адбітак: %2
Папрасіце яго прачытаць вам свой адбітак і звярыце яго літара за літарай.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open tracker</source>
        <translation>Не ўдаецца адкрыць трэкер</translation>
    </message>
    <message>
        <source>The default tracker will be opened instead.</source>
        <translation>Замест яго будзе адкрыты трэкер па змаўчанні.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Another program is writing to this tracker; trying again…</source>
        <extracomment>While another program holds the write lock, the window tries again for this long in all. How long SQLite itself waits for the lock on each try: the longest the window stops responding. The pause between tries, during which the window repaints (typing and clicks wait until the end). What the status bar says while the window waits for the lock.</extracomment>
        <translation>Іншая праграма запісвае ў гэты трэкер; спрабуем яшчэ раз…</translation>
    </message>
    <message>
        <source>Could not save; your entries are kept. Try again.</source>
        <extracomment>What a form says when a save still failed: what was typed stays in the form.</extracomment>
        <translation>Не ўдалося захаваць; уведзенае захавана. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>Could not undo “%1”; nothing changed. Try again.</source>
        <translation>Не ўдалося адмяніць «%1»; нічога не змянілася. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>Could not redo “%1”; nothing changed. Try again.</source>
        <translation>Не ўдалося паўтарыць «%1»; нічога не змянілася. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Не ўдаецца адмяніць</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Не ўдаецца паўтарыць</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>Няма чаго змяняць: %1</translation>
    </message>
    <message>
        <source>the tracker file or its folder is read-only</source>
        <extracomment>SQLite&apos;s primary result codes a user can do something about, and what to tell them.</extracomment>
        <translation>файл трэкера або яго папка даступныя толькі для чытання</translation>
    </message>
    <message>
        <source>the disk could not be written to</source>
        <translation>не ўдалося запісаць на дыск</translation>
    </message>
    <message>
        <source>the tracker file is damaged (File › Check and repair tracker… can say more)</source>
        <translation>файл трэкера пашкоджаны (Файл › Праверыць і выправіць трэкер… раскажа больш)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>дыск запоўнены</translation>
    </message>
    <message>
        <source>the tracker file could not be opened</source>
        <translation>не ўдалося адкрыць файл трэкера</translation>
    </message>
    <message>
        <source>Could not save: %1; your entries are kept.</source>
        <translation>Не ўдалося захаваць: %1; уведзенае захавана.</translation>
    </message>
    <message>
        <source> Details were saved to %1.</source>
        <translation> Падрабязнасці захаваны ў %1.</translation>
    </message>
    <message>
        <source>The tracker could not be read or changed: %1; your entries are kept.</source>
        <translation>Не ўдалося прачытаць або змяніць трэкер: %1; уведзенае захавана.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1); what you were doing may not have finished.</source>
        <translation>Здарылася нечаканая памылка (%1); тое, што вы рабілі, магло не завяршыцца.</translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>Past as-of date</source>
        <translation>Дата ў мінулым</translation>
    </message>
    <message>
        <source>Past date</source>
        <translation>Мінулая дата</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Паказаная дата</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Вярнуцца да сённяшняга дня</translation>
    </message>
    <message>
        <source>Show the tracker as it stands today</source>
        <translation>Паказаць трэкер у сённяшнім стане</translation>
    </message>
    <message>
        <source>Showing the tracker as of %1, not today</source>
        <translation>Трэкер паказаны па стане на %1, а не на сёння</translation>
    </message>
    <message>
        <source>Showing the tracker as it will stand on %1, not today</source>
        <translation>Трэкер паказаны такім, якім ён будзе %1, а не сённяшнім</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing the tracker as of %1&lt;/b&gt; — not today. Statuses and scores are those in force on that date.</source>
        <translation>&lt;b&gt;Трэкер паказаны па стане на %1&lt;/b&gt; — не на сёння. Статусы і балы — дзейныя на гэту дату.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing the tracker as it will stand on %1&lt;/b&gt; — not today. Statuses and scores are those in force on that date.</source>
        <translation>&lt;b&gt;Трэкер паказаны такім, якім ён будзе %1&lt;/b&gt; — не сённяшнім. Статусы і балы — дзейныя на гэту дату.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the date&apos;s format (Qt&apos;s QDate::toString)</comment>
        <translation>d MMMM yyyy &apos;г.&apos;</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Save attachment as</source>
        <extracomment>The message boxes&apos; titles (English sources, translated by :func:`_tr` where shown).</extracomment>
        <translation>Захаваць далучаны файл як</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Адкрыць далучаны файл</translation>
    </message>
    <message>
        <source>This evidence has no attached file.</source>
        <translation>Да гэтага доказу не далучаны файл.</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Файлы %1 (*.%2);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>%1 is a program or script, so it is not opened from the tracker; use Save attachment as… and check it before running it.</source>
        <translation>%1 — праграма або скрыпт, таму з трэкера яго не адкрыць; выкарыстайце «Захаваць далучаны файл як…» і праверце яго, перш чым запускаць.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1; save it instead.</source>
        <translation>Ніводная праграма на гэтым камп’ютары не адкрывае %1; захавайце файл.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>daily</source>
        <extracomment>How the list names why a backup was taken (db.backup.KINDS and role()), in the interface&apos;s language.</extracomment>
        <translation>штодзённая</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>зробленая ўручную</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>перад імпартам</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>перад абнаўленнем</translation>
    </message>
    <message>
        <source>before codebook change</source>
        <translation>перад зменай кодавай кнігі</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>перад аднаўленнем</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>штотыднёвая</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Зроблена</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказы</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Ацэнкі</translation>
    </message>
    <message>
        <source>weekly (%1)</source>
        <translation>штотыднёвая (%1)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не чытаецца</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Scores by recommendation</source>
        <extracomment>The language of the country names: outside English, names sort in its alphabet&apos;s order (і, ў, ł, ė in their places, not after z by code point), through each country&apos;s place in that order.</extracomment>
        <translation>Балы па рэкамендацыях</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Filter…</source>
        <translation>Фільтр…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Фільтр: %1</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <comment>the list&apos;s name: &apos;Countries chosen&apos;</comment>
        <translation>%1: выбранае</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Нічога не выбрана</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Выбрана: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>Выбрана: %Ln</numerusform>
            <numerusform>Выбрана: %Ln</numerusform>
            <numerusform>Выбрана: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Праверка</translation>
    </message>
    <message>
        <source>Every row is checked. Nothing has been written yet.</source>
        <translation>Правяраецца кожны радок. Пакуль нічога не запісана.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Знойдзеныя праблемы</translation>
    </message>
    <message>
        <source>(duplicate)</source>
        <translation>(паўтор)</translation>
    </message>
    <message>
        <source>✓ The file can be imported. Press Import to write it.</source>
        <translation>✓ Файл можна імпартаваць. Націсніце «Імпартаваць», каб запісаць яго.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln problems: fix the file (or the column choices) and check again. Nothing will be written.</source>
        <translation>
            <numerusform>⚠ %Ln праблема: выпраўце файл (або выбар слупкоў) і праверце яшчэ раз. Нічога не будзе запісана.</numerusform>
            <numerusform>⚠ %Ln праблемы: выпраўце файл (або выбар слупкоў) і праверце яшчэ раз. Нічога не будзе запісана.</numerusform>
            <numerusform>⚠ %Ln праблем: выпраўце файл (або выбар слупкоў) і праверце яшчэ раз. Нічога не будзе запісана.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled. Nothing was written.</source>
        <translation>Праверка скасавана. Нічога не запісана.</translation>
    </message>
</context>
<context>
    <name>CodebookCommands</name>
    <message>
        <source>Add recommendation</source>
        <extracomment>A command&apos;s name or message in the interface&apos;s language (QUndoCommand is no QObject: no ``self.tr``).</extracomment>
        <translation>Дадаць рэкамендацыю</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Змяніць рэкамендацыю</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>Перамясціць рэкамендацыю вышэй</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>Перамясціць рэкамендацыю ніжэй</translation>
    </message>
    <message>
        <source>Archive recommendation</source>
        <translation>Архіваваць рэкамендацыю</translation>
    </message>
    <message>
        <source>Restore recommendation</source>
        <translation>Аднавіць рэкамендацыю</translation>
    </message>
    <message>
        <source>the recommendation is already archived.</source>
        <translation>рэкамендацыя ўжо ў архіве.</translation>
    </message>
    <message>
        <source>the recommendation is not archived.</source>
        <translation>рэкамендацыя не ў архіве.</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Дадаць статус</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Змяніць статус</translation>
    </message>
    <message>
        <source>Retire status</source>
        <translation>Выключыць статус</translation>
    </message>
    <message>
        <source>Change grades</source>
        <translation>Змяніць адзнакі</translation>
    </message>
    <message>
        <source>Change tracker settings</source>
        <translation>Змяніць налады трэкера</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Выдаліць пераклад</translation>
    </message>
    <message>
        <source>Translate codebook text</source>
        <translation>Перакласці тэкст кодавай кнігі</translation>
    </message>
    <message>
        <source>the translation is already saved as it is.</source>
        <translation>пераклад ужо захаваны менавіта такім.</translation>
    </message>
</context>
<context>
    <name>CodebookCounts</name>
    <message numerus="yes">
        <source>Changing this score re-scores every country (%Ln assessments use it). Change it?</source>
        <translation>
            <numerusform>Змена гэтага бала пералічыць балы ўсіх краін (яго выкарыстоўвае %Ln ацэнка). Змяніць?</numerusform>
            <numerusform>Змена гэтага бала пералічыць балы ўсіх краін (яго выкарыстоўваюць %Ln ацэнкі). Змяніць?</numerusform>
            <numerusform>Змена гэтага бала пералічыць балы ўсіх краін (яго выкарыстоўваюць %Ln ацэнак). Змяніць?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln made from English that has changed since</source>
        <translation>
            <numerusform>; %Ln пераклад зроблены з англійскага тэксту, які пасля змяніўся</numerusform>
            <numerusform>; %Ln пераклады зроблены з англійскага тэксту, які пасля змяніўся</numerusform>
            <numerusform>; %Ln перакладаў зроблена з англійскага тэксту, які пасля змяніўся</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <source>Recommendations</source>
        <translation>Рэкамендацыі</translation>
    </message>
    <message>
        <source>Status scale</source>
        <translation>Шкала статусаў</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Адзнакі</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Трэкер</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Пераклады</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Кодавая кніга</translation>
    </message>
    <message>
        <source>Codebook pages</source>
        <translation>Старонкі кодавай кнігі</translation>
    </message>
    <message>
        <source>Apply saves a page&apos;s changes, recorded in the history; Ctrl+Z undoes each one.</source>
        <translation>«Ужыць» захоўвае змены старонкі і запісвае іх у гісторыю; Ctrl+Z адмяняе кожную з іх.</translation>
    </message>
    <message>
        <source>How changes are saved</source>
        <translation>Як захоўваюцца змены</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Apply the changes not yet applied (%1)?</source>
        <translation>Ужыць змены, якія яшчэ не ўжыты (%1)?</translation>
    </message>
</context>
<context>
    <name>CodebookPage</name>
    <message>
        <source>&amp;Apply</source>
        <extracomment>The page&apos;s name in English (its tab shows :meth:`page_title`, translated in context &quot;CodebookEditor&quot;).</extracomment>
        <translation>&amp;Ужыць</translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation>Ужыць змены: %1</translation>
    </message>
    <message>
        <source>Save this page&apos;s changes (Ctrl+Z undoes them)</source>
        <translation>Захаваць змены гэтай старонкі (Ctrl+Z іх адменіць)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>А&amp;дкінуць</translation>
    </message>
    <message>
        <source>Revert %1 changes</source>
        <translation>Адкінуць змены: %1</translation>
    </message>
    <message>
        <source>Throw away what was typed here and show what is saved</source>
        <translation>Адкінуць набранае тут і паказаць захаванае</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>red</source>
        <extracomment>Colours in words, by the hue they start below (translated where shown: context &quot;ColorNames&quot;).</extracomment>
        <translation>чырвоны</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>аранжавы</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>жоўты</translation>
    </message>
    <message>
        <source>green</source>
        <translation>зялёны</translation>
    </message>
    <message>
        <source>teal</source>
        <translation>бірузовы</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>сіні</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>фіялетавы</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>ружовы</translation>
    </message>
    <message>
        <source>dark red</source>
        <extracomment>The darker shade of each (said of a colour whose value is under half).</extracomment>
        <translation>цёмна-чырвоны</translation>
    </message>
    <message>
        <source>dark orange</source>
        <translation>цёмна-аранжавы</translation>
    </message>
    <message>
        <source>dark yellow</source>
        <translation>цёмна-жоўты</translation>
    </message>
    <message>
        <source>dark green</source>
        <translation>цёмна-зялёны</translation>
    </message>
    <message>
        <source>dark teal</source>
        <translation>цёмна-бірузовы</translation>
    </message>
    <message>
        <source>dark blue</source>
        <translation>цёмна-сіні</translation>
    </message>
    <message>
        <source>dark purple</source>
        <translation>цёмна-фіялетавы</translation>
    </message>
    <message>
        <source>dark pink</source>
        <translation>цёмна-ружовы</translation>
    </message>
    <message>
        <source>black</source>
        <translation>чорны</translation>
    </message>
    <message>
        <source>white</source>
        <translation>белы</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>шэры</translation>
    </message>
    <message>
        <source>dark grey</source>
        <translation>цёмна-шэры</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <source>Evidence “%1”</source>
        <translation>Доказ «%1»</translation>
    </message>
    <message>
        <source>Recommendation “%1”</source>
        <translation>Рэкамендацыя «%1»</translation>
    </message>
    <message>
        <source>Country “%1”</source>
        <translation>Краіна «%1»</translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation>Статус «%1»</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Група «%1»</translation>
    </message>
    <message>
        <source>Setting “%1”</source>
        <translation>Налада «%1»</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Proposed status of %1</source>
        <translation>Прапанаваны статус: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>%1 was changed on two copies, neither seeing the other&apos;s change.</source>
        <translation>%1: зменена ў дзвюх копіях без ведама адна пра адну.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Выдалена</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Выдалена (аўтар: %1)</translation>
    </message>
    <message>
        <source>Version by %1</source>
        <translation>Версія (аўтар: %1)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>выдалена</translation>
    </message>
    <message>
        <source>(applies now)</source>
        <translation>(дзейнічае цяпер)</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>дзейнічае з %1</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 (аўтар: %2), %3</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(бягучы)</translation>
    </message>
    <message>
        <source>Applies now</source>
        <translation>Дзейнічае цяпер</translation>
    </message>
    <message>
        <source>“Keep the applied version” keeps the record as it is; “Use this version” puts the selected version in its place. Either way every version stays in the history.</source>
        <translation>«Пакінуць дзейную версію» — запіс застаецца як ёсць; «Ужыць гэтую версію» — на яго месца стане выбраная версія. У абодвух выпадках усе версіі застаюцца ў гісторыі.</translation>
    </message>
    <message>
        <source>%1: statuses set on two copies without seeing each other.</source>
        <translation>%1: статусы зададзены ў дзвюх копіях без ведама адна пра адну.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Бягучы</translation>
    </message>
    <message>
        <source>“Keep the current status” keeps the cell as it is; “Use this judgement” makes the selected one current. Either way every judgement stays in the history.</source>
        <translation>«Пакінуць бягучы статус» — клетка застаецца як ёсць; «Ужыць гэтую ацэнку» — бягучай стане выбраная. У абодвух выпадках усе ацэнкі застаюцца ў гісторыі.</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Клетка %1</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Conflict</source>
        <translation>Канфлікт</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Хто змяніў</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Што адрозніваецца</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Дзейнічае</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Title</source>
        <extracomment>Fields that say when and by whom, not what: never listed as a difference. How much of a value the list shows (the pane below shows all of it). The fields a version can change, as a person names them.</extracomment>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Спасылка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Выдавец</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Клеткі</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Тып крыніцы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Дата звароту</translation>
    </message>
    <message>
        <source>Archived copy</source>
        <translation>Архіўная копія</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>У архіве</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Далучаны файл</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Тэкст</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Указанні</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колер</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значэнне</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Дзейнічае з</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Абгрунтаванне</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Канфлікты</translation>
    </message>
    <message>
        <source>Changes made on two copies of this shared tracker without either seeing the other: records edited on both, and cells whose status was set on both. One version applies already; choose whether it stays.</source>
        <translation>Змены, зробленыя ў дзвюх копіях гэтага агульнага трэкера без ведама адна пра адну: запісы, змененыя ў абедзвюх, і клеткі, статус якіх зададзены ў абедзвюх. Адна версія ўжо дзейнічае; вырашыце, ці пакінуць яе.</translation>
    </message>
    <message>
        <source>About conflicts</source>
        <translation>Пра канфлікты</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Няма чаго разглядаць</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Нявырашаныя канфлікты</translation>
    </message>
    <message>
        <source>Each conflict, and under it the versions or judgements it is made of; the one that applies is marked.</source>
        <translation>Кожны канфлікт, а пад ім — яго версіі або ацэнкі; тая, што дзейнічае, пазначана.</translation>
    </message>
    <message>
        <source>The selected conflict</source>
        <translation>Выбраны канфлікт</translation>
    </message>
    <message>
        <source>&amp;Keep the applied version</source>
        <translation>&amp;Пакінуць дзейную версію</translation>
    </message>
    <message>
        <source>Keep the applied version</source>
        <translation>Пакінуць дзейную версію</translation>
    </message>
    <message>
        <source>The record stays as it is and leaves this list</source>
        <translation>Запіс застаецца як ёсць і знікае з гэтага спіса</translation>
    </message>
    <message>
        <source>&amp;Use this version</source>
        <translation>&amp;Ужыць гэтую версію</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation>Ужыць гэтую версію</translation>
    </message>
    <message>
        <source>The selected version replaces the one that applies</source>
        <translation>Выбраная версія замяняе дзейную</translation>
    </message>
    <message>
        <source>K&amp;eep the current status</source>
        <translation>Па&amp;кінуць бягучы статус</translation>
    </message>
    <message>
        <source>Keep the current status</source>
        <translation>Пакінуць бягучы статус</translation>
    </message>
    <message>
        <source>The cell keeps its status and loses its ⚠ mark</source>
        <translation>Клетка захоўвае свой статус, а знак ⚠ знікае</translation>
    </message>
    <message>
        <source>U&amp;se this judgement</source>
        <translation>Ужыць гэтую &amp;ацэнку</translation>
    </message>
    <message>
        <source>Use this judgement</source>
        <translation>Ужыць гэтую ацэнку</translation>
    </message>
    <message>
        <source>The selected judgement becomes the cell&apos;s status</source>
        <translation>Выбраная ацэнка становіцца статусам клеткі</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts.</source>
        <translation>Няма чаго разглядаць: канфліктаў няма.</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts. This tracker has not synced yet.</source>
        <translation>Няма чаго разглядаць: канфліктаў няма. Гэты трэкер яшчэ не сінхранізаваўся.</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts. The last sync ran %1.</source>
        <translation>Няма чаго разглядаць: канфліктаў няма. Апошняя сінхранізацыя: %1.</translation>
    </message>
    <message>
        <source>Select another version under the conflict to use it instead</source>
        <translation>Каб ужыць іншую версію, выберыце яе пад канфліктам</translation>
    </message>
    <message>
        <source>Select another judgement under the cell to use it</source>
        <translation>Каб ужыць іншую ацэнку, выберыце яе пад клеткай</translation>
    </message>
    <message>
        <source>Another program kept the tracker busy; nothing changed. Try again in a moment.</source>
        <translation>Іншая праграма займала трэкер; нічога не змянілася. Паспрабуйце яшчэ раз праз хвіліну.</translation>
    </message>
    <message>
        <source>Conflict settled; every version stays in the history.</source>
        <translation>Канфлікт вырашаны; усе версіі застаюцца ў гісторыі.</translation>
    </message>
</context>
<context>
    <name>CountriesEditor</name>
    <message>
        <source>%1 — archived</source>
        <extracomment>How many ISO matches the &quot;Add country&quot; list shows at most (the best first).</extracomment>
        <translation>%1 — у архіве</translation>
    </message>
    <message>
        <source>Countries and groups</source>
        <translation>Краіны і групы</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Фільтр па назве або кодзе</translation>
    </message>
    <message>
        <source>Filter tracked countries</source>
        <translation>Фільтр адсочваных краін</translation>
    </message>
    <message>
        <source>Tracked countries</source>
        <translation>Адсочваныя краіны</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архіваваць</translation>
    </message>
    <message>
        <source>Archive country</source>
        <translation>Архіваваць краіну</translation>
    </message>
    <message>
        <source>Leave the matrix, scores and ranks; the country&apos;s evidence and history stay</source>
        <translation>Прыбраць з матрыцы, балаў і рэйтынгу; доказы і гісторыя краіны застаюцца</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Ад&amp;навіць</translation>
    </message>
    <message>
        <source>Restore country</source>
        <translation>Аднавіць краіну</translation>
    </message>
    <message>
        <source>Bring an archived country back into the matrix</source>
        <translation>Вярнуць архіваваную краіну ў матрыцу</translation>
    </message>
    <message>
        <source>Countries tracked</source>
        <translation>Колькасць адсочваных краін</translation>
    </message>
    <message>
        <source>Type a name or ISO code, e.g. ukr or UA</source>
        <translation>Увядзіце назву або код ISO, напр. ukr або UA</translation>
    </message>
    <message>
        <source>A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian, or an ISO code</source>
        <translation>Назва на англійскай, беларускай, украінскай, рускай, польскай або літоўскай мове, або код ISO</translation>
    </message>
    <message>
        <source>Country to add, name or code</source>
        <translation>Краіна для дадання: назва або код</translation>
    </message>
    <message>
        <source>ISO countries not yet tracked</source>
        <translation>Краіны ISO, якія яшчэ не адсочваюцца</translation>
    </message>
    <message>
        <source>A&amp;dd country</source>
        <translation>&amp;Дадаць краіну</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Дадаць краіну</translation>
    </message>
    <message>
        <source>Add country matches</source>
        <translation>Знойдзеныя краіны для дадання</translation>
    </message>
    <message>
        <source>Add &amp;country (any ISO 3166 country):</source>
        <translation>Дадаць &amp;краіну (любую краіну ISO 3166):</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Краіны</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групы</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Назва групы</translation>
    </message>
    <message>
        <source>A name, e.g. Nordic countries</source>
        <translation>Назва, напр. Паўночныя краіны</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>Наз&amp;ва групы:</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>Н&amp;овая група</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая група</translation>
    </message>
    <message>
        <source>Create a group with the name typed (its members ticked next)</source>
        <translation>Стварыць групу з уведзенай назвай (потым адзначце яе ўдзельнікаў)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Перайм&amp;енаваць</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Перайменаваць групу</translation>
    </message>
    <message>
        <source>Give the chosen group the name typed</source>
        <translation>Даць выбранай групе ўведзеную назву</translation>
    </message>
    <message>
        <source>De&amp;lete group</source>
        <translation>В&amp;ыдаліць групу</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Выдаліць групу</translation>
    </message>
    <message>
        <source>Remove the group; its countries and evidence stay (Ctrl+Z brings it back)</source>
        <translation>Выдаліць групу; яе краіны і доказы застаюцца (Ctrl+Z верне яе)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Удзельнікі</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Фільтр краін…</translation>
    </message>
    <message>
        <source>&amp;Members (tick the countries in the chosen group):</source>
        <translation>&amp;Удзельнікі (адзначце краіны выбранай групы):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Праблема</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Each change is saved at once and is in the history; Ctrl+Z undoes it.</source>
        <translation>Кожная змена захоўваецца адразу і трапляе ў гісторыю; Ctrl+Z яе адмяняе.</translation>
    </message>
    <message>
        <source>How changes are saved</source>
        <translation>Як захоўваюцца змены</translation>
    </message>
    <message>
        <source>%1 tracked, %2 archived</source>
        <translation>Адсочваецца: %1, у архіве: %2</translation>
    </message>
    <message>
        <source>%1 tracked</source>
        <translation>Адсочваецца: %1</translation>
    </message>
    <message>
        <source>Type part of a name or a code to find a country.</source>
        <translation>Увядзіце частку назвы або код, каб знайсці краіну.</translation>
    </message>
    <message>
        <source> — archived here, adding restores it</source>
        <translation> — тут у архіве, даданне яе адновіць</translation>
    </message>
    <message>
        <source>“%1” is already tracked.</source>
        <translation>«%1» ужо адсочваецца.</translation>
    </message>
    <message>
        <source>No ISO country matches “%1”.</source>
        <translation>Ніводная краіна ISO не адпавядае «%1».</translation>
    </message>
    <message>
        <source>Added %1; Ctrl+Z undoes it.</source>
        <translation>Дададзена: %1; Ctrl+Z адменіць гэта.</translation>
    </message>
    <message>
        <source>Deleted the group %1; Ctrl+Z brings it back.</source>
        <translation>Група %1 выдалена; Ctrl+Z яе верне.</translation>
    </message>
</context>
<context>
    <name>CountryCard</name>
    <message>
        <source>Country scorecard</source>
        <translation>Ацэнкі краіны</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Score, grade, rank and coverage</source>
        <translation>Бал, адзнака, месца і ахоп</translation>
    </message>
    <message>
        <source>Change since the comparison date</source>
        <translation>Змена з даты параўнання</translation>
    </message>
    <message>
        <source>Evidence behind each status</source>
        <translation>Доказы для кожнага статусу</translation>
    </message>
    <message>
        <source>Recommendation / evidence</source>
        <translation>Рэкамендацыя / доказ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Выдавец</translation>
    </message>
    <message>
        <source>Report for this country…</source>
        <translation>Справаздача па гэтай краіне…</translation>
    </message>
    <message>
        <source>Report for this country</source>
        <translation>Справаздача па гэтай краіне</translation>
    </message>
    <message>
        <source>Choose a country in the ranking</source>
        <translation>Выберыце краіну ў рэйтынгу</translation>
    </message>
    <message>
        <source>grade &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>адзнака &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ranked %1 of %2</source>
        <comment>3rd of 37</comment>
        <translation>месца %1 з %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>first scored</source>
        <translation>упершыню атрымала бал</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без змен</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (было %1)</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>З %1: %2</translation>
    </message>
    <message>
        <source>Since %1: no score to compare</source>
        <translation>З %1: няма бала для параўнання</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Яшчэ не ацэнена.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Чаму: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назвы)</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Няма спасылкі</translation>
    </message>
</context>
<context>
    <name>CountryCounts</name>
    <message>
        <source>1 country matches: Enter adds it.</source>
        <translation>Адпавядае 1 краіна: Enter дадасць яе.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries match: Enter adds the highlighted one.</source>
        <translation>
            <numerusform>Адпавядае %Ln краіна: Enter дадасць вылучаную.</numerusform>
            <numerusform>Адпавядаюць %Ln краіны: Enter дадасць вылучаную.</numerusform>
            <numerusform>Адпавядаюць %Ln краін: Enter дадасць вылучаную.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln краіна</numerusform>
            <numerusform>%Ln краіны</numerusform>
            <numerusform>%Ln краін</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>No backup was made today: %1</source>
        <extracomment>The backup made (a Path), or None when one was already made today. Why no backup could be made: one sentence.</extracomment>
        <translation>Сёння рэзервовая копія не зроблена: %1</translation>
    </message>
</context>
<context>
    <name>DataAttachments</name>
    <message>
        <source>{name} is a folder, not a file; attach a file inside it.</source>
        <extracomment>Largest attachment stored in a tracker; larger files belong on a server. Bytes read (or streamed out of the tracker) at a time. Changed attachments named one by one in a check&apos;s message; the rest are counted. Private copies opened from the app are removed after this long (the next time one is opened).</extracomment>
        <translation>{name} — папка, а не файл; далучыце файл з яе.</translation>
    </message>
    <message>
        <source>{name} is a pipe, not a file; attach a regular file.</source>
        <translation>{name} — канал, а не файл; далучыце звычайны файл.</translation>
    </message>
    <message>
        <source>{name} is a device, not a file; attach a regular file.</source>
        <translation>{name} — прылада, а не файл; далучыце звычайны файл.</translation>
    </message>
    <message>
        <source>{name} is a socket, not a file; attach a regular file.</source>
        <translation>{name} — сокет, а не файл; далучыце звычайны файл.</translation>
    </message>
    <message>
        <source>{name} is a link to another file; attach the file itself.</source>
        <translation>{name} — спасылка на іншы файл; далучыце сам файл.</translation>
    </message>
    <message>
        <source>{name} is not a regular file; attach a regular file.</source>
        <translation>{name} — не звычайны файл; далучыце звычайны файл.</translation>
    </message>
    <message>
        <source>{name} is too big to attach (over {size}); keep it elsewhere and link to it.</source>
        <translation>{name} занадта вялікі, каб яго далучыць (больш за {size}); захоўвайце яго ў іншым месцы і дайце спасылку.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}.</source>
        <translation>Не атрымалася прачытаць {name}: {problem}.</translation>
    </message>
    <message>
        <source>{target} does not exist.</source>
        <translation>{target} не існуе.</translation>
    </message>
    <message>
        <source>{target} cannot be read: {problem}.</source>
        <translation>Не атрымалася прачытаць {target}: {problem}.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <extracomment>Names Windows reserves for devices, with or without an extension. Endings that a double-click runs as a program or script instead of showing.</extracomment>
        <translation>Няма доказу з uid {uid}.</translation>
    </message>
    <message>
        <source>The attached file {name} of the evidence “{evidence_title}” has changed since it was attached (its SHA-256 checksum does not match), so it was not taken out; a check of the tracker lists every changed file.</source>
        <translation>Далучаны файл {name} доказу «{evidence_title}» змяніўся пасля далучэння (яго кантрольная сума SHA-256 не супадае), таму ён не выняты; праверка трэкера пералічвае ўсе змененыя файлы.</translation>
    </message>
    <message>
        <source>The evidence {uid} has no attached file.</source>
        <translation>У доказу {uid} няма далучанага файла.</translation>
    </message>
    <message>
        <source>{target} is a folder; give the name of the file to write.</source>
        <translation>{target} — папка; укажыце імя файла для запісу.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папкі {folder} не існуе.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name (or replace it with --force).</source>
        <translation>{target} ужо існуе; выберыце новае імя файла (або замяніце яго з --force).</translation>
    </message>
    <message>
        <source>The attached file could not be written to {target}: {problem}.</source>
        <translation>Не атрымалася запісаць далучаны файл у {target}: {problem}.</translation>
    </message>
    <message>
        <source>A copy of {name} could not be written to open it: {problem}.</source>
        <translation>Не атрымалася запісаць копію {name}, каб яе адкрыць: {problem}.</translation>
    </message>
</context>
<context>
    <name>DataBackup</name>
    <message>
        <source>{target} is a folder; give the name of the copy to write.</source>
        <extracomment>The meta key of the tracker&apos;s identity, which names its backups&apos; folder. Ids derived from a tracker&apos;s creation (see :func:`tracker_id`) are UUID 5 in this namespace. Backups kept: the newest of each of the last KEEP_DAILY days that have one ... ... and the newest of each of the KEEP_WEEKLY ISO weeks before those. Every backup of the newest day is kept too (up to this many), so each import of a busy day keeps its own &quot;before import&quot; copy until a later day&apos;s backup takes over. Why a backup was taken (the word in its file name) and how the app names that. Path parts that mark a folder another program copies elsewhere (cloud sync), compared lower-case. File systems on another machine (Linux /proc/mounts names).</extracomment>
        <translation>{target} — папка; укажыце імя копіі для запісу.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папкі {folder} не існуе.</translation>
    </message>
    <message>
        <source>{target} is the open tracker itself; choose another name for the copy.</source>
        <translation>{target} — гэта сам адкрыты трэкер; выберыце іншае імя для копіі.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name.</source>
        <translation>{target} ужо існуе; выберыце новае імя файла.</translation>
    </message>
    <message>
        <source>The copy could not be written to {target}: {reason}.</source>
        <translation>Не атрымалася запісаць копію ў {target}: {reason}.</translation>
    </message>
    <message>
        <source>{name} has no backups yet and cannot be given an id for them ({problem}).</source>
        <translation>У {name} яшчэ няма рэзервовых копій, і яму нельга даць для іх ідэнтыфікатар ({problem}).</translation>
    </message>
    <message>
        <source>No backup was made: {reason}, and backups are kept only in a private folder (set POLICY_TRACKER_DATA_DIR to one).</source>
        <translation>Рэзервовая копія не зроблена: {reason}, а рэзервовыя копіі захоўваюцца толькі ў прыватнай папцы (задайце такую ў POLICY_TRACKER_DATA_DIR).</translation>
    </message>
    <message>
        <source>The backup folder {folder} could not be made: {problem}.</source>
        <translation>Не атрымалася стварыць папку рэзервовых копій {folder}: {problem}.</translation>
    </message>
    <message>
        <source>A tracker kept in memory has no backups.</source>
        <translation>У трэкера, які захоўваецца ў памяці, няма рэзервовых копій.</translation>
    </message>
    <message>
        <source>No backup was made: {reason}.</source>
        <translation>Рэзервовая копія не зроблена: {reason}.</translation>
    </message>
    <message>
        <source>No backup was made: it takes {size}, the disk that holds the backups has {free} free, and at least {floor} must stay free; free some space there, or keep the backups on a larger disk (POLICY_TRACKER_DATA_DIR).</source>
        <translation>Рэзервовая копія не зроблена: яна займае {size}, на дыску з рэзервовымі копіямі вольна {free}, а вольнымі павінны заставацца не менш за {floor}; вызваліце там месца або захоўвайце рэзервовыя копіі на большым дыску (POLICY_TRACKER_DATA_DIR).</translation>
    </message>
    <message>
        <source>Nothing was restored: there is no backup at {backup}.</source>
        <translation>Нічога не адноўлена: па адрасе {backup} няма рэзервовай копіі.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Нічога не адноўлена: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup {name} is damaged ({result}).</source>
        <translation>Нічога не адноўлена: рэзервовая копія {name} пашкоджана ({result}).</translation>
    </message>
    <message>
        <source>Nothing was restored: there is no tracker at {target}.</source>
        <translation>Нічога не адноўлена: па адрасе {target} няма трэкера.</translation>
    </message>
    <message>
        <source>Nothing was restored: that backup is the tracker itself.</source>
        <translation>Нічога не адноўлена: гэтая рэзервовая копія — сам трэкер.</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} cannot be opened ({problem}).</source>
        <translation>Нічога не адноўлена: не атрымалася адкрыць {target} ({problem}).</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} cannot be read ({problem}).</source>
        <translation>Нічога не адноўлена: не атрымалася прачытаць {target} ({problem}).</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} is not a Policy Tracker file.</source>
        <translation>Нічога не адноўлена: {target} — не файл Policy Tracker.</translation>
    </message>
    <message>
        <source>Nothing was restored: {name} is open in another program or window; close it there first.</source>
        <translation>Нічога не адноўлена: {name} адкрыты ў іншай праграме або акне; спачатку закрыйце яго там.</translation>
    </message>
    <message>
        <source>Nothing was restored: {name} is being written by another program; try again when it is done.</source>
        <translation>Нічога не адноўлена: у {name} піша іншая праграма; паспрабуйце зноў, калі яна скончыць.</translation>
    </message>
    <message>
        <source>Nothing was restored, because the tracker as it is now could not be backed up first: {reason}</source>
        <translation>Нічога не адноўлена, бо спачатку не атрымалася зрабіць рэзервовую копію цяперашняга трэкера: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored, because the damaged tracker could not be kept first: {problem}.</source>
        <translation>Нічога не адноўлена, бо спачатку не атрымалася захаваць пашкоджаны трэкер: {problem}.</translation>
    </message>
    <message>
        <source>Nothing was restored: the restored file could not be written ({reason}).</source>
        <translation>Нічога не адноўлена: не атрымалася запісаць адноўлены файл ({reason}).</translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message numerus="yes">
        <source>Rebuilt the search index from the %n pieces of evidence and restored the triggers that keep it current.</source>
        <comment>Rebuilt the search index from the %n piece of evidence and restored the triggers that keep it current.</comment>
        <extracomment>Names of the temporary tables the search-index check builds (in the connection&apos;s own temp schema: nothing is written to the tracker file). The counts in check&apos;s sentences (Qt&apos;s plural forms; lupdate collects ``DataCheck.tr``).</extracomment>
        <translation>
            <numerusform>Пошукавы індэкс перабудаваны з %n доказу, і адноўлены трыгеры, якія падтрымліваюць яго ў актуальным стане.</numerusform>
            <numerusform>Пошукавы індэкс перабудаваны з %n доказаў, і адноўлены трыгеры, якія падтрымліваюць яго ў актуальным стане.</numerusform>
            <numerusform>Пошукавы індэкс перабудаваны з %n доказаў, і адноўлены трыгеры, якія падтрымліваюць яго ў актуальным стане.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is damaged: SQLite cannot read it ({error}).</source>
        <translation>Файл пашкоджаны: SQLite не можа яго прачытаць ({error}).</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite&apos;s integrity check failed ({details}).</source>
        <translation>Файл пашкоджаны: праверка цэласнасці SQLite не прайшла ({details}).</translation>
    </message>
    <message>
        <source>The links between records cannot be checked ({error}).</source>
        <translation>Немагчыма праверыць сувязі паміж запісамі ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>%n records point at records that do not exist (in {tables}); it cannot be repaired without guessing, so restore a copy or correct it by hand.</source>
        <comment>%n record points at a record that does not exist (in {tables}); it cannot be repaired without guessing, so restore a copy or correct it by hand.</comment>
        <translation>
            <numerusform>%n запіс спасылаецца на запісы, якіх няма (у {tables}); гэта нельга выправіць, не здагадваючыся, таму аднавіце копію або выпраўце ўручную.</numerusform>
            <numerusform>%n запісы спасылаюцца на запісы, якіх няма (у {tables}); гэта нельга выправіць, не здагадваючыся, таму аднавіце копію або выпраўце ўручную.</numerusform>
            <numerusform>%n запісаў спасылаюцца на запісы, якіх няма (у {tables}); гэта нельга выправіць, не здагадваючыся, таму аднавіце копію або выпраўце ўручную.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index does not match the evidence, so a search can miss evidence or find evidence that no longer says what was searched for.</source>
        <translation>Пошукавы індэкс не адпавядае доказам: пошук можа прапусціць доказы або знайсці доказы, у якіх ужо няма таго, што шукалі.</translation>
    </message>
    <message>
        <source>The stored counts of evidence per cell and of records do not match the data ({details}), so the matrix and the status bar can show wrong numbers.</source>
        <translation>Захаваныя падлікі доказаў у клетках і запісаў не адпавядаюць даным ({details}), таму матрыца і радок стану могуць паказваць няправільныя лічбы.</translation>
    </message>
    <message>
        <source>The stored current status of each cell does not match the assessments ({details}), so the matrix can show a wrong status.</source>
        <translation>Захаваны бягучы статус клетак не адпавядае ацэнкам ({details}), таму матрыца можа паказваць няправільны статус.</translation>
    </message>
    <message>
        <source>The status scale cannot be read ({error}).</source>
        <translation>Немагчыма прачытаць шкалу статусаў ({error}).</translation>
    </message>
    <message>
        <source>The status scale must have exactly one &apos;not assessed&apos; status; it has {count}.</source>
        <translation>У шкале статусаў павінен быць роўна адзін статус «не ацэнена»; іх колькасць: {count}.</translation>
    </message>
    <message>
        <source>The attached files cannot be checked ({error}).</source>
        <translation>Немагчыма праверыць далучаныя файлы ({error}).</translation>
    </message>
    <message>
        <source>The evidence&apos;s links cannot be checked ({error}).</source>
        <extracomment>How many links that break the address rules a check names before it only counts the rest.</extracomment>
        <translation>Немагчыма праверыць спасылкі доказаў ({error}).</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>; і яшчэ {count}</translation>
    </message>
    <message>
        <source>Links that could open another site than they show must be corrected by hand: {links}{more}.</source>
        <translation>Спасылкі, якія могуць адкрыць іншы сайт, чым паказваюць, трэба выправіць уручную: {links}{more}.</translation>
    </message>
    <message>
        <source>The problems found cannot be repaired automatically: {problems}.</source>
        <translation>Знойдзеныя праблемы нельга выправіць аўтаматычна: {problems}.</translation>
    </message>
    <message>
        <source>Recounted the evidence per cell and the records, and restored the triggers that keep them current.</source>
        <translation>Доказы ў клетках і запісы пералічаны, і адноўлены трыгеры, якія падтрымліваюць падлікі ў актуальным стане.</translation>
    </message>
    <message>
        <source>Recomputed each cell&apos;s current status and restored the triggers that keep it current.</source>
        <translation>Бягучы статус кожнай клеткі вылічаны нанава, і адноўлены трыгеры, якія падтрымліваюць яго ў актуальным стане.</translation>
    </message>
    <message>
        <source>The tracker was opened read-only, so it cannot be repaired.</source>
        <translation>Трэкер адкрыты толькі для чытання, таму яго нельга выправіць.</translation>
    </message>
    <message>
        <source>The repair failed, so nothing was changed: {error}.</source>
        <extracomment>Why a repair changed nothing.</extracomment>
        <translation>Выпраўленне не ўдалося, таму нічога не зменена: {error}.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt, so nothing was changed: {error}.</source>
        <extracomment>The tables FTS5 keeps an index in (&quot;shadow tables&quot;); the content comes from the search view.</extracomment>
        <translation>Не ўдалося перабудаваць пошукавы індэкс, таму нічога не зменена: {error}.</translation>
    </message>
</context>
<context>
    <name>DataCodebook</name>
    <message>
        <source>&apos;{field}&apos; must be a number from 0 to 1, such as 0.5.</source>
        <extracomment>Where a codebook text is kept, as in the ``translations`` table: (table, row key, field). ``(&quot;statuses&quot;, &quot;full&quot;, &quot;label&quot;)``, ``(&quot;meta&quot;, &quot;title&quot;, &quot;value&quot;)``, ``(&quot;groups&quot;, &quot;EU&quot;, &quot;name&quot;)``. Share of a country&apos;s recommendations that must be assessed before it gets a grade and a rank.</extracomment>
        <translation>«{field}» павінна быць лікам ад 0 да 1, напрыклад 0.5.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be from 0 to 1 (a share of the recommendations); got {value!r}.</source>
        <translation>«{field}» павінна быць ад 0 да 1 (доля рэкамендацый); атрымана {value!r}.</translation>
    </message>
    <message>
        <source>{path} is too large to be a codebook (more than {megabytes} MB).</source>
        <extracomment>Countries tracked once and archived since (an exported codebook keeps them for their groups and history). The texts&apos; translations, {language: text} by where each is kept. English stays in the fields above (exports, scripts and search read it there); only grade names, which have no column, keep &quot;en&quot; here. The language the translations were made from (&quot;en&quot; for the default codebook: the article is in English), and a note for readers; a report says a quotation&apos;s translation is one. A codebook is a few hundred KB at most; a bigger file is refused before it is read into memory.</extracomment>
        <translation>{path} занадта вялікі для кодавай кнігі (больш за {megabytes} МБ).</translation>
    </message>
    <message>
        <source>There is no codebook file at {path}.</source>
        <translation>Па адрасе {path} няма файла кодавай кнігі.</translation>
    </message>
    <message>
        <source>{path} is not a valid JSON codebook: {problem}.</source>
        <translation>{path} — няправільная кодавая кніга JSON: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a valid codebook: its JSON is nested too deeply to read.</source>
        <translation>{path} — няправільная кодавая кніга: яе JSON занадта глыбока ўкладзены, каб яго прачытаць.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}.</source>
        <translation>Не атрымалася прачытаць {path}: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a valid codebook: it is nested too deeply.</source>
        <translation>{path} — няправільная кодавая кніга: яна занадта глыбока ўкладзена.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; is missing.</source>
        <translation>{where}: няма «{key}».</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a {kind}.</source>
        <translation>{where}: «{key}» павінна быць тыпу {kind}.</translation>
    </message>
    <message>
        <source>{where}: a codebook must be a JSON object.</source>
        <translation>{where}: кодавая кніга павінна быць аб’ектам JSON.</translation>
    </message>
    <message>
        <source>{where}: &apos;title&apos; is missing.</source>
        <translation>{where}: няма «title».</translation>
    </message>
    <message>
        <source>{at} must be an object.</source>
        <translation>{at} павінна быць аб’ектам.</translation>
    </message>
    <message>
        <source>{at}: the code &apos;{code}&apos; is used twice.</source>
        <translation>{at}: код «{code}» ужыты двойчы.</translation>
    </message>
    <message>
        <source>{where}: exactly one status must have a null score (the &apos;not assessed&apos; status); found {found}.</source>
        <translation>{where}: роўна адзін статус павінен мець пусты бал (статус «Не ацэнена»); знойдзена: {found}.</translation>
    </message>
    <message>
        <source>{where}: two statuses have the same label.</source>
        <translation>{where}: у двух статусаў аднолькавая назва.</translation>
    </message>
    <message>
        <source>{where}: two statuses have the same {name} label {label!r}.</source>
        <translation>{where}: у двух статусаў аднолькавая назва ({name}) {label!r}.</translation>
    </message>
    <message>
        <source>{where}: &apos;grades&apos; must be a list of objects.</source>
        <translation>{where}: «grades» павінна быць спісам аб’ектаў.</translation>
    </message>
    <message>
        <source>{where}: grade {i} must be an object.</source>
        <translation>{where}: адзнака {i} павінна быць аб’ектам.</translation>
    </message>
    <message>
        <source>{where}: grade {i}: the grade &apos;{grade}&apos; is listed twice.</source>
        <translation>{where}: адзнака {i}: адзнака «{grade}» пазначана двойчы.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a list of country codes.</source>
        <translation>{where}: «{key}» павінна быць спісам кодаў краін.</translation>
    </message>
    <message>
        <source>{where}: {c!r} is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>{where}: {c!r} — не код краіны ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>{where}: {code} is listed both as a country and as an archived one.</source>
        <translation>{where}: {code} пазначана і як краіна, і як краіна ў архіве.</translation>
    </message>
    <message>
        <source>{where}: &apos;groups&apos; must be an object of name: [codes].</source>
        <translation>{where}: «groups» павінна быць аб’ектам выгляду назва: [коды].</translation>
    </message>
    <message>
        <source>{where}: group {name!r} must list country codes.</source>
        <translation>{where}: група {name!r} павінна пералічваць коды краін.</translation>
    </message>
    <message>
        <source>{where}: group {name!r} lists {m!r}, which is not among the codebook&apos;s countries.</source>
        <translation>{where}: група {name!r} пералічвае {m!r}, а гэтай краіны няма сярод краін кодавай кнігі.</translation>
    </message>
    <message>
        <source>{where}: &apos;review_interval_days&apos; must be a whole number of days.</source>
        <translation>{where}: «review_interval_days» павінна быць цэлым лікам дзён.</translation>
    </message>
    <message>
        <source>{where}: &apos;evidence&apos; must be a list of objects.</source>
        <translation>{where}: «evidence» павінна быць спісам аб’ектаў.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}.{code}&apos; (the {name} text) must be non-empty text.</source>
        <translation>{where}: «{path}.{code}» (тэкст: {name}) павінна быць непустым тэкстам.</translation>
    </message>
    <message>
        <source>{where}: &apos;group_names&apos; must be an object of group: names.</source>
        <translation>{where}: «group_names» павінна быць аб’ектам выгляду група: назвы.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}&apos; names no group of the codebook.</source>
        <translation>{where}: «{path}» не называе ніводнай групы кодавай кнігі.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}&apos; must be an object of translations.</source>
        <translation>{where}: «{path}» павінна быць аб’ектам перакладаў.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}.en&apos; must be the group&apos;s own name {group!r} (or be left out).</source>
        <translation>{where}: «{path}.en» павінна быць уласнай назвай групы {group!r} (або адсутнічаць).</translation>
    </message>
    <message>
        <source>{where}: &apos;translations&apos; must be an object.</source>
        <translation>{where}: «translations» павінна быць аб’ектам.</translation>
    </message>
    <message>
        <source>{where}: &apos;translations.translated_from&apos; must be one of {known}; got {code!r}.</source>
        <translation>{where}: «translations.translated_from» павінна быць адным з: {known}; атрымана {code!r}.</translation>
    </message>
    <message>
        <source>{where} must be true or false.</source>
        <translation>{where} павінна быць true або false.</translation>
    </message>
    <message>
        <source>There is no recommendation {code!r}.</source>
        <extracomment>The recommendation fields a person edits (its code is its stable identity; position is the order). The status fields a person edits (its code is stable, assessments refer to it). The tracker settings on the Tracker page, as kept in ``meta``. A review interval longer than this (ten years) is a typing slip, and would overflow date arithmetic if huge.</extracomment>
        <translation>Няма рэкамендацыі {code!r}.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s {field!r} cannot be edited here.</source>
        <extracomment>Words a suggested code leaves out (&quot;Support for antiwar initiatives&quot; → support_antiwar_initiatives).</extracomment>
        <translation>Поле {field!r} рэкамендацыі тут нельга змяніць.</translation>
    </message>
    <message>
        <source>The new order must list every recommendation once; another program may have changed them.</source>
        <translation>Новы парадак павінен пералічваць кожную рэкамендацыю адзін раз; магчыма, іх змяніла іншая праграма.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>першая</translation>
    </message>
    <message>
        <source>last</source>
        <translation>апошняя</translation>
    </message>
    <message>
        <source>{title} is already {where}.</source>
        <translation>«{title}» ужо {where} у спісе.</translation>
    </message>
    <message>
        <source>{title} has {assessments} assessment(s) and {links} evidence link(s); archive it instead (its history stays).</source>
        <translation>У «{title}» ёсць ацэнкі ({assessments}) і сувязі з доказамі ({links}); лепш змясціце яе ў архіў (яе гісторыя застанецца).</translation>
    </message>
    <message>
        <source>There is no status {code!r}.</source>
        <translation>Няма статусу {code!r}.</translation>
    </message>
    <message>
        <source>Another status is labelled {label!r}.</source>
        <translation>Іншы статус ужо мае назву {label!r}.</translation>
    </message>
    <message>
        <source>{label!r} is another status&apos;s code; choose another label.</source>
        <translation>{label!r} — код іншага статусу; выберыце іншую назву.</translation>
    </message>
    <message>
        <source>A status&apos;s {key!r} cannot be edited.</source>
        <translation>Поле {key!r} статусу нельга змяніць.</translation>
    </message>
    <message>
        <source>A status with code {code!r} already exists.</source>
        <translation>Статус з кодам {code!r} ужо існуе.</translation>
    </message>
    <message>
        <source>Give the status a score from 0 to 100: the scale keeps exactly one “not assessed” status.</source>
        <translation>Дайце статусу бал ад 0 да 100: у шкале застаецца роўна адзін статус «Не ацэнена».</translation>
    </message>
    <message>
        <source>{label} is where every cell starts (not assessed): it has no score.</source>
        <translation>«{label}» — пачатковы стан кожнай ячэйкі (не ацэнена): у яго няма бала.</translation>
    </message>
    <message>
        <source>Give a score from 0 to 100: the scale keeps exactly one “not assessed” status.</source>
        <translation>Дайце бал ад 0 да 100: у шкале застаецца роўна адзін статус «Не ацэнена».</translation>
    </message>
    <message>
        <source>{label} is the “not assessed” status every cell starts at; the scale always keeps it.</source>
        <translation>«{label}» — статус «Не ацэнена», з якога пачынаецца кожная ячэйка; шкала заўсёды яго захоўвае.</translation>
    </message>
    <message>
        <source>{used} assessment(s) or review proposal(s) use {label}; it can be retired only when none does.</source>
        <translation>«{label}» выкарыстоўваецца ў ацэнках або прапановах на праверку ({used}); яго можна вывесці з ужытку, толькі калі такіх няма.</translation>
    </message>
    <message>
        <source>The review interval must be at most {limit:,} days.</source>
        <translation>Інтэрвал праверкі павінен быць не больш за {limit:,} дзён.</translation>
    </message>
    <message>
        <source>{key!r} is not a tracker setting.</source>
        <translation>{key!r} — не налада трэкера.</translation>
    </message>
    <message>
        <source>Translations are made into {known}; {language!r} is not one of them.</source>
        <extracomment>Longest translation of each kind of text, as for its English (a label must fit a matrix legend).</extracomment>
        <translation>Пераклады робяцца на {known}; {language!r} сярод іх няма.</translation>
    </message>
    <message>
        <source>The codebook has no text {place} to translate.</source>
        <translation>У кодавай кнізе няма тэксту {place} для перакладу.</translation>
    </message>
    <message>
        <source>Another status is labelled {other_label!r} in {name}.</source>
        <translation>Іншы статус ужо мае назву {other_label!r} ({name}).</translation>
    </message>
    <message>
        <source>Band {i} ({grade}) needs a minimum score from 0 to 100.</source>
        <extracomment>The longest grade name (a letter or a short word: it is shown in every scorecard row).</extracomment>
        <translation>Дыяпазону {i} ({grade}) патрэбны мінімальны бал ад 0 да 100.</translation>
    </message>
    <message>
        <source>The grade {grade!r} is listed twice.</source>
        <translation>Адзнака {grade!r} пазначана двойчы.</translation>
    </message>
    <message>
        <source>{other} and {grade} both start at {score:g}: the bands overlap; give each its own minimum.</source>
        <translation>{other} і {grade} абодва пачынаюцца з {score:g}: дыяпазоны перакрываюцца; дайце кожнаму свой мінімум.</translation>
    </message>
    <message>
        <source>Keep at least one grade band.</source>
        <translation>Пакіньце хаця б адзін дыяпазон адзнак.</translation>
    </message>
    <message>
        <source>The lowest band ({grade}) starts at {score:g}: scores below it would get no grade. Start it at 0.</source>
        <translation>Ніжэйшы дыяпазон ({grade}) пачынаецца з {score:g}: балы ніжэй за яго не атрымаюць адзнакі. Пачніце яго з 0.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must not be empty.</source>
        <translation>«{field}» не можа быць пустым.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is longer than {limit:,} characters.</source>
        <translation>«{field}» даўжэйшае за {limit:,} сімвалаў.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text or an object of translations such as {example}.</source>
        <translation>«{field}» павінна быць тэкстам або аб’ектам перакладаў, напрыклад {example}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has a translation in an unknown language {code!r}; the languages are {known}.</source>
        <translation>«{field}» мае пераклад на невядомую мову {code!r}; мовы: {known}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: the {language} text must be non-empty text.</source>
        <translation>«{field}»: тэкст ({language}) павінен быць непустым тэкстам.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: the {language} text is longer than {limit:,} characters.</source>
        <translation>«{field}»: тэкст ({language}) даўжэйшы за {limit:,} сімвалаў.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has translations but no English text ({code}), which is required.</source>
        <translation>«{field}» мае пераклады, але не мае англійскага тэксту ({code}), а ён абавязковы.</translation>
    </message>
</context>
<context>
    <name>DataCodebookExport</name>
    <message>
        <source>This tracker&apos;s codebook cannot be exported: {reason}</source>
        <translation>Кодавую кнігу гэтага трэкера нельга экспартаваць: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the codebook file to write.</source>
        <translation>{path} — гэта папка; укажыце назву файла кодавай кнігі, які трэба запісаць.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папкі {folder} не існуе.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name (or replace it with --force).</source>
        <translation>{path} ужо існуе; выберыце новую назву файла (або замяніце яго з --force).</translation>
    </message>
    <message>
        <source>The codebook could not be written to {path}: {reason}.</source>
        <translation>Не ўдалося запісаць кодавую кнігу ў {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>DataField</name>
    <message>
        <source>title</source>
        <extracomment>The longest web address a file&apos;s cell may give. The fields users meet in forms, named in messages in the interface&apos;s language (English: the key with spaces).</extracomment>
        <translation>загаловак</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрас URL</translation>
    </message>
    <message>
        <source>archive url</source>
        <translation>адрас у архіве</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>дата падзеі</translation>
    </message>
    <message>
        <source>accessed on</source>
        <translation>дата звароту</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>выдавец</translation>
    </message>
    <message>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нататкі</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>тып крыніцы</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>абгрунтаванне</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>надзейнасць</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>каментарый</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>дата ўступлення ў сілу</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>дата стану</translation>
    </message>
    <message>
        <source>country</source>
        <translation>краіна</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рэкамендацыя</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>group</source>
        <translation>група</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>назва групы</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>label</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>інструкцыя</translation>
    </message>
    <message>
        <source>recommendation code</source>
        <translation>код рэкамендацыі</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>color</source>
        <translation>колер</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вага</translation>
    </message>
    <message>
        <source>score</source>
        <translation>бал</translation>
    </message>
    <message>
        <source>min score</source>
        <translation>мінімальны бал</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>адзнака</translation>
    </message>
    <message>
        <source>review interval days</source>
        <translation>інтэрвал праверкі ў днях</translation>
    </message>
    <message>
        <source>position</source>
        <translation>пазіцыя</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>{path} was made by an older version of Policy Tracker and must be upgraded before it can be opened, but {blocked}; copy it to a folder you can write to and open the copy.</source>
        <extracomment>Why writing is refused (None: the tracker can be written): see :meth:`open`. A reading connection that may have created the -wal/-shm files: tidy them away on close.</extracomment>
        <translation>{path} зроблены старэйшай версіяй Policy Tracker, і яго трэба абнавіць, каб адкрыць, але {blocked}; скапіруйце яго ў папку, куды можна пісаць, і адкрыйце копію.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Policy Tracker; open it once in the app or with a command that writes, so it can be upgraded.</source>
        <translation>{path} зроблены старэйшай версіяй Policy Tracker; адкрыйце яго адзін раз у праграме або камандай, якая піша, каб яго можна было абнавіць.</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>ён адкрыты толькі для чытання</translation>
    </message>
    <message>
        <source>it cannot be written to</source>
        <translation>у яго нельга пісаць</translation>
    </message>
    <message>
        <source>This tracker is read-only: {reason}.</source>
        <translation>Гэты трэкер толькі для чытання: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was saved, because {cause}.</source>
        <translation>Нічога не захавана, бо {cause}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} ужо існуе; выберыце новае імя файла.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папкі {folder} не існуе.</translation>
    </message>
    <message>
        <source>{path} could not be created, because {cause}.</source>
        <translation>Не атрымалася стварыць {path}, бо {cause}.</translation>
    </message>
    <message>
        <source>{name} was made by an older version of Policy Tracker and must be upgraded before it can be opened, but {blocked}; copy it to a folder you can write to and open the copy.</source>
        <extracomment>Most memory SQLite keeps for pages of an open tracker, in KiB.</extracomment>
        <translation>{name} зроблены старэйшай версіяй Policy Tracker, і яго трэба абнавіць, каб адкрыць, але {blocked}; скапіруйце яго ў папку, куды можна пісаць, і адкрыйце копію.</translation>
    </message>
    <message>
        <source>{name} was not upgraded, because a copy of it could not be kept first ({cause}); it is unchanged.</source>
        <translation>{name} не абноўлены, бо спачатку не атрымалася захаваць яго копію ({cause}); ён не зменены.</translation>
    </message>
    <message>
        <source>{name} could not be upgraded to this version ({cause}); it was left as it was.</source>
        <translation>Не атрымалася абнавіць {name} да гэтай версіі ({cause}); ён застаўся такім, як быў.</translation>
    </message>
    <message>
        <source>There is no tracker at {path}.</source>
        <translation>Па адрасе {path} няма трэкера.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a tracker file.</source>
        <translation>{path} — папка, а не файл трэкера.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}.</source>
        <translation>Не атрымалася прачытаць {path}: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a Policy Tracker file (it is not an SQLite database).</source>
        <translation>{path} — не файл Policy Tracker (гэта не база даных SQLite).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {cause}.</source>
        <translation>Не атрымалася адкрыць {path}: {cause}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a Policy Tracker file.</source>
        <translation>{path} — база даных SQLite, але не файл Policy Tracker.</translation>
    </message>
    <message>
        <source>{path} is not a complete Policy Tracker file (its schema is missing).</source>
        <translation>{path} — не поўны файл Policy Tracker (у ім няма схемы).</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it (an import?). Try again when it has finished.</source>
        <translation>{path} заняты: іншая праграма піша ў яго (імпарт?). Паспрабуйце зноў, калі яна скончыць.</translation>
    </message>
    <message>
        <source>{path} was left half-written by a program that stopped; it can be restored only where the file and its folder can be written to.</source>
        <translation>Праграма, якая спынілася, пакінула {path} недапісаным; яго можна аднавіць толькі там, дзе ў файл і яго папку можна пісаць.</translation>
    </message>
    <message>
        <source>{path} cannot be opened, because {cause}.</source>
        <translation>Не атрымалася адкрыць {path}, бо {cause}.</translation>
    </message>
    <message>
        <source>{path} is not a readable Policy Tracker file ({problem}).</source>
        <translation>{path} — не файл Policy Tracker, які можна прачытаць ({problem}).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Policy Tracker; update the app to open it.</source>
        <translation>{path} запісаны навейшай версіяй Policy Tracker; абнавіце праграму, каб яго адкрыць.</translation>
    </message>
    <message>
        <source>its folder cannot be written to</source>
        <extracomment>Less free space than this (SQLite&apos;s -shm file alone takes 32 KiB) and a tracker is opened read-only. The ends of sentences (&quot;Nothing was saved, because ...&quot;), translatable (see :mod:`db.messages`).</extracomment>
        <translation>у яго папку нельга пісаць</translation>
    </message>
    <message>
        <source>the file cannot be written to</source>
        <translation>у файл нельга пісаць</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>дыск запоўнены</translation>
    </message>
    <message>
        <source>its path is too long for SQLite to open; move it to a folder with a shorter path</source>
        <translation>яго шлях занадта доўгі, каб SQLite мог яго адкрыць; перанясіце яго ў папку з карацейшым шляхам</translation>
    </message>
    <message>
        <source>Another program kept this tracker busy (it was writing to it) for too long, so nothing was changed; try again in a moment.</source>
        <extracomment>Statements that control transactions themselves: never committed behind the caller&apos;s back. Statements that write rows: outside a transaction they run inside their own ``BEGIN IMMEDIATE``. A write to the connection&apos;s own temp schema takes no lock on the file, so it needs no write lock. SQLite&apos;s primary result codes for &quot;another connection holds the lock&quot;.</extracomment>
        <translation>Іншая праграма занадта доўга трымала гэты трэкер занятым (пісала ў яго), таму нічога не зменена; паспрабуйце зноў праз хвіліну.</translation>
    </message>
</context>
<context>
    <name>DataHistory</name>
    <message>
        <source>title</source>
        <extracomment>An import&apos;s entries hold no copy of the evidence: a search finds them through the search index, among this many newest matching pieces of evidence at most. Entries a page read looks at, at most, before returning what it found so far. The second coder&apos;s review (db.review): its operations, and their undo steps, are of kind &quot;review&quot;. Tables that hold the codebook: any edit of them (adding, changing, retiring) is of kind &quot;codebook&quot;. The readable kind of an entry, derived from its table, action and operation (first match wins). The kinds, in the order a filter lists them. Fields that change with every edit and say nothing a reader needs. What a new record&apos;s entry shows of it (its whole copy is in the export). Tracker settings (``meta``) by the names the codebook editor gives them.</extracomment>
        <translation>загаловак</translation>
    </message>
    <message>
        <source>source</source>
        <translation>крыніца</translation>
    </message>
    <message>
        <source>description</source>
        <translation>апісанне</translation>
    </message>
    <message>
        <source>review interval (days)</source>
        <translation>інтэрвал праверкі (дні)</translation>
    </message>
    <message>
        <source>minimum coverage for a grade</source>
        <translation>мінімальны ахоп для адзнакі</translation>
    </message>
    <message>
        <source>status changes need review</source>
        <translation>змены статусаў патрабуюць праверкі</translation>
    </message>
    <message>
        <source>accessed on</source>
        <extracomment>The fields a diff names, in the interface&apos;s language (English: the key, &quot;_code&quot; and &quot;_&quot; dropped).</extracomment>
        <translation>дата звароту</translation>
    </message>
    <message>
        <source>archive url</source>
        <translation>адрас у архіве</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>у архіве</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>далучаны файл</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>ячэйкі</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>color</source>
        <translation>колер</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>надзейнасць</translation>
    </message>
    <message>
        <source>country</source>
        <translation>краіна</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>дата ўступлення ў сілу</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>дата падзеі</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>адзнака</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>назва групы</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>інструкцыя</translation>
    </message>
    <message>
        <source>label</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <source>members</source>
        <translation>удзельнікі</translation>
    </message>
    <message>
        <source>min score</source>
        <translation>мінімальны бал</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нататкі</translation>
    </message>
    <message>
        <source>position</source>
        <translation>пазіцыя</translation>
    </message>
    <message>
        <source>proposed by</source>
        <translation>прапанаваў(ла)</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>выдавец</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>абгрунтаванне</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рэкамендацыя</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>запісаў(ла)</translation>
    </message>
    <message>
        <source>review comment</source>
        <translation>каментарый праверкі</translation>
    </message>
    <message>
        <source>reviewed by</source>
        <translation>праверыў(ла)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>бал</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>тып крыніцы</translation>
    </message>
    <message>
        <source>state</source>
        <translation>стан</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>text</source>
        <translation>тэкст</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрас URL</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вага</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>What each review step did, and what its undo step undid.</extracomment>
        <translation>Прапанавана</translation>
    </message>
    <message>
        <source>Proposal undone</source>
        <translation>Прапанова адменена</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Зацверджана</translation>
    </message>
    <message>
        <source>Approval undone</source>
        <translation>Зацвярджэнне адменена</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Вернута</translation>
    </message>
    <message>
        <source>Return undone</source>
        <translation>Вяртанне адменена</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Адклікана</translation>
    </message>
    <message>
        <source>Withdrawal undone</source>
        <translation>Адкліканне адменена</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Пададзена зноў</translation>
    </message>
    <message>
        <source>Resubmission undone</source>
        <translation>Паўторная падача адменена</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Fields a diff names first (what a reader looks for), the others following alphabetically. How much of one value a diff shows. How much of a whole diff a row shows.</extracomment>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>on</source>
        <translation>укл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>created by an import</source>
        <translation>створана імпартам</translation>
    </message>
    <message>
        <source>created</source>
        <translation>створана</translation>
    </message>
    <message>
        <source>removed ({fields})</source>
        <translation>выдалена ({fields})</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>выдалена</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>ніводнае поле не змянілася</translation>
    </message>
    <message>
        <source>Evidence: {title}</source>
        <translation>Доказ: {title}</translation>
    </message>
    <message>
        <source>Country: {name} ({code})</source>
        <translation>Краіна: {name} ({code})</translation>
    </message>
    <message>
        <source>Recommendation {code}: {title}</source>
        <translation>Рэкамендацыя {code}: {title}</translation>
    </message>
    <message>
        <source>Recommendation {code}</source>
        <translation>Рэкамендацыя {code}</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Група: {name}</translation>
    </message>
    <message>
        <source>Tracker setting: {name}</source>
        <translation>Налада трэкера: {name}</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Дыяпазоны адзнак</translation>
    </message>
    <message>
        <source>Status: {label}</source>
        <translation>Статус: {label}</translation>
    </message>
</context>
<context>
    <name>DataLanguages</name>
    <message>
        <source>English</source>
        <extracomment>A translatable codebook value: plain text, or text per language code. The languages a translation is made into (every language but English). Longest translation kept in a codebook text (the longest English guidance is under 600 characters). Each language&apos;s English name, said in the interface&apos;s language inside a sentence (a Message each).</extracomment>
        <translation>англійская</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>беларуская</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украінская</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>руская</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польская</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>літоўская</translation>
    </message>
</context>
<context>
    <name>DataMerge</name>
    <message>
        <source>That version is not one of this record&apos;s conflicting versions any more.</source>
        <extracomment>The records whose versions a merge writes back, by the history&apos;s table name: (table, key column). Columns a version never sets: keys, and lineage (not content). Records whose versions conflict, (history table, key), and cells with conflicting judgements. The cells with conflicting judgements, and how many conflicts wait (kept in db.lineage: light to import).</extracomment>
        <translation>Гэтая версія ўжо не з ліку канфліктных версій гэтага запісу.</translation>
    </message>
    <message>
        <source>That version cannot be used: other records still need this one as it is.</source>
        <translation>Гэтую версію нельга ўжыць: іншым запісам патрэбны гэты запіс такім, які ён ёсць.</translation>
    </message>
    <message>
        <source>This cell has no conflicting judgements any more.</source>
        <translation>У гэтай клетцы больш няма супярэчлівых ацэнак.</translation>
    </message>
    <message>
        <source>That status is not one of this cell&apos;s conflicting judgements any more.</source>
        <translation>Гэты статус ужо не з ліку супярэчлівых ацэнак гэтай клеткі.</translation>
    </message>
    <message>
        <source>This record has no conflicting versions any more.</source>
        <translation>У гэтага запісу больш няма канфліктных версій.</translation>
    </message>
</context>
<context>
    <name>DataOperations</name>
    <message>
        <source>Unknown country {text!r}: it is not tracked here (use its ISO code or English name).</source>
        <extracomment>Turns a person&apos;s status edit into a review proposal when the tracker requires review, else returns None. Installed by :mod:`db.review`, which builds on this module (so this one cannot import it, even inside a function: tests/test_layering.py); ``db/__init__`` imports db.review, and importing db.ops imports the package first, so it is installed before any use. The operations that are a person&apos;s status edit (an import is not: it loads statuses as given). The tracker setting (meta key) saying status changes need review (db.review owns it; read here for corrections).</extracomment>
        <translation>Невядомая краіна {text!r}: яна тут не адсочваецца (ужывайце яе код ISO або англійскую назву).</translation>
    </message>
    <message>
        <source>The country {code} is archived; restore it before adding to it.</source>
        <translation>Краіна {code} у архіве; аднавіце яе, перш чым нешта дадаваць.</translation>
    </message>
    <message>
        <source>Unknown recommendation {text!r}.</source>
        <translation>Невядомая рэкамендацыя {text!r}.</translation>
    </message>
    <message>
        <source>The recommendation {code!r} is archived; restore it before adding to it.</source>
        <translation>Рэкамендацыя {code!r} у архіве; аднавіце яе, перш чым нешта дадаваць.</translation>
    </message>
    <message>
        <source>Unknown status {text!r}; use one of: {codes}.</source>
        <translation>Невядомы статус {text!r}; выберыце адзін з: {codes}.</translation>
    </message>
    <message>
        <source>{label!r} is where every cell starts; choose a judgement instead.</source>
        <translation>{label!r} — пачатковы стан кожнай ячэйкі; выберыце ацэнку.</translation>
    </message>
    <message>
        <source>Unknown group {text!r}.</source>
        <translation>Невядомая група {text!r}.</translation>
    </message>
    <message>
        <source>Choose at least one country or group.</source>
        <translation>Выберыце хаця б адну краіну або групу.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Выберыце хаця б адну рэкамендацыю.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <translation>Няма доказу з uid {uid}.</translation>
    </message>
    <message>
        <source>Evidence has no field {key!r}.</source>
        <translation>У доказу няма поля {key!r}.</translation>
    </message>
    <message>
        <source>The event date is required (YYYY-MM-DD).</source>
        <translation>Дата падзеі абавязковая (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <extracomment>&quot;Not given&quot; for an argument where None means something (``attachment=None`` removes the attached file; leaving it out keeps it).</extracomment>
        <translation>Дайце доказу хаця б загаловак, адрас URL або нататкі.</translation>
    </message>
    <message>
        <source>A rationale was given without a status to set.</source>
        <translation>Абгрунтаванне дадзена, а статус не выбраны.</translation>
    </message>
    <message>
        <source>Evidence with uid {uid} already exists.</source>
        <translation>Доказ з uid {uid} ужо існуе.</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB.</source>
        <translation>{name} большы за {megabytes} МБ.</translation>
    </message>
    <message>
        <source>Evidence must stay linked to at least one cell.</source>
        <translation>Доказ павінен заставацца звязаным хаця б з адной ячэйкай.</translation>
    </message>
    <message>
        <source>This evidence supports {cited} assessment(s); archive it instead of deleting it.</source>
        <translation>На гэты доказ абапіраюцца ацэнкі ({cited}); змясціце яго ў архіў замест выдалення.</translation>
    </message>
    <message>
        <source>An assessment with uid {uid} already exists.</source>
        <extracomment>An assessment&apos;s review columns (m005): in its history snapshot only once set (by an approval), so the snapshots of statuses recorded without review read as they always did.</extracomment>
        <translation>Ацэнка з uid {uid} ужо існуе.</translation>
    </message>
    <message>
        <source>There is no assessment with uid {uid}.</source>
        <translation>Няма ацэнкі з uid {uid}.</translation>
    </message>
    <message>
        <source>While status changes need review, a status or its date is not corrected in place: set a new status instead, and another person will review it.</source>
        <translation>Пакуль змены статусаў патрабуюць праверкі, статус або яго дата не выпраўляюцца на месцы: задайце новы статус, і іншы чалавек яго праверыць.</translation>
    </message>
    <message>
        <source>There is no recommendation {code!r}.</source>
        <translation>Няма рэкамендацыі {code!r}.</translation>
    </message>
    <message>
        <source>A recommendation with code {code!r} already exists.</source>
        <translation>Рэкамендацыя з кодам {code!r} ужо існуе.</translation>
    </message>
    <message>
        <source>A recommendation titled {title!r} already exists.</source>
        <translation>Рэкамендацыя з загалоўкам {title!r} ужо існуе.</translation>
    </message>
    <message>
        <source>A recommendation titled {key!r} already exists.</source>
        <translation>Рэкамендацыя з загалоўкам {key!r} ужо існуе.</translation>
    </message>
    <message>
        <source>The position must be a whole number.</source>
        <translation>Пазіцыя павінна быць цэлым лікам.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s {key!r} cannot be edited.</source>
        <translation>Поле {key!r} рэкамендацыі нельга змяніць.</translation>
    </message>
    <message>
        <source>There is no tracked country {code!r}.</source>
        <translation>Няма адсочванай краіны {code!r}.</translation>
    </message>
    <message>
        <source>{text!r} is not an ISO 3166-1 country code or name.</source>
        <translation>{text!r} — не код і не назва краіны паводле ISO 3166-1.</translation>
    </message>
    <message>
        <source>{name} ({alpha2}) is already tracked.</source>
        <translation>{name} ({alpha2}) ужо адсочваецца.</translation>
    </message>
    <message>
        <source>{name} ({code}) has evidence, assessments or groups; archive it instead.</source>
        <translation>У {name} ({code}) ёсць доказы, ацэнкі або групы; змясціце яе ў архіў.</translation>
    </message>
    <message>
        <source>A group named {clean_name!r} already exists.</source>
        <translation>Група з назвай {clean_name!r} ужо існуе.</translation>
    </message>
    <message>
        <source>There is no group {name!r}.</source>
        <translation>Няма групы {name!r}.</translation>
    </message>
    <message>
        <source>A group named {target!r} already exists.</source>
        <translation>Група з назвай {target!r} ужо існуе.</translation>
    </message>
    <message>
        <source>This tracker already has a codebook.</source>
        <translation>У гэтага трэкера ўжо ёсць кодавая кніга.</translation>
    </message>
    <message>
        <source>Codebook evidence {i}: {message}</source>
        <translation>Доказ {i} з кодавай кнігі: {message}</translation>
    </message>
</context>
<context>
    <name>DataReview</name>
    <message>
        <source>You proposed this change; another person must approve it.</source>
        <extracomment>The tracker setting (meta key): &apos;1&apos; = status changes need review; absent or &apos;0&apos; = off. Where a page of the queue starts: the (proposed_at, id) of the last row of the page before (id: the local rowid). How every output that counts pending proposals says so.</extracomment>
        <translation>Гэтую змену прапанавалі вы; зацвердзіць яе павінен іншы чалавек.</translation>
    </message>
    <message>
        <source>You proposed this change; withdraw it instead of returning it.</source>
        <translation>Гэтую змену прапанавалі вы; адклічце яе, а не вяртайце.</translation>
    </message>
    <message>
        <source>proposed</source>
        <extracomment>A proposal&apos;s state as messages name it (English: the state itself).</extracomment>
        <translation>прапанавана</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>зацверджана</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>вернута</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>адклікана</translation>
    </message>
    <message>
        <source>There is no proposal with uid {uid}.</source>
        <translation>Няма прапановы з uid {uid}.</translation>
    </message>
    <message>
        <source>Unknown review state {state!r}; use one of: {states}, all.</source>
        <translation>Невядомы стан праверкі {state!r}; выберыце адзін з: {states}, all.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <translation>Няма доказу з uid {uid}.</translation>
    </message>
    <message>
        <source>A proposal or assessment with uid {uid} already exists.</source>
        <translation>Прапанова або ацэнка з uid {uid} ужо існуе.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not waiting for review: it cannot be {doing}.</source>
        <translation>Стан гэтай прапановы — «{state}», яна не чакае праверкі: яе нельга пазначыць як «{doing}».</translation>
    </message>
    <message>
        <source>An assessment with uid {uid} already exists.</source>
        <translation>Ацэнка з uid {uid} ужо існуе.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not approved: there is no approval to undo.</source>
        <translation>Стан гэтай прапановы — «{state}», а не «зацверджана»: няма зацвярджэння, якое можна адмяніць.</translation>
    </message>
    <message>
        <source>Say why the proposal is returned: the proposer needs to know what to fix.</source>
        <translation>Напішыце, чаму прапанова вяртаецца: аўтар павінен ведаць, што выправіць.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not returned: there is no return to undo.</source>
        <translation>Стан гэтай прапановы — «{state}», а не «вернута»: няма вяртання, якое можна адмяніць.</translation>
    </message>
    <message>
        <source>This proposal has been revised since it was returned; review the revision.</source>
        <translation>Гэтую прапанову перапрацавалі пасля вяртання; праверце новую версію.</translation>
    </message>
    <message>
        <source>Only {proposed_by}, who proposed this change, can withdraw it.</source>
        <translation>Адклікаць гэтую змену можа толькі {proposed_by}, хто яе прапанаваў.</translation>
    </message>
    <message>
        <source>This proposal is {state}: only a pending or returned one is withdrawn.</source>
        <translation>Стан гэтай прапановы — «{state}»: адклікаць можна толькі тую, што чакае праверкі або вернута.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not withdrawn.</source>
        <translation>Стан гэтай прапановы — «{state}», а не «адклікана».</translation>
    </message>
    <message>
        <source>Only {proposed_by}, who proposed this change, can revise it.</source>
        <translation>Перапрацаваць гэтую змену можа толькі {proposed_by}, хто яе прапанаваў.</translation>
    </message>
    <message>
        <source>This proposal is {state}: only a returned proposal is revised.</source>
        <translation>Стан гэтай прапановы — «{state}»: перапрацоўваюць толькі вернутую прапанову.</translation>
    </message>
    <message>
        <source>This proposal has already been revised.</source>
        <translation>Гэтую прапанову ўжо перапрацавалі.</translation>
    </message>
    <message>
        <source>This proposal has been approved; undo the approval first.</source>
        <translation>Гэтую прапанову зацвердзілі; спачатку адмяніце зацвярджэнне.</translation>
    </message>
    <message>
        <source>This proposal has been revised; remove the revision first.</source>
        <translation>Гэтую прапанову перапрацавалі; спачатку выдаліце перапрацаваную версію.</translation>
    </message>
</context>
<context>
    <name>DataSearch</name>
    <message>
        <source>The search index is damaged, so words cannot be searched until it is rebuilt (File › Check and repair tracker, or policy-tracker check --repair).</source>
        <extracomment>What a search for words says when the index is damaged (the evidence list shows it in its count).</extracomment>
        <translation>Пашкоджаны пошукавы індэкс, таму словы нельга шукаць, пакуль яго не перабудуюць (Файл › Праверыць і выправіць трэкер, або policy-tracker check --repair).</translation>
    </message>
</context>
<context>
    <name>DataValidation</name>
    <message>
        <source>The {name} is required (YYYY-MM-DD).</source>
        <translation>Поле «{name}» абавязковае (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{text!r} is not a date in the form YYYY-MM-DD ({field}).</source>
        <translation>{text!r} — не дата ў фармаце YYYY-MM-DD ({field}).</translation>
    </message>
    <message>
        <source>{text!r} is not a real calendar date ({field}).</source>
        <translation>{text!r} — такой даты ў календары няма ({field}).</translation>
    </message>
    <message>
        <source>The {field} is required (YYYY-MM-DD or YYYYMMDD).</source>
        <translation>Поле «{field}» абавязковае (YYYY-MM-DD або YYYYMMDD).</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as YYYY-MM-DD or YYYYMMDD.</source>
        <translation>{text!r} — не дата: пішыце яе як YYYY-MM-DD або YYYYMMDD.</translation>
    </message>
    <message>
        <source>{text!r} is not a real calendar date.</source>
        <translation>{text!r} — такой даты ў календары няма.</translation>
    </message>
    <message>
        <source>The {name} must be text.</source>
        <extracomment>Scripts that are written together (Japanese, Chinese and Korean mix Han, kana, Hangul and Latin). Cyrillic and Greek letters that look like Latin ones: a host of only these (аррӏе.com) passes for a Latin one.</extracomment>
        <translation>Поле «{name}» павінна быць тэкстам.</translation>
    </message>
    <message>
        <source>The {name} contains a NUL character.</source>
        <extracomment>An http(s) address of printable ASCII (no space or backslash) whose host is letters, digits, - _ and dots. Characters that end a host&apos;s label in IDNA (and so in Qt and browsers), besides &apos;.&apos;. Invisible characters that are not formatting characters (Unicode&apos;s Default_Ignorable_Code_Point outside category Cf): Hangul fillers, variation selectors, the combining grapheme joiner...</extracomment>
        <translation>Поле «{name}» змяшчае сімвал NUL.</translation>
    </message>
    <message>
        <source>The {name} is longer than {limit:,} characters.</source>
        <translation>Поле «{name}» даўжэйшае за {limit:,} сімвалаў.</translation>
    </message>
    <message>
        <source>The {name} contains a backslash (\): browsers read it as /, so the link could open another site than the one it shows. Write / instead.</source>
        <translation>Поле «{name}» змяшчае адваротную касую рысу (\): браўзеры чытаюць яе як /, таму спасылка можа адкрыць не той сайт, які паказвае. Пішыце /.</translation>
    </message>
    <message>
        <source>The {name} contains a space or line break; write a space as %20.</source>
        <translation>Поле «{name}» змяшчае прабел або перанос радка; пішыце прабел як %20.</translation>
    </message>
    <message>
        <source>The {name} contains a control character ({char}).</source>
        <translation>Поле «{name}» змяшчае кіруючы сімвал ({char}).</translation>
    </message>
    <message>
        <source>The {name} contains an invisible character ({char}) that can hide where the link goes; retype the address.</source>
        <translation>Поле «{name}» змяшчае нябачны сімвал ({char}), які можа схаваць, куды вядзе спасылка; набярыце адрас нанова.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid web address ({problem}).</source>
        <translation>{text!r} — няправільны вэб-адрас ({problem}).</translation>
    </message>
    <message>
        <source>{text!r} is not a web address: the {name} must start with http:// or https://.</source>
        <translation>{text!r} — не вэб-адрас: поле «{name}» павінна пачынацца з http:// або https://.</translation>
    </message>
    <message>
        <source>The {name} has a user name or password before its host (the part up to @): remove it; such a link can show one site and open another.</source>
        <translation>У полі «{name}» перад хостам ёсць імя карыстальніка або пароль (частка да @): выдаліце іх; такая спасылка можа паказваць адзін сайт, а адкрываць іншы.</translation>
    </message>
    <message>
        <source>The {name}&apos;s host [{host}] is not a valid IPv6 address.</source>
        <translation>Хост [{host}] у полі «{name}» — няправільны адрас IPv6.</translation>
    </message>
    <message>
        <source>The {name} has an invalid port ({port}).</source>
        <translation>У полі «{name}» няправільны порт ({port}).</translation>
    </message>
    <message>
        <source>The {name}&apos;s host {host!r} is not a valid host name ({why}).</source>
        <translation>Хост {host!r} у полі «{name}» — няправільнае імя хоста ({why}).</translation>
    </message>
    <message>
        <source>The {name} has no host name.</source>
        <translation>У полі «{name}» няма імя хоста.</translation>
    </message>
    <message>
        <source>{char!r} cannot be part of a host name</source>
        <translation>{char!r} не можа быць часткай імя хоста</translation>
    </message>
    <message>
        <source>{char!r} stands for {folded!r}</source>
        <translation>{char!r} азначае {folded!r}</translation>
    </message>
    <message>
        <source>The {name}&apos;s host {host!r} is not a valid IPv4 address.</source>
        <translation>Хост {host!r} у полі «{name}» — няправільны адрас IPv4.</translation>
    </message>
    <message>
        <source>an empty part between dots</source>
        <translation>пустая частка паміж кропкамі</translation>
    </message>
    <message>
        <source>{label} is not valid punycode</source>
        <translation>{label} — няправільны punycode</translation>
    </message>
    <message>
        <source>a part between dots begins or ends with &apos;-&apos;</source>
        <translation>частка паміж кропкамі пачынаецца або заканчваецца на &apos;-&apos;</translation>
    </message>
    <message>
        <source>an accent or other combining mark that is not on a letter</source>
        <translation>націск або іншы камбінаваны знак не над літарай</translation>
    </message>
    <message>
        <source>an international part with &apos;--&apos; as its third and fourth characters</source>
        <translation>міжнародная частка з &apos;--&apos; на трэцім і чацвёртым месцах</translation>
    </message>
    <message>
        <source>not valid in IDNA: {problem}</source>
        <translation>недапушчальна ў IDNA: {problem}</translation>
    </message>
    <message>
        <source>a part between dots is longer than 63 characters</source>
        <translation>частка паміж кропкамі даўжэйшая за 63 сімвалы</translation>
    </message>
    <message>
        <source>longer than 253 characters</source>
        <translation>даўжэй за 253 сімвалы</translation>
    </message>
    <message>
        <source>The {field} contains a NUL character (a zero byte); the file is damaged or not text.</source>
        <translation>Слупок «{field}» змяшчае сімвал NUL (нулявы байт); файл пашкоджаны або не тэкставы.</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit:,} characters ({length:,}).</source>
        <translation>Слупок «{field}» даўжэйшы за {limit:,} сімвалаў ({length:,}).</translation>
    </message>
    <message>
        <source>The {name} is required.</source>
        <translation>Поле «{name}» абавязковае.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}; use one of: {allowed}.</source>
        <translation>{text!r} — недапушчальнае значэнне поля «{name}»; выберыце адно з: {allowed}.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}: use lower-case letters, digits and _ (up to 40).</source>
        <translation>{text!r} — недапушчальнае значэнне поля «{name}»: ужывайце малыя лацінскія літары, лічбы і _ (да 40).</translation>
    </message>
    <message>
        <source>{text!r} cannot be a recommendation code: the scorecard export already has a column of that name.</source>
        <extracomment>Column names of the scorecard export that a recommendation&apos;s code would collide with.</extracomment>
        <translation>{text!r} не можа быць кодам рэкамендацыі: у экспарце табліцы ацэнак ужо ёсць слупок з такой назвай.</translation>
    </message>
    <message>
        <source>{text!r} is not a colour in the form #RRGGBB ({field}).</source>
        <translation>{text!r} — не колер у фармаце #RRGGBB ({field}).</translation>
    </message>
    <message>
        <source>{value!r} is not a number ({field}).</source>
        <translation>{value!r} — не лік ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be greater than 0 and at most 100.</source>
        <translation>Поле «{name}» павінна быць большым за 0 і не большым за 100.</translation>
    </message>
    <message>
        <source>{value!r} is not a score ({field}).</source>
        <translation>{value!r} — не бал ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be between 0 and 100.</source>
        <translation>Поле «{name}» павінна быць ад 0 да 100.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}: expected a UUID like 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f.</source>
        <translation>{text!r} — недапушчальнае значэнне поля «{name}»: чакаецца UUID, напрыклад 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f.</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number ({field}).</source>
        <translation>{value!r} — не цэлы лік ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be at least 1.</source>
        <translation>Поле «{name}» павінна быць не меншым за 1.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <comment>how to type a date: four digits of the year, month, day</comment>
        <extracomment>The person changed the date (typed, picked or stepped), as opposed to ``setDate`` by the program. The text&apos;s problem (&quot;&quot; when it is fine), so a form can show it under the field.</extracomment>
        <translation>гггг-мм-дд</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 або %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (неабавязкова)</translation>
    </message>
    <message>
        <source>A date: type %1, or press Alt+Down for a calendar.</source>
        <translation>Дата: увядзіце %1 або націсніце Alt+Уніз, каб адкрыць каляндар.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Выбраць у календары (Alt+Уніз)</translation>
    </message>
    <message>
        <source>The %1 is required (for example 2024-03-01).</source>
        <translation>Поле «%1» абавязковае (напрыклад, 2024-03-01).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Type it as 2024-03-01, 20240301.</source>
        <translation>«%1» — не дата. Увядзіце яе як 2024-03-01 або 20240301.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Type it as 2024-03-01, 20240301 or %2.</source>
        <translation>«%1» — не дата. Увядзіце яе як 2024-03-01, 20240301 або %2.</translation>
    </message>
    <message>
        <source>%1 is outside the years 1900 to 2200.</source>
        <translation>%1 — за межамі гадоў 1900–2200.</translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation>Каляндар: %1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <comment>month in a date: 15 January 2026</comment>
        <extracomment>Statuses proposed and not yet reviewed count too: the uids of the cells shown with one.</extracomment>
        <translation>студзеня</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month in a date</comment>
        <translation>лютага</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month in a date</comment>
        <translation>сакавіка</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month in a date</comment>
        <translation>красавіка</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month in a date</comment>
        <translation>мая</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month in a date</comment>
        <translation>чэрвеня</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month in a date</comment>
        <translation>ліпеня</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month in a date</comment>
        <translation>жніўня</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month in a date</comment>
        <translation>верасня</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month in a date</comment>
        <translation>кастрычніка</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month in a date</comment>
        <translation>лістапада</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month in a date</comment>
        <translation>снежня</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a long date: %1 day, %2 month, %3 year (15 January 2026)</comment>
        <translation>%1 %2 %3 г.</translation>
    </message>
</context>
<context>
    <name>DetailsDock</name>
    <message>
        <source>Select a cell of the matrix to see its status, history and evidence.</source>
        <extracomment>The attached file&apos;s name (&quot;&quot; when the evidence has none). A timeline row&apos;s status label alone (its text also holds the rationale). The newest evidence listed for a cell; the rest are counted (&quot;and 90 more…&quot;) and listed in the Evidence tab. Text longer than this is cut with &quot;…&quot; in the dock; its tooltip shows the whole of it. English source text; shown translated (``QCoreApplication.translate(&quot;DetailsDock&quot;, NOTHING_SELECTED)``).</extracomment>
        <translation>Выберыце клетку матрыцы, каб убачыць яе статус, гісторыю і доказы.</translation>
    </message>
    <message>
        <source>verified</source>
        <extracomment>The stored codes of confidence and source kind, as the dock names them (English: the code itself).</extracomment>
        <translation>праверана</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>паведамлена</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>заяўлена</translation>
    </message>
    <message>
        <source>official</source>
        <translation>афіцыйная крыніца</translation>
    </message>
    <message>
        <source>media</source>
        <translation>СМІ</translation>
    </message>
    <message>
        <source>ngo</source>
        <translation>НДА</translation>
    </message>
    <message>
        <source>international</source>
        <translation>міжнародная арганізацыя</translation>
    </message>
    <message>
        <source>other</source>
        <translation>іншае</translation>
    </message>
    <message>
        <source>Cell details</source>
        <extracomment>&quot;Review conflict…&quot; on a cell with conflicting judgements: (country, recommendation).</extracomment>
        <translation>Падрабязнасці клеткі</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Выбраная клетка</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рэкамендацыя</translation>
    </message>
    <message>
        <source>Status mark</source>
        <translation>Знак статусу</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Бягучы статус</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Падрабязнасці статусу</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Абгрунтаванне</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Заўвага пра праверку</translation>
    </message>
    <message>
        <source>Proposed status</source>
        <translation>Прапанаваны статус</translation>
    </message>
    <message>
        <source>Conflicting judgements</source>
        <translation>Канфліктныя ацэнкі</translation>
    </message>
    <message>
        <source>Review conflict…</source>
        <translation>Разгледзець канфлікт…</translation>
    </message>
    <message>
        <source>Review the conflicting judgements of this cell</source>
        <translation>Разгледзець канфліктныя ацэнкі гэтай клеткі</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>Задаць статус…</translation>
    </message>
    <message>
        <source>Set status of this cell</source>
        <translation>Задаць статус гэтай клеткі</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Дадаць доказ…</translation>
    </message>
    <message>
        <source>Add evidence for this cell</source>
        <translation>Дадаць доказ для гэтай клеткі</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Храналогія статусаў</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Дзейнічае з</translation>
    </message>
    <message>
        <source>Status and rationale</source>
        <translation>Статус і абгрунтаванне</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Звязаныя доказы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Загаловак</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Адкрыць спасылку</translation>
    </message>
    <message>
        <source>Open evidence link</source>
        <translation>Адкрыць спасылку доказу</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змяніць…</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Змяніць доказ</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архіваваць</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Архіваваць доказ</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Адкрыць далучаны файл</translation>
    </message>
    <message>
        <source>Save attachment as…</source>
        <translation>Захаваць далучаны файл як…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Далучаны файл</translation>
    </message>
    <message>
        <source>Attached file: open or save it</source>
        <translation>Далучаны файл: адкрыць або захаваць</translation>
    </message>
    <message>
        <source>Timeline heading</source>
        <translation>Загаловак храналогіі</translation>
    </message>
    <message>
        <source>Evidence heading</source>
        <translation>Загаловак доказаў</translation>
    </message>
    <message>
        <source>More evidence</source>
        <translation>Іншыя доказы</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Далучаны файл: %1</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл не далучаны</translation>
    </message>
    <message>
        <source>effective %1 · %2 · recorded by %3 on %4</source>
        <translation>дзейнічае з %1 · %2 · запісана: %3, %4</translation>
    </message>
    <message>
        <source>Nobody has judged this cell yet. Not assessed is not the same as No action.</source>
        <translation>Гэтую клетку яшчэ ніхто не ацаніў. «Не ацэнена» — не тое самае, што «Няма дзеянняў».</translation>
    </message>
    <message numerus="yes">
        <source>⚑ Needs review: this judgement is older than %Ln days.</source>
        <translation>
            <numerusform>⚑ Патрабуе праверкі: гэтай ацэнцы больш за %Ln дзень.</numerusform>
            <numerusform>⚑ Патрабуе праверкі: гэтай ацэнцы больш за %Ln дні.</numerusform>
            <numerusform>⚑ Патрабуе праверкі: гэтай ацэнцы больш за %Ln дзён.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores count it now (Include proposed is on).</source>
        <translation>Балы ўжо ўлічваюць яго (уключана «Улічваць прапанаваныя»).</translation>
    </message>
    <message>
        <source>Scores count the approved status until then.</source>
        <translation>Да таго часу балы ўлічваюць зацверджаны статус.</translation>
    </message>
    <message>
        <source>◆ Proposed: %1, effective %2, by %3 — waiting for review. Approved: %4. %5
Why: %6</source>
        <translation>◆ Прапанавана: %1, дзейнічае з %2, аўтар: %3 — чакае праверкі. Зацверджана: %4. %5
Чаму: %6</translation>
    </message>
    <message>
        <source>%1 set %2</source>
        <translation>%2 (аўтар: %1)</translation>
    </message>
    <message>
        <source>⚠ Conflicting judgements: %1, without seeing each other.</source>
        <translation>⚠ Канфліктныя ацэнкі: %1 — зададзены без ведама адна пра адну.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (бягучы)</translation>
    </message>
    <message>
        <source>%1 (after the as-of date)</source>
        <translation>%1 (пасля даты стану)</translation>
    </message>
    <message>
        <source>%1 · %2 · recorded by %3 on %4</source>
        <translation>%1 · %2 · запісана: %3, %4</translation>
    </message>
    <message>
        <source>Effective after the as-of date</source>
        <translation>Дзейнічае пасля даты стану</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%Ln assessments)</source>
        <translation>
            <numerusform>Храналогія (%Ln ацэнка)</numerusform>
            <numerusform>Храналогія (%Ln ацэнкі)</numerusform>
            <numerusform>Храналогія (%Ln ацэнак)</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назвы)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Доказы (%1)</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more… (the Evidence tab lists them all)</source>
        <translation>
            <numerusform>і яшчэ %Ln… (усе — ва ўкладцы «Доказы»)</numerusform>
            <numerusform>і яшчэ %Ln… (усе — ва ўкладцы «Доказы»)</numerusform>
            <numerusform>і яшчэ %Ln… (усе — ва ўкладцы «Доказы»)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>Official (government, parliament, gazette)</source>
        <extracomment>English source texts (what CSV and tests compare); shown translated by :func:`source_kind_label`.</extracomment>
        <translation>Афіцыйная (урад, парламент, афіцыйны веснік)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМІ</translation>
    </message>
    <message>
        <source>NGO or think tank</source>
        <translation>НДА або аналітычны цэнтр</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Міжнародная арганізацыя</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
    <message>
        <source>Verified — checked against a primary source</source>
        <extracomment>English source texts; shown translated by :func:`confidence_label`.</extracomment>
        <translation>Праверана — паводле першакрыніцы</translation>
    </message>
    <message>
        <source>Reported — by a credible secondary source</source>
        <translation>Паведамлена — надзейнай другаснай крыніцай</translation>
    </message>
    <message>
        <source>Claimed — the government&apos;s own word</source>
        <translation>Заяўлена — са слоў самога ўрада</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>The common languages of sources (ISO 639-1 code, English name); any other code or name may be typed. Names pycountry&apos;s ISO 639-3 catalogues lack (or give as &quot;Modern Greek (1453-)&quot;, &quot;Kirghiz&quot;), by language. Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open.</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>Выберыце статус…</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Надзейнасць</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Абгрунтаванне</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Памылка ў форме</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Type a language or its code, e.g. Lithuanian or lt</source>
        <translation>Мова або яе код, напр. літоўская або lt</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Змяніць доказ</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Новы доказ</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата падзеі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Загаловак</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Што адбылося, адным радком</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Адрас URL</translation>
    </message>
    <message>
        <source>URL check</source>
        <translation>Праверка адраса</translation>
    </message>
    <message>
        <source>Archive URL</source>
        <translation>Адрас у архіве</translation>
    </message>
    <message>
        <source>https://web.archive.org/… (optional)</source>
        <translation>https://web.archive.org/… (неабавязкова)</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Выдавец</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Тып крыніцы</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Дата звароту</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <source>Quote, context, what the measure covers…</source>
        <translation>Цытата, кантэкст, што ахоплівае мера…</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл не далучаны</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Далучаны файл</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Далучыць файл…</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Далучыць файл</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прыбраць</translation>
    </message>
    <message>
        <source>Remove attached file</source>
        <translation>Прыбраць далучаны файл</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
    <message>
        <source>Event &amp;date*</source>
        <translation>&amp;Дата падзеі*</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Загаловак</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;Адрас URL</translation>
    </message>
    <message>
        <source>&amp;Archive URL</source>
        <translation>Адрас у а&amp;рхіве</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Выдавец</translation>
    </message>
    <message>
        <source>Source &amp;kind</source>
        <translation>&amp;Тып крыніцы</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Accessed &amp;on</source>
        <translation>Дата звар&amp;оту</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Нататкі</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Краіны</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Фільтр краін…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групы</translation>
    </message>
    <message>
        <source>Filter groups…</source>
        <translation>Фільтр груп…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рэкамендацыі</translation>
    </message>
    <message>
        <source>Filter recommendations…</source>
        <translation>Фільтр рэкамендацый…</translation>
    </message>
    <message>
        <source>Pre-filled links</source>
        <translation>Загадзя запоўненыя сувязі</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pre-filled from the cell you chose.&lt;/b&gt; Remove it if this evidence is not about it:</source>
        <translation>&lt;b&gt;Запоўнена з выбранай вамі клеткі.&lt;/b&gt; Прыбярыце яе, калі гэты доказ не пра яе:</translation>
    </message>
    <message>
        <source>%1: click to remove this link</source>
        <translation>%1: націсніце, каб прыбраць гэтую сувязь</translation>
    </message>
    <message>
        <source>Remove link %1</source>
        <translation>Прыбраць сувязь %1</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Сувязі</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Звязана з</translation>
    </message>
    <message>
        <source>Groups (every member)</source>
        <translation>Групы (усе ўдзельнікі)</translation>
    </message>
    <message>
        <source>Also set the status of the linked cells, effective on the event date</source>
        <translation>Таксама задаць статус звязаных клетак, дзейны з даты падзеі</translation>
    </message>
    <message>
        <source>Also set status</source>
        <translation>Таксама задаць статус</translation>
    </message>
    <message>
        <source>Cells whose status is set</source>
        <translation>Клеткі, статус якіх задаецца</translation>
    </message>
    <message>
        <source>Why this status (required)</source>
        <translation>Чаму такі статус (абавязкова)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>Надз&amp;ейнасць</translation>
    </message>
    <message>
        <source>&amp;Rationale*</source>
        <translation>Аб&amp;грунтаванне*</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>Захаваць доказ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Not linked yet: tick at least one recommendation and one country or group.</source>
        <translation>Пакуль ні з чым не звязана: адзначце хаця б адну рэкамендацыю і адну краіну або групу.</translation>
    </message>
    <message>
        <source>Sets the status of no cell yet: choose the links above.</source>
        <translation>Пакуль не задае статус ніводнай клеткі: выберыце сувязі вышэй.</translation>
    </message>
    <message>
        <source>1 cell: %1</source>
        <translation>1 клетка: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cells: %1</source>
        <translation>
            <numerusform>%Ln клетка: %1</numerusform>
            <numerusform>%Ln клеткі: %1</numerusform>
            <numerusform>%Ln клетак: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Сувязі: %1</translation>
    </message>
    <message>
        <source>Sets the status of this cell: %1</source>
        <translation>Задае статус гэтай клеткі: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sets the status of these %Ln cells: %1</source>
        <translation>
            <numerusform>Задае статус гэтых клетак (%Ln): %1</numerusform>
            <numerusform>Задае статус гэтых клетак (%Ln): %1</numerusform>
            <numerusform>Задае статус гэтых клетак (%Ln): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 і яшчэ %Ln</numerusform>
            <numerusform>%1 і яшчэ %Ln</numerusform>
            <numerusform>%1 і яшчэ %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Web address looks right</source>
        <translation>✓ Вэб-адрас выглядае правільна</translation>
    </message>
    <message>
        <source>Optional: http:// or https:// only</source>
        <translation>Неабавязкова: толькі http:// або https://</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Далучыць файл</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln bytes)</source>
        <translation>
            <numerusform>%1 (%Ln байт)</numerusform>
            <numerusform>%1 (%Ln байты)</numerusform>
            <numerusform>%1 (%Ln байтаў)</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <translation>Дайце доказу хаця б загаловак, адрас URL або нататкі.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Выберыце хаця б адну рэкамендацыю.</translation>
    </message>
    <message>
        <source>Choose at least one country or group.</source>
        <translation>Выберыце хаця б адну краіну або групу.</translation>
    </message>
    <message>
        <source>Choose the status to set, or untick &apos;Also set the status&apos;.</source>
        <translation>Выберыце статус або зніміце адзнаку «Таксама задаць статус».</translation>
    </message>
    <message>
        <source>The rationale is required: say why this status.</source>
        <translation>Абгрунтаванне абавязковае: напішыце, чаму такі статус.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Date</source>
        <extracomment>The roles the model answers: any other role reads no row.</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Краіны</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рэкамендацыі</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Выдавец</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тып</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Спасылка</translation>
    </message>
    <message>
        <source>official</source>
        <extracomment>How the Kind column names each source kind (its code, in English).</extracomment>
        <translation>афіцыйная</translation>
    </message>
    <message>
        <source>media</source>
        <translation>СМІ</translation>
    </message>
    <message>
        <source>ngo</source>
        <translation>НДА</translation>
    </message>
    <message>
        <source>international</source>
        <translation>міжнародная</translation>
    </message>
    <message>
        <source>other</source>
        <translation>іншая</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>The sort key (db.search.SORT_KEYS) of each column. Countries and recommendations sort by the first one shown (a piece of evidence has several). Counting stops here: past it the count says &quot;10,000+&quot; (a count of a million matches costs more than the page does). With no filter the count is exact and free (the tracker&apos;s tallies).</extracomment>
        <translation>(без назвы)</translation>
    </message>
    <message>
        <source>[archived] %1</source>
        <translation>[у архіве] %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln краіна</numerusform>
            <numerusform>%Ln краіны</numerusform>
            <numerusform>%Ln краін</numerusform>
        </translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Няма спасылкі</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Official (government, parliament, gazette)</source>
        <extracomment>The kind filter&apos;s choices (the evidence form&apos;s SOURCE_KIND_LABELS), translated in this view&apos;s context.</extracomment>
        <translation>Афіцыйная (урад, парламент, афіцыйны веснік)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМІ</translation>
    </message>
    <message>
        <source>NGO or think tank</source>
        <translation>НДА або аналітычны цэнтр</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Міжнародная арганізацыя</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Іншая</translation>
    </message>
    <message>
        <source>Evidence view</source>
        <translation>Прагляд доказаў</translation>
    </message>
    <message>
        <source>Search titles, notes, publishers and links…  (Ctrl+F)</source>
        <translation>Шукаць у назвах, нататках, выдаўцах і спасылках…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Шукаць у доказах</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Фільтр па краіне</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Фільтр па групе</translation>
    </message>
    <message>
        <source>Filter by recommendation</source>
        <translation>Фільтр па рэкамендацыі</translation>
    </message>
    <message>
        <source>Filter by source kind</source>
        <translation>Фільтр па тыпе крыніцы</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Filter by date range</source>
        <translation>Фільтр па датах</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата ад</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата да</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Паказваць архіўныя</translation>
    </message>
    <message>
        <source>Show archived evidence</source>
        <translation>Паказваць архіўныя доказы</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>Спіс доказаў</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Адкрыць спасылку</translation>
    </message>
    <message>
        <source>Open source link</source>
        <translation>Адкрыць спасылку на крыніцу</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змяніць…</translation>
    </message>
    <message>
        <source>Edit selected evidence</source>
        <translation>Змяніць выбраны доказ</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архіваваць</translation>
    </message>
    <message>
        <source>Archive or restore selected evidence</source>
        <translation>Архіваваць або аднавіць выбраны доказ</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Адкрыць файл</translation>
    </message>
    <message>
        <source>Open the selected evidence&apos;s attached file</source>
        <translation>Адкрыць файл, далучаны да выбранага доказу</translation>
    </message>
    <message>
        <source>Save attachment as…</source>
        <translation>Захаваць файл як…</translation>
    </message>
    <message>
        <source>Save the selected evidence&apos;s attached file as</source>
        <translation>Захаваць файл, далучаны да выбранага доказу, як</translation>
    </message>
    <message>
        <source>Evidence count</source>
        <translation>Колькасць доказаў</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Краіна</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Група</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Рэкамендацыя</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тып</translation>
    </message>
    <message>
        <source>to</source>
        <translation>да</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усе краіны</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Усе групы</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Усе рэкамендацыі</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усе тыпы</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Аднавіць</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Далучаны файл: %1</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл не далучаны</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Падлік…</translation>
    </message>
    <message>
        <source>Search index damaged</source>
        <translation>Пашкоджаны пошукавы індэкс</translation>
    </message>
    <message>
        <source>The search index is damaged. %1</source>
        <translation>Пошукавы індэкс пашкоджаны. %1</translation>
    </message>
    <message>
        <source>The search index is damaged, so words cannot be searched.

Rebuild it now from the evidence? Nothing else is changed, and the rebuild is recorded in the history.</source>
        <translation>Пошукавы індэкс пашкоджаны, таму шукаць па словах немагчыма.

Перабудаваць яго зараз з доказаў? Больш нічога не зменіцца, а перабудова запішацца ў гісторыю.</translation>
    </message>
    <message>
        <source>Rebuild index</source>
        <translation>Перабудаваць індэкс</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ pieces of evidence</source>
        <translation>
            <numerusform>%Ln+ доказ</numerusform>
            <numerusform>%Ln+ доказы</numerusform>
            <numerusform>%Ln+ доказаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of evidence</source>
        <translation>
            <numerusform>%Ln доказ</numerusform>
            <numerusform>%Ln доказы</numerusform>
            <numerusform>%Ln доказаў</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (too many matches to sort: most recently added first)</source>
        <translation>%1 (занадта шмат супадзенняў для сартавання: спачатку апошнія дададзеныя)</translation>
    </message>
    <message>
        <source>%1 (too many matches to sort: earliest added first)</source>
        <translation>%1 (занадта шмат супадзенняў для сартавання: спачатку першыя дададзеныя)</translation>
    </message>
    <message numerus="yes">
        <source>Searching the first %Ln words (of %1): %2</source>
        <translation>
            <numerusform>Шукаецца першае %Ln слова (з %1): %2</numerusform>
            <numerusform>Шукаюцца першыя %Ln словы (з %1): %2</numerusform>
            <numerusform>Шукаюцца першыя %Ln слоў (з %1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Scorecard (one row per country)</source>
        <extracomment>What can be exported, and in which formats (the first is the default).</extracomment>
        <translation>Табліца ацэнак (адзін радок на краіну)</translation>
    </message>
    <message>
        <source>Assessments (current status of every cell)</source>
        <translation>Ацэнкі (бягучы статус кожнай клеткі)</translation>
    </message>
    <message>
        <source>History (every assessment ever made)</source>
        <translation>Гісторыя (усе калі-небудзь зробленыя ацэнкі)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказы</translation>
    </message>
    <message>
        <source>Report with citations</source>
        <translation>Справаздача са спасылкамі на крыніцы</translation>
    </message>
    <message>
        <source>Matrix image for slides</source>
        <translation>Выява матрыцы для слайдаў</translation>
    </message>
    <message>
        <source>Excel workbook (all four tables)</source>
        <translation>Кніга Excel (усе чатыры табліцы)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (адзін самадастатковы файл)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Выява PNG</translation>
    </message>
    <message>
        <source>Exporting the scorecard of %1</source>
        <extracomment>What each export is called in the dialog&apos;s summary line (%1: the countries it covers).</extracomment>
        <translation>Экспарт табліцы ацэнак: %1</translation>
    </message>
    <message>
        <source>Exporting the assessments of %1</source>
        <translation>Экспарт ацэнак: %1</translation>
    </message>
    <message>
        <source>Exporting the history of %1</source>
        <translation>Экспарт гісторыі: %1</translation>
    </message>
    <message>
        <source>Exporting the evidence on %1</source>
        <translation>Экспарт доказаў: %1</translation>
    </message>
    <message>
        <source>Exporting a report on %1</source>
        <translation>Экспарт справаздачы: %1</translation>
    </message>
    <message>
        <source>Exporting the matrix image of %1</source>
        <translation>Экспарт выявы матрыцы: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспарт</translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation>Што будзе экспартавана</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Што экспартаваць</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Фармат</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Справаздача па</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усе краіны</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Памер старонкі</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Дата стану</translation>
    </message>
    <message>
        <source>Past date</source>
        <translation>Мінулая дата</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Include archived evidence</source>
        <translation>Уключыць архіўныя доказы</translation>
    </message>
    <message>
        <source>Include proposed statuses</source>
        <translation>Улічваць прапанаваныя статусы</translation>
    </message>
    <message>
        <source>Count statuses proposed and not yet reviewed; the file says so</source>
        <translation>Улічваць прапанаваныя і яшчэ не правераныя статусы; файл пра гэта паведамляе</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Мова справаздачы</translation>
    </message>
    <message>
        <source>The language of the report or image; the source&apos;s own words stay quoted in the original beside their translation</source>
        <translation>Мова справаздачы або выявы; уласныя словы крыніцы застаюцца ў арыгінале побач з перакладам</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспарт</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Фармат</translation>
    </message>
    <message>
        <source>&amp;Report on</source>
        <translation>&amp;Справаздача па</translation>
    </message>
    <message>
        <source>&amp;Page size</source>
        <translation>Памер с&amp;таронкі</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>Стан &amp;на</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Група</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспартаваць…</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>усе краіны</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>(стан на %1)</translation>
    </message>
    <message>
        <source>as of today</source>
        <translation>(стан на сёння)</translation>
    </message>
    <message>
        <source>, including proposed statuses not yet reviewed</source>
        <translation>, уключаючы прапанаваныя статусы, яшчэ не правераныя</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Includes proposed statuses not yet reviewed</source>
        <extracomment>The counts in what an export says it wrote (Qt&apos;s plural forms; lupdate collects ``ExportFiles.tr``). Every format :func:`export_to_file` writes. Called with the number of rows written so far, after each chunk; raising stops the export.</extracomment>
        <translation>Уключае прапанаваныя статусы, яшчэ не разгледжаныя</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n rows</comment>
        <translation>
            <numerusform>%n радок</numerusform>
            <numerusform>%n радкі</numerusform>
            <numerusform>%n радкоў</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {target}: {sheets}.{labelled}</source>
        <translation>Запісаны файл {target}: {sheets}.{labelled}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {target}.{labelled}</source>
        <comment>Wrote %n rows to {target}.{labelled}</comment>
        <translation>
            <numerusform>Запісаны %n радок у {target}.{labelled}</numerusform>
            <numerusform>Запісаны %n радкі ў {target}.{labelled}</numerusform>
            <numerusform>Запісана %n радкоў у {target}.{labelled}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>%1 error</source>
        <translation>Памылка: %1</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>One problem to fix: see the message in red under the field.</source>
        <translation>Трэба выправіць адну праблему: глядзіце паведамленне чырвоным пад полем.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems to fix: see the messages in red under the fields.</source>
        <translation>
            <numerusform>Трэба выправіць %Ln праблему: глядзіце паведамленні чырвоным пад палямі.</numerusform>
            <numerusform>Трэба выправіць %Ln праблемы: глядзіце паведамленні чырвоным пад палямі.</numerusform>
            <numerusform>Трэба выправіць %Ln праблем: глядзіце паведамленні чырвоным пад палямі.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Policy trackers (*.db *.sqlite *.tracker);;All files (*)</source>
        <extracomment>An export&apos;s work: ``(tracker, progress, cancelled, path to write) -&gt; sentence for the status bar``.</extracomment>
        <translation>Трэкеры Policy Tracker (*.db *.sqlite *.tracker);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Codebooks (*.json);;All files (*)</source>
        <translation>Кодавыя кнігі (*.json);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Writing the scorecard export</source>
        <extracomment>What the progress dialog says while a table is written.</extracomment>
        <translation>Запіс табліцы ацэнак</translation>
    </message>
    <message>
        <source>Writing the assessments export</source>
        <translation>Запіс ацэнак</translation>
    </message>
    <message>
        <source>Writing the history export</source>
        <translation>Запіс гісторыі</translation>
    </message>
    <message>
        <source>Writing the evidence export</source>
        <translation>Запіс доказаў</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Справаздача запісана ў %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Запіс справаздачы</translation>
    </message>
    <message>
        <source>Matrix image written to %1</source>
        <translation>Выява матрыцы запісана ў %1</translation>
    </message>
    <message>
        <source>Drawing the matrix image</source>
        <translation>Малюецца выява матрыцы</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2.</source>
        <translation>Не ўдалося запісаць экспарт у %1: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>дыск запоўнены</translation>
    </message>
    <message>
        <source>Choose a codebook</source>
        <extracomment>An export&apos;s worker started (tests and the window may watch or cancel it). An export was written whole to this path.</extracomment>
        <translation>Выберыце кодавую кнігу</translation>
    </message>
    <message>
        <source>Choose a codebook file first.</source>
        <translation>Спачатку выберыце файл кодавай кнігі.</translation>
    </message>
    <message>
        <source>New tracker</source>
        <translation>Новы трэкер</translation>
    </message>
    <message>
        <source>Create tracker</source>
        <translation>Стварыць трэкер</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name (an existing tracker is never overwritten).</source>
        <translation>%1 ужо існуе; выберыце новую назву (існуючы трэкер ніколі не перазапісваецца).</translation>
    </message>
    <message>
        <source>Open tracker</source>
        <translation>Адкрыць трэкер</translation>
    </message>
    <message>
        <source>Cannot open tracker</source>
        <translation>Не ўдаецца адкрыць трэкер</translation>
    </message>
    <message>
        <source>No recent trackers</source>
        <translation>Няма нядаўніх трэкераў</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Захаваць копію</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Копія захавана ў %1</translation>
    </message>
    <message>
        <source>Check and repair tracker</source>
        <translation>Праверыць і выправіць трэкер</translation>
    </message>
    <message>
        <source>The tracker could not be checked: %1</source>
        <translation>Не ўдалося праверыць трэкер: %1</translation>
    </message>
    <message>
        <source>No problems found: the tracker is healthy.</source>
        <translation>Праблем не знойдзена: трэкер спраўны.</translation>
    </message>
    <message>
        <source>Problems found that cannot be repaired automatically:
%1</source>
        <translation>Знойдзены праблемы, якія нельга выправіць аўтаматычна:
%1</translation>
    </message>
    <message>
        <source>Problems found:
%1

Repair what can be repaired?</source>
        <translation>Знойдзеныя праблемы:
%1

Выправіць тое, што можна выправіць?</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Выправіць</translation>
    </message>
    <message>
        <source>Nothing needed repairing.</source>
        <translation>Нічога не трэба было выпраўляць.</translation>
    </message>
    <message>
        <source>Still to fix by hand:</source>
        <translation>Трэба выправіць уручную:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспартаваць у</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Файлы %1 (*.%2);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспарт</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспарт скасаваны; нічога не запісана.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Імпартавана з %1: %2</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translation>Імпартаваць кодавую кнігу</translation>
    </message>
    <message>
        <source>Codebooks (*.json);;Recommendations (*.csv *.xlsx);;All files (*)</source>
        <translation>Кодавыя кнігі (*.json);;Рэкамендацыі (*.csv *.xlsx);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Імпарт кодавай кнігі</translation>
    </message>
    <message>
        <source>Codebook imported from %1.</source>
        <translation>Кодавая кніга імпартавана з %1.</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Экспарт кодавай кнігі</translation>
    </message>
    <message numerus="yes">
        <source>Exported the codebook (%Ln recommendations) to %1</source>
        <translation>
            <numerusform>Кодавая кніга (%Ln рэкамендацыя) экспартавана ў %1</numerusform>
            <numerusform>Кодавая кніга (%Ln рэкамендацыі) экспартавана ў %1</numerusform>
            <numerusform>Кодавая кніга (%Ln рэкамендацый) экспартавана ў %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s backup of the tracker was made (File › Restore from backup… lists them).</source>
        <translation>Сённяшняя рэзервовая копія трэкера зроблена (спіс — у Файл › Аднавіць з рэзервовай копіі…).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Аднаўленне з рэзервовай копіі</translation>
    </message>
    <message>
        <source>A tracker kept in memory has no backups.</source>
        <translation>У трэкера, які захоўваецца ў памяці, няма рэзервовых копій.</translation>
    </message>
    <message>
        <source>Replace %1 with %2?

Everything added or changed since then will no longer be in the tracker. The tracker as it is now is backed up first, so restoring that backup brings it back.</source>
        <translation>Замяніць %1 на %2?

Усё, што было дададзена або зменена з таго часу, знікне з трэкера. Спачатку робіцца рэзервовая копія трэкера ў яго цяперашнім стане, таму аднаўленне з яе верне ўсё назад.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Аднавіць</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2; the tracker as it was is kept as %3.</source>
        <translation>%1 адноўлены з рэзервовай копіі ад %2; трэкер у ранейшым стане захаваны як %3.</translation>
    </message>
    <message>
        <source>The tracker could not be opened again: %1</source>
        <translation>Не ўдалося зноў адкрыць трэкер: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Налады</translation>
    </message>
    <message>
        <source>Your preferences could not be saved: %1</source>
        <translation>Не ўдалося захаваць вашы налады: %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <extracomment>The importer&apos;s names of encodings that hold words (tracker.importer.ENCODINGS), for the interface&apos;s language.</extracomment>
        <translation>Аўтаматычна (UTF-8, інакш Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (заходнееўрапейскае)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (лацініца-1)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2, Central European)</source>
        <translation>ISO-8859-2 (лацініца-2, цэнтральнаеўрапейскае)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (цэнтральнаеўрапейскае)</translation>
    </message>
    <message>
        <source>UTF-8 and Windows-1252 mixed, line by line</source>
        <translation>UTF-8 і Windows-1252 упераменку, радок за радком</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 з BOM</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберыце файл</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab separated; UTF-8, Windows-1252 or another encoding you choose) or an Excel workbook (.xlsx).</source>
        <translation>Файл CSV (палі раздзелены коскай, кропкай з коскай або табуляцыяй; UTF-8, Windows-1252 або іншае кадаванне на ваш выбар) ці кніга Excel (.xlsx).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для імпарту</translation>
    </message>
    <message>
        <source>Path of the file…</source>
        <translation>Шлях да файла…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Агляд…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Знайсці файл</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Кадаванне тэксту</translation>
    </message>
    <message>
        <source>How the file&apos;s bytes are read as letters. Automatic reads UTF-8, else Windows-1252, and refuses a file that mixes them.</source>
        <translation>Як байты файла чытаюцца як літары. «Аўтаматычна» чытае UTF-8, інакш Windows-1252, і адхіляе файл, у якім яны змяшаныя.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кадаванне:</translation>
    </message>
    <message>
        <source>How the preview is read</source>
        <translation>Як чытаецца папярэдні прагляд</translation>
    </message>
    <message>
        <source>First lines of the file</source>
        <translation>Першыя радкі файла</translation>
    </message>
    <message>
        <source>Add countries the tracker does not follow yet, when they are valid ISO countries</source>
        <translation>Дадаваць краіны, якія трэкер яшчэ не адсочвае, калі гэта сапраўдныя краіны ISO</translation>
    </message>
    <message>
        <source>Add unknown countries</source>
        <translation>Дадаваць невядомыя краіны</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Праблема з файлам</translation>
    </message>
    <message>
        <source>Columns: %1.&lt;br&gt;A row needs &lt;code&gt;date&lt;/code&gt;, &lt;code&gt;countries&lt;/code&gt;, &lt;code&gt;recommendations&lt;/code&gt; and a title, URL or notes. Nothing is written until you confirm on the last page.</source>
        <translation>Слупкі: %1.&lt;br&gt;Радку патрэбныя &lt;code&gt;date&lt;/code&gt;, &lt;code&gt;countries&lt;/code&gt;, &lt;code&gt;recommendations&lt;/code&gt; і загаловак, URL або нататкі. Нічога не запісваецца, пакуль вы не пацвердзіце на апошняй старонцы.</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>Імпарт доказаў</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Табліцы (*.csv *.txt *.tsv *.xlsx);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Файл немагчыма прачытаць: %1.</translation>
    </message>
    <message>
        <source>No file by that name yet.</source>
        <translation>Файла з такой назвай пакуль няма.</translation>
    </message>
    <message>
        <source>The first lines of the file are shown here, as the encoding reads them.</source>
        <translation>Тут паказваюцца першыя радкі файла так, як іх чытае кадаванне.</translation>
    </message>
    <message>
        <source>An Excel workbook: it needs no encoding. Its rows are shown on the next page.</source>
        <translation>Кніга Excel: кадаванне ёй не патрэбнае. Яе радкі паказаны на наступнай старонцы.</translation>
    </message>
    <message>
        <source>⚠ This file mixes encodings: line %1 is not UTF-8 but earlier lines are. Choose “%2” (shown here) or the one encoding it should be.</source>
        <translation>⚠ У гэтым файле змяшаныя кадаванні: радок %1 не ў UTF-8, а папярэднія радкі — у UTF-8. Выберыце «%2» (як тут) або тое адзінае кадаванне, якое павінна быць.</translation>
    </message>
    <message>
        <source>⚠ Read as %2, line %1 has bytes that are not valid %2 (shown as �): choose another encoding.</source>
        <translation>⚠ Пры чытанні як %2 радок %1 мае байты, недапушчальныя ў %2 (паказаны як �): выберыце іншае кадаванне.</translation>
    </message>
    <message>
        <source>First lines, read as %2 (detected).</source>
        <translation>Першыя радкі, прачытаныя як %2 (вызначана аўтаматычна).</translation>
    </message>
    <message>
        <source>First lines, read as %2.</source>
        <translation>Першыя радкі, прачытаныя як %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Policy Tracker</source>
        <translation>Вітаем у Policy Tracker</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Policy Tracker.&lt;/b&gt;&lt;br&gt;Every change you make is recorded in the tracker&apos;s history with your name, so your colleagues can see who recorded what. Which name should it use?</source>
        <translation>&lt;b&gt;Вітаем у Policy Tracker.&lt;/b&gt;&lt;br&gt;Кожная ваша змена запісваецца ў гісторыю трэкера з вашым імем, каб калегі бачылі, хто што запісаў. Якое імя выкарыстоўваць?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваша імя</translation>
    </message>
    <message>
        <source>e.g. Maria Kowalska</source>
        <translation>напрыклад, Марыя Кавальская</translation>
    </message>
    <message>
        <source>You can change it later in File › Preferences (Ctrl+,).</source>
        <translation>Яго можна змяніць пазней у Файл › Налады (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ваша &amp;імя</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Выкарыстоўваць гэта імя</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>Record your login name this time and ask again next time</source>
        <translation>Гэтым разам запісаць імя ўліковага запісу і спытаць зноў наступным разам</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Налады</translation>
    </message>
    <message>
        <source>Your name could not be saved: %1</source>
        <translation>Не ўдалося захаваць ваша імя: %1</translation>
    </message>
</context>
<context>
    <name>GoToCountryDialog</name>
    <message>
        <source>Go to country</source>
        <extracomment>Names people type for a country that are neither its name nor an ISO code. Everyday names, in the app&apos;s languages, that the ISO 3166 translations (formal names) do not give: &quot;Россия&quot; is not a prefix of &quot;Российская Федерация&quot;, and Belarusians often write &quot;Нямеччына&quot; or, in the classical spelling, &quot;Летува&quot;. They rank with the other languages&apos; names. How far below the shown and English names a match in another language&apos;s name ranks.</extracomment>
        <translation>Перайсці да краіны</translation>
    </message>
    <message>
        <source>Country name or code</source>
        <translation>Назва краіны або код</translation>
    </message>
    <message>
        <source>Country name or code, e.g. lit or PL</source>
        <translation>Назва краіны або код, напр. lit або PL</translation>
    </message>
    <message>
        <source>A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian, or an ISO code</source>
        <translation>Назва на англійскай, беларускай, украінскай, рускай, польскай або літоўскай мове, або код ISO</translation>
    </message>
    <message>
        <source>Matching countries</source>
        <translation>Адпаведныя краіны</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Супадзенні</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Краіна:</translation>
    </message>
    <message>
        <source>Enter goes to the highlighted country; Escape closes.</source>
        <translation>Enter пераходзіць да вылучанай краіны; Escape закрывае.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries match: Enter goes to the highlighted one.</source>
        <translation>
            <numerusform>Адпавядае %Ln краіна: Enter пяройдзе да вылучанай.</numerusform>
            <numerusform>Адпавядаюць %Ln краіны: Enter пяройдзе да вылучанай.</numerusform>
            <numerusform>Адпавядаюць %Ln краін: Enter пяройдзе да вылучанай.</numerusform>
        </translation>
    </message>
    <message>
        <source>No country matches “%1”.</source>
        <translation>Ніводная краіна не адпавядае «%1».</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grade bands</source>
        <translation>Дыяпазоны адзнак</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Адзнака</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>Ад бала</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Grade band columns</source>
        <translation>Слупкі дыяпазонаў адзнак</translation>
    </message>
    <message>
        <source>A&amp;dd band</source>
        <translation>Д&amp;адаць дыяпазон</translation>
    </message>
    <message>
        <source>Add grade band</source>
        <translation>Дадаць дыяпазон адзнакі</translation>
    </message>
    <message>
        <source>A new band: type its grade and lowest score</source>
        <translation>Новы дыяпазон: увядзіце адзнаку і найменшы бал</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>&amp;Выдаліць дыяпазон</translation>
    </message>
    <message>
        <source>Remove grade band</source>
        <translation>Выдаліць дыяпазон адзнакі</translation>
    </message>
    <message>
        <source>Remove the chosen band</source>
        <translation>Выдаліць выбраны дыяпазон</translation>
    </message>
    <message>
        <source>Minimum coverage for a grade</source>
        <translation>Мінімальны ахоп для адзнакі</translation>
    </message>
    <message>
        <source>Minimum coverage explained</source>
        <translation>Тлумачэнне мінімальнага ахопу</translation>
    </message>
    <message>
        <source>A country&apos;s score (0 to 100) gets the grade of the band it falls in. Bands start at different scores, and the lowest starts at 0, so every score has a grade.</source>
        <translation>Бал краіны (ад 0 да 100) атрымлівае адзнаку таго дыяпазону, у які трапляе. Дыяпазоны пачынаюцца з розных балаў, а найменшы — з 0, таму кожны бал мае адзнаку.</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>адзнака</translation>
    </message>
    <message>
        <source>Minimum &amp;coverage for a grade</source>
        <translation>Мінімальны а&amp;хоп для адзнакі</translation>
    </message>
    <message>
        <source>min coverage for grade</source>
        <translation>мінімальны ахоп</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>ніжэй за %1</translation>
    </message>
    <message>
        <source>Every country with a score gets a grade and a rank.</source>
        <translation>Кожная краіна з балам атрымлівае адзнаку і месца ў рэйтынгу.</translation>
    </message>
    <message>
        <source>A country gets a grade and a rank once %1 % of its recommendations are assessed (%2 of %3 now); with fewer it has a score but no grade.</source>
        <translation>Краіна атрымлівае адзнаку і месца ў рэйтынгу, калі ацэнена %1 % яе рэкамендацый (цяпер %2 з %3); пры меншай колькасці ў яе ёсць бал, але няма адзнакі.</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Save the changes you made in this form?</source>
        <translation>Захаваць змены, зробленыя ў гэтай форме?</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тып</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запіс</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Змены</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>added</source>
        <extracomment>Entries a page reads. At most this many entries are exported (what is shown, fetched on to this cap). New entries read on top after a change; more than this and the list is read afresh. Entries written since the list was read that are looked through for new rows; more and it is read afresh. Ids a walk&apos;s step on its thread looks at first; a step quicker than STEP_GROW_S doubles it, up to WALK_SCAN_MAX. How much lower than the window&apos;s a walk thread&apos;s scheduling priority is (Linux niceness). Ids one step looks at when the walk runs on the GUI thread (an in-memory tracker). How often (ms) the list takes in what its walk found. A search that has run this long (seconds) shows its Stop button. How the list and the kind filter name each kind of entry (db.history_view.KINDS; the filter capitalises it).</extracomment>
        <translation>дададзена</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>зменена</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>архівавана</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>адноўлена</translation>
    </message>
    <message>
        <source>status set</source>
        <translation>статус зададзены</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>выпраўлена</translation>
    </message>
    <message>
        <source>review</source>
        <translation>праверка</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>адменена</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>кодавая кніга</translation>
    </message>
    <message>
        <source>country</source>
        <translation>краіна</translation>
    </message>
    <message>
        <source>group</source>
        <translation>група</translation>
    </message>
    <message>
        <source>import</source>
        <translation>імпарт</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>выпраўленне файла</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>The walk found, checked, counted, finished, failed or was stopped: the count line follows it. The person asked to open an entry&apos;s evidence (its uid). The person asked to open an entry&apos;s cell (country code, recommendation code). The person asked to open a review entry&apos;s proposal (its uid); unconnected, its cell opens instead.</extracomment>
        <translation>Гісторыя</translation>
    </message>
    <message>
        <source>History person</source>
        <translation>Гісторыя: хто</translation>
    </message>
    <message>
        <source>Only the changes one person made</source>
        <translation>Толькі змены, зробленыя адным чалавекам</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Гісторыя: ад</translation>
    </message>
    <message>
        <source>History to</source>
        <translation>Гісторыя: да</translation>
    </message>
    <message>
        <source>History kind</source>
        <translation>Гісторыя: тып</translation>
    </message>
    <message>
        <source>History country</source>
        <translation>Гісторыя: краіна</translation>
    </message>
    <message>
        <source>History recommendation</source>
        <translation>Гісторыя: рэкамендацыя</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Пошук у гісторыі</translation>
    </message>
    <message>
        <source>Search the changes…</source>
        <translation>Шукаць у зменах…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усе тыпы</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тып</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ад</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рэкамендацыя</translation>
    </message>
    <message>
        <source>History list</source>
        <translation>Спіс гісторыі</translation>
    </message>
    <message>
        <source>History count</source>
        <translation>Лічыльнік гісторыі</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Спыніць</translation>
    </message>
    <message>
        <source>Stop searching the history</source>
        <translation>Спыніць пошук у гісторыі</translation>
    </message>
    <message>
        <source>Stop looking through older changes; what was found stays</source>
        <translation>Спыніць прагляд старэйшых змен; знойдзенае застанецца</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспарт CSV…</translation>
    </message>
    <message>
        <source>Export history shown as CSV</source>
        <translation>Экспартаваць паказаную гісторыю ў CSV</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Экспарт JSON…</translation>
    </message>
    <message>
        <source>Export history shown as JSON</source>
        <translation>Экспартаваць паказаную гісторыю ў JSON</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Усе</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усе краіны</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Усе рэкамендацыі</translation>
    </message>
    <message>
        <source>Search on</source>
        <translation>Шукаць далей</translation>
    </message>
    <message>
        <source>Search older history</source>
        <translation>Шукаць у старэйшай гісторыі</translation>
    </message>
    <message>
        <source>The history could not be searched: %1</source>
        <translation>Не ўдалося шукаць у гісторыі: %1</translation>
    </message>
    <message numerus="yes">
        <source>Searching… checked %1 of %Ln changes; %2 found so far</source>
        <translation>
            <numerusform>Пошук… праверана %1 з %Ln змены; пакуль знойдзена %2</numerusform>
            <numerusform>Пошук… праверана %1 з %Ln змен; пакуль знойдзена %2</numerusform>
            <numerusform>Пошук… праверана %1 з %Ln змен; пакуль знойдзена %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… checked %1 of %Ln changes</source>
        <translation>
            <numerusform>Пошук… праверана %1 з %Ln змены</numerusform>
            <numerusform>Пошук… праверана %1 з %Ln змен</numerusform>
            <numerusform>Пошук… праверана %1 з %Ln змен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after checking %1 of %Ln changes; %2 found.</source>
        <translation>
            <numerusform>Спынена пасля праверкі %1 з %Ln змены; знойдзена %2.</numerusform>
            <numerusform>Спынена пасля праверкі %1 з %Ln змен; знойдзена %2.</numerusform>
            <numerusform>Спынена пасля праверкі %1 з %Ln змен; знойдзена %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation>Няма адпаведных змен.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of ≥ %Ln matching changes shown (counting…)</source>
        <translation>
            <numerusform>Паказана %1 з ≥ %Ln адпаведнай змены (падлік…)</numerusform>
            <numerusform>Паказана %1 з ≥ %Ln адпаведных змен (падлік…)</numerusform>
            <numerusform>Паказана %1 з ≥ %Ln адпаведных змен (падлік…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of ≥ %Ln changes shown (counting…)</source>
        <translation>
            <numerusform>Паказана %1 з ≥ %Ln змены (падлік…)</numerusform>
            <numerusform>Паказана %1 з ≥ %Ln змен (падлік…)</numerusform>
            <numerusform>Паказана %1 з ≥ %Ln змен (падлік…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching changes shown</source>
        <translation>
            <numerusform>Паказана %1 з %Ln адпаведнай змены</numerusform>
            <numerusform>Паказана %1 з %Ln адпаведных змен</numerusform>
            <numerusform>Паказана %1 з %Ln адпаведных змен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln changes shown</source>
        <translation>
            <numerusform>Паказана %1 з %Ln змены</numerusform>
            <numerusform>Паказана %1 з %Ln змен</numerusform>
            <numerusform>Паказана %1 з %Ln змен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching changes</source>
        <translation>
            <numerusform>%Ln адпаведная змена</numerusform>
            <numerusform>%Ln адпаведныя змены</numerusform>
            <numerusform>%Ln адпаведных змен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln змена</numerusform>
            <numerusform>%Ln змены</numerusform>
            <numerusform>%Ln змен</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; scroll for older ones</source>
        <translation>%1; пракруціце, каб убачыць старэйшыя</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Export history shown</source>
        <translation>Экспартаваць паказаную гісторыю</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Экспарт гісторыі</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Чытаецца гісторыя</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспарт скасаваны; нічога не запісана.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln changes to %1.</source>
        <translation>
            <numerusform>Запісана %Ln змена ў %1.</numerusform>
            <numerusform>Запісаны %Ln змены ў %1.</numerusform>
            <numerusform>Запісана %Ln змен у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> Only the newest %1 were written; narrow the filters for the rest.</source>
        <translation> Запісаны толькі %1 найноўшых; каб атрымаць астатнія, звузьце фільтры.</translation>
    </message>
</context>
<context>
    <name>ImportCodebook</name>
    <message numerus="yes">
        <source>This tracker already has %n recommendations; a codebook&apos;s recommendations can only be imported into a blank tracker (File &gt; New, blank).</source>
        <comment>This tracker already has %n recommendation; a codebook&apos;s recommendations can only be imported into a blank tracker (File &gt; New, blank).</comment>
        <extracomment>The columns of a recommendations file. The operation the history records for a codebook import. The codebook import&apos;s sentences that hold a count (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>
            <numerusform>У гэтым трэкеры ўжо ёсць %n рэкамендацыя; рэкамендацыі кодавай кнігі можна імпартаваць толькі ў пусты трэкер (Файл &gt; Новы трэкер, пусты).</numerusform>
            <numerusform>У гэтым трэкеры ўжо ёсць %n рэкамендацыі; рэкамендацыі кодавай кнігі можна імпартаваць толькі ў пусты трэкер (Файл &gt; Новы трэкер, пусты).</numerusform>
            <numerusform>У гэтым трэкеры ўжо ёсць %n рэкамендацый; рэкамендацыі кодавай кнігі можна імпартаваць толькі ў пусты трэкер (Файл &gt; Новы трэкер, пусты).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This tracker already has %n recommendations; recommendations can only be imported into a blank tracker (File &gt; New, blank).</source>
        <comment>This tracker already has %n recommendation; recommendations can only be imported into a blank tracker (File &gt; New, blank).</comment>
        <translation>
            <numerusform>У гэтым трэкеры ўжо ёсць %n рэкамендацыя; рэкамендацыі можна імпартаваць толькі ў пусты трэкер (Файл &gt; Новы трэкер, пусты).</numerusform>
            <numerusform>У гэтым трэкеры ўжо ёсць %n рэкамендацыі; рэкамендацыі можна імпартаваць толькі ў пусты трэкер (Файл &gt; Новы трэкер, пусты).</numerusform>
            <numerusform>У гэтым трэкеры ўжо ёсць %n рэкамендацый; рэкамендацыі можна імпартаваць толькі ў пусты трэкер (Файл &gt; Новы трэкер, пусты).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The codebook&apos;s status scale has no {codes}, which %n assessments in this tracker use; add those statuses to the codebook (or import it into a blank tracker).</source>
        <comment>The codebook&apos;s status scale has no {codes}, which %n assessment in this tracker use; add those statuses to the codebook (or import it into a blank tracker).</comment>
        <translation>
            <numerusform>У шкале статусаў кодавай кнігі няма {codes}, а ў гэтым трэкеры іх выкарыстоўвае %n ацэнка; дадайце гэтыя статусы ў кодавую кнігу (або імпартуйце яе ў пусты трэкер).</numerusform>
            <numerusform>У шкале статусаў кодавай кнігі няма {codes}, а ў гэтым трэкеры іх выкарыстоўваюць %n ацэнкі; дадайце гэтыя статусы ў кодавую кнігу (або імпартуйце яе ў пусты трэкер).</numerusform>
            <numerusform>У шкале статусаў кодавай кнігі няма {codes}, а ў гэтым трэкеры іх выкарыстоўваюць %n ацэнак; дадайце гэтыя статусы ў кодавую кнігу (або імпартуйце яе ў пусты трэкер).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown column {column!r}; the columns are: {columns}.</source>
        <translation>Невядомы слупок {column!r}; слупкі могуць быць такія: {columns}.</translation>
    </message>
    <message>
        <source>The column {column!r} appears twice.</source>
        <translation>Слупок {column!r} сустракаецца двойчы.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cells but the header has {width}.</source>
        <translation>
            <numerusform>У радку %n ячэйка, а ў загалоўках — {width}.</numerusform>
            <numerusform>У радку %n ячэйкі, а ў загалоўках — {width}.</numerusform>
            <numerusform>У радку %n ячэек, а ў загалоўках — {width}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code {code!r} is used twice (first on line {first}).</source>
        <translation>Код {code!r} выкарыстаны двойчы (упершыню ў радку {first}).</translation>
    </message>
    <message>
        <source>The title {title!r} is used twice (first on line {first}).</source>
        <translation>Назва {title!r} выкарыстана двойчы (упершыню ў радку {first}).</translation>
    </message>
    <message>
        <source>The file has a header row but no recommendations.</source>
        <translation>У файле ёсць радок загалоўкаў, але няма рэкамендацый.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>The required column {column!r} is missing.</source>
        <translation>Няма абавязковага слупка {column!r}.</translation>
    </message>
    <message>
        <source>Unknown column {column!r}; the columns are: {columns} (rename it, delete it, or choose to ignore it).</source>
        <extracomment>The wizard&apos;s overrides: one field (or None) per column, or a dict keyed by column index or header text.</extracomment>
        <translation>Невядомы слупок {column!r}; слупкі могуць быць такія: {columns} (перайменуйце яго, выдаліце або выберыце «ігнараваць гэты слупок»).</translation>
    </message>
    <message>
        <source>Columns {first!r} and {second!r} both give the {field}; keep one.</source>
        <translation>Слупкі {first!r} і {second!r} абодва задаюць поле {field}; пакіньце адзін.</translation>
    </message>
    <message>
        <source>The required column {column!r} (or event_date) is missing.</source>
        <translation>Няма абавязковага слупка {column!r} (або event_date).</translation>
    </message>
    <message>
        <source>The file needs at least one of the columns &apos;title&apos;, &apos;url&apos; or &apos;notes&apos;.</source>
        <translation>Файлу патрэбны хоць бы адзін са слупкоў &apos;title&apos;, &apos;url&apos; або &apos;notes&apos;.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Stable id of existing evidence: the row updates that record (a new uid creates a record with it).</source>
        <extracomment>Every field an import file can fill, in the order the README lists them. A row needs at least one of these (a missing title is taken from the notes). Other names accepted for a field (after normalising: lower case, spaces and &apos;-&apos; as &apos;_&apos;). Columns of our own evidence export that an import reads past (they are set by the tracker). What each field takes (the wizard&apos;s tooltips; translatable, see db.messages).</extracomment>
        <translation>Пастаянны ідэнтыфікатар існага доказу: радок абнаўляе гэты запіс (новы uid стварае запіс з ім).</translation>
    </message>
    <message>
        <source>When it happened: YYYY-MM-DD or YYYYMMDD (alias: event_date).</source>
        <translation>Калі гэта адбылося: YYYY-MM-DD або YYYYMMDD (іншая назва слупка: event_date).</translation>
    </message>
    <message>
        <source>Alpha-2, alpha-3, English name or group:NAME; several separated by |, ; or ,.</source>
        <translation>Код alpha-2, alpha-3, англійская назва або group:НАЗВА; некалькі — праз |, ; або ,.</translation>
    </message>
    <message>
        <source>Recommendation codes or titles; several separated by |, ; or ,.</source>
        <translation>Коды або назвы рэкамендацый; некалькі — праз |, ; або ,.</translation>
    </message>
    <message>
        <source>Short title (taken from the start of the notes when empty).</source>
        <translation>Кароткі загаловак (калі пусты, бярэцца з пачатку нататак).</translation>
    </message>
    <message>
        <source>Web address of the source (http:// or https://).</source>
        <translation>Вэб-адрас крыніцы (http:// або https://).</translation>
    </message>
    <message>
        <source>Archived copy of the source (http:// or https://).</source>
        <translation>Архіўная копія крыніцы (http:// або https://).</translation>
    </message>
    <message>
        <source>When the source was read: YYYY-MM-DD or YYYYMMDD.</source>
        <translation>Калі крыніцу прачыталі: YYYY-MM-DD або YYYYMMDD.</translation>
    </message>
    <message>
        <source>Who published the source.</source>
        <translation>Хто апублікаваў крыніцу.</translation>
    </message>
    <message>
        <source>official, media, ngo, international or other (default other).</source>
        <translation>official, media, ngo, international або other (па змаўчанні other).</translation>
    </message>
    <message>
        <source>Language of the source.</source>
        <translation>Мова крыніцы.</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Адвольны тэкст.</translation>
    </message>
    <message>
        <source>Status code or label: sets every linked cell&apos;s status effective on the date.</source>
        <translation>Код або назва статусу: задае статус кожнай звязанай клеткі з гэтай даты.</translation>
    </message>
    <message>
        <source>Why that status (required with a status).</source>
        <translation>Чаму такі статус (абавязкова разам са статусам).</translation>
    </message>
    <message>
        <source>verified, reported or claimed (default reported; only with a status).</source>
        <translation>verified, reported або claimed (па змаўчанні reported; толькі са статусам).</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Excel workbook, sheet {sheet!r}</source>
        <extracomment>The largest cell the CSV reader accepts at all; longer text is refused by field rules anyway.</extracomment>
        <translation>Кніга Excel, аркуш {sheet!r}</translation>
    </message>
    <message>
        <source>CSV, {encoding}, comma-separated</source>
        <translation>CSV, {encoding}, падзяляльнік — коска</translation>
    </message>
    <message>
        <source>CSV, {encoding}, semicolon-separated</source>
        <translation>CSV, {encoding}, падзяляльнік — кропка з коскай</translation>
    </message>
    <message>
        <source>CSV, {encoding}, tab-separated</source>
        <translation>CSV, {encoding}, падзяляльнік — табуляцыя</translation>
    </message>
    <message>
        <source>CSV, {encoding}, {delimiter!r}-separated</source>
        <translation>CSV, {encoding}, падзяляльнік {delimiter!r}</translation>
    </message>
    <message>
        <source>The workbook cannot be read from here on ({reason}).</source>
        <translation>Кнігу немагчыма прачытаць далей з гэтага месца ({reason}).</translation>
    </message>
    <message>
        <source>A quoted cell starting on this line is never closed (a closing &quot; is missing).</source>
        <translation>Ячэйка ў двукоссі, што пачынаецца ў гэтым радку, не закрыта (не хапае закрывальнага &quot;).</translation>
    </message>
    <message>
        <source>Text follows a closing quote in a cell; put the whole cell in quotes and double any &quot; inside it.</source>
        <translation>У ячэйцы пасля закрывальнага двукосся ідзе тэкст; вазьміце ўсю ячэйку ў двукоссе і падвойце кожнае &quot; унутры.</translation>
    </message>
    <message>
        <source>A cell is longer than {megabytes} MB.</source>
        <translation>Ячэйка даўжэйшая за {megabytes} МБ.</translation>
    </message>
    <message>
        <source>A line break inside a cell that is not in quotes.</source>
        <translation>Разрыў радка ўнутры ячэйкі, якая не ў двукоссі.</translation>
    </message>
    <message>
        <source>The row cannot be read as CSV ({reason}).</source>
        <translation>Радок немагчыма прачытаць як CSV ({reason}).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row naming the columns.</source>
        <extracomment>A file with no header row at all.</extracomment>
        <translation>Файл пусты: патрэбны радок загалоўкаў з назвамі слупкоў.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} немагчыма прачытаць: {reason}.</translation>
    </message>
    <message>
        <source>This is an old-style Excel (.xls) or other binary file; save it as .xlsx or as CSV UTF-8.</source>
        <translation>Гэта стары файл Excel (.xls) або іншы двайковы файл; захавайце яго як .xlsx або як CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {reason}.</source>
        <translation>Файл немагчыма імпартаваць: {reason}.</translation>
    </message>
    <message>
        <source>Unknown text encoding {encoding!r}; use one of: {known}.</source>
        <translation>Невядомае кадаванне тэксту {encoding!r}; выберыце адно з: {known}.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file: it is full of control characters. It looks like UTF-16 text without a byte-order mark: choose UTF-16 as its encoding.</source>
        <translation>Гэта не тэкставы файл (CSV): у ім поўна кіравальных сімвалаў. Падобна на тэкст UTF-16 без меткі парадку байтаў: выберыце для яго кадаванне UTF-16.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file: it is full of control characters. Save it as CSV UTF-8.</source>
        <translation>Гэта не тэкставы файл (CSV): у ім поўна кіравальных сімвалаў. Захавайце яго як CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not valid UTF-8 (byte 0x{byte:02X}{near}), but line {utf8_line} is: the file mixes encodings, and reading it all as one would garble some rows. Choose its encoding (&quot;{mixed}&quot; reads each line as UTF-8, else as Windows-1252), or save it again as CSV UTF-8.</source>
        <translation>Радок {line} — не правільны UTF-8 (байт 0x{byte:02X}{near}), а радок {utf8_line} — правільны: у файле змяшаныя кадаванні, і калі чытаць яго ўвесь у адным, частка радкоў сапсуецца. Выберыце кадаванне файла («{mixed}» чытае кожны радок як UTF-8, інакш як Windows-1252) або зноў захавайце яго як CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not text in UTF-8 or Windows-1252: byte 0x{byte:02X} cannot be read{near}. Choose the file&apos;s encoding, or save it as CSV UTF-8.</source>
        <translation>Радок {line} — не тэкст у UTF-8 або Windows-1252: байт 0x{byte:02X} немагчыма прачытаць{near}. Выберыце кадаванне файла або захавайце яго як CSV UTF-8.</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <extracomment>Byte-order marks that name their encoding (UTF-32 first: its little-endian mark begins with UTF-16&apos;s). The encodings offered by the import wizard and ``--encoding``: (name, label); None is &quot;detect it&quot;. Labels with words are translatable (db.messages) so that the sentences naming an encoding are too.</extracomment>
        <translation>Аўтаматычна (UTF-8, інакш Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (заходнееўрапейскае)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (лацініца-1)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2, Central European)</source>
        <translation>ISO-8859-2 (лацініца-2, цэнтральнаеўрапейскае)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (цэнтральнаеўрапейскае)</translation>
    </message>
    <message>
        <source>UTF-8 and Windows-1252 mixed, line by line</source>
        <translation>UTF-8 і Windows-1252 упераменку, радок за радком</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 з BOM</translation>
    </message>
    <message>
        <source> in “{text}”</source>
        <translation> у «{text}»</translation>
    </message>
    <message>
        <source>Line {line} is not valid {encoding}: byte 0x{byte:02X} cannot be read{near}. Choose another encoding, or save the file as CSV UTF-8.</source>
        <translation>Радок {line} — не правільны тэкст у кадаванні {encoding}: байт 0x{byte:02X} немагчыма прачытаць{near}. Выберыце іншае кадаванне або захавайце файл як CSV UTF-8.</translation>
    </message>
    <message>
        <source>{delimiter!r} cannot separate cells; use &apos;,&apos;, &apos;;&apos; or a tab.</source>
        <extracomment>A character of two to four bytes in UTF-8: rare by chance in text of a one-byte encoding. Where one may start: searched for first, six times faster than the whole pattern.</extracomment>
        <translation>{delimiter!r} не можа падзяляць ячэйкі; выкарыстоўвайце &apos;,&apos;, &apos;;&apos; або табуляцыю.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Імпарт</translation>
    </message>
    <message>
        <source>Everything is written in one step; if anything fails or you cancel, nothing is.</source>
        <translation>Усё запісваецца за адзін крок; калі нешта не атрымаецца або вы скасуеце, нічога не запішацца.</translation>
    </message>
    <message>
        <source>✓ Imported.</source>
        <translation>✓ Імпартавана.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Імпарт скасаваны. Нічога не запісана.</translation>
    </message>
    <message>
        <source>⚠ Nothing was written: %1</source>
        <translation>⚠ Нічога не запісана: %1</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>file</source>
        <extracomment>Counts in the problems&apos; sentences (Qt&apos;s plural forms; see db.messages.Counted). What the Field column names when a problem is not about one field: the whole file, its header row, one row, or its rows (the words are translated; a field&apos;s own name is the file&apos;s column name and is not).</extracomment>
        <translation>файл</translation>
    </message>
    <message>
        <source>header</source>
        <translation>загалоўкі</translation>
    </message>
    <message>
        <source>row</source>
        <translation>радок</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>радкі</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>слупок {number}</translation>
    </message>
    <message>
        <source>line {line}: {field}: {message}</source>
        <translation>радок {line}: {field}: {message}</translation>
    </message>
    <message>
        <source>Same URL (or title without one), date and cells as line {line}: skipped.</source>
        <translation>Той жа URL (або загаловак, калі URL няма), дата і клеткі, што ў радку {line}: прапушчана.</translation>
    </message>
    <message>
        <source>Same URL (or title without one), date and cells as evidence {uid}: skipped.</source>
        <translation>Той жа URL (або загаловак, калі URL няма), дата і клеткі, што ў доказе {uid}: прапушчана.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Нічога не імпартавана.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation>
            <numerusform>%n праблема</numerusform>
            <numerusform>%n праблемы</numerusform>
            <numerusform>%n праблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {problem} ({more}).</source>
        <translation>Нічога не імпартавана (ёсць яшчэ {more}): {said}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Нічога не імпартавана: {said}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Імпарт скасаваны; нічога не запісана.</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <extracomment>Rows validated (and written) together; progress and cancel are checked between batches. The operation the history records for everything an import writes. Duplicate keys of the tracker&apos;s evidence handed to the scratch store at once. A row whose evidence would have neither title, URL nor notes.</extracomment>
        <translation>Дайце доказу хоць бы загаловак, URL або нататкі.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before changing this evidence&apos;s countries.</source>
        <extracomment>An update row that would link archived countries or recommendations: (which, several) -&gt; sentence.</extracomment>
        <translation>У архіве: {codes}; аднавіце яе, перш чым мяняць краіны гэтага доказу.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before changing this evidence&apos;s countries.</source>
        <translation>У архіве: {codes}; аднавіце іх, перш чым мяняць краіны гэтага доказу.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before changing this evidence&apos;s recommendations.</source>
        <translation>У архіве: {codes}; аднавіце яе, перш чым мяняць рэкамендацыі гэтага доказу.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before changing this evidence&apos;s recommendations.</source>
        <translation>У архіве: {codes}; аднавіце іх, перш чым мяняць рэкамендацыі гэтага доказу.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows to import.</source>
        <translation>У файле ёсць радок загалоўкаў, але няма радкоў для імпарту.</translation>
    </message>
    <message>
        <source>The uid {uid} appears more than once in the file (first on line {first}).</source>
        <translation>uid {uid} сустракаецца ў файле больш за адзін раз (упершыню ў радку {first}).</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before adding evidence.</source>
        <translation>У архіве: {codes}; аднавіце іх, перш чым дадаваць доказ.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before adding evidence.</source>
        <translation>У архіве: {codes}; аднавіце з архіва, перш чым дадаваць доказ.</translation>
    </message>
    <message>
        <source>a cell is missing or a quote is misplaced.</source>
        <extracomment>The longest text each evidence field takes from a cell. The longest rationale a cell may give. How each evidence field is checked (plain text when not listed). Date cells remembered (they repeat a lot). A row&apos;s sentences that hold a count (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>не хапае ячэйкі або двукоссе стаіць не там.</translation>
    </message>
    <message>
        <source>a cell may need quotes around it (it contains the delimiter).</source>
        <translation>магчыма, ячэйку трэба ўзяць у двукоссе (у ёй ёсць падзяляльнік).</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cells but the header has {width}; {why}</source>
        <translation>
            <numerusform>У радку %n ячэйка, а ў загалоўках — {width}; {why}</numerusform>
            <numerusform>У радку %n ячэйкі, а ў загалоўках — {width}; {why}</numerusform>
            <numerusform>У радку %n ячэек, а ў загалоўках — {width}; {why}</numerusform>
        </translation>
    </message>
    <message>
        <source>This column has no name in the header but the row has a value in it.</source>
        <translation>У загалоўках у гэтага слупка няма назвы, але ў радку ў ім ёсць значэнне.</translation>
    </message>
    <message>
        <source>Unknown recommendations {items}: use a code ({codes}) or a title.</source>
        <translation>Невядомыя рэкамендацыі {items}: пішыце код ({codes}) або назву.</translation>
    </message>
    <message>
        <source>Unknown recommendation {items}: use a code ({codes}) or a title.</source>
        <translation>Невядомая рэкамендацыя {items}: пішыце код ({codes}) або назву.</translation>
    </message>
    <message>
        <source>At least one recommendation is required.</source>
        <translation>Патрэбна хоць бы адна рэкамендацыя.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}; use one of: {codes} (or its label).</source>
        <translation>Невядомы статус {status!r}; выкарыстоўвайце адзін з кодаў: {codes} (або назву статусу).</translation>
    </message>
    <message>
        <source>{label!r} is where every cell starts; choose a judgement instead.</source>
        <translation>{label!r} — пачатковы стан кожнай клеткі; выберыце замест яго ацэнку.</translation>
    </message>
    <message>
        <source>A rationale was given without a status to set.</source>
        <translation>Абгрунтаванне дадзена без статусу, які трэба задаць.</translation>
    </message>
    <message>
        <source>A confidence was given without a status to set.</source>
        <translation>Надзейнасць дадзена без статусу, які трэба задаць.</translation>
    </message>
    <message>
        <source>A status needs a rationale (why that status).</source>
        <translation>Статусу патрэбна абгрунтаванне (чаму такі статус).</translation>
    </message>
    <message>
        <source> (for a group write {groups})</source>
        <translation> (для групы пішыце {groups})</translation>
    </message>
    <message>
        <source>Unknown countries {items}: use an ISO code, an English name or group:NAME{hint}.</source>
        <translation>Невядомыя краіны {items}: пішыце код ISO, англійскую назву або group:НАЗВА{hint}.</translation>
    </message>
    <message>
        <source>Unknown country {items}: use an ISO code, an English name or group:NAME{hint}.</source>
        <translation>Невядомая краіна {items}: пішыце код ISO, англійскую назву або group:НАЗВА{hint}.</translation>
    </message>
    <message>
        <source>The groups named here have no tracked members.</source>
        <translation>У названых тут груп няма краін, якія адсочваюцца.</translation>
    </message>
    <message>
        <source>At least one country (or group:NAME) is required.</source>
        <translation>Патрэбна хоць бы адна краіна (або group:НАЗВА).</translation>
    </message>
    <message>
        <source>Not tracked in this tracker: {names}. Add them first, or import with the option to add countries.</source>
        <translation>Гэты трэкер не адсочвае: {names}. Спачатку дадайце іх або імпартуйце з дадаваннем новых краін.</translation>
    </message>
    <message>
        <source>Not tracked in this tracker: {names}. Add it first, or import with the option to add countries.</source>
        <translation>Гэты трэкер не адсочвае: {names}. Спачатку дадайце яе або імпартуйце з дадаваннем новых краін.</translation>
    </message>
</context>
<context>
    <name>ImportRunTexts</name>
    <message numerus="yes">
        <source>%Ln rows read…</source>
        <translation>
            <numerusform>Прачытаны %Ln радок…</numerusform>
            <numerusform>Прачытана %Ln радкі…</numerusform>
            <numerusform>Прачытана %Ln радкоў…</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход працы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасаванне…</translation>
    </message>
</context>
<context>
    <name>ImportTotals</name>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <extracomment>The summary&apos;s counts (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>
            <numerusform>%n радок</numerusform>
            <numerusform>%n радкі</numerusform>
            <numerusform>%n радкоў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новы</numerusform>
            <numerusform>%n новыя</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n абноўлены</numerusform>
            <numerusform>%n абноўленыя</numerusform>
            <numerusform>%n абноўленых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без змен</numerusform>
            <numerusform>%n без змен</numerusform>
            <numerusform>%n без змен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <comment>%n duplicate skipped</comment>
        <translation>
            <numerusform>%n паўтор прапушчаны</numerusform>
            <numerusform>%n паўторы прапушчаныя</numerusform>
            <numerusform>%n паўтораў прапушчана</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statuses set</source>
        <comment>%n status set</comment>
        <translation>
            <numerusform>%n статус зададзены</numerusform>
            <numerusform>%n статусы зададзеныя</numerusform>
            <numerusform>%n статусаў зададзена</numerusform>
        </translation>
    </message>
    <message>
        <source>countries added: {codes}</source>
        <translation>дададзеныя краіны: {codes}</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <comment>%n error</comment>
        <translation>
            <numerusform>%n памылка</numerusform>
            <numerusform>%n памылкі</numerusform>
            <numerusform>%n памылак</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import evidence</source>
        <translation>Імпарт доказаў</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далей &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыць</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпартаваць</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <source>Line</source>
        <translation>Радок</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Праблема</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared tracker</source>
        <translation>Далучыцца да агульнага трэкера</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Ask to join.&lt;/b&gt; Send your join code (or the join file) to the tracker&apos;s coordinator, and read your fingerprint to them by another channel.</source>
        <translation>&lt;b&gt;1. Папрасіцеся ўдзельнічаць.&lt;/b&gt; Дашліце свой код далучэння (або файл далучэння) каардынатару трэкера і прачытайце яму свой адбітак іншым каналам.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваша імя</translation>
    </message>
    <message>
        <source>As the other members will see it</source>
        <translation>Як яго ўбачаць іншыя ўдзельнікі</translation>
    </message>
    <message>
        <source>&amp;Make join code</source>
        <translation>&amp;Зрабіць код далучэння</translation>
    </message>
    <message>
        <source>Make join code</source>
        <translation>Зрабіць код далучэння</translation>
    </message>
    <message>
        <source>Your join code</source>
        <translation>Ваш код далучэння</translation>
    </message>
    <message>
        <source>Your join code appears here.</source>
        <translation>Тут з’явіцца ваш код далучэння.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ваш адбітак</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Ска&amp;піяваць код</translation>
    </message>
    <message>
        <source>Copy the join code</source>
        <translation>Скапіяваць код далучэння</translation>
    </message>
    <message>
        <source>Save join &amp;file…</source>
        <translation>Захаваць &amp;файл далучэння…</translation>
    </message>
    <message>
        <source>Save the join file</source>
        <translation>Захаваць файл далучэння</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Join.&lt;/b&gt; Once the coordinator has added you and the folder has synced, choose the folder and where your own copy goes.</source>
        <translation>&lt;b&gt;2. Далучыцеся.&lt;/b&gt; Калі каардынатар дадасць вас і папка сінхранізуецца, выберыце папку і месца для сваёй копіі.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Агульная папка</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбраць…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Выбраць агульную папку</translation>
    </message>
    <message>
        <source>Your copy of the tracker</source>
        <translation>Ваша копія трэкера</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Вы&amp;браць…</translation>
    </message>
    <message>
        <source>Choose where your copy goes</source>
        <translation>Выбраць, дзе будзе ваша копія</translation>
    </message>
    <message>
        <source>The coordinator&apos;s fingerprint</source>
        <translation>Адбітак каардынатара</translation>
    </message>
    <message>
        <source>As the coordinator told you, e.g. NWJ1-86S4-QW1D-4WQ5</source>
        <translation>Як сказаў вам каардынатар, напр. NWJ1-86S4-QW1D-4WQ5</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваша &amp;імя:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Код далучэння:</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>Ваш адбітак:</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Агульная &amp;папка:</translation>
    </message>
    <message>
        <source>Your &amp;copy:</source>
        <translation>Ваша к&amp;опія:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fin&amp;gerprint:</source>
        <translation>Адбіта&amp;к каардынатара:</translation>
    </message>
    <message>
        <source>Why joining did not work</source>
        <translation>Чаму не ўдалося далучыцца</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Далучэнне</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Далучыцца</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Далучыцца</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Спачатку ўвядзіце сваю імя.</translation>
    </message>
    <message>
        <source>Join files (*.ptjoin);;All files (*)</source>
        <translation>Файлы далучэння (*.ptjoin);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>The join file could not be saved: %1.</source>
        <translation>Не ўдалося захаваць файл далучэння: %1.</translation>
    </message>
    <message>
        <source>Where your copy goes</source>
        <translation>Дзе будзе ваша копія</translation>
    </message>
    <message>
        <source>Policy trackers (*.db);;All files (*)</source>
        <translation>Трэкеры палітык (*.db);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Choose the shared folder and where your copy goes first.</source>
        <translation>Спачатку выберыце агульную папку і месца для копіі.</translation>
    </message>
    <message>
        <source>Type the coordinator&apos;s fingerprint, as they told you.</source>
        <translation>Увядзіце адбітак каардынатара так, як ён вам сказаў.</translation>
    </message>
    <message>
        <source>Building your copy from the shared folder…</source>
        <translation>Ствараецца ваша копія з агульнай папкі…</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>The file in the app&apos;s data folder where unexpected errors&apos; tracebacks go.</extracomment>
        <translation>Нешта пайшло не так</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>* not graded (under half assessed)</source>
        <extracomment>The matrix&apos;s other marks, explained after the statuses. Explained while review is on or any proposal waits (:func:`matrix_marks`).</extracomment>
        <translation>* без выніковай ацэнкі (ацэнена менш за палову)</translation>
    </message>
    <message>
        <source>* not graded (under all assessed)</source>
        <translation>* без выніковай ацэнкі (ацэнена не ўсё)</translation>
    </message>
    <message>
        <source>* not graded (under %1 assessed)</source>
        <translation>* без выніковай ацэнкі (ацэнена менш за %1)</translation>
    </message>
    <message>
        <source>%1 needs review</source>
        <translation>%1 патрабуе праверкі</translation>
    </message>
    <message>
        <source>number = pieces of evidence</source>
        <translation>лік = колькасць доказаў</translation>
    </message>
    <message>
        <source>%1 proposed, waiting for review</source>
        <translation>%1 прапанавана, чакае праверкі</translation>
    </message>
    <message>
        <source>%1 conflicting judgements</source>
        <translation>%1 канфліктныя ацэнкі</translation>
    </message>
    <message>
        <source>▲▼ outlined: changed since the comparison date</source>
        <translation>▲▼ у рамцы: змянілася пасля даты параўнання</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Only web links (http or https) are opened: %1</source>
        <translation>Адкрываюцца толькі вэб-спасылкі (http або https): %1</translation>
    </message>
    <message>
        <source>This link was not opened. %1</source>
        <translation>Гэтая спасылка не адкрыта. %1</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>нікуды</translation>
    </message>
    <message>
        <source>This link was not opened: it shows %1 but would open %2. Check the address in the evidence and correct it.</source>
        <translation>Гэтая спасылка не адкрыта: яна паказвае %1, а адкрыла б %2. Праверце адрас у доказе і выпраўце яго.</translation>
    </message>
    <message>
        <source>This evidence has no link</source>
        <translation>У гэтага доказу няма спасылкі</translation>
    </message>
    <message>
        <source>Opens %1 in your browser. Careful: the address mixes alphabets.</source>
        <translation>Адкрывае %1 у браўзеры. Увага: у адрасе змешаны алфавіты.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Адкрывае %1 у браўзеры</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Evidence</source>
        <extracomment>How long after the window is first shown the day&apos;s backup starts (after the first paint, off the start-up path). The actions that change the tracker: disabled while it is open read-only (db.store.Tracker.read_only).</extracomment>
        <translation>Доказы</translation>
    </message>
    <message>
        <source>Scorecards page</source>
        <translation>Старонка «Ацэнкі краін»</translation>
    </message>
    <message>
        <source>History page</source>
        <translation>Старонка «Гісторыя»</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Старонка «Праверка»</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Віды</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Матрыца</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>До&amp;казы</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>&amp;Ацэнкі краін</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Гісторыя</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>П&amp;раверка</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Толькі для чытання</translation>
    </message>
    <message>
        <source>That proposal no longer exists (it was undone); the History tab keeps what it said.</source>
        <translation>Гэтай прапановы больш няма (яе адмянілі); на ўкладцы «Гісторыя» захавана, што ў ёй было.</translation>
    </message>
    <message>
        <source>&amp;Review (%1)</source>
        <translation>П&amp;раверка (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed statuses waiting for your review</source>
        <translation>
            <numerusform>%Ln прапанаваны статус чакае вашай праверкі</numerusform>
            <numerusform>%Ln прапанаваныя статусы чакаюць вашай праверкі</numerusform>
            <numerusform>%Ln прапанаваных статусаў чакаюць вашай праверкі</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed statuses and their review</source>
        <translation>Прапанаваныя статусы і іх праверка</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>у памяці</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (толькі для чытання)</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Толькі для чытання: %1</translation>
    </message>
    <message>
        <source>%1 is not in %2: showing all countries.</source>
        <translation>%1 няма ў групе %2: паказаны ўсе краіны.</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Новы доказ</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задаць статус</translation>
    </message>
    <message>
        <source>Select a cell of the matrix first (a country and a recommendation).</source>
        <translation>Спачатку выберыце клетку матрыцы (краіну і рэкамендацыю).</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Змяніць доказ</translation>
    </message>
    <message>
        <source>That evidence no longer exists.</source>
        <translation>Гэтага доказу больш няма.</translation>
    </message>
    <message>
        <source>This evidence no longer exists: another program deleted it. What you typed is kept; add it again as new evidence if it is still needed.</source>
        <translation>Гэтага доказу больш няма: яго выдаліла іншая праграма. Тое, што вы ўвялі, захавана; дадайце яго зноў як новы доказ, калі ён яшчэ патрэбны.</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Архіваваць доказ</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Кодавая кніга</translation>
    </message>
    <message>
        <source>Countries and groups</source>
        <translation>Краіны і групы</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Адкрыць спасылку</translation>
    </message>
    <message>
        <source>This link&apos;s address mixes alphabets, so it can pass for another site&apos;s:

%1

Open it?</source>
        <translation>У адрасе гэтай спасылкі змешаны алфавіты, таму ён можа выдаваць сябе за адрас іншага сайта:

%1

Адкрыць яго?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Адкрываецца %1…</translation>
    </message>
    <message>
        <source>No browser could open %1.

Copy the link, to paste it into a browser?</source>
        <translation>Ніводны браўзер не змог адкрыць %1.

Скапіяваць спасылку, каб уставіць яе ў браўзер?</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Скапіяваць спасылку</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Спасылка скапіявана: %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>— ignore this column —</source>
        <translation>— ігнараваць гэты слупок —</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>Папярэдні прагляд і слупкі</translation>
    </message>
    <message>
        <source>Check the first rows; match any column whose name differs from the tracker&apos;s fields.</source>
        <translation>Праверце першыя радкі; супастаўце кожны слупок, назва якога адрозніваецца ад палёў трэкера.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Фармат файла</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Папярэдні прагляд файла</translation>
    </message>
    <message>
        <source>Column problems</source>
        <translation>Праблемы са слупкамі</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — which field each column of the file fills</source>
        <translation>&lt;b&gt;Слупкі&lt;/b&gt; — якое поле запаўняе кожны слупок файла</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln columns</source>
        <translation>
            <numerusform>%1: %2, %Ln слупок</numerusform>
            <numerusform>%1: %2, %Ln слупкі</numerusform>
            <numerusform>%1: %2, %Ln слупкоў</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(слупок %1 без назвы)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Поле для слупка %1</translation>
    </message>
</context>
<context>
    <name>MatrixImage</name>
    <message>
        <source>Score: weighted mean of the assessed recommendations, 0–100; recommendations not assessed are left out.</source>
        <translation>Бал: сярэдняе ўзважанае ацэненых рэкамендацый, 0–100; неацэненыя рэкамендацыі не ўлічваюцца.</translation>
    </message>
    <message numerus="yes">
        <source>* Not graded: fewer than %1 of the %Ln recommendations assessed (no grade, no rank).</source>
        <comment>* Not graded: fewer than %1 of the %Ln recommendation assessed (no grade, no rank).</comment>
        <translation>
            <numerusform>* Без выніковай ацэнкі: ацэнена менш за %1 з %Ln рэкамендацыі (без адзнакі і месца).</numerusform>
            <numerusform>* Без выніковай ацэнкі: ацэнена менш за %1 з %Ln рэкамендацый (без адзнакі і месца).</numerusform>
            <numerusform>* Без выніковай ацэнкі: ацэнена менш за %1 з %Ln рэкамендацый (без адзнакі і месца).</numerusform>
        </translation>
    </message>
    <message>
        <source>Grades: %1.</source>
        <translation>Адзнакі: %1.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Слупкі: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %Ln countries with no assessed recommendation.</source>
        <comment>Not shown: %Ln country with no assessed recommendation.</comment>
        <translation>
            <numerusform>Не паказана %Ln краіна без ацэненых рэкамендацый.</numerusform>
            <numerusform>Не паказаны %Ln краіны без ацэненых рэкамендацый.</numerusform>
            <numerusform>Не паказана %Ln краін без ацэненых рэкамендацый.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln countries in rank order; the rest are in the reports.</source>
        <translation>
            <numerusform>Паказаны першыя %1 з %Ln краіны паводле месца; астатнія — у справаздачах.</numerusform>
            <numerusform>Паказаны першыя %1 з %Ln краін паводле месца; астатнія — у справаздачах.</numerusform>
            <numerusform>Паказаны першыя %1 з %Ln краін паводле месца; астатнія — у справаздачах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated on %1 with Policy Tracker %2.</source>
        <translation>Створана %1 у Policy Tracker %2.</translation>
    </message>
    <message>
        <source>Status matrix</source>
        <translation>Матрыца статусаў</translation>
    </message>
    <message>
        <source> · group %1</source>
        <translation> · група %1</translation>
    </message>
    <message>
        <source>Status of each recommendation, as of %1</source>
        <translation>Статус кожнай рэкамендацыі на %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Score
(0–100)</source>
        <translation>Бал
(0–100)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Адзнака</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Ацэнена</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>No country has an assessed recommendation yet.</source>
        <translation>Пакуль ні ў адной краіны няма ацэненых рэкамендацый.</translation>
    </message>
    <message>
        <source>No countries tracked.</source>
        <translation>Няма краін для назірання.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Country</source>
        <extracomment>The roles the model answers (the rest, which the view and the delegate ask of every cell and header section they paint, are turned away at once: a few hundred calls into Python at the first paint). The mark of a cell with conflicting judgements (two statuses set on two copies of a shared tracker). The mark of a cell with a proposed status waiting for review. Vowels of the six languages&apos; alphabets (Latin, Polish, Lithuanian, Cyrillic), for :func:`soft_hyphens`. The sort value of a cell without one (unassessed, unscored, not graded): the proxy sets it to sort after every other value in the direction it sorts. The fixed columns&apos; headers in the interface&apos;s language (asked at every paint of the header).</extracomment>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Ахоп</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Адзнака</translation>
    </message>
    <message>
        <source>Proposed: %1 (by %2, waiting for review); approved: %3</source>
        <translation>Прапанавана: %1 (аўтар: %2, чакае праверкі); зацверджана: %3</translation>
    </message>
    <message>
        <source>; scores count the proposed status</source>
        <translation>; балы ўлічваюць прапанаваны статус</translation>
    </message>
    <message>
        <source>Conflicting judgements</source>
        <translation>Канфліктныя ацэнкі</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, weight %3)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, вага %3)&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Weighted mean of the assessed cells (0–100); unassessed cells are left out.</source>
        <translation>Сярэдняе ўзважанае ацэненых клетак (0–100); неацэненыя клеткі не ўлічваюцца.</translation>
    </message>
    <message>
        <source>How many recommendations are assessed. </source>
        <translation>Колькі рэкамендацый ацэнена. </translation>
    </message>
    <message>
        <source>Grade band of the score: %1. — : not graded (too little assessed, or nothing).</source>
        <translation>Адзнака паводле бала: %1. — : без выніковай ацэнкі (ацэнена замала або нічога).</translation>
    </message>
    <message>
        <source>statuses set on two copies without seeing each other (File › Conflicts…)</source>
        <translation>статусы зададзены ў дзвюх копіях без ведама адна пра адну (Файл › Канфлікты…)</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Status matrix</source>
        <extracomment>Whether any cell shows a change since the comparison date (the view sets it from its model): when none does, painting a cell asks the model one question, not two. The pending proposal of a cell (the view sets it to its model&apos;s state): a dict lookup, no model call. Whether a cell has conflicting judgements (the view sets it to its model&apos;s state): a set lookup. Each status&apos;s colour, for the ◆ of a proposed one. What every cell of one paint of the view shares (palette, font, pixel ratio), set by the view around its paint so each cell need not ask the option for copies of them. The matrix header&apos;s usual height: four lines of a title.</extracomment>
        <translation>Матрыца статусаў</translation>
    </message>
    <message>
        <source>Countries in rows, recommendations in columns; each cell is a country&apos;s status on a recommendation.</source>
        <translation>Краіны ў радках, рэкамендацыі ў слупках; кожная клетка — статус краіны па рэкамендацыі.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members</source>
        <translation>Удзельнікі</translation>
    </message>
    <message>
        <source>Last sync report</source>
        <translation>Справаздача апошняй сінхранізацыі</translation>
    </message>
    <message>
        <source>Why it did not work</source>
        <translation>Чаму не атрымалася</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Дадаць…</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Дадаць удзельніка</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Выдаліць…</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Выдаліць вылучанага ўдзельніка</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Сінхранізаваць зараз</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Сінхранізаваць зараз</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Апошняя сінхранізацыя:</translation>
    </message>
    <message>
        <source>This tracker is not shared.</source>
        <translation>Гэты трэкер не абагулены.</translation>
    </message>
    <message>
        <source>Shared through %1. Your fingerprint: %2</source>
        <translation>Абагулены праз %1. Ваш адбітак: %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Сінхранізацыя…</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Апошняя сінхранізацыя не ўдалася: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Яшчэ не сінхранізавана.</translation>
    </message>
    <message>
        <source>%1: sent %2, applied %3, waiting %4, refused %5.</source>
        <translation>%1: адпраўлена %2, ужыта %3, чакае %4, адхілена %5.</translation>
    </message>
    <message>
        <source>Waiting: %1 — %2</source>
        <translation>Чакае: %1 — %2</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Адхілены: %1 — %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заўвага: %1</translation>
    </message>
    <message>
        <source>Only a coordinator can add and remove members.</source>
        <translation>Дадаваць і выдаляць удзельнікаў можа толькі каардынатар.</translation>
    </message>
    <message>
        <source>Remove %1 from this shared tracker? The tracker key is rotated: a new key goes to every other member, and files %1 writes from now on are refused. What they already have stays with them.</source>
        <translation>Выдаліць %1 з гэтага агульнага трэкера? Ключ трэкера будзе заменены: новы ключ атрымаюць усе астатнія ўдзельнікі, а файлы, якія %1 запіша з гэтага моманту, будуць адхіляцца. Тое, што ўжо ёсць у гэтага ўдзельніка, застаецца ў яго.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Выдаліць удзельніка</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Ідзе сінхранізацыя; паспрабуйце крыху пазней.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Хто дадаў</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Дададзены</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>Апошні файл</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Запісаны</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Адбітак</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Выдалены %1</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Каардынатар</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Удзельнік</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Пакуль няма</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Main toolbar</source>
        <translation>Галоўная панэль інструментаў</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Нядаўнія &amp;трэкеры</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Праўка</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Д&amp;оказы</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Выгляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
</context>
<context>
    <name>Methodology</name>
    <message>
        <source>confirmed by an independent source or by the text of the measure itself</source>
        <translation>пацверджана незалежнай крыніцай або самім тэкстам меры</translation>
    </message>
    <message>
        <source>reported by a credible source, not yet independently verified</source>
        <translation>паведамлена надзейнай крыніцай, яшчэ не праверана незалежна</translation>
    </message>
    <message>
        <source>stated by the government itself; a claim, not a verification</source>
        <translation>заяўлена самім урадам; гэта сцвярджэнне, а не праверка</translation>
    </message>
    <message>
        <source>verified</source>
        <comment>confidence level</comment>
        <translation>праверана</translation>
    </message>
    <message>
        <source>reported</source>
        <comment>confidence level</comment>
        <translation>паведамлена</translation>
    </message>
    <message>
        <source>claimed</source>
        <comment>confidence level</comment>
        <translation>заяўлена</translation>
    </message>
    <message>
        <source>half</source>
        <comment>at least half of the recommendations</comment>
        <translation>палова</translation>
    </message>
    <message>
        <source>all</source>
        <comment>at least all of the recommendations</comment>
        <translation>усе</translation>
    </message>
    <message>
        <source>Every country with a score is graded and ranked.</source>
        <translation>Кожная краіна з балам атрымлівае адзнаку і месца.</translation>
    </message>
    <message>
        <source>A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade and a rank; with fewer it has a score but is not graded.</source>
        <translation>Каб атрымаць адзнаку і месца, у краіны павінна быць ацэнена прынамсі %1 яе рэкамендацый (%2 з %3); калі менш, у яе ёсць бал, але няма выніковай ацэнкі.</translation>
    </message>
    <message>
        <source>%1: %2 and above</source>
        <translation>%1: %2 і вышэй</translation>
    </message>
    <message>
        <source>%1: below %2</source>
        <translation>%1: ніжэй за %2</translation>
    </message>
    <message>
        <source>%1: %2 to under %3</source>
        <translation>%1: ад %2 да %3 (не ўключна)</translation>
    </message>
    <message>
        <source>below %1: no grade</source>
        <translation>ніжэй за %1: без адзнакі</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рэкамендацыя</translation>
    </message>
    <message>
        <source>In the words of the source</source>
        <translation>Словамі крыніцы</translation>
    </message>
    <message>
        <source>no translation yet</source>
        <translation>перакладу пакуль няма</translation>
    </message>
    <message>
        <source>In the words of the source (original, English)</source>
        <translation>Словамі крыніцы (арыгінал, па-англійску)</translation>
    </message>
    <message>
        <source>Translation (not the source&apos;s words)</source>
        <translation>Пераклад (не словы крыніцы)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no score</comment>
        <translation>няма</translation>
    </message>
    <message>
        <source>All recommendations weigh the same.</source>
        <translation>Усе рэкамендацыі маюць аднолькавую вагу.</translation>
    </message>
    <message>
        <source>Weights: %1.</source>
        <translation>Вагі: %1.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Метадалогія</translation>
    </message>
    <message numerus="yes">
        <source>Every score is given with its coverage: how many of the %Ln recommendations are assessed.</source>
        <comment>Every score is given with its coverage: whether its %Ln recommendation is assessed.</comment>
        <translation>
            <numerusform>Кожны бал пададзены з ахопам: колькі з %Ln рэкамендацыі ацэнена.</numerusform>
            <numerusform>Кожны бал пададзены з ахопам: колькі з %Ln рэкамендацый ацэнена.</numerusform>
            <numerusform>Кожны бал пададзены з ахопам: колькі з %Ln рэкамендацый ацэнена.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The codebook&apos;s &lt;i&gt;min_coverage_for_grade&lt;/i&gt; is %1.) A score without a grade is marked &lt;i&gt;not graded&lt;/i&gt;: it says little yet.</source>
        <translation>(У кодавай кнізе &lt;i&gt;min_coverage_for_grade&lt;/i&gt; = %1.) Бал без адзнакі пазначаны як &lt;i&gt;без выніковай ацэнкі&lt;/i&gt;: ён пакуль мала пра што сведчыць.</translation>
    </message>
    <message numerus="yes">
        <source>A recommendation&apos;s status is its assessment with the latest effective date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn is cited. A status whose effective date is more than %Ln days before the report date is marked &lt;i&gt;review due&lt;/i&gt;: it should be checked again.</source>
        <comment>A recommendation&apos;s status is its assessment with the latest effective date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn is cited. A status whose effective date is more than %Ln day before the report date is marked &lt;i&gt;review due&lt;/i&gt;: it should be checked again.</comment>
        <translation>
            <numerusform>Статус рэкамендацыі — гэта яе ацэнка з найпазнейшай датай уступлення ў сілу на дату справаздачы або раней (пры роўных датах — запісаная апошняй). Цытуюцца толькі доказы з датай на дату справаздачы або раней, якія не адкліканы. Статус, які ўступіў у сілу больш чым за %Ln дзень да даты справаздачы, пазначаны як &lt;i&gt;трэба праверыць&lt;/i&gt;: яго варта праверыць зноў.</numerusform>
            <numerusform>Статус рэкамендацыі — гэта яе ацэнка з найпазнейшай датай уступлення ў сілу на дату справаздачы або раней (пры роўных датах — запісаная апошняй). Цытуюцца толькі доказы з датай на дату справаздачы або раней, якія не адкліканы. Статус, які ўступіў у сілу больш чым за %Ln дні да даты справаздачы, пазначаны як &lt;i&gt;трэба праверыць&lt;/i&gt;: яго варта праверыць зноў.</numerusform>
            <numerusform>Статус рэкамендацыі — гэта яе ацэнка з найпазнейшай датай уступлення ў сілу на дату справаздачы або раней (пры роўных датах — запісаная апошняй). Цытуюцца толькі доказы з датай на дату справаздачы або раней, якія не адкліканы. Статус, які ўступіў у сілу больш чым за %Ln дзён да даты справаздачы, пазначаны як &lt;i&gt;трэба праверыць&lt;/i&gt;: яго варта праверыць зноў.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source&apos;s own words are quoted in the original English; the translation beside them is ours, made for this report&apos;s readers, not the source&apos;s words.</source>
        <translation>Уласныя словы крыніцы цытуюцца ў арыгінале па-англійску; пераклад побач з імі зрабілі мы для чытачоў гэтай справаздачы, гэта не словы крыніцы.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значэнне</translation>
    </message>
    <message>
        <source>Each government&apos;s position on each recommendation is judged on this scale, from the codebook of this tracker. Every judgement states its effective date, a rationale and its sources.</source>
        <translation>Пазіцыя кожнага ўрада па кожнай рэкамендацыі ацэньваецца па гэтай шкале з кодавай кнігі гэтага трэкера. Кожная ацэнка называе дату, з якой дзейнічае, абгрунтаванне і крыніцы.</translation>
    </message>
    <message>
        <source>A country&apos;s score is the weighted mean of the scores of its &lt;i&gt;assessed&lt;/i&gt; recommendations, from 0 to 100, with one decimal. Recommendations not assessed are left out, never counted as 0.</source>
        <translation>Бал краіны — сярэдняе ўзважанае балаў яе &lt;i&gt;ацэненых&lt;/i&gt; рэкамендацый, ад 0 да 100, з адным знакам пасля коскі. Неацэненыя рэкамендацыі не ўлічваюцца і ніколі не лічацца як 0.</translation>
    </message>
    <message>
        <source>%1. Ranks are among the graded countries, shared by countries with equal scores; countries with no assessed recommendation have no score, grade or rank.</source>
        <translation>%1. Месцы размяркоўваюцца сярод краін з адзнакай; краіны з аднолькавым балам займаюць адно месца; краіны без ацэненых рэкамендацый не маюць ні бала, ні адзнакі, ні месца.</translation>
    </message>
    <message>
        <source>Status scale.</source>
        <translation>Шкала статусаў.</translation>
    </message>
    <message>
        <source>Score.</source>
        <translation>Бал.</translation>
    </message>
    <message>
        <source>Coverage.</source>
        <translation>Ахоп.</translation>
    </message>
    <message>
        <source>Grades and ranks.</source>
        <translation>Адзнакі і месцы.</translation>
    </message>
    <message>
        <source>Current status and dates.</source>
        <translation>Бягучы статус і даты.</translation>
    </message>
    <message>
        <source>Confidence.</source>
        <translation>Упэўненасць.</translation>
    </message>
    <message>
        <source>The recommendations.</source>
        <translation>Рэкамендацыі.</translation>
    </message>
</context>
<context>
    <name>NewTrackerDialog</name>
    <message>
        <source>New tracker</source>
        <translation>Новы трэкер</translation>
    </message>
    <message>
        <source>Default: the article&apos;s five recommendations and 37 Western countries</source>
        <translation>Па змаўчанні: пяць рэкамендацый з артыкула і 37 заходніх краін</translation>
    </message>
    <message>
        <source>Blank: the status scale only; add recommendations and countries yourself</source>
        <translation>Пусты: толькі шкала статусаў; рэкамендацыі і краіны дадайце самі</translation>
    </message>
    <message>
        <source>From a codebook file (JSON)…</source>
        <translation>З файла кодавай кнігі (JSON)…</translation>
    </message>
    <message>
        <source>Default codebook</source>
        <translation>Кодавая кніга па змаўчанні</translation>
    </message>
    <message>
        <source>Blank tracker</source>
        <translation>Пусты трэкер</translation>
    </message>
    <message>
        <source>Codebook file</source>
        <translation>Файл кодавай кнігі</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбраць файл…</translation>
    </message>
    <message>
        <source>Choose codebook file</source>
        <translation>Выбраць файл кодавай кнігі</translation>
    </message>
    <message>
        <source>Start the new tracker from:</source>
        <translation>Пачаць новы трэкер з:</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Known</source>
        <translation>Вядомая</translation>
    </message>
    <message>
        <source>%1 known</source>
        <translation>%1: вядомая</translation>
    </message>
</context>
<context>
    <name>PdfFooter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Старонка %1 з %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налады</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваша імя</translation>
    </message>
    <message>
        <source>Recorded with every change you make</source>
        <translation>Запісваецца з кожнай вашай зменай</translation>
    </message>
    <message>
        <source>Review interval in days</source>
        <translation>Інтэрвал перагляду ў днях</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дз.</translation>
    </message>
    <message>
        <source>The tracker&apos;s own setting</source>
        <translation>Налада самога трэкера</translation>
    </message>
    <message>
        <source>Add a byte-order mark to CSV files (Excel reads accents correctly)</source>
        <translation>Дадаваць у файлы CSV метку парадку байтаў (Excel правільна чытае літары з дыякрытыкай)</translation>
    </message>
    <message>
        <source>CSV byte-order mark</source>
        <translation>Метка парадку байтаў у CSV</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтэрфейсу</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Як у сістэме (%1)</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Калі мова змяняецца</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ваша &amp;імя</translation>
    </message>
    <message>
        <source>&amp;Review interval</source>
        <translation>Інтэрвал &amp;перагляду</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>A status older than the review interval is flagged ⚑ in the matrix.</source>
        <translation>Статус, старэйшы за інтэрвал перагляду, пазначаецца ⚑ у матрыцы.</translation>
    </message>
    <message>
        <source>The interface&apos;s language is applied when Policy Tracker starts.</source>
        <translation>Мова інтэрфейсу ўжываецца пры запуску Policy Tracker.</translation>
    </message>
    <message>
        <source>Restart Policy Tracker to see it in %1: the language changes the next time it starts.</source>
        <translation>Перазапусціце Policy Tracker, каб убачыць яго на мове «%1»: мова зменіцца пры наступным запуску.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Радок</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>%1 progress</source>
        <extracomment>``job(tracker, progress, cancelled)``: ``progress(done)`` says how far it got; ``cancelled()`` asks whether to stop. Progress is passed on to the dialog at most this often (a big export has thousands of chunks).</extracomment>
        <translation>%1: ход працы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Запісана радкоў</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Праца ідзе</translation>
    </message>
    <message numerus="yes">
        <source>%1… %2 of %Ln rows (%3%)</source>
        <translation>
            <numerusform>%1… %2 з %Ln радка (%3%)</numerusform>
            <numerusform>%1… %2 з %Ln радкоў (%3%)</numerusform>
            <numerusform>%1… %2 з %Ln радкоў (%3%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1… %Ln rows written</source>
        <translation>
            <numerusform>%1… запісаны %Ln радок</numerusform>
            <numerusform>%1… запісана %Ln радкі</numerusform>
            <numerusform>%1… запісана %Ln радкоў</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасаванне…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OK</source>
        <translation>Добра</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Discard throws away what you typed; Cancel returns to the form.</source>
        <translation>«Адкінуць» выкідае ўведзенае; «Скасаваць» вяртае да формы.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Адкінуць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Захаваць змены?</translation>
    </message>
</context>
<context>
    <name>ProposedBanner</name>
    <message>
        <source>Including proposed statuses</source>
        <translation>З улікам прапанаваных статусаў</translation>
    </message>
    <message>
        <source>Proposed statuses counted</source>
        <translation>Прапанаваныя статусы ўлічваюцца</translation>
    </message>
    <message>
        <source>Approved only</source>
        <translation>Толькі зацверджаныя</translation>
    </message>
    <message>
        <source>Count approved statuses only</source>
        <translation>Улічваць толькі зацверджаныя статусы</translation>
    </message>
    <message>
        <source>Scores and ranks count approved statuses only</source>
        <translation>Балы і месцы ўлічваюць толькі зацверджаныя статусы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed statuses</source>
        <translation>
            <numerusform>%Ln прапанаваны статус</numerusform>
            <numerusform>%Ln прапанаваныя статусы</numerusform>
            <numerusform>%Ln прапанаваных статусаў</numerusform>
        </translation>
    </message>
    <message>
        <source>no proposed statuses</source>
        <translation>прапанаваных статусаў няма</translation>
    </message>
    <message>
        <source>Includes proposed statuses not yet reviewed (%1 now): scores and ranks count them. ◆ marks each one.</source>
        <translation>Улічваюцца прапанаваныя статусы, яшчэ не правераныя (зараз: %1): балы і месцы ўлічваюць іх. ◆ пазначае кожны з іх.</translation>
    </message>
    <message>
        <source>&lt;b&gt;◆ Includes proposed statuses not yet reviewed&lt;/b&gt; (%1 now): scores and ranks count them.</source>
        <translation>&lt;b&gt;◆ Улічваюцца прапанаваныя статусы, яшчэ не правераныя&lt;/b&gt; (зараз: %1): балы і месцы ўлічваюць іх.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <extracomment>The ranking&apos;s columns in English (shown translated: context &quot;RankingModel&quot;).</extracomment>
        <translation>Месца</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Ахоп</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Адзнака</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Змена</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations, in the matrix&apos;s order</source>
        <translation>Рэкамендацыі ў парадку матрыцы</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новая</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Новая рэкамендацыя</translation>
    </message>
    <message>
        <source>Fill in a new recommendation, then Apply</source>
        <translation>Запоўніце новую рэкамендацыю, потым націсніце «Ужыць»</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вы&amp;шэй</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>Перамясціць рэкамендацыю вышэй</translation>
    </message>
    <message>
        <source>Earlier in the matrix and exports</source>
        <translation>Раней у матрыцы і экспарце</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Ні&amp;жэй</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>Перамясціць рэкамендацыю ніжэй</translation>
    </message>
    <message>
        <source>Later in the matrix and exports</source>
        <translation>Пазней у матрыцы і экспарце</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;Архіваваць</translation>
    </message>
    <message>
        <source>Archive recommendation</source>
        <translation>Архіваваць рэкамендацыю</translation>
    </message>
    <message>
        <source>Leave the matrix and the scores; its evidence, statuses and history stay</source>
        <translation>Прыбраць з матрыцы і балаў; яе доказы, статусы і гісторыя застаюцца</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Аднаві&amp;ць</translation>
    </message>
    <message>
        <source>Restore recommendation</source>
        <translation>Аднавіць рэкамендацыю</translation>
    </message>
    <message>
        <source>Bring it back into the matrix</source>
        <translation>Вярнуць яе ў матрыцу</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>e.g. visa_policy</source>
        <translation>напр. visa_policy</translation>
    </message>
    <message>
        <source>The recommendation&apos;s stable name in files and exports; it cannot change later</source>
        <translation>Устойлівая назва рэкамендацыі ў файлах і экспарце; пазней яе нельга змяніць</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>A short title for the matrix</source>
        <translation>Кароткая назва для матрыцы</translation>
    </message>
    <message>
        <source>Source&apos;s wording</source>
        <translation>Фармулёўка крыніцы</translation>
    </message>
    <message>
        <source>The recommendation as the source words it</source>
        <translation>Рэкамендацыя так, як яе фармулюе крыніца</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Інструкцыя</translation>
    </message>
    <message>
        <source>How coders should judge each status</source>
        <translation>Як кадзіроўшчыкам ацэньваць кожны статус</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <source>How much this recommendation counts in a country&apos;s score (more than 0, at most 100; 1 = equal)</source>
        <translation>Наколькі гэтая рэкамендацыя важыць у бале краіны (больш за 0, не больш за 100; 1 = роўная вага)</translation>
    </message>
    <message>
        <source>Recommendation use</source>
        <translation>Выкарыстанне рэкамендацыі</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>recommendation code</source>
        <translation>код рэкамендацыі</translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation>На&amp;зва*</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>Source&apos;s &amp;wording</source>
        <translation>&amp;Фармулёўка крыніцы</translation>
    </message>
    <message>
        <source>text</source>
        <translation>тэкст</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Інструкцыя</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>інструкцыя</translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation>&amp;Вага</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вага</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рэкамендацыя</translation>
    </message>
    <message>
        <source> — archived</source>
        <translation> — у архіве</translation>
    </message>
    <message>
        <source>: archived, out of the matrix</source>
        <translation>: у архіве, па-за матрыцай</translation>
    </message>
    <message>
        <source>Recommendation changed</source>
        <translation>Рэкамендацыя зменена</translation>
    </message>
    <message>
        <source>Apply the changes you made to this recommendation?</source>
        <translation>Ужыць змены, зробленыя ў гэтай рэкамендацыі?</translation>
    </message>
    <message>
        <source>Used by %1 assessment(s) and %2 evidence link(s).</source>
        <translation>Выкарыстанне: ацэнак — %1, сувязяў з доказамі — %2.</translation>
    </message>
    <message>
        <source> Archived: out of the matrix and the scores.</source>
        <translation> У архіве: па-за матрыцай і баламі.</translation>
    </message>
    <message>
        <source>New: Apply adds it at the end of the matrix.</source>
        <translation>Новая: «Ужыць» дадасць яе ў канец матрыцы.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Назва абавязковая.</translation>
    </message>
    <message>
        <source>The weight must be a number greater than 0 and at most 100.</source>
        <translation>Вага павінна быць лікам больш за 0 і не больш за 100.</translation>
    </message>
    <message>
        <source>Added the recommendation %1; Ctrl+Z undoes it.</source>
        <translation>Рэкамендацыя %1 дададзена; Ctrl+Z адменіць гэта.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>%1 scorecard</source>
        <translation>%1: ацэнкі</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>афіцыйная крыніца</translation>
    </message>
    <message>
        <source>media</source>
        <translation>СМІ</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ГА</translation>
    </message>
    <message>
        <source>international organisation</source>
        <translation>міжнародная арганізацыя</translation>
    </message>
    <message>
        <source>not graded: nothing assessed (0 of %1)</source>
        <translation>без выніковай ацэнкі: нічога не ацэнена (0 з %1)</translation>
    </message>
    <message>
        <source>not graded: %1 of %2 assessed</source>
        <translation>без выніковай ацэнкі: ацэнена %1 з %2</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>Без абгрунтавання.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Яшчэ не ацэнена.</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Упэўненасць: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Крыніцы: %1</translation>
    </message>
    <message>
        <source>No source linked</source>
        <translation>Крыніца не спасланая</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>and %Ln more</comment>
        <translation>
            <numerusform>і яшчэ %Ln</numerusform>
            <numerusform>і яшчэ %Ln</numerusform>
            <numerusform>і яшчэ %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Further evidence: %1</source>
        <translation>Іншыя доказы: %1</translation>
    </message>
    <message>
        <source>Evidence on file: %1</source>
        <translation>Доказы ў трэкеры: %1</translation>
    </message>
    <message>
        <source>proposed by %1, not yet reviewed</source>
        <translation>прапанаваў(-ла) %1, яшчэ не праверана</translation>
    </message>
    <message>
        <source>proposed, not yet reviewed</source>
        <translation>прапанавана, яшчэ не праверана</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>трэба праверыць</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рэкамендацыя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>In effect since</source>
        <translation>Дзейнічае з</translation>
    </message>
    <message>
        <source>Rationale and sources</source>
        <translation>Абгрунтаванне і крыніцы</translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Крыніца без назвы</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Мова: %1.</translation>
    </message>
    <message>
        <source>Archived copy: %1</source>
        <translation>Архіўная копія: %1</translation>
    </message>
    <message>
        <source>Accessed %1</source>
        <translation>Праглядзена %1</translation>
    </message>
    <message>
        <source>Copy kept in the tracker: %1</source>
        <translation>Копія захоўваецца ў трэкеры: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Спіс крыніц</translation>
    </message>
    <message>
        <source>No evidence is cited: none is linked to the cells in this report as of %1.</source>
        <translation>Доказы не цытуюцца: на %1 ніводзін не звязаны з ячэйкамі гэтай справаздачы.</translation>
    </message>
    <message>
        <source>Sources are numbered in the order they are first cited above; each source has one number however often it is cited.</source>
        <translation>Крыніцы пранумараваныя ў парадку першага цытавання вышэй; у кожнай крыніцы адзін нумар, колькі б разоў яна ні цытавалася.</translation>
    </message>
    <message>
        <source>Each recommendation lists every source its status rests on and its %1 newest other pieces of evidence; the older ones are counted (“and 12 more”) and listed in the tracker.</source>
        <translation>У кожнай рэкамендацыі пералічаны ўсе крыніцы, на якіх грунтуецца яе статус, і %1 найноўшых іншых доказаў; старэйшыя палічаны («і яшчэ 12») і пералічаны ў трэкеры.</translation>
    </message>
    <message>
        <source>Includes proposed statuses not yet reviewed</source>
        <translation>Улічвае прапанаваныя статусы, яшчэ не правераныя</translation>
    </message>
    <message>
        <source>Scores, grades and ranks count them as if approved; each is marked “proposed”.</source>
        <translation>Балы, адзнакі і месцы ўлічваюць іх як зацверджаныя; кожны пазначаны «прапанавана».</translation>
    </message>
    <message>
        <source> · countries of the group %1</source>
        <translation> · краіны групы %1</translation>
    </message>
    <message>
        <source>Source of the recommendations: %1.</source>
        <translation>Крыніца рэкамендацый: %1.</translation>
    </message>
    <message>
        <source>Generated on %1 with Policy Tracker %2; statuses and scores as of %3.</source>
        <translation>Створана %1 у Policy Tracker %2; статусы і балы на %3.</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>Стан на %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>not ranked: %1 of %2 assessed needed</source>
        <translation>без месца: трэба, каб было ацэнена %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>graded countries (%Ln in the group %1)</source>
        <translation>
            <numerusform>краін з адзнакай (%Ln у групе %1)</numerusform>
            <numerusform>краін з адзнакай (%Ln у групе %1)</numerusform>
            <numerusform>краін з адзнакай (%Ln у групе %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>graded countries (%Ln tracked)</source>
        <translation>
            <numerusform>краін з адзнакай (назіраецца %Ln)</numerusform>
            <numerusform>краін з адзнакай (назіраецца %Ln)</numerusform>
            <numerusform>краін з адзнакай (назіраецца %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not graded:</source>
        <translation>Без выніковай ацэнкі:</translation>
    </message>
    <message>
        <source>under %1 assessed</source>
        <translation>ацэнена менш, чым %1</translation>
    </message>
    <message>
        <source>no recommendation assessed yet</source>
        <translation>пакуль ніводная рэкамендацыя не ацэнена</translation>
    </message>
    <message>
        <source>recommendations assessed</source>
        <translation>рэкамендацый ацэнена</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Адзнака</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Месца</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Ахоп</translation>
    </message>
    <message>
        <source>Score: weighted mean of the assessed recommendations, 0–100 (see Methodology). Grades: %1.</source>
        <translation>Бал: сярэдняе ўзважанае ацэненых рэкамендацый, 0–100 (гл. «Метадалогія»). Адзнакі: %1.</translation>
    </message>
    <message>
        <source>country scorecard</source>
        <translation>ацэнкі краіны</translation>
    </message>
    <message>
        <source>Status by recommendation</source>
        <translation>Статус па рэкамендацыях</translation>
    </message>
    <message>
        <source>Recommendations %1–%2 of %3</source>
        <translation>Рэкамендацыі %1–%2 з %3</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>прапанавана</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>адзнака %1</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>без выніковай ацэнкі</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>No country has an assessed recommendation as of %1.</source>
        <translation>На %1 ні ў адной краіны няма ацэненых рэкамендацый.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Слупкі: %1.</translation>
    </message>
    <message>
        <source>* Not graded: fewer than %1 of the recommendations assessed (no grade, no rank).</source>
        <translation>* Без выніковай ацэнкі: ацэнена менш, чым %1 рэкамендацый (без адзнакі і месца).</translation>
    </message>
    <message>
        <source>Not yet assessed on any recommendation (%1):</source>
        <translation>Яшчэ не ацэнены ні па адной рэкамендацыі (%1):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries in the group %1</source>
        <comment>%Ln country in the group %1</comment>
        <translation>
            <numerusform>%Ln краіна ў групе %1</numerusform>
            <numerusform>%Ln краіны ў групе %1</numerusform>
            <numerusform>%Ln краін у групе %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries tracked</source>
        <comment>%Ln country tracked</comment>
        <translation>
            <numerusform>Назіраецца %Ln краіна</numerusform>
            <numerusform>Назіраюцца %Ln краіны</numerusform>
            <numerusform>Назіраецца %Ln краін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendations</source>
        <comment>%Ln recommendation</comment>
        <translation>
            <numerusform>%Ln рэкамендацыя</numerusform>
            <numerusform>%Ln рэкамендацыі</numerusform>
            <numerusform>%Ln рэкамендацый</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; countries have at least one assessed recommendation</source>
        <comment>&lt;b&gt;%Ln&lt;/b&gt; country has at least one assessed recommendation</comment>
        <translation>
            <numerusform>У &lt;b&gt;%Ln&lt;/b&gt; краіны ёсць прынамсі адна ацэненая рэкамендацыя</numerusform>
            <numerusform>У &lt;b&gt;%Ln&lt;/b&gt; краін ёсць прынамсі адна ацэненая рэкамендацыя</numerusform>
            <numerusform>У &lt;b&gt;%Ln&lt;/b&gt; краін ёсць прынамсі адна ацэненая рэкамендацыя</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources are cited</source>
        <comment>%Ln source is cited</comment>
        <translation>
            <numerusform>цытуецца %Ln крыніца</numerusform>
            <numerusform>цытуюцца %Ln крыніцы</numerusform>
            <numerusform>цытуецца %Ln крыніц</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overview</source>
        <translation>%1: агляд</translation>
    </message>
    <message>
        <source>All countries overview</source>
        <translation>Агляд усіх краін</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>бал %1</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>месца %1 з %2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>ацэнена %1 з %2</translation>
    </message>
    <message>
        <source>Country details</source>
        <translation>Падрабязнасці па краінах</translation>
    </message>
    <message numerus="yes">
        <source>The details of the %Ln assessed recommendations (rationales and sources) are left out: they would cite more sources than an overview can print. Each country&apos;s own report has them (File › Export…, “Report with citations” on one country, or policy-tracker report --country CODE), and an overview of a group of countries may have room for them.</source>
        <comment>The details of the %Ln assessed recommendation (its rationale and sources) are left out: they would cite more sources than an overview can print. The country&apos;s own report has them (File › Export…, “Report with citations” on one country, or policy-tracker report --country CODE).</comment>
        <translation>
            <numerusform>Падрабязнасці па %Ln ацэненай рэкамендацыі (абгрунтаванні і крыніцы) прапушчаны: яны цытавалі б больш крыніц, чым можа змясціць агляд. Яны ёсць у справаздачы па кожнай краіне (Файл › Экспартаваць…, «Справаздача са спасылкамі на крыніцы» па адной краіне, або policy-tracker report --country CODE), а ў аглядзе групы краін для іх можа знайсціся месца.</numerusform>
            <numerusform>Падрабязнасці па %Ln ацэненых рэкамендацыях (абгрунтаванні і крыніцы) прапушчаны: яны цытавалі б больш крыніц, чым можа змясціць агляд. Яны ёсць у справаздачы па кожнай краіне (Файл › Экспартаваць…, «Справаздача са спасылкамі на крыніцы» па адной краіне, або policy-tracker report --country CODE), а ў аглядзе групы краін для іх можа знайсціся месца.</numerusform>
            <numerusform>Падрабязнасці па %Ln ацэненых рэкамендацыях (абгрунтаванні і крыніцы) прапушчаны: яны цытавалі б больш крыніц, чым можа змясціць агляд. Яны ёсць у справаздачы па кожнай краіне (Файл › Экспартаваць…, «Справаздача са спасылкамі на крыніцы» па адной краіне, або policy-tracker report --country CODE), а ў аглядзе групы краін для іх можа знайсціся месца.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each country with at least one assessed recommendation, in rank order; recommendations not assessed are left out here (see the scorecard above).</source>
        <translation>Кожная краіна з прынамсі адной ацэненай рэкамендацыяй, па парадку месцаў; неацэненыя рэкамендацыі тут прапушчаны (гл. табліцу ацэнак вышэй).</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Табліца ацэнак</translation>
    </message>
    <message>
        <source>includes proposed statuses not yet reviewed</source>
        <translation>улічвае прапанаваныя статусы, яшчэ не правераныя</translation>
    </message>
    <message>
        <source>%1 — %2 — as of %3</source>
        <translation>%1 — %2 — на %3</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Аднаўленне з рэзервовай копіі</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. A backup is taken once a day when the tracker is opened, and before every import, upgrade and codebook change; the last 10 days and 8 weeks are kept, and every backup of the latest day. Restoring replaces the tracker with the backup, after backing up the tracker as it is now.</source>
        <translation>Рэзервовыя копіі %1, спачатку найноўшыя. Копія робіцца раз на дзень, калі трэкер адкрываецца, а таксама перад кожным імпартам, абнаўленнем і зменай кодавай кнігі; захоўваюцца копіі за апошнія 10 дзён і 8 тыдняў, а таксама ўсе копіі апошняга дня. Аднаўленне замяняе трэкер копіяй, папярэдне зрабіўшы копію трэкера ў яго цяперашнім стане.</translation>
    </message>
    <message>
        <source>%1 has no backups yet. One is taken once a day when the tracker is opened, and before every import, upgrade and codebook change.</source>
        <translation>У %1 пакуль няма рэзервовых копій. Копія робіцца раз на дзень, калі трэкер адкрываецца, а таксама перад кожным імпартам, абнаўленнем і зменай кодавай кнігі.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Рэзервовыя копіі</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Захоўваюцца ў %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка рэзервовых копій</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Аднавіць…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Аднавіць выбраную рэзервовую копію</translation>
    </message>
    <message>
        <source>the backup of %1 (%2)</source>
        <translation>рэзервовую копію ад %1 (%2)</translation>
    </message>
    <message>
        <source>the backup of %1 (%2): %3 evidence, %4 assessments</source>
        <translation>рэзервовую копію ад %1 (%2): доказаў — %3, ацэнак — %4</translation>
    </message>
    <message>
        <source>Nothing was restored: %1.</source>
        <translation>Нічога не адноўлена: %1.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return proposed status</source>
        <translation>Вярнуць прапанаваны статус</translation>
    </message>
    <message>
        <source>Return &lt;b&gt;%1&lt;/b&gt; to its proposer. Say what to change or check: they read this.</source>
        <translation>Вярнуць &lt;b&gt;%1&lt;/b&gt; аўтару прапановы. Напішыце, што змяніць або праверыць: аўтар гэта прачытае.</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Каментар рэцэнзента</translation>
    </message>
    <message>
        <source>What should be changed or checked (required)</source>
        <translation>Што трэба змяніць або праверыць (абавязкова)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Праблема</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вярнуць</translation>
    </message>
    <message>
        <source>Return with this comment</source>
        <translation>Вярнуць з гэтым каментарыем</translation>
    </message>
    <message>
        <source>Write a comment: the proposer needs to know what to change.</source>
        <translation>Напішыце каментар: аўтар прапановы павінен ведаць, што змяніць.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Approve proposed status</source>
        <translation>Зацвердзіць прапанаваны статус</translation>
    </message>
    <message>
        <source>Return proposed status</source>
        <translation>Вярнуць прапанаваны статус</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>Адклікаць прапанову</translation>
    </message>
    <message>
        <source>Revise proposal</source>
        <translation>Дапрацаваць прапанову</translation>
    </message>
    <message>
        <source>Require review</source>
        <translation>Патрабаваць праверкі</translation>
    </message>
    <message>
        <source>Stop requiring review</source>
        <translation>Не патрабаваць праверкі</translation>
    </message>
    <message>
        <source>review is already required.</source>
        <translation>праверка ўжо патрабуецца.</translation>
    </message>
    <message>
        <source>review is not required.</source>
        <translation>праверка не патрабуецца.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Cell</source>
        <translation>Клетка</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Прапанавана</translation>
    </message>
    <message>
        <source>Approved now</source>
        <translation>Зацверджана зараз</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Дзейнічае з</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Аўтар</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Waiting for my review</source>
        <extracomment>Proposals a page reads. The list&apos;s filters: (key, label, tooltip), in English (context &quot;ReviewView&quot;; shown translated).</extracomment>
        <translation>Чакаюць маёй праверкі</translation>
    </message>
    <message>
        <source>Statuses other people proposed, not yet reviewed</source>
        <translation>Статусы, прапанаваныя іншымі людзьмі, яшчэ не правераныя</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Вернутыя мне</translation>
    </message>
    <message>
        <source>Your proposals a reviewer sent back with a comment: revise or withdraw them</source>
        <translation>Вашы прапановы, якія рэцэнзент вярнуў з каментарыем: дапрацуйце або адклічце іх</translation>
    </message>
    <message>
        <source>My proposals</source>
        <translation>Мае прапановы</translation>
    </message>
    <message>
        <source>Everything you proposed, whatever became of it</source>
        <translation>Усё, што вы прапанавалі, што б з ім ні сталася</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усе</translation>
    </message>
    <message>
        <source>Every proposal, newest first</source>
        <translation>Усе прапановы, спачатку найноўшыя</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <extracomment>How each state reads in the list (English; shown translated, context &quot;ReviewView&quot;).</extracomment>
        <translation>Чакае праверкі</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Зацверджана</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Вернута</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Адклікана</translation>
    </message>
    <message>
        <source>Waiting for review by %1</source>
        <extracomment>Who reviewed it, with the state: &quot;Approved by %1&quot; (%1: the reviewer&apos;s name).</extracomment>
        <translation>Чакае праверкі (%1)</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Зацверджана (%1)</translation>
    </message>
    <message>
        <source>Returned by %1</source>
        <translation>Вернута (%1)</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <translation>Адклікана (%1)</translation>
    </message>
    <message>
        <source>verified</source>
        <extracomment>A proposal&apos;s confidence (its code, as the pane shows it).</extracomment>
        <translation>праверана</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>паведамлена</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>заяўлена</translation>
    </message>
    <message>
        <source>You proposed this change; another person must approve it.</source>
        <translation>Гэтую змену прапанавалі вы; зацвердзіць яе павінен іншы чалавек.</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>The person asked to open a piece of evidence (its uid). The person asked to see the proposal&apos;s cell in the matrix (country code, recommendation code). The number of proposals waiting for this person&apos;s review changed (the tab&apos;s title shows it).</extracomment>
        <translation>Праверка</translation>
    </message>
    <message>
        <source>Review list shows</source>
        <translation>Спіс праверкі паказвае</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Паказаць</translation>
    </message>
    <message>
        <source>Status changes need review</source>
        <translation>Змены статусу патрабуюць праверкі</translation>
    </message>
    <message>
        <source>When on, a status someone sets is proposed, and counts only once another person approves it</source>
        <translation>Калі ўключана, статус, які хтосьці задае, становіцца прапановай і ўлічваецца толькі пасля таго, як яго зацвердзіць іншы чалавек</translation>
    </message>
    <message>
        <source>Review count</source>
        <translation>Лічыльнік праверкі</translation>
    </message>
    <message>
        <source>Review list</source>
        <translation>Спіс праверкі</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Прапанова</translation>
    </message>
    <message>
        <source>Approved and proposed status</source>
        <translation>Зацверджаны і прапанаваны статус</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Аўтар прапановы</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Абгрунтаванне</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Каментар рэцэнзента</translation>
    </message>
    <message>
        <source>Evidence heading</source>
        <translation>Загаловак доказаў</translation>
    </message>
    <message>
        <source>Proposal evidence</source>
        <translation>Доказы прапановы</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the evidence</source>
        <translation>Двойчы пстрыкніце (або націсніце Enter), каб адкрыць доказ</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Зацвердзіць</translation>
    </message>
    <message>
        <source>Approve proposed status</source>
        <translation>Зацвердзіць прапанаваны статус</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Вярнуць…</translation>
    </message>
    <message>
        <source>Return proposed status with a comment</source>
        <translation>Вярнуць прапанаваны статус з каментарыем</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Адклікаць</translation>
    </message>
    <message>
        <source>Withdraw my proposal</source>
        <translation>Адклікаць маю прапанову</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>Дапрацаваць…</translation>
    </message>
    <message>
        <source>Revise my returned proposal</source>
        <translation>Дапрацаваць маю вернутую прапанову</translation>
    </message>
    <message>
        <source>Show cell</source>
        <translation>Паказаць клетку</translation>
    </message>
    <message>
        <source>Show the cell in the matrix</source>
        <translation>Паказаць клетку ў матрыцы</translation>
    </message>
    <message>
        <source>Why a button is off</source>
        <translation>Чаму кнопка адключана</translation>
    </message>
    <message>
        <source>Proposal details</source>
        <translation>Падрабязнасці прапановы</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Нічога не выбрана</translation>
    </message>
    <message>
        <source>Nothing is waiting for your review.</source>
        <translation>Нічога не чакае вашай праверкі.</translation>
    </message>
    <message>
        <source>Nothing has been returned to you.</source>
        <translation>Вам нічога не вярнулі.</translation>
    </message>
    <message>
        <source>You have proposed nothing yet.</source>
        <translation>Вы яшчэ нічога не прапанавалі.</translation>
    </message>
    <message>
        <source>No proposals yet.</source>
        <translation>Прапаноў пакуль няма.</translation>
    </message>
    <message>
        <source> Review is off: statuses count as soon as they are set.</source>
        <translation> Праверка адключана: статусы ўлічваюцца адразу, як толькі іх зададуць.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ proposals (%1)</source>
        <translation>
            <numerusform>%Ln+ прапанова (%1)</numerusform>
            <numerusform>%Ln+ прапановы (%1)</numerusform>
            <numerusform>%Ln+ прапаноў (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals (%1)</source>
        <translation>
            <numerusform>%Ln прапанова (%1)</numerusform>
            <numerusform>%Ln прапановы (%1)</numerusform>
            <numerusform>%Ln прапаноў (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a proposal in the list to see its rationale and evidence.</source>
        <translation>Выберыце прапанову ў спісе, каб убачыць яе абгрунтаванне і доказы.</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> з %1</translation>
    </message>
    <message>
        <source>Approved now: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;◆ Proposed: &lt;b&gt;%3&lt;/b&gt;, effective %4</source>
        <translation>Зацверджана зараз: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;◆ Прапанавана: &lt;b&gt;%3&lt;/b&gt;, дзейнічае з %4</translation>
    </message>
    <message>
        <source>Approved now: %1%2. Proposed: %3, effective %4.</source>
        <translation>Зацверджана зараз: %1%2. Прапанавана: %3, дзейнічае з %4.</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2 · %3 · %4</source>
        <translation>Аўтар прапановы: %1, %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назвы)</translation>
    </message>
    <message>
        <source>Evidence (%1) — double-click to open</source>
        <translation>Доказы (%1) — адкрыць двайным пстрыкам</translation>
    </message>
    <message>
        <source>Evidence: none linked</source>
        <translation>Доказы: няма звязаных</translation>
    </message>
    <message>
        <source>This proposal is %1.</source>
        <translation>Стан прапановы: %1.</translation>
    </message>
    <message>
        <source>You proposed this change: withdraw it instead.</source>
        <translation>Гэтую змену прапанавалі вы: лепш адклічце яе.</translation>
    </message>
    <message>
        <source>Only %1, who proposed it, can withdraw it.</source>
        <translation>Адклікаць яе можа толькі %1 — аўтар прапановы.</translation>
    </message>
    <message>
        <source>Only a proposal returned to you can be revised.</source>
        <translation>Дапрацаваць можна толькі прапанову, вернутую вам.</translation>
    </message>
    <message>
        <source>Make this the cell&apos;s status (it then counts in scores and exports)</source>
        <translation>Зрабіць гэта статусам клеткі (тады ён улічваецца ў балах і экспарце)</translation>
    </message>
    <message>
        <source>Send it back to its proposer with a comment</source>
        <translation>Адправіць назад аўтару з каментарыем</translation>
    </message>
    <message>
        <source>Take your proposal back</source>
        <translation>Адклікаць вашу прапанову</translation>
    </message>
    <message>
        <source>Change and propose again what the reviewer returned</source>
        <translation>Змяніць і зноў прапанаваць тое, што вярнуў рэцэнзент</translation>
    </message>
    <message>
        <source>Returned to you: revise it, or withdraw it.</source>
        <translation>Вернута вам: дапрацуйце або адклічце.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вярнуць</translation>
    </message>
</context>
<context>
    <name>ScoreTexts</name>
    <message>
        <source>new</source>
        <comment>a score that had none at the comparison date</comment>
        <translation>новы</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>ацэнена %1 з %2</translation>
    </message>
    <message>
        <source>not graded: nothing assessed (0 of %1)</source>
        <translation>без выніковай ацэнкі: нічога не ацэнена (0 з %1)</translation>
    </message>
    <message>
        <source>not graded: %1 of %2 assessed</source>
        <translation>без выніковай ацэнкі: ацэнена %1 з %2</translation>
    </message>
    <message>
        <source>no grade and no rank until %1 of %2 are assessed</source>
        <translation>адзнакі і месца няма, пакуль не ацэнена %1 з %2</translation>
    </message>
    <message>
        <source>half</source>
        <comment>at least half of the recommendations</comment>
        <translation>палова</translation>
    </message>
    <message>
        <source>all</source>
        <comment>at least all of the recommendations</comment>
        <translation>усе</translation>
    </message>
    <message>
        <source>Every country with a score is graded and ranked.</source>
        <translation>Кожная краіна з балам атрымлівае адзнаку і месца.</translation>
    </message>
    <message>
        <source>A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade and a rank; with fewer it has a score but is not graded.</source>
        <translation>Каб атрымаць адзнаку і месца, у краіны павінна быць ацэнена прынамсі %1 яе рэкамендацый (%2 з %3); калі менш, у яе ёсць бал, але няма выніковай ацэнкі.</translation>
    </message>
    <message>
        <source>%1: %2, grade %3, rank %4</source>
        <translation>%1: %2, адзнака %3, месца %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence</source>
        <translation>
            <numerusform>%Ln доказ</numerusform>
            <numerusform>%Ln доказы</numerusform>
            <numerusform>%Ln доказаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of evidence</source>
        <translation>
            <numerusform>%Ln доказ</numerusform>
            <numerusform>%Ln доказы</numerusform>
            <numerusform>%Ln доказаў</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>патрабуе праверкі</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>змянілася з «%1»</translation>
    </message>
    <message>
        <source>Approved status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Зацверджаны статус: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Статус: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Effective %1 · %2</source>
        <translation>Дзейнічае з %1 · %2</translation>
    </message>
    <message>
        <source>%1 Needs review: judged more than the review interval ago</source>
        <translation>%1 Патрабуе праверкі: ацэнена раней, чым інтэрвал праверкі</translation>
    </message>
    <message>
        <source>Changed since %1: %2 → %3</source>
        <translation>Змянілася з %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ScorecardTable</name>
    <message>
        <source>Score · grade</source>
        <translation>Бал · адзн.</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>без адзнакі</translation>
    </message>
</context>
<context>
    <name>ScorecardsView</name>
    <message>
        <source>Scorecards</source>
        <translation>Ацэнкі краін</translation>
    </message>
    <message>
        <source>Country ranking</source>
        <translation>Рэйтынг краін</translation>
    </message>
    <message>
        <source>Change since</source>
        <translation>Змена з даты</translation>
    </message>
    <message>
        <source>Change: scores compared with &lt;b&gt;%1&lt;/b&gt; (the toolbar&apos;s “Changes since”)</source>
        <translation>Змена: балы параўноўваюцца з &lt;b&gt;%1&lt;/b&gt; («Змены з» на панэлі інструментаў)</translation>
    </message>
    <message>
        <source>Tick “Changes since” in the toolbar (Ctrl+Shift+D) to see how scores moved.</source>
        <translation>Пастаўце птушку «Змены з» на панэлі інструментаў (Ctrl+Shift+D), каб убачыць, як змяніліся балы.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share tracker</source>
        <translation>Абагуліць трэкер</translation>
    </message>
    <message>
        <source>Share %1 with your coalition through a folder your sync program already shares (Syncthing, Nextcloud, a network share, a USB stick). The tracker stays where it is; the folder gets only signed, encrypted sync files. You become the tracker&apos;s coordinator.</source>
        <translation>Абагуліце %1 з кааліцыяй праз папку, якую ўжо сінхранізуе ваша праграма (Syncthing, Nextcloud, сеткавая папка, USB-назапашвальнік). Трэкер застаецца там, дзе ёсць; у папку трапляюць толькі падпісаныя зашыфраваныя файлы сінхранізацыі. Вы становіцеся каардынатарам трэкера.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Агульная папка</translation>
    </message>
    <message>
        <source>An empty folder, outside the folder of the tracker itself</source>
        <translation>Пустая папка, не ўнутры папкі самога трэкера</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбраць…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Выбраць агульную папку</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваша імя</translation>
    </message>
    <message>
        <source>As the other members will see it</source>
        <translation>Як яго ўбачаць іншыя ўдзельнікі</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Агульная &amp;папка:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваша &amp;імя:</translation>
    </message>
    <message>
        <source>Why the tracker was not shared</source>
        <translation>Чаму трэкер не абагулены</translation>
    </message>
    <message>
        <source>What to hand over</source>
        <translation>Што перадаць</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ваш адбітак</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Абагуліць</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Абагуліць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Спачатку выберыце агульную папку.</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Спачатку ўвядзіце сваю імя.</translation>
    </message>
    <message>
        <source>Shared. This is your fingerprint. Give each newcomer access to the shared folder and tell them this fingerprint by another channel (a call, in person). When they send you their join code, add them in File › Members…</source>
        <translation>Абагулена. Гэта ваш адбітак. Дайце кожнаму новаму ўдзельніку доступ да агульнай папкі і скажыце яму гэты адбітак іншым каналам (па тэлефоне, асабіста). Калі ён дашле вам свой код далучэння, дадайце яго ў Файл › Удзельнікі…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>File</source>
        <extracomment>README sections that are not for the app&apos;s users (installing, developing).</extracomment>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Праўка</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Даведка</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Выгляд</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Where each action lives in the menus, for the shortcuts list.</extracomment>
        <translation> або </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Спалучэнні клавіш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дзеянне</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавішы</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Дзе</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Фільтр спалучэнняў клавіш</translation>
    </message>
    <message>
        <source>Type to filter: an action (undo), a key (Ctrl+K) or a place (Matrix)</source>
        <translation>Фільтр: дзеянне (адмяніць), клавіша (Ctrl+K) або месца (матрыца)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Спіс спалучэнняў клавіш</translation>
    </message>
    <message>
        <source>Shortcuts shown</source>
        <translation>Паказаныя спалучэнні</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фільтр:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shortcuts</source>
        <translation>
            <numerusform>%Ln спалучэнне</numerusform>
            <numerusform>%Ln спалучэнні</numerusform>
            <numerusform>%Ln спалучэнняў</numerusform>
        </translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Ніводнае спалучэнне не адпавядае «%1».</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <extracomment>Keys that act inside one view or form rather than through a menu action: (keys, what they do, where).</extracomment>
        <translation>Клавішы са стрэлкамі</translation>
    </message>
    <message>
        <source>Move from cell to cell</source>
        <translation>Перайсці з клеткі ў клетку</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Матрыца</translation>
    </message>
    <message>
        <source>Set the status of the selected cell</source>
        <translation>Задаць статус выбранай клеткі</translation>
    </message>
    <message>
        <source>Type a name or code</source>
        <translation>Увядзіце назву або код</translation>
    </message>
    <message>
        <source>Jump to that country (&quot;lit&quot; finds Lithuania)</source>
        <translation>Перайсці да гэтай краіны («літ» знаходзіць Літву)</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Захаваць форму</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>Close the form or box</source>
        <translation>Закрыць форму або акно</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Стрэлка ўніз</translation>
    </message>
    <message>
        <source>Move from a search or filter box into its list</source>
        <translation>Перайсці з поля пошуку або фільтра ў яго спіс</translation>
    </message>
    <message>
        <source>Search boxes</source>
        <translation>Палі пошуку</translation>
    </message>
    <message>
        <source>Search now</source>
        <translation>Шукаць зараз</translation>
    </message>
    <message>
        <source>Evidence search</source>
        <translation>Пошук па доказах</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <source>Revise proposal — %1</source>
        <extracomment>Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open. A proposal, not a status: review is required (or a returned proposal is revised).</extracomment>
        <translation>Перагледзець прапанову — %1</translation>
    </message>
    <message>
        <source>Set status — %1</source>
        <translation>Задаць статус — %1</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задаць статус</translation>
    </message>
    <message>
        <source>Currently: &lt;b&gt;%1&lt;/b&gt; since %2</source>
        <translation>Цяпер: &lt;b&gt;%1&lt;/b&gt; з %2</translation>
    </message>
    <message>
        <source>Currently: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Цяпер: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Бягучы статус</translation>
    </message>
    <message>
        <source>Status meaning</source>
        <translation>Значэнне статусу</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Дата ўступлення ў сілу</translation>
    </message>
    <message>
        <source>Effective date source</source>
        <translation>Адкуль дата ўступлення ў сілу</translation>
    </message>
    <message>
        <source>Why this status: what the government did, and how it meets the guidance (required)</source>
        <translation>Чаму такі статус: што зрабіў урад і як гэта адпавядае кіраўніцтву (абавязкова)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Кіраўніцтва&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No guidance written for this recommendation.</source>
        <translation>Для гэтай рэкамендацыі кіраўніцтва не напісана.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Кіраўніцтва</translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation>Доказы для сувязі</translation>
    </message>
    <message>
        <source>Filter evidence…</source>
        <translation>Фільтр доказаў…</translation>
    </message>
    <message>
        <source>New evidence…</source>
        <translation>Новы доказ…</translation>
    </message>
    <message>
        <source>New evidence for this cell</source>
        <translation>Новы доказ для гэтай клеткі</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказы</translation>
    </message>
    <message>
        <source>&amp;Status*</source>
        <translation>&amp;Статус*</translation>
    </message>
    <message>
        <source>&amp;Effective date*</source>
        <translation>&amp;Дата ўступлення ў сілу*</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Надзейнасць</translation>
    </message>
    <message>
        <source>&amp;Rationale*</source>
        <translation>&amp;Абгрунтаванне*</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Захаваць статус</translation>
    </message>
    <message>
        <source>Another person will review this change before it counts.</source>
        <translation>Іншы чалавек праверыць гэтую змену, перш чым яна будзе ўлічвацца.</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Заўвага пра праверку</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Прапанаваць</translation>
    </message>
    <message>
        <source>Propose status</source>
        <translation>Прапанаваць статус</translation>
    </message>
    <message>
        <source>Propose this status: it counts once another person approves it (Ctrl+Enter)</source>
        <translation>Прапанаваць гэты статус: ён будзе ўлічвацца, калі іншы чалавек яго зацвердзіць (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Каментарый рэцэнзента</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Вернута рэцэнзентам %1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>як прапанавана</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без назвы</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>уведзена вамі</translation>
    </message>
    <message>
        <source>from the latest linked evidence, %1</source>
        <translation>з апошняга звязанага доказу, %1</translation>
    </message>
    <message>
        <source>today: no evidence linked</source>
        <translation>сёння: доказы не звязаны</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Выберыце статус.</translation>
    </message>
    <message>
        <source>The rationale is required: say why this status.</source>
        <translation>Абгрунтаванне абавязковае: напішыце, чаму такі статус.</translation>
    </message>
</context>
<context>
    <name>StatusesPage</name>
    <message>
        <source>not assessed</source>
        <extracomment>What the score change asks before every country is re-scored.</extracomment>
        <translation>не ацэнена</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колер</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Апісанне</translation>
    </message>
    <message>
        <source>Status scale</source>
        <translation>Шкала статусаў</translation>
    </message>
    <message>
        <source>Status scale columns</source>
        <translation>Слупкі шкалы статусаў</translation>
    </message>
    <message>
        <source>Add s&amp;tatus</source>
        <translation>Дадаць с&amp;татус</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Дадаць статус</translation>
    </message>
    <message>
        <source>Fill in a new judgement, then Apply</source>
        <translation>Запоўніце новы статус, потым націсніце «Ужыць»</translation>
    </message>
    <message>
        <source>R&amp;etire status</source>
        <translation>В&amp;ыключыць статус</translation>
    </message>
    <message>
        <source>Retire status</source>
        <translation>Выключыць статус</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Код статусу</translation>
    </message>
    <message>
        <source>e.g. planned</source>
        <translation>напр. planned</translation>
    </message>
    <message>
        <source>The status&apos;s stable name in files and imports; it cannot change later</source>
        <translation>Устойлівая назва статусу ў файлах і імпарце; пазней яе нельга змяніць</translation>
    </message>
    <message>
        <source>Status label</source>
        <translation>Назва статусу</translation>
    </message>
    <message>
        <source>As shown in the matrix and the legend</source>
        <translation>Як паказваецца ў матрыцы і легендзе</translation>
    </message>
    <message>
        <source>Colour swatch</source>
        <translation>Узор колеру</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбраць…</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Выбраць колер</translation>
    </message>
    <message>
        <source>Pick the colour from a palette</source>
        <translation>Выбраць колер з палітры</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>ад 0 да 100</translation>
    </message>
    <message>
        <source>Status description</source>
        <translation>Апісанне статусу</translation>
    </message>
    <message>
        <source>What this status means, for coders and readers</source>
        <translation>Што азначае гэты статус — для кадзіроўшчыкаў і чытачоў</translation>
    </message>
    <message>
        <source>Status use</source>
        <translation>Выкарыстанне статусу</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>&amp;Label*</source>
        <translation>&amp;Назва*</translation>
    </message>
    <message>
        <source>label</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>&amp;Colour*</source>
        <translation>Ко&amp;лер*</translation>
    </message>
    <message>
        <source>color</source>
        <translation>колер</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Бал</translation>
    </message>
    <message>
        <source>score</source>
        <translation>бал</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Апісанне</translation>
    </message>
    <message>
        <source>description</source>
        <translation>апісанне</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статус зменены</translation>
    </message>
    <message>
        <source>Apply the changes you made to this status?</source>
        <translation>Ужыць змены, зробленыя ў гэтым статусе?</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>без бала</translation>
    </message>
    <message>
        <source>This is the “%1” status every cell starts at: it has no score and always stays on the scale.</source>
        <translation>Гэта статус «%1», з якога пачынаецца кожная клетка: у яго няма бала, і ён заўсёды застаецца на шкале.</translation>
    </message>
    <message>
        <source>Used by %1 assessment(s) or review proposal(s).</source>
        <translation>Выкарыстоўваецца ў ацэнках і прапановах на праверку: %1.</translation>
    </message>
    <message>
        <source> Unused: it can be retired.</source>
        <translation> Не выкарыстоўваецца: яго можна выключыць.</translation>
    </message>
    <message>
        <source>New: Apply adds it at the end of the scale.</source>
        <translation>Новы: «Ужыць» дадасць яго ў канец шкалы.</translation>
    </message>
    <message>
        <source>The %1 status always stays</source>
        <translation>Статус «%1» застаецца заўсёды</translation>
    </message>
    <message>
        <source>Take a status no assessment uses off the scale (Ctrl+Z puts it back)</source>
        <translation>Прыбраць са шкалы статус, які не выкарыстоўвае ніводная ацэнка (Ctrl+Z верне яго)</translation>
    </message>
    <message>
        <source>not a colour yet</source>
        <translation>яшчэ не колер</translation>
    </message>
    <message>
        <source>The label is required.</source>
        <translation>Назва абавязковая.</translation>
    </message>
    <message>
        <source>Give the colour as #RRGGBB, or choose it.</source>
        <translation>Пазначце колер як #RRGGBB або выберыце яго.</translation>
    </message>
    <message>
        <source>The score must be a number from 0 to 100.</source>
        <translation>Бал павінен быць лікам ад 0 да 100.</translation>
    </message>
    <message>
        <source>Status colour</source>
        <translation>Колер статусу</translation>
    </message>
    <message>
        <source>Change the score?</source>
        <translation>Змяніць бал?</translation>
    </message>
    <message>
        <source>Change the score</source>
        <translation>Змяніць бал</translation>
    </message>
    <message>
        <source>Retired the status; Ctrl+Z puts it back.</source>
        <translation>Статус выключаны; Ctrl+Z верне яго.</translation>
    </message>
</context>
<context>
    <name>SyncCoalition</name>
    <message>
        <source>There is no tracker file at {path}.</source>
        <extracomment>The lock a sync holds in the local state folder (:func:`sync`). Where coordinators&apos; public signing keys are published in the shared folder (so a newcomer can check a grant). Sentences said in more than one place.</extracomment>
        <translation>Па адрасе {path} няма файла трэкера.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for your copy.</source>
        <translation>{path} ужо існуе; выберыце новую назву файла для сваёй копіі.</translation>
    </message>
    <message>
        <source>The shared tracker&apos;s snapshot cannot be used: {reason}</source>
        <translation>Нельга выкарыстаць здымак агульнага трэкера: {reason}</translation>
    </message>
    <message>
        <source>Member list {version}: {reason}</source>
        <translation>Спіс удзельнікаў {version}: {reason}</translation>
    </message>
    <message>
        <source>{tracker} is not shared from this computer; share it (policy-tracker share) or join a shared tracker first.</source>
        <translation>{tracker} не абагулены з гэтага камп’ютара; спачатку абагульце яго (policy-tracker share) або далучыцеся да агульнага трэкера.</translation>
    </message>
    <message>
        <source>The shared folder {folder} is not there; connect the drive or let the sync program finish, then try again.</source>
        <translation>Агульнай папкі {folder} няма; падключыце дыск або дачакайцеся, пакуль праграма сінхранізацыі скончыць, і паспрабуйце зноў.</translation>
    </message>
    <message>
        <source>The member list of {name} is missing from this computer.</source>
        <translation>На гэтым камп’ютары няма спіса ўдзельнікаў {name}.</translation>
    </message>
    <message>
        <source>This computer has no signing key yet; make a join request or share a tracker first.</source>
        <translation>На гэтым камп’ютары яшчэ няма ключа подпісу; спачатку стварыце запыт на далучэнне або абагульце трэкер.</translation>
    </message>
    <message>
        <source>{name} is already shared through {folder}.</source>
        <translation>{name} ужо абагулены праз {folder}.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a shared tracker; choose an empty folder (or join that tracker).</source>
        <translation>У папцы {folder} ужо ёсць агульны трэкер; выберыце пустую папку (або далучыцеся да таго трэкера).</translation>
    </message>
    <message>
        <source>The shared folder {folder} cannot be written: {error}.</source>
        <translation>Немагчыма запісаць у агульную папку {folder}: {error}.</translation>
    </message>
    <message>
        <source>The fingerprint {fingerprint} is not the join code&apos;s ({expected}); do not add this person.</source>
        <translation>Адбітак {fingerprint} не супадае з адбіткам кода далучэння ({expected}); не дадавайце гэтага чалавека.</translation>
    </message>
    <message>
        <source>Only a coordinator can add members; ask one of them.</source>
        <translation>Дадаваць удзельнікаў можа толькі каардынатар; звярніцеся да аднаго з іх.</translation>
    </message>
    <message>
        <source>Only a coordinator can remove members; ask one of them.</source>
        <translation>Выдаляць удзельнікаў можа толькі каардынатар; звярніцеся да аднаго з іх.</translation>
    </message>
    <message>
        <source>{name} is not a current member; `policy-tracker members --db PATH` lists them.</source>
        <translation>{name} не з’яўляецца бягучым удзельнікам; спіс паказвае `policy-tracker members --db PATH`.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} ужо існуе; выберыце новую назву файла.</translation>
    </message>
    <message>
        <source>Key {key}: {reason}</source>
        <translation>Ключ {key}: {reason}</translation>
    </message>
    <message>
        <source>The folder {folder} holds no shared tracker yet (no snapshot); check the folder, or wait until it has synced.</source>
        <translation>У папцы {folder} яшчэ няма агульнага трэкера (няма здымка); праверце папку або дачакайцеся, пакуль яна сінхранізуецца.</translation>
    </message>
    <message>
        <source>This computer already has a copy of this shared tracker: {path}.</source>
        <translation>На гэтым камп’ютары ўжо ёсць копія гэтага агульнага трэкера: {path}.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {reason}</source>
        <translation>Нельга выкарыстаць файл ключоў {path}: {reason}</translation>
    </message>
    <message>
        <source>No tracker key for you is in the shared folder yet: ask the coordinator to add you from your join code (or to give you the key file), let the folder sync, and try again.</source>
        <translation>У агульнай папцы яшчэ няма ключа трэкера для вас: папрасіце каардынатара дадаць вас па вашым кодзе далучэння (або даць вам файл ключоў), дачакайцеся сінхранізацыі папкі і паспрабуйце зноў.</translation>
    </message>
    <message>
        <source>You are not a member of this shared tracker yet; ask the coordinator to add you.</source>
        <translation>Вы яшчэ не ўдзельнік гэтага агульнага трэкера; папрасіце каардынатара дадаць вас.</translation>
    </message>
    <message>
        <source>The tracker keys in the folder are not signed by a coordinator of this tracker.</source>
        <translation>Ключы трэкера ў папцы не падпісаны каардынатарам гэтага трэкера.</translation>
    </message>
    <message>
        <source>The shared folder holds no member list.</source>
        <translation>У агульнай папцы няма спіса ўдзельнікаў.</translation>
    </message>
    <message>
        <source>The member list {version} cannot be used: {reason}</source>
        <translation>Нельга выкарыстаць спіс удзельнікаў {version}: {reason}</translation>
    </message>
    <message>
        <source>Sent {sent}, applied {applied}, waiting {waiting}, refused {refused}.</source>
        <extracomment>(file, why) for each file left for the next sync. (file, why) for each file refused for good. Other things worth knowing (a member list or key not usable yet). Conflicts waiting for a person after this sync (records changed on two copies, cells with conflicting judgements: db.merge), whoever&apos;s sync found them.</extracomment>
        <translation>Адпраўлена: {sent}, ужыта: {applied}, чакае: {waiting}, адхілена: {refused}.</translation>
    </message>
    <message>
        <source>Waiting: {name}: {why}</source>
        <translation>Чакае: {name}: {why}</translation>
    </message>
    <message>
        <source>Refused: {name}: {why}</source>
        <translation>Адхілены: {name}: {why}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Заўвага: {note}</translation>
    </message>
    <message>
        <source>Conflicts to review: {count} (in the app: File › Conflicts…).</source>
        <translation>Канфліктаў на разгляд: {count} (у праграме: Файл › Канфлікты…).</translation>
    </message>
    <message>
        <source>Another program is syncing this tracker; try again when it has finished.</source>
        <extracomment>How long a sync waits for another program&apos;s sync of the same tracker to end (the app&apos;s own sync and the command line, two windows) before it says so.</extracomment>
        <translation>Іншая праграма сінхранізуе гэты трэкер; паспрабуйце зноў, калі яна скончыць.</translation>
    </message>
    <message>
        <source>You are no longer a member of this shared tracker, so your changes are not sent.</source>
        <translation>Вы больш не ўдзельнік гэтага агульнага трэкера, таму вашы змены не адпраўляюцца.</translation>
    </message>
    <message>
        <source>Your changes wait for the current tracker key, which has not reached you yet.</source>
        <translation>Вашы змены чакаюць бягучага ключа трэкера, які да вас яшчэ не дайшоў.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync could not be started: %1.</source>
        <extracomment>A burst of files (a sync program catching up) starts one sync, this long after the last of them. How often the app syncs by itself while a shared tracker is open. How long a sync child may run before it is stopped (a tracker locked for minutes, a hung drive). A sync ended: (exit code, its output or its one-sentence error). The open tracker&apos;s sync status changed (after a sync, a share, a join, a member added or removed).</extracomment>
        <translation>Не ўдалося запусціць сінхранізацыю: %1.</translation>
    </message>
    <message>
        <source>The sync stopped before it finished; nothing is lost, and the next sync goes on.</source>
        <translation>Сінхранізацыя спынілася, не скончыўшыся; нічога не страчана, наступная сінхранізацыя працягне.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <extracomment>&quot;Review conflicts…&quot; chosen in the indicator&apos;s menu. &quot;Members and last sync…&quot; chosen in the indicator&apos;s menu.</extracomment>
        <translation>Стан сінхранізацыі</translation>
    </message>
    <message>
        <source>&amp;Members and last sync…</source>
        <translation>&amp;Удзельнікі і апошняя сінхранізацыя…</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Разгледзець канфлікты…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Сінхранізацыя…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Сінхранізацыя не ўдалася</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Яшчэ не сінхранізавана</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Сінхранізавана %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln файл чакае</numerusform>
            <numerusform>%Ln файлы чакаюць</numerusform>
            <numerusform>%Ln файлаў чакаюць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln файл адхілены</numerusform>
            <numerusform>%Ln файлы адхіленыя</numerusform>
            <numerusform>%Ln файлаў адхілена</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to review</source>
        <translation>
            <numerusform>%Ln канфлікт чакае разгляду</numerusform>
            <numerusform>%Ln канфлікты чакаюць разгляду</numerusform>
            <numerusform>%Ln канфліктаў чакаюць разгляду</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review conflicts (%1)…</source>
        <translation>&amp;Разгледзець канфлікты (%1)…</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Агульная папка: %1</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Апошняя сінхранізацыя не ўдалася: %1</translation>
    </message>
    <message>
        <source>Last sync %1: sent %2, applied %3.</source>
        <translation>Апошняя сінхранізацыя %1: адпраўлена %2, ужыта %3.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Чакае: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заўвага: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Адхілены: %1</translation>
    </message>
    <message>
        <source>Conflicts: changes made on two copies without seeing each other wait for you (File › Conflicts…).</source>
        <translation>Канфлікты: змены, зробленыя ў дзвюх копіях без ведама адна пра адну, чакаюць вашага рашэння (Файл › Канфлікты…).</translation>
    </message>
    <message>
        <source>Click for the members and the last sync&apos;s report.</source>
        <translation>Націсніце, каб убачыць удзельнікаў і справаздачу апошняй сінхранізацыі.</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>Your signing key {path} could not be read: {problem}.</source>
        <extracomment>Bytes of a tracker key (ChaCha20-Poly1305 takes 256-bit keys). Crockford&apos;s base 32 alphabet: no I, L, O or U, so a fingerprint read aloud or copied by hand cannot mix up 1/I/l or 0/O.</extracomment>
        <translation>Не ўдалося прачытаць ваш ключ подпісу {path}: {problem}.</translation>
    </message>
    <message>
        <source>Your signing key {path} cannot be used: {problem}.</source>
        <translation>Ваш ключ подпісу {path} нельга выкарыстаць: {problem}.</translation>
    </message>
    <message>
        <source>Your signing key could not be saved in {folder}: {problem}.</source>
        <translation>Не ўдалося захаваць ваш ключ подпісу ў {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Key {key} is already known with other contents; the new one was not kept.</source>
        <translation>Ключ {key} ужо вядомы з іншым зместам; новы не захаваны.</translation>
    </message>
    <message>
        <source>The tracker keys {path} could not be read: {problem}.</source>
        <translation>Не ўдалося прачытаць ключы трэкера {path}: {problem}.</translation>
    </message>
    <message>
        <source>The tracker keys {path} cannot be used: {problem}.</source>
        <translation>Ключы трэкера {path} нельга выкарыстаць: {problem}.</translation>
    </message>
    <message>
        <source>The tracker keys could not be saved in {path}: {problem}.</source>
        <translation>Не ўдалося захаваць ключы трэкера ў {path}: {problem}.</translation>
    </message>
    <message>
        <source>The key grant cannot be read: {problem}.</source>
        <translation>Перадачу ключа немагчыма прачытаць: {problem}.</translation>
    </message>
    <message>
        <source>The key grant belongs to another shared tracker.</source>
        <translation>Гэтая перадача ключа належыць іншаму агульнаму трэкеру.</translation>
    </message>
    <message>
        <source>The key grant is for another member.</source>
        <translation>Гэтая перадача ключа прызначана іншаму ўдзельніку.</translation>
    </message>
    <message>
        <source>The key grant is not signed by a coordinator of this tracker.</source>
        <translation>Перадача ключа не падпісана каардынатарам гэтага трэкера.</translation>
    </message>
    <message>
        <source>The key grant&apos;s signature does not match: it was altered.</source>
        <translation>Подпіс перадачы ключа не супадае: яе змянілі.</translation>
    </message>
    <message>
        <source>The key grant could not be opened with your key.</source>
        <translation>Перадачу ключа не ўдалося адкрыць вашым ключом.</translation>
    </message>
    <message>
        <source>The key grant holds no usable key.</source>
        <translation>У перадачы ключа няма прыдатнага ключа.</translation>
    </message>
</context>
<context>
    <name>SyncMembers</name>
    <message>
        <source>Only a coordinator can sign the member list.</source>
        <extracomment>Longest name in a join request, in characters. Set when removed: the last of their files still taken (0: none). The tracker key new files are encrypted with.</extracomment>
        <translation>Падпісаць спіс удзельнікаў можа толькі каардынатар.</translation>
    </message>
    <message>
        <source>The member list is not signed.</source>
        <translation>Спіс удзельнікаў не падпісаны.</translation>
    </message>
    <message>
        <source>The member list cannot be read: {error}.</source>
        <translation>Немагчыма прачытаць спіс удзельнікаў: {error}.</translation>
    </message>
    <message>
        <source>The member list&apos;s signature does not match: it was altered.</source>
        <translation>Подпіс спіса ўдзельнікаў не супадае: спіс быў зменены.</translation>
    </message>
    <message>
        <source>The member list is not signed by one of its coordinators.</source>
        <translation>Спіс удзельнікаў не падпісаны ніводным з яго каардынатараў.</translation>
    </message>
    <message>
        <source>The member list belongs to another shared tracker.</source>
        <translation>Спіс удзельнікаў належыць іншаму агульнаму трэкеру.</translation>
    </message>
    <message>
        <source>The member list is not newer than the one in use (version {version}).</source>
        <translation>Спіс удзельнікаў не навейшы за той, што выкарыстоўваецца (версія {version}).</translation>
    </message>
    <message>
        <source>The new member list is not signed by a coordinator of the current one.</source>
        <translation>Новы спіс удзельнікаў не падпісаны каардынатарам бягучага.</translation>
    </message>
    <message>
        <source>The new member list&apos;s signature does not match: it was altered.</source>
        <translation>Подпіс новага спіса ўдзельнікаў не супадае: спіс быў зменены.</translation>
    </message>
    <message>
        <source>The new member list leaves out {name}; members are removed, not deleted.</source>
        <translation>У новым спісе ўдзельнікаў няма {name}; удзельнікаў выдаляюць са статусам «выдалены», а не сціраюць.</translation>
    </message>
    <message>
        <source>The new member list changes {name}&apos;s keys.</source>
        <translation>Новы спіс удзельнікаў мяняе ключы {name}.</translation>
    </message>
    <message>
        <source>The new member list brings back {name}, who was removed.</source>
        <translation>Новы спіс удзельнікаў вяртае {name}, хоць яго выдалілі.</translation>
    </message>
    <message>
        <source>{name} was removed; they need a new key to join again.</source>
        <translation>{name} выдалены; каб далучыцца зноў, патрэбны новы ключ.</translation>
    </message>
    <message>
        <source>{name} is already a member.</source>
        <translation>{name} ужо ўдзельнік.</translation>
    </message>
    <message>
        <source>That person is not a current member.</source>
        <translation>Гэты чалавек не з’яўляецца бягучым удзельнікам.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another coordinator.</source>
        <translation>Нельга выдаліць сябе; звярніцеся да іншага каардынатара.</translation>
    </message>
    <message>
        <source>The tracker needs at least one coordinator.</source>
        <translation>У трэкера павінен быць хаця б адзін каардынатар.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Удзельніку патрэбна імя.</translation>
    </message>
    <message>
        <source>A member&apos;s name can have at most {count} characters.</source>
        <translation>Імя ўдзельніка можа мець не больш за {count} сімвалаў.</translation>
    </message>
    <message>
        <source>The join code is empty; paste the whole code or choose the join file.</source>
        <translation>Код далучэння пусты; устаўце ўвесь код або выберыце файл далучэння.</translation>
    </message>
    <message>
        <source>This is not a Policy Tracker join code (one starts with {prefix}:).</source>
        <translation>Гэта не код далучэння Policy Tracker (такі код пачынаецца з {prefix}:).</translation>
    </message>
    <message>
        <source>The join code was made by a newer version of Policy Tracker; upgrade this app first.</source>
        <translation>Код далучэння створаны навейшай версіяй Policy Tracker; спачатку абнавіце гэтую праграму.</translation>
    </message>
    <message>
        <source>The join code contains {letters}, which cannot be in one; check it was copied whole.</source>
        <translation>Код далучэння змяшчае {letters}, чаго ў ім быць не можа; праверце, ці скапіяваны ён цалкам.</translation>
    </message>
    <message>
        <source>The join code is incomplete or has a typo; ask for it again, or use the join file.</source>
        <translation>Код далучэння няпоўны або з памылкай; папрасіце яго яшчэ раз або скарыстайцеся файлам далучэння.</translation>
    </message>
    <message>
        <source>The member list is encrypted with tracker key {key}, which you were not given.</source>
        <translation>Спіс удзельнікаў зашыфраваны ключом трэкера {key}, якога вам не далі.</translation>
    </message>
    <message>
        <source>The member list is not signed by the coordinator whose fingerprint you were given; do not join.</source>
        <translation>Спіс удзельнікаў падпісаны не тым каардынатарам, чый адбітак вам далі; не далучайцеся.</translation>
    </message>
    <message>
        <source>The file is not a member list.</source>
        <translation>Гэты файл не спіс удзельнікаў.</translation>
    </message>
</context>
<context>
    <name>SyncRefusals</name>
    <message>
        <source>The file is cut short (it may still be arriving).</source>
        <extracomment>The smallest possible file: prefix, an empty header, nonce, size, the cipher&apos;s 16-byte tag, signature. A header is a few hundred bytes; refuse to parse megabytes of &quot;header&quot;. Why a file is not taken yet: it is shorter than its header says.</extracomment>
        <translation>Файл абрэзаны (магчыма, ён яшчэ прыходзіць).</translation>
    </message>
    <message>
        <source>The file is not a Policy Tracker sync file.</source>
        <translation>Гэта не файл сінхранізацыі Policy Tracker.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Policy Tracker (format {version}); it waits until this app is upgraded.</source>
        <translation>Файл запісаны навейшай версіяй Policy Tracker (фармат {version}); ён чакае, пакуль гэтую праграму абновяць.</translation>
    </message>
    <message>
        <source>The file has an unknown format version ({version}).</source>
        <translation>У файла невядомая версія фармату ({version}).</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged (it claims to be too long).</source>
        <translation>Загаловак файла пашкоджаны (ён заяўляе занадта вялікую даўжыню).</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged ({error}).</source>
        <translation>Загаловак файла пашкоджаны ({error}).</translation>
    </message>
    <message>
        <source>The file has extra bytes after its signature.</source>
        <translation>У файле ёсць лішнія байты пасля подпісу.</translation>
    </message>
    <message>
        <source>The file could not be decrypted with tracker key {key}.</source>
        <translation>Не ўдалося расшыфраваць файл ключом трэкера {key}.</translation>
    </message>
    <message>
        <source>The file belongs to another shared tracker.</source>
        <translation>Файл належыць іншаму агульнаму трэкеру.</translation>
    </message>
    <message>
        <source>The file is signed by {author}, who is not a member of this tracker.</source>
        <translation>Файл падпісаў {author}, які не з’яўляецца ўдзельнікам гэтага трэкера.</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not match {name}&apos;s key: it was altered.</source>
        <translation>Подпіс файла не адпавядае ключу {name}: файл быў зменены.</translation>
    </message>
    <message>
        <source>The file was written by {name} after they were removed from the tracker.</source>
        <translation>Файл запісаў {name} пасля таго, як яго выдалілі з трэкера.</translation>
    </message>
    <message>
        <source>The file is encrypted with tracker key {key}, which this computer does not have.</source>
        <translation>Файл зашыфраваны ключом трэкера {key}, якога на гэтым камп’ютары няма.</translation>
    </message>
    <message>
        <source>Another file with the same member and number was already applied; a number is never reused.</source>
        <extracomment>Refused for good: (file, code, reason); the reason is also kept in the local state. Not taken this time, and why (one sentence each); tried again at the next sync.</extracomment>
        <translation>Іншы файл з тым жа ўдзельнікам і нумарам ужо ўжыты; нумар ніколі не выкарыстоўваецца паўторна.</translation>
    </message>
    <message>
        <source>It waits for an earlier file of the same member.</source>
        <translation>Ён чакае ранейшага файла таго ж удзельніка.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Policy Tracker; it waits for an upgrade.</source>
        <extracomment>A file whose changes do not fit this tracker yet (a row they need has not arrived; the conflict rules said no): it waits, and the tracker is unchanged. A file that could not be applied for another reason (the tracker busy too long, another schema): it waits too. Refusing for good is only for files that fail their checks; a passing failure must not lose a change. Codes of files left pending, to be tried again at the next sync.</extracomment>
        <translation>Файл запісаны навейшай версіяй Policy Tracker; ён чакае абнаўлення праграмы.</translation>
    </message>
    <message>
        <source>The file was written by an older version of Policy Tracker and does not fit this tracker since its upgrade; it waits. Its author should upgrade and sync again.</source>
        <translation>Файл запісаны старэйшай версіяй Policy Tracker і пасля абнаўлення не пасуе да гэтага трэкера; ён чакае. Яго аўтару варта абнавіць праграму і сінхранізаваць зноў.</translation>
    </message>
    <message>
        <source>The file is no longer in the shared folder.</source>
        <extracomment>Our temporary files older than this are a crashed write&apos;s leftovers (younger ones may be another program&apos;s write in progress on this computer). Codes of refusals that may resolve themselves (a newer app, a key handed over, a member list or the rest of the file still arriving): the file stays pending. Any other refusal is final.</extracomment>
        <translation>Файла ўжо няма ў агульнай папцы.</translation>
    </message>
    <message>
        <source>The file is not complete yet (it may still be arriving).</source>
        <translation>Файл яшчэ не поўны (магчыма, ён яшчэ прыходзіць).</translation>
    </message>
    <message>
        <source>The file&apos;s contents do not match its name: it was altered or is incomplete.</source>
        <translation>Змесціва файла не адпавядае яго назве: файл зменены або няпоўны.</translation>
    </message>
    <message>
        <source>The file&apos;s signed header does not match its name in the shared folder.</source>
        <translation>Падпісаны загаловак файла не адпавядае яго назве ў агульнай папцы.</translation>
    </message>
    <message>
        <source>The sync state {path} cannot be read: {error}.</source>
        <translation>Немагчыма прачытаць стан сінхранізацыі {path}: {error}.</translation>
    </message>
    <message>
        <source>It waits for file {number} of the same member.</source>
        <translation>Ён чакае файла {number} таго ж удзельніка.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Share tracker</source>
        <translation>Абагуліць трэкер</translation>
    </message>
    <message>
        <source>Save the tracker to a file before sharing it.</source>
        <translation>Перад абагульваннем захавайце трэкер у файл.</translation>
    </message>
    <message>
        <source>This tracker is already shared through %1.</source>
        <translation>Гэты трэкер ужо абагулены праз %1.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Сінхранізаваць зараз</translation>
    </message>
    <message>
        <source>This tracker is not shared: share it (File › Share tracker…) or join a shared tracker first.</source>
        <translation>Гэты трэкер не абагулены: спачатку абагульце яго (Файл › Абагуліць трэкер…) або далучыцеся да агульнага трэкера.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Сінхранізацыя ўжо ідзе.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Сінхранізацыя…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Удзельнікі</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Сінхранізацыя не ўдалася: %1</translation>
    </message>
</context>
<context>
    <name>TrackerCommand</name>
    <message>
        <source>%1 would leave everything as it is.</source>
        <translation>«%1» нічога не зменіць.</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Не ўдаецца адмяніць або паўтарыць</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Дадаць доказ</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Змяніць доказ</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Архіваваць доказ</translation>
    </message>
    <message>
        <source>Restore evidence</source>
        <translation>Аднавіць доказ</translation>
    </message>
    <message>
        <source>the evidence is already archived.</source>
        <translation>доказ ужо ў архіве.</translation>
    </message>
    <message>
        <source>the evidence is not archived.</source>
        <translation>доказ не ў архіве.</translation>
    </message>
    <message>
        <source>Could not archive the evidence: another program kept the tracker busy; nothing changed. Try again.</source>
        <translation>Не ўдалося архіваваць доказ: іншая праграма занадта доўга займала трэкер; нічога не змянілася. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>Could not restore the evidence: another program kept the tracker busy; nothing changed. Try again.</source>
        <translation>Не ўдалося аднавіць доказ: іншая праграма занадта доўга займала трэкер; нічога не змянілася. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задаць статус</translation>
    </message>
    <message>
        <source>Propose status</source>
        <translation>Прапанаваць статус</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Выправіць ацэнку</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Дадаць краіну</translation>
    </message>
    <message>
        <source>Archive country</source>
        <translation>Архіваваць краіну</translation>
    </message>
    <message>
        <source>Restore country</source>
        <translation>Аднавіць краіну</translation>
    </message>
    <message>
        <source>the country is already archived.</source>
        <translation>краіна ўжо ў архіве.</translation>
    </message>
    <message>
        <source>the country is not archived.</source>
        <translation>краіна не ў архіве.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая група</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Перайменаваць групу</translation>
    </message>
    <message>
        <source>Change group members</source>
        <translation>Змяніць склад групы</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Выдаліць групу</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <source>Tracker title</source>
        <translation>Назва трэкера</translation>
    </message>
    <message>
        <source>Shown in the window, reports and exports</source>
        <translation>Паказваецца ў акне, справаздачах і экспарце</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
    <message>
        <source>Where the recommendations come from (author, publication, year)</source>
        <translation>Адкуль рэкамендацыі (аўтар, публікацыя, год)</translation>
    </message>
    <message>
        <source>Tracker description</source>
        <translation>Апісанне трэкера</translation>
    </message>
    <message>
        <source>What this tracker follows, for readers</source>
        <translation>Што адсочвае гэты трэкер — для чытачоў</translation>
    </message>
    <message>
        <source>Review interval in days</source>
        <translation>Інтэрвал праверкі ў днях</translation>
    </message>
    <message>
        <source>A status older than this is marked for review in the matrix</source>
        <translation>Старэйшы статус пазначаецца ў матрыцы як той, што патрабуе праверкі</translation>
    </message>
    <message>
        <source>Status changes need review by a second person</source>
        <translation>Змены статусу павінен праверыць другі чалавек</translation>
    </message>
    <message>
        <source>A status set by one person is proposed; another person approves it in the Review tab before it counts</source>
        <translation>Статус, зададзены адным чалавекам, становіцца прапановай; іншы чалавек ухваляе яго на ўкладцы «Праверка», перш чым ён будзе ўлічвацца</translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation>&amp;Назва*</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Крыніца</translation>
    </message>
    <message>
        <source>source</source>
        <translation>крыніца</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Апісанне</translation>
    </message>
    <message>
        <source>description</source>
        <translation>апісанне</translation>
    </message>
    <message>
        <source>Review &amp;interval</source>
        <translation>Інтэрвал &amp;праверкі</translation>
    </message>
    <message>
        <source>review interval days</source>
        <translation>інтэрвал праверкі</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln дзень</numerusform>
            <numerusform>%Ln дні</numerusform>
            <numerusform>%Ln дзён</numerusform>
        </translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Назва абавязковая.</translation>
    </message>
</context>
<context>
    <name>TrackerStatusBar</name>
    <message>
        <source>Status bar</source>
        <translation>Радок стану</translation>
    </message>
    <message>
        <source>Tracker file</source>
        <translation>Файл трэкера</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Колькасці</translation>
    </message>
    <message>
        <source>As-of date in force</source>
        <translation>Дзейная дата стану</translation>
    </message>
    <message>
        <source>(not saved to a file)</source>
        <translation>(не захавана ў файл)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln краіна</numerusform>
            <numerusform>%Ln краіны</numerusform>
            <numerusform>%Ln краін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendations</source>
        <translation>
            <numerusform>%Ln рэкамендацыя</numerusform>
            <numerusform>%Ln рэкамендацыі</numerusform>
            <numerusform>%Ln рэкамендацый</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of evidence</source>
        <translation>
            <numerusform>%Ln доказ</numerusform>
            <numerusform>%Ln доказы</numerusform>
            <numerusform>%Ln доказаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessments</source>
        <translation>
            <numerusform>%Ln ацэнка</numerusform>
            <numerusform>%Ln ацэнкі</numerusform>
            <numerusform>%Ln ацэнак</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries shown in the matrix (group filter: %1); recommendations, evidence and assessments in the whole tracker</source>
        <translation>Краіны, паказаныя ў матрыцы (фільтр групы: %1); рэкамендацыі, доказы і ацэнкі ва ўсім трэкеры</translation>
    </message>
    <message>
        <source>Countries shown in the matrix; recommendations, evidence and assessments in the whole tracker</source>
        <translation>Краіны, паказаныя ў матрыцы; рэкамендацыі, доказы і ацэнкі ва ўсім трэкеры</translation>
    </message>
    <message>
        <source>As of %1 (today)</source>
        <translation>Стан на %1 (сёння)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Стан на %1</translation>
    </message>
    <message>
        <source> · changes since %1 outlined</source>
        <translation> · змены з %1 абведзены рамкай</translation>
    </message>
</context>
<context>
    <name>TrackerWatcher</name>
    <message>
        <source>The tracker file is no longer at %1; edits made now may not be saved there.</source>
        <extracomment>How often the file is asked whether another program committed, while the app is in front / behind. At most this share of the time goes to refreshing for others&apos; changes: after a refresh that took 100 ms (a whole large tracker reloaded), the next look waits 400 ms more than usual. How long the status bar shows &quot;Updated: … by …&quot;. The object name of the note a form gets when its record changed elsewhere (tests find it by it).</extracomment>
        <translation>Файла трэкера больш няма па адрасе %1; змены, зробленыя зараз, могуць там не захавацца.</translation>
    </message>
    <message>
        <source>Another program replaced %1: open it again to see the new file.</source>
        <translation>Іншая праграма замяніла %1: адкрыйце яго зноў, каб убачыць новы файл.</translation>
    </message>
    <message>
        <source>Another program replaced %1: showing the new file.</source>
        <translation>Іншая праграма замяніла %1: паказваецца новы файл.</translation>
    </message>
    <message>
        <source>Cannot see changes made by other programs just now: %1.</source>
        <translation>Зараз не відаць змен, зробленых іншымі праграмамі: %1.</translation>
    </message>
    <message>
        <source>%1 changed this record since, so it is left as they made it</source>
        <translation>з таго часу гэты запіс змяніў(-ла) %1, таму ён пакінуты ў іхняй рэдакцыі</translation>
    </message>
</context>
<context>
    <name>TranslationsModel</name>
    <message>
        <source>missing</source>
        <extracomment>A text&apos;s state in the chosen language, in words (the colour of the row only repeats it).</extracomment>
        <translation>бракуе</translation>
    </message>
    <message>
        <source>English changed</source>
        <translation>англійскі тэкст зменены</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>перакладзена</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Тэкст</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Па-англійску</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Пераклад</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>TranslationsPage</name>
    <message>
        <source>All translated</source>
        <translation>Усё перакладзена</translation>
    </message>
    <message>
        <source>%1 of %2 missing</source>
        <translation>Бракуе %1 з %2</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>&amp;Захаваць пераклад</translation>
    </message>
    <message>
        <source>Save the translation of the chosen text (Ctrl+Z undoes it)</source>
        <translation>Захаваць пераклад выбранага тэксту (Ctrl+Z адменіць гэта)</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Мова перакладу</translation>
    </message>
    <message>
        <source>Missing translations</source>
        <translation>Адсутныя пераклады</translation>
    </message>
    <message>
        <source>Show only texts to translate</source>
        <translation>Паказваць толькі тэксты для перакладу</translation>
    </message>
    <message>
        <source>Show only missing and out-of-date translations</source>
        <translation>Паказваць толькі адсутныя і састарэлыя пераклады</translation>
    </message>
    <message>
        <source>Codebook texts and their translations</source>
        <translation>Тэксты кодавай кнігі і іх пераклады</translation>
    </message>
    <message>
        <source>Translation columns</source>
        <translation>Слупкі перакладаў</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Англійскі тэкст</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Пераклад</translation>
    </message>
    <message>
        <source>Type the translation; leave empty to remove it</source>
        <translation>Увядзіце пераклад; пакіньце пустым, каб выдаліць яго</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Па-англійску</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>Пераклад (%1)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Па-англійску: %1</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading tracker</source>
        <translation>Абнаўленне трэкера</translation>
    </message>
    <message>
        <source>Upgrading this tracker to the new version… this happens once.</source>
        <translation>Трэкер абнаўляецца да новай версіі… гэта адбываецца адзін раз.</translation>
    </message>
    <message>
        <source>Upgrade message</source>
        <translation>Паведамленне пра абнаўленне</translation>
    </message>
    <message>
        <source>%1 is being brought up to this version of Policy Tracker. A large tracker can take a few minutes; please leave the app open. A copy of the file as it was is kept beside it as %2.</source>
        <translation>%1 абнаўляецца да гэтай версіі Policy Tracker. Для вялікага трэкера гэта можа заняць некалькі хвілін; калі ласка, не закрывайце праграму. Копія файла ў ранейшым стане захоўваецца побач з ім як %2.</translation>
    </message>
    <message>
        <source>Upgrade details</source>
        <translation>Падрабязнасці абнаўлення</translation>
    </message>
    <message>
        <source>Upgrade progress</source>
        <translation>Ход абнаўлення</translation>
    </message>
</context>
<context>
    <name>UpgradeWorker</name>
    <message>
        <source>%1 could not be upgraded to this version (%2); it was left as it was.</source>
        <translation>%1 не ўдалося абнавіць да гэтай версіі (%2); файл застаўся без змен.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Policy Tracker — User guide</source>
        <translation>Policy Tracker — Даведнік карыстальніка</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Даведнік карыстальніка</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Тэкст даведніка</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Пошук у даведніку</translation>
    </message>
    <message>
        <source>Find in the guide (Enter finds the next)</source>
        <translation>Пошук у даведніку (Enter — наступнае супадзенне)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Вынік пошуку</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Знайсці:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не знойдзена</translation>
    </message>
</context>
<context>
    <name>ViewControls</name>
    <message>
        <source>As of</source>
        <translation>Стан на</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Дата стану</translation>
    </message>
    <message>
        <source>Show the tracker as it stood on this date (Ctrl+D)</source>
        <translation>Паказаць трэкер такім, якім ён быў на гэтую дату (Ctrl+D)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сёння</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Вярнуцца да сённяшняга дня</translation>
    </message>
    <message>
        <source>Group filter</source>
        <translation>Фільтр групы</translation>
    </message>
    <message>
        <source>Show one group of countries (Ctrl+G)</source>
        <translation>Паказаць адну групу краін (Ctrl+G)</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Змены з</translation>
    </message>
    <message>
        <source>Highlight changes since</source>
        <translation>Вылучыць змены з</translation>
    </message>
    <message>
        <source>Outline the cells whose status changed since this date (Ctrl+Shift+D)</source>
        <translation>Абвесці клеткі, статус якіх змяніўся з гэтай даты (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Compare from date</source>
        <translation>Дата, з якой параўноўваць</translation>
    </message>
    <message>
        <source>Include proposed</source>
        <translation>Улічваць прапанаваныя</translation>
    </message>
    <message>
        <source>Include proposed statuses</source>
        <translation>Улічваць прапанаваныя статусы</translation>
    </message>
    <message>
        <source>Count statuses proposed but not yet reviewed in the scores and ranks (the matrix marks them with ◆ either way)</source>
        <translation>Улічваць у балах і месцах статусы, прапанаваныя, але яшчэ не правераныя (матрыца ў любым выпадку пазначае іх ◆)</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усе краіны</translation>
    </message>
</context>
<context>
    <name>WatcherTexts</name>
    <message>
        <source>Updated: another program changed this tracker</source>
        <translation>Абноўлена: іншая праграма змяніла гэты трэкер</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %Ln changes by %1</source>
        <translation>
            <numerusform>Абноўлена: %Ln змена (%1)</numerusform>
            <numerusform>Абноўлена: %Ln змены (%1)</numerusform>
            <numerusform>Абноўлена: %Ln змен (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this evidence while you were editing it, so it cannot be saved. What you typed is kept: copy what you need, or add it again as new evidence.</source>
        <translation>Пакуль вы рэдагавалі гэты доказ, яго выдаліў(-ла) %1, таму яго нельга захаваць. Уведзенае захавана: скапіруйце патрэбнае або дадайце яго зноў як новы доказ.</translation>
    </message>
    <message>
        <source>%1 changed this evidence while you were editing it. What you typed is kept: Save replaces their version with yours, Cancel keeps theirs.</source>
        <translation>Пакуль вы рэдагавалі гэты доказ, яго змяніў(-ла) %1. Уведзенае захавана: «Захаваць» заменіць іхнюю версію вашай, «Скасаваць» пакіне іхнюю.</translation>
    </message>
    <message>
        <source>%1 changed this cell while you were editing. What you typed is kept: Save records your judgement too, and the timeline shows both.</source>
        <translation>Пакуль вы рэдагавалі, гэту клетку змяніў(-ла) %1. Уведзенае захавана: «Захаваць» запіша і вашу ацэнку, а храналогія пакажа абедзве.</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Зменена іншай праграмай</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>іншая праграма</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 і %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %Ln others</source>
        <translation>
            <numerusform>%1, %2 і яшчэ %Ln чалавек</numerusform>
            <numerusform>%1, %2 і яшчэ %Ln чалавекі</numerusform>
            <numerusform>%1, %2 і яшчэ %Ln чалавек</numerusform>
        </translation>
    </message>
</context>
</TS>
