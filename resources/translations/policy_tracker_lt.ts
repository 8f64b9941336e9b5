<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New evidence…</source>
        <translation>&amp;Naujas įrodymas…</translation>
    </message>
    <message>
        <source>Log a dated source and link it to cells</source>
        <translation>Užrašyti datuotą šaltinį ir susieti jį su langeliais</translation>
    </message>
    <message>
        <source>&amp;Set status…</source>
        <translation>&amp;Nustatyti būseną…</translation>
    </message>
    <message>
        <source>Record a new judgement for the selected cell</source>
        <translation>Įrašyti naują pasirinkto langelio vertinimą</translation>
    </message>
    <message>
        <source>&amp;Edit evidence…</source>
        <translation>&amp;Redaguoti įrodymą…</translation>
    </message>
    <message>
        <source>&amp;Archive evidence</source>
        <translation>&amp;Archyvuoti įrodymą</translation>
    </message>
    <message>
        <source>Open source &amp;link</source>
        <translation>Atverti šaltinio nu&amp;orodą</translation>
    </message>
    <message>
        <source>&amp;Search evidence</source>
        <translation>I&amp;eškoti įrodymų</translation>
    </message>
    <message>
        <source>Search the evidence (full text)</source>
        <translation>Ieškoti įrodymuose (visame tekste)</translation>
    </message>
    <message>
        <source>&amp;Go to country…</source>
        <translation>&amp;Eiti į šalį…</translation>
    </message>
    <message>
        <source>Jump to a country in the matrix by name or code</source>
        <translation>Pereiti prie šalies matricoje pagal pavadinimą ar kodą</translation>
    </message>
    <message>
        <source>Show the tracker as it stood on a date</source>
        <translation>Rodyti stebėseną tokią, kokia ji buvo tam tikrą dieną</translation>
    </message>
    <message>
        <source>Show one group of countries</source>
        <translation>Rodyti vieną šalių grupę</translation>
    </message>
    <message>
        <source>Highlight &amp;changes since…</source>
        <translation>Paryškinti po&amp;kyčius nuo…</translation>
    </message>
    <message>
        <source>Outline cells whose status changed since a date</source>
        <translation>Apibrėžti langelius, kurių būsena pasikeitė nuo tam tikros datos</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <source>Export the scorecard, assessments, history or evidence</source>
        <translation>Eksportuoti vertinimų lentelę, būsenas, istoriją ar įrodymus</translation>
    </message>
    <message>
        <source>&amp;New tracker…</source>
        <translation>&amp;Nauja stebėsena…</translation>
    </message>
    <message>
        <source>&amp;Open tracker…</source>
        <translation>&amp;Atverti stebėseną…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Įrašyti &amp;kopiją…</translation>
    </message>
    <message>
        <source>Chec&amp;k and repair tracker…</source>
        <translation>Pa&amp;tikrinti ir pataisyti stebėseną…</translation>
    </message>
    <message>
        <source>Check the tracker file for damage and repair what can be repaired</source>
        <translation>Patikrinti, ar stebėsenos failas nepažeistas, ir pataisyti, ką įmanoma</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Atk&amp;urti iš atsarginės kopijos…</translation>
    </message>
    <message>
        <source>Replace the tracker with one of its automatic backups (the current state is backed up first)</source>
        <translation>Pakeisti stebėsenos failą viena iš automatinių atsarginių kopijų (pirmiau išsaugoma dabartinės būsenos kopija)</translation>
    </message>
    <message>
        <source>&amp;Import evidence…</source>
        <translation>&amp;Importuoti įrodymus…</translation>
    </message>
    <message>
        <source>Bring in evidence kept in a spreadsheet (CSV or Excel)</source>
        <translation>Įkelti įrodymus iš skaičiuoklės (CSV ar Excel)</translation>
    </message>
    <message>
        <source>&amp;As-of date</source>
        <translation>&amp;Būsena dienai</translation>
    </message>
    <message>
        <source>Gr&amp;oup filter</source>
        <translation>&amp;Grupės filtras</translation>
    </message>
    <message>
        <source>Impor&amp;t codebook…</source>
        <translation>Importuoti ko&amp;dų knygą…</translation>
    </message>
    <message>
        <source>Give a blank tracker its recommendations and status scale from a codebook (JSON) or a CSV of recommendations</source>
        <translation>Įkelti į tuščią stebėseną rekomendacijas ir būsenų skalę iš kodų knygos (JSON) ar rekomendacijų CSV failo</translation>
    </message>
    <message>
        <source>Export co&amp;debook…</source>
        <translation>Eksportuoti kodų kny&amp;gą…</translation>
    </message>
    <message>
        <source>Save this tracker&apos;s codebook as a JSON file another tracker can start from (init --codebook)</source>
        <translation>Įrašyti šios stebėsenos kodų knygą kaip JSON failą, nuo kurio galima pradėti kitą stebėseną (init --codebook)</translation>
    </message>
    <message>
        <source>Countries and &amp;groups…</source>
        <translation>Šalys ir &amp;grupės…</translation>
    </message>
    <message>
        <source>Add, archive and restore countries; create, rename and delete groups and choose their members</source>
        <translation>Pridėti, archyvuoti ir atkurti šalis; kurti, pervadinti ir šalinti grupes bei rinktis jų nares</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Kodų knyga…</translation>
    </message>
    <message>
        <source>Edit the recommendations, the status scale, the grades and the tracker&apos;s title, source and settings</source>
        <translation>Redaguoti rekomendacijas, būsenų skalę, pažymius ir stebėsenos pavadinimą, šaltinį bei nuostatas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Nuo&amp;statos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti darbą</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrica</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>Į&amp;rodymai</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>Šalių &amp;vertinimai</translation>
    </message>
    <message>
        <source>Cell &amp;details</source>
        <translation>Langelio &amp;informacija</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Is&amp;torija</translation>
    </message>
    <message>
        <source>Every change ever made, newest first</source>
        <translation>Visi kada nors atlikti pakeitimai, naujausi pirmi</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Peržiūra</translation>
    </message>
    <message>
        <source>Proposed statuses waiting for review, and those returned to you</source>
        <translation>Siūlomos būsenos, laukiančios peržiūros, ir grąžintos jums</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Atn&amp;aujinti</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Naudotojo vadovas</translation>
    </message>
    <message>
        <source>How to use Policy Tracker (works offline)</source>
        <translation>Kaip naudotis Policy Tracker (veikia be interneto)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Spartieji klavišai</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, searchable</source>
        <translation>Visi spartieji klavišai, su paieška</translation>
    </message>
    <message>
        <source>&amp;About Policy Tracker</source>
        <translation>&amp;Apie Policy Tracker</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Pakartoti</translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>Back to today</source>
        <translation>Grįžti į šiandieną</translation>
    </message>
    <message>
        <source>Show the tracker as it stands today</source>
        <translation>Rodyti stebėseną tokią, kokia ji yra šiandien</translation>
    </message>
    <message>
        <source>Showing the tracker as of %1, not today</source>
        <translation>Rodoma stebėsenos būsena %1, ne šiandienos</translation>
    </message>
    <message>
        <source>Showing the tracker as it will stand on %1, not today</source>
        <translation>Rodoma stebėsenos būsena, kokia ji bus %1, ne šiandienos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing the tracker as of %1&lt;/b&gt; — not today. Statuses and scores are those in force on that date.</source>
        <translation>&lt;b&gt;Rodoma stebėsenos būsena %1&lt;/b&gt; — ne šiandienos. Rodomos tą dieną galiojančios būsenos ir balai.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing the tracker as it will stand on %1&lt;/b&gt; — not today. Statuses and scores are those in force on that date.</source>
        <translation>&lt;b&gt;Rodoma stebėsenos būsena, kokia ji bus %1&lt;/b&gt; — ne šiandienos. Rodomos tą dieną galiojančios būsenos ir balai.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the date&apos;s format (Qt&apos;s QDate::toString)</comment>
        <translation>yyyy &apos;m.&apos; MMMM d &apos;d.&apos;</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>* not graded (under half assessed)</source>
        <extracomment>The matrix&apos;s other marks, explained after the statuses. Explained while review is on or any proposal waits (:func:`matrix_marks`).</extracomment>
        <translation>* be galutinio įvertinimo (įvertinta mažiau nei pusė)</translation>
    </message>
    <message>
        <source>* not graded (under all assessed)</source>
        <translation>* be galutinio įvertinimo (įvertinta ne viskas)</translation>
    </message>
    <message>
        <source>* not graded (under %1 assessed)</source>
        <translation>* be galutinio įvertinimo (įvertinta mažiau nei %1)</translation>
    </message>
    <message>
        <source>%1 needs review</source>
        <translation>%1 reikia peržiūrėti</translation>
    </message>
    <message>
        <source>number = pieces of evidence</source>
        <translation>skaičius = įrodymų skaičius</translation>
    </message>
    <message>
        <source>%1 proposed, waiting for review</source>
        <translation>%1 pasiūlyta, laukia peržiūros</translation>
    </message>
    <message>
        <source>▲▼ outlined: changed since the comparison date</source>
        <translation>▲▼ apvesta: pasikeitė nuo palyginimo datos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Matrix</source>
        <extracomment>How long after the window is first shown the day&apos;s backup starts (after the first paint, off the start-up path). The actions that change the tracker: disabled while it is open read-only (db.store.Tracker.read_only).</extracomment>
        <translation>&amp;Matrica</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>Įro&amp;dymai</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>Šalių &amp;vertinimai</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>I&amp;storija</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Peržiūra</translation>
    </message>
    <message>
        <source>&amp;Review (%1)</source>
        <translation>&amp;Peržiūra (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed statuses waiting for your review</source>
        <translation>
            <numerusform>%Ln pasiūlyta būsena laukia jūsų peržiūros</numerusform>
            <numerusform>%Ln pasiūlytos būsenos laukia jūsų peržiūros</numerusform>
            <numerusform>%Ln pasiūlytų būsenų laukia jūsų peržiūros</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed statuses and their review</source>
        <translation>Pasiūlytos būsenos ir jų peržiūra</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Main toolbar</source>
        <translation>Pagrindinė įrankių juosta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Paskutinės stebėsenos</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Taisa</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Įr&amp;odymai</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Būsena</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ž&amp;inynas</translation>
    </message>
</context>
<context>
    <name>TrackerStatusBar</name>
    <message>
        <source>(not saved to a file)</source>
        <translation>(neįrašyta į failą)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln šalis</numerusform>
            <numerusform>%Ln šalys</numerusform>
            <numerusform>%Ln šalių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendations</source>
        <translation>
            <numerusform>%Ln rekomendacija</numerusform>
            <numerusform>%Ln rekomendacijos</numerusform>
            <numerusform>%Ln rekomendacijų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of evidence</source>
        <translation>
            <numerusform>%Ln įrodymas</numerusform>
            <numerusform>%Ln įrodymai</numerusform>
            <numerusform>%Ln įrodymų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessments</source>
        <translation>
            <numerusform>%Ln vertinimas</numerusform>
            <numerusform>%Ln vertinimai</numerusform>
            <numerusform>%Ln vertinimų</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries shown in the matrix (group filter: %1); recommendations, evidence and assessments in the whole tracker</source>
        <translation>Matricoje rodomos šalys (grupės filtras: %1); rekomendacijos, įrodymai ir vertinimai visoje stebėsenoje</translation>
    </message>
    <message>
        <source>Countries shown in the matrix; recommendations, evidence and assessments in the whole tracker</source>
        <translation>Matricoje rodomos šalys; rekomendacijos, įrodymai ir vertinimai visoje stebėsenoje</translation>
    </message>
    <message>
        <source>As of %1 (today)</source>
        <translation>Būsena %1 (šiandien)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Būsena %1</translation>
    </message>
    <message>
        <source> · changes since %1 outlined</source>
        <translation> · pokyčiai nuo %1 apvesti rėmeliu</translation>
    </message>
</context>
<context>
    <name>ViewControls</name>
    <message>
        <source>As of</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupė</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Būsenos data</translation>
    </message>
    <message>
        <source>Show the tracker as it stood on this date (Ctrl+D)</source>
        <translation>Rodyti stebėseną tokią, kokia ji buvo šią dieną (Ctrl+D)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Grįžti į šiandieną</translation>
    </message>
    <message>
        <source>Group filter</source>
        <translation>Grupės filtras</translation>
    </message>
    <message>
        <source>Show one group of countries (Ctrl+G)</source>
        <translation>Rodyti vieną šalių grupę (Ctrl+G)</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Pokyčiai nuo</translation>
    </message>
    <message>
        <source>Highlight changes since</source>
        <translation>Paryškinti pokyčius nuo</translation>
    </message>
    <message>
        <source>Outline the cells whose status changed since this date (Ctrl+Shift+D)</source>
        <translation>Apibrėžti langelius, kurių būsena pasikeitė nuo šios datos (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Compare from date</source>
        <translation>Palyginimo pradžios data</translation>
    </message>
    <message>
        <source>Include proposed</source>
        <translation>Įtraukti siūlomas</translation>
    </message>
    <message>
        <source>Include proposed statuses</source>
        <translation>Įtraukti siūlomas būsenas</translation>
    </message>
    <message>
        <source>Count statuses proposed but not yet reviewed in the scores and ranks (the matrix marks them with ◆ either way)</source>
        <translation>Į balus ir vietas įskaičiuoti pasiūlytas, bet dar nepatikrintas būsenas (matrica jas bet kuriuo atveju žymi ◆)</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Visos šalys</translation>
    </message>
</context>
</TS>
