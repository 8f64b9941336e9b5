<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Follow, country by country, whether governments act on policy recommendations. Your data stays in one file on this computer; nothing leaves it unless you export it.</source>
        <translation>Stebėkite, šalis po šalies, ar vyriausybės įgyvendina politikos rekomendacijas. Jūsų duomenys lieka viename faile šiame kompiuteryje; niekas iš jo neišeina, kol patys jų neeksportuosite.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Šaltinis:</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodika</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score.&lt;/b&gt; A country&apos;s score is the weighted mean of the scores of its &lt;i&gt;assessed&lt;/i&gt; recommendations, from 0 to 100. Cells not assessed are left out, never counted as 0; coverage (&quot;4 of 5 assessed&quot;) is shown with every score. %1 A score without a grade is marked * (not graded). &lt;b&gt;Grades:&lt;/b&gt; %2; ranks are among the graded countries.</source>
        <translation>&lt;b&gt;Balas.&lt;/b&gt; Šalies balas – tai jos &lt;i&gt;įvertintų&lt;/i&gt; rekomendacijų balų svertinis vidurkis nuo 0 iki 100. Neįvertinti langeliai neįskaičiuojami ir niekada nelaikomi 0; aprėptis („įvertinta 4 iš 5“) rodoma prie kiekvieno balo. %1 Balas be pažymio pažymimas * (be pažymio). &lt;b&gt;Pažymiai:&lt;/b&gt; %2; vietos skiriamos tik šalims su pažymiu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current status.&lt;/b&gt; The assessment with the latest effective date counts (ties: the one recorded last). Scores can be computed as of any date. A status older than the review interval is flagged ⚑ for review.</source>
        <translation>&lt;b&gt;Dabartinė būsena.&lt;/b&gt; Galioja vertinimas su vėliausia įsigaliojimo data (kai datos vienodos – įrašytas paskutinis). Balus galima apskaičiuoti bet kuriai datai. Būsena, senesnė už peržiūros intervalą, pažymima ⚑ peržiūrai.</translation>
    </message>
    <message>
        <source>About Policy Tracker</source>
        <translation>Apie Policy Tracker</translation>
    </message>
    <message>
        <source>About and methodology</source>
        <translation>Apie programą ir metodika</translation>
    </message>
</context>
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
        <source>S&amp;hare tracker…</source>
        <translation>Bend&amp;rinti stebėseną…</translation>
    </message>
    <message>
        <source>Share this tracker with your coalition through a shared folder</source>
        <translation>Bendrinti šią stebėseną su koalicija per bendrą aplanką</translation>
    </message>
    <message>
        <source>&amp;Join a shared tracker…</source>
        <translation>Prisi&amp;jungti prie bendros stebėsenos…</translation>
    </message>
    <message>
        <source>Ask to join a coalition&apos;s shared tracker, then make your copy of it</source>
        <translation>Paprašyti prisijungti prie bendros koalicijos stebėsenos, tada susikurti jos kopiją</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sin&amp;chronizuoti dabar</translation>
    </message>
    <message>
        <source>Send your changes to the shared folder and take everyone else&apos;s</source>
        <translation>Išsiųsti savo pakeitimus į bendrą aplanką ir paimti kitų pakeitimus</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>K&amp;oalicijos nariai…</translation>
    </message>
    <message>
        <source>Who shares this tracker, when each last synced; add or remove members</source>
        <translation>Kas bendrina šią stebėseną ir kada kiekvienas paskutinį kartą sinchronizavo; pridėti ar pašalinti narių</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>Kon&amp;fliktai…</translation>
    </message>
    <message>
        <source>Changes made on two copies without seeing each other: keep or swap them</source>
        <translation>Pakeitimai, atlikti dviejose kopijose nežinant viena apie kitą: palikti arba pakeisti juos</translation>
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
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Pridėti narį</translation>
    </message>
    <message>
        <source>Paste the newcomer&apos;s join code, or choose the join file they sent you.</source>
        <translation>Įklijuokite naujoko prisijungimo kodą arba pasirinkite jo atsiųstą prisijungimo failą.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Prisijungimo kodas</translation>
    </message>
    <message>
        <source>Choose join &amp;file…</source>
        <translation>Pasirinkti &amp;failą…</translation>
    </message>
    <message>
        <source>Choose the join file</source>
        <translation>Pasirinkti prisijungimo failą</translation>
    </message>
    <message>
        <source>Who the code names</source>
        <translation>Ką nurodo kodas</translation>
    </message>
    <message>
        <source>I compared this fingerprint with them by another channel</source>
        <translation>Šį kontrolinį kodą su juo palyginau kitu kanalu</translation>
    </message>
    <message>
        <source>Fingerprint compared</source>
        <translation>Kontrolinis kodas palygintas</translation>
    </message>
    <message>
        <source>Make them a coordinator too (they can add and remove members)</source>
        <translation>Padaryti jį ir koordinatoriumi (galės pridėti ir pašalinti narius)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatorius</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Pri&amp;dėti</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Join files (*.ptjoin);;All files (*)</source>
        <translation>Prisijungimo failai (*.ptjoin);;Visi failai (*)</translation>
    </message>
    <message>
        <source>The name and fingerprint in the code appear here.</source>
        <translation>Čia atsiras kode nurodytas vardas ir kontrolinis kodas.</translation>
    </message>
    <message>
        <source>Name: %1
Fingerprint: %2
Ask them to read their fingerprint to you and compare it, letter by letter.</source>
        <translation>Vardas: %1
Kontrolinis kodas: %2
Paprašykite, kad perskaitytų jums savo kodą, ir palyginkite jį raidė po raidės.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open tracker</source>
        <translation>Nepavyksta atverti stebėsenos</translation>
    </message>
    <message>
        <source>The default tracker will be opened instead.</source>
        <translation>Vietoj jos bus atverta numatytoji stebėsena.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Another program is writing to this tracker; trying again…</source>
        <extracomment>While another program holds the write lock, the window tries again for this long in all. How long SQLite itself waits for the lock on each try: the longest the window stops responding. The pause between tries, during which the window repaints (typing and clicks wait until the end). What the status bar says while the window waits for the lock.</extracomment>
        <translation>Kita programa rašo į šią stebėseną; bandoma dar kartą…</translation>
    </message>
    <message>
        <source>Could not save; your entries are kept. Try again.</source>
        <extracomment>What a form says when a save still failed: what was typed stays in the form.</extracomment>
        <translation>Nepavyko įrašyti; įvesti duomenys išsaugoti. Bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Could not undo “%1”; nothing changed. Try again.</source>
        <translation>Nepavyko atšaukti „%1“; niekas nepasikeitė. Bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Could not redo “%1”; nothing changed. Try again.</source>
        <translation>Nepavyko pakartoti „%1“; niekas nepasikeitė. Bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Nepavyksta atšaukti</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Nepavyksta pakartoti</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>Nėra ką keisti: %1</translation>
    </message>
    <message>
        <source>the tracker file or its folder is read-only</source>
        <extracomment>SQLite&apos;s primary result codes a user can do something about, and what to tell them.</extracomment>
        <translation>stebėsenos failas ar jo aplankas skirtas tik skaityti</translation>
    </message>
    <message>
        <source>the disk could not be written to</source>
        <translation>nepavyko įrašyti į diską</translation>
    </message>
    <message>
        <source>the tracker file is damaged (File › Check and repair tracker… can say more)</source>
        <translation>stebėsenos failas sugadintas (Failas › Patikrinti ir pataisyti stebėseną… pasakys daugiau)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>diskas pilnas</translation>
    </message>
    <message>
        <source>the tracker file could not be opened</source>
        <translation>nepavyko atverti stebėsenos failo</translation>
    </message>
    <message>
        <source>Could not save: %1; your entries are kept.</source>
        <translation>Nepavyko įrašyti: %1; įvesti duomenys išsaugoti.</translation>
    </message>
    <message>
        <source> Details were saved to %1.</source>
        <translation> Išsamiau įrašyta faile %1.</translation>
    </message>
    <message>
        <source>The tracker could not be read or changed: %1; your entries are kept.</source>
        <translation>Nepavyko perskaityti ar pakeisti stebėsenos: %1; įvesti duomenys išsaugoti.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1); what you were doing may not have finished.</source>
        <translation>Įvyko netikėta klaida (%1); tai, ką darėte, galėjo nepasibaigti.</translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>Past as-of date</source>
        <translation>Praeities data</translation>
    </message>
    <message>
        <source>Past date</source>
        <translation>Praėjusi data</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Rodoma data</translation>
    </message>
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
    <name>AttachmentActions</name>
    <message>
        <source>Save attachment as</source>
        <extracomment>The message boxes&apos; titles (English sources, translated by :func:`_tr` where shown).</extracomment>
        <translation>Įrašyti priedą kaip</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Atverti priedą</translation>
    </message>
    <message>
        <source>This evidence has no attached file.</source>
        <translation>Prie šio įrodymo nėra pridėto failo.</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1 failai (*.%2);;Visi failai (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>%1 is a program or script, so it is not opened from the tracker; use Save attachment as… and check it before running it.</source>
        <translation>%1 yra programa ar scenarijus, todėl iš stebėsenos jis neatveriamas; naudokite „Įrašyti priedą kaip…“ ir patikrinkite jį prieš paleisdami.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1; save it instead.</source>
        <translation>Jokia šio kompiuterio programa neatveria %1; geriau jį įrašykite.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>daily</source>
        <extracomment>How the list names why a backup was taken (db.backup.KINDS and role()), in the interface&apos;s language.</extracomment>
        <translation>kasdienė</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>padaryta rankiniu būdu</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>prieš importą</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>prieš atnaujinimą</translation>
    </message>
    <message>
        <source>before codebook change</source>
        <translation>prieš keičiant kodų knygą</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>prieš atkūrimą</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>savaitinė</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Padaryta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Įrodymai</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Vertinimai</translation>
    </message>
    <message>
        <source>weekly (%1)</source>
        <translation>savaitinė (%1)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>neįskaitoma</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Scores by recommendation</source>
        <extracomment>The language of the country names: outside English, names sort in its alphabet&apos;s order (і, ў, ł, ė in their places, not after z by code point), through each country&apos;s place in that order.</extracomment>
        <translation>Balai pagal rekomendacijas</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Filter…</source>
        <translation>Filtruoti…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtras: %1</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <comment>the list&apos;s name: &apos;Countries chosen&apos;</comment>
        <translation>%1: pasirinkta</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Nieko nepasirinkta</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Pasirinkta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>Pasirinkta: %Ln</numerusform>
            <numerusform>Pasirinkta: %Ln</numerusform>
            <numerusform>Pasirinkta: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Patikra</translation>
    </message>
    <message>
        <source>Every row is checked. Nothing has been written yet.</source>
        <translation>Tikrinama kiekviena eilutė. Kol kas niekas neįrašyta.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Rastos problemos</translation>
    </message>
    <message>
        <source>(duplicate)</source>
        <translation>(dublikatas)</translation>
    </message>
    <message>
        <source>✓ The file can be imported. Press Import to write it.</source>
        <translation>✓ Failą galima importuoti. Paspauskite „Importuoti“, kad jį įrašytumėte.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln problems: fix the file (or the column choices) and check again. Nothing will be written.</source>
        <translation>
            <numerusform>⚠ %Ln problema: pataisykite failą (arba stulpelių pasirinkimą) ir patikrinkite dar kartą. Niekas nebus įrašyta.</numerusform>
            <numerusform>⚠ %Ln problemos: pataisykite failą (arba stulpelių pasirinkimą) ir patikrinkite dar kartą. Niekas nebus įrašyta.</numerusform>
            <numerusform>⚠ %Ln problemų: pataisykite failą (arba stulpelių pasirinkimą) ir patikrinkite dar kartą. Niekas nebus įrašyta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled. Nothing was written.</source>
        <translation>Patikra atšaukta. Niekas neįrašyta.</translation>
    </message>
</context>
<context>
    <name>CodebookCommands</name>
    <message>
        <source>Add recommendation</source>
        <extracomment>A command&apos;s name or message in the interface&apos;s language (QUndoCommand is no QObject: no ``self.tr``).</extracomment>
        <translation>Pridėti rekomendaciją</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Redaguoti rekomendaciją</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>Perkelti rekomendaciją aukštyn</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>Perkelti rekomendaciją žemyn</translation>
    </message>
    <message>
        <source>Archive recommendation</source>
        <translation>Archyvuoti rekomendaciją</translation>
    </message>
    <message>
        <source>Restore recommendation</source>
        <translation>Atkurti rekomendaciją</translation>
    </message>
    <message>
        <source>the recommendation is already archived.</source>
        <translation>rekomendacija jau archyvuota.</translation>
    </message>
    <message>
        <source>the recommendation is not archived.</source>
        <translation>rekomendacija nėra archyvuota.</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Pridėti būseną</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Redaguoti būseną</translation>
    </message>
    <message>
        <source>Retire status</source>
        <translation>Išimti būseną</translation>
    </message>
    <message>
        <source>Change grades</source>
        <translation>Keisti pažymius</translation>
    </message>
    <message>
        <source>Change tracker settings</source>
        <translation>Keisti stebėsenos nuostatas</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Pašalinti vertimą</translation>
    </message>
    <message>
        <source>Translate codebook text</source>
        <translation>Išversti kodų knygos tekstą</translation>
    </message>
    <message>
        <source>the translation is already saved as it is.</source>
        <translation>vertimas jau įrašytas būtent toks.</translation>
    </message>
</context>
<context>
    <name>CodebookCounts</name>
    <message numerus="yes">
        <source>Changing this score re-scores every country (%Ln assessments use it). Change it?</source>
        <translation>
            <numerusform>Pakeitus šį balą, bus perskaičiuoti visų šalių balai (jį naudoja %Ln vertinimas). Keisti?</numerusform>
            <numerusform>Pakeitus šį balą, bus perskaičiuoti visų šalių balai (jį naudoja %Ln vertinimai). Keisti?</numerusform>
            <numerusform>Pakeitus šį balą, bus perskaičiuoti visų šalių balai (jį naudoja %Ln vertinimų). Keisti?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln made from English that has changed since</source>
        <translation>
            <numerusform>; %Ln vertimas padarytas iš anglų teksto, kuris nuo to laiko pasikeitė</numerusform>
            <numerusform>; %Ln vertimai padaryti iš anglų teksto, kuris nuo to laiko pasikeitė</numerusform>
            <numerusform>; %Ln vertimų padaryta iš anglų teksto, kuris nuo to laiko pasikeitė</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendacijos</translation>
    </message>
    <message>
        <source>Status scale</source>
        <translation>Būsenų skalė</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Pažymiai</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Stebėsena</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Vertimai</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Kodų knyga</translation>
    </message>
    <message>
        <source>Codebook pages</source>
        <translation>Kodų knygos puslapiai</translation>
    </message>
    <message>
        <source>Apply saves a page&apos;s changes, recorded in the history; Ctrl+Z undoes each one.</source>
        <translation>„Taikyti“ įrašo puslapio pakeitimus ir pažymi juos istorijoje; Ctrl+Z atšaukia kiekvieną iš jų.</translation>
    </message>
    <message>
        <source>How changes are saved</source>
        <translation>Kaip įrašomi pakeitimai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Apply the changes not yet applied (%1)?</source>
        <translation>Pritaikyti dar nepritaikytus pakeitimus (%1)?</translation>
    </message>
</context>
<context>
    <name>CodebookPage</name>
    <message>
        <source>&amp;Apply</source>
        <extracomment>The page&apos;s name in English (its tab shows :meth:`page_title`, translated in context &quot;CodebookEditor&quot;).</extracomment>
        <translation>&amp;Taikyti</translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation>Taikyti pakeitimus: %1</translation>
    </message>
    <message>
        <source>Save this page&apos;s changes (Ctrl+Z undoes them)</source>
        <translation>Įrašyti šio puslapio pakeitimus (Ctrl+Z juos atšauks)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Atmesti</translation>
    </message>
    <message>
        <source>Revert %1 changes</source>
        <translation>Atmesti pakeitimus: %1</translation>
    </message>
    <message>
        <source>Throw away what was typed here and show what is saved</source>
        <translation>Atmesti čia įvestą tekstą ir parodyti išsaugotą</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>red</source>
        <extracomment>Colours in words, by the hue they start below (translated where shown: context &quot;ColorNames&quot;).</extracomment>
        <translation>raudona</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>oranžinė</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>geltona</translation>
    </message>
    <message>
        <source>green</source>
        <translation>žalia</translation>
    </message>
    <message>
        <source>teal</source>
        <translation>žalsvai mėlyna</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>mėlyna</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>violetinė</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>rožinė</translation>
    </message>
    <message>
        <source>dark red</source>
        <extracomment>The darker shade of each (said of a colour whose value is under half).</extracomment>
        <translation>tamsiai raudona</translation>
    </message>
    <message>
        <source>dark orange</source>
        <translation>tamsiai oranžinė</translation>
    </message>
    <message>
        <source>dark yellow</source>
        <translation>tamsiai geltona</translation>
    </message>
    <message>
        <source>dark green</source>
        <translation>tamsiai žalia</translation>
    </message>
    <message>
        <source>dark teal</source>
        <translation>tamsiai žalsvai mėlyna</translation>
    </message>
    <message>
        <source>dark blue</source>
        <translation>tamsiai mėlyna</translation>
    </message>
    <message>
        <source>dark purple</source>
        <translation>tamsiai violetinė</translation>
    </message>
    <message>
        <source>dark pink</source>
        <translation>tamsiai rožinė</translation>
    </message>
    <message>
        <source>black</source>
        <translation>juoda</translation>
    </message>
    <message>
        <source>white</source>
        <translation>balta</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>pilka</translation>
    </message>
    <message>
        <source>dark grey</source>
        <translation>tamsiai pilka</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <source>Evidence “%1”</source>
        <translation>Įrodymas „%1“</translation>
    </message>
    <message>
        <source>Recommendation “%1”</source>
        <translation>Rekomendacija „%1“</translation>
    </message>
    <message>
        <source>Country “%1”</source>
        <translation>Šalis „%1“</translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation>Būsena „%1“</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Grupė „%1“</translation>
    </message>
    <message>
        <source>Setting “%1”</source>
        <translation>Nuostata „%1“</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Būsena: %1</translation>
    </message>
    <message>
        <source>Proposed status of %1</source>
        <translation>Pasiūlyta būsena: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>%1 was changed on two copies, neither seeing the other&apos;s change.</source>
        <translation>%1: pakeista dviejose kopijose nežinant viena apie kitą.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ištrinta</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Ištrinta (autorius: %1)</translation>
    </message>
    <message>
        <source>Version by %1</source>
        <translation>Versija (autorius: %1)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ištrinta</translation>
    </message>
    <message>
        <source>(applies now)</source>
        <translation>(galioja dabar)</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>galioja nuo %1</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 (autorius: %2), %3</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(dabartinė)</translation>
    </message>
    <message>
        <source>Applies now</source>
        <translation>Galioja dabar</translation>
    </message>
    <message>
        <source>“Keep the applied version” keeps the record as it is; “Use this version” puts the selected version in its place. Either way every version stays in the history.</source>
        <translation>„Palikti galiojančią versiją“ – įrašas lieka koks yra; „Naudoti šią versiją“ – jo vietą užima pasirinkta versija. Abiem atvejais visos versijos lieka istorijoje.</translation>
    </message>
    <message>
        <source>%1: statuses set on two copies without seeing each other.</source>
        <translation>%1: būsenos nustatytos dviejose kopijose nežinant viena apie kitą.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Dabartinė</translation>
    </message>
    <message>
        <source>“Keep the current status” keeps the cell as it is; “Use this judgement” makes the selected one current. Either way every judgement stays in the history.</source>
        <translation>„Palikti dabartinę būseną“ – langelis lieka koks yra; „Naudoti šį vertinimą“ – dabartiniu tampa pasirinktas. Abiem atvejais visi vertinimai lieka istorijoje.</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Langelis %1</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Conflict</source>
        <translation>Konfliktas</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Kas pakeitė</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Kuo skiriasi</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Galioja</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Title</source>
        <extracomment>Fields that say when and by whom, not what: never listed as a difference. How much of a value the list shows (the pane below shows all of it). The fields a version can change, as a person names them.</extracomment>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Nuoroda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Leidėjas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Langeliai</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Šaltinio rūšis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Žiūrėta</translation>
    </message>
    <message>
        <source>Archived copy</source>
        <translation>Archyvinė kopija</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archyvuota</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Pridėtas failas</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekstas</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Gairės</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Svoris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Spalva</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Balai</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Reikšmė</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Nariai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Galioja nuo</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Pagrindimas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktai</translation>
    </message>
    <message>
        <source>Changes made on two copies of this shared tracker without either seeing the other: records edited on both, and cells whose status was set on both. One version applies already; choose whether it stays.</source>
        <translation>Pakeitimai, atlikti dviejose šios bendros stebėsenos kopijose nežinant viena apie kitą: abiejose pakeisti įrašai ir langeliai, kurių būsena nustatyta abiejose. Viena versija jau galioja; nuspręskite, ar ją palikti.</translation>
    </message>
    <message>
        <source>About conflicts</source>
        <translation>Apie konfliktus</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nėra ką peržiūrėti</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Neišspręsti konfliktai</translation>
    </message>
    <message>
        <source>Each conflict, and under it the versions or judgements it is made of; the one that applies is marked.</source>
        <translation>Kiekvienas konfliktas, o po juo – jo versijos arba vertinimai; galiojanti pažymėta.</translation>
    </message>
    <message>
        <source>The selected conflict</source>
        <translation>Pasirinktas konfliktas</translation>
    </message>
    <message>
        <source>&amp;Keep the applied version</source>
        <translation>&amp;Palikti galiojančią versiją</translation>
    </message>
    <message>
        <source>Keep the applied version</source>
        <translation>Palikti galiojančią versiją</translation>
    </message>
    <message>
        <source>The record stays as it is and leaves this list</source>
        <translation>Įrašas lieka koks yra ir dingsta iš šio sąrašo</translation>
    </message>
    <message>
        <source>&amp;Use this version</source>
        <translation>&amp;Naudoti šią versiją</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation>Naudoti šią versiją</translation>
    </message>
    <message>
        <source>The selected version replaces the one that applies</source>
        <translation>Pasirinkta versija pakeičia galiojančią</translation>
    </message>
    <message>
        <source>K&amp;eep the current status</source>
        <translation>P&amp;alikti dabartinę būseną</translation>
    </message>
    <message>
        <source>Keep the current status</source>
        <translation>Palikti dabartinę būseną</translation>
    </message>
    <message>
        <source>The cell keeps its status and loses its ⚠ mark</source>
        <translation>Langelis išlaiko būseną, o ženklas ⚠ dingsta</translation>
    </message>
    <message>
        <source>U&amp;se this judgement</source>
        <translation>Naudoti šį &amp;vertinimą</translation>
    </message>
    <message>
        <source>Use this judgement</source>
        <translation>Naudoti šį vertinimą</translation>
    </message>
    <message>
        <source>The selected judgement becomes the cell&apos;s status</source>
        <translation>Pasirinktas vertinimas tampa langelio būsena</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts.</source>
        <translation>Nėra ką peržiūrėti: konfliktų nėra.</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts. This tracker has not synced yet.</source>
        <translation>Nėra ką peržiūrėti: konfliktų nėra. Ši stebėsena dar nesinchronizuota.</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts. The last sync ran %1.</source>
        <translation>Nėra ką peržiūrėti: konfliktų nėra. Paskutinis sinchronizavimas: %1.</translation>
    </message>
    <message>
        <source>Select another version under the conflict to use it instead</source>
        <translation>Norėdami naudoti kitą versiją, pasirinkite ją po konfliktu</translation>
    </message>
    <message>
        <source>Select another judgement under the cell to use it</source>
        <translation>Norėdami naudoti kitą vertinimą, pasirinkite jį po langeliu</translation>
    </message>
    <message>
        <source>Another program kept the tracker busy; nothing changed. Try again in a moment.</source>
        <translation>Kita programa užėmė stebėseną; niekas nepasikeitė. Bandykite dar kartą po akimirkos.</translation>
    </message>
    <message>
        <source>Conflict settled; every version stays in the history.</source>
        <translation>Konfliktas išspręstas; visos versijos lieka istorijoje.</translation>
    </message>
</context>
<context>
    <name>CountriesEditor</name>
    <message>
        <source>%1 — archived</source>
        <extracomment>How many ISO matches the &quot;Add country&quot; list shows at most (the best first).</extracomment>
        <translation>%1 — archyvuota</translation>
    </message>
    <message>
        <source>Countries and groups</source>
        <translation>Šalys ir grupės</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Filtruoti pagal pavadinimą ar kodą</translation>
    </message>
    <message>
        <source>Filter tracked countries</source>
        <translation>Stebimų šalių filtras</translation>
    </message>
    <message>
        <source>Tracked countries</source>
        <translation>Stebimos šalys</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archyvuoti</translation>
    </message>
    <message>
        <source>Archive country</source>
        <translation>Archyvuoti šalį</translation>
    </message>
    <message>
        <source>Leave the matrix, scores and ranks; the country&apos;s evidence and history stay</source>
        <translation>Pašalinti iš matricos, balų ir reitingo; šalies įrodymai ir istorija lieka</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>A&amp;tkurti</translation>
    </message>
    <message>
        <source>Restore country</source>
        <translation>Atkurti šalį</translation>
    </message>
    <message>
        <source>Bring an archived country back into the matrix</source>
        <translation>Grąžinti archyvuotą šalį į matricą</translation>
    </message>
    <message>
        <source>Countries tracked</source>
        <translation>Stebimų šalių skaičius</translation>
    </message>
    <message>
        <source>Type a name or ISO code, e.g. ukr or UA</source>
        <translation>Įveskite pavadinimą ar ISO kodą, pvz., ukr ar UA</translation>
    </message>
    <message>
        <source>A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian, or an ISO code</source>
        <translation>Pavadinimas anglų, baltarusių, ukrainiečių, rusų, lenkų ar lietuvių kalba arba ISO kodas</translation>
    </message>
    <message>
        <source>Country to add, name or code</source>
        <translation>Pridedama šalis: pavadinimas ar kodas</translation>
    </message>
    <message>
        <source>ISO countries not yet tracked</source>
        <translation>Dar nestebimos ISO šalys</translation>
    </message>
    <message>
        <source>A&amp;dd country</source>
        <translation>&amp;Pridėti šalį</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Pridėti šalį</translation>
    </message>
    <message>
        <source>Add country matches</source>
        <translation>Rastos pridedamos šalys</translation>
    </message>
    <message>
        <source>Add &amp;country (any ISO 3166 country):</source>
        <translation>Pridėti ša&amp;lį (bet kurią ISO 3166 šalį):</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupės</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Grupės pavadinimas</translation>
    </message>
    <message>
        <source>A name, e.g. Nordic countries</source>
        <translation>Pavadinimas, pvz., Šiaurės šalys</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>Grupės pa&amp;vadinimas:</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>Nauja &amp;grupė</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nauja grupė</translation>
    </message>
    <message>
        <source>Create a group with the name typed (its members ticked next)</source>
        <translation>Sukurti grupę įvestu pavadinimu (po to pažymėkite jos nares)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Pe&amp;rvadinti</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Pervadinti grupę</translation>
    </message>
    <message>
        <source>Give the chosen group the name typed</source>
        <translation>Suteikti pasirinktai grupei įvestą pavadinimą</translation>
    </message>
    <message>
        <source>De&amp;lete group</source>
        <translation>Pa&amp;šalinti grupę</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Pašalinti grupę</translation>
    </message>
    <message>
        <source>Remove the group; its countries and evidence stay (Ctrl+Z brings it back)</source>
        <translation>Pašalinti grupę; jos šalys ir įrodymai lieka (Ctrl+Z ją grąžins)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Narės</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filtruoti šalis…</translation>
    </message>
    <message>
        <source>&amp;Members (tick the countries in the chosen group):</source>
        <translation>&amp;Narės (pažymėkite pasirinktos grupės šalis):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Each change is saved at once and is in the history; Ctrl+Z undoes it.</source>
        <translation>Kiekvienas pakeitimas įrašomas iš karto ir patenka į istoriją; Ctrl+Z jį atšaukia.</translation>
    </message>
    <message>
        <source>How changes are saved</source>
        <translation>Kaip įrašomi pakeitimai</translation>
    </message>
    <message>
        <source>%1 tracked, %2 archived</source>
        <translation>Stebima: %1, archyve: %2</translation>
    </message>
    <message>
        <source>%1 tracked</source>
        <translation>Stebima: %1</translation>
    </message>
    <message>
        <source>Type part of a name or a code to find a country.</source>
        <translation>Įveskite pavadinimo dalį ar kodą, kad rastumėte šalį.</translation>
    </message>
    <message>
        <source> — archived here, adding restores it</source>
        <translation> — čia archyvuota, pridėjus bus atkurta</translation>
    </message>
    <message>
        <source>“%1” is already tracked.</source>
        <translation>„%1“ jau stebima.</translation>
    </message>
    <message>
        <source>No ISO country matches “%1”.</source>
        <translation>Jokia ISO šalis neatitinka „%1“.</translation>
    </message>
    <message>
        <source>Added %1; Ctrl+Z undoes it.</source>
        <translation>Pridėta: %1; Ctrl+Z tai atšauks.</translation>
    </message>
    <message>
        <source>Deleted the group %1; Ctrl+Z brings it back.</source>
        <translation>Grupė %1 pašalinta; Ctrl+Z ją grąžins.</translation>
    </message>
</context>
<context>
    <name>CountryCard</name>
    <message>
        <source>Country scorecard</source>
        <translation>Šalies vertinimas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Score, grade, rank and coverage</source>
        <translation>Balai, įvertinimas, vieta ir aprėptis</translation>
    </message>
    <message>
        <source>Change since the comparison date</source>
        <translation>Pokytis nuo palyginimo datos</translation>
    </message>
    <message>
        <source>Evidence behind each status</source>
        <translation>Kiekvienos būsenos įrodymai</translation>
    </message>
    <message>
        <source>Recommendation / evidence</source>
        <translation>Rekomendacija / įrodymas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Leidėjas</translation>
    </message>
    <message>
        <source>Report for this country…</source>
        <translation>Šios šalies ataskaita…</translation>
    </message>
    <message>
        <source>Report for this country</source>
        <translation>Šios šalies ataskaita</translation>
    </message>
    <message>
        <source>Choose a country in the ranking</source>
        <translation>Pasirinkite šalį reitinge</translation>
    </message>
    <message>
        <source>grade &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>įvertinimas &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ranked %1 of %2</source>
        <comment>3rd of 37</comment>
        <translation>vieta %1 iš %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 duomenimis</translation>
    </message>
    <message>
        <source>first scored</source>
        <translation>pirmą kartą įvertinta balais</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>be pokyčių</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (buvo %1)</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Nuo %1: %2</translation>
    </message>
    <message>
        <source>Since %1: no score to compare</source>
        <translation>Nuo %1: nėra balų palyginti</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Dar neįvertinta.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Kodėl: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(be pavadinimo)</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Nėra nuorodos</translation>
    </message>
</context>
<context>
    <name>CountryCounts</name>
    <message>
        <source>1 country matches: Enter adds it.</source>
        <translation>Atitinka 1 šalis: Enter ją pridės.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries match: Enter adds the highlighted one.</source>
        <translation>
            <numerusform>Atitinka %Ln šalis: Enter pridės pažymėtąją.</numerusform>
            <numerusform>Atitinka %Ln šalys: Enter pridės pažymėtąją.</numerusform>
            <numerusform>Atitinka %Ln šalių: Enter pridės pažymėtąją.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln šalis</numerusform>
            <numerusform>%Ln šalys</numerusform>
            <numerusform>%Ln šalių</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>No backup was made today: %1</source>
        <extracomment>The backup made (a Path), or None when one was already made today. Why no backup could be made: one sentence.</extracomment>
        <translation>Šiandien atsarginė kopija nepadaryta: %1</translation>
    </message>
</context>
<context>
    <name>DataAttachments</name>
    <message>
        <source>{name} is a folder, not a file; attach a file inside it.</source>
        <extracomment>Largest attachment stored in a tracker; larger files belong on a server. Bytes read (or streamed out of the tracker) at a time. Changed attachments named one by one in a check&apos;s message; the rest are counted. Private copies opened from the app are removed after this long (the next time one is opened).</extracomment>
        <translation>{name} yra aplankas, o ne failas; pridėkite jame esantį failą.</translation>
    </message>
    <message>
        <source>{name} is a pipe, not a file; attach a regular file.</source>
        <translation>{name} yra kanalas, o ne failas; pridėkite įprastą failą.</translation>
    </message>
    <message>
        <source>{name} is a device, not a file; attach a regular file.</source>
        <translation>{name} yra įrenginys, o ne failas; pridėkite įprastą failą.</translation>
    </message>
    <message>
        <source>{name} is a socket, not a file; attach a regular file.</source>
        <translation>{name} yra lizdas, o ne failas; pridėkite įprastą failą.</translation>
    </message>
    <message>
        <source>{name} is a link to another file; attach the file itself.</source>
        <translation>{name} yra nuoroda į kitą failą; pridėkite patį failą.</translation>
    </message>
    <message>
        <source>{name} is not a regular file; attach a regular file.</source>
        <translation>{name} nėra įprastas failas; pridėkite įprastą failą.</translation>
    </message>
    <message>
        <source>{name} is too big to attach (over {size}); keep it elsewhere and link to it.</source>
        <translation>{name} per didelis pridėti (daugiau nei {size}); laikykite jį kitur ir pateikite nuorodą.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}.</source>
        <translation>Nepavyko perskaityti {name}: {problem}.</translation>
    </message>
    <message>
        <source>{target} does not exist.</source>
        <translation>{target} nėra.</translation>
    </message>
    <message>
        <source>{target} cannot be read: {problem}.</source>
        <translation>Nepavyko perskaityti {target}: {problem}.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <extracomment>Names Windows reserves for devices, with or without an extension. Endings that a double-click runs as a program or script instead of showing.</extracomment>
        <translation>Nėra įrodymo su uid {uid}.</translation>
    </message>
    <message>
        <source>The attached file {name} of the evidence “{evidence_title}” has changed since it was attached (its SHA-256 checksum does not match), so it was not taken out; a check of the tracker lists every changed file.</source>
        <translation>Prie įrodymo „{evidence_title}“ pridėtas failas {name} pasikeitė po pridėjimo (nesutampa jo SHA-256 kontrolinė suma), todėl jis neišimtas; stebėsenos patikra išvardija visus pasikeitusius failus.</translation>
    </message>
    <message>
        <source>The evidence {uid} has no attached file.</source>
        <translation>Įrodymas {uid} neturi pridėto failo.</translation>
    </message>
    <message>
        <source>{target} is a folder; give the name of the file to write.</source>
        <translation>{target} yra aplankas; nurodykite rašomo failo pavadinimą.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Aplanko {folder} nėra.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name (or replace it with --force).</source>
        <translation>{target} jau yra; pasirinkite naują failo pavadinimą (arba pakeiskite jį su --force).</translation>
    </message>
    <message>
        <source>The attached file could not be written to {target}: {problem}.</source>
        <translation>Nepavyko įrašyti pridėto failo į {target}: {problem}.</translation>
    </message>
    <message>
        <source>A copy of {name} could not be written to open it: {problem}.</source>
        <translation>Nepavyko įrašyti {name} kopijos, kad ją būtų galima atverti: {problem}.</translation>
    </message>
