<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New evidence…</source>
        <translation>&amp;Nowy dowód…</translation>
    </message>
    <message>
        <source>Log a dated source and link it to cells</source>
        <translation>Zapisz datowane źródło i powiąż je z komórkami</translation>
    </message>
    <message>
        <source>&amp;Set status…</source>
        <translation>&amp;Ustaw status…</translation>
    </message>
    <message>
        <source>Record a new judgement for the selected cell</source>
        <translation>Zapisz nową ocenę dla zaznaczonej komórki</translation>
    </message>
    <message>
        <source>&amp;Edit evidence…</source>
        <translation>&amp;Edytuj dowód…</translation>
    </message>
    <message>
        <source>&amp;Archive evidence</source>
        <translation>&amp;Archiwizuj dowód</translation>
    </message>
    <message>
        <source>Open source &amp;link</source>
        <translation>Otwórz &amp;link do źródła</translation>
    </message>
    <message>
        <source>&amp;Search evidence</source>
        <translation>&amp;Szukaj w dowodach</translation>
    </message>
    <message>
        <source>Search the evidence (full text)</source>
        <translation>Przeszukaj dowody (pełny tekst)</translation>
    </message>
    <message>
        <source>&amp;Go to country…</source>
        <translation>&amp;Przejdź do kraju…</translation>
    </message>
    <message>
        <source>Jump to a country in the matrix by name or code</source>
        <translation>Przejdź do kraju w macierzy po nazwie lub kodzie</translation>
    </message>
    <message>
        <source>Show the tracker as it stood on a date</source>
        <translation>Pokaż tracker w stanie z wybranego dnia</translation>
    </message>
    <message>
        <source>Show one group of countries</source>
        <translation>Pokaż jedną grupę krajów</translation>
    </message>
    <message>
        <source>Highlight &amp;changes since…</source>
        <translation>&amp;Wyróżnij zmiany od dnia…</translation>
    </message>
    <message>
        <source>Outline cells whose status changed since a date</source>
        <translation>Obrysuj komórki, których status zmienił się od wybranego dnia</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Export the scorecard, assessments, history or evidence</source>
        <translation>Eksportuj tabelę ocen, statusy, historię lub dowody</translation>
    </message>
    <message>
        <source>&amp;New tracker…</source>
        <translation>&amp;Nowy tracker…</translation>
    </message>
    <message>
        <source>&amp;Open tracker…</source>
        <translation>&amp;Otwórz tracker…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Zapisz &amp;kopię…</translation>
    </message>
    <message>
        <source>Chec&amp;k and repair tracker…</source>
        <translation>Sp&amp;rawdź i napraw tracker…</translation>
    </message>
    <message>
        <source>Check the tracker file for damage and repair what can be repaired</source>
        <translation>Sprawdź, czy plik trackera nie jest uszkodzony, i napraw, co się da</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Przywróć z kopii &amp;zapasowej…</translation>
    </message>
    <message>
        <source>Replace the tracker with one of its automatic backups (the current state is backed up first)</source>
        <translation>Zastąp tracker jedną z jego automatycznych kopii zapasowych (najpierw zapisywana jest kopia obecnego stanu)</translation>
    </message>
    <message>
        <source>&amp;Import evidence…</source>
        <translation>&amp;Importuj dowody…</translation>
    </message>
    <message>
        <source>Bring in evidence kept in a spreadsheet (CSV or Excel)</source>
        <translation>Wczytaj dowody z arkusza kalkulacyjnego (CSV lub Excel)</translation>
    </message>
    <message>
        <source>&amp;As-of date</source>
        <translation>S&amp;tan na dzień</translation>
    </message>
    <message>
        <source>Gr&amp;oup filter</source>
        <translation>&amp;Filtr grup</translation>
    </message>
    <message>
        <source>Impor&amp;t codebook…</source>
        <translation>Importuj książkę ko&amp;dów…</translation>
    </message>
    <message>
        <source>Give a blank tracker its recommendations and status scale from a codebook (JSON) or a CSV of recommendations</source>
        <translation>Wczytaj do pustego trackera rekomendacje i skalę statusów z książki kodów (JSON) lub pliku CSV z rekomendacjami</translation>
    </message>
    <message>
        <source>Export co&amp;debook…</source>
        <translation>Eksportuj książkę kodó&amp;w…</translation>
    </message>
    <message>
        <source>Save this tracker&apos;s codebook as a JSON file another tracker can start from (init --codebook)</source>
        <translation>Zapisz książkę kodów tego trackera jako plik JSON, od którego może zacząć się inny tracker (init --codebook)</translation>
    </message>
    <message>
        <source>Countries and &amp;groups…</source>
        <translation>Kraje i &amp;grupy…</translation>
    </message>
    <message>
        <source>Add, archive and restore countries; create, rename and delete groups and choose their members</source>
        <translation>Dodawaj, archiwizuj i przywracaj kraje; twórz, zmieniaj nazwy i usuwaj grupy oraz wybieraj ich członków</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Książka kodów…</translation>
    </message>
    <message>
        <source>Edit the recommendations, the status scale, the grades and the tracker&apos;s title, source and settings</source>
        <translation>Edytuj rekomendacje, skalę statusów, stopnie oraz tytuł, źródło i ustawienia trackera</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencje…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Macierz</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Dowody</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>Oceny &amp;krajów</translation>
    </message>
    <message>
        <source>Cell &amp;details</source>
        <translation>&amp;Szczegóły komórki</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>Every change ever made, newest first</source>
        <translation>Wszystkie wprowadzone zmiany, od najnowszych</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>P&amp;rzegląd</translation>
    </message>
    <message>
        <source>Proposed statuses waiting for review, and those returned to you</source>
        <translation>Proponowane statusy czekające na przegląd i te zwrócone do Ciebie</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Podręcznik &amp;użytkownika</translation>
    </message>
    <message>
        <source>How to use Policy Tracker (works offline)</source>
        <translation>Jak korzystać z Policy Tracker (działa bez internetu)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, searchable</source>
        <translation>Wszystkie skróty klawiszowe, z wyszukiwaniem</translation>
    </message>
    <message>
        <source>&amp;About Policy Tracker</source>
        <translation>&amp;O programie Policy Tracker</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>Back to today</source>
        <translation>Wróć do dzisiaj</translation>
    </message>
    <message>
        <source>Show the tracker as it stands today</source>
        <translation>Pokaż tracker w dzisiejszym stanie</translation>
    </message>
    <message>
        <source>Showing the tracker as of %1, not today</source>
        <translation>Tracker pokazany według stanu na %1, nie na dziś</translation>
    </message>
    <message>
        <source>Showing the tracker as it will stand on %1, not today</source>
        <translation>Tracker pokazany tak, jak będzie wyglądał %1, nie na dziś</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing the tracker as of %1&lt;/b&gt; — not today. Statuses and scores are those in force on that date.</source>
        <translation>&lt;b&gt;Tracker pokazany według stanu na %1&lt;/b&gt; — nie na dziś. Statusy i wyniki to te obowiązujące w tym dniu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing the tracker as it will stand on %1&lt;/b&gt; — not today. Statuses and scores are those in force on that date.</source>
        <translation>&lt;b&gt;Tracker pokazany tak, jak będzie wyglądał %1&lt;/b&gt; — nie na dziś. Statusy i wyniki to te obowiązujące w tym dniu.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the date&apos;s format (Qt&apos;s QDate::toString)</comment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>* not graded (under half assessed)</source>
        <extracomment>The matrix&apos;s other marks, explained after the statuses. Explained while review is on or any proposal waits (:func:`matrix_marks`).</extracomment>
        <translation>* bez oceny końcowej (oceniono mniej niż połowę)</translation>
    </message>
    <message>
        <source>* not graded (under all assessed)</source>
        <translation>* bez oceny końcowej (nie wszystko ocenione)</translation>
    </message>
    <message>
        <source>* not graded (under %1 assessed)</source>
        <translation>* bez oceny końcowej (oceniono mniej niż %1)</translation>
    </message>
    <message>
        <source>%1 needs review</source>
        <translation>%1 wymaga przeglądu</translation>
    </message>
    <message>
        <source>number = pieces of evidence</source>
        <translation>liczba = liczba dowodów</translation>
    </message>
    <message>
        <source>%1 proposed, waiting for review</source>
        <translation>%1 zaproponowany, czeka na przegląd</translation>
    </message>
    <message>
        <source>▲▼ outlined: changed since the comparison date</source>
        <translation>▲▼ w ramce: zmiana od daty porównania</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Matrix</source>
        <extracomment>How long after the window is first shown the day&apos;s backup starts (after the first paint, off the start-up path). The actions that change the tracker: disabled while it is open read-only (db.store.Tracker.read_only).</extracomment>
        <translation>&amp;Macierz</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>Dow&amp;ody</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>Oceny &amp;krajów</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>P&amp;rzegląd</translation>
    </message>
    <message>
        <source>&amp;Review (%1)</source>
        <translation>P&amp;rzegląd (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed statuses waiting for your review</source>
        <translation>
            <numerusform>%Ln proponowany status czeka na Twój przegląd</numerusform>
            <numerusform>%Ln proponowane statusy czekają na Twój przegląd</numerusform>
            <numerusform>%Ln proponowanych statusów czeka na Twój przegląd</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed statuses and their review</source>
        <translation>Proponowane statusy i ich przegląd</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ostatnio o&amp;twierane</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Dowody</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
</context>
<context>
    <name>TrackerStatusBar</name>
    <message>
        <source>(not saved to a file)</source>
        <translation>(nie zapisano w pliku)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln kraj</numerusform>
            <numerusform>%Ln kraje</numerusform>
            <numerusform>%Ln krajów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendations</source>
        <translation>
            <numerusform>%Ln rekomendacja</numerusform>
            <numerusform>%Ln rekomendacje</numerusform>
            <numerusform>%Ln rekomendacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of evidence</source>
        <translation>
            <numerusform>%Ln dowód</numerusform>
            <numerusform>%Ln dowody</numerusform>
            <numerusform>%Ln dowodów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessments</source>
        <translation>
            <numerusform>%Ln ocena</numerusform>
            <numerusform>%Ln oceny</numerusform>
            <numerusform>%Ln ocen</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries shown in the matrix (group filter: %1); recommendations, evidence and assessments in the whole tracker</source>
        <translation>Kraje widoczne w macierzy (filtr grupy: %1); rekomendacje, dowody i oceny w całym trackerze</translation>
    </message>
    <message>
        <source>Countries shown in the matrix; recommendations, evidence and assessments in the whole tracker</source>
        <translation>Kraje widoczne w macierzy; rekomendacje, dowody i oceny w całym trackerze</translation>
    </message>
    <message>
        <source>As of %1 (today)</source>
        <translation>Stan na %1 (dziś)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stan na %1</translation>
    </message>
    <message>
        <source> · changes since %1 outlined</source>
        <translation> · zmiany od %1 obramowane</translation>
    </message>
</context>
<context>
    <name>ViewControls</name>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Data stanu</translation>
    </message>
    <message>
        <source>Show the tracker as it stood on this date (Ctrl+D)</source>
        <translation>Pokaż tracker w stanie z tego dnia (Ctrl+D)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Wróć do dzisiaj</translation>
    </message>
    <message>
        <source>Group filter</source>
        <translation>Filtr grup</translation>
    </message>
    <message>
        <source>Show one group of countries (Ctrl+G)</source>
        <translation>Pokaż jedną grupę krajów (Ctrl+G)</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Zmiany od</translation>
    </message>
    <message>
        <source>Highlight changes since</source>
        <translation>Wyróżnij zmiany od</translation>
    </message>
    <message>
        <source>Outline the cells whose status changed since this date (Ctrl+Shift+D)</source>
        <translation>Obrysuj komórki, których status zmienił się od tego dnia (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Compare from date</source>
        <translation>Data początkowa porównania</translation>
    </message>
    <message>
        <source>Include proposed</source>
        <translation>Uwzględnij proponowane</translation>
    </message>
    <message>
        <source>Include proposed statuses</source>
        <translation>Uwzględnij proponowane statusy</translation>
    </message>
    <message>
        <source>Count statuses proposed but not yet reviewed in the scores and ranks (the matrix marks them with ◆ either way)</source>
        <translation>Licz w wynikach i miejscach statusy zaproponowane, ale jeszcze niesprawdzone (macierz i tak oznacza je ◆)</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
</context>
</TS>
