<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY">
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
    <name>AsOfBanner</name>
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
        <source>▲▼ outlined: changed since the comparison date</source>
        <translation>▲▼ у рамцы: змянілася пасля даты параўнання</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Matrix</source>
        <extracomment>How long after the window is first shown the day&apos;s backup starts (after the first paint, off the start-up path). The actions that change the tracker: disabled while it is open read-only (db.store.Tracker.read_only).</extracomment>
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
    <name>TrackerStatusBar</name>
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
</TS>