</context>
<context>
    <name>DataBackup</name>
    <message>
        <source>{target} is a folder; give the name of the copy to write.</source>
        <extracomment>The meta key of the tracker&apos;s identity, which names its backups&apos; folder. Ids derived from a tracker&apos;s creation (see :func:`tracker_id`) are UUID 5 in this namespace. Backups kept: the newest of each of the last KEEP_DAILY days that have one ... ... and the newest of each of the KEEP_WEEKLY ISO weeks before those. Every backup of the newest day is kept too (up to this many), so each import of a busy day keeps its own &quot;before import&quot; copy until a later day&apos;s backup takes over. Why a backup was taken (the word in its file name) and how the app names that. Path parts that mark a folder another program copies elsewhere (cloud sync), compared lower-case. File systems on another machine (Linux /proc/mounts names).</extracomment>
        <translation>{target} yra aplankas; nurodykite rašomos kopijos pavadinimą.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Aplanko {folder} nėra.</translation>
    </message>
    <message>
        <source>{target} is the open tracker itself; choose another name for the copy.</source>
        <translation>{target} yra pati atverta stebėsena; pasirinkite kitą kopijos pavadinimą.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name.</source>
        <translation>{target} jau yra; pasirinkite naują failo pavadinimą.</translation>
    </message>
    <message>
        <source>The copy could not be written to {target}: {reason}.</source>
        <translation>Nepavyko įrašyti kopijos į {target}: {reason}.</translation>
    </message>
    <message>
        <source>{name} has no backups yet and cannot be given an id for them ({problem}).</source>
        <translation>{name} dar neturi atsarginių kopijų, ir jam negalima suteikti joms identifikatoriaus ({problem}).</translation>
    </message>
    <message>
        <source>No backup was made: {reason}, and backups are kept only in a private folder (set POLICY_TRACKER_DATA_DIR to one).</source>
        <translation>Atsarginė kopija nesukurta: {reason}, o atsarginės kopijos laikomos tik privačiame aplanke (nurodykite jį POLICY_TRACKER_DATA_DIR).</translation>
    </message>
    <message>
        <source>The backup folder {folder} could not be made: {problem}.</source>
        <translation>Nepavyko sukurti atsarginių kopijų aplanko {folder}: {problem}.</translation>
    </message>
    <message>
        <source>A tracker kept in memory has no backups.</source>
        <translation>Atmintyje laikoma stebėsena neturi atsarginių kopijų.</translation>
    </message>
    <message>
        <source>No backup was made: {reason}.</source>
        <translation>Atsarginė kopija nesukurta: {reason}.</translation>
    </message>
    <message>
        <source>No backup was made: it takes {size}, the disk that holds the backups has {free} free, and at least {floor} must stay free; free some space there, or keep the backups on a larger disk (POLICY_TRACKER_DATA_DIR).</source>
        <translation>Atsarginė kopija nesukurta: ji užima {size}, diske, kuriame laikomos atsarginės kopijos, laisva {free}, o laisva turi likti bent {floor}; atlaisvinkite ten vietos arba laikykite atsargines kopijas didesniame diske (POLICY_TRACKER_DATA_DIR).</translation>
    </message>
    <message>
        <source>Nothing was restored: there is no backup at {backup}.</source>
        <translation>Niekas neatkurta: vietoje {backup} atsarginės kopijos nėra.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Niekas neatkurta: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup {name} is damaged ({result}).</source>
        <translation>Niekas neatkurta: atsarginė kopija {name} sugadinta ({result}).</translation>
    </message>
    <message>
        <source>Nothing was restored: there is no tracker at {target}.</source>
        <translation>Niekas neatkurta: vietoje {target} stebėsenos nėra.</translation>
    </message>
    <message>
        <source>Nothing was restored: that backup is the tracker itself.</source>
        <translation>Niekas neatkurta: ši atsarginė kopija yra pati stebėsena.</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} cannot be opened ({problem}).</source>
        <translation>Niekas neatkurta: nepavyko atverti {target} ({problem}).</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} cannot be read ({problem}).</source>
        <translation>Niekas neatkurta: nepavyko perskaityti {target} ({problem}).</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} is not a Policy Tracker file.</source>
        <translation>Niekas neatkurta: {target} nėra Policy Tracker failas.</translation>
    </message>
    <message>
        <source>Nothing was restored: {name} is open in another program or window; close it there first.</source>
        <translation>Niekas neatkurta: {name} atvertas kitoje programoje ar lange; pirmiausia ten jį uždarykite.</translation>
    </message>
    <message>
        <source>Nothing was restored: {name} is being written by another program; try again when it is done.</source>
        <translation>Niekas neatkurta: į {name} rašo kita programa; bandykite dar kartą, kai ji baigs.</translation>
    </message>
    <message>
        <source>Nothing was restored, because the tracker as it is now could not be backed up first: {reason}</source>
        <translation>Niekas neatkurta, nes pirmiausia nepavyko sukurti dabartinės stebėsenos atsarginės kopijos: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored, because the damaged tracker could not be kept first: {problem}.</source>
        <translation>Niekas neatkurta, nes pirmiausia nepavyko išsaugoti sugadintos stebėsenos: {problem}.</translation>
    </message>
    <message>
        <source>Nothing was restored: the restored file could not be written ({reason}).</source>
        <translation>Niekas neatkurta: nepavyko įrašyti atkurto failo ({reason}).</translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message numerus="yes">
        <source>Rebuilt the search index from the %n pieces of evidence and restored the triggers that keep it current.</source>
        <comment>Rebuilt the search index from the %n piece of evidence and restored the triggers that keep it current.</comment>
        <extracomment>Names of the temporary tables the search-index check builds (in the connection&apos;s own temp schema: nothing is written to the tracker file). The counts in check&apos;s sentences (Qt&apos;s plural forms; lupdate collects ``DataCheck.tr``).</extracomment>
        <translation>
            <numerusform>Paieškos indeksas perkurtas iš %n įrodymo ir atkurti trigeriai, kurie jį nuolat atnaujina.</numerusform>
            <numerusform>Paieškos indeksas perkurtas iš %n įrodymų ir atkurti trigeriai, kurie jį nuolat atnaujina.</numerusform>
            <numerusform>Paieškos indeksas perkurtas iš %n įrodymų ir atkurti trigeriai, kurie jį nuolat atnaujina.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is damaged: SQLite cannot read it ({error}).</source>
        <translation>Failas sugadintas: SQLite negali jo perskaityti ({error}).</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite&apos;s integrity check failed ({details}).</source>
        <translation>Failas sugadintas: SQLite vientisumo patikra nepavyko ({details}).</translation>
    </message>
    <message>
        <source>The links between records cannot be checked ({error}).</source>
        <translation>Neįmanoma patikrinti ryšių tarp įrašų ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>%n records point at records that do not exist (in {tables}); it cannot be repaired without guessing, so restore a copy or correct it by hand.</source>
        <comment>%n record points at a record that does not exist (in {tables}); it cannot be repaired without guessing, so restore a copy or correct it by hand.</comment>
        <translation>
            <numerusform>%n įrašas nurodo neegzistuojančius įrašus (lentelėse {tables}); to neįmanoma pataisyti nespėliojant, todėl atkurkite kopiją arba pataisykite ranka.</numerusform>
            <numerusform>%n įrašai nurodo neegzistuojančius įrašus (lentelėse {tables}); to neįmanoma pataisyti nespėliojant, todėl atkurkite kopiją arba pataisykite ranka.</numerusform>
            <numerusform>%n įrašų nurodo neegzistuojančius įrašus (lentelėse {tables}); to neįmanoma pataisyti nespėliojant, todėl atkurkite kopiją arba pataisykite ranka.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index does not match the evidence, so a search can miss evidence or find evidence that no longer says what was searched for.</source>
        <translation>Paieškos indeksas neatitinka įrodymų, todėl paieška gali praleisti įrodymus arba rasti tokius, kuriuose ieškoto teksto jau nebėra.</translation>
    </message>
    <message>
        <source>The stored counts of evidence per cell and of records do not match the data ({details}), so the matrix and the status bar can show wrong numbers.</source>
        <translation>Išsaugoti įrodymų langeliuose ir įrašų skaičiai neatitinka duomenų ({details}), todėl matrica ir būsenos juosta gali rodyti klaidingus skaičius.</translation>
    </message>
    <message>
        <source>The stored current status of each cell does not match the assessments ({details}), so the matrix can show a wrong status.</source>
        <translation>Išsaugota dabartinė langelių būsena neatitinka vertinimų ({details}), todėl matrica gali rodyti klaidingą būseną.</translation>
    </message>
    <message>
        <source>The status scale cannot be read ({error}).</source>
        <translation>Neįmanoma perskaityti būsenų skalės ({error}).</translation>
    </message>
    <message>
        <source>The status scale must have exactly one &apos;not assessed&apos; status; it has {count}.</source>
        <translation>Būsenų skalėje turi būti lygiai viena būsena „neįvertinta“; jų yra: {count}.</translation>
    </message>
    <message>
        <source>The attached files cannot be checked ({error}).</source>
        <translation>Neįmanoma patikrinti pridėtų failų ({error}).</translation>
    </message>
    <message>
        <source>The evidence&apos;s links cannot be checked ({error}).</source>
        <extracomment>How many links that break the address rules a check names before it only counts the rest.</extracomment>
        <translation>Neįmanoma patikrinti įrodymų nuorodų ({error}).</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>; ir dar {count}</translation>
    </message>
    <message>
        <source>Links that could open another site than they show must be corrected by hand: {links}{more}.</source>
        <translation>Nuorodas, kurios gali atverti kitą svetainę nei rodo, reikia pataisyti ranka: {links}{more}.</translation>
    </message>
    <message>
        <source>The problems found cannot be repaired automatically: {problems}.</source>
        <translation>Rastų problemų negalima pataisyti automatiškai: {problems}.</translation>
    </message>
    <message>
        <source>Recounted the evidence per cell and the records, and restored the triggers that keep them current.</source>
        <translation>Perskaičiuoti įrodymai langeliuose ir įrašai, atkurti trigeriai, kurie skaičius nuolat atnaujina.</translation>
    </message>
    <message>
        <source>Recomputed each cell&apos;s current status and restored the triggers that keep it current.</source>
        <translation>Iš naujo apskaičiuota kiekvieno langelio dabartinė būsena ir atkurti trigeriai, kurie ją nuolat atnaujina.</translation>
    </message>
    <message>
        <source>The tracker was opened read-only, so it cannot be repaired.</source>
        <translation>Stebėsena atverta tik skaitymui, todėl jos negalima pataisyti.</translation>
    </message>
    <message>
        <source>The repair failed, so nothing was changed: {error}.</source>
        <extracomment>Why a repair changed nothing.</extracomment>
        <translation>Pataisyti nepavyko, todėl niekas nepakeista: {error}.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt, so nothing was changed: {error}.</source>
        <extracomment>The tables FTS5 keeps an index in (&quot;shadow tables&quot;); the content comes from the search view.</extracomment>
        <translation>Nepavyko perkurti paieškos indekso, todėl niekas nepakeista: {error}.</translation>
    </message>
</context>
<context>
    <name>DataCodebook</name>
    <message>
        <source>&apos;{field}&apos; must be a number from 0 to 1, such as 0.5.</source>
        <extracomment>Where a codebook text is kept, as in the ``translations`` table: (table, row key, field). ``(&quot;statuses&quot;, &quot;full&quot;, &quot;label&quot;)``, ``(&quot;meta&quot;, &quot;title&quot;, &quot;value&quot;)``, ``(&quot;groups&quot;, &quot;EU&quot;, &quot;name&quot;)``. Share of a country&apos;s recommendations that must be assessed before it gets a grade and a rank.</extracomment>
        <translation>„{field}“ turi būti skaičius nuo 0 iki 1, pvz., 0.5.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be from 0 to 1 (a share of the recommendations); got {value!r}.</source>
        <translation>„{field}“ turi būti nuo 0 iki 1 (rekomendacijų dalis); gauta {value!r}.</translation>
    </message>
    <message>
        <source>{path} is too large to be a codebook (more than {megabytes} MB).</source>
        <extracomment>Countries tracked once and archived since (an exported codebook keeps them for their groups and history). The texts&apos; translations, {language: text} by where each is kept. English stays in the fields above (exports, scripts and search read it there); only grade names, which have no column, keep &quot;en&quot; here. The language the translations were made from (&quot;en&quot; for the default codebook: the article is in English), and a note for readers; a report says a quotation&apos;s translation is one. A codebook is a few hundred KB at most; a bigger file is refused before it is read into memory.</extracomment>
        <translation>{path} per didelis kodų knygai (daugiau nei {megabytes} MB).</translation>
    </message>
    <message>
        <source>There is no codebook file at {path}.</source>
        <translation>Vietoje {path} kodų knygos failo nėra.</translation>
    </message>
    <message>
        <source>{path} is not a valid JSON codebook: {problem}.</source>
        <translation>{path} nėra tinkama JSON kodų knyga: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a valid codebook: its JSON is nested too deeply to read.</source>
        <translation>{path} nėra tinkama kodų knyga: jos JSON per giliai įdėtas, kad būtų perskaitytas.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}.</source>
        <translation>Nepavyko perskaityti {path}: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a valid codebook: it is nested too deeply.</source>
        <translation>{path} nėra tinkama kodų knyga: ji per giliai įdėta.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; is missing.</source>
        <translation>{where}: trūksta „{key}“.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a {kind}.</source>
        <translation>{where}: „{key}“ turi būti tipo {kind}.</translation>
    </message>
    <message>
        <source>{where}: a codebook must be a JSON object.</source>
        <translation>{where}: kodų knyga turi būti JSON objektas.</translation>
    </message>
    <message>
        <source>{where}: &apos;title&apos; is missing.</source>
        <translation>{where}: trūksta „title“.</translation>
    </message>
    <message>
        <source>{at} must be an object.</source>
        <translation>{at} turi būti objektas.</translation>
    </message>
    <message>
        <source>{at}: the code &apos;{code}&apos; is used twice.</source>
        <translation>{at}: kodas „{code}“ panaudotas du kartus.</translation>
    </message>
    <message>
        <source>{where}: exactly one status must have a null score (the &apos;not assessed&apos; status); found {found}.</source>
        <translation>{where}: lygiai viena būsena turi turėti tuščią balą (būsena „Neįvertinta“); rasta: {found}.</translation>
    </message>
    <message>
        <source>{where}: two statuses have the same label.</source>
        <translation>{where}: dvi būsenos turi tą patį pavadinimą.</translation>
    </message>
    <message>
        <source>{where}: two statuses have the same {name} label {label!r}.</source>
        <translation>{where}: dvi būsenos turi tą patį pavadinimą ({name}) {label!r}.</translation>
    </message>
    <message>
        <source>{where}: &apos;grades&apos; must be a list of objects.</source>
        <translation>{where}: „grades“ turi būti objektų sąrašas.</translation>
    </message>
    <message>
        <source>{where}: grade {i} must be an object.</source>
        <translation>{where}: pažymys {i} turi būti objektas.</translation>
    </message>
    <message>
        <source>{where}: grade {i}: the grade &apos;{grade}&apos; is listed twice.</source>
        <translation>{where}: pažymys {i}: pažymys „{grade}“ nurodytas du kartus.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a list of country codes.</source>
        <translation>{where}: „{key}“ turi būti šalių kodų sąrašas.</translation>
    </message>
    <message>
        <source>{where}: {c!r} is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>{where}: {c!r} nėra ISO 3166-1 alpha-2 šalies kodas.</translation>
    </message>
    <message>
        <source>{where}: {code} is listed both as a country and as an archived one.</source>
        <translation>{where}: {code} nurodyta ir kaip šalis, ir kaip archyvuota šalis.</translation>
    </message>
    <message>
        <source>{where}: &apos;groups&apos; must be an object of name: [codes].</source>
        <translation>{where}: „groups“ turi būti objektas pavidalu pavadinimas: [kodai].</translation>
    </message>
    <message>
        <source>{where}: group {name!r} must list country codes.</source>
        <translation>{where}: grupė {name!r} turi išvardyti šalių kodus.</translation>
    </message>
    <message>
        <source>{where}: group {name!r} lists {m!r}, which is not among the codebook&apos;s countries.</source>
        <translation>{where}: grupė {name!r} išvardija {m!r}, o tokios šalies nėra tarp kodų knygos šalių.</translation>
    </message>
    <message>
        <source>{where}: &apos;review_interval_days&apos; must be a whole number of days.</source>
        <translation>{where}: „review_interval_days“ turi būti sveikasis dienų skaičius.</translation>
    </message>
    <message>
        <source>{where}: &apos;evidence&apos; must be a list of objects.</source>
        <translation>{where}: „evidence“ turi būti objektų sąrašas.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}.{code}&apos; (the {name} text) must be non-empty text.</source>
        <translation>{where}: „{path}.{code}“ (tekstas: {name}) turi būti netuščias tekstas.</translation>
    </message>
    <message>
        <source>{where}: &apos;group_names&apos; must be an object of group: names.</source>
        <translation>{where}: „group_names“ turi būti objektas pavidalu grupė: pavadinimai.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}&apos; names no group of the codebook.</source>
        <translation>{where}: „{path}“ neįvardija jokios kodų knygos grupės.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}&apos; must be an object of translations.</source>
        <translation>{where}: „{path}“ turi būti vertimų objektas.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}.en&apos; must be the group&apos;s own name {group!r} (or be left out).</source>
        <translation>{where}: „{path}.en“ turi būti pačios grupės pavadinimas {group!r} (arba jo neturi būti).</translation>
    </message>
    <message>
        <source>{where}: &apos;translations&apos; must be an object.</source>
        <translation>{where}: „translations“ turi būti objektas.</translation>
    </message>
    <message>
        <source>{where}: &apos;translations.translated_from&apos; must be one of {known}; got {code!r}.</source>
        <translation>{where}: „translations.translated_from“ turi būti vienas iš: {known}; gauta {code!r}.</translation>
    </message>
    <message>
        <source>{where} must be true or false.</source>
        <translation>{where} turi būti true arba false.</translation>
    </message>
    <message>
        <source>There is no recommendation {code!r}.</source>
        <extracomment>The recommendation fields a person edits (its code is its stable identity; position is the order). The status fields a person edits (its code is stable, assessments refer to it). The tracker settings on the Tracker page, as kept in ``meta``. A review interval longer than this (ten years) is a typing slip, and would overflow date arithmetic if huge.</extracomment>
        <translation>Nėra rekomendacijos {code!r}.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s {field!r} cannot be edited here.</source>
        <extracomment>Words a suggested code leaves out (&quot;Support for antiwar initiatives&quot; → support_antiwar_initiatives).</extracomment>
        <translation>Rekomendacijos lauko {field!r} čia keisti negalima.</translation>
    </message>
    <message>
        <source>The new order must list every recommendation once; another program may have changed them.</source>
        <translation>Naujoje tvarkoje kiekviena rekomendacija turi būti nurodyta vieną kartą; galbūt jas pakeitė kita programa.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>pirma</translation>
    </message>
    <message>
        <source>last</source>
        <translation>paskutinė</translation>
    </message>
    <message>
        <source>{title} is already {where}.</source>
        <translation>„{title}“ jau {where} sąraše.</translation>
    </message>
    <message>
        <source>{title} has {assessments} assessment(s) and {links} evidence link(s); archive it instead (its history stays).</source>
        <translation>„{title}“ turi vertinimų ({assessments}) ir įrodymų sąsajų ({links}); verčiau ją archyvuokite (jos istorija išliks).</translation>
    </message>
    <message>
        <source>There is no status {code!r}.</source>
        <translation>Nėra būsenos {code!r}.</translation>
    </message>
    <message>
        <source>Another status is labelled {label!r}.</source>
        <translation>Kita būsena jau vadinasi {label!r}.</translation>
    </message>
    <message>
        <source>{label!r} is another status&apos;s code; choose another label.</source>
        <translation>{label!r} yra kitos būsenos kodas; pasirinkite kitą pavadinimą.</translation>
    </message>
    <message>
        <source>A status&apos;s {key!r} cannot be edited.</source>
        <translation>Būsenos lauko {key!r} keisti negalima.</translation>
    </message>
    <message>
        <source>A status with code {code!r} already exists.</source>
        <translation>Būsena su kodu {code!r} jau yra.</translation>
    </message>
    <message>
        <source>Give the status a score from 0 to 100: the scale keeps exactly one “not assessed” status.</source>
        <translation>Suteikite būsenai balą nuo 0 iki 100: skalėje lieka lygiai viena būsena „Neįvertinta“.</translation>
    </message>
    <message>
        <source>{label} is where every cell starts (not assessed): it has no score.</source>
        <translation>„{label}“ yra kiekvieno langelio pradinė būsena (neįvertinta): ji neturi balo.</translation>
    </message>
    <message>
        <source>Give a score from 0 to 100: the scale keeps exactly one “not assessed” status.</source>
        <translation>Nurodykite balą nuo 0 iki 100: skalėje lieka lygiai viena būsena „Neįvertinta“.</translation>
    </message>
    <message>
        <source>{label} is the “not assessed” status every cell starts at; the scale always keeps it.</source>
        <translation>„{label}“ yra būsena „Neįvertinta“, nuo kurios prasideda kiekvienas langelis; skalė ją visada išlaiko.</translation>
    </message>
    <message>
        <source>{used} assessment(s) or review proposal(s) use {label}; it can be retired only when none does.</source>
        <translation>„{label}“ naudojama vertinimuose ar peržiūros pasiūlymuose ({used}); ją galima nebenaudoti tik tada, kai nė vienas jos nenaudoja.</translation>
    </message>
    <message>
        <source>The review interval must be at most {limit:,} days.</source>
        <translation>Peržiūros intervalas turi būti ne ilgesnis nei {limit:,} dienų.</translation>
    </message>
    <message>
        <source>{key!r} is not a tracker setting.</source>
        <translation>{key!r} nėra stebėsenos nustatymas.</translation>
    </message>
    <message>
        <source>Translations are made into {known}; {language!r} is not one of them.</source>
        <extracomment>Longest translation of each kind of text, as for its English (a label must fit a matrix legend).</extracomment>
        <translation>Verčiama į {known}; {language!r} tarp jų nėra.</translation>
    </message>
    <message>
        <source>The codebook has no text {place} to translate.</source>
        <translation>Kodų knygoje nėra teksto {place}, kurį būtų galima išversti.</translation>
    </message>
    <message>
        <source>Another status is labelled {other_label!r} in {name}.</source>
        <translation>Kita būsena jau vadinasi {other_label!r} ({name}).</translation>
    </message>
    <message>
        <source>Band {i} ({grade}) needs a minimum score from 0 to 100.</source>
        <extracomment>The longest grade name (a letter or a short word: it is shown in every scorecard row).</extracomment>
        <translation>Intervalui {i} ({grade}) reikia mažiausio balo nuo 0 iki 100.</translation>
    </message>
    <message>
        <source>The grade {grade!r} is listed twice.</source>
        <translation>Pažymys {grade!r} nurodytas du kartus.</translation>
    </message>
    <message>
        <source>{other} and {grade} both start at {score:g}: the bands overlap; give each its own minimum.</source>
        <translation>{other} ir {grade} abu prasideda nuo {score:g}: intervalai persidengia; kiekvienam nurodykite savo minimumą.</translation>
    </message>
    <message>
        <source>Keep at least one grade band.</source>
        <translation>Palikite bent vieną pažymių intervalą.</translation>
    </message>
    <message>
        <source>The lowest band ({grade}) starts at {score:g}: scores below it would get no grade. Start it at 0.</source>
        <translation>Žemiausias intervalas ({grade}) prasideda nuo {score:g}: žemesni balai negautų pažymio. Pradėkite jį nuo 0.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must not be empty.</source>
        <translation>„{field}“ negali būti tuščias.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is longer than {limit:,} characters.</source>
        <translation>„{field}“ ilgesnis nei {limit:,} simbolių.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text or an object of translations such as {example}.</source>
        <translation>„{field}“ turi būti tekstas arba vertimų objektas, pvz., {example}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has a translation in an unknown language {code!r}; the languages are {known}.</source>
        <translation>„{field}“ turi vertimą nežinoma kalba {code!r}; kalbos: {known}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: the {language} text must be non-empty text.</source>
        <translation>„{field}“: tekstas ({language}) turi būti netuščias.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: the {language} text is longer than {limit:,} characters.</source>
        <translation>„{field}“: tekstas ({language}) ilgesnis nei {limit:,} simbolių.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has translations but no English text ({code}), which is required.</source>
        <translation>„{field}“ turi vertimų, bet neturi angliško teksto ({code}), o jis privalomas.</translation>
    </message>
</context>
<context>
    <name>DataCodebookExport</name>
    <message>
        <source>This tracker&apos;s codebook cannot be exported: {reason}</source>
        <translation>Šios stebėsenos kodų knygos negalima eksportuoti: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the codebook file to write.</source>
        <translation>{path} yra aplankas; nurodykite įrašomo kodų knygos failo pavadinimą.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Aplanko {folder} nėra.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name (or replace it with --force).</source>
        <translation>{path} jau yra; pasirinkite naują failo pavadinimą (arba pakeiskite jį su --force).</translation>
    </message>
    <message>
        <source>The codebook could not be written to {path}: {reason}.</source>
        <translation>Nepavyko įrašyti kodų knygos į {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>DataField</name>
    <message>
        <source>title</source>
        <extracomment>The longest web address a file&apos;s cell may give. The fields users meet in forms, named in messages in the interface&apos;s language (English: the key with spaces).</extracomment>
        <translation>pavadinimas</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL adresas</translation>
    </message>
    <message>
        <source>archive url</source>
        <translation>archyvo adresas</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>įvykio data</translation>
    </message>
    <message>
        <source>accessed on</source>
        <translation>prieigos data</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>leidėjas</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kalba</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>pastabos</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>šaltinio rūšis</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>pagrindimas</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>patikimumas</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>komentaras</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>galiojimo pradžios data</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>būsenos data</translation>
    </message>
    <message>
        <source>country</source>
        <translation>šalis</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>rekomendacija</translation>
    </message>
    <message>
        <source>status</source>
        <translation>būsena</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupė</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>grupės pavadinimas</translation>
    </message>
    <message>
        <source>name</source>
        <translation>pavadinimas</translation>
    </message>
    <message>
        <source>label</source>
        <translation>pavadinimas</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>gairės</translation>
    </message>
    <message>
        <source>recommendation code</source>
        <translation>rekomendacijos kodas</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kodas</translation>
    </message>
    <message>
        <source>color</source>
        <translation>spalva</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>svoris</translation>
    </message>
    <message>
        <source>score</source>
        <translation>balai</translation>
    </message>
    <message>
        <source>min score</source>
        <translation>mažiausias balas</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>pažymys</translation>
    </message>
    <message>
        <source>review interval days</source>
        <translation>peržiūros intervalas dienomis</translation>
    </message>
    <message>
        <source>position</source>
        <translation>pozicija</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>{path} was made by an older version of Policy Tracker and must be upgraded before it can be opened, but {blocked}; copy it to a folder you can write to and open the copy.</source>
        <extracomment>Why writing is refused (None: the tracker can be written): see :meth:`open`. A reading connection that may have created the -wal/-shm files: tidy them away on close.</extracomment>
        <translation>{path} sukurtas senesne Policy Tracker versija ir prieš atveriant turi būti atnaujintas, bet {blocked}; nukopijuokite jį į aplanką, kuriame galima rašyti, ir atverkite kopiją.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Policy Tracker; open it once in the app or with a command that writes, so it can be upgraded.</source>
        <translation>{path} sukurtas senesne Policy Tracker versija; vieną kartą atverkite jį programoje arba rašančia komanda, kad jį būtų galima atnaujinti.</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>ji atverta tik skaityti</translation>
    </message>
    <message>
        <source>it cannot be written to</source>
        <translation>į ją negalima rašyti</translation>
    </message>
    <message>
        <source>This tracker is read-only: {reason}.</source>
        <translation>Ši stebėsena tik skaityti: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was saved, because {cause}.</source>
        <translation>Niekas neišsaugota, nes {cause}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} jau yra; pasirinkite naują failo pavadinimą.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Aplanko {folder} nėra.</translation>
    </message>
    <message>
        <source>{path} could not be created, because {cause}.</source>
        <translation>Nepavyko sukurti {path}, nes {cause}.</translation>
    </message>
    <message>
        <source>{name} was made by an older version of Policy Tracker and must be upgraded before it can be opened, but {blocked}; copy it to a folder you can write to and open the copy.</source>
        <extracomment>Most memory SQLite keeps for pages of an open tracker, in KiB.</extracomment>
        <translation>{name} sukurtas senesne Policy Tracker versija ir prieš atveriant turi būti atnaujintas, bet {blocked}; nukopijuokite jį į aplanką, kuriame galima rašyti, ir atverkite kopiją.</translation>
    </message>
    <message>
        <source>{name} was not upgraded, because a copy of it could not be kept first ({cause}); it is unchanged.</source>
        <translation>{name} neatnaujintas, nes pirmiausia nepavyko išsaugoti jo kopijos ({cause}); jis nepakeistas.</translation>
    </message>
    <message>
        <source>{name} could not be upgraded to this version ({cause}); it was left as it was.</source>
        <translation>Nepavyko atnaujinti {name} iki šios versijos ({cause}); jis paliktas toks, koks buvo.</translation>
    </message>
    <message>
        <source>There is no tracker at {path}.</source>
        <translation>Vietoje {path} stebėsenos nėra.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a tracker file.</source>
        <translation>{path} yra aplankas, o ne stebėsenos failas.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}.</source>
        <translation>Nepavyko perskaityti {path}: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a Policy Tracker file (it is not an SQLite database).</source>
        <translation>{path} nėra Policy Tracker failas (tai ne SQLite duomenų bazė).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {cause}.</source>
        <translation>Nepavyko atverti {path}: {cause}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a Policy Tracker file.</source>
        <translation>{path} yra SQLite duomenų bazė, bet ne Policy Tracker failas.</translation>
    </message>
    <message>
        <source>{path} is not a complete Policy Tracker file (its schema is missing).</source>
        <translation>{path} nėra išsamus Policy Tracker failas (trūksta jo schemos).</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it (an import?). Try again when it has finished.</source>
        <translation>{path} užimtas: kita programa į jį rašo (importas?). Bandykite dar kartą, kai ji baigs.</translation>
    </message>
    <message>
        <source>{path} was left half-written by a program that stopped; it can be restored only where the file and its folder can be written to.</source>
        <translation>Sustojusi programa paliko {path} neįrašytą iki galo; jį galima atkurti tik ten, kur galima rašyti į failą ir jo aplanką.</translation>
    </message>
    <message>
        <source>{path} cannot be opened, because {cause}.</source>
        <translation>Nepavyko atverti {path}, nes {cause}.</translation>
    </message>
    <message>
        <source>{path} is not a readable Policy Tracker file ({problem}).</source>
        <translation>{path} nėra perskaitomas Policy Tracker failas ({problem}).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Policy Tracker; update the app to open it.</source>
        <translation>{path} įrašytas naujesne Policy Tracker versija; atnaujinkite programą, kad galėtumėte jį atverti.</translation>
    </message>
    <message>
        <source>its folder cannot be written to</source>
        <extracomment>Less free space than this (SQLite&apos;s -shm file alone takes 32 KiB) and a tracker is opened read-only. The ends of sentences (&quot;Nothing was saved, because ...&quot;), translatable (see :mod:`db.messages`).</extracomment>
        <translation>į jo aplanką negalima rašyti</translation>
    </message>
    <message>
        <source>the file cannot be written to</source>
        <translation>į failą negalima rašyti</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>diskas pilnas</translation>
    </message>
    <message>
        <source>its path is too long for SQLite to open; move it to a folder with a shorter path</source>
        <translation>jo kelias per ilgas, kad SQLite galėtų jį atverti; perkelkite jį į aplanką trumpesniu keliu</translation>
    </message>
    <message>
        <source>Another program kept this tracker busy (it was writing to it) for too long, so nothing was changed; try again in a moment.</source>
        <extracomment>Statements that control transactions themselves: never committed behind the caller&apos;s back. Statements that write rows: outside a transaction they run inside their own ``BEGIN IMMEDIATE``. A write to the connection&apos;s own temp schema takes no lock on the file, so it needs no write lock. SQLite&apos;s primary result codes for &quot;another connection holds the lock&quot;.</extracomment>
        <translation>Kita programa per ilgai laikė šią stebėseną užimtą (rašė į ją), todėl niekas nepakeista; bandykite dar kartą po akimirkos.</translation>
    </message>
</context>
<context>
    <name>DataHistory</name>
    <message>
        <source>title</source>
        <extracomment>An import&apos;s entries hold no copy of the evidence: a search finds them through the search index, among this many newest matching pieces of evidence at most. Entries a page read looks at, at most, before returning what it found so far. The second coder&apos;s review (db.review): its operations, and their undo steps, are of kind &quot;review&quot;. Tables that hold the codebook: any edit of them (adding, changing, retiring) is of kind &quot;codebook&quot;. The readable kind of an entry, derived from its table, action and operation (first match wins). The kinds, in the order a filter lists them. Fields that change with every edit and say nothing a reader needs. What a new record&apos;s entry shows of it (its whole copy is in the export). Tracker settings (``meta``) by the names the codebook editor gives them.</extracomment>
        <translation>pavadinimas</translation>
    </message>
    <message>
        <source>source</source>
        <translation>šaltinis</translation>
    </message>
    <message>
        <source>description</source>
        <translation>aprašymas</translation>
    </message>
    <message>
        <source>review interval (days)</source>
        <translation>peržiūros intervalas (dienos)</translation>
    </message>
    <message>
        <source>minimum coverage for a grade</source>
        <translation>mažiausia aprėptis pažymiui</translation>
    </message>
    <message>
        <source>status changes need review</source>
        <translation>būsenų pakeitimus reikia peržiūrėti</translation>
    </message>
    <message>
        <source>accessed on</source>
        <extracomment>The fields a diff names, in the interface&apos;s language (English: the key, &quot;_code&quot; and &quot;_&quot; dropped).</extracomment>
        <translation>prieigos data</translation>
    </message>
    <message>
        <source>archive url</source>
        <translation>archyvo adresas</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archyvuota</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>priedas</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>langeliai</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kodas</translation>
    </message>
    <message>
        <source>color</source>
        <translation>spalva</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>patikimumas</translation>
    </message>
    <message>
        <source>country</source>
        <translation>šalis</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>galiojimo pradžios data</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>įvykio data</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>pažymys</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>grupės pavadinimas</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>gairės</translation>
    </message>
    <message>
        <source>label</source>
        <translation>pavadinimas</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kalba</translation>
    </message>
    <message>
        <source>members</source>
        <translation>narės</translation>
    </message>
    <message>
        <source>min score</source>
        <translation>mažiausias balas</translation>
    </message>
    <message>
        <source>name</source>
        <translation>pavadinimas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>pastabos</translation>
    </message>
    <message>
        <source>position</source>
        <translation>pozicija</translation>
    </message>
    <message>
        <source>proposed by</source>
        <translation>pasiūlė</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>leidėjas</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>pagrindimas</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>rekomendacija</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>įrašė</translation>
    </message>
    <message>
        <source>review comment</source>
        <translation>peržiūros komentaras</translation>
    </message>
    <message>
        <source>reviewed by</source>
        <translation>peržiūrėjo</translation>
    </message>
    <message>
        <source>score</source>
        <translation>balai</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>šaltinio rūšis</translation>
    </message>
    <message>
        <source>state</source>
        <translation>būsena</translation>
    </message>
    <message>
        <source>status</source>
        <translation>būsena</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekstas</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL adresas</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>svoris</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>What each review step did, and what its undo step undid.</extracomment>
        <translation>Pasiūlyta</translation>
    </message>
    <message>
        <source>Proposal undone</source>
        <translation>Pasiūlymas atšauktas</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Patvirtinta</translation>
    </message>
    <message>
        <source>Approval undone</source>
        <translation>Patvirtinimas atšauktas</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Grąžinta</translation>
    </message>
    <message>
        <source>Return undone</source>
        <translation>Grąžinimas atšauktas</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atsiimta</translation>
    </message>
    <message>
        <source>Withdrawal undone</source>
        <translation>Atsiėmimas atšauktas</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Pateikta iš naujo</translation>
    </message>
    <message>
        <source>Resubmission undone</source>
        <translation>Pakartotinis pateikimas atšauktas</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Fields a diff names first (what a reader looks for), the others following alphabetically. How much of one value a diff shows. How much of a whole diff a row shows.</extracomment>
        <translation>taip</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>on</source>
        <translation>įj.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>išj.</translation>
    </message>
    <message>
        <source>created by an import</source>
        <translation>sukurta importuojant</translation>
    </message>
    <message>
        <source>created</source>
        <translation>sukurta</translation>
    </message>
    <message>
        <source>removed ({fields})</source>
        <translation>pašalinta ({fields})</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>pašalinta</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>nė vienas laukas nepasikeitė</translation>
    </message>
    <message>
        <source>Evidence: {title}</source>
        <translation>Įrodymas: {title}</translation>
    </message>
    <message>
        <source>Country: {name} ({code})</source>
        <translation>Šalis: {name} ({code})</translation>
    </message>
    <message>
        <source>Recommendation {code}: {title}</source>
        <translation>Rekomendacija {code}: {title}</translation>
    </message>
    <message>
        <source>Recommendation {code}</source>
        <translation>Rekomendacija {code}</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Grupė: {name}</translation>
    </message>
    <message>
        <source>Tracker setting: {name}</source>
        <translation>Stebėsenos nustatymas: {name}</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Pažymių intervalai</translation>
    </message>
    <message>
        <source>Status: {label}</source>
        <translation>Būsena: {label}</translation>
    </message>
</context>
<context>
    <name>DataLanguages</name>
    <message>
        <source>English</source>
        <extracomment>A translatable codebook value: plain text, or text per language code. The languages a translation is made into (every language but English). Longest translation kept in a codebook text (the longest English guidance is under 600 characters). Each language&apos;s English name, said in the interface&apos;s language inside a sentence (a Message each).</extracomment>
        <translation>anglų</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>baltarusių</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainiečių</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rusų</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>lenkų</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>lietuvių</translation>
    </message>
</context>
<context>
    <name>DataMerge</name>
    <message>
        <source>That version is not one of this record&apos;s conflicting versions any more.</source>
        <extracomment>The records whose versions a merge writes back, by the history&apos;s table name: (table, key column). Columns a version never sets: keys, and lineage (not content). Records whose versions conflict, (history table, key), and cells with conflicting judgements. The cells with conflicting judgements, and how many conflicts wait (kept in db.lineage: light to import).</extracomment>
        <translation>Ši versija nebėra tarp prieštaringų šio įrašo versijų.</translation>
    </message>
    <message>
        <source>That version cannot be used: other records still need this one as it is.</source>
        <translation>Šios versijos negalima naudoti: kitiems įrašams šis įrašas vis dar reikalingas toks, koks yra.</translation>
    </message>
    <message>
        <source>This cell has no conflicting judgements any more.</source>
        <translation>Šiame langelyje nebėra prieštaringų vertinimų.</translation>
    </message>
    <message>
        <source>That status is not one of this cell&apos;s conflicting judgements any more.</source>
        <translation>Ši būsena nebėra tarp prieštaringų šio langelio vertinimų.</translation>
    </message>
    <message>
        <source>This record has no conflicting versions any more.</source>
        <translation>Šis įrašas nebeturi prieštaringų versijų.</translation>
    </message>
</context>
<context>
    <name>DataOperations</name>
    <message>
        <source>Unknown country {text!r}: it is not tracked here (use its ISO code or English name).</source>
        <extracomment>Turns a person&apos;s status edit into a review proposal when the tracker requires review, else returns None. Installed by :mod:`db.review`, which builds on this module (so this one cannot import it, even inside a function: tests/test_layering.py); ``db/__init__`` imports db.review, and importing db.ops imports the package first, so it is installed before any use. The operations that are a person&apos;s status edit (an import is not: it loads statuses as given). The tracker setting (meta key) saying status changes need review (db.review owns it; read here for corrections).</extracomment>
        <translation>Nežinoma šalis {text!r}: ji čia nestebima (naudokite jos ISO kodą arba anglišką pavadinimą).</translation>
    </message>
    <message>
        <source>The country {code} is archived; restore it before adding to it.</source>
        <translation>Šalis {code} archyvuota; atkurkite ją prieš ką nors pridėdami.</translation>
    </message>
    <message>
        <source>Unknown recommendation {text!r}.</source>
        <translation>Nežinoma rekomendacija {text!r}.</translation>
    </message>
    <message>
        <source>The recommendation {code!r} is archived; restore it before adding to it.</source>
        <translation>Rekomendacija {code!r} archyvuota; atkurkite ją prieš ką nors pridėdami.</translation>
    </message>
    <message>
        <source>Unknown status {text!r}; use one of: {codes}.</source>
        <translation>Nežinoma būsena {text!r}; naudokite vieną iš: {codes}.</translation>
    </message>
    <message>
        <source>{label!r} is where every cell starts; choose a judgement instead.</source>
        <translation>{label!r} yra kiekvieno langelio pradinė būsena; pasirinkite įvertinimą.</translation>
    </message>
    <message>
        <source>Unknown group {text!r}.</source>
        <translation>Nežinoma grupė {text!r}.</translation>
    </message>
    <message>
        <source>Choose at least one country or group.</source>
        <translation>Pasirinkite bent vieną šalį arba grupę.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Pasirinkite bent vieną rekomendaciją.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <translation>Nėra įrodymo su uid {uid}.</translation>
    </message>
    <message>
        <source>Evidence has no field {key!r}.</source>
        <translation>Įrodymas neturi lauko {key!r}.</translation>
    </message>
    <message>
        <source>The event date is required (YYYY-MM-DD).</source>
        <translation>Įvykio data privaloma (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <extracomment>&quot;Not given&quot; for an argument where None means something (``attachment=None`` removes the attached file; leaving it out keeps it).</extracomment>
        <translation>Nurodykite įrodymui bent pavadinimą, URL adresą arba pastabas.</translation>
    </message>
    <message>
        <source>A rationale was given without a status to set.</source>
        <translation>Pagrindimas pateiktas, bet būsena nepasirinkta.</translation>
    </message>
    <message>
        <source>Evidence with uid {uid} already exists.</source>
        <translation>Įrodymas su uid {uid} jau yra.</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB.</source>
        <translation>{name} didesnis nei {megabytes} MB.</translation>
    </message>
    <message>
        <source>Evidence must stay linked to at least one cell.</source>
        <translation>Įrodymas turi likti susietas bent su vienu langeliu.</translation>
    </message>
    <message>
        <source>This evidence supports {cited} assessment(s); archive it instead of deleting it.</source>
        <translation>Šiuo įrodymu remiasi vertinimai ({cited}); archyvuokite jį, užuot ištrynę.</translation>
    </message>
    <message>
        <source>An assessment with uid {uid} already exists.</source>
        <extracomment>An assessment&apos;s review columns (m005): in its history snapshot only once set (by an approval), so the snapshots of statuses recorded without review read as they always did.</extracomment>
        <translation>Vertinimas su uid {uid} jau yra.</translation>
    </message>
    <message>
        <source>There is no assessment with uid {uid}.</source>
        <translation>Nėra vertinimo su uid {uid}.</translation>
    </message>
    <message>
        <source>While status changes need review, a status or its date is not corrected in place: set a new status instead, and another person will review it.</source>
        <translation>Kol būsenų pakeitimus reikia peržiūrėti, būsena ar jos data netaisoma vietoje: nustatykite naują būseną, ir kitas žmogus ją peržiūrės.</translation>
    </message>
    <message>
        <source>There is no recommendation {code!r}.</source>
        <translation>Nėra rekomendacijos {code!r}.</translation>
    </message>
    <message>
        <source>A recommendation with code {code!r} already exists.</source>
        <translation>Rekomendacija su kodu {code!r} jau yra.</translation>
    </message>
    <message>
        <source>A recommendation titled {title!r} already exists.</source>
        <translation>Rekomendacija pavadinimu {title!r} jau yra.</translation>
    </message>
    <message>
        <source>A recommendation titled {key!r} already exists.</source>
        <translation>Rekomendacija pavadinimu {key!r} jau yra.</translation>
    </message>
    <message>
        <source>The position must be a whole number.</source>
        <translation>Pozicija turi būti sveikasis skaičius.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s {key!r} cannot be edited.</source>
        <translation>Rekomendacijos lauko {key!r} keisti negalima.</translation>
    </message>
    <message>
        <source>There is no tracked country {code!r}.</source>
        <translation>Nėra stebimos šalies {code!r}.</translation>
    </message>
    <message>
        <source>{text!r} is not an ISO 3166-1 country code or name.</source>
        <translation>{text!r} nėra šalies kodas ar pavadinimas pagal ISO 3166-1.</translation>
    </message>
    <message>
        <source>{name} ({alpha2}) is already tracked.</source>
        <translation>{name} ({alpha2}) jau stebima.</translation>
    </message>
    <message>
        <source>{name} ({code}) has evidence, assessments or groups; archive it instead.</source>
        <translation>{name} ({code}) turi įrodymų, vertinimų ar grupių; verčiau ją archyvuokite.</translation>
    </message>
    <message>
        <source>A group named {clean_name!r} already exists.</source>
        <translation>Grupė pavadinimu {clean_name!r} jau yra.</translation>
    </message>
    <message>
        <source>There is no group {name!r}.</source>
        <translation>Nėra grupės {name!r}.</translation>
    </message>
    <message>
        <source>A group named {target!r} already exists.</source>
        <translation>Grupė pavadinimu {target!r} jau yra.</translation>
    </message>
    <message>
        <source>This tracker already has a codebook.</source>
        <translation>Ši stebėsena jau turi kodų knygą.</translation>
    </message>
    <message>
        <source>Codebook evidence {i}: {message}</source>
        <translation>Kodų knygos įrodymas {i}: {message}</translation>
    </message>
</context>
<context>
    <name>DataReview</name>
    <message>
        <source>You proposed this change; another person must approve it.</source>
        <extracomment>The tracker setting (meta key): &apos;1&apos; = status changes need review; absent or &apos;0&apos; = off. Where a page of the queue starts: the (proposed_at, id) of the last row of the page before (id: the local rowid). How every output that counts pending proposals says so.</extracomment>
        <translation>Šį pakeitimą pasiūlėte jūs; jį turi patvirtinti kitas asmuo.</translation>
    </message>
    <message>
        <source>You proposed this change; withdraw it instead of returning it.</source>
        <translation>Šį pakeitimą pasiūlėte jūs; atsiimkite jį, užuot grąžinę.</translation>
    </message>
    <message>
        <source>proposed</source>
        <extracomment>A proposal&apos;s state as messages name it (English: the state itself).</extracomment>
        <translation>pasiūlytas</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>patvirtintas</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>grąžintas</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>atsiimtas</translation>
    </message>
    <message>
        <source>There is no proposal with uid {uid}.</source>
        <translation>Nėra pasiūlymo su uid {uid}.</translation>
    </message>
    <message>
        <source>Unknown review state {state!r}; use one of: {states}, all.</source>
        <translation>Nežinoma peržiūros būsena {state!r}; naudokite vieną iš: {states}, all.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <translation>Nėra įrodymo su uid {uid}.</translation>
    </message>
    <message>
        <source>A proposal or assessment with uid {uid} already exists.</source>
        <translation>Pasiūlymas ar vertinimas su uid {uid} jau yra.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not waiting for review: it cannot be {doing}.</source>
        <translation>Šio pasiūlymo būsena – „{state}“, jis nelaukia peržiūros: jo negalima pažymėti kaip „{doing}“.</translation>
    </message>
    <message>
        <source>An assessment with uid {uid} already exists.</source>
        <translation>Vertinimas su uid {uid} jau yra.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not approved: there is no approval to undo.</source>
        <translation>Šio pasiūlymo būsena – „{state}“, o ne „patvirtintas“: nėra patvirtinimo, kurį būtų galima atšaukti.</translation>
    </message>
    <message>
        <source>Say why the proposal is returned: the proposer needs to know what to fix.</source>
        <translation>Parašykite, kodėl pasiūlymas grąžinamas: siūlytojas turi žinoti, ką taisyti.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not returned: there is no return to undo.</source>
        <translation>Šio pasiūlymo būsena – „{state}“, o ne „grąžintas“: nėra grąžinimo, kurį būtų galima atšaukti.</translation>
    </message>
    <message>
        <source>This proposal has been revised since it was returned; review the revision.</source>
        <translation>Šis pasiūlymas po grąžinimo pataisytas; peržiūrėkite pataisytą versiją.</translation>
    </message>
    <message>
        <source>Only {proposed_by}, who proposed this change, can withdraw it.</source>
        <translation>Atsiimti šį pakeitimą gali tik jį pasiūlęs {proposed_by}.</translation>
    </message>
    <message>
        <source>This proposal is {state}: only a pending or returned one is withdrawn.</source>
        <translation>Šio pasiūlymo būsena – „{state}“: atsiimti galima tik laukiantį peržiūros arba grąžintą.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not withdrawn.</source>
        <translation>Šio pasiūlymo būsena – „{state}“, o ne „atsiimtas“.</translation>
    </message>
    <message>
        <source>Only {proposed_by}, who proposed this change, can revise it.</source>
        <translation>Pataisyti šį pakeitimą gali tik jį pasiūlęs {proposed_by}.</translation>
    </message>
    <message>
        <source>This proposal is {state}: only a returned proposal is revised.</source>
        <translation>Šio pasiūlymo būsena – „{state}“: taisomas tik grąžintas pasiūlymas.</translation>
    </message>
    <message>
        <source>This proposal has already been revised.</source>
        <translation>Šis pasiūlymas jau pataisytas.</translation>
    </message>
    <message>
        <source>This proposal has been approved; undo the approval first.</source>
        <translation>Šis pasiūlymas patvirtintas; pirmiausia atšaukite patvirtinimą.</translation>
    </message>
    <message>
        <source>This proposal has been revised; remove the revision first.</source>
        <translation>Šis pasiūlymas pataisytas; pirmiausia pašalinkite pataisytą versiją.</translation>
    </message>
</context>
<context>
    <name>DataSearch</name>
    <message>
        <source>The search index is damaged, so words cannot be searched until it is rebuilt (File › Check and repair tracker, or policy-tracker check --repair).</source>
        <extracomment>What a search for words says when the index is damaged (the evidence list shows it in its count).</extracomment>
        <translation>Paieškos indeksas sugadintas, todėl žodžių ieškoti negalima, kol jis nebus atkurtas (Failas › Patikrinti ir pataisyti stebėseną arba policy-tracker check --repair).</translation>
    </message>
</context>
<context>
    <name>DataValidation</name>
    <message>
        <source>The {name} is required (YYYY-MM-DD).</source>
        <translation>Laukas „{name}“ privalomas (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{text!r} is not a date in the form YYYY-MM-DD ({field}).</source>
        <translation>{text!r} nėra data formatu YYYY-MM-DD ({field}).</translation>
    </message>
    <message>
        <source>{text!r} is not a real calendar date ({field}).</source>
        <translation>{text!r} nėra tikra kalendoriaus data ({field}).</translation>
    </message>
    <message>
        <source>The {field} is required (YYYY-MM-DD or YYYYMMDD).</source>
        <translation>Laukas „{field}“ privalomas (YYYY-MM-DD arba YYYYMMDD).</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as YYYY-MM-DD or YYYYMMDD.</source>
        <translation>{text!r} nėra data: rašykite YYYY-MM-DD arba YYYYMMDD.</translation>
    </message>
    <message>
        <source>{text!r} is not a real calendar date.</source>
        <translation>{text!r} nėra tikra kalendoriaus data.</translation>
    </message>
    <message>
        <source>The {name} must be text.</source>
        <extracomment>Scripts that are written together (Japanese, Chinese and Korean mix Han, kana, Hangul and Latin). Cyrillic and Greek letters that look like Latin ones: a host of only these (аррӏе.com) passes for a Latin one.</extracomment>
        <translation>Laukas „{name}“ turi būti tekstas.</translation>
    </message>
    <message>
        <source>The {name} contains a NUL character.</source>
        <extracomment>An http(s) address of printable ASCII (no space or backslash) whose host is letters, digits, - _ and dots. Characters that end a host&apos;s label in IDNA (and so in Qt and browsers), besides &apos;.&apos;. Invisible characters that are not formatting characters (Unicode&apos;s Default_Ignorable_Code_Point outside category Cf): Hangul fillers, variation selectors, the combining grapheme joiner...</extracomment>
        <translation>Lauke „{name}“ yra simbolis NUL.</translation>
    </message>
    <message>
        <source>The {name} is longer than {limit:,} characters.</source>
        <translation>Laukas „{name}“ ilgesnis nei {limit:,} simbolių.</translation>
    </message>
    <message>
        <source>The {name} contains a backslash (\): browsers read it as /, so the link could open another site than the one it shows. Write / instead.</source>
        <translation>Lauke „{name}“ yra atvirkštinis brūkšnys (\): naršyklės jį skaito kaip /, todėl nuoroda gali atverti kitą svetainę nei rodo. Rašykite /.</translation>
    </message>
    <message>
        <source>The {name} contains a space or line break; write a space as %20.</source>
        <translation>Lauke „{name}“ yra tarpas arba eilutės lūžis; tarpą rašykite kaip %20.</translation>
    </message>
    <message>
        <source>The {name} contains a control character ({char}).</source>
        <translation>Lauke „{name}“ yra valdymo simbolis ({char}).</translation>
    </message>
    <message>
        <source>The {name} contains an invisible character ({char}) that can hide where the link goes; retype the address.</source>
        <translation>Lauke „{name}“ yra nematomas simbolis ({char}), galintis paslėpti, kur veda nuoroda; įveskite adresą iš naujo.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid web address ({problem}).</source>
        <translation>{text!r} nėra tinkamas žiniatinklio adresas ({problem}).</translation>
    </message>
    <message>
        <source>{text!r} is not a web address: the {name} must start with http:// or https://.</source>
        <translation>{text!r} nėra žiniatinklio adresas: laukas „{name}“ turi prasidėti http:// arba https://.</translation>
    </message>
    <message>
        <source>The {name} has a user name or password before its host (the part up to @): remove it; such a link can show one site and open another.</source>
        <translation>Lauke „{name}“ prieš pagrindinio kompiuterio vardą yra naudotojo vardas arba slaptažodis (dalis iki @): pašalinkite jį; tokia nuoroda gali rodyti vieną svetainę, o atverti kitą.</translation>
    </message>
    <message>
        <source>The {name}&apos;s host [{host}] is not a valid IPv6 address.</source>
        <translation>Lauko „{name}“ pagrindinis kompiuteris [{host}] nėra tinkamas IPv6 adresas.</translation>
    </message>
    <message>
        <source>The {name} has an invalid port ({port}).</source>
        <translation>Lauke „{name}“ netinkamas prievadas ({port}).</translation>
    </message>
    <message>
        <source>The {name}&apos;s host {host!r} is not a valid host name ({why}).</source>
        <translation>Lauko „{name}“ pagrindinis kompiuteris {host!r} nėra tinkamas vardas ({why}).</translation>
    </message>
    <message>
        <source>The {name} has no host name.</source>
        <translation>Lauke „{name}“ nėra pagrindinio kompiuterio vardo.</translation>
    </message>
    <message>
        <source>{char!r} cannot be part of a host name</source>
        <translation>{char!r} negali būti pagrindinio kompiuterio vardo dalis</translation>
    </message>
    <message>
        <source>{char!r} stands for {folded!r}</source>
        <translation>{char!r} reiškia {folded!r}</translation>
    </message>
    <message>
        <source>The {name}&apos;s host {host!r} is not a valid IPv4 address.</source>
        <translation>Lauko „{name}“ pagrindinis kompiuteris {host!r} nėra tinkamas IPv4 adresas.</translation>
    </message>
    <message>
        <source>an empty part between dots</source>
        <translation>tuščia dalis tarp taškų</translation>
    </message>
    <message>
        <source>{label} is not valid punycode</source>
        <translation>{label} nėra tinkamas punycode</translation>
    </message>
    <message>
        <source>a part between dots begins or ends with &apos;-&apos;</source>
        <translation>dalis tarp taškų prasideda arba baigiasi &apos;-&apos;</translation>
    </message>
    <message>
        <source>an accent or other combining mark that is not on a letter</source>
        <translation>kirtis ar kitas jungiamasis ženklas ne ant raidės</translation>
    </message>
    <message>
        <source>an international part with &apos;--&apos; as its third and fourth characters</source>
        <translation>tarptautinė dalis, kurios trečias ir ketvirtas simboliai yra &apos;--&apos;</translation>
    </message>
    <message>
        <source>not valid in IDNA: {problem}</source>
        <translation>netinkama pagal IDNA: {problem}</translation>
    </message>
    <message>
        <source>a part between dots is longer than 63 characters</source>
        <translation>dalis tarp taškų ilgesnė nei 63 simboliai</translation>
    </message>
    <message>
        <source>longer than 253 characters</source>
        <translation>ilgesnis nei 253 simboliai</translation>
    </message>
    <message>
        <source>The {field} contains a NUL character (a zero byte); the file is damaged or not text.</source>
        <translation>Stulpelyje „{field}“ yra simbolis NUL (nulinis baitas); failas sugadintas arba ne tekstinis.</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit:,} characters ({length:,}).</source>
        <translation>Stulpelis „{field}“ ilgesnis nei {limit:,} simbolių ({length:,}).</translation>
    </message>
    <message>
        <source>The {name} is required.</source>
        <translation>Laukas „{name}“ privalomas.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}; use one of: {allowed}.</source>
        <translation>{text!r} nėra tinkama lauko „{name}“ reikšmė; naudokite vieną iš: {allowed}.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}: use lower-case letters, digits and _ (up to 40).</source>
        <translation>{text!r} nėra tinkama lauko „{name}“ reikšmė: naudokite mažąsias raides, skaitmenis ir _ (iki 40).</translation>
    </message>
    <message>
        <source>{text!r} cannot be a recommendation code: the scorecard export already has a column of that name.</source>
        <extracomment>Column names of the scorecard export that a recommendation&apos;s code would collide with.</extracomment>
        <translation>{text!r} negali būti rekomendacijos kodas: vertinimų lentelės eksporte jau yra tokio pavadinimo stulpelis.</translation>
    </message>
    <message>
        <source>{text!r} is not a colour in the form #RRGGBB ({field}).</source>
        <translation>{text!r} nėra spalva formatu #RRGGBB ({field}).</translation>
    </message>
    <message>
        <source>{value!r} is not a number ({field}).</source>
        <translation>{value!r} nėra skaičius ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be greater than 0 and at most 100.</source>
        <translation>Laukas „{name}“ turi būti didesnis nei 0 ir ne didesnis nei 100.</translation>
    </message>
    <message>
        <source>{value!r} is not a score ({field}).</source>
        <translation>{value!r} nėra balas ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be between 0 and 100.</source>
        <translation>Laukas „{name}“ turi būti nuo 0 iki 100.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}: expected a UUID like 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f.</source>
        <translation>{text!r} nėra tinkama lauko „{name}“ reikšmė: tikimasi UUID, pvz., 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f.</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number ({field}).</source>
        <translation>{value!r} nėra sveikasis skaičius ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be at least 1.</source>
        <translation>Laukas „{name}“ turi būti ne mažesnis nei 1.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <comment>how to type a date: four digits of the year, month, day</comment>
        <extracomment>The person changed the date (typed, picked or stepped), as opposed to ``setDate`` by the program. The text&apos;s problem (&quot;&quot; when it is fine), so a form can show it under the field.</extracomment>
        <translation>mmmm-mm-dd</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 arba %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (nebūtina)</translation>
    </message>
    <message>
        <source>A date: type %1, or press Alt+Down for a calendar.</source>
        <translation>Data: įveskite %1 arba paspauskite Alt+Žemyn, kad atvertumėte kalendorių.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Pasirinkti kalendoriuje (Alt+Žemyn)</translation>
    </message>
    <message>
        <source>The %1 is required (for example 2024-03-01).</source>
        <translation>Laukas „%1“ privalomas (pavyzdžiui, 2024-03-01).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Type it as 2024-03-01, 20240301.</source>
        <translation>„%1“ nėra data. Įveskite ją kaip 2024-03-01 arba 20240301.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Type it as 2024-03-01, 20240301 or %2.</source>
        <translation>„%1“ nėra data. Įveskite ją kaip 2024-03-01, 20240301 arba %2.</translation>
    </message>
    <message>
        <source>%1 is outside the years 1900 to 2200.</source>
        <translation>%1 nepatenka į 1900–2200 metų ribas.</translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation>Kalendorius: %1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <comment>month in a date: 15 January 2026</comment>
        <extracomment>Statuses proposed and not yet reviewed count too: the uids of the cells shown with one.</extracomment>
        <translation>sausio</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month in a date</comment>
        <translation>vasario</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month in a date</comment>
        <translation>kovo</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month in a date</comment>
        <translation>balandžio</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month in a date</comment>
        <translation>gegužės</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month in a date</comment>
        <translation>birželio</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month in a date</comment>
        <translation>liepos</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month in a date</comment>
        <translation>rugpjūčio</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month in a date</comment>
        <translation>rugsėjo</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month in a date</comment>
        <translation>spalio</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month in a date</comment>
        <translation>lapkričio</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month in a date</comment>
        <translation>gruodžio</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a long date: %1 day, %2 month, %3 year (15 January 2026)</comment>
        <translation>%3 m. %2 %1 d.</translation>
    </message>
</context>
<context>
    <name>DetailsDock</name>
    <message>
        <source>Select a cell of the matrix to see its status, history and evidence.</source>
        <extracomment>The attached file&apos;s name (&quot;&quot; when the evidence has none). A timeline row&apos;s status label alone (its text also holds the rationale). The newest evidence listed for a cell; the rest are counted (&quot;and 90 more…&quot;) and listed in the Evidence tab. Text longer than this is cut with &quot;…&quot; in the dock; its tooltip shows the whole of it. English source text; shown translated (``QCoreApplication.translate(&quot;DetailsDock&quot;, NOTHING_SELECTED)``).</extracomment>
        <translation>Pasirinkite matricos langelį, kad matytumėte jo būseną, istoriją ir įrodymus.</translation>
    </message>
    <message>
        <source>verified</source>
        <extracomment>The stored codes of confidence and source kind, as the dock names them (English: the code itself).</extracomment>
        <translation>patikrinta</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>pranešta</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>deklaruota</translation>
    </message>
    <message>
        <source>official</source>
        <translation>oficialus šaltinis</translation>
    </message>
    <message>
        <source>media</source>
        <translation>žiniasklaida</translation>
    </message>
    <message>
        <source>ngo</source>
        <translation>NVO</translation>
    </message>
    <message>
        <source>international</source>
        <translation>tarptautinė organizacija</translation>
    </message>
    <message>
        <source>other</source>
        <translation>kita</translation>
    </message>
    <message>
        <source>Cell details</source>
        <extracomment>&quot;Review conflict…&quot; on a cell with conflicting judgements: (country, recommendation).</extracomment>
        <translation>Langelio informacija</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Pasirinktas langelis</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendacija</translation>
    </message>
    <message>
        <source>Status mark</source>
        <translation>Būsenos ženklas</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Dabartinė būsena</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Būsenos informacija</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Pagrindimas</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Peržiūros pastaba</translation>
    </message>
    <message>
        <source>Proposed status</source>
        <translation>Pasiūlyta būsena</translation>
    </message>
    <message>
        <source>Conflicting judgements</source>
        <translation>Prieštaringi vertinimai</translation>
    </message>
    <message>
        <source>Review conflict…</source>
        <translation>Peržiūrėti konfliktą…</translation>
    </message>
    <message>
        <source>Review the conflicting judgements of this cell</source>
        <translation>Peržiūrėti prieštaringus šio langelio vertinimus</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>Nustatyti būseną…</translation>
    </message>
    <message>
        <source>Set status of this cell</source>
        <translation>Nustatyti šio langelio būseną</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Pridėti įrodymą…</translation>
    </message>
    <message>
        <source>Add evidence for this cell</source>
        <translation>Pridėti įrodymą šiam langeliui</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Būsenų chronologija</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Galioja nuo</translation>
    </message>
    <message>
        <source>Status and rationale</source>
        <translation>Būsena ir pagrindimas</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Susieti įrodymai</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Atverti nuorodą</translation>
    </message>
    <message>
        <source>Open evidence link</source>
        <translation>Atverti įrodymo nuorodą</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redaguoti…</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Redaguoti įrodymą</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archyvuoti</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Archyvuoti įrodymą</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Atverti priedą</translation>
    </message>
    <message>
        <source>Save attachment as…</source>
        <translation>Įrašyti priedą kaip…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Pridėtas failas</translation>
    </message>
    <message>
        <source>Attached file: open or save it</source>
        <translation>Pridėtas failas: atverti arba įrašyti</translation>
    </message>
    <message>
        <source>Timeline heading</source>
        <translation>Chronologijos antraštė</translation>
    </message>
    <message>
        <source>Evidence heading</source>
        <translation>Įrodymų antraštė</translation>
    </message>
    <message>
        <source>More evidence</source>
        <translation>Daugiau įrodymų</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Pridėtas failas: %1</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Failas nepridėtas</translation>
    </message>
    <message>
        <source>effective %1 · %2 · recorded by %3 on %4</source>
        <translation>galioja nuo %1 · %2 · įrašė %3, %4</translation>
    </message>
    <message>
        <source>Nobody has judged this cell yet. Not assessed is not the same as No action.</source>
        <translation>Šio langelio dar niekas neįvertino. „Neįvertinta“ nėra tas pats, kas „Jokių veiksmų“.</translation>
    </message>
    <message numerus="yes">
        <source>⚑ Needs review: this judgement is older than %Ln days.</source>
        <translation>
            <numerusform>⚑ Reikia peržiūrėti: šis vertinimas senesnis nei %Ln diena.</numerusform>
            <numerusform>⚑ Reikia peržiūrėti: šis vertinimas senesnis nei %Ln dienos.</numerusform>
            <numerusform>⚑ Reikia peržiūrėti: šis vertinimas senesnis nei %Ln dienų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores count it now (Include proposed is on).</source>
        <translation>Balai jau ją įskaičiuoja (įjungta „Įtraukti siūlomas“).</translation>
    </message>
    <message>
        <source>Scores count the approved status until then.</source>
        <translation>Iki tol balai skaičiuojami pagal patvirtintą būseną.</translation>
    </message>
    <message>
        <source>◆ Proposed: %1, effective %2, by %3 — waiting for review. Approved: %4. %5
Why: %6</source>
        <translation>◆ Pasiūlyta: %1, galioja nuo %2, pasiūlė %3 — laukia peržiūros. Patvirtinta: %4. %5
Kodėl: %6</translation>
    </message>
    <message>
        <source>%1 set %2</source>
        <translation>%2 (autorius: %1)</translation>
    </message>
    <message>
        <source>⚠ Conflicting judgements: %1, without seeing each other.</source>
        <translation>⚠ Prieštaringi vertinimai: %1 – nustatyti nežinant vienas apie kitą.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (dabartinė)</translation>
    </message>
    <message>
        <source>%1 (after the as-of date)</source>
        <translation>%1 (po būsenos dienos)</translation>
    </message>
    <message>
        <source>%1 · %2 · recorded by %3 on %4</source>
        <translation>%1 · %2 · įrašė %3, %4</translation>
    </message>
    <message>
        <source>Effective after the as-of date</source>
        <translation>Galioja po būsenos dienos</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%Ln assessments)</source>
        <translation>
            <numerusform>Chronologija (%Ln vertinimas)</numerusform>
            <numerusform>Chronologija (%Ln vertinimai)</numerusform>
            <numerusform>Chronologija (%Ln vertinimų)</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(be pavadinimo)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Įrodymai (%1)</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more… (the Evidence tab lists them all)</source>
        <translation>
            <numerusform>ir dar %Ln… (visi — kortelėje „Įrodymai“)</numerusform>
            <numerusform>ir dar %Ln… (visi — kortelėje „Įrodymai“)</numerusform>
            <numerusform>ir dar %Ln… (visi — kortelėje „Įrodymai“)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>Official (government, parliament, gazette)</source>
        <extracomment>English source texts (what CSV and tests compare); shown translated by :func:`source_kind_label`.</extracomment>
        <translation>Oficialus (vyriausybė, parlamentas, oficialusis leidinys)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Žiniasklaida</translation>
    </message>
    <message>
        <source>NGO or think tank</source>
        <translation>NVO ar analitinis centras</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Tarptautinė organizacija</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Verified — checked against a primary source</source>
        <extracomment>English source texts; shown translated by :func:`confidence_label`.</extracomment>
        <translation>Patikrinta — pagal pirminį šaltinį</translation>
    </message>
    <message>
        <source>Reported — by a credible secondary source</source>
        <translation>Pranešta — patikimo antrinio šaltinio</translation>
    </message>
    <message>
        <source>Claimed — the government&apos;s own word</source>
        <translation>Deklaruota — pačios vyriausybės žodžiais</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>The common languages of sources (ISO 639-1 code, English name); any other code or name may be typed. Names pycountry&apos;s ISO 639-3 catalogues lack (or give as &quot;Modern Greek (1453-)&quot;, &quot;Kirghiz&quot;), by language. Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open.</extracomment>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>Pasirinkite būseną…</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Patikimumas</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Pagrindimas</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Formos klaida</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Type a language or its code, e.g. Lithuanian or lt</source>
        <translation>Kalba ar jos kodas, pvz., lietuvių arba lt</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Redaguoti įrodymą</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Naujas įrodymas</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Įvykio data</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Kas įvyko, viena eilute</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL adresas</translation>
    </message>
    <message>
        <source>URL check</source>
        <translation>Adreso patikra</translation>
    </message>
    <message>
        <source>Archive URL</source>
        <translation>Archyvo adresas</translation>
    </message>
    <message>
        <source>https://web.archive.org/… (optional)</source>
        <translation>https://web.archive.org/… (nebūtina)</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Leidėjas</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Šaltinio rūšis</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Prieigos data</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Quote, context, what the measure covers…</source>
        <translation>Citata, kontekstas, ką apima priemonė…</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Failas nepridėtas</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Pridėtas failas</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Pridėti failą…</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Pridėti failą</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Remove attached file</source>
        <translation>Pašalinti pridėtą failą</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Event &amp;date*</source>
        <translation>Įvykio &amp;data*</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Pavadinimas</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL adresas</translation>
    </message>
    <message>
        <source>&amp;Archive URL</source>
        <translation>&amp;Archyvo adresas</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Leidėjas</translation>
    </message>
    <message>
        <source>Source &amp;kind</source>
        <translation>Šaltinio &amp;rūšis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kalba</translation>
    </message>
    <message>
        <source>Accessed &amp;on</source>
        <translation>Priei&amp;gos data</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Pas&amp;tabos</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filtruoti šalis…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupės</translation>
    </message>
    <message>
        <source>Filter groups…</source>
        <translation>Filtruoti grupes…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendacijos</translation>
    </message>
    <message>
        <source>Filter recommendations…</source>
        <translation>Filtruoti rekomendacijas…</translation>
    </message>
    <message>
        <source>Pre-filled links</source>
        <translation>Iš anksto užpildyti susiejimai</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pre-filled from the cell you chose.&lt;/b&gt; Remove it if this evidence is not about it:</source>
        <translation>&lt;b&gt;Užpildyta pagal jūsų pasirinktą langelį.&lt;/b&gt; Pašalinkite jį, jei šis įrodymas ne apie jį:</translation>
    </message>
    <message>
        <source>%1: click to remove this link</source>
        <translation>%1: spustelėkite, kad pašalintumėte šį susiejimą</translation>
    </message>
    <message>
        <source>Remove link %1</source>
        <translation>Pašalinti susiejimą %1</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Susiejimai</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Susieta su</translation>
    </message>
    <message>
        <source>Groups (every member)</source>
        <translation>Grupės (visos narės)</translation>
    </message>
    <message>
        <source>Also set the status of the linked cells, effective on the event date</source>
        <translation>Taip pat nustatyti susietų langelių būseną, galiojančią nuo įvykio datos</translation>
    </message>
    <message>
        <source>Also set status</source>
        <translation>Taip pat nustatyti būseną</translation>
    </message>
    <message>
        <source>Cells whose status is set</source>
        <translation>Langeliai, kurių būsena nustatoma</translation>
    </message>
    <message>
        <source>Why this status (required)</source>
        <translation>Kodėl tokia būsena (privaloma)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Būsena</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>Pat&amp;ikimumas</translation>
    </message>
    <message>
        <source>&amp;Rationale*</source>
        <translation>Pagri&amp;ndimas*</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>Įrašyti įrodymą</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Not linked yet: tick at least one recommendation and one country or group.</source>
        <translation>Dar nesusieta: pažymėkite bent vieną rekomendaciją ir vieną šalį ar grupę.</translation>
    </message>
    <message>
        <source>Sets the status of no cell yet: choose the links above.</source>
        <translation>Kol kas nenustato jokio langelio būsenos: pasirinkite susiejimus aukščiau.</translation>
    </message>
    <message>
        <source>1 cell: %1</source>
        <translation>1 langelis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cells: %1</source>
        <translation>
            <numerusform>%Ln langelis: %1</numerusform>
            <numerusform>%Ln langeliai: %1</numerusform>
            <numerusform>%Ln langelių: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Susiejimai: %1</translation>
    </message>
    <message>
        <source>Sets the status of this cell: %1</source>
        <translation>Nustato šio langelio būseną: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sets the status of these %Ln cells: %1</source>
        <translation>
            <numerusform>Nustato šių langelių (%Ln) būseną: %1</numerusform>
            <numerusform>Nustato šių langelių (%Ln) būseną: %1</numerusform>
            <numerusform>Nustato šių langelių (%Ln) būseną: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 ir dar %Ln</numerusform>
            <numerusform>%1 ir dar %Ln</numerusform>
            <numerusform>%1 ir dar %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Web address looks right</source>
        <translation>✓ Žiniatinklio adresas atrodo teisingas</translation>
    </message>
    <message>
        <source>Optional: http:// or https:// only</source>
        <translation>Nebūtina: tik http:// arba https://</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Pridėti failą</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln bytes)</source>
        <translation>
            <numerusform>%1 (%Ln baitas)</numerusform>
            <numerusform>%1 (%Ln baitai)</numerusform>
            <numerusform>%1 (%Ln baitų)</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <translation>Nurodykite įrodymui bent pavadinimą, URL adresą ar pastabas.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Pasirinkite bent vieną rekomendaciją.</translation>
    </message>
    <message>
        <source>Choose at least one country or group.</source>
        <translation>Pasirinkite bent vieną šalį ar grupę.</translation>
    </message>
    <message>
        <source>Choose the status to set, or untick &apos;Also set the status&apos;.</source>
        <translation>Pasirinkite būseną arba nuimkite žymę „Taip pat nustatyti būseną“.</translation>
    </message>
    <message>
        <source>The rationale is required: say why this status.</source>
        <translation>Pagrindimas privalomas: parašykite, kodėl tokia būsena.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Date</source>
        <extracomment>The roles the model answers: any other role reads no row.</extracomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendacijos</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Leidėjas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Nuoroda</translation>
    </message>
    <message>
        <source>official</source>
        <extracomment>How the Kind column names each source kind (its code, in English).</extracomment>
        <translation>oficialus</translation>
    </message>
    <message>
        <source>media</source>
        <translation>žiniasklaida</translation>
    </message>
    <message>
        <source>ngo</source>
        <translation>NVO</translation>
    </message>
    <message>
        <source>international</source>
        <translation>tarptautinis</translation>
    </message>
    <message>
        <source>other</source>
        <translation>kitas</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>The sort key (db.search.SORT_KEYS) of each column. Countries and recommendations sort by the first one shown (a piece of evidence has several). Counting stops here: past it the count says &quot;10,000+&quot; (a count of a million matches costs more than the page does). With no filter the count is exact and free (the tracker&apos;s tallies).</extracomment>
        <translation>(be pavadinimo)</translation>
    </message>
    <message>
        <source>[archived] %1</source>
        <translation>[archyvuota] %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln šalis</numerusform>
            <numerusform>%Ln šalys</numerusform>
            <numerusform>%Ln šalių</numerusform>
        </translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Nuorodos nėra</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Official (government, parliament, gazette)</source>
        <extracomment>The kind filter&apos;s choices (the evidence form&apos;s SOURCE_KIND_LABELS), translated in this view&apos;s context.</extracomment>
        <translation>Oficialus (vyriausybė, parlamentas, oficialusis leidinys)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Žiniasklaida</translation>
    </message>
    <message>
        <source>NGO or think tank</source>
        <translation>NVO ar analitinis centras</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Tarptautinė organizacija</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kitas</translation>
    </message>
    <message>
        <source>Evidence view</source>
        <translation>Įrodymų rodinys</translation>
    </message>
    <message>
        <source>Search titles, notes, publishers and links…  (Ctrl+F)</source>
        <translation>Ieškoti pavadinimuose, pastabose, leidėjuose ir nuorodose…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Ieškoti įrodymų</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtruoti pagal šalį</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filtruoti pagal grupę</translation>
    </message>
    <message>
        <source>Filter by recommendation</source>
        <translation>Filtruoti pagal rekomendaciją</translation>
    </message>
    <message>
        <source>Filter by source kind</source>
        <translation>Filtruoti pagal šaltinio rūšį</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Filter by date range</source>
        <translation>Filtruoti pagal datų intervalą</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data nuo</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data iki</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Rodyti archyvuotus</translation>
    </message>
    <message>
        <source>Show archived evidence</source>
        <translation>Rodyti archyvuotus įrodymus</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>Įrodymų sąrašas</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Atverti nuorodą</translation>
    </message>
    <message>
        <source>Open source link</source>
        <translation>Atverti šaltinio nuorodą</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redaguoti…</translation>
    </message>
    <message>
        <source>Edit selected evidence</source>
        <translation>Redaguoti pasirinktą įrodymą</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archyvuoti</translation>
    </message>
    <message>
        <source>Archive or restore selected evidence</source>
        <translation>Archyvuoti ar atkurti pasirinktą įrodymą</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Atverti priedą</translation>
    </message>
    <message>
        <source>Open the selected evidence&apos;s attached file</source>
        <translation>Atverti pasirinkto įrodymo priedą</translation>
    </message>
    <message>
        <source>Save attachment as…</source>
        <translation>Įrašyti priedą kaip…</translation>
    </message>
    <message>
        <source>Save the selected evidence&apos;s attached file as</source>
        <translation>Įrašyti pasirinkto įrodymo priedą kaip</translation>
    </message>
    <message>
        <source>Evidence count</source>
        <translation>Įrodymų skaičius</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Šalis</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupė</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Rekomendacija</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>R&amp;ūšis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Visos šalys</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Visos grupės</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Visos rekomendacijos</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Visos rūšys</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Pridėtas failas: %1</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Failas nepridėtas</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Skaičiuojama…</translation>
    </message>
    <message>
        <source>Search index damaged</source>
        <translation>Paieškos indeksas sugadintas</translation>
    </message>
    <message>
        <source>The search index is damaged. %1</source>
        <translation>Paieškos indeksas sugadintas. %1</translation>
    </message>
    <message>
        <source>The search index is damaged, so words cannot be searched.

Rebuild it now from the evidence? Nothing else is changed, and the rebuild is recorded in the history.</source>
        <translation>Paieškos indeksas sugadintas, todėl žodžių ieškoti negalima.

Atkurti jį dabar iš įrodymų? Niekas kita nepasikeis, o atkūrimas bus įrašytas į istoriją.</translation>
    </message>
    <message>
        <source>Rebuild index</source>
        <translation>Atkurti indeksą</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ pieces of evidence</source>
        <translation>
            <numerusform>%Ln+ įrodymas</numerusform>
            <numerusform>%Ln+ įrodymai</numerusform>
            <numerusform>%Ln+ įrodymų</numerusform>
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
    <message>
        <source>%1 (too many matches to sort: most recently added first)</source>
        <translation>%1 (per daug atitikmenų rikiuoti: pirmiausia vėliausiai pridėti)</translation>
    </message>
    <message>
        <source>%1 (too many matches to sort: earliest added first)</source>
        <translation>%1 (per daug atitikmenų rikiuoti: pirmiausia anksčiausiai pridėti)</translation>
    </message>
    <message numerus="yes">
        <source>Searching the first %Ln words (of %1): %2</source>
        <translation>
            <numerusform>Ieškoma pirmojo %Ln žodžio (iš %1): %2</numerusform>
            <numerusform>Ieškoma pirmųjų %Ln žodžių (iš %1): %2</numerusform>
            <numerusform>Ieškoma pirmųjų %Ln žodžių (iš %1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Scorecard (one row per country)</source>
        <extracomment>What can be exported, and in which formats (the first is the default).</extracomment>
        <translation>Vertinimų lentelė (viena eilutė šaliai)</translation>
    </message>
    <message>
        <source>Assessments (current status of every cell)</source>
        <translation>Vertinimai (dabartinė kiekvieno langelio būsena)</translation>
    </message>
    <message>
        <source>History (every assessment ever made)</source>
        <translation>Istorija (visi kada nors atlikti vertinimai)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Įrodymai</translation>
    </message>
    <message>
        <source>Report with citations</source>
        <translation>Ataskaita su nuorodomis į šaltinius</translation>
    </message>
    <message>
        <source>Matrix image for slides</source>
        <translation>Matricos paveikslėlis skaidrėms</translation>
    </message>
    <message>
        <source>Excel workbook (all four tables)</source>
        <translation>Excel knyga (visos keturios lentelės)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (vienas savarankiškas failas)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG paveikslėlis</translation>
    </message>
    <message>
        <source>Exporting the scorecard of %1</source>
        <extracomment>What each export is called in the dialog&apos;s summary line (%1: the countries it covers).</extracomment>
        <translation>Eksportuojama vertinimų lentelė: %1</translation>
    </message>
    <message>
        <source>Exporting the assessments of %1</source>
        <translation>Eksportuojami vertinimai: %1</translation>
    </message>
    <message>
        <source>Exporting the history of %1</source>
        <translation>Eksportuojama istorija: %1</translation>
    </message>
    <message>
        <source>Exporting the evidence on %1</source>
        <translation>Eksportuojami įrodymai: %1</translation>
    </message>
    <message>
        <source>Exporting a report on %1</source>
        <translation>Eksportuojama ataskaita: %1</translation>
    </message>
    <message>
        <source>Exporting the matrix image of %1</source>
        <translation>Eksportuojamas matricos paveikslėlis: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportas</translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation>Kas bus eksportuota</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Ką eksportuoti</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatas</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Ataskaita apie</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Visos šalys</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Puslapio dydis</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Būsenos data</translation>
    </message>
    <message>
        <source>Past date</source>
        <translation>Praeities data</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupė</translation>
    </message>
    <message>
        <source>Include archived evidence</source>
        <translation>Įtraukti archyvuotus įrodymus</translation>
    </message>
    <message>
        <source>Include proposed statuses</source>
        <translation>Įtraukti siūlomas būsenas</translation>
    </message>
    <message>
        <source>Count statuses proposed and not yet reviewed; the file says so</source>
        <translation>Įskaičiuoti pasiūlytas ir dar neperžiūrėtas būsenas; faile tai nurodoma</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Ataskaitos kalba</translation>
    </message>
    <message>
        <source>The language of the report or image; the source&apos;s own words stay quoted in the original beside their translation</source>
        <translation>Ataskaitos ar paveikslo kalba; šaltinio žodžiai lieka originalo kalba šalia vertimo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportas</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatas</translation>
    </message>
    <message>
        <source>&amp;Report on</source>
        <translation>&amp;Ataskaita apie</translation>
    </message>
    <message>
        <source>&amp;Page size</source>
        <translation>&amp;Puslapio dydis</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;Būsena</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupė</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kalba</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuoti…</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>visos šalys</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>(būsena %1)</translation>
    </message>
    <message>
        <source>as of today</source>
        <translation>(šiandienos būsena)</translation>
    </message>
    <message>
        <source>, including proposed statuses not yet reviewed</source>
        <translation>, įskaitant dar neperžiūrėtas siūlomas būsenas</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Includes proposed statuses not yet reviewed</source>
        <extracomment>The counts in what an export says it wrote (Qt&apos;s plural forms; lupdate collects ``ExportFiles.tr``). Every format :func:`export_to_file` writes. Called with the number of rows written so far, after each chunk; raising stops the export.</extracomment>
        <translation>Apima siūlomas dar neperžiūrėtas būsenas</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n rows</comment>
        <translation>
            <numerusform>%n eilutė</numerusform>
            <numerusform>%n eilutės</numerusform>
            <numerusform>%n eilučių</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {target}: {sheets}.{labelled}</source>
        <translation>Įrašytas failas {target}: {sheets}.{labelled}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {target}.{labelled}</source>
        <comment>Wrote %n rows to {target}.{labelled}</comment>
        <translation>
            <numerusform>Į {target} įrašyta %n eilutė.{labelled}</numerusform>
            <numerusform>Į {target} įrašytos %n eilutės.{labelled}</numerusform>
            <numerusform>Į {target} įrašyta %n eilučių.{labelled}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>%1 error</source>
        <translation>Klaida: %1</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>One problem to fix: see the message in red under the field.</source>
        <translation>Reikia ištaisyti vieną problemą: žr. raudoną pranešimą po lauku.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems to fix: see the messages in red under the fields.</source>
        <translation>
            <numerusform>Reikia ištaisyti %Ln problemą: žr. raudonus pranešimus po laukais.</numerusform>
            <numerusform>Reikia ištaisyti %Ln problemas: žr. raudonus pranešimus po laukais.</numerusform>
            <numerusform>Reikia ištaisyti %Ln problemų: žr. raudonus pranešimus po laukais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Policy trackers (*.db *.sqlite *.tracker);;All files (*)</source>
        <extracomment>An export&apos;s work: ``(tracker, progress, cancelled, path to write) -&gt; sentence for the status bar``.</extracomment>
        <translation>Policy Tracker stebėsenos (*.db *.sqlite *.tracker);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Codebooks (*.json);;All files (*)</source>
        <translation>Kodų knygos (*.json);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Writing the scorecard export</source>
        <extracomment>What the progress dialog says while a table is written.</extracomment>
        <translation>Rašoma vertinimų lentelė</translation>
    </message>
    <message>
        <source>Writing the assessments export</source>
        <translation>Rašomi vertinimai</translation>
    </message>
    <message>
        <source>Writing the history export</source>
        <translation>Rašoma istorija</translation>
    </message>
    <message>
        <source>Writing the evidence export</source>
        <translation>Rašomi įrodymai</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Ataskaita įrašyta į %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Rašoma ataskaita</translation>
    </message>
    <message>
        <source>Matrix image written to %1</source>
        <translation>Matricos paveikslėlis įrašytas į %1</translation>
    </message>
    <message>
        <source>Drawing the matrix image</source>
        <translation>Piešiamas matricos paveikslėlis</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2.</source>
        <translation>Nepavyko įrašyti eksporto į %1: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>diskas pilnas</translation>
    </message>
    <message>
        <source>Choose a codebook</source>
        <extracomment>An export&apos;s worker started (tests and the window may watch or cancel it). An export was written whole to this path.</extracomment>
        <translation>Pasirinkite kodų knygą</translation>
    </message>
    <message>
        <source>Choose a codebook file first.</source>
        <translation>Pirmiausia pasirinkite kodų knygos failą.</translation>
    </message>
    <message>
        <source>New tracker</source>
        <translation>Nauja stebėsena</translation>
    </message>
    <message>
        <source>Create tracker</source>
        <translation>Sukurti stebėseną</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name (an existing tracker is never overwritten).</source>
        <translation>%1 jau yra; pasirinkite naują pavadinimą (esama stebėsena niekada neperrašoma).</translation>
    </message>
    <message>
        <source>Open tracker</source>
        <translation>Atverti stebėseną</translation>
    </message>
    <message>
        <source>Cannot open tracker</source>
        <translation>Nepavyksta atverti stebėsenos</translation>
    </message>
    <message>
        <source>No recent trackers</source>
        <translation>Nėra naujausių stebėsenų</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Įrašyti kopiją</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopija įrašyta į %1</translation>
    </message>
    <message>
        <source>Check and repair tracker</source>
        <translation>Patikrinti ir pataisyti stebėseną</translation>
    </message>
    <message>
        <source>The tracker could not be checked: %1</source>
        <translation>Nepavyko patikrinti stebėsenos: %1</translation>
    </message>
    <message>
        <source>No problems found: the tracker is healthy.</source>
        <translation>Problemų nerasta: stebėsena tvarkinga.</translation>
    </message>
    <message>
        <source>Problems found that cannot be repaired automatically:
%1</source>
        <translation>Rastos problemos, kurių negalima pataisyti automatiškai:
%1</translation>
    </message>
    <message>
        <source>Problems found:
%1

Repair what can be repaired?</source>
        <translation>Rastos problemos:
%1

Pataisyti tai, ką galima pataisyti?</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Pataisyti</translation>
    </message>
    <message>
        <source>Nothing needed repairing.</source>
        <translation>Nieko nereikėjo taisyti.</translation>
    </message>
    <message>
        <source>Still to fix by hand:</source>
        <translation>Dar reikia pataisyti rankiniu būdu:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportuoti į</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1 failai (*.%2);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportas</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksportas atšauktas; niekas neįrašyta.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Importuota iš %1: %2</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translation>Importuoti kodų knygą</translation>
    </message>
    <message>
        <source>Codebooks (*.json);;Recommendations (*.csv *.xlsx);;All files (*)</source>
        <translation>Kodų knygos (*.json);;Rekomendacijos (*.csv *.xlsx);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Kodų knygos importas</translation>
    </message>
    <message>
        <source>Codebook imported from %1.</source>
        <translation>Kodų knyga importuota iš %1.</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Kodų knygos eksportas</translation>
    </message>
    <message numerus="yes">
        <source>Exported the codebook (%Ln recommendations) to %1</source>
        <translation>
            <numerusform>Kodų knyga (%Ln rekomendacija) eksportuota į %1</numerusform>
            <numerusform>Kodų knyga (%Ln rekomendacijos) eksportuota į %1</numerusform>
            <numerusform>Kodų knyga (%Ln rekomendacijų) eksportuota į %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s backup of the tracker was made (File › Restore from backup… lists them).</source>
        <translation>Šiandienos stebėsenos atsarginė kopija padaryta (sąrašas: Failas › Atkurti iš atsarginės kopijos…).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Atkūrimas iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>A tracker kept in memory has no backups.</source>
        <translation>Atmintyje laikoma stebėsena neturi atsarginių kopijų.</translation>
    </message>
    <message>
        <source>Replace %1 with %2?

Everything added or changed since then will no longer be in the tracker. The tracker as it is now is backed up first, so restoring that backup brings it back.</source>
        <translation>Pakeisti %1 į %2?

Viskas, kas nuo tada pridėta ar pakeista, dings iš stebėsenos. Pirmiausia padaroma dabartinės stebėsenos atsarginė kopija, tad ją atkūrus viskas grįš.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2; the tracker as it was is kept as %3.</source>
        <translation>%1 atkurta iš atsarginės kopijos, padarytos %2; ankstesnė stebėsena išsaugota kaip %3.</translation>
    </message>
    <message>
        <source>The tracker could not be opened again: %1</source>
        <translation>Nepavyko iš naujo atverti stebėsenos: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <source>Your preferences could not be saved: %1</source>
        <translation>Nepavyko įrašyti jūsų nuostatų: %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <extracomment>The importer&apos;s names of encodings that hold words (tracker.importer.ENCODINGS), for the interface&apos;s language.</extracomment>
        <translation>Automatiškai (UTF-8, kitaip Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Vakarų Europos)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (lotynų-1)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2, Central European)</source>
        <translation>ISO-8859-2 (lotynų-2, Vidurio Europos)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Vidurio Europos)</translation>
    </message>
    <message>
        <source>UTF-8 and Windows-1252 mixed, line by line</source>
        <translation>UTF-8 ir Windows-1252 pakaitomis, eilutė po eilutės</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 su BOM</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Pasirinkite failą</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab separated; UTF-8, Windows-1252 or another encoding you choose) or an Excel workbook (.xlsx).</source>
        <translation>CSV failas (laukai atskirti kableliu, kabliataškiu ar tabuliacija; UTF-8, Windows-1252 ar kita pasirinkta koduotė) arba Excel knyga (.xlsx).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Importuojamas failas</translation>
    </message>
    <message>
        <source>Path of the file…</source>
        <translation>Failo kelias…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Naršyti…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Ieškoti failo</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Teksto koduotė</translation>
    </message>
    <message>
        <source>How the file&apos;s bytes are read as letters. Automatic reads UTF-8, else Windows-1252, and refuses a file that mixes them.</source>
        <translation>Kaip failo baitai skaitomi kaip raidės. „Automatiškai“ skaito UTF-8, kitaip Windows-1252, ir atmeta failą, kuriame jos sumaišytos.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Koduotė:</translation>
    </message>
    <message>
        <source>How the preview is read</source>
        <translation>Kaip skaitoma peržiūra</translation>
    </message>
    <message>
        <source>First lines of the file</source>
        <translation>Pirmosios failo eilutės</translation>
    </message>
    <message>
        <source>Add countries the tracker does not follow yet, when they are valid ISO countries</source>
        <translation>Pridėti šalis, kurių stebėsena dar neseka, jei tai galiojančios ISO šalys</translation>
    </message>
    <message>
        <source>Add unknown countries</source>
        <translation>Pridėti nežinomas šalis</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Failo problema</translation>
    </message>
    <message>
        <source>Columns: %1.&lt;br&gt;A row needs &lt;code&gt;date&lt;/code&gt;, &lt;code&gt;countries&lt;/code&gt;, &lt;code&gt;recommendations&lt;/code&gt; and a title, URL or notes. Nothing is written until you confirm on the last page.</source>
        <translation>Stulpeliai: %1.&lt;br&gt;Eilutei reikia &lt;code&gt;date&lt;/code&gt;, &lt;code&gt;countries&lt;/code&gt;, &lt;code&gt;recommendations&lt;/code&gt; ir pavadinimo, URL arba pastabų. Niekas neįrašoma, kol nepatvirtinsite paskutiniame puslapyje.</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>Įrodymų importas</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Skaičiuoklės (*.csv *.txt *.tsv *.xlsx);;Visi failai (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Failo neįmanoma perskaityti: %1.</translation>
    </message>
    <message>
        <source>No file by that name yet.</source>
        <translation>Tokiu pavadinimu failo dar nėra.</translation>
    </message>
    <message>
        <source>The first lines of the file are shown here, as the encoding reads them.</source>
        <translation>Čia rodomos pirmosios failo eilutės taip, kaip jas skaito koduotė.</translation>
    </message>
    <message>
        <source>An Excel workbook: it needs no encoding. Its rows are shown on the next page.</source>
        <translation>Excel knyga: koduotės jai nereikia. Jos eilutės rodomos kitame puslapyje.</translation>
    </message>
    <message>
        <source>⚠ This file mixes encodings: line %1 is not UTF-8 but earlier lines are. Choose “%2” (shown here) or the one encoding it should be.</source>
        <translation>⚠ Šiame faile sumaišytos koduotės: %1 eilutė nėra UTF-8, o ankstesnės eilutės yra. Pasirinkite „%2“ (kaip čia) arba tą vienintelę koduotę, kuri turėtų būti.</translation>
    </message>
    <message>
        <source>⚠ Read as %2, line %1 has bytes that are not valid %2 (shown as �): choose another encoding.</source>
        <translation>⚠ Skaitant kaip %2, %1 eilutėje yra baitų, netinkamų %2 koduotei (rodomi kaip �): pasirinkite kitą koduotę.</translation>
    </message>
    <message>
        <source>First lines, read as %2 (detected).</source>
        <translation>Pirmosios eilutės, perskaitytos kaip %2 (nustatyta automatiškai).</translation>
    </message>
    <message>
        <source>First lines, read as %2.</source>
        <translation>Pirmosios eilutės, perskaitytos kaip %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Policy Tracker</source>
        <translation>Sveiki atvykę į Policy Tracker</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Policy Tracker.&lt;/b&gt;&lt;br&gt;Every change you make is recorded in the tracker&apos;s history with your name, so your colleagues can see who recorded what. Which name should it use?</source>
        <translation>&lt;b&gt;Sveiki atvykę į Policy Tracker.&lt;/b&gt;&lt;br&gt;Kiekvienas jūsų pakeitimas įrašomas į stebėsenos istoriją su jūsų vardu, kad kolegos matytų, kas ką įrašė. Kokį vardą naudoti?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jūsų vardas</translation>
    </message>
    <message>
        <source>e.g. Maria Kowalska</source>
        <translation>pvz., Marija Kovalska</translation>
    </message>
    <message>
        <source>You can change it later in File › Preferences (Ctrl+,).</source>
        <translation>Vėliau jį galite pakeisti: Failas › Nuostatos (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Jūsų &amp;vardas</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Naudoti šį vardą</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ne dabar</translation>
    </message>
    <message>
        <source>Record your login name this time and ask again next time</source>
        <translation>Šį kartą įrašyti paskyros vardą ir paklausti dar kartą kitą kartą</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <source>Your name could not be saved: %1</source>
        <translation>Nepavyko įrašyti jūsų vardo: %1</translation>
    </message>
</context>
<context>
    <name>GoToCountryDialog</name>
    <message>
        <source>Go to country</source>
        <extracomment>Names people type for a country that are neither its name nor an ISO code. Everyday names, in the app&apos;s languages, that the ISO 3166 translations (formal names) do not give: &quot;Россия&quot; is not a prefix of &quot;Российская Федерация&quot;, and Belarusians often write &quot;Нямеччына&quot; or, in the classical spelling, &quot;Летува&quot;. They rank with the other languages&apos; names. How far below the shown and English names a match in another language&apos;s name ranks.</extracomment>
        <translation>Eiti į šalį</translation>
    </message>
    <message>
        <source>Country name or code</source>
        <translation>Šalies pavadinimas ar kodas</translation>
    </message>
    <message>
        <source>Country name or code, e.g. lit or PL</source>
        <translation>Šalies pavadinimas ar kodas, pvz., lit ar PL</translation>
    </message>
    <message>
        <source>A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian, or an ISO code</source>
        <translation>Pavadinimas anglų, baltarusių, ukrainiečių, rusų, lenkų ar lietuvių kalba arba ISO kodas</translation>
    </message>
    <message>
        <source>Matching countries</source>
        <translation>Atitinkančios šalys</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Atitikmenys</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ša&amp;lis:</translation>
    </message>
    <message>
        <source>Enter goes to the highlighted country; Escape closes.</source>
        <translation>Enter pereina prie pažymėtos šalies; Escape uždaro.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries match: Enter goes to the highlighted one.</source>
        <translation>
            <numerusform>Atitinka %Ln šalis: Enter pereis prie pažymėtosios.</numerusform>
            <numerusform>Atitinka %Ln šalys: Enter pereis prie pažymėtosios.</numerusform>
            <numerusform>Atitinka %Ln šalių: Enter pereis prie pažymėtosios.</numerusform>
        </translation>
    </message>
    <message>
        <source>No country matches “%1”.</source>
        <translation>Jokia šalis neatitinka „%1“.</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grade bands</source>
        <translation>Pažymių intervalai</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Pažymys</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>Nuo balo</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Iki</translation>
    </message>
    <message>
        <source>Grade band columns</source>
        <translation>Pažymių intervalų stulpeliai</translation>
    </message>
    <message>
        <source>A&amp;dd band</source>
        <translation>&amp;Pridėti intervalą</translation>
    </message>
    <message>
        <source>Add grade band</source>
        <translation>Pridėti pažymio intervalą</translation>
    </message>
    <message>
        <source>A new band: type its grade and lowest score</source>
        <translation>Naujas intervalas: įveskite pažymį ir mažiausią balą</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>Pa&amp;šalinti intervalą</translation>
    </message>
    <message>
        <source>Remove grade band</source>
        <translation>Pašalinti pažymio intervalą</translation>
    </message>
    <message>
        <source>Remove the chosen band</source>
        <translation>Pašalinti pasirinktą intervalą</translation>
    </message>
    <message>
        <source>Minimum coverage for a grade</source>
        <translation>Mažiausia aprėptis pažymiui</translation>
    </message>
    <message>
        <source>Minimum coverage explained</source>
        <translation>Mažiausios aprėpties paaiškinimas</translation>
    </message>
    <message>
        <source>A country&apos;s score (0 to 100) gets the grade of the band it falls in. Bands start at different scores, and the lowest starts at 0, so every score has a grade.</source>
        <translation>Šalies balas (nuo 0 iki 100) gauna to intervalo, į kurį patenka, pažymį. Intervalai prasideda nuo skirtingų balų, o žemiausias – nuo 0, todėl kiekvienas balas turi pažymį.</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>pažymys</translation>
    </message>
    <message>
        <source>Minimum &amp;coverage for a grade</source>
        <translation>Mažiausia ap&amp;rėptis pažymiui</translation>
    </message>
    <message>
        <source>min coverage for grade</source>
        <translation>mažiausia aprėptis</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>žemiau %1</translation>
    </message>
    <message>
        <source>Every country with a score gets a grade and a rank.</source>
        <translation>Kiekviena šalis, turinti balą, gauna pažymį ir vietą reitinge.</translation>
    </message>
    <message>
        <source>A country gets a grade and a rank once %1 % of its recommendations are assessed (%2 of %3 now); with fewer it has a score but no grade.</source>
        <translation>Šalis gauna pažymį ir vietą reitinge, kai įvertinta %1 % jos rekomendacijų (dabar %2 iš %3); kai mažiau, ji turi balą, bet neturi pažymio.</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Save the changes you made in this form?</source>
        <translation>Įrašyti šioje formoje atliktus pakeitimus?</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Pakeitimai</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>added</source>
        <extracomment>Entries a page reads. At most this many entries are exported (what is shown, fetched on to this cap). New entries read on top after a change; more than this and the list is read afresh. Entries written since the list was read that are looked through for new rows; more and it is read afresh. Ids a walk&apos;s step on its thread looks at first; a step quicker than STEP_GROW_S doubles it, up to WALK_SCAN_MAX. How much lower than the window&apos;s a walk thread&apos;s scheduling priority is (Linux niceness). Ids one step looks at when the walk runs on the GUI thread (an in-memory tracker). How often (ms) the list takes in what its walk found. A search that has run this long (seconds) shows its Stop button. How the list and the kind filter name each kind of entry (db.history_view.KINDS; the filter capitalises it).</extracomment>
        <translation>pridėta</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>redaguota</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archyvuota</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>atkurta</translation>
    </message>
    <message>
        <source>status set</source>
        <translation>nustatyta būsena</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>ištaisyta</translation>
    </message>
    <message>
        <source>review</source>
        <translation>peržiūra</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>atšaukta</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>kodų knyga</translation>
    </message>
    <message>
        <source>country</source>
        <translation>šalis</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupė</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importas</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>failo taisymas</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>The walk found, checked, counted, finished, failed or was stopped: the count line follows it. The person asked to open an entry&apos;s evidence (its uid). The person asked to open an entry&apos;s cell (country code, recommendation code). The person asked to open a review entry&apos;s proposal (its uid); unconnected, its cell opens instead.</extracomment>
        <translation>Istorija</translation>
    </message>
    <message>
        <source>History person</source>
        <translation>Istorija: kas</translation>
    </message>
    <message>
        <source>Only the changes one person made</source>
        <translation>Tik vieno asmens atlikti pakeitimai</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Istorija: nuo</translation>
    </message>
    <message>
        <source>History to</source>
        <translation>Istorija: iki</translation>
    </message>
    <message>
        <source>History kind</source>
        <translation>Istorija: rūšis</translation>
    </message>
    <message>
        <source>History country</source>
        <translation>Istorija: šalis</translation>
    </message>
    <message>
        <source>History recommendation</source>
        <translation>Istorija: rekomendacija</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Ieškoti istorijoje</translation>
    </message>
    <message>
        <source>Search the changes…</source>
        <translation>Ieškoti pakeitimuose…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Visos rūšys</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Iki</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendacija</translation>
    </message>
    <message>
        <source>History list</source>
        <translation>Istorijos sąrašas</translation>
    </message>
    <message>
        <source>History count</source>
        <translation>Istorijos skaitiklis</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Sustabdyti</translation>
    </message>
    <message>
        <source>Stop searching the history</source>
        <translation>Sustabdyti paiešką istorijoje</translation>
    </message>
    <message>
        <source>Stop looking through older changes; what was found stays</source>
        <translation>Nebežiūrėti senesnių pakeitimų; kas rasta, lieka</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuoti CSV…</translation>
    </message>
    <message>
        <source>Export history shown as CSV</source>
        <translation>Eksportuoti rodomą istoriją į CSV</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Eksportuoti JSON…</translation>
    </message>
    <message>
        <source>Export history shown as JSON</source>
        <translation>Eksportuoti rodomą istoriją į JSON</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Visos šalys</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Visos rekomendacijos</translation>
    </message>
    <message>
        <source>Search on</source>
        <translation>Ieškoti toliau</translation>
    </message>
    <message>
        <source>Search older history</source>
        <translation>Ieškoti senesnėje istorijoje</translation>
    </message>
    <message>
        <source>The history could not be searched: %1</source>
        <translation>Nepavyko ieškoti istorijoje: %1</translation>
    </message>
    <message numerus="yes">
        <source>Searching… checked %1 of %Ln changes; %2 found so far</source>
        <translation>
            <numerusform>Ieškoma… patikrinta %1 iš %Ln pakeitimo; kol kas rasta %2</numerusform>
            <numerusform>Ieškoma… patikrinta %1 iš %Ln pakeitimų; kol kas rasta %2</numerusform>
            <numerusform>Ieškoma… patikrinta %1 iš %Ln pakeitimų; kol kas rasta %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… checked %1 of %Ln changes</source>
        <translation>
            <numerusform>Ieškoma… patikrinta %1 iš %Ln pakeitimo</numerusform>
            <numerusform>Ieškoma… patikrinta %1 iš %Ln pakeitimų</numerusform>
            <numerusform>Ieškoma… patikrinta %1 iš %Ln pakeitimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after checking %1 of %Ln changes; %2 found.</source>
        <translation>
            <numerusform>Sustabdyta patikrinus %1 iš %Ln pakeitimo; rasta %2.</numerusform>
            <numerusform>Sustabdyta patikrinus %1 iš %Ln pakeitimų; rasta %2.</numerusform>
            <numerusform>Sustabdyta patikrinus %1 iš %Ln pakeitimų; rasta %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation>Atitinkančių pakeitimų nėra.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of ≥ %Ln matching changes shown (counting…)</source>
        <translation>
            <numerusform>Rodoma %1 iš ≥ %Ln atitinkančio pakeitimo (skaičiuojama…)</numerusform>
            <numerusform>Rodoma %1 iš ≥ %Ln atitinkančių pakeitimų (skaičiuojama…)</numerusform>
            <numerusform>Rodoma %1 iš ≥ %Ln atitinkančių pakeitimų (skaičiuojama…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of ≥ %Ln changes shown (counting…)</source>
        <translation>
            <numerusform>Rodoma %1 iš ≥ %Ln pakeitimo (skaičiuojama…)</numerusform>
            <numerusform>Rodoma %1 iš ≥ %Ln pakeitimų (skaičiuojama…)</numerusform>
            <numerusform>Rodoma %1 iš ≥ %Ln pakeitimų (skaičiuojama…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching changes shown</source>
        <translation>
            <numerusform>Rodoma %1 iš %Ln atitinkančio pakeitimo</numerusform>
            <numerusform>Rodoma %1 iš %Ln atitinkančių pakeitimų</numerusform>
            <numerusform>Rodoma %1 iš %Ln atitinkančių pakeitimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln changes shown</source>
        <translation>
            <numerusform>Rodoma %1 iš %Ln pakeitimo</numerusform>
            <numerusform>Rodoma %1 iš %Ln pakeitimų</numerusform>
            <numerusform>Rodoma %1 iš %Ln pakeitimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching changes</source>
        <translation>
            <numerusform>%Ln atitinkantis pakeitimas</numerusform>
            <numerusform>%Ln atitinkantys pakeitimai</numerusform>
            <numerusform>%Ln atitinkančių pakeitimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln pakeitimas</numerusform>
            <numerusform>%Ln pakeitimai</numerusform>
            <numerusform>%Ln pakeitimų</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; scroll for older ones</source>
        <translation>%1; slinkite, kad pamatytumėte senesnius</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON failai (*.json)</translation>
    </message>
    <message>
        <source>Export history shown</source>
        <translation>Eksportuoti rodomą istoriją</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Istorijos eksportas</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Skaitoma istorija</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksportas atšauktas; nieko neįrašyta.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln changes to %1.</source>
        <translation>
            <numerusform>Į %1 įrašytas %Ln pakeitimas.</numerusform>
            <numerusform>Į %1 įrašyti %Ln pakeitimai.</numerusform>
            <numerusform>Į %1 įrašyta %Ln pakeitimų.</numerusform>
        </translation>
    </message>
    <message>
        <source> Only the newest %1 were written; narrow the filters for the rest.</source>
        <translation> Įrašyti tik %1 naujausių; likusiems gauti susiaurinkite filtrus.</translation>
    </message>
</context>
<context>
    <name>ImportCodebook</name>
    <message numerus="yes">
        <source>This tracker already has %n recommendations; a codebook&apos;s recommendations can only be imported into a blank tracker (File &gt; New, blank).</source>
        <comment>This tracker already has %n recommendation; a codebook&apos;s recommendations can only be imported into a blank tracker (File &gt; New, blank).</comment>
        <extracomment>The columns of a recommendations file. The operation the history records for a codebook import. The codebook import&apos;s sentences that hold a count (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>
            <numerusform>Šioje stebėsenoje jau yra %n rekomendacija; kodų knygos rekomendacijas galima importuoti tik į tuščią stebėseną (Failas &gt; Nauja stebėsena, tuščia).</numerusform>
            <numerusform>Šioje stebėsenoje jau yra %n rekomendacijos; kodų knygos rekomendacijas galima importuoti tik į tuščią stebėseną (Failas &gt; Nauja stebėsena, tuščia).</numerusform>
            <numerusform>Šioje stebėsenoje jau yra %n rekomendacijų; kodų knygos rekomendacijas galima importuoti tik į tuščią stebėseną (Failas &gt; Nauja stebėsena, tuščia).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This tracker already has %n recommendations; recommendations can only be imported into a blank tracker (File &gt; New, blank).</source>
        <comment>This tracker already has %n recommendation; recommendations can only be imported into a blank tracker (File &gt; New, blank).</comment>
        <translation>
            <numerusform>Šioje stebėsenoje jau yra %n rekomendacija; rekomendacijas galima importuoti tik į tuščią stebėseną (Failas &gt; Nauja stebėsena, tuščia).</numerusform>
            <numerusform>Šioje stebėsenoje jau yra %n rekomendacijos; rekomendacijas galima importuoti tik į tuščią stebėseną (Failas &gt; Nauja stebėsena, tuščia).</numerusform>
            <numerusform>Šioje stebėsenoje jau yra %n rekomendacijų; rekomendacijas galima importuoti tik į tuščią stebėseną (Failas &gt; Nauja stebėsena, tuščia).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The codebook&apos;s status scale has no {codes}, which %n assessments in this tracker use; add those statuses to the codebook (or import it into a blank tracker).</source>
        <comment>The codebook&apos;s status scale has no {codes}, which %n assessment in this tracker use; add those statuses to the codebook (or import it into a blank tracker).</comment>
        <translation>
            <numerusform>Kodų knygos būsenų skalėje nėra {codes}, o šioje stebėsenoje jas naudoja %n vertinimas; pridėkite tas būsenas į kodų knygą (arba importuokite ją į tuščią stebėseną).</numerusform>
            <numerusform>Kodų knygos būsenų skalėje nėra {codes}, o šioje stebėsenoje jas naudoja %n vertinimai; pridėkite tas būsenas į kodų knygą (arba importuokite ją į tuščią stebėseną).</numerusform>
            <numerusform>Kodų knygos būsenų skalėje nėra {codes}, o šioje stebėsenoje jas naudoja %n vertinimų; pridėkite tas būsenas į kodų knygą (arba importuokite ją į tuščią stebėseną).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown column {column!r}; the columns are: {columns}.</source>
        <translation>Nežinomas stulpelis {column!r}; galimi stulpeliai: {columns}.</translation>
    </message>
    <message>
        <source>The column {column!r} appears twice.</source>
        <translation>Stulpelis {column!r} pasikartoja du kartus.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cells but the header has {width}.</source>
        <translation>
            <numerusform>Eilutėje %n langelis, o antraštėje – {width}.</numerusform>
            <numerusform>Eilutėje %n langeliai, o antraštėje – {width}.</numerusform>
            <numerusform>Eilutėje %n langelių, o antraštėje – {width}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code {code!r} is used twice (first on line {first}).</source>
        <translation>Kodas {code!r} panaudotas du kartus (pirmą kartą {first} eilutėje).</translation>
    </message>
    <message>
        <source>The title {title!r} is used twice (first on line {first}).</source>
        <translation>Pavadinimas {title!r} panaudotas du kartus (pirmą kartą {first} eilutėje).</translation>
    </message>
    <message>
        <source>The file has a header row but no recommendations.</source>
        <translation>Faile yra antraštės eilutė, bet nėra rekomendacijų.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>The required column {column!r} is missing.</source>
        <translation>Trūksta privalomo stulpelio {column!r}.</translation>
    </message>
    <message>
        <source>Unknown column {column!r}; the columns are: {columns} (rename it, delete it, or choose to ignore it).</source>
        <extracomment>The wizard&apos;s overrides: one field (or None) per column, or a dict keyed by column index or header text.</extracomment>
        <translation>Nežinomas stulpelis {column!r}; galimi stulpeliai: {columns} (pervadinkite jį, ištrinkite arba pasirinkite „nepaisyti šio stulpelio“).</translation>
    </message>
    <message>
        <source>Columns {first!r} and {second!r} both give the {field}; keep one.</source>
        <translation>Stulpeliai {first!r} ir {second!r} abu užpildo lauką {field}; palikite vieną.</translation>
    </message>
    <message>
        <source>The required column {column!r} (or event_date) is missing.</source>
        <translation>Trūksta privalomo stulpelio {column!r} (arba event_date).</translation>
    </message>
    <message>
        <source>The file needs at least one of the columns &apos;title&apos;, &apos;url&apos; or &apos;notes&apos;.</source>
        <translation>Faile reikia bent vieno iš stulpelių &apos;title&apos;, &apos;url&apos; arba &apos;notes&apos;.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Stable id of existing evidence: the row updates that record (a new uid creates a record with it).</source>
        <extracomment>Every field an import file can fill, in the order the README lists them. A row needs at least one of these (a missing title is taken from the notes). Other names accepted for a field (after normalising: lower case, spaces and &apos;-&apos; as &apos;_&apos;). Columns of our own evidence export that an import reads past (they are set by the tracker). What each field takes (the wizard&apos;s tooltips; translatable, see db.messages).</extracomment>
        <translation>Esamo įrodymo pastovus identifikatorius: eilutė atnaujina tą įrašą (naujas uid sukuria įrašą su juo).</translation>
    </message>
    <message>
        <source>When it happened: YYYY-MM-DD or YYYYMMDD (alias: event_date).</source>
        <translation>Kada tai įvyko: YYYY-MM-DD arba YYYYMMDD (kitas stulpelio pavadinimas: event_date).</translation>
    </message>
    <message>
        <source>Alpha-2, alpha-3, English name or group:NAME; several separated by |, ; or ,.</source>
        <translation>Alpha-2, alpha-3 kodas, angliškas pavadinimas arba group:PAVADINIMAS; kelis atskirkite |, ; arba ,.</translation>
    </message>
    <message>
        <source>Recommendation codes or titles; several separated by |, ; or ,.</source>
        <translation>Rekomendacijų kodai arba pavadinimai; kelis atskirkite |, ; arba ,.</translation>
    </message>
    <message>
        <source>Short title (taken from the start of the notes when empty).</source>
        <translation>Trumpas pavadinimas (jei tuščias, imamas iš pastabų pradžios).</translation>
    </message>
    <message>
        <source>Web address of the source (http:// or https://).</source>
        <translation>Šaltinio interneto adresas (http:// arba https://).</translation>
    </message>
    <message>
        <source>Archived copy of the source (http:// or https://).</source>
        <translation>Archyvuota šaltinio kopija (http:// arba https://).</translation>
    </message>
    <message>
        <source>When the source was read: YYYY-MM-DD or YYYYMMDD.</source>
        <translation>Kada šaltinis perskaitytas: YYYY-MM-DD arba YYYYMMDD.</translation>
    </message>
    <message>
        <source>Who published the source.</source>
        <translation>Kas paskelbė šaltinį.</translation>
    </message>
    <message>
        <source>official, media, ngo, international or other (default other).</source>
        <translation>official, media, ngo, international arba other (numatytoji – other).</translation>
    </message>
    <message>
        <source>Language of the source.</source>
        <translation>Šaltinio kalba.</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Laisvas tekstas.</translation>
    </message>
    <message>
        <source>Status code or label: sets every linked cell&apos;s status effective on the date.</source>
        <translation>Būsenos kodas arba pavadinimas: nustato kiekvieno susieto langelio būseną nuo tos datos.</translation>
    </message>
    <message>
        <source>Why that status (required with a status).</source>
        <translation>Kodėl tokia būsena (privaloma kartu su būsena).</translation>
    </message>
    <message>
        <source>verified, reported or claimed (default reported; only with a status).</source>
        <translation>verified, reported arba claimed (numatytoji – reported; tik su būsena).</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Excel workbook, sheet {sheet!r}</source>
        <extracomment>The largest cell the CSV reader accepts at all; longer text is refused by field rules anyway.</extracomment>
        <translation>Excel darbaknygė, lapas {sheet!r}</translation>
    </message>
    <message>
        <source>CSV, {encoding}, comma-separated</source>
        <translation>CSV, {encoding}, skirtukas – kablelis</translation>
    </message>
    <message>
        <source>CSV, {encoding}, semicolon-separated</source>
        <translation>CSV, {encoding}, skirtukas – kabliataškis</translation>
    </message>
    <message>
        <source>CSV, {encoding}, tab-separated</source>
        <translation>CSV, {encoding}, skirtukas – tabuliacija</translation>
    </message>
    <message>
        <source>CSV, {encoding}, {delimiter!r}-separated</source>
        <translation>CSV, {encoding}, skirtukas {delimiter!r}</translation>
    </message>
    <message>
        <source>The workbook cannot be read from here on ({reason}).</source>
        <translation>Darbaknygės nuo šios vietos perskaityti neįmanoma ({reason}).</translation>
    </message>
    <message>
        <source>A quoted cell starting on this line is never closed (a closing &quot; is missing).</source>
        <translation>Kabutėse esantis langelis, prasidedantis šioje eilutėje, neuždarytas (trūksta uždarančiųjų &quot;).</translation>
    </message>
    <message>
        <source>Text follows a closing quote in a cell; put the whole cell in quotes and double any &quot; inside it.</source>
        <translation>Langelyje po uždarančiųjų kabučių yra teksto; visą langelį įrašykite į kabutes, o kiekvieną &quot; viduje padvigubinkite.</translation>
    </message>
    <message>
        <source>A cell is longer than {megabytes} MB.</source>
        <translation>Langelis ilgesnis nei {megabytes} MB.</translation>
    </message>
    <message>
        <source>A line break inside a cell that is not in quotes.</source>
        <translation>Eilutės lūžis langelyje, kuris nėra kabutėse.</translation>
    </message>
    <message>
        <source>The row cannot be read as CSV ({reason}).</source>
        <translation>Eilutės neįmanoma perskaityti kaip CSV ({reason}).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row naming the columns.</source>
        <extracomment>A file with no header row at all.</extracomment>
        <translation>Failas tuščias: reikia antraštės eilutės su stulpelių pavadinimais.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} neįmanoma perskaityti: {reason}.</translation>
    </message>
    <message>
        <source>This is an old-style Excel (.xls) or other binary file; save it as .xlsx or as CSV UTF-8.</source>
        <translation>Tai senojo formato Excel (.xls) ar kitas dvejetainis failas; įrašykite jį kaip .xlsx arba CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {reason}.</source>
        <translation>Failo neįmanoma importuoti: {reason}.</translation>
    </message>
    <message>
        <source>Unknown text encoding {encoding!r}; use one of: {known}.</source>
        <translation>Nežinoma teksto koduotė {encoding!r}; naudokite vieną iš: {known}.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file: it is full of control characters. It looks like UTF-16 text without a byte-order mark: choose UTF-16 as its encoding.</source>
        <translation>Tai ne tekstinis (CSV) failas: jame pilna valdymo simbolių. Panašu į UTF-16 tekstą be baitų tvarkos žymės: pasirinkite jam UTF-16 koduotę.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file: it is full of control characters. Save it as CSV UTF-8.</source>
        <translation>Tai ne tekstinis (CSV) failas: jame pilna valdymo simbolių. Įrašykite jį kaip CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not valid UTF-8 (byte 0x{byte:02X}{near}), but line {utf8_line} is: the file mixes encodings, and reading it all as one would garble some rows. Choose its encoding (&quot;{mixed}&quot; reads each line as UTF-8, else as Windows-1252), or save it again as CSV UTF-8.</source>
        <translation>{line} eilutė nėra taisyklingas UTF-8 (baitas 0x{byte:02X}{near}), o {utf8_line} eilutė yra: faile sumaišytos koduotės, ir skaitant visą failą viena koduote dalis eilučių būtų sugadinta. Pasirinkite failo koduotę („{mixed}“ kiekvieną eilutę skaito kaip UTF-8, kitaip kaip Windows-1252) arba vėl įrašykite jį kaip CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not text in UTF-8 or Windows-1252: byte 0x{byte:02X} cannot be read{near}. Choose the file&apos;s encoding, or save it as CSV UTF-8.</source>
        <translation>{line} eilutė nėra UTF-8 ar Windows-1252 tekstas: baito 0x{byte:02X} neįmanoma perskaityti{near}. Pasirinkite failo koduotę arba įrašykite jį kaip CSV UTF-8.</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <extracomment>Byte-order marks that name their encoding (UTF-32 first: its little-endian mark begins with UTF-16&apos;s). The encodings offered by the import wizard and ``--encoding``: (name, label); None is &quot;detect it&quot;. Labels with words are translatable (db.messages) so that the sentences naming an encoding are too.</extracomment>
        <translation>Automatiškai (UTF-8, kitaip Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Vakarų Europos)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (lotynų-1)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2, Central European)</source>
        <translation>ISO-8859-2 (lotynų-2, Vidurio Europos)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Vidurio Europos)</translation>
    </message>
    <message>
        <source>UTF-8 and Windows-1252 mixed, line by line</source>
        <translation>UTF-8 ir Windows-1252 pakaitomis, eilutė po eilutės</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 su BOM</translation>
    </message>
    <message>
        <source> in “{text}”</source>
        <translation> ties „{text}“</translation>
    </message>
    <message>
        <source>Line {line} is not valid {encoding}: byte 0x{byte:02X} cannot be read{near}. Choose another encoding, or save the file as CSV UTF-8.</source>
        <translation>{line} eilutė nėra taisyklingas {encoding} tekstas: baito 0x{byte:02X} neįmanoma perskaityti{near}. Pasirinkite kitą koduotę arba įrašykite failą kaip CSV UTF-8.</translation>
    </message>
    <message>
        <source>{delimiter!r} cannot separate cells; use &apos;,&apos;, &apos;;&apos; or a tab.</source>
        <extracomment>A character of two to four bytes in UTF-8: rare by chance in text of a one-byte encoding. Where one may start: searched for first, six times faster than the whole pattern.</extracomment>
        <translation>{delimiter!r} negali skirti langelių; naudokite &apos;,&apos;, &apos;;&apos; arba tabuliaciją.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importas</translation>
    </message>
    <message>
        <source>Everything is written in one step; if anything fails or you cancel, nothing is.</source>
        <translation>Viskas įrašoma vienu žingsniu; jei kas nors nepavyks arba atšauksite, niekas nebus įrašyta.</translation>
    </message>
    <message>
        <source>✓ Imported.</source>
        <translation>✓ Importuota.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Importas atšauktas. Niekas neįrašyta.</translation>
    </message>
    <message>
        <source>⚠ Nothing was written: %1</source>
        <translation>⚠ Niekas neįrašyta: %1</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>file</source>
        <extracomment>Counts in the problems&apos; sentences (Qt&apos;s plural forms; see db.messages.Counted). What the Field column names when a problem is not about one field: the whole file, its header row, one row, or its rows (the words are translated; a field&apos;s own name is the file&apos;s column name and is not).</extracomment>
        <translation>failas</translation>
    </message>
    <message>
        <source>header</source>
        <translation>antraštė</translation>
    </message>
    <message>
        <source>row</source>
        <translation>eilutė</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>eilutės</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>stulpelis {number}</translation>
    </message>
    <message>
        <source>line {line}: {field}: {message}</source>
        <translation>eilutė {line}: {field}: {message}</translation>
    </message>
    <message>
        <source>Same URL (or title without one), date and cells as line {line}: skipped.</source>
        <translation>Tas pats URL (arba pavadinimas, jei URL nėra), data ir langeliai kaip {line} eilutėje: praleista.</translation>
    </message>
    <message>
        <source>Same URL (or title without one), date and cells as evidence {uid}: skipped.</source>
        <translation>Tas pats URL (arba pavadinimas, jei URL nėra), data ir langeliai kaip įrodymo {uid}: praleista.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nieko neimportuota.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation>
            <numerusform>dar %n problema</numerusform>
            <numerusform>dar %n problemos</numerusform>
            <numerusform>dar %n problemų</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {problem} ({more}).</source>
        <translation>Nieko neimportuota (be šios, {more}): {said}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Nieko neimportuota: {said}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importas atšauktas; niekas neįrašyta.</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <extracomment>Rows validated (and written) together; progress and cancel are checked between batches. The operation the history records for everything an import writes. Duplicate keys of the tracker&apos;s evidence handed to the scratch store at once. A row whose evidence would have neither title, URL nor notes.</extracomment>
        <translation>Nurodykite įrodymui bent pavadinimą, URL arba pastabas.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before changing this evidence&apos;s countries.</source>
        <extracomment>An update row that would link archived countries or recommendations: (which, several) -&gt; sentence.</extracomment>
        <translation>Archyvuota: {codes}; atkurkite ją prieš keisdami šio įrodymo šalis.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before changing this evidence&apos;s countries.</source>
        <translation>Archyvuota: {codes}; atkurkite jas prieš keisdami šio įrodymo šalis.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before changing this evidence&apos;s recommendations.</source>
        <translation>Archyvuota: {codes}; atkurkite ją prieš keisdami šio įrodymo rekomendacijas.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before changing this evidence&apos;s recommendations.</source>
        <translation>Archyvuota: {codes}; atkurkite jas prieš keisdami šio įrodymo rekomendacijas.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows to import.</source>
        <translation>Faile yra antraštės eilutė, bet nėra eilučių importuoti.</translation>
    </message>
    <message>
        <source>The uid {uid} appears more than once in the file (first on line {first}).</source>
        <translation>uid {uid} faile pasikartoja (pirmą kartą {first} eilutėje).</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before adding evidence.</source>
        <translation>Archyvuota: {codes}; atkurkite juos prieš pridėdami įrodymą.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before adding evidence.</source>
        <translation>Archyvuota: {codes}; prieš pridėdami įrodymą atkurkite iš archyvo.</translation>
    </message>
    <message>
        <source>a cell is missing or a quote is misplaced.</source>
        <extracomment>The longest text each evidence field takes from a cell. The longest rationale a cell may give. How each evidence field is checked (plain text when not listed). Date cells remembered (they repeat a lot). A row&apos;s sentences that hold a count (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>trūksta langelio arba kabutės ne vietoje.</translation>
    </message>
    <message>
        <source>a cell may need quotes around it (it contains the delimiter).</source>
        <translation>galbūt langelį reikia įrašyti į kabutes (jame yra skirtukas).</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cells but the header has {width}; {why}</source>
        <translation>
            <numerusform>Eilutėje %n langelis, o antraštėje – {width}; {why}</numerusform>
            <numerusform>Eilutėje %n langeliai, o antraštėje – {width}; {why}</numerusform>
            <numerusform>Eilutėje %n langelių, o antraštėje – {width}; {why}</numerusform>
        </translation>
    </message>
    <message>
        <source>This column has no name in the header but the row has a value in it.</source>
        <translation>Šis stulpelis antraštėje neturi pavadinimo, bet eilutėje jame yra reikšmė.</translation>
    </message>
    <message>
        <source>Unknown recommendations {items}: use a code ({codes}) or a title.</source>
        <translation>Nežinomos rekomendacijos {items}: nurodykite kodą ({codes}) arba pavadinimą.</translation>
    </message>
    <message>
        <source>Unknown recommendation {items}: use a code ({codes}) or a title.</source>
        <translation>Nežinoma rekomendacija {items}: nurodykite kodą ({codes}) arba pavadinimą.</translation>
    </message>
    <message>
        <source>At least one recommendation is required.</source>
        <translation>Reikia bent vienos rekomendacijos.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}; use one of: {codes} (or its label).</source>
        <translation>Nežinoma būsena {status!r}; naudokite vieną iš kodų: {codes} (arba būsenos pavadinimą).</translation>
    </message>
    <message>
        <source>{label!r} is where every cell starts; choose a judgement instead.</source>
        <translation>{label!r} – kiekvieno langelio pradinė būsena; vietoj jos pasirinkite vertinimą.</translation>
    </message>
    <message>
        <source>A rationale was given without a status to set.</source>
        <translation>Pagrindimas nurodytas be būsenos, kurią reikėtų nustatyti.</translation>
    </message>
    <message>
        <source>A confidence was given without a status to set.</source>
        <translation>Patikimumas nurodytas be būsenos, kurią reikėtų nustatyti.</translation>
    </message>
    <message>
        <source>A status needs a rationale (why that status).</source>
        <translation>Būsenai reikia pagrindimo (kodėl tokia būsena).</translation>
    </message>
    <message>
        <source> (for a group write {groups})</source>
        <translation> (grupei rašykite {groups})</translation>
    </message>
    <message>
        <source>Unknown countries {items}: use an ISO code, an English name or group:NAME{hint}.</source>
        <translation>Nežinomos šalys {items}: nurodykite ISO kodą, anglišką pavadinimą arba group:PAVADINIMAS{hint}.</translation>
    </message>
    <message>
        <source>Unknown country {items}: use an ISO code, an English name or group:NAME{hint}.</source>
        <translation>Nežinoma šalis {items}: nurodykite ISO kodą, anglišką pavadinimą arba group:PAVADINIMAS{hint}.</translation>
    </message>
    <message>
        <source>The groups named here have no tracked members.</source>
        <translation>Čia nurodytos grupės neturi stebimų šalių.</translation>
    </message>
    <message>
        <source>At least one country (or group:NAME) is required.</source>
        <translation>Reikia bent vienos šalies (arba group:PAVADINIMAS).</translation>
    </message>
    <message>
        <source>Not tracked in this tracker: {names}. Add them first, or import with the option to add countries.</source>
        <translation>Ši stebėsena neseka: {names}. Pirmiausia jas pridėkite arba importuokite su šalių pridėjimo parinktimi.</translation>
    </message>
    <message>
        <source>Not tracked in this tracker: {names}. Add it first, or import with the option to add countries.</source>
        <translation>Ši stebėsena neseka: {names}. Pirmiausia ją pridėkite arba importuokite su šalių pridėjimo parinktimi.</translation>
    </message>
</context>
<context>
    <name>ImportRunTexts</name>
    <message numerus="yes">
        <source>%Ln rows read…</source>
        <translation>
            <numerusform>Perskaityta %Ln eilutė…</numerusform>
            <numerusform>Perskaitytos %Ln eilutės…</numerusform>
            <numerusform>Perskaityta %Ln eilučių…</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Eiga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Santrauka</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Atšaukiama…</translation>
    </message>
</context>
<context>
    <name>ImportTotals</name>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <extracomment>The summary&apos;s counts (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>
            <numerusform>%n eilutė</numerusform>
            <numerusform>%n eilutės</numerusform>
            <numerusform>%n eilučių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nauja</numerusform>
            <numerusform>%n naujos</numerusform>
            <numerusform>%n naujų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n atnaujinta</numerusform>
            <numerusform>%n atnaujintos</numerusform>
            <numerusform>%n atnaujintų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n nepakeista</numerusform>
            <numerusform>%n nepakeistos</numerusform>
            <numerusform>%n nepakeistų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <comment>%n duplicate skipped</comment>
        <translation>
            <numerusform>%n dublikatas praleistas</numerusform>
            <numerusform>%n dublikatai praleisti</numerusform>
            <numerusform>%n dublikatų praleista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statuses set</source>
        <comment>%n status set</comment>
        <translation>
            <numerusform>%n būsena nustatyta</numerusform>
            <numerusform>%n būsenos nustatytos</numerusform>
            <numerusform>%n būsenų nustatyta</numerusform>
        </translation>
    </message>
    <message>
        <source>countries added: {codes}</source>
        <translation>pridėtos šalys: {codes}</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <comment>%n error</comment>
        <translation>
            <numerusform>%n klaida</numerusform>
            <numerusform>%n klaidos</numerusform>
            <numerusform>%n klaidų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import evidence</source>
        <translation>Įrodymų importas</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Toliau &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atgal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Užverti</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuoti</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <source>Line</source>
        <translation>Eilutė</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared tracker</source>
        <translation>Prisijungti prie bendros stebėsenos</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Ask to join.&lt;/b&gt; Send your join code (or the join file) to the tracker&apos;s coordinator, and read your fingerprint to them by another channel.</source>
        <translation>&lt;b&gt;1. Paprašykite prisijungti.&lt;/b&gt; Nusiųskite savo prisijungimo kodą (arba failą) stebėsenos koordinatoriui ir perskaitykite jam savo kontrolinį kodą kitu kanalu.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jūsų vardas</translation>
    </message>
    <message>
        <source>As the other members will see it</source>
        <translation>Kaip jį matys kiti nariai</translation>
    </message>
    <message>
        <source>&amp;Make join code</source>
        <translation>&amp;Sukurti prisijungimo kodą</translation>
    </message>
    <message>
        <source>Make join code</source>
        <translation>Sukurti prisijungimo kodą</translation>
    </message>
    <message>
        <source>Your join code</source>
        <translation>Jūsų prisijungimo kodas</translation>
    </message>
    <message>
        <source>Your join code appears here.</source>
        <translation>Čia atsiras jūsų prisijungimo kodas.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Jūsų kontrolinis kodas</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Ko&amp;pijuoti kodą</translation>
    </message>
    <message>
        <source>Copy the join code</source>
        <translation>Kopijuoti prisijungimo kodą</translation>
    </message>
    <message>
        <source>Save join &amp;file…</source>
        <translation>Įrašyti &amp;failą…</translation>
    </message>
    <message>
        <source>Save the join file</source>
        <translation>Įrašyti prisijungimo failą</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Join.&lt;/b&gt; Once the coordinator has added you and the folder has synced, choose the folder and where your own copy goes.</source>
        <translation>&lt;b&gt;2. Prisijunkite.&lt;/b&gt; Kai koordinatorius jus pridės ir aplankas susisinchronizuos, pasirinkite aplanką ir kur dėti savo kopiją.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Bendras aplankas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pa&amp;sirinkti…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Pasirinkti bendrą aplanką</translation>
    </message>
    <message>
        <source>Your copy of the tracker</source>
        <translation>Jūsų stebėsenos kopija</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Pasi&amp;rinkti…</translation>
    </message>
    <message>
        <source>Choose where your copy goes</source>
        <translation>Pasirinkti, kur bus jūsų kopija</translation>
    </message>
    <message>
        <source>The coordinator&apos;s fingerprint</source>
        <translation>Koordinatoriaus kontrolinis kodas</translation>
    </message>
    <message>
        <source>As the coordinator told you, e.g. NWJ1-86S4-QW1D-4WQ5</source>
        <translation>Kaip pasakė koordinatorius, pvz., NWJ1-86S4-QW1D-4WQ5</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Jūsų &amp;vardas:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Prisijungimo kodas:</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>Jūsų kontrolinis kodas:</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Bendras &amp;aplankas:</translation>
    </message>
    <message>
        <source>Your &amp;copy:</source>
        <translation>Jūsų k&amp;opija:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fin&amp;gerprint:</source>
        <translation>Koordinatoriaus &amp;kodas:</translation>
    </message>
    <message>
        <source>Why joining did not work</source>
        <translation>Kodėl nepavyko prisijungti</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Prisijungimas</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Pr&amp;isijungti</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Prisijungti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Pirmiausia įveskite savo vardą.</translation>
    </message>
    <message>
        <source>Join files (*.ptjoin);;All files (*)</source>
        <translation>Prisijungimo failai (*.ptjoin);;Visi failai (*)</translation>
    </message>
    <message>
        <source>The join file could not be saved: %1.</source>
        <translation>Nepavyko įrašyti prisijungimo failo: %1.</translation>
    </message>
    <message>
        <source>Where your copy goes</source>
        <translation>Kur bus jūsų kopija</translation>
    </message>
    <message>
        <source>Policy trackers (*.db);;All files (*)</source>
        <translation>Politikos stebėsenos (*.db);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Choose the shared folder and where your copy goes first.</source>
        <translation>Pirmiausia pasirinkite bendrą aplanką ir kur dėti kopiją.</translation>
    </message>
    <message>
        <source>Type the coordinator&apos;s fingerprint, as they told you.</source>
        <translation>Įveskite koordinatoriaus kontrolinį kodą taip, kaip jis pasakė.</translation>
    </message>
    <message>
        <source>Building your copy from the shared folder…</source>
        <translation>Kuriama jūsų kopija iš bendro aplanko…</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>The file in the app&apos;s data folder where unexpected errors&apos; tracebacks go.</extracomment>
        <translation>Kažkas nepavyko</translation>
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
        <source>%1 conflicting judgements</source>
        <translation>%1 prieštaringi vertinimai</translation>
    </message>
    <message>
        <source>▲▼ outlined: changed since the comparison date</source>
        <translation>▲▼ apvesta: pasikeitė nuo palyginimo datos</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Only web links (http or https) are opened: %1</source>
        <translation>Atveriamos tik žiniatinklio nuorodos (http arba https): %1</translation>
    </message>
    <message>
        <source>This link was not opened. %1</source>
        <translation>Ši nuoroda neatverta. %1</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>niekur</translation>
    </message>
    <message>
        <source>This link was not opened: it shows %1 but would open %2. Check the address in the evidence and correct it.</source>
        <translation>Ši nuoroda neatverta: ji rodo %1, bet atvertų %2. Patikrinkite adresą įrodyme ir jį pataisykite.</translation>
    </message>
    <message>
        <source>This evidence has no link</source>
        <translation>Šis įrodymas neturi nuorodos</translation>
    </message>
    <message>
        <source>Opens %1 in your browser. Careful: the address mixes alphabets.</source>
        <translation>Atveria %1 naršyklėje. Atsargiai: adrese sumaišytos abėcėlės.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Atveria %1 naršyklėje</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Evidence</source>
        <extracomment>How long after the window is first shown the day&apos;s backup starts (after the first paint, off the start-up path). The actions that change the tracker: disabled while it is open read-only (db.store.Tracker.read_only).</extracomment>
        <translation>Įrodymai</translation>
    </message>
    <message>
        <source>Scorecards page</source>
        <translation>Puslapis „Šalių vertinimai“</translation>
    </message>
    <message>
        <source>History page</source>
        <translation>Puslapis „Istorija“</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Puslapis „Peržiūra“</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Rodiniai</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
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
        <source>Read-only</source>
        <translation>Tik skaityti</translation>
    </message>
    <message>
        <source>That proposal no longer exists (it was undone); the History tab keeps what it said.</source>
        <translation>Šio pasiūlymo nebėra (jis atšauktas); kortelėje „Istorija“ išlikęs jo turinys.</translation>
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
    <message>
        <source>in memory</source>
        <translation>atmintyje</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (tik skaityti)</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Tik skaityti: %1</translation>
    </message>
    <message>
        <source>%1 is not in %2: showing all countries.</source>
        <translation>%1 nėra grupėje %2: rodomos visos šalys.</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Naujas įrodymas</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Nustatyti būseną</translation>
    </message>
    <message>
        <source>Select a cell of the matrix first (a country and a recommendation).</source>
        <translation>Pirmiausia pasirinkite matricos langelį (šalį ir rekomendaciją).</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Redaguoti įrodymą</translation>
    </message>
    <message>
        <source>That evidence no longer exists.</source>
        <translation>Šio įrodymo nebėra.</translation>
    </message>
    <message>
        <source>This evidence no longer exists: another program deleted it. What you typed is kept; add it again as new evidence if it is still needed.</source>
        <translation>Šio įrodymo nebėra: jį ištrynė kita programa. Tai, ką įvedėte, išsaugota; jei jo dar reikia, pridėkite jį iš naujo kaip naują įrodymą.</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Archyvuoti įrodymą</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Kodų knyga</translation>
    </message>
    <message>
        <source>Countries and groups</source>
        <translation>Šalys ir grupės</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Atverti nuorodą</translation>
    </message>
    <message>
        <source>This link&apos;s address mixes alphabets, so it can pass for another site&apos;s:

%1

Open it?</source>
        <translation>Šios nuorodos adrese sumaišytos abėcėlės, todėl jis gali apsimesti kitos svetainės adresu:

%1

Atverti jį?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Atveriama %1…</translation>
    </message>
    <message>
        <source>No browser could open %1.

Copy the link, to paste it into a browser?</source>
        <translation>Nė viena naršyklė negalėjo atverti %1.

Nukopijuoti nuorodą, kad galėtumėte ją įklijuoti į naršyklę?</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopijuoti nuorodą</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Nuoroda nukopijuota: %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>— ignore this column —</source>
        <translation>— nepaisyti šio stulpelio —</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>Peržiūra ir stulpeliai</translation>
    </message>
    <message>
        <source>Check the first rows; match any column whose name differs from the tracker&apos;s fields.</source>
        <translation>Patikrinkite pirmąsias eilutes; priskirkite kiekvieną stulpelį, kurio pavadinimas skiriasi nuo stebėsenos laukų.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Failo formatas</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Failo peržiūra</translation>
    </message>
    <message>
        <source>Column problems</source>
        <translation>Stulpelių problemos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — which field each column of the file fills</source>
        <translation>&lt;b&gt;Stulpeliai&lt;/b&gt; — kurį lauką užpildo kiekvienas failo stulpelis</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln columns</source>
        <translation>
            <numerusform>%1: %2, %Ln stulpelis</numerusform>
            <numerusform>%1: %2, %Ln stulpeliai</numerusform>
            <numerusform>%1: %2, %Ln stulpelių</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(%1 stulpelis be pavadinimo)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Laukas stulpeliui %1</translation>
    </message>
</context>
<context>
    <name>MatrixImage</name>
    <message>
        <source>Score: weighted mean of the assessed recommendations, 0–100; recommendations not assessed are left out.</source>
        <translation>Balai: įvertintų rekomendacijų svertinis vidurkis, 0–100; neįvertintos rekomendacijos neįskaičiuojamos.</translation>
    </message>
    <message numerus="yes">
        <source>* Not graded: fewer than %1 of the %Ln recommendations assessed (no grade, no rank).</source>
        <comment>* Not graded: fewer than %1 of the %Ln recommendation assessed (no grade, no rank).</comment>
        <translation>
            <numerusform>* Be galutinio įvertinimo: įvertinta mažiau nei %1 iš %Ln rekomendacijos (be įvertinimo ir vietos).</numerusform>
            <numerusform>* Be galutinio įvertinimo: įvertinta mažiau nei %1 iš %Ln rekomendacijų (be įvertinimo ir vietos).</numerusform>
            <numerusform>* Be galutinio įvertinimo: įvertinta mažiau nei %1 iš %Ln rekomendacijų (be įvertinimo ir vietos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Grades: %1.</source>
        <translation>Įvertinimai: %1.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Stulpeliai: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %Ln countries with no assessed recommendation.</source>
        <comment>Not shown: %Ln country with no assessed recommendation.</comment>
        <translation>
            <numerusform>Nerodoma %Ln šalis be įvertintų rekomendacijų.</numerusform>
            <numerusform>Nerodomos %Ln šalys be įvertintų rekomendacijų.</numerusform>
            <numerusform>Nerodoma %Ln šalių be įvertintų rekomendacijų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln countries in rank order; the rest are in the reports.</source>
        <translation>
            <numerusform>Rodomos pirmosios %1 iš %Ln šalies pagal vietą; kitos – ataskaitose.</numerusform>
            <numerusform>Rodomos pirmosios %1 iš %Ln šalių pagal vietą; kitos – ataskaitose.</numerusform>
            <numerusform>Rodomos pirmosios %1 iš %Ln šalių pagal vietą; kitos – ataskaitose.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated on %1 with Policy Tracker %2.</source>
        <translation>Sukurta %1 su Policy Tracker %2.</translation>
    </message>
    <message>
        <source>Status matrix</source>
        <translation>Būsenų matrica</translation>
    </message>
    <message>
        <source> · group %1</source>
        <translation> · grupė %1</translation>
    </message>
    <message>
        <source>Status of each recommendation, as of %1</source>
        <translation>Kiekvienos rekomendacijos būsena %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Score
(0–100)</source>
        <translation>Balai
(0–100)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Balai</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Įvert.</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Įvertinta</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 iš %2</translation>
    </message>
    <message>
        <source>No country has an assessed recommendation yet.</source>
        <translation>Kol kas nė viena šalis neturi įvertintų rekomendacijų.</translation>
    </message>
    <message>
        <source>No countries tracked.</source>
        <translation>Nestebima jokių šalių.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Country</source>
        <extracomment>The roles the model answers (the rest, which the view and the delegate ask of every cell and header section they paint, are turned away at once: a few hundred calls into Python at the first paint). The mark of a cell with conflicting judgements (two statuses set on two copies of a shared tracker). The mark of a cell with a proposed status waiting for review. Vowels of the six languages&apos; alphabets (Latin, Polish, Lithuanian, Cyrillic), for :func:`soft_hyphens`. The sort value of a cell without one (unassessed, unscored, not graded): the proxy sets it to sort after every other value in the direction it sorts. The fixed columns&apos; headers in the interface&apos;s language (asked at every paint of the header).</extracomment>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Balai</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Aprėptis</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Įvert.</translation>
    </message>
    <message>
        <source>Proposed: %1 (by %2, waiting for review); approved: %3</source>
        <translation>Pasiūlyta: %1 (autorius: %2, laukia peržiūros); patvirtinta: %3</translation>
    </message>
    <message>
        <source>; scores count the proposed status</source>
        <translation>; balai skaičiuojami pagal pasiūlytą būseną</translation>
    </message>
    <message>
        <source>Conflicting judgements</source>
        <translation>Prieštaringi vertinimai</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, weight %3)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, svoris %3)&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Weighted mean of the assessed cells (0–100); unassessed cells are left out.</source>
        <translation>Įvertintų langelių svertinis vidurkis (0–100); neįvertinti langeliai neįskaičiuojami.</translation>
    </message>
    <message>
        <source>How many recommendations are assessed. </source>
        <translation>Kiek rekomendacijų įvertinta. </translation>
    </message>
    <message>
        <source>Grade band of the score: %1. — : not graded (too little assessed, or nothing).</source>
        <translation>Įvertinimas pagal balus: %1. — : be galutinio įvertinimo (įvertinta per mažai arba nieko).</translation>
    </message>
    <message>
        <source>statuses set on two copies without seeing each other (File › Conflicts…)</source>
        <translation>būsenos nustatytos dviejose kopijose nežinant viena apie kitą (Failas › Konfliktai…)</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Status matrix</source>
        <extracomment>Whether any cell shows a change since the comparison date (the view sets it from its model): when none does, painting a cell asks the model one question, not two. The pending proposal of a cell (the view sets it to its model&apos;s state): a dict lookup, no model call. Whether a cell has conflicting judgements (the view sets it to its model&apos;s state): a set lookup. Each status&apos;s colour, for the ◆ of a proposed one. What every cell of one paint of the view shares (palette, font, pixel ratio), set by the view around its paint so each cell need not ask the option for copies of them. The matrix header&apos;s usual height: four lines of a title.</extracomment>
        <translation>Būsenų matrica</translation>
    </message>
    <message>
        <source>Countries in rows, recommendations in columns; each cell is a country&apos;s status on a recommendation.</source>
        <translation>Šalys eilutėse, rekomendacijos stulpeliuose; kiekvienas langelis – šalies būsena pagal rekomendaciją.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members</source>
        <translation>Koalicijos nariai</translation>
    </message>
    <message>
        <source>Last sync report</source>
        <translation>Paskutinio sinchronizavimo ataskaita</translation>
    </message>
    <message>
        <source>Why it did not work</source>
        <translation>Kodėl nepavyko</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Pri&amp;dėti…</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Pridėti narį</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Paša&amp;linti…</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Pašalinti pažymėtą narį</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Paskutinis sinchronizavimas:</translation>
    </message>
    <message>
        <source>This tracker is not shared.</source>
        <translation>Ši stebėsena nebendrinama.</translation>
    </message>
    <message>
        <source>Shared through %1. Your fingerprint: %2</source>
        <translation>Bendrinama per %1. Jūsų kontrolinis kodas: %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinchronizuojama…</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Paskutinis sinchronizavimas nepavyko: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Dar nesinchronizuota.</translation>
    </message>
    <message>
        <source>%1: sent %2, applied %3, waiting %4, refused %5.</source>
        <translation>%1: išsiųsta %2, pritaikyta %3, laukia %4, atmesta %5.</translation>
    </message>
    <message>
        <source>Waiting: %1 — %2</source>
        <translation>Laukia: %1 — %2</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Atmestas: %1 — %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Pastaba: %1</translation>
    </message>
    <message>
        <source>Only a coordinator can add and remove members.</source>
        <translation>Pridėti ir pašalinti narius gali tik koordinatorius.</translation>
    </message>
    <message>
        <source>Remove %1 from this shared tracker? The tracker key is rotated: a new key goes to every other member, and files %1 writes from now on are refused. What they already have stays with them.</source>
        <translation>Pašalinti %1 iš šios bendros stebėsenos? Stebėsenos raktas bus pakeistas: naują raktą gaus visi kiti nariai, o nuo šiol %1 įrašyti failai bus atmetami. Tai, ką šis narys jau turi, lieka jam.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Pašalinti narį</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Vyksta sinchronizavimas; bandykite po akimirkos.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Kas pridėjo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pridėtas</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>Paskutinis failas</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Įrašytas</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Kontrolinis kodas</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (jūs)</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Pašalintas %1</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatorius</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Narys</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Dar nėra</translation>
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
    <name>Methodology</name>
    <message>
        <source>confirmed by an independent source or by the text of the measure itself</source>
        <translation>patvirtinta nepriklausomo šaltinio arba paties priemonės teksto</translation>
    </message>
    <message>
        <source>reported by a credible source, not yet independently verified</source>
        <translation>pranešė patikimas šaltinis, dar nepatikrinta nepriklausomai</translation>
    </message>
    <message>
        <source>stated by the government itself; a claim, not a verification</source>
        <translation>nurodė pati vyriausybė; tai teiginys, o ne patikrinimas</translation>
    </message>
    <message>
        <source>verified</source>
        <comment>confidence level</comment>
        <translation>patikrinta</translation>
    </message>
    <message>
        <source>reported</source>
        <comment>confidence level</comment>
        <translation>pranešta</translation>
    </message>
    <message>
        <source>claimed</source>
        <comment>confidence level</comment>
        <translation>teigiama</translation>
    </message>
    <message>
        <source>half</source>
        <comment>at least half of the recommendations</comment>
        <translation>pusė</translation>
    </message>
    <message>
        <source>all</source>
        <comment>at least all of the recommendations</comment>
        <translation>visos</translation>
    </message>
    <message>
        <source>Every country with a score is graded and ranked.</source>
        <translation>Kiekviena šalis, turinti balų, gauna įvertinimą ir vietą.</translation>
    </message>
    <message>
        <source>A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade and a rank; with fewer it has a score but is not graded.</source>
        <translation>Kad gautų įvertinimą ir vietą, šalies turi būti įvertinta bent %1 rekomendacijų (%2 iš %3); jei mažiau, ji turi balų, bet neturi galutinio įvertinimo.</translation>
    </message>
    <message>
        <source>%1: %2 and above</source>
        <translation>%1: %2 ir daugiau</translation>
    </message>
    <message>
        <source>%1: below %2</source>
        <translation>%1: mažiau nei %2</translation>
    </message>
    <message>
        <source>%1: %2 to under %3</source>
        <translation>%1: nuo %2 iki mažiau nei %3</translation>
    </message>
    <message>
        <source>below %1: no grade</source>
        <translation>mažiau nei %1: be įvertinimo</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendacija</translation>
    </message>
    <message>
        <source>In the words of the source</source>
        <translation>Šaltinio žodžiais</translation>
    </message>
    <message>
        <source>no translation yet</source>
        <translation>vertimo dar nėra</translation>
    </message>
    <message>
        <source>In the words of the source (original, English)</source>
        <translation>Šaltinio žodžiais (originalas, anglų k.)</translation>
    </message>
    <message>
        <source>Translation (not the source&apos;s words)</source>
        <translation>Vertimas (ne šaltinio žodžiai)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no score</comment>
        <translation>nėra</translation>
    </message>
    <message>
        <source>All recommendations weigh the same.</source>
        <translation>Visų rekomendacijų svoris vienodas.</translation>
    </message>
    <message>
        <source>Weights: %1.</source>
        <translation>Svoriai: %1.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodika</translation>
    </message>
    <message numerus="yes">
        <source>Every score is given with its coverage: how many of the %Ln recommendations are assessed.</source>
        <comment>Every score is given with its coverage: whether its %Ln recommendation is assessed.</comment>
        <translation>
            <numerusform>Kiekvieni balai pateikiami su aprėptimi: kiek iš %Ln rekomendacijos įvertinta.</numerusform>
            <numerusform>Kiekvieni balai pateikiami su aprėptimi: kiek iš %Ln rekomendacijų įvertinta.</numerusform>
            <numerusform>Kiekvieni balai pateikiami su aprėptimi: kiek iš %Ln rekomendacijų įvertinta.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The codebook&apos;s &lt;i&gt;min_coverage_for_grade&lt;/i&gt; is %1.) A score without a grade is marked &lt;i&gt;not graded&lt;/i&gt;: it says little yet.</source>
        <translation>(Kodų knygoje &lt;i&gt;min_coverage_for_grade&lt;/i&gt; = %1.) Balai be įvertinimo pažymėti &lt;i&gt;be galutinio įvertinimo&lt;/i&gt;: jie kol kas mažai ką sako.</translation>
    </message>
    <message numerus="yes">
        <source>A recommendation&apos;s status is its assessment with the latest effective date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn is cited. A status whose effective date is more than %Ln days before the report date is marked &lt;i&gt;review due&lt;/i&gt;: it should be checked again.</source>
        <comment>A recommendation&apos;s status is its assessment with the latest effective date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn is cited. A status whose effective date is more than %Ln day before the report date is marked &lt;i&gt;review due&lt;/i&gt;: it should be checked again.</comment>
        <translation>
            <numerusform>Rekomendacijos būsena – tai jos vertinimas su vėliausia įsigaliojimo data ataskaitos dieną arba anksčiau (jei datos sutampa – įrašytas paskutinis). Cituojami tik ataskaitos dieną arba anksčiau datuoti ir neatšaukti įrodymai. Būsena, įsigaliojusi daugiau nei %Ln dieną prieš ataskaitos datą, pažymėta &lt;i&gt;reikia peržiūrėti&lt;/i&gt;: ją reikėtų patikrinti iš naujo.</numerusform>
            <numerusform>Rekomendacijos būsena – tai jos vertinimas su vėliausia įsigaliojimo data ataskaitos dieną arba anksčiau (jei datos sutampa – įrašytas paskutinis). Cituojami tik ataskaitos dieną arba anksčiau datuoti ir neatšaukti įrodymai. Būsena, įsigaliojusi daugiau nei %Ln dienas prieš ataskaitos datą, pažymėta &lt;i&gt;reikia peržiūrėti&lt;/i&gt;: ją reikėtų patikrinti iš naujo.</numerusform>
            <numerusform>Rekomendacijos būsena – tai jos vertinimas su vėliausia įsigaliojimo data ataskaitos dieną arba anksčiau (jei datos sutampa – įrašytas paskutinis). Cituojami tik ataskaitos dieną arba anksčiau datuoti ir neatšaukti įrodymai. Būsena, įsigaliojusi daugiau nei %Ln dienų prieš ataskaitos datą, pažymėta &lt;i&gt;reikia peržiūrėti&lt;/i&gt;: ją reikėtų patikrinti iš naujo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source&apos;s own words are quoted in the original English; the translation beside them is ours, made for this report&apos;s readers, not the source&apos;s words.</source>
        <translation>Šaltinio žodžiai cituojami originalo kalba – angliškai; šalia pateiktą vertimą parengėme mes šios ataskaitos skaitytojams, tai ne šaltinio žodžiai.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Balai</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Reikšmė</translation>
    </message>
    <message>
        <source>Each government&apos;s position on each recommendation is judged on this scale, from the codebook of this tracker. Every judgement states its effective date, a rationale and its sources.</source>
        <translation>Kiekvienos vyriausybės pozicija dėl kiekvienos rekomendacijos vertinama pagal šią šios stebėsenos kodų knygos skalę. Kiekviename vertinime nurodoma, nuo kada jis galioja, pagrindimas ir šaltiniai.</translation>
    </message>
    <message>
        <source>A country&apos;s score is the weighted mean of the scores of its &lt;i&gt;assessed&lt;/i&gt; recommendations, from 0 to 100, with one decimal. Recommendations not assessed are left out, never counted as 0.</source>
        <translation>Šalies balai – jos &lt;i&gt;įvertintų&lt;/i&gt; rekomendacijų balų svertinis vidurkis nuo 0 iki 100, vieno dešimtainio skaitmens tikslumu. Neįvertintos rekomendacijos neįskaičiuojamos ir niekada nelaikomos 0.</translation>
    </message>
    <message>
        <source>%1. Ranks are among the graded countries, shared by countries with equal scores; countries with no assessed recommendation have no score, grade or rank.</source>
        <translation>%1. Vietos skiriamos tarp įvertintų šalių; vienodų balų šalys dalijasi vieta; šalys be įvertintų rekomendacijų neturi nei balų, nei įvertinimo, nei vietos.</translation>
    </message>
    <message>
        <source>Status scale.</source>
        <translation>Būsenų skalė.</translation>
    </message>
    <message>
        <source>Score.</source>
        <translation>Balai.</translation>
    </message>
    <message>
        <source>Coverage.</source>
        <translation>Aprėptis.</translation>
    </message>
    <message>
        <source>Grades and ranks.</source>
        <translation>Įvertinimai ir vietos.</translation>
    </message>
    <message>
        <source>Current status and dates.</source>
        <translation>Dabartinė būsena ir datos.</translation>
    </message>
    <message>
        <source>Confidence.</source>
        <translation>Patikimumas.</translation>
    </message>
    <message>
        <source>The recommendations.</source>
        <translation>Rekomendacijos.</translation>
    </message>
</context>
<context>
    <name>NewTrackerDialog</name>
    <message>
        <source>New tracker</source>
        <translation>Nauja stebėsena</translation>
    </message>
    <message>
        <source>Default: the article&apos;s five recommendations and 37 Western countries</source>
        <translation>Numatytoji: penkios straipsnio rekomendacijos ir 37 Vakarų šalys</translation>
    </message>
    <message>
        <source>Blank: the status scale only; add recommendations and countries yourself</source>
        <translation>Tuščia: tik būsenų skalė; rekomendacijas ir šalis pridėkite patys</translation>
    </message>
    <message>
        <source>From a codebook file (JSON)…</source>
        <translation>Iš kodų knygos failo (JSON)…</translation>
    </message>
    <message>
        <source>Default codebook</source>
        <translation>Numatytoji kodų knyga</translation>
    </message>
    <message>
        <source>Blank tracker</source>
        <translation>Tuščia stebėsena</translation>
    </message>
    <message>
        <source>Codebook file</source>
        <translation>Kodų knygos failas</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pasirinkti failą…</translation>
    </message>
    <message>
        <source>Choose codebook file</source>
        <translation>Pasirinkti kodų knygos failą</translation>
    </message>
    <message>
        <source>Start the new tracker from:</source>
        <translation>Naują stebėseną pradėti nuo:</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Known</source>
        <translation>Žinoma</translation>
    </message>
    <message>
        <source>%1 known</source>
        <translation>%1: žinoma</translation>
    </message>
</context>
<context>
    <name>PdfFooter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 psl. iš %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jūsų vardas</translation>
    </message>
    <message>
        <source>Recorded with every change you make</source>
        <translation>Įrašomas su kiekvienu jūsų pakeitimu</translation>
    </message>
    <message>
        <source>Review interval in days</source>
        <translation>Peržiūros intervalas dienomis</translation>
    </message>
    <message>
        <source> days</source>
        <translation> d.</translation>
    </message>
    <message>
        <source>The tracker&apos;s own setting</source>
        <translation>Pačios stebėsenos nuostata</translation>
    </message>
    <message>
        <source>Add a byte-order mark to CSV files (Excel reads accents correctly)</source>
        <translation>Pridėti baitų tvarkos žymę prie CSV failų (Excel teisingai skaitys raides su diakritikais)</translation>
    </message>
    <message>
        <source>CSV byte-order mark</source>
        <translation>CSV baitų tvarkos žymė</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sąsajos kalba</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Kaip sistemoje (%1)</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Kada pasikeičia kalba</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Jūsų &amp;vardas</translation>
    </message>
    <message>
        <source>&amp;Review interval</source>
        <translation>&amp;Peržiūros intervalas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kalba</translation>
    </message>
    <message>
        <source>A status older than the review interval is flagged ⚑ in the matrix.</source>
        <translation>Būsena, senesnė už peržiūros intervalą, matricoje pažymima ⚑.</translation>
    </message>
    <message>
        <source>The interface&apos;s language is applied when Policy Tracker starts.</source>
        <translation>Sąsajos kalba pritaikoma paleidžiant Policy Tracker.</translation>
    </message>
    <message>
        <source>Restart Policy Tracker to see it in %1: the language changes the next time it starts.</source>
        <translation>Paleiskite Policy Tracker iš naujo, kad matytumėte jį kalba „%1“: kalba pasikeis kitą kartą paleidus.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Eilutė</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>%1 progress</source>
        <extracomment>``job(tracker, progress, cancelled)``: ``progress(done)`` says how far it got; ``cancelled()`` asks whether to stop. Progress is passed on to the dialog at most this often (a big export has thousands of chunks).</extracomment>
        <translation>%1: eiga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Įrašyta eilučių</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Vykdoma</translation>
    </message>
    <message numerus="yes">
        <source>%1… %2 of %Ln rows (%3%)</source>
        <translation>
            <numerusform>%1… %2 iš %Ln eilutės (%3%)</numerusform>
            <numerusform>%1… %2 iš %Ln eilučių (%3%)</numerusform>
            <numerusform>%1… %2 iš %Ln eilučių (%3%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1… %Ln rows written</source>
        <translation>
            <numerusform>%1… įrašyta %Ln eilutė</numerusform>
            <numerusform>%1… įrašytos %Ln eilutės</numerusform>
            <numerusform>%1… įrašyta %Ln eilučių</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Atšaukiama…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Discard throws away what you typed; Cancel returns to the form.</source>
        <translation>„Atmesti“ išmeta tai, ką įvedėte; „Atšaukti“ grąžina į formą.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Įrašyti pakeitimus?</translation>
    </message>
</context>
<context>
    <name>ProposedBanner</name>
    <message>
        <source>Including proposed statuses</source>
        <translation>Įskaitant pasiūlytas būsenas</translation>
    </message>
    <message>
        <source>Proposed statuses counted</source>
        <translation>Pasiūlytos būsenos įskaičiuojamos</translation>
    </message>
    <message>
        <source>Approved only</source>
        <translation>Tik patvirtintos</translation>
    </message>
    <message>
        <source>Count approved statuses only</source>
        <translation>Skaičiuoti tik patvirtintas būsenas</translation>
    </message>
    <message>
        <source>Scores and ranks count approved statuses only</source>
        <translation>Balai ir vietos skaičiuojami tik pagal patvirtintas būsenas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed statuses</source>
        <translation>
            <numerusform>%Ln pasiūlyta būsena</numerusform>
            <numerusform>%Ln pasiūlytos būsenos</numerusform>
            <numerusform>%Ln pasiūlytų būsenų</numerusform>
        </translation>
    </message>
    <message>
        <source>no proposed statuses</source>
        <translation>pasiūlytų būsenų nėra</translation>
    </message>
    <message>
        <source>Includes proposed statuses not yet reviewed (%1 now): scores and ranks count them. ◆ marks each one.</source>
        <translation>Įskaitomos pasiūlytos, dar neperžiūrėtos būsenos (dabar: %1): balai ir vietos jas skaičiuoja. ◆ žymi kiekvieną iš jų.</translation>
    </message>
    <message>
        <source>&lt;b&gt;◆ Includes proposed statuses not yet reviewed&lt;/b&gt; (%1 now): scores and ranks count them.</source>
        <translation>&lt;b&gt;◆ Įskaitomos pasiūlytos, dar neperžiūrėtos būsenos&lt;/b&gt; (dabar: %1): balai ir vietos jas skaičiuoja.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <extracomment>The ranking&apos;s columns in English (shown translated: context &quot;RankingModel&quot;).</extracomment>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Balai</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Aprėptis</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Įvert.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Pokytis</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations, in the matrix&apos;s order</source>
        <translation>Rekomendacijos matricos tvarka</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nauja</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nauja rekomendacija</translation>
    </message>
    <message>
        <source>Fill in a new recommendation, then Apply</source>
        <translation>Užpildykite naują rekomendaciją, tada spauskite „Taikyti“</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>A&amp;ukštyn</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>Perkelti rekomendaciją aukštyn</translation>
    </message>
    <message>
        <source>Earlier in the matrix and exports</source>
        <translation>Anksčiau matricoje ir eksporte</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>&amp;Žemyn</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>Perkelti rekomendaciją žemyn</translation>
    </message>
    <message>
        <source>Later in the matrix and exports</source>
        <translation>Vėliau matricoje ir eksporte</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Ar&amp;chyvuoti</translation>
    </message>
    <message>
        <source>Archive recommendation</source>
        <translation>Archyvuoti rekomendaciją</translation>
    </message>
    <message>
        <source>Leave the matrix and the scores; its evidence, statuses and history stay</source>
        <translation>Pašalinti iš matricos ir balų; jos įrodymai, būsenos ir istorija lieka</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>At&amp;kurti</translation>
    </message>
    <message>
        <source>Restore recommendation</source>
        <translation>Atkurti rekomendaciją</translation>
    </message>
    <message>
        <source>Bring it back into the matrix</source>
        <translation>Grąžinti ją į matricą</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kodas</translation>
    </message>
    <message>
        <source>e.g. visa_policy</source>
        <translation>pvz., visa_policy</translation>
    </message>
    <message>
        <source>The recommendation&apos;s stable name in files and exports; it cannot change later</source>
        <translation>Pastovus rekomendacijos vardas failuose ir eksporte; vėliau jo pakeisti negalima</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>A short title for the matrix</source>
        <translation>Trumpas pavadinimas matricai</translation>
    </message>
    <message>
        <source>Source&apos;s wording</source>
        <translation>Šaltinio formuluotė</translation>
    </message>
    <message>
        <source>The recommendation as the source words it</source>
        <translation>Rekomendacija taip, kaip ją formuluoja šaltinis</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Gairės</translation>
    </message>
    <message>
        <source>How coders should judge each status</source>
        <translation>Kaip koduotojai turėtų vertinti kiekvieną būseną</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Svoris</translation>
    </message>
    <message>
        <source>How much this recommendation counts in a country&apos;s score (more than 0, at most 100; 1 = equal)</source>
        <translation>Kiek ši rekomendacija sveria šalies bale (daugiau nei 0, ne daugiau kaip 100; 1 = vienodas svoris)</translation>
    </message>
    <message>
        <source>Recommendation use</source>
        <translation>Rekomendacijos naudojimas</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>K&amp;odas</translation>
    </message>
    <message>
        <source>recommendation code</source>
        <translation>rekomendacijos kodas</translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation>&amp;Pavadinimas*</translation>
    </message>
    <message>
        <source>title</source>
        <translation>pavadinimas</translation>
    </message>
    <message>
        <source>Source&apos;s &amp;wording</source>
        <translation>Šaltinio &amp;formuluotė</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekstas</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Gairės</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>gairės</translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation>&amp;Svoris</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>svoris</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>rekomendacija</translation>
    </message>
    <message>
        <source> — archived</source>
        <translation> — archyvuota</translation>
    </message>
    <message>
        <source>: archived, out of the matrix</source>
        <translation>: archyvuota, ne matricoje</translation>
    </message>
    <message>
        <source>Recommendation changed</source>
        <translation>Rekomendacija pakeista</translation>
    </message>
    <message>
        <source>Apply the changes you made to this recommendation?</source>
        <translation>Pritaikyti šios rekomendacijos pakeitimus?</translation>
    </message>
    <message>
        <source>Used by %1 assessment(s) and %2 evidence link(s).</source>
        <translation>Naudojimas: vertinimų – %1, sąsajų su įrodymais – %2.</translation>
    </message>
    <message>
        <source> Archived: out of the matrix and the scores.</source>
        <translation> Archyvuota: nerodoma matricoje ir neįskaičiuojama į balus.</translation>
    </message>
    <message>
        <source>New: Apply adds it at the end of the matrix.</source>
        <translation>Nauja: „Taikyti“ pridės ją matricos pabaigoje.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Pavadinimas privalomas.</translation>
    </message>
    <message>
        <source>The weight must be a number greater than 0 and at most 100.</source>
        <translation>Svoris turi būti skaičius, didesnis už 0 ir ne didesnis kaip 100.</translation>
    </message>
    <message>
        <source>Added the recommendation %1; Ctrl+Z undoes it.</source>
        <translation>Rekomendacija %1 pridėta; Ctrl+Z tai atšauks.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>%1 scorecard</source>
        <translation>%1: vertinimas</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>oficialus šaltinis</translation>
    </message>
    <message>
        <source>media</source>
        <translation>žiniasklaida</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NVO</translation>
    </message>
    <message>
        <source>international organisation</source>
        <translation>tarptautinė organizacija</translation>
    </message>
    <message>
        <source>not graded: nothing assessed (0 of %1)</source>
        <translation>be galutinio įvertinimo: niekas neįvertinta (0 iš %1)</translation>
    </message>
    <message>
        <source>not graded: %1 of %2 assessed</source>
        <translation>be galutinio įvertinimo: įvertinta %1 iš %2</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>Pagrindimas neįrašytas.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Dar neįvertinta.</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Patikimumas: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Šaltiniai: %1</translation>
    </message>
    <message>
        <source>No source linked</source>
        <translation>Šaltinis nesusietas</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>and %Ln more</comment>
        <translation>
            <numerusform>ir dar %Ln</numerusform>
            <numerusform>ir dar %Ln</numerusform>
            <numerusform>ir dar %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Further evidence: %1</source>
        <translation>Kiti įrodymai: %1</translation>
    </message>
    <message>
        <source>Evidence on file: %1</source>
        <translation>Įrodymai stebėsenoje: %1</translation>
    </message>
    <message>
        <source>proposed by %1, not yet reviewed</source>
        <translation>pasiūlė %1, dar neperžiūrėta</translation>
    </message>
    <message>
        <source>proposed, not yet reviewed</source>
        <translation>pasiūlyta, dar neperžiūrėta</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>reikia peržiūrėti</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendacija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>In effect since</source>
        <translation>Galioja nuo</translation>
    </message>
    <message>
        <source>Rationale and sources</source>
        <translation>Pagrindimas ir šaltiniai</translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Šaltinis be pavadinimo</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Kalba: %1.</translation>
    </message>
    <message>
        <source>Archived copy: %1</source>
        <translation>Archyvinė kopija: %1</translation>
    </message>
    <message>
        <source>Accessed %1</source>
        <translation>Žiūrėta %1</translation>
    </message>
    <message>
        <source>Copy kept in the tracker: %1</source>
        <translation>Kopija saugoma stebėsenoje: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Šaltinių sąrašas</translation>
    </message>
    <message>
        <source>No evidence is cited: none is linked to the cells in this report as of %1.</source>
        <translation>Įrodymai necituojami: %1 nė vienas nesusietas su šios ataskaitos langeliais.</translation>
    </message>
    <message>
        <source>Sources are numbered in the order they are first cited above; each source has one number however often it is cited.</source>
        <translation>Šaltiniai sunumeruoti pagal tai, kada pirmą kartą cituojami aukščiau; kiekvienas šaltinis turi vieną numerį, kad ir kiek kartų cituojamas.</translation>
    </message>
    <message>
        <source>Each recommendation lists every source its status rests on and its %1 newest other pieces of evidence; the older ones are counted (“and 12 more”) and listed in the tracker.</source>
        <translation>Prie kiekvienos rekomendacijos nurodyti visi šaltiniai, kuriais grindžiama jos būsena, ir %1 naujausių kitų įrodymų; senesni suskaičiuoti („ir dar 12“) ir išvardyti stebėsenoje.</translation>
    </message>
    <message>
        <source>Includes proposed statuses not yet reviewed</source>
        <translation>Įtrauktos siūlomos, dar neperžiūrėtos būsenos</translation>
    </message>
    <message>
        <source>Scores, grades and ranks count them as if approved; each is marked “proposed”.</source>
        <translation>Balai, įvertinimai ir vietos skaičiuojami lyg jos būtų patvirtintos; kiekviena pažymėta „pasiūlyta“.</translation>
    </message>
    <message>
        <source> · countries of the group %1</source>
        <translation> · grupės %1 šalys</translation>
    </message>
    <message>
        <source>Source of the recommendations: %1.</source>
        <translation>Rekomendacijų šaltinis: %1.</translation>
    </message>
    <message>
        <source>Generated on %1 with Policy Tracker %2; statuses and scores as of %3.</source>
        <translation>Sukurta %1 su Policy Tracker %2; būsenos ir balai %3.</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>Būsena %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>iš %1</translation>
    </message>
    <message>
        <source>not ranked: %1 of %2 assessed needed</source>
        <translation>be vietos: reikia įvertinti %1 iš %2</translation>
    </message>
    <message numerus="yes">
        <source>graded countries (%Ln in the group %1)</source>
        <translation>
            <numerusform>įvertintų šalių (%Ln grupėje %1)</numerusform>
            <numerusform>įvertintų šalių (%Ln grupėje %1)</numerusform>
            <numerusform>įvertintų šalių (%Ln grupėje %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>graded countries (%Ln tracked)</source>
        <translation>
            <numerusform>įvertintų šalių (stebima %Ln)</numerusform>
            <numerusform>įvertintų šalių (stebimos %Ln)</numerusform>
            <numerusform>įvertintų šalių (stebima %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not graded:</source>
        <translation>Be galutinio įvertinimo:</translation>
    </message>
    <message>
        <source>under %1 assessed</source>
        <translation>įvertinta mažiau nei %1</translation>
    </message>
    <message>
        <source>no recommendation assessed yet</source>
        <translation>dar neįvertinta nė viena rekomendacija</translation>
    </message>
    <message>
        <source>recommendations assessed</source>
        <translation>įvertinta rekomendacijų</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Balai</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Įvertinimas</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Aprėptis</translation>
    </message>
    <message>
        <source>Score: weighted mean of the assessed recommendations, 0–100 (see Methodology). Grades: %1.</source>
        <translation>Balai: įvertintų rekomendacijų svertinis vidurkis, 0–100 (žr. „Metodika“). Įvertinimai: %1.</translation>
    </message>
    <message>
        <source>country scorecard</source>
        <translation>šalies vertinimas</translation>
    </message>
    <message>
        <source>Status by recommendation</source>
        <translation>Būsena pagal rekomendacijas</translation>
    </message>
    <message>
        <source>Recommendations %1–%2 of %3</source>
        <translation>Rekomendacijos %1–%2 iš %3</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>pasiūlyta</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>įvertinimas %1</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>be galutinio įvertinimo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 iš %2</translation>
    </message>
    <message>
        <source>No country has an assessed recommendation as of %1.</source>
        <translation>%1 nė viena šalis neturi įvertintų rekomendacijų.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Stulpeliai: %1.</translation>
    </message>
    <message>
        <source>* Not graded: fewer than %1 of the recommendations assessed (no grade, no rank).</source>
        <translation>* Be galutinio įvertinimo: įvertinta mažiau nei %1 rekomendacijų (be įvertinimo ir vietos).</translation>
    </message>
    <message>
        <source>Not yet assessed on any recommendation (%1):</source>
        <translation>Dar neįvertintos pagal jokią rekomendaciją (%1):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries in the group %1</source>
        <comment>%Ln country in the group %1</comment>
        <translation>
            <numerusform>%Ln šalis grupėje %1</numerusform>
            <numerusform>%Ln šalys grupėje %1</numerusform>
            <numerusform>%Ln šalių grupėje %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries tracked</source>
        <comment>%Ln country tracked</comment>
        <translation>
            <numerusform>Stebima %Ln šalis</numerusform>
            <numerusform>Stebimos %Ln šalys</numerusform>
            <numerusform>Stebima %Ln šalių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendations</source>
        <comment>%Ln recommendation</comment>
        <translation>
            <numerusform>%Ln rekomendacija</numerusform>
            <numerusform>%Ln rekomendacijos</numerusform>
            <numerusform>%Ln rekomendacijų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; countries have at least one assessed recommendation</source>
        <comment>&lt;b&gt;%Ln&lt;/b&gt; country has at least one assessed recommendation</comment>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; šalis turi bent vieną įvertintą rekomendaciją</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; šalys turi bent vieną įvertintą rekomendaciją</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; šalių turi bent vieną įvertintą rekomendaciją</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources are cited</source>
        <comment>%Ln source is cited</comment>
        <translation>
            <numerusform>cituojamas %Ln šaltinis</numerusform>
            <numerusform>cituojami %Ln šaltiniai</numerusform>
            <numerusform>cituojama %Ln šaltinių</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overview</source>
        <translation>%1: apžvalga</translation>
    </message>
    <message>
        <source>All countries overview</source>
        <translation>Visų šalių apžvalga</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>balai %1</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>vieta %1 iš %2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>įvertinta %1 iš %2</translation>
    </message>
    <message>
        <source>Country details</source>
        <translation>Šalių išsami informacija</translation>
    </message>
    <message numerus="yes">
        <source>The details of the %Ln assessed recommendations (rationales and sources) are left out: they would cite more sources than an overview can print. Each country&apos;s own report has them (File › Export…, “Report with citations” on one country, or policy-tracker report --country CODE), and an overview of a group of countries may have room for them.</source>
        <comment>The details of the %Ln assessed recommendation (its rationale and sources) are left out: they would cite more sources than an overview can print. The country&apos;s own report has them (File › Export…, “Report with citations” on one country, or policy-tracker report --country CODE).</comment>
        <translation>
            <numerusform>%Ln įvertintos rekomendacijos išsami informacija (pagrindimai ir šaltiniai) praleista: ji cituotų daugiau šaltinių, nei gali sutalpinti apžvalga. Ją turi kiekvienos šalies ataskaita (Failas › Eksportuoti…, „Ataskaita su nuorodomis į šaltinius“ apie vieną šalį, arba policy-tracker report --country CODE), o šalių grupės apžvalgoje jai gali atsirasti vietos.</numerusform>
            <numerusform>%Ln įvertintų rekomendacijų išsami informacija (pagrindimai ir šaltiniai) praleista: ji cituotų daugiau šaltinių, nei gali sutalpinti apžvalga. Ją turi kiekvienos šalies ataskaita (Failas › Eksportuoti…, „Ataskaita su nuorodomis į šaltinius“ apie vieną šalį, arba policy-tracker report --country CODE), o šalių grupės apžvalgoje jai gali atsirasti vietos.</numerusform>
            <numerusform>%Ln įvertintų rekomendacijų išsami informacija (pagrindimai ir šaltiniai) praleista: ji cituotų daugiau šaltinių, nei gali sutalpinti apžvalga. Ją turi kiekvienos šalies ataskaita (Failas › Eksportuoti…, „Ataskaita su nuorodomis į šaltinius“ apie vieną šalį, arba policy-tracker report --country CODE), o šalių grupės apžvalgoje jai gali atsirasti vietos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each country with at least one assessed recommendation, in rank order; recommendations not assessed are left out here (see the scorecard above).</source>
        <translation>Kiekviena šalis, turinti bent vieną įvertintą rekomendaciją, pagal vietą; neįvertintos rekomendacijos čia praleistos (žr. vertinimų lentelę aukščiau).</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Vertinimų lentelė</translation>
    </message>
    <message>
        <source>includes proposed statuses not yet reviewed</source>
        <translation>įtrauktos siūlomos, dar neperžiūrėtos būsenos</translation>
    </message>
    <message>
        <source>%1 — %2 — as of %3</source>
        <translation>%1 — %2 — būsena %3</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Atkūrimas iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. A backup is taken once a day when the tracker is opened, and before every import, upgrade and codebook change; the last 10 days and 8 weeks are kept, and every backup of the latest day. Restoring replaces the tracker with the backup, after backing up the tracker as it is now.</source>
        <translation>%1 atsarginės kopijos, naujausios pirmos. Kopija daroma kartą per dieną atveriant stebėseną ir prieš kiekvieną importą, atnaujinimą bei kodų knygos pakeitimą; saugomos paskutinių 10 dienų ir 8 savaičių kopijos bei visos paskutinės dienos kopijos. Atkūrimas pakeičia stebėseną kopija, prieš tai padarius dabartinės stebėsenos kopiją.</translation>
    </message>
    <message>
        <source>%1 has no backups yet. One is taken once a day when the tracker is opened, and before every import, upgrade and codebook change.</source>
        <translation>%1 dar neturi atsarginių kopijų. Kopija daroma kartą per dieną atveriant stebėseną ir prieš kiekvieną importą, atnaujinimą bei kodų knygos pakeitimą.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Atsarginės kopijos</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Saugomos aplanke %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Atsarginių kopijų aplankas</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Atkurti…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Atkurti pasirinktą atsarginę kopiją</translation>
    </message>
    <message>
        <source>the backup of %1 (%2)</source>
        <translation>atsarginę kopiją, padarytą %1 (%2)</translation>
    </message>
    <message>
        <source>the backup of %1 (%2): %3 evidence, %4 assessments</source>
        <translation>atsarginę kopiją, padarytą %1 (%2): įrodymų – %3, vertinimų – %4</translation>
    </message>
    <message>
        <source>Nothing was restored: %1.</source>
        <translation>Niekas neatkurta: %1.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return proposed status</source>
        <translation>Grąžinti pasiūlytą būseną</translation>
    </message>
    <message>
        <source>Return &lt;b&gt;%1&lt;/b&gt; to its proposer. Say what to change or check: they read this.</source>
        <translation>Grąžinti &lt;b&gt;%1&lt;/b&gt; pasiūlymo autoriui. Parašykite, ką pakeisti ar patikrinti: autorius tai perskaitys.</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Peržiūrėtojo komentaras</translation>
    </message>
    <message>
        <source>What should be changed or checked (required)</source>
        <translation>Ką reikia pakeisti ar patikrinti (privaloma)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Grąžinti</translation>
    </message>
    <message>
        <source>Return with this comment</source>
        <translation>Grąžinti su šiuo komentaru</translation>
    </message>
    <message>
        <source>Write a comment: the proposer needs to know what to change.</source>
        <translation>Parašykite komentarą: pasiūlymo autorius turi žinoti, ką pakeisti.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Approve proposed status</source>
        <translation>Patvirtinti pasiūlytą būseną</translation>
    </message>
    <message>
        <source>Return proposed status</source>
        <translation>Grąžinti pasiūlytą būseną</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>Atsiimti pasiūlymą</translation>
    </message>
    <message>
        <source>Revise proposal</source>
        <translation>Pataisyti pasiūlymą</translation>
    </message>
    <message>
        <source>Require review</source>
        <translation>Reikalauti peržiūros</translation>
    </message>
    <message>
        <source>Stop requiring review</source>
        <translation>Nebereikalauti peržiūros</translation>
    </message>
    <message>
        <source>review is already required.</source>
        <translation>peržiūra jau privaloma.</translation>
    </message>
    <message>
        <source>review is not required.</source>
        <translation>peržiūra neprivaloma.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Cell</source>
        <translation>Langelis</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Pasiūlyta</translation>
    </message>
    <message>
        <source>Approved now</source>
        <translation>Dabar patvirtinta</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Galioja nuo</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Pasiūlė</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būklė</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Waiting for my review</source>
        <extracomment>Proposals a page reads. The list&apos;s filters: (key, label, tooltip), in English (context &quot;ReviewView&quot;; shown translated).</extracomment>
        <translation>Laukia mano peržiūros</translation>
    </message>
    <message>
        <source>Statuses other people proposed, not yet reviewed</source>
        <translation>Kitų žmonių pasiūlytos būsenos, dar neperžiūrėtos</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Grąžinti man</translation>
    </message>
    <message>
        <source>Your proposals a reviewer sent back with a comment: revise or withdraw them</source>
        <translation>Jūsų pasiūlymai, kuriuos peržiūrėtojas grąžino su komentaru: pataisykite arba atsiimkite juos</translation>
    </message>
    <message>
        <source>My proposals</source>
        <translation>Mano pasiūlymai</translation>
    </message>
    <message>
        <source>Everything you proposed, whatever became of it</source>
        <translation>Visi jūsų pasiūlymai, kad ir kas jiems nutiko</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>Every proposal, newest first</source>
        <translation>Visi pasiūlymai, naujausi pirmi</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <extracomment>How each state reads in the list (English; shown translated, context &quot;ReviewView&quot;).</extracomment>
        <translation>Laukia peržiūros</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Patvirtinta</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Grąžinta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atsiimta</translation>
    </message>
    <message>
        <source>Waiting for review by %1</source>
        <extracomment>Who reviewed it, with the state: &quot;Approved by %1&quot; (%1: the reviewer&apos;s name).</extracomment>
        <translation>Laukia peržiūros (%1)</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Patvirtino %1</translation>
    </message>
    <message>
        <source>Returned by %1</source>
        <translation>Grąžino %1</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <translation>Atsiėmė %1</translation>
    </message>
    <message>
        <source>verified</source>
        <extracomment>A proposal&apos;s confidence (its code, as the pane shows it).</extracomment>
        <translation>patikrinta</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>pranešta</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>deklaruota</translation>
    </message>
    <message>
        <source>You proposed this change; another person must approve it.</source>
        <translation>Šį pakeitimą pasiūlėte jūs; jį turi patvirtinti kitas asmuo.</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>The person asked to open a piece of evidence (its uid). The person asked to see the proposal&apos;s cell in the matrix (country code, recommendation code). The number of proposals waiting for this person&apos;s review changed (the tab&apos;s title shows it).</extracomment>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>Review list shows</source>
        <translation>Peržiūros sąraše rodoma</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Rodyti</translation>
    </message>
    <message>
        <source>Status changes need review</source>
        <translation>Būsenos pakeitimus reikia peržiūrėti</translation>
    </message>
    <message>
        <source>When on, a status someone sets is proposed, and counts only once another person approves it</source>
        <translation>Kai įjungta, kieno nors nustatyta būsena tampa pasiūlymu ir įskaičiuojama tik kitam asmeniui ją patvirtinus</translation>
    </message>
    <message>
        <source>Review count</source>
        <translation>Peržiūros skaitiklis</translation>
    </message>
    <message>
        <source>Review list</source>
        <translation>Peržiūros sąrašas</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Pasiūlymas</translation>
    </message>
    <message>
        <source>Approved and proposed status</source>
        <translation>Patvirtinta ir pasiūlyta būsena</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Pasiūlymo autorius</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Pagrindimas</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Peržiūrėtojo komentaras</translation>
    </message>
    <message>
        <source>Evidence heading</source>
        <translation>Įrodymų antraštė</translation>
    </message>
    <message>
        <source>Proposal evidence</source>
        <translation>Pasiūlymo įrodymai</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the evidence</source>
        <translation>Dukart spustelėkite (arba paspauskite Enter), kad atvertumėte įrodymą</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Patvirtinti</translation>
    </message>
    <message>
        <source>Approve proposed status</source>
        <translation>Patvirtinti pasiūlytą būseną</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Grąžinti…</translation>
    </message>
    <message>
        <source>Return proposed status with a comment</source>
        <translation>Grąžinti pasiūlytą būseną su komentaru</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Atsiimti</translation>
    </message>
    <message>
        <source>Withdraw my proposal</source>
        <translation>Atsiimti mano pasiūlymą</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>Pataisyti…</translation>
    </message>
    <message>
        <source>Revise my returned proposal</source>
        <translation>Pataisyti mano grąžintą pasiūlymą</translation>
    </message>
    <message>
        <source>Show cell</source>
        <translation>Rodyti langelį</translation>
    </message>
    <message>
        <source>Show the cell in the matrix</source>
        <translation>Rodyti langelį matricoje</translation>
    </message>
    <message>
        <source>Why a button is off</source>
        <translation>Kodėl mygtukas išjungtas</translation>
    </message>
    <message>
        <source>Proposal details</source>
        <translation>Pasiūlymo informacija</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Nieko nepasirinkta</translation>
    </message>
    <message>
        <source>Nothing is waiting for your review.</source>
        <translation>Niekas nelaukia jūsų peržiūros.</translation>
    </message>
    <message>
        <source>Nothing has been returned to you.</source>
        <translation>Jums nieko negrąžinta.</translation>
    </message>
    <message>
        <source>You have proposed nothing yet.</source>
        <translation>Jūs dar nieko nepasiūlėte.</translation>
    </message>
    <message>
        <source>No proposals yet.</source>
        <translation>Pasiūlymų kol kas nėra.</translation>
    </message>
    <message>
        <source> Review is off: statuses count as soon as they are set.</source>
        <translation> Peržiūra išjungta: būsenos įskaičiuojamos vos jas nustačius.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ proposals (%1)</source>
        <translation>
            <numerusform>%Ln+ pasiūlymas (%1)</numerusform>
            <numerusform>%Ln+ pasiūlymai (%1)</numerusform>
            <numerusform>%Ln+ pasiūlymų (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals (%1)</source>
        <translation>
            <numerusform>%Ln pasiūlymas (%1)</numerusform>
            <numerusform>%Ln pasiūlymai (%1)</numerusform>
            <numerusform>%Ln pasiūlymų (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a proposal in the list to see its rationale and evidence.</source>
        <translation>Pasirinkite pasiūlymą sąraše, kad pamatytumėte jo pagrindimą ir įrodymus.</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> nuo %1</translation>
    </message>
    <message>
        <source>Approved now: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;◆ Proposed: &lt;b&gt;%3&lt;/b&gt;, effective %4</source>
        <translation>Dabar patvirtinta: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;◆ Pasiūlyta: &lt;b&gt;%3&lt;/b&gt;, galioja nuo %4</translation>
    </message>
    <message>
        <source>Approved now: %1%2. Proposed: %3, effective %4.</source>
        <translation>Dabar patvirtinta: %1%2. Pasiūlyta: %3, galioja nuo %4.</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2 · %3 · %4</source>
        <translation>Pasiūlė %1, %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(be pavadinimo)</translation>
    </message>
    <message>
        <source>Evidence (%1) — double-click to open</source>
        <translation>Įrodymai (%1) — atverkite dukart spustelėję</translation>
    </message>
    <message>
        <source>Evidence: none linked</source>
        <translation>Įrodymai: nėra susietų</translation>
    </message>
    <message>
        <source>This proposal is %1.</source>
        <translation>Pasiūlymo būklė: %1.</translation>
    </message>
    <message>
        <source>You proposed this change: withdraw it instead.</source>
        <translation>Šį pakeitimą pasiūlėte jūs: verčiau jį atsiimkite.</translation>
    </message>
    <message>
        <source>Only %1, who proposed it, can withdraw it.</source>
        <translation>Atsiimti jį gali tik %1 — pasiūlymo autorius.</translation>
    </message>
    <message>
        <source>Only a proposal returned to you can be revised.</source>
        <translation>Pataisyti galima tik jums grąžintą pasiūlymą.</translation>
    </message>
    <message>
        <source>Make this the cell&apos;s status (it then counts in scores and exports)</source>
        <translation>Padaryti tai langelio būsena (tada ji įskaičiuojama į balus ir eksportą)</translation>
    </message>
    <message>
        <source>Send it back to its proposer with a comment</source>
        <translation>Grąžinti autoriui su komentaru</translation>
    </message>
    <message>
        <source>Take your proposal back</source>
        <translation>Atsiimti savo pasiūlymą</translation>
    </message>
    <message>
        <source>Change and propose again what the reviewer returned</source>
        <translation>Pakeisti ir vėl pasiūlyti tai, ką grąžino peržiūrėtojas</translation>
    </message>
    <message>
        <source>Returned to you: revise it, or withdraw it.</source>
        <translation>Grąžinta jums: pataisykite arba atsiimkite.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Grąžinti</translation>
    </message>
</context>
<context>
    <name>ScoreTexts</name>
    <message>
        <source>new</source>
        <comment>a score that had none at the comparison date</comment>
        <translation>naujas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 iš %2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>įvertinta %1 iš %2</translation>
    </message>
    <message>
        <source>not graded: nothing assessed (0 of %1)</source>
        <translation>be galutinio įvertinimo: niekas neįvertinta (0 iš %1)</translation>
    </message>
    <message>
        <source>not graded: %1 of %2 assessed</source>
        <translation>be galutinio įvertinimo: įvertinta %1 iš %2</translation>
    </message>
    <message>
        <source>no grade and no rank until %1 of %2 are assessed</source>
        <translation>nėra įvertinimo ir vietos, kol neįvertinta %1 iš %2</translation>
    </message>
    <message>
        <source>half</source>
        <comment>at least half of the recommendations</comment>
        <translation>pusė</translation>
    </message>
    <message>
        <source>all</source>
        <comment>at least all of the recommendations</comment>
        <translation>visos</translation>
    </message>
    <message>
        <source>Every country with a score is graded and ranked.</source>
        <translation>Kiekviena šalis, turinti balų, gauna įvertinimą ir vietą.</translation>
    </message>
    <message>
        <source>A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade and a rank; with fewer it has a score but is not graded.</source>
        <translation>Kad gautų įvertinimą ir vietą, šalies turi būti įvertinta bent %1 rekomendacijų (%2 iš %3); jei mažiau, ji turi balų, bet neturi galutinio įvertinimo.</translation>
    </message>
    <message>
        <source>%1: %2, grade %3, rank %4</source>
        <translation>%1: %2, įvertinimas %3, vieta %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence</source>
        <translation>
            <numerusform>%Ln įrodymas</numerusform>
            <numerusform>%Ln įrodymai</numerusform>
            <numerusform>%Ln įrodymų</numerusform>
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
    <message>
        <source>since %1</source>
        <translation>nuo %1</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>reikia peržiūrėti</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>pakeista iš „%1“</translation>
    </message>
    <message>
        <source>Approved status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Patvirtinta būsena: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Būsena: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Effective %1 · %2</source>
        <translation>Galioja nuo %1 · %2</translation>
    </message>
    <message>
        <source>%1 Needs review: judged more than the review interval ago</source>
        <translation>%1 Reikia peržiūrėti: įvertinta seniau nei peržiūros intervalas</translation>
    </message>
    <message>
        <source>Changed since %1: %2 → %3</source>
        <translation>Pasikeitė nuo %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ScorecardTable</name>
    <message>
        <source>Score · grade</source>
        <translation>Balai · įvert.</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>be įvert.</translation>
    </message>
</context>
<context>
    <name>ScorecardsView</name>
    <message>
        <source>Scorecards</source>
        <translation>Šalių vertinimai</translation>
    </message>
    <message>
        <source>Country ranking</source>
        <translation>Šalių reitingas</translation>
    </message>
    <message>
        <source>Change since</source>
        <translation>Pokytis nuo datos</translation>
    </message>
    <message>
        <source>Change: scores compared with &lt;b&gt;%1&lt;/b&gt; (the toolbar&apos;s “Changes since”)</source>
        <translation>Pokytis: balai lyginami su &lt;b&gt;%1&lt;/b&gt; („Pokyčiai nuo“ įrankių juostoje)</translation>
    </message>
    <message>
        <source>Tick “Changes since” in the toolbar (Ctrl+Shift+D) to see how scores moved.</source>
        <translation>Pažymėkite „Pokyčiai nuo“ įrankių juostoje (Ctrl+Shift+D), kad matytumėte, kaip pasikeitė balai.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share tracker</source>
        <translation>Bendrinti stebėseną</translation>
    </message>
    <message>
        <source>Share %1 with your coalition through a folder your sync program already shares (Syncthing, Nextcloud, a network share, a USB stick). The tracker stays where it is; the folder gets only signed, encrypted sync files. You become the tracker&apos;s coordinator.</source>
        <translation>Bendrinkite %1 su koalicija per aplanką, kurį jau sinchronizuoja jūsų programa (Syncthing, Nextcloud, tinklo aplankas, USB atmintinė). Stebėsena lieka savo vietoje; į aplanką patenka tik pasirašyti, užšifruoti sinchronizavimo failai. Jūs tampate stebėsenos koordinatoriumi.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Bendras aplankas</translation>
    </message>
    <message>
        <source>An empty folder, outside the folder of the tracker itself</source>
        <translation>Tuščias aplankas, ne pačios stebėsenos aplanke</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pa&amp;sirinkti…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Pasirinkti bendrą aplanką</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jūsų vardas</translation>
    </message>
    <message>
        <source>As the other members will see it</source>
        <translation>Kaip jį matys kiti nariai</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Bendras &amp;aplankas:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Jūsų &amp;vardas:</translation>
    </message>
    <message>
        <source>Why the tracker was not shared</source>
        <translation>Kodėl stebėsena nebendrinama</translation>
    </message>
    <message>
        <source>What to hand over</source>
        <translation>Ką perduoti</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Jūsų kontrolinis kodas</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Bendrinti</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bendrinti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Pirmiausia pasirinkite bendrą aplanką.</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Pirmiausia įveskite savo vardą.</translation>
    </message>
    <message>
        <source>Shared. This is your fingerprint. Give each newcomer access to the shared folder and tell them this fingerprint by another channel (a call, in person). When they send you their join code, add them in File › Members…</source>
        <translation>Bendrinama. Tai jūsų kontrolinis kodas. Suteikite kiekvienam naujokui prieigą prie bendro aplanko ir pasakykite jam šį kodą kitu kanalu (skambučiu, asmeniškai). Kai jis atsiųs savo prisijungimo kodą, pridėkite jį per Failas › Koalicijos nariai…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>File</source>
        <extracomment>README sections that are not for the app&apos;s users (installing, developing).</extracomment>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Taisa</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Įrodymai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Rodinys</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Where each action lives in the menus, for the shortcuts list.</extracomment>
        <translation> arba </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Spartieji klavišai</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klavišai</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Sparčiųjų klavišų filtras</translation>
    </message>
    <message>
        <source>Type to filter: an action (undo), a key (Ctrl+K) or a place (Matrix)</source>
        <translation>Filtruokite: veiksmas (atšaukti), klavišas (Ctrl+K) ar vieta (matrica)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Sparčiųjų klavišų sąrašas</translation>
    </message>
    <message>
        <source>Shortcuts shown</source>
        <translation>Rodomi spartieji klavišai</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtras:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shortcuts</source>
        <translation>
            <numerusform>%Ln spartusis klavišas</numerusform>
            <numerusform>%Ln spartieji klavišai</numerusform>
            <numerusform>%Ln sparčiųjų klavišų</numerusform>
        </translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Joks spartusis klavišas neatitinka „%1“.</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <extracomment>Keys that act inside one view or form rather than through a menu action: (keys, what they do, where).</extracomment>
        <translation>Rodyklių klavišai</translation>
    </message>
    <message>
        <source>Move from cell to cell</source>
        <translation>Pereiti iš langelio į langelį</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrica</translation>
    </message>
    <message>
        <source>Set the status of the selected cell</source>
        <translation>Nustatyti pasirinkto langelio būseną</translation>
    </message>
    <message>
        <source>Type a name or code</source>
        <translation>Įveskite pavadinimą ar kodą</translation>
    </message>
    <message>
        <source>Jump to that country (&quot;lit&quot; finds Lithuania)</source>
        <translation>Pereiti prie tos šalies („lie“ randa Lietuvą)</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Įrašyti formą</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formos</translation>
    </message>
    <message>
        <source>Close the form or box</source>
        <translation>Uždaryti formą ar langą</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Rodyklė žemyn</translation>
    </message>
    <message>
        <source>Move from a search or filter box into its list</source>
        <translation>Pereiti iš paieškos ar filtro laukelio į jo sąrašą</translation>
    </message>
    <message>
        <source>Search boxes</source>
        <translation>Paieškos laukeliai</translation>
    </message>
    <message>
        <source>Search now</source>
        <translation>Ieškoti dabar</translation>
    </message>
    <message>
        <source>Evidence search</source>
        <translation>Įrodymų paieška</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <source>Revise proposal — %1</source>
        <extracomment>Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open. A proposal, not a status: review is required (or a returned proposal is revised).</extracomment>
        <translation>Pataisyti pasiūlymą — %1</translation>
    </message>
    <message>
        <source>Set status — %1</source>
        <translation>Nustatyti būseną — %1</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Nustatyti būseną</translation>
    </message>
    <message>
        <source>Currently: &lt;b&gt;%1&lt;/b&gt; since %2</source>
        <translation>Dabar: &lt;b&gt;%1&lt;/b&gt; nuo %2</translation>
    </message>
    <message>
        <source>Currently: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dabar: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Dabartinė būsena</translation>
    </message>
    <message>
        <source>Status meaning</source>
        <translation>Būsenos reikšmė</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Galioja nuo</translation>
    </message>
    <message>
        <source>Effective date source</source>
        <translation>Iš kur galiojimo data</translation>
    </message>
    <message>
        <source>Why this status: what the government did, and how it meets the guidance (required)</source>
        <translation>Kodėl tokia būsena: ką padarė vyriausybė ir kaip tai atitinka gaires (privaloma)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Gairės&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No guidance written for this recommendation.</source>
        <translation>Šiai rekomendacijai gairių neparašyta.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Gairės</translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation>Susietini įrodymai</translation>
    </message>
    <message>
        <source>Filter evidence…</source>
        <translation>Filtruoti įrodymus…</translation>
    </message>
    <message>
        <source>New evidence…</source>
        <translation>Naujas įrodymas…</translation>
    </message>
    <message>
        <source>New evidence for this cell</source>
        <translation>Naujas įrodymas šiam langeliui</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Įrodymai</translation>
    </message>
    <message>
        <source>&amp;Status*</source>
        <translation>&amp;Būsena*</translation>
    </message>
    <message>
        <source>&amp;Effective date*</source>
        <translation>&amp;Galioja nuo*</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Patikimumas</translation>
    </message>
    <message>
        <source>&amp;Rationale*</source>
        <translation>Pagr&amp;indimas*</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Įrašyti būseną</translation>
    </message>
    <message>
        <source>Another person will review this change before it counts.</source>
        <translation>Kitas žmogus peržiūrės šį pakeitimą, kol jis bus įskaičiuotas.</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Peržiūros pastaba</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Pasiūlyti</translation>
    </message>
    <message>
        <source>Propose status</source>
        <translation>Pasiūlyti būseną</translation>
    </message>
    <message>
        <source>Propose this status: it counts once another person approves it (Ctrl+Enter)</source>
        <translation>Pasiūlyti šią būseną: ji bus įskaičiuota, kai kitas žmogus ją patvirtins (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Peržiūrėtojo komentaras</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Grąžino %1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>kaip pasiūlyta</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>be pavadinimo</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>įvesta jūsų</translation>
    </message>
    <message>
        <source>from the latest linked evidence, %1</source>
        <translation>pagal naujausią susietą įrodymą, %1</translation>
    </message>
    <message>
        <source>today: no evidence linked</source>
        <translation>šiandien: įrodymų nesusieta</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Pasirinkite būseną.</translation>
    </message>
    <message>
        <source>The rationale is required: say why this status.</source>
        <translation>Pagrindimas privalomas: parašykite, kodėl tokia būsena.</translation>
    </message>
</context>
<context>
    <name>StatusesPage</name>
    <message>
        <source>not assessed</source>
        <extracomment>What the score change asks before every country is re-scored.</extracomment>
        <translation>neįvertinta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Spalva</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Balas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>Status scale</source>
        <translation>Būsenų skalė</translation>
    </message>
    <message>
        <source>Status scale columns</source>
        <translation>Būsenų skalės stulpeliai</translation>
    </message>
    <message>
        <source>Add s&amp;tatus</source>
        <translation>Pridėti &amp;būseną</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Pridėti būseną</translation>
    </message>
    <message>
        <source>Fill in a new judgement, then Apply</source>
        <translation>Užpildykite naują būseną, tada spauskite „Taikyti“</translation>
    </message>
    <message>
        <source>R&amp;etire status</source>
        <translation>&amp;Išimti būseną</translation>
    </message>
    <message>
        <source>Retire status</source>
        <translation>Išimti būseną</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Būsenos kodas</translation>
    </message>
    <message>
        <source>e.g. planned</source>
        <translation>pvz., planned</translation>
    </message>
    <message>
        <source>The status&apos;s stable name in files and imports; it cannot change later</source>
        <translation>Pastovus būsenos vardas failuose ir importuose; vėliau jo pakeisti negalima</translation>
    </message>
    <message>
        <source>Status label</source>
        <translation>Būsenos pavadinimas</translation>
    </message>
    <message>
        <source>As shown in the matrix and the legend</source>
        <translation>Kaip rodoma matricoje ir legendoje</translation>
    </message>
    <message>
        <source>Colour swatch</source>
        <translation>Spalvos pavyzdys</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pa&amp;sirinkti…</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Pasirinkti spalvą</translation>
    </message>
    <message>
        <source>Pick the colour from a palette</source>
        <translation>Pasirinkti spalvą iš paletės</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>nuo 0 iki 100</translation>
    </message>
    <message>
        <source>Status description</source>
        <translation>Būsenos aprašymas</translation>
    </message>
    <message>
        <source>What this status means, for coders and readers</source>
        <translation>Ką reiškia ši būsena – koduotojams ir skaitytojams</translation>
    </message>
    <message>
        <source>Status use</source>
        <translation>Būsenos naudojimas</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>K&amp;odas</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kodas</translation>
    </message>
    <message>
        <source>&amp;Label*</source>
        <translation>&amp;Pavadinimas*</translation>
    </message>
    <message>
        <source>label</source>
        <translation>pavadinimas</translation>
    </message>
    <message>
        <source>&amp;Colour*</source>
        <translation>Spal&amp;va*</translation>
    </message>
    <message>
        <source>color</source>
        <translation>spalva</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>Ba&amp;las</translation>
    </message>
    <message>
        <source>score</source>
        <translation>balas</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Apra&amp;šymas</translation>
    </message>
    <message>
        <source>description</source>
        <translation>aprašymas</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Būsena pakeista</translation>
    </message>
    <message>
        <source>Apply the changes you made to this status?</source>
        <translation>Pritaikyti šios būsenos pakeitimus?</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>be balo</translation>
    </message>
    <message>
        <source>This is the “%1” status every cell starts at: it has no score and always stays on the scale.</source>
        <translation>Tai būsena „%1“, nuo kurios pradeda kiekvienas langelis: ji neturi balo ir visada lieka skalėje.</translation>
    </message>
    <message>
        <source>Used by %1 assessment(s) or review proposal(s).</source>
        <translation>Naudojama vertinimuose ir peržiūros pasiūlymuose: %1.</translation>
    </message>
    <message>
        <source> Unused: it can be retired.</source>
        <translation> Nenaudojama: ją galima išimti.</translation>
    </message>
    <message>
        <source>New: Apply adds it at the end of the scale.</source>
        <translation>Nauja: „Taikyti“ pridės ją skalės pabaigoje.</translation>
    </message>
    <message>
        <source>The %1 status always stays</source>
        <translation>Būsena „%1“ lieka visada</translation>
    </message>
    <message>
        <source>Take a status no assessment uses off the scale (Ctrl+Z puts it back)</source>
        <translation>Pašalinti iš skalės būseną, kurios nenaudoja joks vertinimas (Ctrl+Z ją grąžins)</translation>
    </message>
    <message>
        <source>not a colour yet</source>
        <translation>dar ne spalva</translation>
    </message>
    <message>
        <source>The label is required.</source>
        <translation>Pavadinimas privalomas.</translation>
    </message>
    <message>
        <source>Give the colour as #RRGGBB, or choose it.</source>
        <translation>Nurodykite spalvą kaip #RRGGBB arba ją pasirinkite.</translation>
    </message>
    <message>
        <source>The score must be a number from 0 to 100.</source>
        <translation>Balas turi būti skaičius nuo 0 iki 100.</translation>
    </message>
    <message>
        <source>Status colour</source>
        <translation>Būsenos spalva</translation>
    </message>
    <message>
        <source>Change the score?</source>
        <translation>Keisti balą?</translation>
    </message>
    <message>
        <source>Change the score</source>
        <translation>Keisti balą</translation>
    </message>
    <message>
        <source>Retired the status; Ctrl+Z puts it back.</source>
        <translation>Būsena išimta; Ctrl+Z ją grąžins.</translation>
    </message>
</context>
<context>
    <name>SyncCoalition</name>
    <message>
        <source>There is no tracker file at {path}.</source>
        <extracomment>The lock a sync holds in the local state folder (:func:`sync`). Where coordinators&apos; public signing keys are published in the shared folder (so a newcomer can check a grant). Sentences said in more than one place.</extracomment>
        <translation>Vietoje {path} nėra stebėsenos failo.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for your copy.</source>
        <translation>{path} jau yra; pasirinkite naują failo pavadinimą savo kopijai.</translation>
    </message>
    <message>
        <source>The shared tracker&apos;s snapshot cannot be used: {reason}</source>
        <translation>Negalima naudoti bendros stebėsenos momentinės kopijos: {reason}</translation>
    </message>
    <message>
        <source>Member list {version}: {reason}</source>
        <translation>Narių sąrašas {version}: {reason}</translation>
    </message>
    <message>
        <source>{tracker} is not shared from this computer; share it (policy-tracker share) or join a shared tracker first.</source>
        <translation>{tracker} nebendrinama iš šio kompiuterio; pirmiausia ją bendrinkite (policy-tracker share) arba prisijunkite prie bendros stebėsenos.</translation>
    </message>
    <message>
        <source>The shared folder {folder} is not there; connect the drive or let the sync program finish, then try again.</source>
        <translation>Bendro aplanko {folder} nėra; prijunkite diską arba palaukite, kol sinchronizavimo programa baigs, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The member list of {name} is missing from this computer.</source>
        <translation>Šiame kompiuteryje nėra {name} narių sąrašo.</translation>
    </message>
    <message>
        <source>This computer has no signing key yet; make a join request or share a tracker first.</source>
        <translation>Šiame kompiuteryje dar nėra pasirašymo rakto; pirmiausia sukurkite prisijungimo užklausą arba bendrinkite stebėseną.</translation>
    </message>
    <message>
        <source>{name} is already shared through {folder}.</source>
        <translation>{name} jau bendrinama per {folder}.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a shared tracker; choose an empty folder (or join that tracker).</source>
        <translation>Aplanke {folder} jau yra bendra stebėsena; pasirinkite tuščią aplanką (arba prisijunkite prie tos stebėsenos).</translation>
    </message>
    <message>
        <source>The shared folder {folder} cannot be written: {error}.</source>
        <translation>Negalima rašyti į bendrą aplanką {folder}: {error}.</translation>
    </message>
    <message>
        <source>The fingerprint {fingerprint} is not the join code&apos;s ({expected}); do not add this person.</source>
        <translation>Kontrolinis kodas {fingerprint} nesutampa su prisijungimo kodo kontroliniu kodu ({expected}); nepridėkite šio asmens.</translation>
    </message>
    <message>
        <source>Only a coordinator can add members; ask one of them.</source>
        <translation>Narius pridėti gali tik koordinatorius; kreipkitės į vieną iš jų.</translation>
    </message>
    <message>
        <source>Only a coordinator can remove members; ask one of them.</source>
        <translation>Narius pašalinti gali tik koordinatorius; kreipkitės į vieną iš jų.</translation>
    </message>
    <message>
        <source>{name} is not a current member; `policy-tracker members --db PATH` lists them.</source>
        <translation>{name} nėra dabartinis narys; sąrašą parodo `policy-tracker members --db PATH`.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} jau yra; pasirinkite naują failo pavadinimą.</translation>
    </message>
    <message>
        <source>Key {key}: {reason}</source>
        <translation>Raktas {key}: {reason}</translation>
    </message>
    <message>
        <source>The folder {folder} holds no shared tracker yet (no snapshot); check the folder, or wait until it has synced.</source>
        <translation>Aplanke {folder} dar nėra bendros stebėsenos (nėra momentinės kopijos); patikrinkite aplanką arba palaukite, kol jis susinchronizuos.</translation>
    </message>
    <message>
        <source>This computer already has a copy of this shared tracker: {path}.</source>
        <translation>Šiame kompiuteryje jau yra šios bendros stebėsenos kopija: {path}.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {reason}</source>
        <translation>Negalima naudoti raktų failo {path}: {reason}</translation>
    </message>
    <message>
        <source>No tracker key for you is in the shared folder yet: ask the coordinator to add you from your join code (or to give you the key file), let the folder sync, and try again.</source>
        <translation>Bendrame aplanke dar nėra jums skirto stebėsenos rakto: paprašykite koordinatoriaus pridėti jus pagal jūsų prisijungimo kodą (arba duoti raktų failą), palaukite, kol aplankas susinchronizuos, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>You are not a member of this shared tracker yet; ask the coordinator to add you.</source>
        <translation>Jūs dar nesate šios bendros stebėsenos narys; paprašykite koordinatoriaus jus pridėti.</translation>
    </message>
    <message>
        <source>The tracker keys in the folder are not signed by a coordinator of this tracker.</source>
        <translation>Aplanke esantys stebėsenos raktai nepasirašyti šios stebėsenos koordinatoriaus.</translation>
    </message>
    <message>
        <source>The shared folder holds no member list.</source>
        <translation>Bendrame aplanke nėra narių sąrašo.</translation>
    </message>
    <message>
        <source>The member list {version} cannot be used: {reason}</source>
        <translation>Negalima naudoti narių sąrašo {version}: {reason}</translation>
    </message>
    <message>
        <source>Sent {sent}, applied {applied}, waiting {waiting}, refused {refused}.</source>
        <extracomment>(file, why) for each file left for the next sync. (file, why) for each file refused for good. Other things worth knowing (a member list or key not usable yet). Conflicts waiting for a person after this sync (records changed on two copies, cells with conflicting judgements: db.merge), whoever&apos;s sync found them.</extracomment>
        <translation>Išsiųsta: {sent}, pritaikyta: {applied}, laukia: {waiting}, atmesta: {refused}.</translation>
    </message>
    <message>
        <source>Waiting: {name}: {why}</source>
        <translation>Laukia: {name}: {why}</translation>
    </message>
    <message>
        <source>Refused: {name}: {why}</source>
        <translation>Atmestas: {name}: {why}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Pastaba: {note}</translation>
    </message>
    <message>
        <source>Conflicts to review: {count} (in the app: File › Conflicts…).</source>
        <translation>Konfliktų peržiūrėti: {count} (programoje: Failas › Konfliktai…).</translation>
    </message>
    <message>
        <source>Another program is syncing this tracker; try again when it has finished.</source>
        <extracomment>How long a sync waits for another program&apos;s sync of the same tracker to end (the app&apos;s own sync and the command line, two windows) before it says so.</extracomment>
        <translation>Kita programa sinchronizuoja šią stebėseną; bandykite dar kartą, kai ji baigs.</translation>
    </message>
    <message>
        <source>You are no longer a member of this shared tracker, so your changes are not sent.</source>
        <translation>Jūs nebesate šios bendros stebėsenos narys, todėl jūsų pakeitimai nesiunčiami.</translation>
    </message>
    <message>
        <source>Your changes wait for the current tracker key, which has not reached you yet.</source>
        <translation>Jūsų pakeitimai laukia dabartinio stebėsenos rakto, kuris jūsų dar nepasiekė.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync could not be started: %1.</source>
        <extracomment>A burst of files (a sync program catching up) starts one sync, this long after the last of them. How often the app syncs by itself while a shared tracker is open. How long a sync child may run before it is stopped (a tracker locked for minutes, a hung drive). A sync ended: (exit code, its output or its one-sentence error). The open tracker&apos;s sync status changed (after a sync, a share, a join, a member added or removed).</extracomment>
        <translation>Nepavyko pradėti sinchronizavimo: %1.</translation>
    </message>
    <message>
        <source>The sync stopped before it finished; nothing is lost, and the next sync goes on.</source>
        <translation>Sinchronizavimas sustojo nebaigtas; niekas neprarasta, kitas sinchronizavimas tęs.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <extracomment>&quot;Review conflicts…&quot; chosen in the indicator&apos;s menu. &quot;Members and last sync…&quot; chosen in the indicator&apos;s menu.</extracomment>
        <translation>Sinchronizavimo būsena</translation>
    </message>
    <message>
        <source>&amp;Members and last sync…</source>
        <translation>&amp;Nariai ir paskutinis sinchronizavimas…</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Peržiūrėti konfliktus…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinchronizuojama…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sinchronizavimas nepavyko</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Dar nesinchronizuota</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sinchronizuota %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln failas laukia</numerusform>
            <numerusform>%Ln failai laukia</numerusform>
            <numerusform>%Ln failų laukia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln failas atmestas</numerusform>
            <numerusform>%Ln failai atmesti</numerusform>
            <numerusform>%Ln failų atmesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to review</source>
        <translation>
            <numerusform>%Ln konfliktas laukia peržiūros</numerusform>
            <numerusform>%Ln konfliktai laukia peržiūros</numerusform>
            <numerusform>%Ln konfliktų laukia peržiūros</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review conflicts (%1)…</source>
        <translation>&amp;Peržiūrėti konfliktus (%1)…</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Bendras aplankas: %1</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Paskutinis sinchronizavimas nepavyko: %1</translation>
    </message>
    <message>
        <source>Last sync %1: sent %2, applied %3.</source>
        <translation>Paskutinis sinchronizavimas %1: išsiųsta %2, pritaikyta %3.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Laukia: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Pastaba: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Atmestas: %1</translation>
    </message>
    <message>
        <source>Conflicts: changes made on two copies without seeing each other wait for you (File › Conflicts…).</source>
        <translation>Konfliktai: pakeitimai, atlikti dviejose kopijose nežinant viena apie kitą, laukia jūsų sprendimo (Failas › Konfliktai…).</translation>
    </message>
    <message>
        <source>Click for the members and the last sync&apos;s report.</source>
        <translation>Spustelėkite, kad pamatytumėte narius ir paskutinio sinchronizavimo ataskaitą.</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>Your signing key {path} could not be read: {problem}.</source>
        <extracomment>Bytes of a tracker key (ChaCha20-Poly1305 takes 256-bit keys). Crockford&apos;s base 32 alphabet: no I, L, O or U, so a fingerprint read aloud or copied by hand cannot mix up 1/I/l or 0/O.</extracomment>
        <translation>Nepavyko perskaityti jūsų pasirašymo rakto {path}: {problem}.</translation>
    </message>
    <message>
        <source>Your signing key {path} cannot be used: {problem}.</source>
        <translation>Jūsų pasirašymo rakto {path} negalima naudoti: {problem}.</translation>
    </message>
    <message>
        <source>Your signing key could not be saved in {folder}: {problem}.</source>
        <translation>Nepavyko išsaugoti jūsų pasirašymo rakto aplanke {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Key {key} is already known with other contents; the new one was not kept.</source>
        <translation>Raktas {key} jau žinomas su kitu turiniu; naujasis neišsaugotas.</translation>
    </message>
    <message>
        <source>The tracker keys {path} could not be read: {problem}.</source>
        <translation>Nepavyko perskaityti stebėsenos raktų {path}: {problem}.</translation>
    </message>
    <message>
        <source>The tracker keys {path} cannot be used: {problem}.</source>
        <translation>Stebėsenos raktų {path} negalima naudoti: {problem}.</translation>
    </message>
    <message>
        <source>The tracker keys could not be saved in {path}: {problem}.</source>
        <translation>Nepavyko išsaugoti stebėsenos raktų {path}: {problem}.</translation>
    </message>
    <message>
        <source>The key grant cannot be read: {problem}.</source>
        <translation>Rakto perdavimo neįmanoma perskaityti: {problem}.</translation>
    </message>
    <message>
        <source>The key grant belongs to another shared tracker.</source>
        <translation>Šis rakto perdavimas priklauso kitai bendrai stebėsenai.</translation>
    </message>
    <message>
        <source>The key grant is for another member.</source>
        <translation>Šis rakto perdavimas skirtas kitam nariui.</translation>
    </message>
    <message>
        <source>The key grant is not signed by a coordinator of this tracker.</source>
        <translation>Rakto perdavimo nepasirašė šios stebėsenos koordinatorius.</translation>
    </message>
    <message>
        <source>The key grant&apos;s signature does not match: it was altered.</source>
        <translation>Rakto perdavimo parašas nesutampa: jis buvo pakeistas.</translation>
    </message>
    <message>
        <source>The key grant could not be opened with your key.</source>
        <translation>Rakto perdavimo nepavyko atidaryti jūsų raktu.</translation>
    </message>
    <message>
        <source>The key grant holds no usable key.</source>
        <translation>Rakto perdavime nėra tinkamo rakto.</translation>
    </message>
</context>
<context>
    <name>SyncMembers</name>
    <message>
        <source>Only a coordinator can sign the member list.</source>
        <extracomment>Longest name in a join request, in characters. Set when removed: the last of their files still taken (0: none). The tracker key new files are encrypted with.</extracomment>
        <translation>Narių sąrašą pasirašyti gali tik koordinatorius.</translation>
    </message>
    <message>
        <source>The member list is not signed.</source>
        <translation>Narių sąrašas nepasirašytas.</translation>
    </message>
    <message>
        <source>The member list cannot be read: {error}.</source>
        <translation>Neįmanoma perskaityti narių sąrašo: {error}.</translation>
    </message>
    <message>
        <source>The member list&apos;s signature does not match: it was altered.</source>
        <translation>Narių sąrašo parašas nesutampa: sąrašas buvo pakeistas.</translation>
    </message>
    <message>
        <source>The member list is not signed by one of its coordinators.</source>
        <translation>Narių sąrašo nepasirašė nė vienas jo koordinatorius.</translation>
    </message>
    <message>
        <source>The member list belongs to another shared tracker.</source>
        <translation>Narių sąrašas priklauso kitai bendrai stebėsenai.</translation>
    </message>
    <message>
        <source>The member list is not newer than the one in use (version {version}).</source>
        <translation>Narių sąrašas nėra naujesnis už naudojamą (versija {version}).</translation>
    </message>
    <message>
        <source>The new member list is not signed by a coordinator of the current one.</source>
        <translation>Naujo narių sąrašo nepasirašė dabartinio sąrašo koordinatorius.</translation>
    </message>
    <message>
        <source>The new member list&apos;s signature does not match: it was altered.</source>
        <translation>Naujo narių sąrašo parašas nesutampa: sąrašas buvo pakeistas.</translation>
    </message>
    <message>
        <source>The new member list leaves out {name}; members are removed, not deleted.</source>
        <translation>Naujame narių sąraše nėra {name}; narius pažymima kaip pašalintus, o ne ištrinama.</translation>
    </message>
    <message>
        <source>The new member list changes {name}&apos;s keys.</source>
        <translation>Naujas narių sąrašas keičia {name} raktus.</translation>
    </message>
    <message>
        <source>The new member list brings back {name}, who was removed.</source>
        <translation>Naujas narių sąrašas grąžina {name}, nors jis buvo pašalintas.</translation>
    </message>
    <message>
        <source>{name} was removed; they need a new key to join again.</source>
        <translation>{name} pašalintas; norint vėl prisijungti, reikia naujo rakto.</translation>
    </message>
    <message>
        <source>{name} is already a member.</source>
        <translation>{name} jau yra narys.</translation>
    </message>
    <message>
        <source>That person is not a current member.</source>
        <translation>Šis asmuo nėra dabartinis narys.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another coordinator.</source>
        <translation>Negalite pašalinti savęs; kreipkitės į kitą koordinatorių.</translation>
    </message>
    <message>
        <source>The tracker needs at least one coordinator.</source>
        <translation>Stebėsenai reikia bent vieno koordinatoriaus.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Nariui reikia vardo.</translation>
    </message>
    <message>
        <source>A member&apos;s name can have at most {count} characters.</source>
        <translation>Nario vardas gali turėti ne daugiau kaip {count} simbolių.</translation>
    </message>
    <message>
        <source>The join code is empty; paste the whole code or choose the join file.</source>
        <translation>Prisijungimo kodas tuščias; įklijuokite visą kodą arba pasirinkite prisijungimo failą.</translation>
    </message>
    <message>
        <source>This is not a Policy Tracker join code (one starts with {prefix}:).</source>
        <translation>Tai ne Policy Tracker prisijungimo kodas (toks kodas prasideda {prefix}:).</translation>
    </message>
    <message>
        <source>The join code was made by a newer version of Policy Tracker; upgrade this app first.</source>
        <translation>Prisijungimo kodą sukūrė naujesnė Policy Tracker versija; pirmiausia atnaujinkite šią programą.</translation>
    </message>
    <message>
        <source>The join code contains {letters}, which cannot be in one; check it was copied whole.</source>
        <translation>Prisijungimo kode yra {letters}, ko jame negali būti; patikrinkite, ar nukopijavote jį visą.</translation>
    </message>
    <message>
        <source>The join code is incomplete or has a typo; ask for it again, or use the join file.</source>
        <translation>Prisijungimo kodas nepilnas arba su klaida; paprašykite jo dar kartą arba naudokite prisijungimo failą.</translation>
    </message>
    <message>
        <source>The member list is encrypted with tracker key {key}, which you were not given.</source>
        <translation>Narių sąrašas užšifruotas stebėsenos raktu {key}, kurio jums nedavė.</translation>
    </message>
    <message>
        <source>The member list is not signed by the coordinator whose fingerprint you were given; do not join.</source>
        <translation>Narių sąrašo nepasirašė koordinatorius, kurio kontrolinį kodą jums davė; neprisijunkite.</translation>
    </message>
    <message>
        <source>The file is not a member list.</source>
        <translation>Šis failas nėra narių sąrašas.</translation>
    </message>
</context>
<context>
    <name>SyncRefusals</name>
    <message>
        <source>The file is cut short (it may still be arriving).</source>
        <extracomment>The smallest possible file: prefix, an empty header, nonce, size, the cipher&apos;s 16-byte tag, signature. A header is a few hundred bytes; refuse to parse megabytes of &quot;header&quot;. Why a file is not taken yet: it is shorter than its header says.</extracomment>
        <translation>Failas nepilnas (galbūt jis dar atsiunčiamas).</translation>
    </message>
    <message>
        <source>The file is not a Policy Tracker sync file.</source>
        <translation>Tai ne Policy Tracker sinchronizavimo failas.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Policy Tracker (format {version}); it waits until this app is upgraded.</source>
        <translation>Failą įrašė naujesnė Policy Tracker versija (formatas {version}); jis laukia, kol ši programa bus atnaujinta.</translation>
    </message>
    <message>
        <source>The file has an unknown format version ({version}).</source>
        <translation>Failo formato versija nežinoma ({version}).</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged (it claims to be too long).</source>
        <translation>Failo antraštė sugadinta (nurodo per didelį ilgį).</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged ({error}).</source>
        <translation>Failo antraštė sugadinta ({error}).</translation>
    </message>
    <message>
        <source>The file has extra bytes after its signature.</source>
        <translation>Faile po parašo yra papildomų baitų.</translation>
    </message>
    <message>
        <source>The file could not be decrypted with tracker key {key}.</source>
        <translation>Nepavyko iššifruoti failo stebėsenos raktu {key}.</translation>
    </message>
    <message>
        <source>The file belongs to another shared tracker.</source>
        <translation>Failas priklauso kitai bendrai stebėsenai.</translation>
    </message>
    <message>
        <source>The file is signed by {author}, who is not a member of this tracker.</source>
        <translation>Failą pasirašė {author}, kuris nėra šios stebėsenos narys.</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not match {name}&apos;s key: it was altered.</source>
        <translation>Failo parašas neatitinka nario {name} rakto: failas buvo pakeistas.</translation>
    </message>
    <message>
        <source>The file was written by {name} after they were removed from the tracker.</source>
        <translation>Failą įrašė {name} po to, kai buvo pašalintas iš stebėsenos.</translation>
    </message>
    <message>
        <source>The file is encrypted with tracker key {key}, which this computer does not have.</source>
        <translation>Failas užšifruotas stebėsenos raktu {key}, kurio šiame kompiuteryje nėra.</translation>
    </message>
    <message>
        <source>Another file with the same member and number was already applied; a number is never reused.</source>
        <extracomment>Refused for good: (file, code, reason); the reason is also kept in the local state. Not taken this time, and why (one sentence each); tried again at the next sync.</extracomment>
        <translation>Kitas to paties nario failas tuo pačiu numeriu jau pritaikytas; numeris niekada nenaudojamas pakartotinai.</translation>
    </message>
    <message>
        <source>It waits for an earlier file of the same member.</source>
        <translation>Jis laukia ankstesnio to paties nario failo.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Policy Tracker; it waits for an upgrade.</source>
        <extracomment>A file whose changes do not fit this tracker yet (a row they need has not arrived; the conflict rules said no): it waits, and the tracker is unchanged. A file that could not be applied for another reason (the tracker busy too long, another schema): it waits too. Refusing for good is only for files that fail their checks; a passing failure must not lose a change. Codes of files left pending, to be tried again at the next sync.</extracomment>
        <translation>Failą įrašė naujesnė Policy Tracker versija; jis laukia programos atnaujinimo.</translation>
    </message>
    <message>
        <source>The file was written by an older version of Policy Tracker and does not fit this tracker since its upgrade; it waits. Its author should upgrade and sync again.</source>
        <translation>Failą įrašė senesnė Policy Tracker versija, ir po atnaujinimo jis netinka šiai stebėsenai; jis laukia. Jo autorius turėtų atnaujinti programą ir vėl sinchronizuoti.</translation>
    </message>
    <message>
        <source>The file is no longer in the shared folder.</source>
        <extracomment>Our temporary files older than this are a crashed write&apos;s leftovers (younger ones may be another program&apos;s write in progress on this computer). Codes of refusals that may resolve themselves (a newer app, a key handed over, a member list or the rest of the file still arriving): the file stays pending. Any other refusal is final.</extracomment>
        <translation>Failo bendrame aplanke nebėra.</translation>
    </message>
    <message>
        <source>The file is not complete yet (it may still be arriving).</source>
        <translation>Failas dar nepilnas (galbūt jis dar atsiunčiamas).</translation>
    </message>
    <message>
        <source>The file&apos;s contents do not match its name: it was altered or is incomplete.</source>
        <translation>Failo turinys neatitinka jo pavadinimo: failas pakeistas arba nepilnas.</translation>
    </message>
    <message>
        <source>The file&apos;s signed header does not match its name in the shared folder.</source>
        <translation>Pasirašyta failo antraštė neatitinka jo pavadinimo bendrame aplanke.</translation>
    </message>
    <message>
        <source>The sync state {path} cannot be read: {error}.</source>
        <translation>Neįmanoma perskaityti sinchronizavimo būsenos {path}: {error}.</translation>
    </message>
    <message>
        <source>It waits for file {number} of the same member.</source>
        <translation>Jis laukia to paties nario failo {number}.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Share tracker</source>
        <translation>Bendrinti stebėseną</translation>
    </message>
    <message>
        <source>Save the tracker to a file before sharing it.</source>
        <translation>Prieš bendrindami įrašykite stebėseną į failą.</translation>
    </message>
    <message>
        <source>This tracker is already shared through %1.</source>
        <translation>Ši stebėsena jau bendrinama per %1.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>This tracker is not shared: share it (File › Share tracker…) or join a shared tracker first.</source>
        <translation>Ši stebėsena nebendrinama: pirmiausia ją bendrinkite (Failas › Bendrinti stebėseną…) arba prisijunkite prie bendros stebėsenos.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Sinchronizavimas jau vyksta.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinchronizuojama…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Koalicijos nariai</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sinchronizavimas nepavyko: %1</translation>
    </message>
</context>
<context>
    <name>TrackerCommand</name>
    <message>
        <source>%1 would leave everything as it is.</source>
        <translation>„%1“ nieko nepakeis.</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Nepavyksta atšaukti ar pakartoti</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Pridėti įrodymą</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Redaguoti įrodymą</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Archyvuoti įrodymą</translation>
    </message>
    <message>
        <source>Restore evidence</source>
        <translation>Atkurti įrodymą</translation>
    </message>
    <message>
        <source>the evidence is already archived.</source>
        <translation>įrodymas jau archyvuotas.</translation>
    </message>
    <message>
        <source>the evidence is not archived.</source>
        <translation>įrodymas nearchyvuotas.</translation>
    </message>
    <message>
        <source>Could not archive the evidence: another program kept the tracker busy; nothing changed. Try again.</source>
        <translation>Nepavyko archyvuoti įrodymo: kita programa per ilgai užėmė stebėseną; niekas nepasikeitė. Bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Could not restore the evidence: another program kept the tracker busy; nothing changed. Try again.</source>
        <translation>Nepavyko atkurti įrodymo: kita programa per ilgai užėmė stebėseną; niekas nepasikeitė. Bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Nustatyti būseną</translation>
    </message>
    <message>
        <source>Propose status</source>
        <translation>Pasiūlyti būseną</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Pataisyti vertinimą</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Pridėti šalį</translation>
    </message>
    <message>
        <source>Archive country</source>
        <translation>Archyvuoti šalį</translation>
    </message>
    <message>
        <source>Restore country</source>
        <translation>Atkurti šalį</translation>
    </message>
    <message>
        <source>the country is already archived.</source>
        <translation>šalis jau archyvuota.</translation>
    </message>
    <message>
        <source>the country is not archived.</source>
        <translation>šalis nearchyvuota.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nauja grupė</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Pervadinti grupę</translation>
    </message>
    <message>
        <source>Change group members</source>
        <translation>Keisti grupės narius</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Ištrinti grupę</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <source>Tracker title</source>
        <translation>Stebėsenos pavadinimas</translation>
    </message>
    <message>
        <source>Shown in the window, reports and exports</source>
        <translation>Rodomas lange, ataskaitose ir eksporte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Where the recommendations come from (author, publication, year)</source>
        <translation>Iš kur rekomendacijos (autorius, leidinys, metai)</translation>
    </message>
    <message>
        <source>Tracker description</source>
        <translation>Stebėsenos aprašymas</translation>
    </message>
    <message>
        <source>What this tracker follows, for readers</source>
        <translation>Ką stebi ši stebėsena – skaitytojams</translation>
    </message>
    <message>
        <source>Review interval in days</source>
        <translation>Peržiūros intervalas dienomis</translation>
    </message>
    <message>
        <source>A status older than this is marked for review in the matrix</source>
        <translation>Senesnė būsena matricoje pažymima kaip reikalaujanti peržiūros</translation>
    </message>
    <message>
        <source>Status changes need review by a second person</source>
        <translation>Būsenos pakeitimus turi peržiūrėti antras asmuo</translation>
    </message>
    <message>
        <source>A status set by one person is proposed; another person approves it in the Review tab before it counts</source>
        <translation>Vieno asmens nustatyta būsena tampa pasiūlymu; kitas asmuo ją patvirtina skirtuke „Peržiūra“, ir tik tada ji įskaitoma</translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation>&amp;Pavadinimas*</translation>
    </message>
    <message>
        <source>title</source>
        <translation>pavadinimas</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Šaltinis</translation>
    </message>
    <message>
        <source>source</source>
        <translation>šaltinis</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Aprašy&amp;mas</translation>
    </message>
    <message>
        <source>description</source>
        <translation>aprašymas</translation>
    </message>
    <message>
        <source>Review &amp;interval</source>
        <translation>Peržiūros &amp;intervalas</translation>
    </message>
    <message>
        <source>review interval days</source>
        <translation>peržiūros intervalas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln diena</numerusform>
            <numerusform>%Ln dienos</numerusform>
            <numerusform>%Ln dienų</numerusform>
        </translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Pavadinimas privalomas.</translation>
    </message>
</context>
<context>
    <name>TrackerStatusBar</name>
    <message>
        <source>Status bar</source>
        <translation>Būsenos juosta</translation>
    </message>
    <message>
        <source>Tracker file</source>
        <translation>Stebėsenos failas</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Skaičiai</translation>
    </message>
    <message>
        <source>As-of date in force</source>
        <translation>Galiojanti būsenos data</translation>
    </message>
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
    <name>TrackerWatcher</name>
    <message>
        <source>The tracker file is no longer at %1; edits made now may not be saved there.</source>
        <extracomment>How often the file is asked whether another program committed, while the app is in front / behind. At most this share of the time goes to refreshing for others&apos; changes: after a refresh that took 100 ms (a whole large tracker reloaded), the next look waits 400 ms more than usual. How long the status bar shows &quot;Updated: … by …&quot;. The object name of the note a form gets when its record changed elsewhere (tests find it by it).</extracomment>
        <translation>Stebėsenos failo nebėra %1; dabar daromi pakeitimai ten gali būti neįrašyti.</translation>
    </message>
    <message>
        <source>Another program replaced %1: open it again to see the new file.</source>
        <translation>Kita programa pakeitė %1: atverkite jį iš naujo, kad matytumėte naują failą.</translation>
    </message>
    <message>
        <source>Another program replaced %1: showing the new file.</source>
        <translation>Kita programa pakeitė %1: rodomas naujas failas.</translation>
    </message>
    <message>
        <source>Cannot see changes made by other programs just now: %1.</source>
        <translation>Šiuo metu nematyti kitų programų atliktų pakeitimų: %1.</translation>
    </message>
    <message>
        <source>%1 changed this record since, so it is left as they made it</source>
        <translation>nuo tada šį įrašą pakeitė %1, todėl jis paliktas toks, kokį jie padarė</translation>
    </message>
</context>
<context>
    <name>TranslationsModel</name>
    <message>
        <source>missing</source>
        <extracomment>A text&apos;s state in the chosen language, in words (the colour of the row only repeats it).</extracomment>
        <translation>trūksta</translation>
    </message>
    <message>
        <source>English changed</source>
        <translation>pakeistas angliškas tekstas</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>išversta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekstas</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angliškai</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Vertimas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Padėtis</translation>
    </message>
</context>
<context>
    <name>TranslationsPage</name>
    <message>
        <source>All translated</source>
        <translation>Viskas išversta</translation>
    </message>
    <message>
        <source>%1 of %2 missing</source>
        <translation>Trūksta %1 iš %2</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>Įrašyti &amp;vertimą</translation>
    </message>
    <message>
        <source>Save the translation of the chosen text (Ctrl+Z undoes it)</source>
        <translation>Įrašyti pasirinkto teksto vertimą (Ctrl+Z jį atšauks)</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Vertimo kalba</translation>
    </message>
    <message>
        <source>Missing translations</source>
        <translation>Trūkstami vertimai</translation>
    </message>
    <message>
        <source>Show only texts to translate</source>
        <translation>Rodyti tik verstinus tekstus</translation>
    </message>
    <message>
        <source>Show only missing and out-of-date translations</source>
        <translation>Rodyti tik trūkstamus ir pasenusius vertimus</translation>
    </message>
    <message>
        <source>Codebook texts and their translations</source>
        <translation>Kodų knygos tekstai ir jų vertimai</translation>
    </message>
    <message>
        <source>Translation columns</source>
        <translation>Vertimų stulpeliai</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Angliškas tekstas</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Vertimas</translation>
    </message>
    <message>
        <source>Type the translation; leave empty to remove it</source>
        <translation>Įveskite vertimą; palikite tuščią, kad jį pašalintumėte</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angliškai</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>Vertimas (%1)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Angliškai: %1</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading tracker</source>
        <translation>Stebėsenos atnaujinimas</translation>
    </message>
    <message>
        <source>Upgrading this tracker to the new version… this happens once.</source>
        <translation>Stebėsena atnaujinama į naują versiją… tai vyksta vieną kartą.</translation>
    </message>
    <message>
        <source>Upgrade message</source>
        <translation>Atnaujinimo pranešimas</translation>
    </message>
    <message>
        <source>%1 is being brought up to this version of Policy Tracker. A large tracker can take a few minutes; please leave the app open. A copy of the file as it was is kept beside it as %2.</source>
        <translation>%1 atnaujinama į šią Policy Tracker versiją. Didelei stebėsenai tai gali užtrukti kelias minutes; neuždarykite programos. Ankstesnio failo kopija saugoma šalia jo kaip %2.</translation>
    </message>
    <message>
        <source>Upgrade details</source>
        <translation>Atnaujinimo informacija</translation>
    </message>
    <message>
        <source>Upgrade progress</source>
        <translation>Atnaujinimo eiga</translation>
    </message>
</context>
<context>
    <name>UpgradeWorker</name>
    <message>
        <source>%1 could not be upgraded to this version (%2); it was left as it was.</source>
        <translation>%1 nepavyko atnaujinti į šią versiją (%2); failas paliktas nepakeistas.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Policy Tracker — User guide</source>
        <translation>Policy Tracker — Naudotojo vadovas</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Naudotojo vadovas</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Vadovo tekstas</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Ieškoti vadove</translation>
    </message>
    <message>
        <source>Find in the guide (Enter finds the next)</source>
        <translation>Ieškoti vadove (Enter – kitas atitikmuo)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Paieškos rezultatas</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rasti:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nerasta</translation>
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
<context>
    <name>WatcherTexts</name>
    <message>
        <source>Updated: another program changed this tracker</source>
        <translation>Atnaujinta: kita programa pakeitė šią stebėseną</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %Ln changes by %1</source>
        <translation>
            <numerusform>Atnaujinta: %Ln pakeitimas (%1)</numerusform>
            <numerusform>Atnaujinta: %Ln pakeitimai (%1)</numerusform>
            <numerusform>Atnaujinta: %Ln pakeitimų (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this evidence while you were editing it, so it cannot be saved. What you typed is kept: copy what you need, or add it again as new evidence.</source>
        <translation>Kol redagavote šį įrodymą, %1 jį ištrynė, todėl jo negalima įrašyti. Įvesti duomenys išsaugoti: nusikopijuokite, ko reikia, arba pridėkite jį iš naujo kaip naują įrodymą.</translation>
    </message>
    <message>
        <source>%1 changed this evidence while you were editing it. What you typed is kept: Save replaces their version with yours, Cancel keeps theirs.</source>
        <translation>Kol redagavote šį įrodymą, %1 jį pakeitė. Įvesti duomenys išsaugoti: „Įrašyti“ pakeis jų versiją jūsiške, „Atšaukti“ paliks jų.</translation>
    </message>
    <message>
        <source>%1 changed this cell while you were editing. What you typed is kept: Save records your judgement too, and the timeline shows both.</source>
        <translation>Kol redagavote, %1 pakeitė šį langelį. Įvesti duomenys išsaugoti: „Įrašyti“ įrašys ir jūsų vertinimą, o laiko juosta parodys abu.</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Pakeista kitos programos</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>kita programa</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ir %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %Ln others</source>
        <translation>
            <numerusform>%1, %2 ir dar %Ln asmuo</numerusform>
            <numerusform>%1, %2 ir dar %Ln asmenys</numerusform>
            <numerusform>%1, %2 ir dar %Ln asmenų</numerusform>
        </translation>
    </message>
</context>
</TS>
