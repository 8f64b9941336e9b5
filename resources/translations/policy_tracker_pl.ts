<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Follow, country by country, whether governments act on policy recommendations. Your data stays in one file on this computer; nothing leaves it unless you export it.</source>
        <translation>Śledź, kraj po kraju, czy rządy realizują rekomendacje polityczne. Twoje dane pozostają w jednym pliku na tym komputerze; nic go nie opuszcza, dopóki sam ich nie wyeksportujesz.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score.&lt;/b&gt; A country&apos;s score is the weighted mean of the scores of its &lt;i&gt;assessed&lt;/i&gt; recommendations, from 0 to 100. Cells not assessed are left out, never counted as 0; coverage (&quot;4 of 5 assessed&quot;) is shown with every score. %1 A score without a grade is marked * (not graded). &lt;b&gt;Grades:&lt;/b&gt; %2; ranks are among the graded countries.</source>
        <translation>&lt;b&gt;Wynik.&lt;/b&gt; Wynik kraju to średnia ważona wyników jego &lt;i&gt;ocenionych&lt;/i&gt; rekomendacji, od 0 do 100. Nieocenione komórki są pomijane, nigdy nie liczą się jako 0; pokrycie („oceniono 4 z 5”) jest podane przy każdym wyniku. %1 Wynik bez stopnia jest oznaczony * (bez stopnia). &lt;b&gt;Stopnie:&lt;/b&gt; %2; miejsca w rankingu dotyczą krajów ze stopniem.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current status.&lt;/b&gt; The assessment with the latest effective date counts (ties: the one recorded last). Scores can be computed as of any date. A status older than the review interval is flagged ⚑ for review.</source>
        <translation>&lt;b&gt;Bieżący status.&lt;/b&gt; Liczy się ocena z najpóźniejszą datą obowiązywania (przy równych datach — zapisana jako ostatnia). Wyniki można obliczyć na dowolny dzień. Status starszy niż okres przeglądu jest oznaczony ⚑ do przeglądu.</translation>
    </message>
    <message>
        <source>About Policy Tracker</source>
        <translation>O programie Policy Tracker</translation>
    </message>
    <message>
        <source>About and methodology</source>
        <translation>O programie i metodologia</translation>
    </message>
</context>
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
        <source>S&amp;hare tracker…</source>
        <translation>Udo&amp;stępnij tracker…</translation>
    </message>
    <message>
        <source>Share this tracker with your coalition through a shared folder</source>
        <translation>Udostępnij ten tracker koalicji przez wspólny folder</translation>
    </message>
    <message>
        <source>&amp;Join a shared tracker…</source>
        <translation>Do&amp;łącz do wspólnego trackera…</translation>
    </message>
    <message>
        <source>Ask to join a coalition&apos;s shared tracker, then make your copy of it</source>
        <translation>Poproś o dołączenie do wspólnego trackera koalicji, potem utwórz jego kopię</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Synchronizuj ter&amp;az</translation>
    </message>
    <message>
        <source>Send your changes to the shared folder and take everyone else&apos;s</source>
        <translation>Wyślij swoje zmiany do wspólnego folderu i pobierz zmiany pozostałych</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Uczestnicy…</translation>
    </message>
    <message>
        <source>Who shares this tracker, when each last synced; add or remove members</source>
        <translation>Kto współdzieli ten tracker i kiedy każdy ostatnio synchronizował; dodaj lub usuń uczestników</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>Kon&amp;flikty…</translation>
    </message>
    <message>
        <source>Changes made on two copies without seeing each other: keep or swap them</source>
        <translation>Zmiany wprowadzone w dwóch kopiach bez wiedzy o sobie nawzajem: zachowaj lub zamień je</translation>
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
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Dodaj uczestnika</translation>
    </message>
    <message>
        <source>Paste the newcomer&apos;s join code, or choose the join file they sent you.</source>
        <translation>Wklej kod dołączenia nowego uczestnika albo wybierz plik dołączenia, który Ci przysłał.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Kod dołączenia</translation>
    </message>
    <message>
        <source>Choose join &amp;file…</source>
        <translation>Wybierz &amp;plik dołączenia…</translation>
    </message>
    <message>
        <source>Choose the join file</source>
        <translation>Wybierz plik dołączenia</translation>
    </message>
    <message>
        <source>Who the code names</source>
        <translation>Kogo wskazuje kod</translation>
    </message>
    <message>
        <source>I compared this fingerprint with them by another channel</source>
        <translation>Porównałem ten odcisk z tą osobą innym kanałem</translation>
    </message>
    <message>
        <source>Fingerprint compared</source>
        <translation>Odcisk porównany</translation>
    </message>
    <message>
        <source>Make them a coordinator too (they can add and remove members)</source>
        <translation>Uczyń go też koordynatorem (będzie mógł dodawać i usuwać uczestników)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Join files (*.ptjoin);;All files (*)</source>
        <translation>Pliki dołączenia (*.ptjoin);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The name and fingerprint in the code appear here.</source>
        <translation>Tu pojawią się imię i odcisk klucza z kodu.</translation>
    </message>
    <message>
        <source>Name: %1
Fingerprint: %2
Ask them to read their fingerprint to you and compare it, letter by letter.</source>
        <translation>Imię: %1
Odcisk klucza: %2
Poproś, by odczytał Ci swój odcisk, i porównaj go znak po znaku.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open tracker</source>
        <translation>Nie można otworzyć trackera</translation>
    </message>
    <message>
        <source>The default tracker will be opened instead.</source>
        <translation>Zamiast niego zostanie otwarty domyślny tracker.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Another program is writing to this tracker; trying again…</source>
        <extracomment>While another program holds the write lock, the window tries again for this long in all. How long SQLite itself waits for the lock on each try: the longest the window stops responding. The pause between tries, during which the window repaints (typing and clicks wait until the end). What the status bar says while the window waits for the lock.</extracomment>
        <translation>Inny program zapisuje do tego trackera; ponawiam próbę…</translation>
    </message>
    <message>
        <source>Could not save; your entries are kept. Try again.</source>
        <extracomment>What a form says when a save still failed: what was typed stays in the form.</extracomment>
        <translation>Nie udało się zapisać; wpisane dane zostały zachowane. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not undo “%1”; nothing changed. Try again.</source>
        <translation>Nie udało się cofnąć „%1”; nic się nie zmieniło. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not redo “%1”; nothing changed. Try again.</source>
        <translation>Nie udało się ponowić „%1”; nic się nie zmieniło. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Nie można cofnąć</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Nie można ponowić</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>Nic do zmiany: %1</translation>
    </message>
    <message>
        <source>the tracker file or its folder is read-only</source>
        <extracomment>SQLite&apos;s primary result codes a user can do something about, and what to tell them.</extracomment>
        <translation>plik trackera lub jego folder jest tylko do odczytu</translation>
    </message>
    <message>
        <source>the disk could not be written to</source>
        <translation>nie udało się zapisać na dysku</translation>
    </message>
    <message>
        <source>the tracker file is damaged (File › Check and repair tracker… can say more)</source>
        <translation>plik trackera jest uszkodzony (Plik › Sprawdź i napraw tracker… powie więcej)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>the tracker file could not be opened</source>
        <translation>nie udało się otworzyć pliku trackera</translation>
    </message>
    <message>
        <source>Could not save: %1; your entries are kept.</source>
        <translation>Nie udało się zapisać: %1; wpisane dane zostały zachowane.</translation>
    </message>
    <message>
        <source> Details were saved to %1.</source>
        <translation> Szczegóły zapisano w %1.</translation>
    </message>
    <message>
        <source>The tracker could not be read or changed: %1; your entries are kept.</source>
        <translation>Nie udało się odczytać ani zmienić trackera: %1; wpisane dane zostały zachowane.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1); what you were doing may not have finished.</source>
        <translation>Wystąpił nieoczekiwany błąd (%1); to, co robiłeś, mogło się nie zakończyć.</translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>Past as-of date</source>
        <translation>Data z przeszłości</translation>
    </message>
    <message>
        <source>Past date</source>
        <translation>Miniona data</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Pokazywana data</translation>
    </message>
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
    <name>AttachmentActions</name>
    <message>
        <source>Save attachment as</source>
        <extracomment>The message boxes&apos; titles (English sources, translated by :func:`_tr` where shown).</extracomment>
        <translation>Zapisz załącznik jako</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Otwórz załącznik</translation>
    </message>
    <message>
        <source>This evidence has no attached file.</source>
        <translation>Ten dowód nie ma załączonego pliku.</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Pliki %1 (*.%2);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 is a program or script, so it is not opened from the tracker; use Save attachment as… and check it before running it.</source>
        <translation>%1 to program lub skrypt, więc nie jest otwierany z trackera; użyj „Zapisz załącznik jako…” i sprawdź go przed uruchomieniem.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1; save it instead.</source>
        <translation>Żaden program na tym komputerze nie otwiera %1; zapisz go zamiast tego.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>daily</source>
        <extracomment>How the list names why a backup was taken (db.backup.KINDS and role()), in the interface&apos;s language.</extracomment>
        <translation>codzienna</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>wykonana ręcznie</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>przed importem</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>przed aktualizacją</translation>
    </message>
    <message>
        <source>before codebook change</source>
        <translation>przed zmianą książki kodów</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>przed przywróceniem</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>cotygodniowa</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Wykonana</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Oceny</translation>
    </message>
    <message>
        <source>weekly (%1)</source>
        <translation>cotygodniowa (%1)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nieczytelna</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Scores by recommendation</source>
        <extracomment>The language of the country names: outside English, names sort in its alphabet&apos;s order (і, ў, ł, ė in their places, not after z by code point), through each country&apos;s place in that order.</extracomment>
        <translation>Wyniki według rekomendacji</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Filter…</source>
        <translation>Filtruj…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtr: %1</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <comment>the list&apos;s name: &apos;Countries chosen&apos;</comment>
        <translation>%1: wybrane</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Nic nie wybrano</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Wybrano: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>Wybrano: %Ln</numerusform>
            <numerusform>Wybrano: %Ln</numerusform>
            <numerusform>Wybrano: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <source>Every row is checked. Nothing has been written yet.</source>
        <translation>Sprawdzany jest każdy wiersz. Nic jeszcze nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Znalezione problemy</translation>
    </message>
    <message>
        <source>(duplicate)</source>
        <translation>(duplikat)</translation>
    </message>
    <message>
        <source>✓ The file can be imported. Press Import to write it.</source>
        <translation>✓ Plik można zaimportować. Naciśnij „Importuj”, aby go zapisać.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln problems: fix the file (or the column choices) and check again. Nothing will be written.</source>
        <translation>
            <numerusform>⚠ %Ln problem: popraw plik (lub wybór kolumn) i sprawdź ponownie. Nic nie zostanie zapisane.</numerusform>
            <numerusform>⚠ %Ln problemy: popraw plik (lub wybór kolumn) i sprawdź ponownie. Nic nie zostanie zapisane.</numerusform>
            <numerusform>⚠ %Ln problemów: popraw plik (lub wybór kolumn) i sprawdź ponownie. Nic nie zostanie zapisane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled. Nothing was written.</source>
        <translation>Sprawdzanie anulowane. Nic nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>CodebookCommands</name>
    <message>
        <source>Add recommendation</source>
        <extracomment>A command&apos;s name or message in the interface&apos;s language (QUndoCommand is no QObject: no ``self.tr``).</extracomment>
        <translation>Dodaj rekomendację</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Edytuj rekomendację</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>Przesuń rekomendację w górę</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>Przesuń rekomendację w dół</translation>
    </message>
    <message>
        <source>Archive recommendation</source>
        <translation>Archiwizuj rekomendację</translation>
    </message>
    <message>
        <source>Restore recommendation</source>
        <translation>Przywróć rekomendację</translation>
    </message>
    <message>
        <source>the recommendation is already archived.</source>
        <translation>rekomendacja jest już w archiwum.</translation>
    </message>
    <message>
        <source>the recommendation is not archived.</source>
        <translation>rekomendacja nie jest w archiwum.</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Dodaj status</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Edytuj status</translation>
    </message>
    <message>
        <source>Retire status</source>
        <translation>Wycofaj status</translation>
    </message>
    <message>
        <source>Change grades</source>
        <translation>Zmień stopnie</translation>
    </message>
    <message>
        <source>Change tracker settings</source>
        <translation>Zmień ustawienia trackera</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Usuń tłumaczenie</translation>
    </message>
    <message>
        <source>Translate codebook text</source>
        <translation>Przetłumacz tekst książki kodów</translation>
    </message>
    <message>
        <source>the translation is already saved as it is.</source>
        <translation>tłumaczenie jest już zapisane w tej postaci.</translation>
    </message>
</context>
<context>
    <name>CodebookCounts</name>
    <message numerus="yes">
        <source>Changing this score re-scores every country (%Ln assessments use it). Change it?</source>
        <translation>
            <numerusform>Zmiana tego wyniku przeliczy wyniki wszystkich krajów (używa go %Ln ocena). Zmienić?</numerusform>
            <numerusform>Zmiana tego wyniku przeliczy wyniki wszystkich krajów (używają go %Ln oceny). Zmienić?</numerusform>
            <numerusform>Zmiana tego wyniku przeliczy wyniki wszystkich krajów (używa go %Ln ocen). Zmienić?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln made from English that has changed since</source>
        <translation>
            <numerusform>; %Ln tłumaczenie wykonano z angielskiego tekstu, który od tego czasu się zmienił</numerusform>
            <numerusform>; %Ln tłumaczenia wykonano z angielskiego tekstu, który od tego czasu się zmienił</numerusform>
            <numerusform>; %Ln tłumaczeń wykonano z angielskiego tekstu, który od tego czasu się zmienił</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendacje</translation>
    </message>
    <message>
        <source>Status scale</source>
        <translation>Skala statusów</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Stopnie</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Tłumaczenia</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Książka kodów</translation>
    </message>
    <message>
        <source>Codebook pages</source>
        <translation>Strony książki kodów</translation>
    </message>
    <message>
        <source>Apply saves a page&apos;s changes, recorded in the history; Ctrl+Z undoes each one.</source>
        <translation>„Zastosuj” zapisuje zmiany strony i odnotowuje je w historii; Ctrl+Z cofa każdą z nich.</translation>
    </message>
    <message>
        <source>How changes are saved</source>
        <translation>Jak zapisywane są zmiany</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Apply the changes not yet applied (%1)?</source>
        <translation>Zastosować zmiany, które nie zostały jeszcze zastosowane (%1)?</translation>
    </message>
</context>
<context>
    <name>CodebookPage</name>
    <message>
        <source>&amp;Apply</source>
        <extracomment>The page&apos;s name in English (its tab shows :meth:`page_title`, translated in context &quot;CodebookEditor&quot;).</extracomment>
        <translation>&amp;Zastosuj</translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation>Zastosuj zmiany: %1</translation>
    </message>
    <message>
        <source>Save this page&apos;s changes (Ctrl+Z undoes them)</source>
        <translation>Zapisz zmiany z tej strony (Ctrl+Z je cofnie)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>Revert %1 changes</source>
        <translation>Odrzuć zmiany: %1</translation>
    </message>
    <message>
        <source>Throw away what was typed here and show what is saved</source>
        <translation>Odrzuć to, co tu wpisano, i pokaż zapisane dane</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>red</source>
        <extracomment>Colours in words, by the hue they start below (translated where shown: context &quot;ColorNames&quot;).</extracomment>
        <translation>czerwony</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>pomarańczowy</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>żółty</translation>
    </message>
    <message>
        <source>green</source>
        <translation>zielony</translation>
    </message>
    <message>
        <source>teal</source>
        <translation>morski</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>niebieski</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>fioletowy</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>różowy</translation>
    </message>
    <message>
        <source>dark red</source>
        <extracomment>The darker shade of each (said of a colour whose value is under half).</extracomment>
        <translation>ciemnoczerwony</translation>
    </message>
    <message>
        <source>dark orange</source>
        <translation>ciemnopomarańczowy</translation>
    </message>
    <message>
        <source>dark yellow</source>
        <translation>ciemnożółty</translation>
    </message>
    <message>
        <source>dark green</source>
        <translation>ciemnozielony</translation>
    </message>
    <message>
        <source>dark teal</source>
        <translation>ciemnomorski</translation>
    </message>
    <message>
        <source>dark blue</source>
        <translation>ciemnoniebieski</translation>
    </message>
    <message>
        <source>dark purple</source>
        <translation>ciemnofioletowy</translation>
    </message>
    <message>
        <source>dark pink</source>
        <translation>ciemnoróżowy</translation>
    </message>
    <message>
        <source>black</source>
        <translation>czarny</translation>
    </message>
    <message>
        <source>white</source>
        <translation>biały</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>szary</translation>
    </message>
    <message>
        <source>dark grey</source>
        <translation>ciemnoszary</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <source>Evidence “%1”</source>
        <translation>Dowód „%1”</translation>
    </message>
    <message>
        <source>Recommendation “%1”</source>
        <translation>Rekomendacja „%1”</translation>
    </message>
    <message>
        <source>Country “%1”</source>
        <translation>Kraj „%1”</translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation>Status „%1”</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Grupa „%1”</translation>
    </message>
    <message>
        <source>Setting “%1”</source>
        <translation>Ustawienie „%1”</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Proposed status of %1</source>
        <translation>Proponowany status: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 was changed on two copies, neither seeing the other&apos;s change.</source>
        <translation>%1: zmieniono w dwóch kopiach bez wiedzy o sobie nawzajem.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Usunięto (autor: %1)</translation>
    </message>
    <message>
        <source>Version by %1</source>
        <translation>Wersja (autor: %1)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <source>(applies now)</source>
        <translation>(obowiązuje teraz)</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>obowiązuje od %1</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 (autor: %2), %3</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(bieżący)</translation>
    </message>
    <message>
        <source>Applies now</source>
        <translation>Obowiązuje teraz</translation>
    </message>
    <message>
        <source>“Keep the applied version” keeps the record as it is; “Use this version” puts the selected version in its place. Either way every version stays in the history.</source>
        <translation>„Zachowaj obowiązującą wersję” — rekord zostaje bez zmian; „Użyj tej wersji” — jego miejsce zajmuje zaznaczona wersja. W obu przypadkach wszystkie wersje zostają w historii.</translation>
    </message>
    <message>
        <source>%1: statuses set on two copies without seeing each other.</source>
        <translation>%1: statusy ustawiono w dwóch kopiach bez wiedzy o sobie nawzajem.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Bieżący</translation>
    </message>
    <message>
        <source>“Keep the current status” keeps the cell as it is; “Use this judgement” makes the selected one current. Either way every judgement stays in the history.</source>
        <translation>„Zachowaj bieżący status” — komórka zostaje bez zmian; „Użyj tej oceny” — bieżąca staje się zaznaczona. W obu przypadkach wszystkie oceny zostają w historii.</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Komórka %1</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Kto zmienił</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Co się różni</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Obowiązuje</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Title</source>
        <extracomment>Fields that say when and by whom, not what: never listed as a difference. How much of a value the list shows (the pane below shows all of it). The fields a version can change, as a person names them.</extracomment>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Wydawca</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Komórki</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Rodzaj źródła</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Data dostępu</translation>
    </message>
    <message>
        <source>Archived copy</source>
        <translation>Kopia archiwalna</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Zarchiwizowane</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Załączony plik</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Wskazówki</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Changes made on two copies of this shared tracker without either seeing the other: records edited on both, and cells whose status was set on both. One version applies already; choose whether it stays.</source>
        <translation>Zmiany wprowadzone w dwóch kopiach tego wspólnego trackera bez wiedzy o sobie nawzajem: rekordy zmienione w obu i komórki, których status ustawiono w obu. Jedna wersja już obowiązuje; zdecyduj, czy ma zostać.</translation>
    </message>
    <message>
        <source>About conflicts</source>
        <translation>O konfliktach</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nic do przejrzenia</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nierozstrzygnięte konflikty</translation>
    </message>
    <message>
        <source>Each conflict, and under it the versions or judgements it is made of; the one that applies is marked.</source>
        <translation>Każdy konflikt, a pod nim jego wersje lub oceny; obowiązująca jest oznaczona.</translation>
    </message>
    <message>
        <source>The selected conflict</source>
        <translation>Zaznaczony konflikt</translation>
    </message>
    <message>
        <source>&amp;Keep the applied version</source>
        <translation>&amp;Zachowaj obowiązującą wersję</translation>
    </message>
    <message>
        <source>Keep the applied version</source>
        <translation>Zachowaj obowiązującą wersję</translation>
    </message>
    <message>
        <source>The record stays as it is and leaves this list</source>
        <translation>Rekord zostaje bez zmian i znika z tej listy</translation>
    </message>
    <message>
        <source>&amp;Use this version</source>
        <translation>&amp;Użyj tej wersji</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation>Użyj tej wersji</translation>
    </message>
    <message>
        <source>The selected version replaces the one that applies</source>
        <translation>Zaznaczona wersja zastępuje obowiązującą</translation>
    </message>
    <message>
        <source>K&amp;eep the current status</source>
        <translation>Zac&amp;howaj bieżący status</translation>
    </message>
    <message>
        <source>Keep the current status</source>
        <translation>Zachowaj bieżący status</translation>
    </message>
    <message>
        <source>The cell keeps its status and loses its ⚠ mark</source>
        <translation>Komórka zachowuje status i traci znak ⚠</translation>
    </message>
    <message>
        <source>U&amp;se this judgement</source>
        <translation>Użyj tej &amp;oceny</translation>
    </message>
    <message>
        <source>Use this judgement</source>
        <translation>Użyj tej oceny</translation>
    </message>
    <message>
        <source>The selected judgement becomes the cell&apos;s status</source>
        <translation>Zaznaczona ocena staje się statusem komórki</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts.</source>
        <translation>Nic do przejrzenia: nie ma konfliktów.</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts. This tracker has not synced yet.</source>
        <translation>Nic do przejrzenia: nie ma konfliktów. Ten tracker nie był jeszcze synchronizowany.</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts. The last sync ran %1.</source>
        <translation>Nic do przejrzenia: nie ma konfliktów. Ostatnia synchronizacja: %1.</translation>
    </message>
    <message>
        <source>Select another version under the conflict to use it instead</source>
        <translation>Aby użyć innej wersji, zaznacz ją pod konfliktem</translation>
    </message>
    <message>
        <source>Select another judgement under the cell to use it</source>
        <translation>Aby użyć innej oceny, zaznacz ją pod komórką</translation>
    </message>
    <message>
        <source>Another program kept the tracker busy; nothing changed. Try again in a moment.</source>
        <translation>Inny program blokował tracker; nic się nie zmieniło. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Conflict settled; every version stays in the history.</source>
        <translation>Konflikt rozstrzygnięty; wszystkie wersje zostają w historii.</translation>
    </message>
</context>
<context>
    <name>CountriesEditor</name>
    <message>
        <source>%1 — archived</source>
        <extracomment>How many ISO matches the &quot;Add country&quot; list shows at most (the best first).</extracomment>
        <translation>%1 — w archiwum</translation>
    </message>
    <message>
        <source>Countries and groups</source>
        <translation>Kraje i grupy</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Filtruj po nazwie lub kodzie</translation>
    </message>
    <message>
        <source>Filter tracked countries</source>
        <translation>Filtr śledzonych krajów</translation>
    </message>
    <message>
        <source>Tracked countries</source>
        <translation>Śledzone kraje</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiwizuj</translation>
    </message>
    <message>
        <source>Archive country</source>
        <translation>Archiwizuj kraj</translation>
    </message>
    <message>
        <source>Leave the matrix, scores and ranks; the country&apos;s evidence and history stay</source>
        <translation>Usuń z macierzy, wyników i rankingu; dowody i historia kraju zostają</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Restore country</source>
        <translation>Przywróć kraj</translation>
    </message>
    <message>
        <source>Bring an archived country back into the matrix</source>
        <translation>Przywróć zarchiwizowany kraj do macierzy</translation>
    </message>
    <message>
        <source>Countries tracked</source>
        <translation>Liczba śledzonych krajów</translation>
    </message>
    <message>
        <source>Type a name or ISO code, e.g. ukr or UA</source>
        <translation>Wpisz nazwę lub kod ISO, np. ukr lub UA</translation>
    </message>
    <message>
        <source>A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian, or an ISO code</source>
        <translation>Nazwa po angielsku, białorusku, ukraińsku, rosyjsku, polsku lub litewsku albo kod ISO</translation>
    </message>
    <message>
        <source>Country to add, name or code</source>
        <translation>Kraj do dodania: nazwa lub kod</translation>
    </message>
    <message>
        <source>ISO countries not yet tracked</source>
        <translation>Kraje ISO jeszcze nieśledzone</translation>
    </message>
    <message>
        <source>A&amp;dd country</source>
        <translation>&amp;Dodaj kraj</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Dodaj kraj</translation>
    </message>
    <message>
        <source>Add country matches</source>
        <translation>Kraje pasujące do dodania</translation>
    </message>
    <message>
        <source>Add &amp;country (any ISO 3166 country):</source>
        <translation>Dodaj &amp;kraj (dowolny kraj ISO 3166):</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nazwa grupy</translation>
    </message>
    <message>
        <source>A name, e.g. Nordic countries</source>
        <translation>Nazwa, np. Kraje nordyckie</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nazwa grupy:</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>No&amp;wa grupa</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <source>Create a group with the name typed (its members ticked next)</source>
        <translation>Utwórz grupę o wpisanej nazwie (potem zaznacz jej członków)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Zmień nazwę grupy</translation>
    </message>
    <message>
        <source>Give the chosen group the name typed</source>
        <translation>Nadaj wybranej grupie wpisaną nazwę</translation>
    </message>
    <message>
        <source>De&amp;lete group</source>
        <translation>&amp;Usuń grupę</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Usuń grupę</translation>
    </message>
    <message>
        <source>Remove the group; its countries and evidence stay (Ctrl+Z brings it back)</source>
        <translation>Usuń grupę; jej kraje i dowody zostają (Ctrl+Z ją przywróci)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filtruj kraje…</translation>
    </message>
    <message>
        <source>&amp;Members (tick the countries in the chosen group):</source>
        <translation>&amp;Członkowie (zaznacz kraje wybranej grupy):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Each change is saved at once and is in the history; Ctrl+Z undoes it.</source>
        <translation>Każda zmiana zapisuje się od razu i trafia do historii; Ctrl+Z ją cofa.</translation>
    </message>
    <message>
        <source>How changes are saved</source>
        <translation>Jak zapisywane są zmiany</translation>
    </message>
    <message>
        <source>%1 tracked, %2 archived</source>
        <translation>Śledzone: %1, w archiwum: %2</translation>
    </message>
    <message>
        <source>%1 tracked</source>
        <translation>Śledzone: %1</translation>
    </message>
    <message>
        <source>Type part of a name or a code to find a country.</source>
        <translation>Wpisz część nazwy lub kod, aby znaleźć kraj.</translation>
    </message>
    <message>
        <source> — archived here, adding restores it</source>
        <translation> — tu w archiwum, dodanie go przywróci</translation>
    </message>
    <message>
        <source>“%1” is already tracked.</source>
        <translation>„%1” jest już śledzony.</translation>
    </message>
    <message>
        <source>No ISO country matches “%1”.</source>
        <translation>Żaden kraj ISO nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>Added %1; Ctrl+Z undoes it.</source>
        <translation>Dodano %1; Ctrl+Z to cofnie.</translation>
    </message>
    <message>
        <source>Deleted the group %1; Ctrl+Z brings it back.</source>
        <translation>Usunięto grupę %1; Ctrl+Z ją przywróci.</translation>
    </message>
</context>
<context>
    <name>CountryCard</name>
    <message>
        <source>Country scorecard</source>
        <translation>Karta oceny kraju</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Score, grade, rank and coverage</source>
        <translation>Wynik, ocena, miejsce i pokrycie</translation>
    </message>
    <message>
        <source>Change since the comparison date</source>
        <translation>Zmiana od daty porównania</translation>
    </message>
    <message>
        <source>Evidence behind each status</source>
        <translation>Dowody dla każdego statusu</translation>
    </message>
    <message>
        <source>Recommendation / evidence</source>
        <translation>Rekomendacja / dowód</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Wydawca</translation>
    </message>
    <message>
        <source>Report for this country…</source>
        <translation>Raport o tym kraju…</translation>
    </message>
    <message>
        <source>Report for this country</source>
        <translation>Raport o tym kraju</translation>
    </message>
    <message>
        <source>Choose a country in the ranking</source>
        <translation>Wybierz kraj w rankingu</translation>
    </message>
    <message>
        <source>grade &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ocena &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ranked %1 of %2</source>
        <comment>3rd of 37</comment>
        <translation>miejsce %1 z %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>na dzień %1</translation>
    </message>
    <message>
        <source>first scored</source>
        <translation>pierwszy wynik</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (było %1)</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Od %1: %2</translation>
    </message>
    <message>
        <source>Since %1: no score to compare</source>
        <translation>Od %1: brak wyniku do porównania</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Jeszcze nie oceniono.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Dlaczego: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Brak linku</translation>
    </message>
</context>
<context>
    <name>CountryCounts</name>
    <message>
        <source>1 country matches: Enter adds it.</source>
        <translation>Pasuje 1 kraj: Enter go doda.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries match: Enter adds the highlighted one.</source>
        <translation>
            <numerusform>Pasuje %Ln kraj: Enter doda zaznaczony.</numerusform>
            <numerusform>Pasują %Ln kraje: Enter doda zaznaczony.</numerusform>
            <numerusform>Pasuje %Ln krajów: Enter doda zaznaczony.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln kraj</numerusform>
            <numerusform>%Ln kraje</numerusform>
            <numerusform>%Ln krajów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>No backup was made today: %1</source>
        <extracomment>The backup made (a Path), or None when one was already made today. Why no backup could be made: one sentence.</extracomment>
        <translation>Dziś nie wykonano kopii zapasowej: %1</translation>
    </message>
</context>
<context>
    <name>DataAttachments</name>
    <message>
        <source>{name} is a folder, not a file; attach a file inside it.</source>
        <extracomment>Largest attachment stored in a tracker; larger files belong on a server. Bytes read (or streamed out of the tracker) at a time. Changed attachments named one by one in a check&apos;s message; the rest are counted. Private copies opened from the app are removed after this long (the next time one is opened).</extracomment>
        <translation>{name} to folder, a nie plik; załącz plik z jego wnętrza.</translation>
    </message>
    <message>
        <source>{name} is a pipe, not a file; attach a regular file.</source>
        <translation>{name} to potok, a nie plik; załącz zwykły plik.</translation>
    </message>
    <message>
        <source>{name} is a device, not a file; attach a regular file.</source>
        <translation>{name} to urządzenie, a nie plik; załącz zwykły plik.</translation>
    </message>
    <message>
        <source>{name} is a socket, not a file; attach a regular file.</source>
        <translation>{name} to gniazdo, a nie plik; załącz zwykły plik.</translation>
    </message>
    <message>
        <source>{name} is a link to another file; attach the file itself.</source>
        <translation>{name} to dowiązanie do innego pliku; załącz sam plik.</translation>
    </message>
    <message>
        <source>{name} is not a regular file; attach a regular file.</source>
        <translation>{name} nie jest zwykłym plikiem; załącz zwykły plik.</translation>
    </message>
    <message>
        <source>{name} is too big to attach (over {size}); keep it elsewhere and link to it.</source>
        <translation>{name} jest za duży do załączenia (ponad {size}); przechowuj go gdzie indziej i podaj link.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}.</source>
        <translation>Nie można odczytać {name}: {problem}.</translation>
    </message>
    <message>
        <source>{target} does not exist.</source>
        <translation>{target} nie istnieje.</translation>
    </message>
    <message>
        <source>{target} cannot be read: {problem}.</source>
        <translation>Nie można odczytać {target}: {problem}.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <extracomment>Names Windows reserves for devices, with or without an extension. Endings that a double-click runs as a program or script instead of showing.</extracomment>
        <translation>Nie ma dowodu o uid {uid}.</translation>
    </message>
    <message>
        <source>The attached file {name} of the evidence “{evidence_title}” has changed since it was attached (its SHA-256 checksum does not match), so it was not taken out; a check of the tracker lists every changed file.</source>
        <translation>Załączony plik {name} dowodu „{evidence_title}” zmienił się od chwili załączenia (jego suma kontrolna SHA-256 się nie zgadza), więc nie został wyjęty; sprawdzenie trackera wymienia wszystkie zmienione pliki.</translation>
    </message>
    <message>
        <source>The evidence {uid} has no attached file.</source>
        <translation>Dowód {uid} nie ma załączonego pliku.</translation>
    </message>
    <message>
        <source>{target} is a folder; give the name of the file to write.</source>
        <translation>{target} to folder; podaj nazwę pliku do zapisania.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name (or replace it with --force).</source>
        <translation>{target} już istnieje; wybierz nową nazwę pliku (lub zastąp go opcją --force).</translation>
    </message>
    <message>
        <source>The attached file could not be written to {target}: {problem}.</source>
        <translation>Nie można zapisać załączonego pliku do {target}: {problem}.</translation>
    </message>
    <message>
        <source>A copy of {name} could not be written to open it: {problem}.</source>
        <translation>Nie można zapisać kopii {name}, aby ją otworzyć: {problem}.</translation>
    </message>
</context>
<context>
    <name>DataBackup</name>
    <message>
        <source>{target} is a folder; give the name of the copy to write.</source>
        <extracomment>The meta key of the tracker&apos;s identity, which names its backups&apos; folder. Ids derived from a tracker&apos;s creation (see :func:`tracker_id`) are UUID 5 in this namespace. Backups kept: the newest of each of the last KEEP_DAILY days that have one ... ... and the newest of each of the KEEP_WEEKLY ISO weeks before those. Every backup of the newest day is kept too (up to this many), so each import of a busy day keeps its own &quot;before import&quot; copy until a later day&apos;s backup takes over. Why a backup was taken (the word in its file name) and how the app names that. Path parts that mark a folder another program copies elsewhere (cloud sync), compared lower-case. File systems on another machine (Linux /proc/mounts names).</extracomment>
        <translation>{target} to folder; podaj nazwę kopii do zapisania.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <source>{target} is the open tracker itself; choose another name for the copy.</source>
        <translation>{target} to sam otwarty tracker; wybierz inną nazwę kopii.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name.</source>
        <translation>{target} już istnieje; wybierz nową nazwę pliku.</translation>
    </message>
    <message>
        <source>The copy could not be written to {target}: {reason}.</source>
        <translation>Nie można zapisać kopii do {target}: {reason}.</translation>
    </message>
    <message>
        <source>{name} has no backups yet and cannot be given an id for them ({problem}).</source>
        <translation>{name} nie ma jeszcze kopii zapasowych i nie można mu nadać dla nich identyfikatora ({problem}).</translation>
    </message>
    <message>
        <source>No backup was made: {reason}, and backups are kept only in a private folder (set POLICY_TRACKER_DATA_DIR to one).</source>
        <translation>Nie utworzono kopii zapasowej: {reason}, a kopie zapasowe są przechowywane tylko w prywatnym folderze (wskaż go w POLICY_TRACKER_DATA_DIR).</translation>
    </message>
    <message>
        <source>The backup folder {folder} could not be made: {problem}.</source>
        <translation>Nie można utworzyć folderu kopii zapasowych {folder}: {problem}.</translation>
    </message>
    <message>
        <source>A tracker kept in memory has no backups.</source>
        <translation>Tracker przechowywany w pamięci nie ma kopii zapasowych.</translation>
    </message>
    <message>
        <source>No backup was made: {reason}.</source>
        <translation>Nie utworzono kopii zapasowej: {reason}.</translation>
    </message>
    <message>
        <source>No backup was made: it takes {size}, the disk that holds the backups has {free} free, and at least {floor} must stay free; free some space there, or keep the backups on a larger disk (POLICY_TRACKER_DATA_DIR).</source>
        <translation>Nie utworzono kopii zapasowej: zajmuje {size}, na dysku z kopiami zapasowymi wolne jest {free}, a co najmniej {floor} musi pozostać wolne; zwolnij tam miejsce albo przechowuj kopie zapasowe na większym dysku (POLICY_TRACKER_DATA_DIR).</translation>
    </message>
    <message>
        <source>Nothing was restored: there is no backup at {backup}.</source>
        <translation>Nic nie zostało przywrócone: pod {backup} nie ma kopii zapasowej.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Nic nie zostało przywrócone: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup {name} is damaged ({result}).</source>
        <translation>Nic nie zostało przywrócone: kopia zapasowa {name} jest uszkodzona ({result}).</translation>
    </message>
    <message>
        <source>Nothing was restored: there is no tracker at {target}.</source>
        <translation>Nic nie zostało przywrócone: pod {target} nie ma trackera.</translation>
    </message>
    <message>
        <source>Nothing was restored: that backup is the tracker itself.</source>
        <translation>Nic nie zostało przywrócone: ta kopia zapasowa to sam tracker.</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} cannot be opened ({problem}).</source>
        <translation>Nic nie zostało przywrócone: nie można otworzyć {target} ({problem}).</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} cannot be read ({problem}).</source>
        <translation>Nic nie zostało przywrócone: nie można odczytać {target} ({problem}).</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} is not a Policy Tracker file.</source>
        <translation>Nic nie zostało przywrócone: {target} nie jest plikiem Policy Tracker.</translation>
    </message>
    <message>
        <source>Nothing was restored: {name} is open in another program or window; close it there first.</source>
        <translation>Nic nie zostało przywrócone: {name} jest otwarty w innym programie lub oknie; najpierw go tam zamknij.</translation>
    </message>
    <message>
        <source>Nothing was restored: {name} is being written by another program; try again when it is done.</source>
        <translation>Nic nie zostało przywrócone: inny program zapisuje do {name}; spróbuj ponownie, gdy skończy.</translation>
    </message>
    <message>
        <source>Nothing was restored, because the tracker as it is now could not be backed up first: {reason}</source>
        <translation>Nic nie zostało przywrócone, ponieważ najpierw nie udało się utworzyć kopii zapasowej obecnego trackera: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored, because the damaged tracker could not be kept first: {problem}.</source>
        <translation>Nic nie zostało przywrócone, ponieważ najpierw nie udało się zachować uszkodzonego trackera: {problem}.</translation>
    </message>
    <message>
        <source>Nothing was restored: the restored file could not be written ({reason}).</source>
        <translation>Nic nie zostało przywrócone: nie można zapisać przywróconego pliku ({reason}).</translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message numerus="yes">
        <source>Rebuilt the search index from the %n pieces of evidence and restored the triggers that keep it current.</source>
        <comment>Rebuilt the search index from the %n piece of evidence and restored the triggers that keep it current.</comment>
        <extracomment>Names of the temporary tables the search-index check builds (in the connection&apos;s own temp schema: nothing is written to the tracker file). The counts in check&apos;s sentences (Qt&apos;s plural forms; lupdate collects ``DataCheck.tr``).</extracomment>
        <translation>
            <numerusform>Przebudowano indeks wyszukiwania z %n dowodu i przywrócono wyzwalacze, które utrzymują go w aktualnym stanie.</numerusform>
            <numerusform>Przebudowano indeks wyszukiwania z %n dowodów i przywrócono wyzwalacze, które utrzymują go w aktualnym stanie.</numerusform>
            <numerusform>Przebudowano indeks wyszukiwania z %n dowodów i przywrócono wyzwalacze, które utrzymują go w aktualnym stanie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is damaged: SQLite cannot read it ({error}).</source>
        <translation>Plik jest uszkodzony: SQLite nie może go odczytać ({error}).</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite&apos;s integrity check failed ({details}).</source>
        <translation>Plik jest uszkodzony: kontrola spójności SQLite nie powiodła się ({details}).</translation>
    </message>
    <message>
        <source>The links between records cannot be checked ({error}).</source>
        <translation>Nie można sprawdzić powiązań między rekordami ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>%n records point at records that do not exist (in {tables}); it cannot be repaired without guessing, so restore a copy or correct it by hand.</source>
        <comment>%n record points at a record that does not exist (in {tables}); it cannot be repaired without guessing, so restore a copy or correct it by hand.</comment>
        <translation>
            <numerusform>%n rekord wskazuje na nieistniejące rekordy (w {tables}); nie da się tego naprawić bez zgadywania, więc przywróć kopię lub popraw to ręcznie.</numerusform>
            <numerusform>%n rekordy wskazują na nieistniejące rekordy (w {tables}); nie da się tego naprawić bez zgadywania, więc przywróć kopię lub popraw to ręcznie.</numerusform>
            <numerusform>%n rekordów wskazuje na nieistniejące rekordy (w {tables}); nie da się tego naprawić bez zgadywania, więc przywróć kopię lub popraw to ręcznie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index does not match the evidence, so a search can miss evidence or find evidence that no longer says what was searched for.</source>
        <translation>Indeks wyszukiwania nie zgadza się z dowodami, więc wyszukiwanie może pominąć dowody albo znaleźć takie, które nie zawierają już szukanego tekstu.</translation>
    </message>
    <message>
        <source>The stored counts of evidence per cell and of records do not match the data ({details}), so the matrix and the status bar can show wrong numbers.</source>
        <translation>Zapisane liczby dowodów w komórkach i rekordów nie zgadzają się z danymi ({details}), więc macierz i pasek stanu mogą pokazywać błędne liczby.</translation>
    </message>
    <message>
        <source>The stored current status of each cell does not match the assessments ({details}), so the matrix can show a wrong status.</source>
        <translation>Zapisany bieżący status komórek nie zgadza się z ocenami ({details}), więc macierz może pokazywać błędny status.</translation>
    </message>
    <message>
        <source>The status scale cannot be read ({error}).</source>
        <translation>Nie można odczytać skali statusów ({error}).</translation>
    </message>
    <message>
        <source>The status scale must have exactly one &apos;not assessed&apos; status; it has {count}.</source>
        <translation>Skala statusów musi mieć dokładnie jeden status „nie oceniono”; ma ich: {count}.</translation>
    </message>
    <message>
        <source>The attached files cannot be checked ({error}).</source>
        <translation>Nie można sprawdzić załączonych plików ({error}).</translation>
    </message>
    <message>
        <source>The evidence&apos;s links cannot be checked ({error}).</source>
        <extracomment>How many links that break the address rules a check names before it only counts the rest.</extracomment>
        <translation>Nie można sprawdzić linków dowodów ({error}).</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>; i jeszcze {count}</translation>
    </message>
    <message>
        <source>Links that could open another site than they show must be corrected by hand: {links}{more}.</source>
        <translation>Linki, które mogą otworzyć inną stronę niż pokazują, trzeba poprawić ręcznie: {links}{more}.</translation>
    </message>
    <message>
        <source>The problems found cannot be repaired automatically: {problems}.</source>
        <translation>Znalezionych problemów nie można naprawić automatycznie: {problems}.</translation>
    </message>
    <message>
        <source>Recounted the evidence per cell and the records, and restored the triggers that keep them current.</source>
        <translation>Przeliczono dowody w komórkach i rekordy oraz przywrócono wyzwalacze, które utrzymują liczby w aktualnym stanie.</translation>
    </message>
    <message>
        <source>Recomputed each cell&apos;s current status and restored the triggers that keep it current.</source>
        <translation>Ponownie obliczono bieżący status każdej komórki i przywrócono wyzwalacze, które utrzymują go w aktualnym stanie.</translation>
    </message>
    <message>
        <source>The tracker was opened read-only, so it cannot be repaired.</source>
        <translation>Tracker otwarto tylko do odczytu, więc nie można go naprawić.</translation>
    </message>
    <message>
        <source>The repair failed, so nothing was changed: {error}.</source>
        <extracomment>Why a repair changed nothing.</extracomment>
        <translation>Naprawa nie powiodła się, więc nic nie zmieniono: {error}.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt, so nothing was changed: {error}.</source>
        <extracomment>The tables FTS5 keeps an index in (&quot;shadow tables&quot;); the content comes from the search view.</extracomment>
        <translation>Nie udało się przebudować indeksu wyszukiwania, więc nic nie zmieniono: {error}.</translation>
    </message>
</context>
<context>
    <name>DataCodebook</name>
    <message>
        <source>&apos;{field}&apos; must be a number from 0 to 1, such as 0.5.</source>
        <extracomment>Where a codebook text is kept, as in the ``translations`` table: (table, row key, field). ``(&quot;statuses&quot;, &quot;full&quot;, &quot;label&quot;)``, ``(&quot;meta&quot;, &quot;title&quot;, &quot;value&quot;)``, ``(&quot;groups&quot;, &quot;EU&quot;, &quot;name&quot;)``. Share of a country&apos;s recommendations that must be assessed before it gets a grade and a rank.</extracomment>
        <translation>„{field}” musi być liczbą od 0 do 1, np. 0.5.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be from 0 to 1 (a share of the recommendations); got {value!r}.</source>
        <translation>„{field}” musi mieścić się od 0 do 1 (część rekomendacji); otrzymano {value!r}.</translation>
    </message>
    <message>
        <source>{path} is too large to be a codebook (more than {megabytes} MB).</source>
        <extracomment>Countries tracked once and archived since (an exported codebook keeps them for their groups and history). The texts&apos; translations, {language: text} by where each is kept. English stays in the fields above (exports, scripts and search read it there); only grade names, which have no column, keep &quot;en&quot; here. The language the translations were made from (&quot;en&quot; for the default codebook: the article is in English), and a note for readers; a report says a quotation&apos;s translation is one. A codebook is a few hundred KB at most; a bigger file is refused before it is read into memory.</extracomment>
        <translation>{path} jest za duży na książkę kodów (ponad {megabytes} MB).</translation>
    </message>
    <message>
        <source>There is no codebook file at {path}.</source>
        <translation>Pod {path} nie ma pliku książki kodów.</translation>
    </message>
    <message>
        <source>{path} is not a valid JSON codebook: {problem}.</source>
        <translation>{path} nie jest poprawną książką kodów JSON: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a valid codebook: its JSON is nested too deeply to read.</source>
        <translation>{path} nie jest poprawną książką kodów: jej JSON jest zbyt głęboko zagnieżdżony, by go odczytać.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}.</source>
        <translation>Nie można odczytać {path}: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a valid codebook: it is nested too deeply.</source>
        <translation>{path} nie jest poprawną książką kodów: jest zbyt głęboko zagnieżdżona.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; is missing.</source>
        <translation>{where}: brakuje „{key}”.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a {kind}.</source>
        <translation>{where}: „{key}” musi być typu {kind}.</translation>
    </message>
    <message>
        <source>{where}: a codebook must be a JSON object.</source>
        <translation>{where}: książka kodów musi być obiektem JSON.</translation>
    </message>
    <message>
        <source>{where}: &apos;title&apos; is missing.</source>
        <translation>{where}: brakuje „title”.</translation>
    </message>
    <message>
        <source>{at} must be an object.</source>
        <translation>{at} musi być obiektem.</translation>
    </message>
    <message>
        <source>{at}: the code &apos;{code}&apos; is used twice.</source>
        <translation>{at}: kod „{code}” użyto dwa razy.</translation>
    </message>
    <message>
        <source>{where}: exactly one status must have a null score (the &apos;not assessed&apos; status); found {found}.</source>
        <translation>{where}: dokładnie jeden status musi mieć pusty wynik (status „Bez oceny”); znaleziono: {found}.</translation>
    </message>
    <message>
        <source>{where}: two statuses have the same label.</source>
        <translation>{where}: dwa statusy mają tę samą etykietę.</translation>
    </message>
    <message>
        <source>{where}: two statuses have the same {name} label {label!r}.</source>
        <translation>{where}: dwa statusy mają tę samą etykietę ({name}) {label!r}.</translation>
    </message>
    <message>
        <source>{where}: &apos;grades&apos; must be a list of objects.</source>
        <translation>{where}: „grades” musi być listą obiektów.</translation>
    </message>
    <message>
        <source>{where}: grade {i} must be an object.</source>
        <translation>{where}: stopień {i} musi być obiektem.</translation>
    </message>
    <message>
        <source>{where}: grade {i}: the grade &apos;{grade}&apos; is listed twice.</source>
        <translation>{where}: stopień {i}: stopień „{grade}” występuje dwa razy.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a list of country codes.</source>
        <translation>{where}: „{key}” musi być listą kodów krajów.</translation>
    </message>
    <message>
        <source>{where}: {c!r} is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>{where}: {c!r} nie jest kodem kraju ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>{where}: {code} is listed both as a country and as an archived one.</source>
        <translation>{where}: {code} występuje i jako kraj, i jako kraj zarchiwizowany.</translation>
    </message>
    <message>
        <source>{where}: &apos;groups&apos; must be an object of name: [codes].</source>
        <translation>{where}: „groups” musi być obiektem postaci nazwa: [kody].</translation>
    </message>
    <message>
        <source>{where}: group {name!r} must list country codes.</source>
        <translation>{where}: grupa {name!r} musi wymieniać kody krajów.</translation>
    </message>
    <message>
        <source>{where}: group {name!r} lists {m!r}, which is not among the codebook&apos;s countries.</source>
        <translation>{where}: grupa {name!r} wymienia {m!r}, którego nie ma wśród krajów książki kodów.</translation>
    </message>
    <message>
        <source>{where}: &apos;review_interval_days&apos; must be a whole number of days.</source>
        <translation>{where}: „review_interval_days” musi być całkowitą liczbą dni.</translation>
    </message>
    <message>
        <source>{where}: &apos;evidence&apos; must be a list of objects.</source>
        <translation>{where}: „evidence” musi być listą obiektów.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}.{code}&apos; (the {name} text) must be non-empty text.</source>
        <translation>{where}: „{path}.{code}” (tekst: {name}) musi być niepustym tekstem.</translation>
    </message>
    <message>
        <source>{where}: &apos;group_names&apos; must be an object of group: names.</source>
        <translation>{where}: „group_names” musi być obiektem postaci grupa: nazwy.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}&apos; names no group of the codebook.</source>
        <translation>{where}: „{path}” nie nazywa żadnej grupy książki kodów.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}&apos; must be an object of translations.</source>
        <translation>{where}: „{path}” musi być obiektem tłumaczeń.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}.en&apos; must be the group&apos;s own name {group!r} (or be left out).</source>
        <translation>{where}: „{path}.en” musi być własną nazwą grupy {group!r} (albo zostać pominięte).</translation>
    </message>
    <message>
        <source>{where}: &apos;translations&apos; must be an object.</source>
        <translation>{where}: „translations” musi być obiektem.</translation>
    </message>
    <message>
        <source>{where}: &apos;translations.translated_from&apos; must be one of {known}; got {code!r}.</source>
        <translation>{where}: „translations.translated_from” musi być jednym z: {known}; otrzymano {code!r}.</translation>
    </message>
    <message>
        <source>{where} must be true or false.</source>
        <translation>{where} musi mieć wartość true lub false.</translation>
    </message>
    <message>
        <source>There is no recommendation {code!r}.</source>
        <extracomment>The recommendation fields a person edits (its code is its stable identity; position is the order). The status fields a person edits (its code is stable, assessments refer to it). The tracker settings on the Tracker page, as kept in ``meta``. A review interval longer than this (ten years) is a typing slip, and would overflow date arithmetic if huge.</extracomment>
        <translation>Nie ma rekomendacji {code!r}.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s {field!r} cannot be edited here.</source>
        <extracomment>Words a suggested code leaves out (&quot;Support for antiwar initiatives&quot; → support_antiwar_initiatives).</extracomment>
        <translation>Pola {field!r} rekomendacji nie można tu edytować.</translation>
    </message>
    <message>
        <source>The new order must list every recommendation once; another program may have changed them.</source>
        <translation>Nowa kolejność musi wymieniać każdą rekomendację raz; mógł je zmienić inny program.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>pierwsza</translation>
    </message>
    <message>
        <source>last</source>
        <translation>ostatnia</translation>
    </message>
    <message>
        <source>{title} is already {where}.</source>
        <translation>„{title}” jest już {where} na liście.</translation>
    </message>
    <message>
        <source>{title} has {assessments} assessment(s) and {links} evidence link(s); archive it instead (its history stays).</source>
        <translation>„{title}” ma oceny ({assessments}) i powiązania z dowodami ({links}); zamiast tego zarchiwizuj ją (jej historia zostanie).</translation>
    </message>
    <message>
        <source>There is no status {code!r}.</source>
        <translation>Nie ma statusu {code!r}.</translation>
    </message>
    <message>
        <source>Another status is labelled {label!r}.</source>
        <translation>Inny status ma już etykietę {label!r}.</translation>
    </message>
    <message>
        <source>{label!r} is another status&apos;s code; choose another label.</source>
        <translation>{label!r} to kod innego statusu; wybierz inną etykietę.</translation>
    </message>
    <message>
        <source>A status&apos;s {key!r} cannot be edited.</source>
        <translation>Pola {key!r} statusu nie można edytować.</translation>
    </message>
    <message>
        <source>A status with code {code!r} already exists.</source>
        <translation>Status o kodzie {code!r} już istnieje.</translation>
    </message>
    <message>
        <source>Give the status a score from 0 to 100: the scale keeps exactly one “not assessed” status.</source>
        <translation>Nadaj statusowi wynik od 0 do 100: skala zachowuje dokładnie jeden status „Bez oceny”.</translation>
    </message>
    <message>
        <source>{label} is where every cell starts (not assessed): it has no score.</source>
        <translation>„{label}” to stan początkowy każdej komórki (bez oceny): nie ma wyniku.</translation>
    </message>
    <message>
        <source>Give a score from 0 to 100: the scale keeps exactly one “not assessed” status.</source>
        <translation>Podaj wynik od 0 do 100: skala zachowuje dokładnie jeden status „Bez oceny”.</translation>
    </message>
    <message>
        <source>{label} is the “not assessed” status every cell starts at; the scale always keeps it.</source>
        <translation>„{label}” to status „Bez oceny”, od którego zaczyna się każda komórka; skala zawsze go zachowuje.</translation>
    </message>
    <message>
        <source>{used} assessment(s) or review proposal(s) use {label}; it can be retired only when none does.</source>
        <translation>„{label}” jest używany w ocenach lub propozycjach do przeglądu ({used}); można go wycofać dopiero, gdy żadna go nie używa.</translation>
    </message>
    <message>
        <source>The review interval must be at most {limit:,} days.</source>
        <translation>Odstęp przeglądu może wynosić najwyżej {limit:,} dni.</translation>
    </message>
    <message>
        <source>{key!r} is not a tracker setting.</source>
        <translation>{key!r} nie jest ustawieniem trackera.</translation>
    </message>
    <message>
        <source>Translations are made into {known}; {language!r} is not one of them.</source>
        <extracomment>Longest translation of each kind of text, as for its English (a label must fit a matrix legend).</extracomment>
        <translation>Tłumaczenia są na {known}; {language!r} nie jest jednym z nich.</translation>
    </message>
    <message>
        <source>The codebook has no text {place} to translate.</source>
        <translation>Książka kodów nie ma tekstu {place} do przetłumaczenia.</translation>
    </message>
    <message>
        <source>Another status is labelled {other_label!r} in {name}.</source>
        <translation>Inny status ma już etykietę {other_label!r} ({name}).</translation>
    </message>
    <message>
        <source>Band {i} ({grade}) needs a minimum score from 0 to 100.</source>
        <extracomment>The longest grade name (a letter or a short word: it is shown in every scorecard row).</extracomment>
        <translation>Przedział {i} ({grade}) potrzebuje minimalnego wyniku od 0 do 100.</translation>
    </message>
    <message>
        <source>The grade {grade!r} is listed twice.</source>
        <translation>Stopień {grade!r} występuje dwa razy.</translation>
    </message>
    <message>
        <source>{other} and {grade} both start at {score:g}: the bands overlap; give each its own minimum.</source>
        <translation>{other} i {grade} zaczynają się od {score:g}: przedziały się nakładają; nadaj każdemu własne minimum.</translation>
    </message>
    <message>
        <source>Keep at least one grade band.</source>
        <translation>Zachowaj co najmniej jeden przedział stopni.</translation>
    </message>
    <message>
        <source>The lowest band ({grade}) starts at {score:g}: scores below it would get no grade. Start it at 0.</source>
        <translation>Najniższy przedział ({grade}) zaczyna się od {score:g}: wyniki poniżej nie dostaną stopnia. Zacznij go od 0.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must not be empty.</source>
        <translation>„{field}” nie może być puste.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is longer than {limit:,} characters.</source>
        <translation>„{field}” jest dłuższe niż {limit:,} znaków.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text or an object of translations such as {example}.</source>
        <translation>„{field}” musi być tekstem albo obiektem tłumaczeń, np. {example}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has a translation in an unknown language {code!r}; the languages are {known}.</source>
        <translation>„{field}” ma tłumaczenie w nieznanym języku {code!r}; języki to {known}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: the {language} text must be non-empty text.</source>
        <translation>„{field}”: tekst ({language}) musi być niepustym tekstem.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: the {language} text is longer than {limit:,} characters.</source>
        <translation>„{field}”: tekst ({language}) jest dłuższy niż {limit:,} znaków.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has translations but no English text ({code}), which is required.</source>
        <translation>„{field}” ma tłumaczenia, ale nie ma tekstu angielskiego ({code}), który jest wymagany.</translation>
    </message>
</context>
<context>
    <name>DataCodebookExport</name>
    <message>
        <source>This tracker&apos;s codebook cannot be exported: {reason}</source>
        <translation>Nie można wyeksportować książki kodów tego trackera: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the codebook file to write.</source>
        <translation>{path} to folder; podaj nazwę pliku książki kodów do zapisania.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name (or replace it with --force).</source>
        <translation>{path} już istnieje; wybierz nową nazwę pliku (albo zastąp go opcją --force).</translation>
    </message>
    <message>
        <source>The codebook could not be written to {path}: {reason}.</source>
        <translation>Nie udało się zapisać książki kodów do {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>DataField</name>
    <message>
        <source>title</source>
        <extracomment>The longest web address a file&apos;s cell may give. The fields users meet in forms, named in messages in the interface&apos;s language (English: the key with spaces).</extracomment>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>url</source>
        <translation>adres URL</translation>
    </message>
    <message>
        <source>archive url</source>
        <translation>adres w archiwum</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>data zdarzenia</translation>
    </message>
    <message>
        <source>accessed on</source>
        <translation>data dostępu</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>wydawca</translation>
    </message>
    <message>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>rodzaj źródła</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>uzasadnienie</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>wiarygodność</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>komentarz</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>data obowiązywania</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>data stanu</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>rekomendacja</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nazwa grupy</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etykieta</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>wskazówki</translation>
    </message>
    <message>
        <source>recommendation code</source>
        <translation>kod rekomendacji</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>color</source>
        <translation>kolor</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>waga</translation>
    </message>
    <message>
        <source>score</source>
        <translation>wynik</translation>
    </message>
    <message>
        <source>min score</source>
        <translation>minimalny wynik</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>stopień</translation>
    </message>
    <message>
        <source>review interval days</source>
        <translation>odstęp przeglądu w dniach</translation>
    </message>
    <message>
        <source>position</source>
        <translation>pozycja</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>{path} was made by an older version of Policy Tracker and must be upgraded before it can be opened, but {blocked}; copy it to a folder you can write to and open the copy.</source>
        <extracomment>Why writing is refused (None: the tracker can be written): see :meth:`open`. A reading connection that may have created the -wal/-shm files: tidy them away on close.</extracomment>
        <translation>{path} został utworzony przez starszą wersję Policy Tracker i przed otwarciem musi zostać zaktualizowany, ale {blocked}; skopiuj go do folderu, w którym można zapisywać, i otwórz kopię.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Policy Tracker; open it once in the app or with a command that writes, so it can be upgraded.</source>
        <translation>{path} został utworzony przez starszą wersję Policy Tracker; otwórz go raz w aplikacji lub poleceniem, które zapisuje, aby mógł zostać zaktualizowany.</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>został otwarty tylko do odczytu</translation>
    </message>
    <message>
        <source>it cannot be written to</source>
        <translation>nie można w nim zapisywać</translation>
    </message>
    <message>
        <source>This tracker is read-only: {reason}.</source>
        <translation>Ten tracker jest tylko do odczytu: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was saved, because {cause}.</source>
        <translation>Nic nie zostało zapisane, ponieważ {cause}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} już istnieje; wybierz nową nazwę pliku.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <source>{path} could not be created, because {cause}.</source>
        <translation>Nie można utworzyć {path}, ponieważ {cause}.</translation>
    </message>
    <message>
        <source>{name} was made by an older version of Policy Tracker and must be upgraded before it can be opened, but {blocked}; copy it to a folder you can write to and open the copy.</source>
        <extracomment>Most memory SQLite keeps for pages of an open tracker, in KiB.</extracomment>
        <translation>{name} został utworzony przez starszą wersję Policy Tracker i przed otwarciem musi zostać zaktualizowany, ale {blocked}; skopiuj go do folderu, w którym można zapisywać, i otwórz kopię.</translation>
    </message>
    <message>
        <source>{name} was not upgraded, because a copy of it could not be kept first ({cause}); it is unchanged.</source>
        <translation>{name} nie został zaktualizowany, ponieważ najpierw nie udało się zachować jego kopii ({cause}); jest niezmieniony.</translation>
    </message>
    <message>
        <source>{name} could not be upgraded to this version ({cause}); it was left as it was.</source>
        <translation>Nie udało się zaktualizować {name} do tej wersji ({cause}); pozostał bez zmian.</translation>
    </message>
    <message>
        <source>There is no tracker at {path}.</source>
        <translation>Pod {path} nie ma trackera.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a tracker file.</source>
        <translation>{path} to folder, a nie plik trackera.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}.</source>
        <translation>Nie można odczytać {path}: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a Policy Tracker file (it is not an SQLite database).</source>
        <translation>{path} nie jest plikiem Policy Tracker (to nie jest baza danych SQLite).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {cause}.</source>
        <translation>Nie można otworzyć {path}: {cause}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a Policy Tracker file.</source>
        <translation>{path} jest bazą danych SQLite, ale nie plikiem Policy Tracker.</translation>
    </message>
    <message>
        <source>{path} is not a complete Policy Tracker file (its schema is missing).</source>
        <translation>{path} nie jest kompletnym plikiem Policy Tracker (brakuje jego schematu).</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it (an import?). Try again when it has finished.</source>
        <translation>{path} jest zajęty: inny program do niego zapisuje (import?). Spróbuj ponownie, gdy skończy.</translation>
    </message>
    <message>
        <source>{path} was left half-written by a program that stopped; it can be restored only where the file and its folder can be written to.</source>
        <translation>Program, który się zatrzymał, zostawił {path} zapisany do połowy; można go przywrócić tylko tam, gdzie da się zapisywać w pliku i jego folderze.</translation>
    </message>
    <message>
        <source>{path} cannot be opened, because {cause}.</source>
        <translation>Nie można otworzyć {path}, ponieważ {cause}.</translation>
    </message>
    <message>
        <source>{path} is not a readable Policy Tracker file ({problem}).</source>
        <translation>{path} nie jest czytelnym plikiem Policy Tracker ({problem}).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Policy Tracker; update the app to open it.</source>
        <translation>{path} został zapisany przez nowszą wersję Policy Tracker; zaktualizuj aplikację, aby go otworzyć.</translation>
    </message>
    <message>
        <source>its folder cannot be written to</source>
        <extracomment>Less free space than this (SQLite&apos;s -shm file alone takes 32 KiB) and a tracker is opened read-only. The ends of sentences (&quot;Nothing was saved, because ...&quot;), translatable (see :mod:`db.messages`).</extracomment>
        <translation>nie można zapisywać w jego folderze</translation>
    </message>
    <message>
        <source>the file cannot be written to</source>
        <translation>nie można zapisywać w pliku</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>its path is too long for SQLite to open; move it to a folder with a shorter path</source>
        <translation>jego ścieżka jest zbyt długa, by SQLite mógł go otworzyć; przenieś go do folderu o krótszej ścieżce</translation>
    </message>
    <message>
        <source>Another program kept this tracker busy (it was writing to it) for too long, so nothing was changed; try again in a moment.</source>
        <extracomment>Statements that control transactions themselves: never committed behind the caller&apos;s back. Statements that write rows: outside a transaction they run inside their own ``BEGIN IMMEDIATE``. A write to the connection&apos;s own temp schema takes no lock on the file, so it needs no write lock. SQLite&apos;s primary result codes for &quot;another connection holds the lock&quot;.</extracomment>
        <translation>Inny program zbyt długo trzymał ten tracker zajęty (zapisywał do niego), więc nic nie zostało zmienione; spróbuj ponownie za chwilę.</translation>
    </message>
</context>
<context>
    <name>DataHistory</name>
    <message>
        <source>title</source>
        <extracomment>An import&apos;s entries hold no copy of the evidence: a search finds them through the search index, among this many newest matching pieces of evidence at most. Entries a page read looks at, at most, before returning what it found so far. The second coder&apos;s review (db.review): its operations, and their undo steps, are of kind &quot;review&quot;. Tables that hold the codebook: any edit of them (adding, changing, retiring) is of kind &quot;codebook&quot;. The readable kind of an entry, derived from its table, action and operation (first match wins). The kinds, in the order a filter lists them. Fields that change with every edit and say nothing a reader needs. What a new record&apos;s entry shows of it (its whole copy is in the export). Tracker settings (``meta``) by the names the codebook editor gives them.</extracomment>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>source</source>
        <translation>źródło</translation>
    </message>
    <message>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>review interval (days)</source>
        <translation>odstęp przeglądu (dni)</translation>
    </message>
    <message>
        <source>minimum coverage for a grade</source>
        <translation>minimalne pokrycie dla stopnia</translation>
    </message>
    <message>
        <source>status changes need review</source>
        <translation>zmiany statusów wymagają przeglądu</translation>
    </message>
    <message>
        <source>accessed on</source>
        <extracomment>The fields a diff names, in the interface&apos;s language (English: the key, &quot;_code&quot; and &quot;_&quot; dropped).</extracomment>
        <translation>data dostępu</translation>
    </message>
    <message>
        <source>archive url</source>
        <translation>adres w archiwum</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>w archiwum</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>załącznik</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>komórki</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>color</source>
        <translation>kolor</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>wiarygodność</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>data obowiązywania</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>data zdarzenia</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>stopień</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nazwa grupy</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>wskazówki</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etykieta</translation>
    </message>
    <message>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <source>members</source>
        <translation>członkowie</translation>
    </message>
    <message>
        <source>min score</source>
        <translation>minimalny wynik</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <source>position</source>
        <translation>pozycja</translation>
    </message>
    <message>
        <source>proposed by</source>
        <translation>zaproponował(a)</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>wydawca</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>uzasadnienie</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>rekomendacja</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>zapisał(a)</translation>
    </message>
    <message>
        <source>review comment</source>
        <translation>komentarz przeglądu</translation>
    </message>
    <message>
        <source>reviewed by</source>
        <translation>sprawdził(a)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>wynik</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>rodzaj źródła</translation>
    </message>
    <message>
        <source>state</source>
        <translation>stan</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>url</source>
        <translation>adres URL</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>waga</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>What each review step did, and what its undo step undid.</extracomment>
        <translation>Zaproponowano</translation>
    </message>
    <message>
        <source>Proposal undone</source>
        <translation>Propozycję cofnięto</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzono</translation>
    </message>
    <message>
        <source>Approval undone</source>
        <translation>Zatwierdzenie cofnięto</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zwrócono</translation>
    </message>
    <message>
        <source>Return undone</source>
        <translation>Zwrot cofnięto</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofano</translation>
    </message>
    <message>
        <source>Withdrawal undone</source>
        <translation>Wycofanie cofnięto</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Przesłano ponownie</translation>
    </message>
    <message>
        <source>Resubmission undone</source>
        <translation>Ponowne przesłanie cofnięto</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Fields a diff names first (what a reader looks for), the others following alphabetically. How much of one value a diff shows. How much of a whole diff a row shows.</extracomment>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>on</source>
        <translation>wł.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wył.</translation>
    </message>
    <message>
        <source>created by an import</source>
        <translation>utworzono importem</translation>
    </message>
    <message>
        <source>created</source>
        <translation>utworzono</translation>
    </message>
    <message>
        <source>removed ({fields})</source>
        <translation>usunięto ({fields})</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>żadne pole się nie zmieniło</translation>
    </message>
    <message>
        <source>Evidence: {title}</source>
        <translation>Dowód: {title}</translation>
    </message>
    <message>
        <source>Country: {name} ({code})</source>
        <translation>Kraj: {name} ({code})</translation>
    </message>
    <message>
        <source>Recommendation {code}: {title}</source>
        <translation>Rekomendacja {code}: {title}</translation>
    </message>
    <message>
        <source>Recommendation {code}</source>
        <translation>Rekomendacja {code}</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Grupa: {name}</translation>
    </message>
    <message>
        <source>Tracker setting: {name}</source>
        <translation>Ustawienie trackera: {name}</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Przedziały stopni</translation>
    </message>
    <message>
        <source>Status: {label}</source>
        <translation>Status: {label}</translation>
    </message>
</context>
<context>
    <name>DataLanguages</name>
    <message>
        <source>English</source>
        <extracomment>A translatable codebook value: plain text, or text per language code. The languages a translation is made into (every language but English). Longest translation kept in a codebook text (the longest English guidance is under 600 characters). Each language&apos;s English name, said in the interface&apos;s language inside a sentence (a Message each).</extracomment>
        <translation>angielski</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>białoruski</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>litewski</translation>
    </message>
</context>
<context>
    <name>DataMerge</name>
    <message>
        <source>That version is not one of this record&apos;s conflicting versions any more.</source>
        <extracomment>The records whose versions a merge writes back, by the history&apos;s table name: (table, key column). Columns a version never sets: keys, and lineage (not content). Records whose versions conflict, (history table, key), and cells with conflicting judgements. The cells with conflicting judgements, and how many conflicts wait (kept in db.lineage: light to import).</extracomment>
        <translation>Ta wersja nie należy już do sprzecznych wersji tego rekordu.</translation>
    </message>
    <message>
        <source>That version cannot be used: other records still need this one as it is.</source>
        <translation>Tej wersji nie można użyć: inne rekordy wciąż potrzebują tego rekordu w obecnej postaci.</translation>
    </message>
    <message>
        <source>This cell has no conflicting judgements any more.</source>
        <translation>W tej komórce nie ma już sprzecznych ocen.</translation>
    </message>
    <message>
        <source>That status is not one of this cell&apos;s conflicting judgements any more.</source>
        <translation>Ten status nie należy już do sprzecznych ocen tej komórki.</translation>
    </message>
    <message>
        <source>This record has no conflicting versions any more.</source>
        <translation>Ten rekord nie ma już sprzecznych wersji.</translation>
    </message>
</context>
<context>
    <name>DataOperations</name>
    <message>
        <source>Unknown country {text!r}: it is not tracked here (use its ISO code or English name).</source>
        <extracomment>Turns a person&apos;s status edit into a review proposal when the tracker requires review, else returns None. Installed by :mod:`db.review`, which builds on this module (so this one cannot import it, even inside a function: tests/test_layering.py); ``db/__init__`` imports db.review, and importing db.ops imports the package first, so it is installed before any use. The operations that are a person&apos;s status edit (an import is not: it loads statuses as given). The tracker setting (meta key) saying status changes need review (db.review owns it; read here for corrections).</extracomment>
        <translation>Nieznany kraj {text!r}: nie jest tu śledzony (użyj jego kodu ISO lub angielskiej nazwy).</translation>
    </message>
    <message>
        <source>The country {code} is archived; restore it before adding to it.</source>
        <translation>Kraj {code} jest zarchiwizowany; przywróć go, zanim coś do niego dodasz.</translation>
    </message>
    <message>
        <source>Unknown recommendation {text!r}.</source>
        <translation>Nieznana rekomendacja {text!r}.</translation>
    </message>
    <message>
        <source>The recommendation {code!r} is archived; restore it before adding to it.</source>
        <translation>Rekomendacja {code!r} jest zarchiwizowana; przywróć ją, zanim coś do niej dodasz.</translation>
    </message>
    <message>
        <source>Unknown status {text!r}; use one of: {codes}.</source>
        <translation>Nieznany status {text!r}; użyj jednego z: {codes}.</translation>
    </message>
    <message>
        <source>{label!r} is where every cell starts; choose a judgement instead.</source>
        <translation>{label!r} to stan początkowy każdej komórki; wybierz ocenę.</translation>
    </message>
    <message>
        <source>Unknown group {text!r}.</source>
        <translation>Nieznana grupa {text!r}.</translation>
    </message>
    <message>
        <source>Choose at least one country or group.</source>
        <translation>Wybierz co najmniej jeden kraj lub grupę.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Wybierz co najmniej jedną rekomendację.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <translation>Nie ma dowodu o uid {uid}.</translation>
    </message>
    <message>
        <source>Evidence has no field {key!r}.</source>
        <translation>Dowód nie ma pola {key!r}.</translation>
    </message>
    <message>
        <source>The event date is required (YYYY-MM-DD).</source>
        <translation>Data zdarzenia jest wymagana (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <extracomment>&quot;Not given&quot; for an argument where None means something (``attachment=None`` removes the attached file; leaving it out keeps it).</extracomment>
        <translation>Podaj dla dowodu przynajmniej tytuł, URL lub notatki.</translation>
    </message>
    <message>
        <source>A rationale was given without a status to set.</source>
        <translation>Podano uzasadnienie bez statusu do ustawienia.</translation>
    </message>
    <message>
        <source>Evidence with uid {uid} already exists.</source>
        <translation>Dowód o uid {uid} już istnieje.</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB.</source>
        <translation>{name} jest większy niż {megabytes} MB.</translation>
    </message>
    <message>
        <source>Evidence must stay linked to at least one cell.</source>
        <translation>Dowód musi pozostać powiązany z co najmniej jedną komórką.</translation>
    </message>
    <message>
        <source>This evidence supports {cited} assessment(s); archive it instead of deleting it.</source>
        <translation>Ten dowód wspiera oceny ({cited}); zarchiwizuj go zamiast usuwać.</translation>
    </message>
    <message>
        <source>An assessment with uid {uid} already exists.</source>
        <extracomment>An assessment&apos;s review columns (m005): in its history snapshot only once set (by an approval), so the snapshots of statuses recorded without review read as they always did.</extracomment>
        <translation>Ocena o uid {uid} już istnieje.</translation>
    </message>
    <message>
        <source>There is no assessment with uid {uid}.</source>
        <translation>Nie ma oceny o uid {uid}.</translation>
    </message>
    <message>
        <source>While status changes need review, a status or its date is not corrected in place: set a new status instead, and another person will review it.</source>
        <translation>Dopóki zmiany statusów wymagają przeglądu, statusu ani jego daty nie poprawia się na miejscu: ustaw nowy status, a inna osoba go sprawdzi.</translation>
    </message>
    <message>
        <source>There is no recommendation {code!r}.</source>
        <translation>Nie ma rekomendacji {code!r}.</translation>
    </message>
    <message>
        <source>A recommendation with code {code!r} already exists.</source>
        <translation>Rekomendacja o kodzie {code!r} już istnieje.</translation>
    </message>
    <message>
        <source>A recommendation titled {title!r} already exists.</source>
        <translation>Rekomendacja o tytule {title!r} już istnieje.</translation>
    </message>
    <message>
        <source>A recommendation titled {key!r} already exists.</source>
        <translation>Rekomendacja o tytule {key!r} już istnieje.</translation>
    </message>
    <message>
        <source>The position must be a whole number.</source>
        <translation>Pozycja musi być liczbą całkowitą.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s {key!r} cannot be edited.</source>
        <translation>Pola {key!r} rekomendacji nie można edytować.</translation>
    </message>
    <message>
        <source>There is no tracked country {code!r}.</source>
        <translation>Nie ma śledzonego kraju {code!r}.</translation>
    </message>
    <message>
        <source>{text!r} is not an ISO 3166-1 country code or name.</source>
        <translation>{text!r} nie jest kodem ani nazwą kraju według ISO 3166-1.</translation>
    </message>
    <message>
        <source>{name} ({alpha2}) is already tracked.</source>
        <translation>{name} ({alpha2}) jest już śledzony.</translation>
    </message>
    <message>
        <source>{name} ({code}) has evidence, assessments or groups; archive it instead.</source>
        <translation>{name} ({code}) ma dowody, oceny lub grupy; zamiast tego zarchiwizuj go.</translation>
    </message>
    <message>
        <source>A group named {clean_name!r} already exists.</source>
        <translation>Grupa o nazwie {clean_name!r} już istnieje.</translation>
    </message>
    <message>
        <source>There is no group {name!r}.</source>
        <translation>Nie ma grupy {name!r}.</translation>
    </message>
    <message>
        <source>A group named {target!r} already exists.</source>
        <translation>Grupa o nazwie {target!r} już istnieje.</translation>
    </message>
    <message>
        <source>This tracker already has a codebook.</source>
        <translation>Ten tracker ma już książkę kodów.</translation>
    </message>
    <message>
        <source>Codebook evidence {i}: {message}</source>
        <translation>Dowód {i} z książki kodów: {message}</translation>
    </message>
</context>
<context>
    <name>DataReview</name>
    <message>
        <source>You proposed this change; another person must approve it.</source>
        <extracomment>The tracker setting (meta key): &apos;1&apos; = status changes need review; absent or &apos;0&apos; = off. Where a page of the queue starts: the (proposed_at, id) of the last row of the page before (id: the local rowid). How every output that counts pending proposals says so.</extracomment>
        <translation>To Twoja propozycja; musi ją zatwierdzić inna osoba.</translation>
    </message>
    <message>
        <source>You proposed this change; withdraw it instead of returning it.</source>
        <translation>To Twoja propozycja; wycofaj ją zamiast zwracać.</translation>
    </message>
    <message>
        <source>proposed</source>
        <extracomment>A proposal&apos;s state as messages name it (English: the state itself).</extracomment>
        <translation>zaproponowana</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>zatwierdzona</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>zwrócona</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wycofana</translation>
    </message>
    <message>
        <source>There is no proposal with uid {uid}.</source>
        <translation>Nie ma propozycji o uid {uid}.</translation>
    </message>
    <message>
        <source>Unknown review state {state!r}; use one of: {states}, all.</source>
        <translation>Nieznany stan przeglądu {state!r}; użyj jednego z: {states}, all.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <translation>Nie ma dowodu o uid {uid}.</translation>
    </message>
    <message>
        <source>A proposal or assessment with uid {uid} already exists.</source>
        <translation>Propozycja lub ocena o uid {uid} już istnieje.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not waiting for review: it cannot be {doing}.</source>
        <translation>Ta propozycja ma stan „{state}”, nie czeka na przegląd: nie może zostać oznaczona jako „{doing}”.</translation>
    </message>
    <message>
        <source>An assessment with uid {uid} already exists.</source>
        <translation>Ocena o uid {uid} już istnieje.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not approved: there is no approval to undo.</source>
        <translation>Ta propozycja ma stan „{state}”, a nie „zatwierdzona”: nie ma zatwierdzenia do cofnięcia.</translation>
    </message>
    <message>
        <source>Say why the proposal is returned: the proposer needs to know what to fix.</source>
        <translation>Napisz, dlaczego propozycja jest zwracana: autor musi wiedzieć, co poprawić.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not returned: there is no return to undo.</source>
        <translation>Ta propozycja ma stan „{state}”, a nie „zwrócona”: nie ma zwrotu do cofnięcia.</translation>
    </message>
    <message>
        <source>This proposal has been revised since it was returned; review the revision.</source>
        <translation>Ta propozycja została poprawiona po zwrocie; sprawdź poprawioną wersję.</translation>
    </message>
    <message>
        <source>Only {proposed_by}, who proposed this change, can withdraw it.</source>
        <translation>Tylko {proposed_by}, autor tej propozycji zmiany, może ją wycofać.</translation>
    </message>
    <message>
        <source>This proposal is {state}: only a pending or returned one is withdrawn.</source>
        <translation>Ta propozycja ma stan „{state}”: wycofać można tylko oczekującą lub zwróconą.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not withdrawn.</source>
        <translation>Ta propozycja ma stan „{state}”, a nie „wycofana”.</translation>
    </message>
    <message>
        <source>Only {proposed_by}, who proposed this change, can revise it.</source>
        <translation>Tylko {proposed_by}, autor tej propozycji zmiany, może ją poprawić.</translation>
    </message>
    <message>
        <source>This proposal is {state}: only a returned proposal is revised.</source>
        <translation>Ta propozycja ma stan „{state}”: poprawia się tylko zwróconą propozycję.</translation>
    </message>
    <message>
        <source>This proposal has already been revised.</source>
        <translation>Ta propozycja została już poprawiona.</translation>
    </message>
    <message>
        <source>This proposal has been approved; undo the approval first.</source>
        <translation>Ta propozycja została zatwierdzona; najpierw cofnij zatwierdzenie.</translation>
    </message>
    <message>
        <source>This proposal has been revised; remove the revision first.</source>
        <translation>Ta propozycja została poprawiona; najpierw usuń poprawioną wersję.</translation>
    </message>
</context>
<context>
    <name>DataSearch</name>
    <message>
        <source>The search index is damaged, so words cannot be searched until it is rebuilt (File › Check and repair tracker, or policy-tracker check --repair).</source>
        <extracomment>What a search for words says when the index is damaged (the evidence list shows it in its count).</extracomment>
        <translation>Indeks wyszukiwania jest uszkodzony, więc nie można wyszukiwać słów, dopóki nie zostanie odbudowany (Plik › Sprawdź i napraw tracker lub policy-tracker check --repair).</translation>
    </message>
</context>
<context>
    <name>DataValidation</name>
    <message>
        <source>The {name} is required (YYYY-MM-DD).</source>
        <translation>Pole „{name}” jest wymagane (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{text!r} is not a date in the form YYYY-MM-DD ({field}).</source>
        <translation>{text!r} nie jest datą w formacie YYYY-MM-DD ({field}).</translation>
    </message>
    <message>
        <source>{text!r} is not a real calendar date ({field}).</source>
        <translation>{text!r} nie jest istniejącą datą ({field}).</translation>
    </message>
    <message>
        <source>The {field} is required (YYYY-MM-DD or YYYYMMDD).</source>
        <translation>Pole „{field}” jest wymagane (YYYY-MM-DD lub YYYYMMDD).</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as YYYY-MM-DD or YYYYMMDD.</source>
        <translation>{text!r} nie jest datą: zapisz ją jako YYYY-MM-DD lub YYYYMMDD.</translation>
    </message>
    <message>
        <source>{text!r} is not a real calendar date.</source>
        <translation>{text!r} nie jest istniejącą datą.</translation>
    </message>
    <message>
        <source>The {name} must be text.</source>
        <extracomment>Scripts that are written together (Japanese, Chinese and Korean mix Han, kana, Hangul and Latin). Cyrillic and Greek letters that look like Latin ones: a host of only these (аррӏе.com) passes for a Latin one.</extracomment>
        <translation>Pole „{name}” musi być tekstem.</translation>
    </message>
    <message>
        <source>The {name} contains a NUL character.</source>
        <extracomment>An http(s) address of printable ASCII (no space or backslash) whose host is letters, digits, - _ and dots. Characters that end a host&apos;s label in IDNA (and so in Qt and browsers), besides &apos;.&apos;. Invisible characters that are not formatting characters (Unicode&apos;s Default_Ignorable_Code_Point outside category Cf): Hangul fillers, variation selectors, the combining grapheme joiner...</extracomment>
        <translation>Pole „{name}” zawiera znak NUL.</translation>
    </message>
    <message>
        <source>The {name} is longer than {limit:,} characters.</source>
        <translation>Pole „{name}” jest dłuższe niż {limit:,} znaków.</translation>
    </message>
    <message>
        <source>The {name} contains a backslash (\): browsers read it as /, so the link could open another site than the one it shows. Write / instead.</source>
        <translation>Pole „{name}” zawiera ukośnik wsteczny (\): przeglądarki czytają go jako /, więc link mógłby otworzyć inną stronę niż ta, którą pokazuje. Wpisz /.</translation>
    </message>
    <message>
        <source>The {name} contains a space or line break; write a space as %20.</source>
        <translation>Pole „{name}” zawiera spację lub podział wiersza; zapisz spację jako %20.</translation>
    </message>
    <message>
        <source>The {name} contains a control character ({char}).</source>
        <translation>Pole „{name}” zawiera znak sterujący ({char}).</translation>
    </message>
    <message>
        <source>The {name} contains an invisible character ({char}) that can hide where the link goes; retype the address.</source>
        <translation>Pole „{name}” zawiera niewidoczny znak ({char}), który może ukryć, dokąd prowadzi link; wpisz adres ponownie.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid web address ({problem}).</source>
        <translation>{text!r} nie jest poprawnym adresem internetowym ({problem}).</translation>
    </message>
    <message>
        <source>{text!r} is not a web address: the {name} must start with http:// or https://.</source>
        <translation>{text!r} nie jest adresem internetowym: pole „{name}” musi zaczynać się od http:// lub https://.</translation>
    </message>
    <message>
        <source>The {name} has a user name or password before its host (the part up to @): remove it; such a link can show one site and open another.</source>
        <translation>Pole „{name}” ma nazwę użytkownika lub hasło przed hostem (część do @): usuń je; taki link może pokazywać jedną stronę, a otwierać inną.</translation>
    </message>
    <message>
        <source>The {name}&apos;s host [{host}] is not a valid IPv6 address.</source>
        <translation>Host [{host}] w polu „{name}” nie jest poprawnym adresem IPv6.</translation>
    </message>
    <message>
        <source>The {name} has an invalid port ({port}).</source>
        <translation>Pole „{name}” ma niepoprawny port ({port}).</translation>
    </message>
    <message>
        <source>The {name}&apos;s host {host!r} is not a valid host name ({why}).</source>
        <translation>Host {host!r} w polu „{name}” nie jest poprawną nazwą hosta ({why}).</translation>
    </message>
    <message>
        <source>The {name} has no host name.</source>
        <translation>Pole „{name}” nie ma nazwy hosta.</translation>
    </message>
    <message>
        <source>{char!r} cannot be part of a host name</source>
        <translation>{char!r} nie może być częścią nazwy hosta</translation>
    </message>
    <message>
        <source>{char!r} stands for {folded!r}</source>
        <translation>{char!r} oznacza {folded!r}</translation>
    </message>
    <message>
        <source>The {name}&apos;s host {host!r} is not a valid IPv4 address.</source>
        <translation>Host {host!r} w polu „{name}” nie jest poprawnym adresem IPv4.</translation>
    </message>
    <message>
        <source>an empty part between dots</source>
        <translation>pusta część między kropkami</translation>
    </message>
    <message>
        <source>{label} is not valid punycode</source>
        <translation>{label} nie jest poprawnym punycode</translation>
    </message>
    <message>
        <source>a part between dots begins or ends with &apos;-&apos;</source>
        <translation>część między kropkami zaczyna się lub kończy znakiem &apos;-&apos;</translation>
    </message>
    <message>
        <source>an accent or other combining mark that is not on a letter</source>
        <translation>akcent lub inny znak łączący, który nie stoi przy literze</translation>
    </message>
    <message>
        <source>an international part with &apos;--&apos; as its third and fourth characters</source>
        <translation>część międzynarodowa z &apos;--&apos; jako trzecim i czwartym znakiem</translation>
    </message>
    <message>
        <source>not valid in IDNA: {problem}</source>
        <translation>niepoprawne w IDNA: {problem}</translation>
    </message>
    <message>
        <source>a part between dots is longer than 63 characters</source>
        <translation>część między kropkami jest dłuższa niż 63 znaki</translation>
    </message>
    <message>
        <source>longer than 253 characters</source>
        <translation>dłuższa niż 253 znaki</translation>
    </message>
    <message>
        <source>The {field} contains a NUL character (a zero byte); the file is damaged or not text.</source>
        <translation>Kolumna „{field}” zawiera znak NUL (bajt zerowy); plik jest uszkodzony lub nie jest tekstowy.</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit:,} characters ({length:,}).</source>
        <translation>Kolumna „{field}” jest dłuższa niż {limit:,} znaków ({length:,}).</translation>
    </message>
    <message>
        <source>The {name} is required.</source>
        <translation>Pole „{name}” jest wymagane.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}; use one of: {allowed}.</source>
        <translation>{text!r} nie jest poprawną wartością pola „{name}”; użyj jednej z: {allowed}.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}: use lower-case letters, digits and _ (up to 40).</source>
        <translation>{text!r} nie jest poprawną wartością pola „{name}”: użyj małych liter, cyfr i _ (do 40).</translation>
    </message>
    <message>
        <source>{text!r} cannot be a recommendation code: the scorecard export already has a column of that name.</source>
        <extracomment>Column names of the scorecard export that a recommendation&apos;s code would collide with.</extracomment>
        <translation>{text!r} nie może być kodem rekomendacji: eksport tabeli ocen ma już kolumnę o tej nazwie.</translation>
    </message>
    <message>
        <source>{text!r} is not a colour in the form #RRGGBB ({field}).</source>
        <translation>{text!r} nie jest kolorem w formacie #RRGGBB ({field}).</translation>
    </message>
    <message>
        <source>{value!r} is not a number ({field}).</source>
        <translation>{value!r} nie jest liczbą ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be greater than 0 and at most 100.</source>
        <translation>Pole „{name}” musi być większe od 0 i nie większe niż 100.</translation>
    </message>
    <message>
        <source>{value!r} is not a score ({field}).</source>
        <translation>{value!r} nie jest wynikiem ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be between 0 and 100.</source>
        <translation>Pole „{name}” musi mieścić się w zakresie od 0 do 100.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}: expected a UUID like 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f.</source>
        <translation>{text!r} nie jest poprawną wartością pola „{name}”: oczekiwano UUID, np. 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f.</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number ({field}).</source>
        <translation>{value!r} nie jest liczbą całkowitą ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be at least 1.</source>
        <translation>Pole „{name}” musi wynosić co najmniej 1.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <comment>how to type a date: four digits of the year, month, day</comment>
        <extracomment>The person changed the date (typed, picked or stepped), as opposed to ``setDate`` by the program. The text&apos;s problem (&quot;&quot; when it is fine), so a form can show it under the field.</extracomment>
        <translation>rrrr-mm-dd</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcjonalnie)</translation>
    </message>
    <message>
        <source>A date: type %1, or press Alt+Down for a calendar.</source>
        <translation>Data: wpisz %1 lub naciśnij Alt+Strzałka w dół, aby otworzyć kalendarz.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Wybierz z kalendarza (Alt+Strzałka w dół)</translation>
    </message>
    <message>
        <source>The %1 is required (for example 2024-03-01).</source>
        <translation>Pole „%1” jest wymagane (na przykład 2024-03-01).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Type it as 2024-03-01, 20240301.</source>
        <translation>„%1” to nie data. Wpisz ją jako 2024-03-01 lub 20240301.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Type it as 2024-03-01, 20240301 or %2.</source>
        <translation>„%1” to nie data. Wpisz ją jako 2024-03-01, 20240301 lub %2.</translation>
    </message>
    <message>
        <source>%1 is outside the years 1900 to 2200.</source>
        <translation>%1 wykracza poza lata 1900–2200.</translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation>Kalendarz: %1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <comment>month in a date: 15 January 2026</comment>
        <extracomment>Statuses proposed and not yet reviewed count too: the uids of the cells shown with one.</extracomment>
        <translation>stycznia</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month in a date</comment>
        <translation>lutego</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month in a date</comment>
        <translation>marca</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month in a date</comment>
        <translation>kwietnia</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month in a date</comment>
        <translation>maja</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month in a date</comment>
        <translation>czerwca</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month in a date</comment>
        <translation>lipca</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month in a date</comment>
        <translation>sierpnia</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month in a date</comment>
        <translation>września</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month in a date</comment>
        <translation>października</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month in a date</comment>
        <translation>listopada</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month in a date</comment>
        <translation>grudnia</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a long date: %1 day, %2 month, %3 year (15 January 2026)</comment>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>DetailsDock</name>
    <message>
        <source>Select a cell of the matrix to see its status, history and evidence.</source>
        <extracomment>The attached file&apos;s name (&quot;&quot; when the evidence has none). A timeline row&apos;s status label alone (its text also holds the rationale). The newest evidence listed for a cell; the rest are counted (&quot;and 90 more…&quot;) and listed in the Evidence tab. Text longer than this is cut with &quot;…&quot; in the dock; its tooltip shows the whole of it. English source text; shown translated (``QCoreApplication.translate(&quot;DetailsDock&quot;, NOTHING_SELECTED)``).</extracomment>
        <translation>Zaznacz komórkę macierzy, aby zobaczyć jej status, historię i dowody.</translation>
    </message>
    <message>
        <source>verified</source>
        <extracomment>The stored codes of confidence and source kind, as the dock names them (English: the code itself).</extracomment>
        <translation>zweryfikowane</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>zgłoszone</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>deklarowane</translation>
    </message>
    <message>
        <source>official</source>
        <translation>źródło oficjalne</translation>
    </message>
    <message>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <source>ngo</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>international</source>
        <translation>organizacja międzynarodowa</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>Cell details</source>
        <extracomment>&quot;Review conflict…&quot; on a cell with conflicting judgements: (country, recommendation).</extracomment>
        <translation>Szczegóły komórki</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Zaznaczona komórka</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendacja</translation>
    </message>
    <message>
        <source>Status mark</source>
        <translation>Znak statusu</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Bieżący status</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Szczegóły statusu</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Uwaga o przeglądzie</translation>
    </message>
    <message>
        <source>Proposed status</source>
        <translation>Proponowany status</translation>
    </message>
    <message>
        <source>Conflicting judgements</source>
        <translation>Sprzeczne oceny</translation>
    </message>
    <message>
        <source>Review conflict…</source>
        <translation>Przejrzyj konflikt…</translation>
    </message>
    <message>
        <source>Review the conflicting judgements of this cell</source>
        <translation>Przejrzyj sprzeczne oceny tej komórki</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>Ustaw status…</translation>
    </message>
    <message>
        <source>Set status of this cell</source>
        <translation>Ustaw status tej komórki</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Dodaj dowód…</translation>
    </message>
    <message>
        <source>Add evidence for this cell</source>
        <translation>Dodaj dowód dla tej komórki</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Historia statusów</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>Status and rationale</source>
        <translation>Status i uzasadnienie</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Powiązane dowody</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Otwórz link</translation>
    </message>
    <message>
        <source>Open evidence link</source>
        <translation>Otwórz link dowodu</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Edytuj dowód</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Archiwizuj dowód</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Otwórz załącznik</translation>
    </message>
    <message>
        <source>Save attachment as…</source>
        <translation>Zapisz załącznik jako…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Załączony plik</translation>
    </message>
    <message>
        <source>Attached file: open or save it</source>
        <translation>Załączony plik: otwórz lub zapisz</translation>
    </message>
    <message>
        <source>Timeline heading</source>
        <translation>Nagłówek historii</translation>
    </message>
    <message>
        <source>Evidence heading</source>
        <translation>Nagłówek dowodów</translation>
    </message>
    <message>
        <source>More evidence</source>
        <translation>Więcej dowodów</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Załączony plik: %1</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Brak załączonego pliku</translation>
    </message>
    <message>
        <source>effective %1 · %2 · recorded by %3 on %4</source>
        <translation>obowiązuje od %1 · %2 · zapisano: %3, %4</translation>
    </message>
    <message>
        <source>Nobody has judged this cell yet. Not assessed is not the same as No action.</source>
        <translation>Nikt jeszcze nie ocenił tej komórki. „Bez oceny” to nie to samo co „Brak działań”.</translation>
    </message>
    <message numerus="yes">
        <source>⚑ Needs review: this judgement is older than %Ln days.</source>
        <translation>
            <numerusform>⚑ Wymaga przeglądu: ta ocena ma ponad %Ln dzień.</numerusform>
            <numerusform>⚑ Wymaga przeglądu: ta ocena ma ponad %Ln dni.</numerusform>
            <numerusform>⚑ Wymaga przeglądu: ta ocena ma ponad %Ln dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores count it now (Include proposed is on).</source>
        <translation>Wyniki już go uwzględniają (włączone „Uwzględnij proponowane”).</translation>
    </message>
    <message>
        <source>Scores count the approved status until then.</source>
        <translation>Do tego czasu wyniki uwzględniają zatwierdzony status.</translation>
    </message>
    <message>
        <source>◆ Proposed: %1, effective %2, by %3 — waiting for review. Approved: %4. %5
Why: %6</source>
        <translation>◆ Zaproponowano: %1, obowiązuje od %2, autor: %3 — czeka na przegląd. Zatwierdzono: %4. %5
Dlaczego: %6</translation>
    </message>
    <message>
        <source>%1 set %2</source>
        <translation>%2 (autor: %1)</translation>
    </message>
    <message>
        <source>⚠ Conflicting judgements: %1, without seeing each other.</source>
        <translation>⚠ Sprzeczne oceny: %1 — ustawione bez wiedzy o sobie nawzajem.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (bieżący)</translation>
    </message>
    <message>
        <source>%1 (after the as-of date)</source>
        <translation>%1 (po dacie stanu)</translation>
    </message>
    <message>
        <source>%1 · %2 · recorded by %3 on %4</source>
        <translation>%1 · %2 · zapisano: %3, %4</translation>
    </message>
    <message>
        <source>Effective after the as-of date</source>
        <translation>Obowiązuje po dacie stanu</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%Ln assessments)</source>
        <translation>
            <numerusform>Historia (%Ln ocena)</numerusform>
            <numerusform>Historia (%Ln oceny)</numerusform>
            <numerusform>Historia (%Ln ocen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Dowody (%1)</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more… (the Evidence tab lists them all)</source>
        <translation>
            <numerusform>i %Ln więcej… (wszystkie na karcie „Dowody”)</numerusform>
            <numerusform>i %Ln więcej… (wszystkie na karcie „Dowody”)</numerusform>
            <numerusform>i %Ln więcej… (wszystkie na karcie „Dowody”)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>Official (government, parliament, gazette)</source>
        <extracomment>English source texts (what CSV and tests compare); shown translated by :func:`source_kind_label`.</extracomment>
        <translation>Oficjalne (rząd, parlament, dziennik urzędowy)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>NGO or think tank</source>
        <translation>Organizacja pozarządowa lub think tank</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organizacja międzynarodowa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Verified — checked against a primary source</source>
        <extracomment>English source texts; shown translated by :func:`confidence_label`.</extracomment>
        <translation>Zweryfikowane — sprawdzone w źródle pierwotnym</translation>
    </message>
    <message>
        <source>Reported — by a credible secondary source</source>
        <translation>Zgłoszone — przez wiarygodne źródło wtórne</translation>
    </message>
    <message>
        <source>Claimed — the government&apos;s own word</source>
        <translation>Deklarowane — słowa samego rządu</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>The common languages of sources (ISO 639-1 code, English name); any other code or name may be typed. Names pycountry&apos;s ISO 639-3 catalogues lack (or give as &quot;Modern Greek (1453-)&quot;, &quot;Kirghiz&quot;), by language. Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>Wybierz status…</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Wiarygodność</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Błąd formularza</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Type a language or its code, e.g. Lithuanian or lt</source>
        <translation>Język lub jego kod, np. litewski lub lt</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Edytuj dowód</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Nowy dowód</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Data zdarzenia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Co się stało, w jednym wierszu</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URL check</source>
        <translation>Sprawdzenie adresu</translation>
    </message>
    <message>
        <source>Archive URL</source>
        <translation>Adres w archiwum</translation>
    </message>
    <message>
        <source>https://web.archive.org/… (optional)</source>
        <translation>https://web.archive.org/… (opcjonalnie)</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Wydawca</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Rodzaj źródła</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Data dostępu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Quote, context, what the measure covers…</source>
        <translation>Cytat, kontekst, czego dotyczy środek…</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Brak załączonego pliku</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Załączony plik</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Załącz plik…</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Załącz plik</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove attached file</source>
        <translation>Usuń załączony plik</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Event &amp;date*</source>
        <translation>&amp;Data zdarzenia*</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>Adres &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Archive URL</source>
        <translation>Adres w &amp;archiwum</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Wydawca</translation>
    </message>
    <message>
        <source>Source &amp;kind</source>
        <translation>&amp;Rodzaj źródła</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Accessed &amp;on</source>
        <translation>Data d&amp;ostępu</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notatki</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filtruj kraje…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Filter groups…</source>
        <translation>Filtruj grupy…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendacje</translation>
    </message>
    <message>
        <source>Filter recommendations…</source>
        <translation>Filtruj rekomendacje…</translation>
    </message>
    <message>
        <source>Pre-filled links</source>
        <translation>Wstępnie wypełnione powiązania</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pre-filled from the cell you chose.&lt;/b&gt; Remove it if this evidence is not about it:</source>
        <translation>&lt;b&gt;Wypełnione na podstawie wybranej komórki.&lt;/b&gt; Usuń ją, jeśli ten dowód jej nie dotyczy:</translation>
    </message>
    <message>
        <source>%1: click to remove this link</source>
        <translation>%1: kliknij, aby usunąć to powiązanie</translation>
    </message>
    <message>
        <source>Remove link %1</source>
        <translation>Usuń powiązanie %1</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Powiązania</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Powiązane z</translation>
    </message>
    <message>
        <source>Groups (every member)</source>
        <translation>Grupy (wszyscy członkowie)</translation>
    </message>
    <message>
        <source>Also set the status of the linked cells, effective on the event date</source>
        <translation>Ustaw też status powiązanych komórek, obowiązujący od daty zdarzenia</translation>
    </message>
    <message>
        <source>Also set status</source>
        <translation>Ustaw też status</translation>
    </message>
    <message>
        <source>Cells whose status is set</source>
        <translation>Komórki, których status jest ustawiany</translation>
    </message>
    <message>
        <source>Why this status (required)</source>
        <translation>Dlaczego taki status (wymagane)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>Wiary&amp;godność</translation>
    </message>
    <message>
        <source>&amp;Rationale*</source>
        <translation>U&amp;zasadnienie*</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>Zapisz dowód</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Not linked yet: tick at least one recommendation and one country or group.</source>
        <translation>Jeszcze bez powiązań: zaznacz co najmniej jedną rekomendację i jeden kraj lub grupę.</translation>
    </message>
    <message>
        <source>Sets the status of no cell yet: choose the links above.</source>
        <translation>Na razie nie ustawia statusu żadnej komórki: wybierz powiązania powyżej.</translation>
    </message>
    <message>
        <source>1 cell: %1</source>
        <translation>1 komórka: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cells: %1</source>
        <translation>
            <numerusform>%Ln komórka: %1</numerusform>
            <numerusform>%Ln komórki: %1</numerusform>
            <numerusform>%Ln komórek: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Powiązania: %1</translation>
    </message>
    <message>
        <source>Sets the status of this cell: %1</source>
        <translation>Ustawia status tej komórki: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sets the status of these %Ln cells: %1</source>
        <translation>
            <numerusform>Ustawia status tych komórek (%Ln): %1</numerusform>
            <numerusform>Ustawia status tych komórek (%Ln): %1</numerusform>
            <numerusform>Ustawia status tych komórek (%Ln): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 i %Ln więcej</numerusform>
            <numerusform>%1 i %Ln więcej</numerusform>
            <numerusform>%1 i %Ln więcej</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Web address looks right</source>
        <translation>✓ Adres internetowy wygląda poprawnie</translation>
    </message>
    <message>
        <source>Optional: http:// or https:// only</source>
        <translation>Opcjonalnie: tylko http:// lub https://</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Załącz plik</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln bytes)</source>
        <translation>
            <numerusform>%1 (%Ln bajt)</numerusform>
            <numerusform>%1 (%Ln bajty)</numerusform>
            <numerusform>%1 (%Ln bajtów)</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <translation>Podaj dla dowodu co najmniej tytuł, adres URL lub notatki.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Wybierz co najmniej jedną rekomendację.</translation>
    </message>
    <message>
        <source>Choose at least one country or group.</source>
        <translation>Wybierz co najmniej jeden kraj lub grupę.</translation>
    </message>
    <message>
        <source>Choose the status to set, or untick &apos;Also set the status&apos;.</source>
        <translation>Wybierz status lub odznacz „Ustaw też status”.</translation>
    </message>
    <message>
        <source>The rationale is required: say why this status.</source>
        <translation>Uzasadnienie jest wymagane: napisz, dlaczego taki status.</translation>
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
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendacje</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Wydawca</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>official</source>
        <extracomment>How the Kind column names each source kind (its code, in English).</extracomment>
        <translation>oficjalne</translation>
    </message>
    <message>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <source>ngo</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>international</source>
        <translation>międzynarodowe</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>The sort key (db.search.SORT_KEYS) of each column. Countries and recommendations sort by the first one shown (a piece of evidence has several). Counting stops here: past it the count says &quot;10,000+&quot; (a count of a million matches costs more than the page does). With no filter the count is exact and free (the tracker&apos;s tallies).</extracomment>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>[archived] %1</source>
        <translation>[w archiwum] %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln kraj</numerusform>
            <numerusform>%Ln kraje</numerusform>
            <numerusform>%Ln krajów</numerusform>
        </translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Brak linku</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Official (government, parliament, gazette)</source>
        <extracomment>The kind filter&apos;s choices (the evidence form&apos;s SOURCE_KIND_LABELS), translated in this view&apos;s context.</extracomment>
        <translation>Oficjalne (rząd, parlament, dziennik urzędowy)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>NGO or think tank</source>
        <translation>NGO lub think tank</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organizacja międzynarodowa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Evidence view</source>
        <translation>Widok dowodów</translation>
    </message>
    <message>
        <source>Search titles, notes, publishers and links…  (Ctrl+F)</source>
        <translation>Szukaj w tytułach, notatkach, wydawcach i linkach…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Szukaj w dowodach</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtruj według kraju</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filtruj według grupy</translation>
    </message>
    <message>
        <source>Filter by recommendation</source>
        <translation>Filtruj według rekomendacji</translation>
    </message>
    <message>
        <source>Filter by source kind</source>
        <translation>Filtruj według rodzaju źródła</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Filter by date range</source>
        <translation>Filtruj według zakresu dat</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data od</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data do</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Pokaż zarchiwizowane</translation>
    </message>
    <message>
        <source>Show archived evidence</source>
        <translation>Pokaż zarchiwizowane dowody</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>Lista dowodów</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Otwórz link</translation>
    </message>
    <message>
        <source>Open source link</source>
        <translation>Otwórz link do źródła</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Edit selected evidence</source>
        <translation>Edytuj zaznaczony dowód</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Archive or restore selected evidence</source>
        <translation>Archiwizuj lub przywróć zaznaczony dowód</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Otwórz załącznik</translation>
    </message>
    <message>
        <source>Open the selected evidence&apos;s attached file</source>
        <translation>Otwórz plik załączony do zaznaczonego dowodu</translation>
    </message>
    <message>
        <source>Save attachment as…</source>
        <translation>Zapisz załącznik jako…</translation>
    </message>
    <message>
        <source>Save the selected evidence&apos;s attached file as</source>
        <translation>Zapisz plik załączony do zaznaczonego dowodu jako</translation>
    </message>
    <message>
        <source>Evidence count</source>
        <translation>Liczba dowodów</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupa</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Rekomendacja</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ro&amp;dzaj</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Wszystkie grupy</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Wszystkie rekomendacje</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Załączony plik: %1</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Brak załączonego pliku</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>Search index damaged</source>
        <translation>Indeks wyszukiwania uszkodzony</translation>
    </message>
    <message>
        <source>The search index is damaged. %1</source>
        <translation>Indeks wyszukiwania jest uszkodzony. %1</translation>
    </message>
    <message>
        <source>The search index is damaged, so words cannot be searched.

Rebuild it now from the evidence? Nothing else is changed, and the rebuild is recorded in the history.</source>
        <translation>Indeks wyszukiwania jest uszkodzony, więc nie można wyszukiwać słów.

Odbudować go teraz na podstawie dowodów? Nic innego się nie zmieni, a odbudowa zostanie zapisana w historii.</translation>
    </message>
    <message>
        <source>Rebuild index</source>
        <translation>Odbuduj indeks</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ pieces of evidence</source>
        <translation>
            <numerusform>%Ln+ dowód</numerusform>
            <numerusform>%Ln+ dowody</numerusform>
            <numerusform>%Ln+ dowodów</numerusform>
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
    <message>
        <source>%1 (too many matches to sort: most recently added first)</source>
        <translation>%1 (za dużo wyników, by sortować: najpierw ostatnio dodane)</translation>
    </message>
    <message>
        <source>%1 (too many matches to sort: earliest added first)</source>
        <translation>%1 (za dużo wyników, by sortować: najpierw najwcześniej dodane)</translation>
    </message>
    <message numerus="yes">
        <source>Searching the first %Ln words (of %1): %2</source>
        <translation>
            <numerusform>Szukane jest pierwsze %Ln słowo (z %1): %2</numerusform>
            <numerusform>Szukane są pierwsze %Ln słowa (z %1): %2</numerusform>
            <numerusform>Szukanych jest pierwszych %Ln słów (z %1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Scorecard (one row per country)</source>
        <extracomment>What can be exported, and in which formats (the first is the default).</extracomment>
        <translation>Tabela ocen (jeden wiersz na kraj)</translation>
    </message>
    <message>
        <source>Assessments (current status of every cell)</source>
        <translation>Oceny (bieżący status każdej komórki)</translation>
    </message>
    <message>
        <source>History (every assessment ever made)</source>
        <translation>Historia (wszystkie kiedykolwiek wystawione oceny)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Report with citations</source>
        <translation>Raport z przypisami do źródeł</translation>
    </message>
    <message>
        <source>Matrix image for slides</source>
        <translation>Obraz macierzy do slajdów</translation>
    </message>
    <message>
        <source>Excel workbook (all four tables)</source>
        <translation>Skoroszyt Excel (wszystkie cztery tabele)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (jeden samodzielny plik)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Obraz PNG</translation>
    </message>
    <message>
        <source>Exporting the scorecard of %1</source>
        <extracomment>What each export is called in the dialog&apos;s summary line (%1: the countries it covers).</extracomment>
        <translation>Eksport tabeli ocen: %1</translation>
    </message>
    <message>
        <source>Exporting the assessments of %1</source>
        <translation>Eksport ocen: %1</translation>
    </message>
    <message>
        <source>Exporting the history of %1</source>
        <translation>Eksport historii: %1</translation>
    </message>
    <message>
        <source>Exporting the evidence on %1</source>
        <translation>Eksport dowodów: %1</translation>
    </message>
    <message>
        <source>Exporting a report on %1</source>
        <translation>Eksport raportu: %1</translation>
    </message>
    <message>
        <source>Exporting the matrix image of %1</source>
        <translation>Eksport obrazu macierzy: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation>Co zostanie wyeksportowane</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Co eksportować</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Raport dla</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Rozmiar strony</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Data stanu</translation>
    </message>
    <message>
        <source>Past date</source>
        <translation>Data w przeszłości</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Include archived evidence</source>
        <translation>Uwzględnij zarchiwizowane dowody</translation>
    </message>
    <message>
        <source>Include proposed statuses</source>
        <translation>Uwzględnij proponowane statusy</translation>
    </message>
    <message>
        <source>Count statuses proposed and not yet reviewed; the file says so</source>
        <translation>Licz statusy zaproponowane i jeszcze nie sprawdzone; plik o tym informuje</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Język raportu</translation>
    </message>
    <message>
        <source>The language of the report or image; the source&apos;s own words stay quoted in the original beside their translation</source>
        <translation>Język raportu lub obrazu; słowa źródła pozostają w oryginale obok tłumaczenia</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Report on</source>
        <translation>&amp;Raport dla</translation>
    </message>
    <message>
        <source>&amp;Page size</source>
        <translation>Rozmiar &amp;strony</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>Stan &amp;na</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>wszystkie kraje</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>(stan na %1)</translation>
    </message>
    <message>
        <source>as of today</source>
        <translation>(stan na dziś)</translation>
    </message>
    <message>
        <source>, including proposed statuses not yet reviewed</source>
        <translation>, w tym proponowane statusy, jeszcze nie sprawdzone</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Includes proposed statuses not yet reviewed</source>
        <extracomment>The counts in what an export says it wrote (Qt&apos;s plural forms; lupdate collects ``ExportFiles.tr``). Every format :func:`export_to_file` writes. Called with the number of rows written so far, after each chunk; raising stops the export.</extracomment>
        <translation>Zawiera proponowane statusy jeszcze nie sprawdzone</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n rows</comment>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {target}: {sheets}.{labelled}</source>
        <translation>Zapisano plik {target}: {sheets}.{labelled}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {target}.{labelled}</source>
        <comment>Wrote %n rows to {target}.{labelled}</comment>
        <translation>
            <numerusform>Zapisano %n wiersz do {target}.{labelled}</numerusform>
            <numerusform>Zapisano %n wiersze do {target}.{labelled}</numerusform>
            <numerusform>Zapisano %n wierszy do {target}.{labelled}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>%1 error</source>
        <translation>Błąd: %1</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>One problem to fix: see the message in red under the field.</source>
        <translation>Jeden problem do poprawienia: zobacz komunikat na czerwono pod polem.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems to fix: see the messages in red under the fields.</source>
        <translation>
            <numerusform>%Ln problem do poprawienia: zobacz komunikaty na czerwono pod polami.</numerusform>
            <numerusform>%Ln problemy do poprawienia: zobacz komunikaty na czerwono pod polami.</numerusform>
            <numerusform>%Ln problemów do poprawienia: zobacz komunikaty na czerwono pod polami.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Policy trackers (*.db *.sqlite *.tracker);;All files (*)</source>
        <extracomment>An export&apos;s work: ``(tracker, progress, cancelled, path to write) -&gt; sentence for the status bar``.</extracomment>
        <translation>Trackery Policy Tracker (*.db *.sqlite *.tracker);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Codebooks (*.json);;All files (*)</source>
        <translation>Książki kodów (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Writing the scorecard export</source>
        <extracomment>What the progress dialog says while a table is written.</extracomment>
        <translation>Zapisywanie tabeli ocen</translation>
    </message>
    <message>
        <source>Writing the assessments export</source>
        <translation>Zapisywanie ocen</translation>
    </message>
    <message>
        <source>Writing the history export</source>
        <translation>Zapisywanie historii</translation>
    </message>
    <message>
        <source>Writing the evidence export</source>
        <translation>Zapisywanie dowodów</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Raport zapisano w %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Zapisywanie raportu</translation>
    </message>
    <message>
        <source>Matrix image written to %1</source>
        <translation>Obraz macierzy zapisano w %1</translation>
    </message>
    <message>
        <source>Drawing the matrix image</source>
        <translation>Rysowanie obrazu macierzy</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2.</source>
        <translation>Nie udało się zapisać eksportu do %1: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>Choose a codebook</source>
        <extracomment>An export&apos;s worker started (tests and the window may watch or cancel it). An export was written whole to this path.</extracomment>
        <translation>Wybierz książkę kodów</translation>
    </message>
    <message>
        <source>Choose a codebook file first.</source>
        <translation>Najpierw wybierz plik książki kodów.</translation>
    </message>
    <message>
        <source>New tracker</source>
        <translation>Nowy tracker</translation>
    </message>
    <message>
        <source>Create tracker</source>
        <translation>Utwórz tracker</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name (an existing tracker is never overwritten).</source>
        <translation>%1 już istnieje; wybierz nową nazwę (istniejący tracker nigdy nie jest nadpisywany).</translation>
    </message>
    <message>
        <source>Open tracker</source>
        <translation>Otwórz tracker</translation>
    </message>
    <message>
        <source>Cannot open tracker</source>
        <translation>Nie można otworzyć trackera</translation>
    </message>
    <message>
        <source>No recent trackers</source>
        <translation>Brak ostatnich trackerów</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Zapisano kopię w %1</translation>
    </message>
    <message>
        <source>Check and repair tracker</source>
        <translation>Sprawdź i napraw tracker</translation>
    </message>
    <message>
        <source>The tracker could not be checked: %1</source>
        <translation>Nie udało się sprawdzić trackera: %1</translation>
    </message>
    <message>
        <source>No problems found: the tracker is healthy.</source>
        <translation>Nie znaleziono problemów: tracker jest sprawny.</translation>
    </message>
    <message>
        <source>Problems found that cannot be repaired automatically:
%1</source>
        <translation>Znaleziono problemy, których nie można naprawić automatycznie:
%1</translation>
    </message>
    <message>
        <source>Problems found:
%1

Repair what can be repaired?</source>
        <translation>Znalezione problemy:
%1

Naprawić to, co da się naprawić?</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Napraw</translation>
    </message>
    <message>
        <source>Nothing needed repairing.</source>
        <translation>Nic nie wymagało naprawy.</translation>
    </message>
    <message>
        <source>Still to fix by hand:</source>
        <translation>Do naprawienia ręcznie:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Pliki %1 (*.%2);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksport anulowany; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Zaimportowano %1: %2</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translation>Importuj książkę kodów</translation>
    </message>
    <message>
        <source>Codebooks (*.json);;Recommendations (*.csv *.xlsx);;All files (*)</source>
        <translation>Książki kodów (*.json);;Rekomendacje (*.csv *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Import książki kodów</translation>
    </message>
    <message>
        <source>Codebook imported from %1.</source>
        <translation>Zaimportowano książkę kodów z %1.</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Eksport książki kodów</translation>
    </message>
    <message numerus="yes">
        <source>Exported the codebook (%Ln recommendations) to %1</source>
        <translation>
            <numerusform>Wyeksportowano książkę kodów (%Ln rekomendacja) do %1</numerusform>
            <numerusform>Wyeksportowano książkę kodów (%Ln rekomendacje) do %1</numerusform>
            <numerusform>Wyeksportowano książkę kodów (%Ln rekomendacji) do %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s backup of the tracker was made (File › Restore from backup… lists them).</source>
        <translation>Wykonano dzisiejszą kopię zapasową trackera (lista: Plik › Przywróć z kopii zapasowej…).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <source>A tracker kept in memory has no backups.</source>
        <translation>Tracker przechowywany w pamięci nie ma kopii zapasowych.</translation>
    </message>
    <message>
        <source>Replace %1 with %2?

Everything added or changed since then will no longer be in the tracker. The tracker as it is now is backed up first, so restoring that backup brings it back.</source>
        <translation>Zamienić %1 na %2?

Wszystko, co dodano lub zmieniono od tego czasu, zniknie z trackera. Najpierw powstaje kopia zapasowa trackera w obecnym stanie, więc jej przywrócenie odzyska wszystko.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2; the tracker as it was is kept as %3.</source>
        <translation>Przywrócono %1 z kopii zapasowej z %2; tracker w poprzednim stanie zachowano jako %3.</translation>
    </message>
    <message>
        <source>The tracker could not be opened again: %1</source>
        <translation>Nie udało się ponownie otworzyć trackera: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>Your preferences could not be saved: %1</source>
        <translation>Nie udało się zapisać preferencji: %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <extracomment>The importer&apos;s names of encodings that hold words (tracker.importer.ENCODINGS), for the interface&apos;s language.</extracomment>
        <translation>Automatycznie (UTF-8, a jeśli nie, Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (zachodnioeuropejskie)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2, Central European)</source>
        <translation>ISO-8859-2 (Latin-2, środkowoeuropejskie)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (środkowoeuropejskie)</translation>
    </message>
    <message>
        <source>UTF-8 and Windows-1252 mixed, line by line</source>
        <translation>UTF-8 i Windows-1252 na przemian, wiersz po wierszu</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 z BOM</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab separated; UTF-8, Windows-1252 or another encoding you choose) or an Excel workbook (.xlsx).</source>
        <translation>Plik CSV (pola rozdzielone przecinkiem, średnikiem lub tabulatorem; UTF-8, Windows-1252 lub inne wybrane kodowanie) albo skoroszyt Excel (.xlsx).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Plik do zaimportowania</translation>
    </message>
    <message>
        <source>Path of the file…</source>
        <translation>Ścieżka pliku…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Wyszukaj plik</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Kodowanie tekstu</translation>
    </message>
    <message>
        <source>How the file&apos;s bytes are read as letters. Automatic reads UTF-8, else Windows-1252, and refuses a file that mixes them.</source>
        <translation>Jak bajty pliku są odczytywane jako litery. „Automatycznie” czyta UTF-8, a jeśli się nie da, Windows-1252, i odrzuca plik, który je miesza.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>How the preview is read</source>
        <translation>Jak odczytano podgląd</translation>
    </message>
    <message>
        <source>First lines of the file</source>
        <translation>Pierwsze wiersze pliku</translation>
    </message>
    <message>
        <source>Add countries the tracker does not follow yet, when they are valid ISO countries</source>
        <translation>Dodaj kraje, których tracker jeszcze nie śledzi, jeśli są poprawnymi krajami ISO</translation>
    </message>
    <message>
        <source>Add unknown countries</source>
        <translation>Dodaj nieznane kraje</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Problem z plikiem</translation>
    </message>
    <message>
        <source>Columns: %1.&lt;br&gt;A row needs &lt;code&gt;date&lt;/code&gt;, &lt;code&gt;countries&lt;/code&gt;, &lt;code&gt;recommendations&lt;/code&gt; and a title, URL or notes. Nothing is written until you confirm on the last page.</source>
        <translation>Kolumny: %1.&lt;br&gt;Wiersz wymaga &lt;code&gt;date&lt;/code&gt;, &lt;code&gt;countries&lt;/code&gt;, &lt;code&gt;recommendations&lt;/code&gt; oraz tytułu, adresu URL lub notatek. Nic nie zostanie zapisane, dopóki nie potwierdzisz na ostatniej stronie.</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>Import dowodów</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Arkusze kalkulacyjne (*.csv *.txt *.tsv *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Nie można odczytać pliku: %1.</translation>
    </message>
    <message>
        <source>No file by that name yet.</source>
        <translation>Nie ma jeszcze pliku o tej nazwie.</translation>
    </message>
    <message>
        <source>The first lines of the file are shown here, as the encoding reads them.</source>
        <translation>Tutaj widać pierwsze wiersze pliku, tak jak odczytuje je kodowanie.</translation>
    </message>
    <message>
        <source>An Excel workbook: it needs no encoding. Its rows are shown on the next page.</source>
        <translation>Skoroszyt Excel: nie wymaga kodowania. Jego wiersze widać na następnej stronie.</translation>
    </message>
    <message>
        <source>⚠ This file mixes encodings: line %1 is not UTF-8 but earlier lines are. Choose “%2” (shown here) or the one encoding it should be.</source>
        <translation>⚠ Ten plik miesza kodowania: wiersz %1 nie jest w UTF-8, a wcześniejsze wiersze są. Wybierz „%2” (jak tutaj) albo to jedno kodowanie, które powinno obowiązywać.</translation>
    </message>
    <message>
        <source>⚠ Read as %2, line %1 has bytes that are not valid %2 (shown as �): choose another encoding.</source>
        <translation>⚠ Przy odczycie jako %2 wiersz %1 zawiera bajty niepoprawne w %2 (pokazane jako �): wybierz inne kodowanie.</translation>
    </message>
    <message>
        <source>First lines, read as %2 (detected).</source>
        <translation>Pierwsze wiersze odczytane jako %2 (wykryto automatycznie).</translation>
    </message>
    <message>
        <source>First lines, read as %2.</source>
        <translation>Pierwsze wiersze odczytane jako %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Policy Tracker</source>
        <translation>Witamy w Policy Tracker</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Policy Tracker.&lt;/b&gt;&lt;br&gt;Every change you make is recorded in the tracker&apos;s history with your name, so your colleagues can see who recorded what. Which name should it use?</source>
        <translation>&lt;b&gt;Witamy w Policy Tracker.&lt;/b&gt;&lt;br&gt;Każda Twoja zmiana jest zapisywana w historii trackera wraz z Twoim imieniem i nazwiskiem, aby współpracownicy widzieli, kto co zapisał. Jakiego imienia i nazwiska użyć?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>e.g. Maria Kowalska</source>
        <translation>np. Maria Kowalska</translation>
    </message>
    <message>
        <source>You can change it later in File › Preferences (Ctrl+,).</source>
        <translation>Możesz je później zmienić w Plik › Preferencje (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Użyj tego imienia i nazwiska</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Record your login name this time and ask again next time</source>
        <translation>Tym razem zapisz nazwę konta i zapytaj ponownie następnym razem</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>Your name could not be saved: %1</source>
        <translation>Nie udało się zapisać imienia i nazwiska: %1</translation>
    </message>
</context>
<context>
    <name>GoToCountryDialog</name>
    <message>
        <source>Go to country</source>
        <extracomment>Names people type for a country that are neither its name nor an ISO code. Everyday names, in the app&apos;s languages, that the ISO 3166 translations (formal names) do not give: &quot;Россия&quot; is not a prefix of &quot;Российская Федерация&quot;, and Belarusians often write &quot;Нямеччына&quot; or, in the classical spelling, &quot;Летува&quot;. They rank with the other languages&apos; names. How far below the shown and English names a match in another language&apos;s name ranks.</extracomment>
        <translation>Przejdź do kraju</translation>
    </message>
    <message>
        <source>Country name or code</source>
        <translation>Nazwa kraju lub kod</translation>
    </message>
    <message>
        <source>Country name or code, e.g. lit or PL</source>
        <translation>Nazwa kraju lub kod, np. lit lub PL</translation>
    </message>
    <message>
        <source>A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian, or an ISO code</source>
        <translation>Nazwa po angielsku, białorusku, ukraińsku, rosyjsku, polsku lub litewsku albo kod ISO</translation>
    </message>
    <message>
        <source>Matching countries</source>
        <translation>Pasujące kraje</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Dopasowania</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>Enter goes to the highlighted country; Escape closes.</source>
        <translation>Enter przechodzi do zaznaczonego kraju; Escape zamyka.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries match: Enter goes to the highlighted one.</source>
        <translation>
            <numerusform>Pasuje %Ln kraj: Enter przejdzie do zaznaczonego.</numerusform>
            <numerusform>Pasują %Ln kraje: Enter przejdzie do zaznaczonego.</numerusform>
            <numerusform>Pasuje %Ln krajów: Enter przejdzie do zaznaczonego.</numerusform>
        </translation>
    </message>
    <message>
        <source>No country matches “%1”.</source>
        <translation>Żaden kraj nie pasuje do „%1”.</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grade bands</source>
        <translation>Przedziały stopni</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Stopień</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>Od wyniku</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Grade band columns</source>
        <translation>Kolumny przedziałów stopni</translation>
    </message>
    <message>
        <source>A&amp;dd band</source>
        <translation>&amp;Dodaj przedział</translation>
    </message>
    <message>
        <source>Add grade band</source>
        <translation>Dodaj przedział stopnia</translation>
    </message>
    <message>
        <source>A new band: type its grade and lowest score</source>
        <translation>Nowy przedział: wpisz stopień i najniższy wynik</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>&amp;Usuń przedział</translation>
    </message>
    <message>
        <source>Remove grade band</source>
        <translation>Usuń przedział stopnia</translation>
    </message>
    <message>
        <source>Remove the chosen band</source>
        <translation>Usuń wybrany przedział</translation>
    </message>
    <message>
        <source>Minimum coverage for a grade</source>
        <translation>Minimalne pokrycie dla stopnia</translation>
    </message>
    <message>
        <source>Minimum coverage explained</source>
        <translation>Wyjaśnienie minimalnego pokrycia</translation>
    </message>
    <message>
        <source>A country&apos;s score (0 to 100) gets the grade of the band it falls in. Bands start at different scores, and the lowest starts at 0, so every score has a grade.</source>
        <translation>Wynik kraju (od 0 do 100) otrzymuje stopień przedziału, do którego należy. Przedziały zaczynają się od różnych wyników, a najniższy od 0, więc każdy wynik ma stopień.</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>stopień</translation>
    </message>
    <message>
        <source>Minimum &amp;coverage for a grade</source>
        <translation>Minimalne &amp;pokrycie dla stopnia</translation>
    </message>
    <message>
        <source>min coverage for grade</source>
        <translation>minimalne pokrycie</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>poniżej %1</translation>
    </message>
    <message>
        <source>Every country with a score gets a grade and a rank.</source>
        <translation>Każdy kraj z wynikiem otrzymuje stopień i miejsce w rankingu.</translation>
    </message>
    <message>
        <source>A country gets a grade and a rank once %1 % of its recommendations are assessed (%2 of %3 now); with fewer it has a score but no grade.</source>
        <translation>Kraj otrzymuje stopień i miejsce w rankingu, gdy ocenione jest %1% jego rekomendacji (teraz %2 z %3); przy mniejszej liczbie ma wynik, ale nie ma stopnia.</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Save the changes you made in this form?</source>
        <translation>Zapisać zmiany wprowadzone w tym formularzu?</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>added</source>
        <extracomment>Entries a page reads. At most this many entries are exported (what is shown, fetched on to this cap). New entries read on top after a change; more than this and the list is read afresh. Entries written since the list was read that are looked through for new rows; more and it is read afresh. Ids a walk&apos;s step on its thread looks at first; a step quicker than STEP_GROW_S doubles it, up to WALK_SCAN_MAX. How much lower than the window&apos;s a walk thread&apos;s scheduling priority is (Linux niceness). Ids one step looks at when the walk runs on the GUI thread (an in-memory tracker). How often (ms) the list takes in what its walk found. A search that has run this long (seconds) shows its Stop button. How the list and the kind filter name each kind of entry (db.history_view.KINDS; the filter capitalises it).</extracomment>
        <translation>dodano</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edytowano</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>zarchiwizowano</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>przywrócono</translation>
    </message>
    <message>
        <source>status set</source>
        <translation>ustawiono status</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>poprawiono</translation>
    </message>
    <message>
        <source>review</source>
        <translation>przegląd</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>cofnięto</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>książka kodów</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>naprawa pliku</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>The walk found, checked, counted, finished, failed or was stopped: the count line follows it. The person asked to open an entry&apos;s evidence (its uid). The person asked to open an entry&apos;s cell (country code, recommendation code). The person asked to open a review entry&apos;s proposal (its uid); unconnected, its cell opens instead.</extracomment>
        <translation>Historia</translation>
    </message>
    <message>
        <source>History person</source>
        <translation>Historia: kto</translation>
    </message>
    <message>
        <source>Only the changes one person made</source>
        <translation>Tylko zmiany wprowadzone przez jedną osobę</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Historia: od</translation>
    </message>
    <message>
        <source>History to</source>
        <translation>Historia: do</translation>
    </message>
    <message>
        <source>History kind</source>
        <translation>Historia: rodzaj</translation>
    </message>
    <message>
        <source>History country</source>
        <translation>Historia: kraj</translation>
    </message>
    <message>
        <source>History recommendation</source>
        <translation>Historia: rekomendacja</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Szukaj w historii</translation>
    </message>
    <message>
        <source>Search the changes…</source>
        <translation>Szukaj w zmianach…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
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
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendacja</translation>
    </message>
    <message>
        <source>History list</source>
        <translation>Lista historii</translation>
    </message>
    <message>
        <source>History count</source>
        <translation>Licznik historii</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop searching the history</source>
        <translation>Zatrzymaj przeszukiwanie historii</translation>
    </message>
    <message>
        <source>Stop looking through older changes; what was found stays</source>
        <translation>Przestań przeglądać starsze zmiany; to, co znaleziono, zostaje</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Export history shown as CSV</source>
        <translation>Eksportuj widoczną historię do CSV</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Eksportuj JSON…</translation>
    </message>
    <message>
        <source>Export history shown as JSON</source>
        <translation>Eksportuj widoczną historię do JSON</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Wszystkie rekomendacje</translation>
    </message>
    <message>
        <source>Search on</source>
        <translation>Szukaj dalej</translation>
    </message>
    <message>
        <source>Search older history</source>
        <translation>Szukaj w starszej historii</translation>
    </message>
    <message>
        <source>The history could not be searched: %1</source>
        <translation>Nie udało się przeszukać historii: %1</translation>
    </message>
    <message numerus="yes">
        <source>Searching… checked %1 of %Ln changes; %2 found so far</source>
        <translation>
            <numerusform>Wyszukiwanie… sprawdzono %1 z %Ln zmiany; dotąd znaleziono %2</numerusform>
            <numerusform>Wyszukiwanie… sprawdzono %1 z %Ln zmian; dotąd znaleziono %2</numerusform>
            <numerusform>Wyszukiwanie… sprawdzono %1 z %Ln zmian; dotąd znaleziono %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… checked %1 of %Ln changes</source>
        <translation>
            <numerusform>Wyszukiwanie… sprawdzono %1 z %Ln zmiany</numerusform>
            <numerusform>Wyszukiwanie… sprawdzono %1 z %Ln zmian</numerusform>
            <numerusform>Wyszukiwanie… sprawdzono %1 z %Ln zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after checking %1 of %Ln changes; %2 found.</source>
        <translation>
            <numerusform>Zatrzymano po sprawdzeniu %1 z %Ln zmiany; znaleziono %2.</numerusform>
            <numerusform>Zatrzymano po sprawdzeniu %1 z %Ln zmian; znaleziono %2.</numerusform>
            <numerusform>Zatrzymano po sprawdzeniu %1 z %Ln zmian; znaleziono %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation>Brak pasujących zmian.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of ≥ %Ln matching changes shown (counting…)</source>
        <translation>
            <numerusform>Pokazano %1 z ≥ %Ln pasującej zmiany (liczenie…)</numerusform>
            <numerusform>Pokazano %1 z ≥ %Ln pasujących zmian (liczenie…)</numerusform>
            <numerusform>Pokazano %1 z ≥ %Ln pasujących zmian (liczenie…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of ≥ %Ln changes shown (counting…)</source>
        <translation>
            <numerusform>Pokazano %1 z ≥ %Ln zmiany (liczenie…)</numerusform>
            <numerusform>Pokazano %1 z ≥ %Ln zmian (liczenie…)</numerusform>
            <numerusform>Pokazano %1 z ≥ %Ln zmian (liczenie…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching changes shown</source>
        <translation>
            <numerusform>Pokazano %1 z %Ln pasującej zmiany</numerusform>
            <numerusform>Pokazano %1 z %Ln pasujących zmian</numerusform>
            <numerusform>Pokazano %1 z %Ln pasujących zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln changes shown</source>
        <translation>
            <numerusform>Pokazano %1 z %Ln zmiany</numerusform>
            <numerusform>Pokazano %1 z %Ln zmian</numerusform>
            <numerusform>Pokazano %1 z %Ln zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching changes</source>
        <translation>
            <numerusform>%Ln pasująca zmiana</numerusform>
            <numerusform>%Ln pasujące zmiany</numerusform>
            <numerusform>%Ln pasujących zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln zmiana</numerusform>
            <numerusform>%Ln zmiany</numerusform>
            <numerusform>%Ln zmian</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; scroll for older ones</source>
        <translation>%1; przewiń, by zobaczyć starsze</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Export history shown</source>
        <translation>Eksportuj widoczną historię</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Eksport historii</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Odczytywanie historii</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksport anulowano; nic nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln changes to %1.</source>
        <translation>
            <numerusform>Zapisano %Ln zmianę do %1.</numerusform>
            <numerusform>Zapisano %Ln zmiany do %1.</numerusform>
            <numerusform>Zapisano %Ln zmian do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> Only the newest %1 were written; narrow the filters for the rest.</source>
        <translation> Zapisano tylko %1 najnowszych; zawęź filtry, by dostać resztę.</translation>
    </message>
</context>
<context>
    <name>ImportCodebook</name>
    <message numerus="yes">
        <source>This tracker already has %n recommendations; a codebook&apos;s recommendations can only be imported into a blank tracker (File &gt; New, blank).</source>
        <comment>This tracker already has %n recommendation; a codebook&apos;s recommendations can only be imported into a blank tracker (File &gt; New, blank).</comment>
        <extracomment>The columns of a recommendations file. The operation the history records for a codebook import. The codebook import&apos;s sentences that hold a count (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>
            <numerusform>Ten tracker ma już %n rekomendację; rekomendacje książki kodów można zaimportować tylko do pustego trackera (Plik &gt; Nowy tracker, pusty).</numerusform>
            <numerusform>Ten tracker ma już %n rekomendacje; rekomendacje książki kodów można zaimportować tylko do pustego trackera (Plik &gt; Nowy tracker, pusty).</numerusform>
            <numerusform>Ten tracker ma już %n rekomendacji; rekomendacje książki kodów można zaimportować tylko do pustego trackera (Plik &gt; Nowy tracker, pusty).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This tracker already has %n recommendations; recommendations can only be imported into a blank tracker (File &gt; New, blank).</source>
        <comment>This tracker already has %n recommendation; recommendations can only be imported into a blank tracker (File &gt; New, blank).</comment>
        <translation>
            <numerusform>Ten tracker ma już %n rekomendację; rekomendacje można zaimportować tylko do pustego trackera (Plik &gt; Nowy tracker, pusty).</numerusform>
            <numerusform>Ten tracker ma już %n rekomendacje; rekomendacje można zaimportować tylko do pustego trackera (Plik &gt; Nowy tracker, pusty).</numerusform>
            <numerusform>Ten tracker ma już %n rekomendacji; rekomendacje można zaimportować tylko do pustego trackera (Plik &gt; Nowy tracker, pusty).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The codebook&apos;s status scale has no {codes}, which %n assessments in this tracker use; add those statuses to the codebook (or import it into a blank tracker).</source>
        <comment>The codebook&apos;s status scale has no {codes}, which %n assessment in this tracker use; add those statuses to the codebook (or import it into a blank tracker).</comment>
        <translation>
            <numerusform>W skali statusów książki kodów nie ma {codes}, których w tym trackerze używa %n ocena; dodaj te statusy do książki kodów (albo zaimportuj ją do pustego trackera).</numerusform>
            <numerusform>W skali statusów książki kodów nie ma {codes}, których w tym trackerze używają %n oceny; dodaj te statusy do książki kodów (albo zaimportuj ją do pustego trackera).</numerusform>
            <numerusform>W skali statusów książki kodów nie ma {codes}, których w tym trackerze używa %n ocen; dodaj te statusy do książki kodów (albo zaimportuj ją do pustego trackera).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown column {column!r}; the columns are: {columns}.</source>
        <translation>Nieznana kolumna {column!r}; dostępne kolumny: {columns}.</translation>
    </message>
    <message>
        <source>The column {column!r} appears twice.</source>
        <translation>Kolumna {column!r} występuje dwa razy.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cells but the header has {width}.</source>
        <translation>
            <numerusform>Wiersz ma %n komórkę, a nagłówek {width}.</numerusform>
            <numerusform>Wiersz ma %n komórki, a nagłówek {width}.</numerusform>
            <numerusform>Wiersz ma %n komórek, a nagłówek {width}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code {code!r} is used twice (first on line {first}).</source>
        <translation>Kodu {code!r} użyto dwa razy (po raz pierwszy w wierszu {first}).</translation>
    </message>
    <message>
        <source>The title {title!r} is used twice (first on line {first}).</source>
        <translation>Tytułu {title!r} użyto dwa razy (po raz pierwszy w wierszu {first}).</translation>
    </message>
    <message>
        <source>The file has a header row but no recommendations.</source>
        <translation>Plik ma wiersz nagłówka, ale nie ma rekomendacji.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>The required column {column!r} is missing.</source>
        <translation>Brak wymaganej kolumny {column!r}.</translation>
    </message>
    <message>
        <source>Unknown column {column!r}; the columns are: {columns} (rename it, delete it, or choose to ignore it).</source>
        <extracomment>The wizard&apos;s overrides: one field (or None) per column, or a dict keyed by column index or header text.</extracomment>
        <translation>Nieznana kolumna {column!r}; dostępne kolumny: {columns} (zmień jej nazwę, usuń ją albo wybierz „pomiń tę kolumnę”).</translation>
    </message>
    <message>
        <source>Columns {first!r} and {second!r} both give the {field}; keep one.</source>
        <translation>Kolumny {first!r} i {second!r} wypełniają to samo pole {field}; zostaw jedną.</translation>
    </message>
    <message>
        <source>The required column {column!r} (or event_date) is missing.</source>
        <translation>Brak wymaganej kolumny {column!r} (lub event_date).</translation>
    </message>
    <message>
        <source>The file needs at least one of the columns &apos;title&apos;, &apos;url&apos; or &apos;notes&apos;.</source>
        <translation>Plik potrzebuje co najmniej jednej z kolumn &apos;title&apos;, &apos;url&apos; lub &apos;notes&apos;.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Stable id of existing evidence: the row updates that record (a new uid creates a record with it).</source>
        <extracomment>Every field an import file can fill, in the order the README lists them. A row needs at least one of these (a missing title is taken from the notes). Other names accepted for a field (after normalising: lower case, spaces and &apos;-&apos; as &apos;_&apos;). Columns of our own evidence export that an import reads past (they are set by the tracker). What each field takes (the wizard&apos;s tooltips; translatable, see db.messages).</extracomment>
        <translation>Stały identyfikator istniejącego dowodu: wiersz aktualizuje ten rekord (nowy uid tworzy rekord z nim).</translation>
    </message>
    <message>
        <source>When it happened: YYYY-MM-DD or YYYYMMDD (alias: event_date).</source>
        <translation>Kiedy to się stało: YYYY-MM-DD lub YYYYMMDD (inna nazwa kolumny: event_date).</translation>
    </message>
    <message>
        <source>Alpha-2, alpha-3, English name or group:NAME; several separated by |, ; or ,.</source>
        <translation>Kod alpha-2, alpha-3, angielska nazwa lub group:NAZWA; kilka rozdziel znakiem |, ; lub ,.</translation>
    </message>
    <message>
        <source>Recommendation codes or titles; several separated by |, ; or ,.</source>
        <translation>Kody lub tytuły rekomendacji; kilka rozdziel znakiem |, ; lub ,.</translation>
    </message>
    <message>
        <source>Short title (taken from the start of the notes when empty).</source>
        <translation>Krótki tytuł (gdy pusty, brany z początku notatek).</translation>
    </message>
    <message>
        <source>Web address of the source (http:// or https://).</source>
        <translation>Adres internetowy źródła (http:// lub https://).</translation>
    </message>
    <message>
        <source>Archived copy of the source (http:// or https://).</source>
        <translation>Zarchiwizowana kopia źródła (http:// lub https://).</translation>
    </message>
    <message>
        <source>When the source was read: YYYY-MM-DD or YYYYMMDD.</source>
        <translation>Kiedy źródło przeczytano: YYYY-MM-DD lub YYYYMMDD.</translation>
    </message>
    <message>
        <source>Who published the source.</source>
        <translation>Kto opublikował źródło.</translation>
    </message>
    <message>
        <source>official, media, ngo, international or other (default other).</source>
        <translation>official, media, ngo, international lub other (domyślnie other).</translation>
    </message>
    <message>
        <source>Language of the source.</source>
        <translation>Język źródła.</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Dowolny tekst.</translation>
    </message>
    <message>
        <source>Status code or label: sets every linked cell&apos;s status effective on the date.</source>
        <translation>Kod lub etykieta statusu: ustawia status każdej powiązanej komórki od tej daty.</translation>
    </message>
    <message>
        <source>Why that status (required with a status).</source>
        <translation>Dlaczego taki status (wymagane razem ze statusem).</translation>
    </message>
    <message>
        <source>verified, reported or claimed (default reported; only with a status).</source>
        <translation>verified, reported lub claimed (domyślnie reported; tylko ze statusem).</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Excel workbook, sheet {sheet!r}</source>
        <extracomment>The largest cell the CSV reader accepts at all; longer text is refused by field rules anyway.</extracomment>
        <translation>Skoroszyt Excel, arkusz {sheet!r}</translation>
    </message>
    <message>
        <source>CSV, {encoding}, comma-separated</source>
        <translation>CSV, {encoding}, rozdzielany przecinkami</translation>
    </message>
    <message>
        <source>CSV, {encoding}, semicolon-separated</source>
        <translation>CSV, {encoding}, rozdzielany średnikami</translation>
    </message>
    <message>
        <source>CSV, {encoding}, tab-separated</source>
        <translation>CSV, {encoding}, rozdzielany tabulatorami</translation>
    </message>
    <message>
        <source>CSV, {encoding}, {delimiter!r}-separated</source>
        <translation>CSV, {encoding}, rozdzielany znakiem {delimiter!r}</translation>
    </message>
    <message>
        <source>The workbook cannot be read from here on ({reason}).</source>
        <translation>Skoroszytu nie da się odczytać od tego miejsca ({reason}).</translation>
    </message>
    <message>
        <source>A quoted cell starting on this line is never closed (a closing &quot; is missing).</source>
        <translation>Komórka w cudzysłowie zaczynająca się w tym wierszu nie jest zamknięta (brak zamykającego &quot;).</translation>
    </message>
    <message>
        <source>Text follows a closing quote in a cell; put the whole cell in quotes and double any &quot; inside it.</source>
        <translation>W komórce po zamykającym cudzysłowie jest tekst; ujmij całą komórkę w cudzysłów i podwój każdy &quot; w środku.</translation>
    </message>
    <message>
        <source>A cell is longer than {megabytes} MB.</source>
        <translation>Komórka jest dłuższa niż {megabytes} MB.</translation>
    </message>
    <message>
        <source>A line break inside a cell that is not in quotes.</source>
        <translation>Podział wiersza wewnątrz komórki, która nie jest w cudzysłowie.</translation>
    </message>
    <message>
        <source>The row cannot be read as CSV ({reason}).</source>
        <translation>Wiersza nie da się odczytać jako CSV ({reason}).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row naming the columns.</source>
        <extracomment>A file with no header row at all.</extracomment>
        <translation>Plik jest pusty: potrzebny jest wiersz nagłówka z nazwami kolumn.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Nie można odczytać {path}: {reason}.</translation>
    </message>
    <message>
        <source>This is an old-style Excel (.xls) or other binary file; save it as .xlsx or as CSV UTF-8.</source>
        <translation>To plik Excela w starym formacie (.xls) lub inny plik binarny; zapisz go jako .xlsx lub CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {reason}.</source>
        <translation>Nie można zaimportować pliku: {reason}.</translation>
    </message>
    <message>
        <source>Unknown text encoding {encoding!r}; use one of: {known}.</source>
        <translation>Nieznane kodowanie tekstu {encoding!r}; użyj jednego z: {known}.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file: it is full of control characters. It looks like UTF-16 text without a byte-order mark: choose UTF-16 as its encoding.</source>
        <translation>To nie jest plik tekstowy (CSV): pełno w nim znaków sterujących. Wygląda na tekst UTF-16 bez znacznika kolejności bajtów: wybierz dla niego kodowanie UTF-16.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file: it is full of control characters. Save it as CSV UTF-8.</source>
        <translation>To nie jest plik tekstowy (CSV): pełno w nim znaków sterujących. Zapisz go jako CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not valid UTF-8 (byte 0x{byte:02X}{near}), but line {utf8_line} is: the file mixes encodings, and reading it all as one would garble some rows. Choose its encoding (&quot;{mixed}&quot; reads each line as UTF-8, else as Windows-1252), or save it again as CSV UTF-8.</source>
        <translation>Wiersz {line} nie jest poprawnym UTF-8 (bajt 0x{byte:02X}{near}), a wiersz {utf8_line} jest: plik miesza kodowania i odczytanie go całego w jednym zniekształciłoby część wierszy. Wybierz kodowanie pliku („{mixed}” odczytuje każdy wiersz jako UTF-8, a jeśli się nie da, jako Windows-1252) albo zapisz go ponownie jako CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not text in UTF-8 or Windows-1252: byte 0x{byte:02X} cannot be read{near}. Choose the file&apos;s encoding, or save it as CSV UTF-8.</source>
        <translation>Wiersz {line} nie jest tekstem w UTF-8 ani Windows-1252: bajtu 0x{byte:02X} nie da się odczytać{near}. Wybierz kodowanie pliku albo zapisz go jako CSV UTF-8.</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <extracomment>Byte-order marks that name their encoding (UTF-32 first: its little-endian mark begins with UTF-16&apos;s). The encodings offered by the import wizard and ``--encoding``: (name, label); None is &quot;detect it&quot;. Labels with words are translatable (db.messages) so that the sentences naming an encoding are too.</extracomment>
        <translation>Automatycznie (UTF-8, a jeśli nie, Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (zachodnioeuropejskie)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2, Central European)</source>
        <translation>ISO-8859-2 (Latin-2, środkowoeuropejskie)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (środkowoeuropejskie)</translation>
    </message>
    <message>
        <source>UTF-8 and Windows-1252 mixed, line by line</source>
        <translation>UTF-8 i Windows-1252 na przemian, wiersz po wierszu</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 z BOM</translation>
    </message>
    <message>
        <source> in “{text}”</source>
        <translation> w „{text}”</translation>
    </message>
    <message>
        <source>Line {line} is not valid {encoding}: byte 0x{byte:02X} cannot be read{near}. Choose another encoding, or save the file as CSV UTF-8.</source>
        <translation>Wiersz {line} nie jest poprawnym tekstem w kodowaniu {encoding}: bajtu 0x{byte:02X} nie da się odczytać{near}. Wybierz inne kodowanie albo zapisz plik jako CSV UTF-8.</translation>
    </message>
    <message>
        <source>{delimiter!r} cannot separate cells; use &apos;,&apos;, &apos;;&apos; or a tab.</source>
        <extracomment>A character of two to four bytes in UTF-8: rare by chance in text of a one-byte encoding. Where one may start: searched for first, six times faster than the whole pattern.</extracomment>
        <translation>{delimiter!r} nie może rozdzielać komórek; użyj &apos;,&apos;, &apos;;&apos; lub tabulatora.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Everything is written in one step; if anything fails or you cancel, nothing is.</source>
        <translation>Wszystko zapisuje się w jednym kroku; jeśli coś się nie uda lub anulujesz, nic nie zostanie zapisane.</translation>
    </message>
    <message>
        <source>✓ Imported.</source>
        <translation>✓ Zaimportowano.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Import anulowany. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>⚠ Nothing was written: %1</source>
        <translation>⚠ Nic nie zostało zapisane: %1</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>file</source>
        <extracomment>Counts in the problems&apos; sentences (Qt&apos;s plural forms; see db.messages.Counted). What the Field column names when a problem is not about one field: the whole file, its header row, one row, or its rows (the words are translated; a field&apos;s own name is the file&apos;s column name and is not).</extracomment>
        <translation>plik</translation>
    </message>
    <message>
        <source>header</source>
        <translation>nagłówek</translation>
    </message>
    <message>
        <source>row</source>
        <translation>wiersz</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>wiersze</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolumna {number}</translation>
    </message>
    <message>
        <source>line {line}: {field}: {message}</source>
        <translation>wiersz {line}: {field}: {message}</translation>
    </message>
    <message>
        <source>Same URL (or title without one), date and cells as line {line}: skipped.</source>
        <translation>Ten sam URL (lub tytuł, gdy brak URL), data i komórki co w wierszu {line}: pominięto.</translation>
    </message>
    <message>
        <source>Same URL (or title without one), date and cells as evidence {uid}: skipped.</source>
        <translation>Ten sam URL (lub tytuł, gdy brak URL), data i komórki co w dowodzie {uid}: pominięto.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nic nie zostało zaimportowane.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation>
            <numerusform>jeszcze %n problem</numerusform>
            <numerusform>jeszcze %n problemy</numerusform>
            <numerusform>jeszcze %n problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {problem} ({more}).</source>
        <translation>Nic nie zostało zaimportowane (oprócz tego {more}): {said}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Nic nie zostało zaimportowane: {said}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import anulowano; nic nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <extracomment>Rows validated (and written) together; progress and cancel are checked between batches. The operation the history records for everything an import writes. Duplicate keys of the tracker&apos;s evidence handed to the scratch store at once. A row whose evidence would have neither title, URL nor notes.</extracomment>
        <translation>Podaj dla dowodu przynajmniej tytuł, URL lub notatki.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before changing this evidence&apos;s countries.</source>
        <extracomment>An update row that would link archived countries or recommendations: (which, several) -&gt; sentence.</extracomment>
        <translation>W archiwum: {codes}; przywróć go przed zmianą krajów tego dowodu.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before changing this evidence&apos;s countries.</source>
        <translation>W archiwum: {codes}; przywróć je przed zmianą krajów tego dowodu.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before changing this evidence&apos;s recommendations.</source>
        <translation>W archiwum: {codes}; przywróć ją przed zmianą rekomendacji tego dowodu.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before changing this evidence&apos;s recommendations.</source>
        <translation>W archiwum: {codes}; przywróć je przed zmianą rekomendacji tego dowodu.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows to import.</source>
        <translation>Plik ma wiersz nagłówka, ale nie ma wierszy do zaimportowania.</translation>
    </message>
    <message>
        <source>The uid {uid} appears more than once in the file (first on line {first}).</source>
        <translation>uid {uid} występuje w pliku więcej niż raz (po raz pierwszy w wierszu {first}).</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before adding evidence.</source>
        <translation>W archiwum: {codes}; przywróć je przed dodaniem dowodu.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before adding evidence.</source>
        <translation>W archiwum: {codes}; przywróć z archiwum przed dodaniem dowodu.</translation>
    </message>
    <message>
        <source>a cell is missing or a quote is misplaced.</source>
        <extracomment>The longest text each evidence field takes from a cell. The longest rationale a cell may give. How each evidence field is checked (plain text when not listed). Date cells remembered (they repeat a lot). A row&apos;s sentences that hold a count (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>brakuje komórki albo cudzysłów jest w złym miejscu.</translation>
    </message>
    <message>
        <source>a cell may need quotes around it (it contains the delimiter).</source>
        <translation>może trzeba ująć komórkę w cudzysłów (zawiera separator).</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cells but the header has {width}; {why}</source>
        <translation>
            <numerusform>Wiersz ma %n komórkę, a nagłówek {width}; {why}</numerusform>
            <numerusform>Wiersz ma %n komórki, a nagłówek {width}; {why}</numerusform>
            <numerusform>Wiersz ma %n komórek, a nagłówek {width}; {why}</numerusform>
        </translation>
    </message>
    <message>
        <source>This column has no name in the header but the row has a value in it.</source>
        <translation>Ta kolumna nie ma nazwy w nagłówku, ale wiersz ma w niej wartość.</translation>
    </message>
    <message>
        <source>Unknown recommendations {items}: use a code ({codes}) or a title.</source>
        <translation>Nieznane rekomendacje {items}: podaj kod ({codes}) lub tytuł.</translation>
    </message>
    <message>
        <source>Unknown recommendation {items}: use a code ({codes}) or a title.</source>
        <translation>Nieznana rekomendacja {items}: podaj kod ({codes}) lub tytuł.</translation>
    </message>
    <message>
        <source>At least one recommendation is required.</source>
        <translation>Wymagana jest co najmniej jedna rekomendacja.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}; use one of: {codes} (or its label).</source>
        <translation>Nieznany status {status!r}; użyj jednego z kodów: {codes} (lub etykiety statusu).</translation>
    </message>
    <message>
        <source>{label!r} is where every cell starts; choose a judgement instead.</source>
        <translation>{label!r} to stan początkowy każdej komórki; wybierz zamiast niego ocenę.</translation>
    </message>
    <message>
        <source>A rationale was given without a status to set.</source>
        <translation>Podano uzasadnienie bez statusu do ustawienia.</translation>
    </message>
    <message>
        <source>A confidence was given without a status to set.</source>
        <translation>Podano wiarygodność bez statusu do ustawienia.</translation>
    </message>
    <message>
        <source>A status needs a rationale (why that status).</source>
        <translation>Status wymaga uzasadnienia (dlaczego taki status).</translation>
    </message>
    <message>
        <source> (for a group write {groups})</source>
        <translation> (dla grupy wpisz {groups})</translation>
    </message>
    <message>
        <source>Unknown countries {items}: use an ISO code, an English name or group:NAME{hint}.</source>
        <translation>Nieznane kraje {items}: podaj kod ISO, angielską nazwę lub group:NAZWA{hint}.</translation>
    </message>
    <message>
        <source>Unknown country {items}: use an ISO code, an English name or group:NAME{hint}.</source>
        <translation>Nieznany kraj {items}: podaj kod ISO, angielską nazwę lub group:NAZWA{hint}.</translation>
    </message>
    <message>
        <source>The groups named here have no tracked members.</source>
        <translation>Wymienione tu grupy nie mają śledzonych krajów.</translation>
    </message>
    <message>
        <source>At least one country (or group:NAME) is required.</source>
        <translation>Wymagany jest co najmniej jeden kraj (lub group:NAZWA).</translation>
    </message>
    <message>
        <source>Not tracked in this tracker: {names}. Add them first, or import with the option to add countries.</source>
        <translation>Ten tracker nie śledzi: {names}. Najpierw je dodaj albo importuj z opcją dodawania krajów.</translation>
    </message>
    <message>
        <source>Not tracked in this tracker: {names}. Add it first, or import with the option to add countries.</source>
        <translation>Ten tracker nie śledzi: {names}. Najpierw go dodaj albo importuj z opcją dodawania krajów.</translation>
    </message>
</context>
<context>
    <name>ImportRunTexts</name>
    <message numerus="yes">
        <source>%Ln rows read…</source>
        <translation>
            <numerusform>Odczytano %Ln wiersz…</numerusform>
            <numerusform>Odczytano %Ln wiersze…</numerusform>
            <numerusform>Odczytano %Ln wierszy…</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>ImportTotals</name>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <extracomment>The summary&apos;s counts (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nowy</numerusform>
            <numerusform>%n nowe</numerusform>
            <numerusform>%n nowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n zaktualizowany</numerusform>
            <numerusform>%n zaktualizowane</numerusform>
            <numerusform>%n zaktualizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n bez zmian</numerusform>
            <numerusform>%n bez zmian</numerusform>
            <numerusform>%n bez zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <comment>%n duplicate skipped</comment>
        <translation>
            <numerusform>%n duplikat pominięty</numerusform>
            <numerusform>%n duplikaty pominięte</numerusform>
            <numerusform>%n duplikatów pominiętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statuses set</source>
        <comment>%n status set</comment>
        <translation>
            <numerusform>%n status ustawiony</numerusform>
            <numerusform>%n statusy ustawione</numerusform>
            <numerusform>%n statusów ustawionych</numerusform>
        </translation>
    </message>
    <message>
        <source>countries added: {codes}</source>
        <translation>dodane kraje: {codes}</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <comment>%n error</comment>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import evidence</source>
        <translation>Import dowodów</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared tracker</source>
        <translation>Dołącz do wspólnego trackera</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Ask to join.&lt;/b&gt; Send your join code (or the join file) to the tracker&apos;s coordinator, and read your fingerprint to them by another channel.</source>
        <translation>&lt;b&gt;1. Poproś o dołączenie.&lt;/b&gt; Wyślij swój kod dołączenia (lub plik dołączenia) koordynatorowi trackera i odczytaj mu swój odcisk klucza innym kanałem.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Twoje imię</translation>
    </message>
    <message>
        <source>As the other members will see it</source>
        <translation>Tak zobaczą je inni uczestnicy</translation>
    </message>
    <message>
        <source>&amp;Make join code</source>
        <translation>&amp;Utwórz kod dołączenia</translation>
    </message>
    <message>
        <source>Make join code</source>
        <translation>Utwórz kod dołączenia</translation>
    </message>
    <message>
        <source>Your join code</source>
        <translation>Twój kod dołączenia</translation>
    </message>
    <message>
        <source>Your join code appears here.</source>
        <translation>Tu pojawi się Twój kod dołączenia.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Twój odcisk klucza</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Sko&amp;piuj kod</translation>
    </message>
    <message>
        <source>Copy the join code</source>
        <translation>Skopiuj kod dołączenia</translation>
    </message>
    <message>
        <source>Save join &amp;file…</source>
        <translation>Zapisz pli&amp;k dołączenia…</translation>
    </message>
    <message>
        <source>Save the join file</source>
        <translation>Zapisz plik dołączenia</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Join.&lt;/b&gt; Once the coordinator has added you and the folder has synced, choose the folder and where your own copy goes.</source>
        <translation>&lt;b&gt;2. Dołącz.&lt;/b&gt; Gdy koordynator Cię doda, a folder się zsynchronizuje, wybierz folder i miejsce na własną kopię.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Wspólny folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Wybierz wspólny folder</translation>
    </message>
    <message>
        <source>Your copy of the tracker</source>
        <translation>Twoja kopia trackera</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Wy&amp;bierz…</translation>
    </message>
    <message>
        <source>Choose where your copy goes</source>
        <translation>Wybierz, gdzie zapisać kopię</translation>
    </message>
    <message>
        <source>The coordinator&apos;s fingerprint</source>
        <translation>Odcisk klucza koordynatora</translation>
    </message>
    <message>
        <source>As the coordinator told you, e.g. NWJ1-86S4-QW1D-4WQ5</source>
        <translation>Tak jak podał koordynator, np. NWJ1-86S4-QW1D-4WQ5</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Twoje &amp;imię:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Kod dołączenia:</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>Twój odcisk klucza:</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Wspólny &amp;folder:</translation>
    </message>
    <message>
        <source>Your &amp;copy:</source>
        <translation>Twoja k&amp;opia:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fin&amp;gerprint:</source>
        <translation>O&amp;dcisk koordynatora:</translation>
    </message>
    <message>
        <source>Why joining did not work</source>
        <translation>Dlaczego dołączenie się nie udało</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Dołączanie</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Dołącz</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Najpierw wpisz swoje imię.</translation>
    </message>
    <message>
        <source>Join files (*.ptjoin);;All files (*)</source>
        <translation>Pliki dołączenia (*.ptjoin);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The join file could not be saved: %1.</source>
        <translation>Nie udało się zapisać pliku dołączenia: %1.</translation>
    </message>
    <message>
        <source>Where your copy goes</source>
        <translation>Gdzie zapisać kopię</translation>
    </message>
    <message>
        <source>Policy trackers (*.db);;All files (*)</source>
        <translation>Trackery polityk (*.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose the shared folder and where your copy goes first.</source>
        <translation>Najpierw wybierz wspólny folder i miejsce na kopię.</translation>
    </message>
    <message>
        <source>Type the coordinator&apos;s fingerprint, as they told you.</source>
        <translation>Wpisz odcisk klucza koordynatora tak, jak Ci go podał.</translation>
    </message>
    <message>
        <source>Building your copy from the shared folder…</source>
        <translation>Tworzenie Twojej kopii ze wspólnego folderu…</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>The file in the app&apos;s data folder where unexpected errors&apos; tracebacks go.</extracomment>
        <translation>Coś poszło nie tak</translation>
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
        <source>%1 conflicting judgements</source>
        <translation>%1 sprzeczne oceny</translation>
    </message>
    <message>
        <source>▲▼ outlined: changed since the comparison date</source>
        <translation>▲▼ w ramce: zmiana od daty porównania</translation>
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
        <translation>Otwierane są tylko linki internetowe (http lub https): %1</translation>
    </message>
    <message>
        <source>This link was not opened. %1</source>
        <translation>Ten link nie został otwarty. %1</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>donikąd</translation>
    </message>
    <message>
        <source>This link was not opened: it shows %1 but would open %2. Check the address in the evidence and correct it.</source>
        <translation>Ten link nie został otwarty: pokazuje %1, ale otworzyłby %2. Sprawdź adres w dowodzie i popraw go.</translation>
    </message>
    <message>
        <source>This evidence has no link</source>
        <translation>Ten dowód nie ma linku</translation>
    </message>
    <message>
        <source>Opens %1 in your browser. Careful: the address mixes alphabets.</source>
        <translation>Otwiera %1 w przeglądarce. Uwaga: adres miesza alfabety.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Otwiera %1 w przeglądarce</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Evidence</source>
        <extracomment>How long after the window is first shown the day&apos;s backup starts (after the first paint, off the start-up path). The actions that change the tracker: disabled while it is open read-only (db.store.Tracker.read_only).</extracomment>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Scorecards page</source>
        <translation>Strona „Oceny krajów”</translation>
    </message>
    <message>
        <source>History page</source>
        <translation>Strona „Historia”</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Strona „Przegląd”</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Widoki</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
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
        <source>Read-only</source>
        <translation>Tylko do odczytu</translation>
    </message>
    <message>
        <source>That proposal no longer exists (it was undone); the History tab keeps what it said.</source>
        <translation>Ta propozycja już nie istnieje (została cofnięta); karta „Historia” zachowuje jej treść.</translation>
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
    <message>
        <source>in memory</source>
        <translation>w pamięci</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (tylko do odczytu)</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Tylko do odczytu: %1</translation>
    </message>
    <message>
        <source>%1 is not in %2: showing all countries.</source>
        <translation>%1 nie należy do grupy %2: pokazano wszystkie kraje.</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Nowy dowód</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Ustaw status</translation>
    </message>
    <message>
        <source>Select a cell of the matrix first (a country and a recommendation).</source>
        <translation>Najpierw zaznacz komórkę macierzy (kraj i rekomendację).</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Edytuj dowód</translation>
    </message>
    <message>
        <source>That evidence no longer exists.</source>
        <translation>Ten dowód już nie istnieje.</translation>
    </message>
    <message>
        <source>This evidence no longer exists: another program deleted it. What you typed is kept; add it again as new evidence if it is still needed.</source>
        <translation>Ten dowód już nie istnieje: usunął go inny program. To, co wpisano, zostało zachowane; dodaj go ponownie jako nowy dowód, jeśli jest jeszcze potrzebny.</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Archiwizuj dowód</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Książka kodów</translation>
    </message>
    <message>
        <source>Countries and groups</source>
        <translation>Kraje i grupy</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Otwórz link</translation>
    </message>
    <message>
        <source>This link&apos;s address mixes alphabets, so it can pass for another site&apos;s:

%1

Open it?</source>
        <translation>Adres tego linku łączy różne alfabety, więc może udawać adres innej witryny:

%1

Otworzyć go?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Otwieranie %1…</translation>
    </message>
    <message>
        <source>No browser could open %1.

Copy the link, to paste it into a browser?</source>
        <translation>Żadna przeglądarka nie mogła otworzyć %1.

Skopiować link, aby wkleić go do przeglądarki?</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopiuj link</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Skopiowano link: %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>— ignore this column —</source>
        <translation>— pomiń tę kolumnę —</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>Podgląd i kolumny</translation>
    </message>
    <message>
        <source>Check the first rows; match any column whose name differs from the tracker&apos;s fields.</source>
        <translation>Sprawdź pierwsze wiersze; dopasuj każdą kolumnę, której nazwa różni się od pól trackera.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format pliku</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Podgląd pliku</translation>
    </message>
    <message>
        <source>Column problems</source>
        <translation>Problemy z kolumnami</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — which field each column of the file fills</source>
        <translation>&lt;b&gt;Kolumny&lt;/b&gt; — które pole wypełnia każda kolumna pliku</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln columns</source>
        <translation>
            <numerusform>%1: %2, %Ln kolumna</numerusform>
            <numerusform>%1: %2, %Ln kolumny</numerusform>
            <numerusform>%1: %2, %Ln kolumn</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(kolumna %1 bez nazwy)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Pole dla kolumny %1</translation>
    </message>
</context>
<context>
    <name>MatrixImage</name>
    <message>
        <source>Score: weighted mean of the assessed recommendations, 0–100; recommendations not assessed are left out.</source>
        <translation>Wynik: średnia ważona ocenionych rekomendacji, 0–100; nieocenione rekomendacje są pomijane.</translation>
    </message>
    <message numerus="yes">
        <source>* Not graded: fewer than %1 of the %Ln recommendations assessed (no grade, no rank).</source>
        <comment>* Not graded: fewer than %1 of the %Ln recommendation assessed (no grade, no rank).</comment>
        <translation>
            <numerusform>* Bez oceny końcowej: ocenione mniej niż %1 z %Ln rekomendacji (bez oceny i miejsca).</numerusform>
            <numerusform>* Bez oceny końcowej: ocenione mniej niż %1 z %Ln rekomendacji (bez oceny i miejsca).</numerusform>
            <numerusform>* Bez oceny końcowej: ocenione mniej niż %1 z %Ln rekomendacji (bez oceny i miejsca).</numerusform>
        </translation>
    </message>
    <message>
        <source>Grades: %1.</source>
        <translation>Oceny: %1.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Kolumny: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %Ln countries with no assessed recommendation.</source>
        <comment>Not shown: %Ln country with no assessed recommendation.</comment>
        <translation>
            <numerusform>Nie pokazano %Ln kraju bez ocenionych rekomendacji.</numerusform>
            <numerusform>Nie pokazano %Ln krajów bez ocenionych rekomendacji.</numerusform>
            <numerusform>Nie pokazano %Ln krajów bez ocenionych rekomendacji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln countries in rank order; the rest are in the reports.</source>
        <translation>
            <numerusform>Pokazano pierwsze %1 z %Ln kraju według miejsca; pozostałe są w raportach.</numerusform>
            <numerusform>Pokazano pierwsze %1 z %Ln krajów według miejsca; pozostałe są w raportach.</numerusform>
            <numerusform>Pokazano pierwsze %1 z %Ln krajów według miejsca; pozostałe są w raportach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated on %1 with Policy Tracker %2.</source>
        <translation>Utworzono %1 w programie Policy Tracker %2.</translation>
    </message>
    <message>
        <source>Status matrix</source>
        <translation>Macierz statusów</translation>
    </message>
    <message>
        <source> · group %1</source>
        <translation> · grupa %1</translation>
    </message>
    <message>
        <source>Status of each recommendation, as of %1</source>
        <translation>Status każdej rekomendacji na dzień %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Score
(0–100)</source>
        <translation>Wynik
(0–100)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Ocenione</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>No country has an assessed recommendation yet.</source>
        <translation>Żaden kraj nie ma jeszcze ocenionej rekomendacji.</translation>
    </message>
    <message>
        <source>No countries tracked.</source>
        <translation>Brak śledzonych krajów.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Country</source>
        <extracomment>The roles the model answers (the rest, which the view and the delegate ask of every cell and header section they paint, are turned away at once: a few hundred calls into Python at the first paint). The mark of a cell with conflicting judgements (two statuses set on two copies of a shared tracker). The mark of a cell with a proposed status waiting for review. Vowels of the six languages&apos; alphabets (Latin, Polish, Lithuanian, Cyrillic), for :func:`soft_hyphens`. The sort value of a cell without one (unassessed, unscored, not graded): the proxy sets it to sort after every other value in the direction it sorts. The fixed columns&apos; headers in the interface&apos;s language (asked at every paint of the header).</extracomment>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Pokrycie</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Proposed: %1 (by %2, waiting for review); approved: %3</source>
        <translation>Zaproponowano: %1 (autor: %2, czeka na przegląd); zatwierdzono: %3</translation>
    </message>
    <message>
        <source>; scores count the proposed status</source>
        <translation>; wyniki uwzględniają zaproponowany status</translation>
    </message>
    <message>
        <source>Conflicting judgements</source>
        <translation>Sprzeczne oceny</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, weight %3)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, waga %3)&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Weighted mean of the assessed cells (0–100); unassessed cells are left out.</source>
        <translation>Średnia ważona ocenionych komórek (0–100); nieocenione komórki są pomijane.</translation>
    </message>
    <message>
        <source>How many recommendations are assessed. </source>
        <translation>Ile rekomendacji oceniono. </translation>
    </message>
    <message>
        <source>Grade band of the score: %1. — : not graded (too little assessed, or nothing).</source>
        <translation>Ocena według wyniku: %1. — : bez oceny końcowej (oceniono za mało lub nic).</translation>
    </message>
    <message>
        <source>statuses set on two copies without seeing each other (File › Conflicts…)</source>
        <translation>statusy ustawiono w dwóch kopiach bez wiedzy o sobie nawzajem (Plik › Konflikty…)</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Status matrix</source>
        <extracomment>Whether any cell shows a change since the comparison date (the view sets it from its model): when none does, painting a cell asks the model one question, not two. The pending proposal of a cell (the view sets it to its model&apos;s state): a dict lookup, no model call. Whether a cell has conflicting judgements (the view sets it to its model&apos;s state): a set lookup. Each status&apos;s colour, for the ◆ of a proposed one. What every cell of one paint of the view shares (palette, font, pixel ratio), set by the view around its paint so each cell need not ask the option for copies of them. The matrix header&apos;s usual height: four lines of a title.</extracomment>
        <translation>Macierz statusów</translation>
    </message>
    <message>
        <source>Countries in rows, recommendations in columns; each cell is a country&apos;s status on a recommendation.</source>
        <translation>Kraje w wierszach, rekomendacje w kolumnach; każda komórka to status kraju wobec rekomendacji.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Last sync report</source>
        <translation>Raport ostatniej synchronizacji</translation>
    </message>
    <message>
        <source>Why it did not work</source>
        <translation>Dlaczego się nie udało</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Dodaj uczestnika</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Usuń zaznaczonego uczestnika</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Ostatnia synchronizacja:</translation>
    </message>
    <message>
        <source>This tracker is not shared.</source>
        <translation>Ten tracker nie jest udostępniony.</translation>
    </message>
    <message>
        <source>Shared through %1. Your fingerprint: %2</source>
        <translation>Udostępniony przez %1. Twój odcisk klucza: %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Ostatnia synchronizacja nie powiodła się: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Jeszcze nie synchronizowano.</translation>
    </message>
    <message>
        <source>%1: sent %2, applied %3, waiting %4, refused %5.</source>
        <translation>%1: wysłano %2, zastosowano %3, czeka %4, odrzucono %5.</translation>
    </message>
    <message>
        <source>Waiting: %1 — %2</source>
        <translation>Czeka: %1 — %2</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Odrzucony: %1 — %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <source>Only a coordinator can add and remove members.</source>
        <translation>Tylko koordynator może dodawać i usuwać uczestników.</translation>
    </message>
    <message>
        <source>Remove %1 from this shared tracker? The tracker key is rotated: a new key goes to every other member, and files %1 writes from now on are refused. What they already have stays with them.</source>
        <translation>Usunąć %1 z tego wspólnego trackera? Klucz trackera zostanie wymieniony: nowy klucz dostaną wszyscy pozostali uczestnicy, a pliki, które %1 zapisze od teraz, będą odrzucane. To, co ta osoba już ma, zostaje u niej.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Usuń uczestnika</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Trwa synchronizacja; spróbuj za chwilę.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Dodany przez</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodany</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>Ostatni plik</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Zapisany</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Ty)</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Usunięty %1</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Jeszcze brak</translation>
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
    <name>Methodology</name>
    <message>
        <source>confirmed by an independent source or by the text of the measure itself</source>
        <translation>potwierdzone przez niezależne źródło lub sam tekst danego środka</translation>
    </message>
    <message>
        <source>reported by a credible source, not yet independently verified</source>
        <translation>podane przez wiarygodne źródło, jeszcze niezweryfikowane niezależnie</translation>
    </message>
    <message>
        <source>stated by the government itself; a claim, not a verification</source>
        <translation>deklaracja samego rządu; twierdzenie, a nie weryfikacja</translation>
    </message>
    <message>
        <source>verified</source>
        <comment>confidence level</comment>
        <translation>zweryfikowane</translation>
    </message>
    <message>
        <source>reported</source>
        <comment>confidence level</comment>
        <translation>zgłoszone</translation>
    </message>
    <message>
        <source>claimed</source>
        <comment>confidence level</comment>
        <translation>deklarowane</translation>
    </message>
    <message>
        <source>half</source>
        <comment>at least half of the recommendations</comment>
        <translation>połowa</translation>
    </message>
    <message>
        <source>all</source>
        <comment>at least all of the recommendations</comment>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>Every country with a score is graded and ranked.</source>
        <translation>Każdy kraj z wynikiem otrzymuje ocenę i miejsce.</translation>
    </message>
    <message>
        <source>A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade and a rank; with fewer it has a score but is not graded.</source>
        <translation>Do oceny i miejsca musi być oceniona co najmniej %1 rekomendacji kraju (%2 z %3); przy mniejszej liczbie kraj ma wynik, ale bez oceny końcowej.</translation>
    </message>
    <message>
        <source>%1: %2 and above</source>
        <translation>%1: %2 i więcej</translation>
    </message>
    <message>
        <source>%1: below %2</source>
        <translation>%1: poniżej %2</translation>
    </message>
    <message>
        <source>%1: %2 to under %3</source>
        <translation>%1: od %2 do poniżej %3</translation>
    </message>
    <message>
        <source>below %1: no grade</source>
        <translation>poniżej %1: bez oceny</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendacja</translation>
    </message>
    <message>
        <source>In the words of the source</source>
        <translation>Słowami źródła</translation>
    </message>
    <message>
        <source>no translation yet</source>
        <translation>brak tłumaczenia</translation>
    </message>
    <message>
        <source>In the words of the source (original, English)</source>
        <translation>Słowami źródła (oryginał, po angielsku)</translation>
    </message>
    <message>
        <source>Translation (not the source&apos;s words)</source>
        <translation>Tłumaczenie (nie słowa źródła)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no score</comment>
        <translation>brak</translation>
    </message>
    <message>
        <source>All recommendations weigh the same.</source>
        <translation>Wszystkie rekomendacje mają jednakową wagę.</translation>
    </message>
    <message>
        <source>Weights: %1.</source>
        <translation>Wagi: %1.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message numerus="yes">
        <source>Every score is given with its coverage: how many of the %Ln recommendations are assessed.</source>
        <comment>Every score is given with its coverage: whether its %Ln recommendation is assessed.</comment>
        <translation>
            <numerusform>Każdy wynik podano z pokryciem: ile z %Ln rekomendacji oceniono.</numerusform>
            <numerusform>Każdy wynik podano z pokryciem: ile z %Ln rekomendacji oceniono.</numerusform>
            <numerusform>Każdy wynik podano z pokryciem: ile z %Ln rekomendacji oceniono.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The codebook&apos;s &lt;i&gt;min_coverage_for_grade&lt;/i&gt; is %1.) A score without a grade is marked &lt;i&gt;not graded&lt;/i&gt;: it says little yet.</source>
        <translation>(W książce kodów &lt;i&gt;min_coverage_for_grade&lt;/i&gt; = %1.) Wynik bez oceny jest oznaczony jako &lt;i&gt;bez oceny końcowej&lt;/i&gt;: na razie niewiele mówi.</translation>
    </message>
    <message numerus="yes">
        <source>A recommendation&apos;s status is its assessment with the latest effective date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn is cited. A status whose effective date is more than %Ln days before the report date is marked &lt;i&gt;review due&lt;/i&gt;: it should be checked again.</source>
        <comment>A recommendation&apos;s status is its assessment with the latest effective date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn is cited. A status whose effective date is more than %Ln day before the report date is marked &lt;i&gt;review due&lt;/i&gt;: it should be checked again.</comment>
        <translation>
            <numerusform>Status rekomendacji to jej ocena z najpóźniejszą datą wejścia w życie przypadającą w dniu raportu lub wcześniej (przy równych datach — zapisana jako ostatnia). Cytowane są tylko dowody z datą nie późniejszą niż data raportu, które nie zostały wycofane. Status, który wszedł w życie ponad %Ln dzień przed datą raportu, jest oznaczony jako &lt;i&gt;do przeglądu&lt;/i&gt;: należy go ponownie sprawdzić.</numerusform>
            <numerusform>Status rekomendacji to jej ocena z najpóźniejszą datą wejścia w życie przypadającą w dniu raportu lub wcześniej (przy równych datach — zapisana jako ostatnia). Cytowane są tylko dowody z datą nie późniejszą niż data raportu, które nie zostały wycofane. Status, który wszedł w życie ponad %Ln dni przed datą raportu, jest oznaczony jako &lt;i&gt;do przeglądu&lt;/i&gt;: należy go ponownie sprawdzić.</numerusform>
            <numerusform>Status rekomendacji to jej ocena z najpóźniejszą datą wejścia w życie przypadającą w dniu raportu lub wcześniej (przy równych datach — zapisana jako ostatnia). Cytowane są tylko dowody z datą nie późniejszą niż data raportu, które nie zostały wycofane. Status, który wszedł w życie ponad %Ln dni przed datą raportu, jest oznaczony jako &lt;i&gt;do przeglądu&lt;/i&gt;: należy go ponownie sprawdzić.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source&apos;s own words are quoted in the original English; the translation beside them is ours, made for this report&apos;s readers, not the source&apos;s words.</source>
        <translation>Słowa źródła są cytowane w oryginale po angielsku; tłumaczenie obok nich przygotowaliśmy dla czytelników tego raportu — nie są to słowa źródła.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <source>Each government&apos;s position on each recommendation is judged on this scale, from the codebook of this tracker. Every judgement states its effective date, a rationale and its sources.</source>
        <translation>Stanowisko każdego rządu wobec każdej rekomendacji ocenia się według tej skali z książki kodów tego trackera. Każda ocena podaje datę, od której obowiązuje, uzasadnienie i źródła.</translation>
    </message>
    <message>
        <source>A country&apos;s score is the weighted mean of the scores of its &lt;i&gt;assessed&lt;/i&gt; recommendations, from 0 to 100, with one decimal. Recommendations not assessed are left out, never counted as 0.</source>
        <translation>Wynik kraju to średnia ważona wyników jego &lt;i&gt;ocenionych&lt;/i&gt; rekomendacji, od 0 do 100, z jednym miejscem po przecinku. Rekomendacje nieocenione są pomijane, nigdy nie liczą się jako 0.</translation>
    </message>
    <message>
        <source>%1. Ranks are among the graded countries, shared by countries with equal scores; countries with no assessed recommendation have no score, grade or rank.</source>
        <translation>%1. Miejsca przyznaje się wśród krajów z oceną; kraje z równym wynikiem dzielą miejsce; kraje bez ocenionych rekomendacji nie mają wyniku, oceny ani miejsca.</translation>
    </message>
    <message>
        <source>Status scale.</source>
        <translation>Skala statusów.</translation>
    </message>
    <message>
        <source>Score.</source>
        <translation>Wynik.</translation>
    </message>
    <message>
        <source>Coverage.</source>
        <translation>Pokrycie.</translation>
    </message>
    <message>
        <source>Grades and ranks.</source>
        <translation>Oceny i miejsca.</translation>
    </message>
    <message>
        <source>Current status and dates.</source>
        <translation>Bieżący status i daty.</translation>
    </message>
    <message>
        <source>Confidence.</source>
        <translation>Pewność.</translation>
    </message>
    <message>
        <source>The recommendations.</source>
        <translation>Rekomendacje.</translation>
    </message>
</context>
<context>
    <name>NewTrackerDialog</name>
    <message>
        <source>New tracker</source>
        <translation>Nowy tracker</translation>
    </message>
    <message>
        <source>Default: the article&apos;s five recommendations and 37 Western countries</source>
        <translation>Domyślny: pięć rekomendacji z artykułu i 37 krajów zachodnich</translation>
    </message>
    <message>
        <source>Blank: the status scale only; add recommendations and countries yourself</source>
        <translation>Pusty: tylko skala statusów; rekomendacje i kraje dodasz sam</translation>
    </message>
    <message>
        <source>From a codebook file (JSON)…</source>
        <translation>Z pliku książki kodów (JSON)…</translation>
    </message>
    <message>
        <source>Default codebook</source>
        <translation>Domyślna książka kodów</translation>
    </message>
    <message>
        <source>Blank tracker</source>
        <translation>Pusty tracker</translation>
    </message>
    <message>
        <source>Codebook file</source>
        <translation>Plik książki kodów</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>Choose codebook file</source>
        <translation>Wybierz plik książki kodów</translation>
    </message>
    <message>
        <source>Start the new tracker from:</source>
        <translation>Zacznij nowy tracker od:</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Known</source>
        <translation>Znana</translation>
    </message>
    <message>
        <source>%1 known</source>
        <translation>%1: znana</translation>
    </message>
</context>
<context>
    <name>PdfFooter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Recorded with every change you make</source>
        <translation>Zapisywane przy każdej Twojej zmianie</translation>
    </message>
    <message>
        <source>Review interval in days</source>
        <translation>Okres przeglądu w dniach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>The tracker&apos;s own setting</source>
        <translation>Ustawienie samego trackera</translation>
    </message>
    <message>
        <source>Add a byte-order mark to CSV files (Excel reads accents correctly)</source>
        <translation>Dodawaj znacznik kolejności bajtów do plików CSV (Excel poprawnie czyta znaki diakrytyczne)</translation>
    </message>
    <message>
        <source>CSV byte-order mark</source>
        <translation>Znacznik kolejności bajtów w CSV</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Jak w systemie (%1)</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Kiedy zmienia się język</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Review interval</source>
        <translation>Okres &amp;przeglądu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>A status older than the review interval is flagged ⚑ in the matrix.</source>
        <translation>Status starszy niż okres przeglądu jest oznaczony ⚑ w macierzy.</translation>
    </message>
    <message>
        <source>The interface&apos;s language is applied when Policy Tracker starts.</source>
        <translation>Język interfejsu jest stosowany przy uruchomieniu Policy Tracker.</translation>
    </message>
    <message>
        <source>Restart Policy Tracker to see it in %1: the language changes the next time it starts.</source>
        <translation>Uruchom ponownie Policy Tracker, aby zobaczyć go w języku „%1”: język zmieni się przy następnym uruchomieniu.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>%1 progress</source>
        <extracomment>``job(tracker, progress, cancelled)``: ``progress(done)`` says how far it got; ``cancelled()`` asks whether to stop. Progress is passed on to the dialog at most this often (a big export has thousands of chunks).</extracomment>
        <translation>%1: postęp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Zapisane wiersze</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trwa praca</translation>
    </message>
    <message numerus="yes">
        <source>%1… %2 of %Ln rows (%3%)</source>
        <translation>
            <numerusform>%1… %2 z %Ln wiersza (%3%)</numerusform>
            <numerusform>%1… %2 z %Ln wierszy (%3%)</numerusform>
            <numerusform>%1… %2 z %Ln wierszy (%3%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1… %Ln rows written</source>
        <translation>
            <numerusform>%1… zapisano %Ln wiersz</numerusform>
            <numerusform>%1… zapisano %Ln wiersze</numerusform>
            <numerusform>%1… zapisano %Ln wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Discard throws away what you typed; Cancel returns to the form.</source>
        <translation>„Odrzuć” usuwa wpisane dane; „Anuluj” wraca do formularza.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Zapisać zmiany?</translation>
    </message>
</context>
<context>
    <name>ProposedBanner</name>
    <message>
        <source>Including proposed statuses</source>
        <translation>Z uwzględnieniem proponowanych statusów</translation>
    </message>
    <message>
        <source>Proposed statuses counted</source>
        <translation>Proponowane statusy są liczone</translation>
    </message>
    <message>
        <source>Approved only</source>
        <translation>Tylko zatwierdzone</translation>
    </message>
    <message>
        <source>Count approved statuses only</source>
        <translation>Licz tylko zatwierdzone statusy</translation>
    </message>
    <message>
        <source>Scores and ranks count approved statuses only</source>
        <translation>Wyniki i miejsca liczą tylko zatwierdzone statusy</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed statuses</source>
        <translation>
            <numerusform>%Ln proponowany status</numerusform>
            <numerusform>%Ln proponowane statusy</numerusform>
            <numerusform>%Ln proponowanych statusów</numerusform>
        </translation>
    </message>
    <message>
        <source>no proposed statuses</source>
        <translation>brak proponowanych statusów</translation>
    </message>
    <message>
        <source>Includes proposed statuses not yet reviewed (%1 now): scores and ranks count them. ◆ marks each one.</source>
        <translation>Uwzględnia proponowane statusy, jeszcze nieprzejrzane (teraz: %1): wyniki i miejsca je liczą. ◆ oznacza każdy z nich.</translation>
    </message>
    <message>
        <source>&lt;b&gt;◆ Includes proposed statuses not yet reviewed&lt;/b&gt; (%1 now): scores and ranks count them.</source>
        <translation>&lt;b&gt;◆ Uwzględnia proponowane statusy, jeszcze nieprzejrzane&lt;/b&gt; (teraz: %1): wyniki i miejsca je liczą.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <extracomment>The ranking&apos;s columns in English (shown translated: context &quot;RankingModel&quot;).</extracomment>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Pokrycie</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations, in the matrix&apos;s order</source>
        <translation>Rekomendacje w kolejności macierzy</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowa</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nowa rekomendacja</translation>
    </message>
    <message>
        <source>Fill in a new recommendation, then Apply</source>
        <translation>Wypełnij nową rekomendację, potem kliknij „Zastosuj”</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W gó&amp;rę</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>Przesuń rekomendację w górę</translation>
    </message>
    <message>
        <source>Earlier in the matrix and exports</source>
        <translation>Wcześniej w macierzy i eksportach</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>Przesuń rekomendację w dół</translation>
    </message>
    <message>
        <source>Later in the matrix and exports</source>
        <translation>Później w macierzy i eksportach</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;Archiwizuj</translation>
    </message>
    <message>
        <source>Archive recommendation</source>
        <translation>Archiwizuj rekomendację</translation>
    </message>
    <message>
        <source>Leave the matrix and the scores; its evidence, statuses and history stay</source>
        <translation>Usuń z macierzy i wyników; jej dowody, statusy i historia zostają</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Restore recommendation</source>
        <translation>Przywróć rekomendację</translation>
    </message>
    <message>
        <source>Bring it back into the matrix</source>
        <translation>Przywróć ją do macierzy</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>e.g. visa_policy</source>
        <translation>np. visa_policy</translation>
    </message>
    <message>
        <source>The recommendation&apos;s stable name in files and exports; it cannot change later</source>
        <translation>Stała nazwa rekomendacji w plikach i eksportach; później nie można jej zmienić</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>A short title for the matrix</source>
        <translation>Krótki tytuł do macierzy</translation>
    </message>
    <message>
        <source>Source&apos;s wording</source>
        <translation>Brzmienie w źródle</translation>
    </message>
    <message>
        <source>The recommendation as the source words it</source>
        <translation>Rekomendacja tak, jak ujmuje ją źródło</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Wskazówki</translation>
    </message>
    <message>
        <source>How coders should judge each status</source>
        <translation>Jak koderzy mają oceniać każdy status</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>How much this recommendation counts in a country&apos;s score (more than 0, at most 100; 1 = equal)</source>
        <translation>Ile ta rekomendacja waży w wyniku kraju (więcej niż 0, najwyżej 100; 1 = waga równa)</translation>
    </message>
    <message>
        <source>Recommendation use</source>
        <translation>Użycie rekomendacji</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>recommendation code</source>
        <translation>kod rekomendacji</translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation>&amp;Tytuł*</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>Source&apos;s &amp;wording</source>
        <translation>&amp;Brzmienie w źródle</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Wskazówki</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>wskazówki</translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation>Wa&amp;ga</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>waga</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>rekomendacja</translation>
    </message>
    <message>
        <source> — archived</source>
        <translation> — w archiwum</translation>
    </message>
    <message>
        <source>: archived, out of the matrix</source>
        <translation>: w archiwum, poza macierzą</translation>
    </message>
    <message>
        <source>Recommendation changed</source>
        <translation>Rekomendacja zmieniona</translation>
    </message>
    <message>
        <source>Apply the changes you made to this recommendation?</source>
        <translation>Zastosować zmiany wprowadzone w tej rekomendacji?</translation>
    </message>
    <message>
        <source>Used by %1 assessment(s) and %2 evidence link(s).</source>
        <translation>Użycie: ocen — %1, powiązań z dowodami — %2.</translation>
    </message>
    <message>
        <source> Archived: out of the matrix and the scores.</source>
        <translation> W archiwum: poza macierzą i wynikami.</translation>
    </message>
    <message>
        <source>New: Apply adds it at the end of the matrix.</source>
        <translation>Nowa: „Zastosuj” doda ją na końcu macierzy.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Tytuł jest wymagany.</translation>
    </message>
    <message>
        <source>The weight must be a number greater than 0 and at most 100.</source>
        <translation>Waga musi być liczbą większą od 0 i nie większą niż 100.</translation>
    </message>
    <message>
        <source>Added the recommendation %1; Ctrl+Z undoes it.</source>
        <translation>Dodano rekomendację %1; Ctrl+Z to cofnie.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>%1 scorecard</source>
        <translation>%1: karta oceny</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>źródło oficjalne</translation>
    </message>
    <message>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>international organisation</source>
        <translation>organizacja międzynarodowa</translation>
    </message>
    <message>
        <source>not graded: nothing assessed (0 of %1)</source>
        <translation>bez oceny końcowej: nic nie oceniono (0 z %1)</translation>
    </message>
    <message>
        <source>not graded: %1 of %2 assessed</source>
        <translation>bez oceny końcowej: oceniono %1 z %2</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>Nie zapisano uzasadnienia.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Jeszcze nie oceniono.</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Pewność: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Źródła: %1</translation>
    </message>
    <message>
        <source>No source linked</source>
        <translation>Brak powiązanego źródła</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>and %Ln more</comment>
        <translation>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Further evidence: %1</source>
        <translation>Inne dowody: %1</translation>
    </message>
    <message>
        <source>Evidence on file: %1</source>
        <translation>Dowody w trackerze: %1</translation>
    </message>
    <message>
        <source>proposed by %1, not yet reviewed</source>
        <translation>zaproponował(a) %1, jeszcze nie sprawdzono</translation>
    </message>
    <message>
        <source>proposed, not yet reviewed</source>
        <translation>zaproponowano, jeszcze nie sprawdzono</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>do przeglądu</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendacja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In effect since</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>Rationale and sources</source>
        <translation>Uzasadnienie i źródła</translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Źródło bez tytułu</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Język: %1.</translation>
    </message>
    <message>
        <source>Archived copy: %1</source>
        <translation>Kopia archiwalna: %1</translation>
    </message>
    <message>
        <source>Accessed %1</source>
        <translation>Dostęp %1</translation>
    </message>
    <message>
        <source>Copy kept in the tracker: %1</source>
        <translation>Kopia przechowywana w trackerze: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Bibliografia</translation>
    </message>
    <message>
        <source>No evidence is cited: none is linked to the cells in this report as of %1.</source>
        <translation>Nie cytuje się dowodów: na dzień %1 żaden nie jest powiązany z komórkami tego raportu.</translation>
    </message>
    <message>
        <source>Sources are numbered in the order they are first cited above; each source has one number however often it is cited.</source>
        <translation>Źródła są ponumerowane w kolejności pierwszego cytowania powyżej; każde źródło ma jeden numer, niezależnie od liczby cytowań.</translation>
    </message>
    <message>
        <source>Each recommendation lists every source its status rests on and its %1 newest other pieces of evidence; the older ones are counted (“and 12 more”) and listed in the tracker.</source>
        <translation>Przy każdej rekomendacji wymieniono wszystkie źródła, na których opiera się jej status, oraz %1 najnowszych innych dowodów; starsze są policzone („i jeszcze 12”) i wymienione w trackerze.</translation>
    </message>
    <message>
        <source>Includes proposed statuses not yet reviewed</source>
        <translation>Uwzględnia proponowane statusy, jeszcze niesprawdzone</translation>
    </message>
    <message>
        <source>Scores, grades and ranks count them as if approved; each is marked “proposed”.</source>
        <translation>Wyniki, oceny i miejsca liczą je jak zatwierdzone; każdy oznaczono „zaproponowany”.</translation>
    </message>
    <message>
        <source> · countries of the group %1</source>
        <translation> · kraje grupy %1</translation>
    </message>
    <message>
        <source>Source of the recommendations: %1.</source>
        <translation>Źródło rekomendacji: %1.</translation>
    </message>
    <message>
        <source>Generated on %1 with Policy Tracker %2; statuses and scores as of %3.</source>
        <translation>Utworzono %1 w programie Policy Tracker %2; statusy i wyniki na dzień %3.</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>Stan na %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <source>not ranked: %1 of %2 assessed needed</source>
        <translation>bez miejsca: potrzeba %1 z %2 ocenionych</translation>
    </message>
    <message numerus="yes">
        <source>graded countries (%Ln in the group %1)</source>
        <translation>
            <numerusform>krajów z oceną (%Ln w grupie %1)</numerusform>
            <numerusform>krajów z oceną (%Ln w grupie %1)</numerusform>
            <numerusform>krajów z oceną (%Ln w grupie %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>graded countries (%Ln tracked)</source>
        <translation>
            <numerusform>krajów z oceną (śledzony %Ln)</numerusform>
            <numerusform>krajów z oceną (śledzone %Ln)</numerusform>
            <numerusform>krajów z oceną (śledzonych %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not graded:</source>
        <translation>Bez oceny końcowej:</translation>
    </message>
    <message>
        <source>under %1 assessed</source>
        <translation>ocenione: mniej niż %1</translation>
    </message>
    <message>
        <source>no recommendation assessed yet</source>
        <translation>żadna rekomendacja nie jest jeszcze oceniona</translation>
    </message>
    <message>
        <source>recommendations assessed</source>
        <translation>ocenionych rekomendacji</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Pokrycie</translation>
    </message>
    <message>
        <source>Score: weighted mean of the assessed recommendations, 0–100 (see Methodology). Grades: %1.</source>
        <translation>Wynik: średnia ważona ocenionych rekomendacji, 0–100 (zob. „Metodologia”). Oceny: %1.</translation>
    </message>
    <message>
        <source>country scorecard</source>
        <translation>karta oceny kraju</translation>
    </message>
    <message>
        <source>Status by recommendation</source>
        <translation>Status według rekomendacji</translation>
    </message>
    <message>
        <source>Recommendations %1–%2 of %3</source>
        <translation>Rekomendacje %1–%2 z %3</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>zaproponowany</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>ocena %1</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>bez oceny końcowej</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>No country has an assessed recommendation as of %1.</source>
        <translation>Na dzień %1 żaden kraj nie ma ocenionej rekomendacji.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Kolumny: %1.</translation>
    </message>
    <message>
        <source>* Not graded: fewer than %1 of the recommendations assessed (no grade, no rank).</source>
        <translation>* Bez oceny końcowej: ocenione mniej niż %1 rekomendacji (bez oceny i miejsca).</translation>
    </message>
    <message>
        <source>Not yet assessed on any recommendation (%1):</source>
        <translation>Jeszcze nieocenione w żadnej rekomendacji (%1):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries in the group %1</source>
        <comment>%Ln country in the group %1</comment>
        <translation>
            <numerusform>%Ln kraj w grupie %1</numerusform>
            <numerusform>%Ln kraje w grupie %1</numerusform>
            <numerusform>%Ln krajów w grupie %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries tracked</source>
        <comment>%Ln country tracked</comment>
        <translation>
            <numerusform>Śledzony jest %Ln kraj</numerusform>
            <numerusform>Śledzone są %Ln kraje</numerusform>
            <numerusform>Śledzonych jest %Ln krajów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendations</source>
        <comment>%Ln recommendation</comment>
        <translation>
            <numerusform>%Ln rekomendacja</numerusform>
            <numerusform>%Ln rekomendacje</numerusform>
            <numerusform>%Ln rekomendacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; countries have at least one assessed recommendation</source>
        <comment>&lt;b&gt;%Ln&lt;/b&gt; country has at least one assessed recommendation</comment>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; kraj ma co najmniej jedną ocenioną rekomendację</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; kraje mają co najmniej jedną ocenioną rekomendację</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; krajów ma co najmniej jedną ocenioną rekomendację</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources are cited</source>
        <comment>%Ln source is cited</comment>
        <translation>
            <numerusform>cytowane jest %Ln źródło</numerusform>
            <numerusform>cytowane są %Ln źródła</numerusform>
            <numerusform>cytowanych jest %Ln źródeł</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overview</source>
        <translation>%1: przegląd</translation>
    </message>
    <message>
        <source>All countries overview</source>
        <translation>Przegląd wszystkich krajów</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>wynik %1</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>miejsce %1 z %2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>oceniono %1 z %2</translation>
    </message>
    <message>
        <source>Country details</source>
        <translation>Szczegóły krajów</translation>
    </message>
    <message numerus="yes">
        <source>The details of the %Ln assessed recommendations (rationales and sources) are left out: they would cite more sources than an overview can print. Each country&apos;s own report has them (File › Export…, “Report with citations” on one country, or policy-tracker report --country CODE), and an overview of a group of countries may have room for them.</source>
        <comment>The details of the %Ln assessed recommendation (its rationale and sources) are left out: they would cite more sources than an overview can print. The country&apos;s own report has them (File › Export…, “Report with citations” on one country, or policy-tracker report --country CODE).</comment>
        <translation>
            <numerusform>Szczegóły %Ln ocenionej rekomendacji (uzasadnienie i źródła) pominięto: cytowałyby więcej źródeł, niż zmieści przegląd. Ma je raport każdego kraju (Plik › Eksportuj…, „Raport z przypisami do źródeł” dla jednego kraju, albo policy-tracker report --country CODE), a w przeglądzie grupy krajów może się dla nich znaleźć miejsce.</numerusform>
            <numerusform>Szczegóły %Ln ocenionych rekomendacji (uzasadnienia i źródła) pominięto: cytowałyby więcej źródeł, niż zmieści przegląd. Ma je raport każdego kraju (Plik › Eksportuj…, „Raport z przypisami do źródeł” dla jednego kraju, albo policy-tracker report --country CODE), a w przeglądzie grupy krajów może się dla nich znaleźć miejsce.</numerusform>
            <numerusform>Szczegóły %Ln ocenionych rekomendacji (uzasadnienia i źródła) pominięto: cytowałyby więcej źródeł, niż zmieści przegląd. Ma je raport każdego kraju (Plik › Eksportuj…, „Raport z przypisami do źródeł” dla jednego kraju, albo policy-tracker report --country CODE), a w przeglądzie grupy krajów może się dla nich znaleźć miejsce.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each country with at least one assessed recommendation, in rank order; recommendations not assessed are left out here (see the scorecard above).</source>
        <translation>Każdy kraj z co najmniej jedną ocenioną rekomendacją, w kolejności miejsc; nieocenione rekomendacje są tu pominięte (zob. tabelę ocen powyżej).</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Tabela ocen</translation>
    </message>
    <message>
        <source>includes proposed statuses not yet reviewed</source>
        <translation>uwzględnia proponowane statusy, jeszcze niesprawdzone</translation>
    </message>
    <message>
        <source>%1 — %2 — as of %3</source>
        <translation>%1 — %2 — stan na %3</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. A backup is taken once a day when the tracker is opened, and before every import, upgrade and codebook change; the last 10 days and 8 weeks are kept, and every backup of the latest day. Restoring replaces the tracker with the backup, after backing up the tracker as it is now.</source>
        <translation>Kopie zapasowe pliku %1, od najnowszej. Kopia powstaje raz dziennie przy otwarciu trackera oraz przed każdym importem, aktualizacją i zmianą książki kodów; przechowywane są kopie z ostatnich 10 dni i 8 tygodni oraz wszystkie kopie z ostatniego dnia. Przywrócenie zastępuje tracker kopią, po uprzednim zapisaniu kopii trackera w obecnym stanie.</translation>
    </message>
    <message>
        <source>%1 has no backups yet. One is taken once a day when the tracker is opened, and before every import, upgrade and codebook change.</source>
        <translation>Plik %1 nie ma jeszcze kopii zapasowych. Kopia powstaje raz dziennie przy otwarciu trackera oraz przed każdym importem, aktualizacją i zmianą książki kodów.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Przechowywane w %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Przywróć wybraną kopię zapasową</translation>
    </message>
    <message>
        <source>the backup of %1 (%2)</source>
        <translation>kopię zapasową z %1 (%2)</translation>
    </message>
    <message>
        <source>the backup of %1 (%2): %3 evidence, %4 assessments</source>
        <translation>kopię zapasową z %1 (%2): dowody: %3, oceny: %4</translation>
    </message>
    <message>
        <source>Nothing was restored: %1.</source>
        <translation>Nic nie zostało przywrócone: %1.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return proposed status</source>
        <translation>Zwróć proponowany status</translation>
    </message>
    <message>
        <source>Return &lt;b&gt;%1&lt;/b&gt; to its proposer. Say what to change or check: they read this.</source>
        <translation>Zwróć &lt;b&gt;%1&lt;/b&gt; autorowi propozycji. Napisz, co zmienić lub sprawdzić: autor to przeczyta.</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Komentarz recenzenta</translation>
    </message>
    <message>
        <source>What should be changed or checked (required)</source>
        <translation>Co należy zmienić lub sprawdzić (wymagane)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zwróć</translation>
    </message>
    <message>
        <source>Return with this comment</source>
        <translation>Zwróć z tym komentarzem</translation>
    </message>
    <message>
        <source>Write a comment: the proposer needs to know what to change.</source>
        <translation>Napisz komentarz: autor propozycji musi wiedzieć, co zmienić.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Approve proposed status</source>
        <translation>Zatwierdź proponowany status</translation>
    </message>
    <message>
        <source>Return proposed status</source>
        <translation>Zwróć proponowany status</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>Wycofaj propozycję</translation>
    </message>
    <message>
        <source>Revise proposal</source>
        <translation>Popraw propozycję</translation>
    </message>
    <message>
        <source>Require review</source>
        <translation>Wymagaj przeglądu</translation>
    </message>
    <message>
        <source>Stop requiring review</source>
        <translation>Nie wymagaj przeglądu</translation>
    </message>
    <message>
        <source>review is already required.</source>
        <translation>przegląd jest już wymagany.</translation>
    </message>
    <message>
        <source>review is not required.</source>
        <translation>przegląd nie jest wymagany.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Cell</source>
        <translation>Komórka</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proponowany</translation>
    </message>
    <message>
        <source>Approved now</source>
        <translation>Zatwierdzony teraz</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Waiting for my review</source>
        <extracomment>Proposals a page reads. The list&apos;s filters: (key, label, tooltip), in English (context &quot;ReviewView&quot;; shown translated).</extracomment>
        <translation>Czekające na mój przegląd</translation>
    </message>
    <message>
        <source>Statuses other people proposed, not yet reviewed</source>
        <translation>Statusy zaproponowane przez inne osoby, jeszcze nieprzejrzane</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Zwrócone do mnie</translation>
    </message>
    <message>
        <source>Your proposals a reviewer sent back with a comment: revise or withdraw them</source>
        <translation>Twoje propozycje, które recenzent zwrócił z komentarzem: popraw je lub wycofaj</translation>
    </message>
    <message>
        <source>My proposals</source>
        <translation>Moje propozycje</translation>
    </message>
    <message>
        <source>Everything you proposed, whatever became of it</source>
        <translation>Wszystkie Twoje propozycje, bez względu na ich los</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Every proposal, newest first</source>
        <translation>Wszystkie propozycje, od najnowszych</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <extracomment>How each state reads in the list (English; shown translated, context &quot;ReviewView&quot;).</extracomment>
        <translation>Czeka na przegląd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzona</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zwrócona</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <source>Waiting for review by %1</source>
        <extracomment>Who reviewed it, with the state: &quot;Approved by %1&quot; (%1: the reviewer&apos;s name).</extracomment>
        <translation>Czeka na przegląd (%1)</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Zatwierdzona przez %1</translation>
    </message>
    <message>
        <source>Returned by %1</source>
        <translation>Zwrócona przez %1</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <translation>Wycofana przez %1</translation>
    </message>
    <message>
        <source>verified</source>
        <extracomment>A proposal&apos;s confidence (its code, as the pane shows it).</extracomment>
        <translation>zweryfikowane</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>zgłoszone</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>deklarowane</translation>
    </message>
    <message>
        <source>You proposed this change; another person must approve it.</source>
        <translation>To Twoja propozycja; musi ją zatwierdzić inna osoba.</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>The person asked to open a piece of evidence (its uid). The person asked to see the proposal&apos;s cell in the matrix (country code, recommendation code). The number of proposals waiting for this person&apos;s review changed (the tab&apos;s title shows it).</extracomment>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Review list shows</source>
        <translation>Lista przeglądu pokazuje</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>Status changes need review</source>
        <translation>Zmiany statusu wymagają przeglądu</translation>
    </message>
    <message>
        <source>When on, a status someone sets is proposed, and counts only once another person approves it</source>
        <translation>Gdy włączone, ustawiony status staje się propozycją i liczy się dopiero po zatwierdzeniu przez inną osobę</translation>
    </message>
    <message>
        <source>Review count</source>
        <translation>Licznik przeglądu</translation>
    </message>
    <message>
        <source>Review list</source>
        <translation>Lista przeglądu</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propozycja</translation>
    </message>
    <message>
        <source>Approved and proposed status</source>
        <translation>Zatwierdzony i proponowany status</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Autor propozycji</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Komentarz recenzenta</translation>
    </message>
    <message>
        <source>Evidence heading</source>
        <translation>Nagłówek dowodów</translation>
    </message>
    <message>
        <source>Proposal evidence</source>
        <translation>Dowody propozycji</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the evidence</source>
        <translation>Kliknij dwukrotnie (lub naciśnij Enter), by otworzyć dowód</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Approve proposed status</source>
        <translation>Zatwierdź proponowany status</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Zwróć…</translation>
    </message>
    <message>
        <source>Return proposed status with a comment</source>
        <translation>Zwróć proponowany status z komentarzem</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Withdraw my proposal</source>
        <translation>Wycofaj moją propozycję</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>Popraw…</translation>
    </message>
    <message>
        <source>Revise my returned proposal</source>
        <translation>Popraw moją zwróconą propozycję</translation>
    </message>
    <message>
        <source>Show cell</source>
        <translation>Pokaż komórkę</translation>
    </message>
    <message>
        <source>Show the cell in the matrix</source>
        <translation>Pokaż komórkę w macierzy</translation>
    </message>
    <message>
        <source>Why a button is off</source>
        <translation>Dlaczego przycisk jest wyłączony</translation>
    </message>
    <message>
        <source>Proposal details</source>
        <translation>Szczegóły propozycji</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Nic nie wybrano</translation>
    </message>
    <message>
        <source>Nothing is waiting for your review.</source>
        <translation>Nic nie czeka na Twój przegląd.</translation>
    </message>
    <message>
        <source>Nothing has been returned to you.</source>
        <translation>Nic nie zostało Ci zwrócone.</translation>
    </message>
    <message>
        <source>You have proposed nothing yet.</source>
        <translation>Nie masz jeszcze żadnych propozycji.</translation>
    </message>
    <message>
        <source>No proposals yet.</source>
        <translation>Nie ma jeszcze propozycji.</translation>
    </message>
    <message>
        <source> Review is off: statuses count as soon as they are set.</source>
        <translation> Przegląd jest wyłączony: statusy liczą się od razu po ustawieniu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ proposals (%1)</source>
        <translation>
            <numerusform>%Ln+ propozycja (%1)</numerusform>
            <numerusform>%Ln+ propozycje (%1)</numerusform>
            <numerusform>%Ln+ propozycji (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals (%1)</source>
        <translation>
            <numerusform>%Ln propozycja (%1)</numerusform>
            <numerusform>%Ln propozycje (%1)</numerusform>
            <numerusform>%Ln propozycji (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a proposal in the list to see its rationale and evidence.</source>
        <translation>Wybierz propozycję z listy, by zobaczyć jej uzasadnienie i dowody.</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> od %1</translation>
    </message>
    <message>
        <source>Approved now: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;◆ Proposed: &lt;b&gt;%3&lt;/b&gt;, effective %4</source>
        <translation>Zatwierdzony teraz: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;◆ Proponowany: &lt;b&gt;%3&lt;/b&gt;, obowiązuje od %4</translation>
    </message>
    <message>
        <source>Approved now: %1%2. Proposed: %3, effective %4.</source>
        <translation>Zatwierdzony teraz: %1%2. Proponowany: %3, obowiązuje od %4.</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2 · %3 · %4</source>
        <translation>Autor propozycji: %1, %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>Evidence (%1) — double-click to open</source>
        <translation>Dowody (%1) — otwórz dwuklikiem</translation>
    </message>
    <message>
        <source>Evidence: none linked</source>
        <translation>Dowody: brak powiązanych</translation>
    </message>
    <message>
        <source>This proposal is %1.</source>
        <translation>Stan propozycji: %1.</translation>
    </message>
    <message>
        <source>You proposed this change: withdraw it instead.</source>
        <translation>To Twoja propozycja: zamiast tego ją wycofaj.</translation>
    </message>
    <message>
        <source>Only %1, who proposed it, can withdraw it.</source>
        <translation>Wycofać ją może tylko %1 — autor propozycji.</translation>
    </message>
    <message>
        <source>Only a proposal returned to you can be revised.</source>
        <translation>Poprawić można tylko propozycję zwróconą do Ciebie.</translation>
    </message>
    <message>
        <source>Make this the cell&apos;s status (it then counts in scores and exports)</source>
        <translation>Ustaw jako status komórki (wtedy liczy się w wynikach i eksportach)</translation>
    </message>
    <message>
        <source>Send it back to its proposer with a comment</source>
        <translation>Odeślij autorowi z komentarzem</translation>
    </message>
    <message>
        <source>Take your proposal back</source>
        <translation>Wycofaj swoją propozycję</translation>
    </message>
    <message>
        <source>Change and propose again what the reviewer returned</source>
        <translation>Zmień i zaproponuj ponownie to, co zwrócił recenzent</translation>
    </message>
    <message>
        <source>Returned to you: revise it, or withdraw it.</source>
        <translation>Zwrócona do Ciebie: popraw ją lub wycofaj.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zwróć</translation>
    </message>
</context>
<context>
    <name>ScoreTexts</name>
    <message>
        <source>new</source>
        <comment>a score that had none at the comparison date</comment>
        <translation>nowy</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>oceniono %1 z %2</translation>
    </message>
    <message>
        <source>not graded: nothing assessed (0 of %1)</source>
        <translation>bez oceny końcowej: nic nie oceniono (0 z %1)</translation>
    </message>
    <message>
        <source>not graded: %1 of %2 assessed</source>
        <translation>bez oceny końcowej: oceniono %1 z %2</translation>
    </message>
    <message>
        <source>no grade and no rank until %1 of %2 are assessed</source>
        <translation>bez oceny i miejsca, dopóki nie oceniono %1 z %2</translation>
    </message>
    <message>
        <source>half</source>
        <comment>at least half of the recommendations</comment>
        <translation>połowa</translation>
    </message>
    <message>
        <source>all</source>
        <comment>at least all of the recommendations</comment>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>Every country with a score is graded and ranked.</source>
        <translation>Każdy kraj z wynikiem otrzymuje ocenę i miejsce.</translation>
    </message>
    <message>
        <source>A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade and a rank; with fewer it has a score but is not graded.</source>
        <translation>Do oceny i miejsca musi być oceniona co najmniej %1 rekomendacji kraju (%2 z %3); przy mniejszej liczbie kraj ma wynik, ale bez oceny końcowej.</translation>
    </message>
    <message>
        <source>%1: %2, grade %3, rank %4</source>
        <translation>%1: %2, ocena %3, miejsce %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence</source>
        <translation>
            <numerusform>%Ln dowód</numerusform>
            <numerusform>%Ln dowody</numerusform>
            <numerusform>%Ln dowodów</numerusform>
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
    <message>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>wymaga przeglądu</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>zmiana z „%1”</translation>
    </message>
    <message>
        <source>Approved status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Zatwierdzony status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Effective %1 · %2</source>
        <translation>Obowiązuje od %1 · %2</translation>
    </message>
    <message>
        <source>%1 Needs review: judged more than the review interval ago</source>
        <translation>%1 Wymaga przeglądu: oceniono dawniej niż odstęp przeglądu</translation>
    </message>
    <message>
        <source>Changed since %1: %2 → %3</source>
        <translation>Zmiana od %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ScorecardTable</name>
    <message>
        <source>Score · grade</source>
        <translation>Wynik · ocena</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>bez oceny</translation>
    </message>
</context>
<context>
    <name>ScorecardsView</name>
    <message>
        <source>Scorecards</source>
        <translation>Oceny krajów</translation>
    </message>
    <message>
        <source>Country ranking</source>
        <translation>Ranking krajów</translation>
    </message>
    <message>
        <source>Change since</source>
        <translation>Zmiana od daty</translation>
    </message>
    <message>
        <source>Change: scores compared with &lt;b&gt;%1&lt;/b&gt; (the toolbar&apos;s “Changes since”)</source>
        <translation>Zmiana: wyniki porównane z &lt;b&gt;%1&lt;/b&gt; („Zmiany od” na pasku narzędzi)</translation>
    </message>
    <message>
        <source>Tick “Changes since” in the toolbar (Ctrl+Shift+D) to see how scores moved.</source>
        <translation>Zaznacz „Zmiany od” na pasku narzędzi (Ctrl+Shift+D), aby zobaczyć, jak zmieniły się wyniki.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share tracker</source>
        <translation>Udostępnij tracker</translation>
    </message>
    <message>
        <source>Share %1 with your coalition through a folder your sync program already shares (Syncthing, Nextcloud, a network share, a USB stick). The tracker stays where it is; the folder gets only signed, encrypted sync files. You become the tracker&apos;s coordinator.</source>
        <translation>Udostępnij %1 koalicji przez folder, który Twój program do synchronizacji już współdzieli (Syncthing, Nextcloud, udział sieciowy, pendrive). Tracker zostaje na swoim miejscu; do folderu trafiają tylko podpisane, zaszyfrowane pliki synchronizacji. Zostajesz koordynatorem trackera.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Wspólny folder</translation>
    </message>
    <message>
        <source>An empty folder, outside the folder of the tracker itself</source>
        <translation>Pusty folder, poza folderem samego trackera</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Wybierz wspólny folder</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Twoje imię</translation>
    </message>
    <message>
        <source>As the other members will see it</source>
        <translation>Tak zobaczą je inni uczestnicy</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Wspólny &amp;folder:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Twoje &amp;imię:</translation>
    </message>
    <message>
        <source>Why the tracker was not shared</source>
        <translation>Dlaczego tracker nie został udostępniony</translation>
    </message>
    <message>
        <source>What to hand over</source>
        <translation>Co przekazać</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Twój odcisk klucza</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Udostępnij</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udostępnij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Najpierw wybierz wspólny folder.</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Najpierw wpisz swoje imię.</translation>
    </message>
    <message>
        <source>Shared. This is your fingerprint. Give each newcomer access to the shared folder and tell them this fingerprint by another channel (a call, in person). When they send you their join code, add them in File › Members…</source>
        <translation>Udostępniono. To jest Twój odcisk klucza. Daj każdemu nowemu uczestnikowi dostęp do wspólnego folderu i przekaż mu ten odcisk innym kanałem (telefonicznie, osobiście). Gdy przyśle Ci swój kod dołączenia, dodaj go w Plik › Uczestnicy…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Arrow keys</source>
        <extracomment>Keys that act inside one view or form rather than through a menu action: (keys, what they do, where).</extracomment>
        <translation>Strzałki</translation>
    </message>
    <message>
        <source>Move from cell to cell</source>
        <translation>Przejdź z komórki do komórki</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Macierz</translation>
    </message>
    <message>
        <source>Set the status of the selected cell</source>
        <translation>Ustaw status zaznaczonej komórki</translation>
    </message>
    <message>
        <source>Type a name or code</source>
        <translation>Wpisz nazwę lub kod</translation>
    </message>
    <message>
        <source>Jump to that country (&quot;lit&quot; finds Lithuania)</source>
        <translation>Przejdź do tego kraju („lit” znajduje Litwę)</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Zapisz formularz</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularze</translation>
    </message>
    <message>
        <source>Close the form or box</source>
        <translation>Zamknij formularz lub okno</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Strzałka w dół</translation>
    </message>
    <message>
        <source>Move from a search or filter box into its list</source>
        <translation>Przejdź z pola wyszukiwania lub filtra do jego listy</translation>
    </message>
    <message>
        <source>Search boxes</source>
        <translation>Pola wyszukiwania</translation>
    </message>
    <message>
        <source>Search now</source>
        <translation>Szukaj teraz</translation>
    </message>
    <message>
        <source>Evidence search</source>
        <translation>Wyszukiwanie dowodów</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>README sections that are not for the app&apos;s users (installing, developing).</extracomment>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Where each action lives in the menus, for the shortcuts list.</extracomment>
        <translation> lub </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtruj skróty</translation>
    </message>
    <message>
        <source>Type to filter: an action (undo), a key (Ctrl+K) or a place (Matrix)</source>
        <translation>Filtruj: czynność (cofnij), klawisz (Ctrl+K) lub miejsce (macierz)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Lista skrótów</translation>
    </message>
    <message>
        <source>Shortcuts shown</source>
        <translation>Pokazane skróty</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shortcuts</source>
        <translation>
            <numerusform>%Ln skrót</numerusform>
            <numerusform>%Ln skróty</numerusform>
            <numerusform>%Ln skrótów</numerusform>
        </translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Żaden skrót nie pasuje do „%1”.</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <source>Revise proposal — %1</source>
        <extracomment>Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open. A proposal, not a status: review is required (or a returned proposal is revised).</extracomment>
        <translation>Popraw propozycję — %1</translation>
    </message>
    <message>
        <source>Set status — %1</source>
        <translation>Ustaw status — %1</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Ustaw status</translation>
    </message>
    <message>
        <source>Currently: &lt;b&gt;%1&lt;/b&gt; since %2</source>
        <translation>Obecnie: &lt;b&gt;%1&lt;/b&gt; od %2</translation>
    </message>
    <message>
        <source>Currently: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Obecnie: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Bieżący status</translation>
    </message>
    <message>
        <source>Status meaning</source>
        <translation>Znaczenie statusu</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Data obowiązywania</translation>
    </message>
    <message>
        <source>Effective date source</source>
        <translation>Skąd data obowiązywania</translation>
    </message>
    <message>
        <source>Why this status: what the government did, and how it meets the guidance (required)</source>
        <translation>Dlaczego taki status: co zrobił rząd i jak to odpowiada wskazówkom (wymagane)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Wskazówki&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No guidance written for this recommendation.</source>
        <translation>Dla tej rekomendacji nie napisano wskazówek.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Wskazówki</translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation>Dowody do powiązania</translation>
    </message>
    <message>
        <source>Filter evidence…</source>
        <translation>Filtruj dowody…</translation>
    </message>
    <message>
        <source>New evidence…</source>
        <translation>Nowy dowód…</translation>
    </message>
    <message>
        <source>New evidence for this cell</source>
        <translation>Nowy dowód dla tej komórki</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>&amp;Status*</source>
        <translation>&amp;Status*</translation>
    </message>
    <message>
        <source>&amp;Effective date*</source>
        <translation>&amp;Data obowiązywania*</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Wiarygodność</translation>
    </message>
    <message>
        <source>&amp;Rationale*</source>
        <translation>&amp;Uzasadnienie*</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Zapisz status</translation>
    </message>
    <message>
        <source>Another person will review this change before it counts.</source>
        <translation>Inna osoba przejrzy tę zmianę, zanim zostanie uwzględniona.</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Uwaga o przeglądzie</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Zaproponuj</translation>
    </message>
    <message>
        <source>Propose status</source>
        <translation>Zaproponuj status</translation>
    </message>
    <message>
        <source>Propose this status: it counts once another person approves it (Ctrl+Enter)</source>
        <translation>Zaproponuj ten status: zostanie uwzględniony, gdy inna osoba go zatwierdzi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Komentarz recenzenta</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Zwrócone przez: %1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>jak zaproponowano</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>bez tytułu</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>wpisana przez ciebie</translation>
    </message>
    <message>
        <source>from the latest linked evidence, %1</source>
        <translation>z najnowszego powiązanego dowodu, %1</translation>
    </message>
    <message>
        <source>today: no evidence linked</source>
        <translation>dziś: brak powiązanych dowodów</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Wybierz status.</translation>
    </message>
    <message>
        <source>The rationale is required: say why this status.</source>
        <translation>Uzasadnienie jest wymagane: napisz, dlaczego taki status.</translation>
    </message>
</context>
<context>
    <name>StatusesPage</name>
    <message>
        <source>not assessed</source>
        <extracomment>What the score change asks before every country is re-scored.</extracomment>
        <translation>bez oceny</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Status scale</source>
        <translation>Skala statusów</translation>
    </message>
    <message>
        <source>Status scale columns</source>
        <translation>Kolumny skali statusów</translation>
    </message>
    <message>
        <source>Add s&amp;tatus</source>
        <translation>Dodaj s&amp;tatus</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Dodaj status</translation>
    </message>
    <message>
        <source>Fill in a new judgement, then Apply</source>
        <translation>Wypełnij nowy status, potem kliknij „Zastosuj”</translation>
    </message>
    <message>
        <source>R&amp;etire status</source>
        <translation>W&amp;ycofaj status</translation>
    </message>
    <message>
        <source>Retire status</source>
        <translation>Wycofaj status</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Kod statusu</translation>
    </message>
    <message>
        <source>e.g. planned</source>
        <translation>np. planned</translation>
    </message>
    <message>
        <source>The status&apos;s stable name in files and imports; it cannot change later</source>
        <translation>Stała nazwa statusu w plikach i importach; później nie można jej zmienić</translation>
    </message>
    <message>
        <source>Status label</source>
        <translation>Etykieta statusu</translation>
    </message>
    <message>
        <source>As shown in the matrix and the legend</source>
        <translation>Tak jak w macierzy i legendzie</translation>
    </message>
    <message>
        <source>Colour swatch</source>
        <translation>Próbka koloru</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wy&amp;bierz…</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Wybierz kolor</translation>
    </message>
    <message>
        <source>Pick the colour from a palette</source>
        <translation>Wybierz kolor z palety</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>od 0 do 100</translation>
    </message>
    <message>
        <source>Status description</source>
        <translation>Opis statusu</translation>
    </message>
    <message>
        <source>What this status means, for coders and readers</source>
        <translation>Co oznacza ten status — dla koderów i czytelników</translation>
    </message>
    <message>
        <source>Status use</source>
        <translation>Użycie statusu</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>&amp;Label*</source>
        <translation>&amp;Etykieta*</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etykieta</translation>
    </message>
    <message>
        <source>&amp;Colour*</source>
        <translation>Ko&amp;lor*</translation>
    </message>
    <message>
        <source>color</source>
        <translation>kolor</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Wynik</translation>
    </message>
    <message>
        <source>score</source>
        <translation>wynik</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>O&amp;pis</translation>
    </message>
    <message>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status zmieniony</translation>
    </message>
    <message>
        <source>Apply the changes you made to this status?</source>
        <translation>Zastosować zmiany wprowadzone w tym statusie?</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>bez wyniku</translation>
    </message>
    <message>
        <source>This is the “%1” status every cell starts at: it has no score and always stays on the scale.</source>
        <translation>To status „%1”, od którego zaczyna każda komórka: nie ma wyniku i zawsze zostaje na skali.</translation>
    </message>
    <message>
        <source>Used by %1 assessment(s) or review proposal(s).</source>
        <translation>Używany w ocenach i propozycjach do przeglądu: %1.</translation>
    </message>
    <message>
        <source> Unused: it can be retired.</source>
        <translation> Nieużywany: można go wycofać.</translation>
    </message>
    <message>
        <source>New: Apply adds it at the end of the scale.</source>
        <translation>Nowy: „Zastosuj” doda go na końcu skali.</translation>
    </message>
    <message>
        <source>The %1 status always stays</source>
        <translation>Status „%1” zostaje zawsze</translation>
    </message>
    <message>
        <source>Take a status no assessment uses off the scale (Ctrl+Z puts it back)</source>
        <translation>Usuń ze skali status, którego nie używa żadna ocena (Ctrl+Z go przywróci)</translation>
    </message>
    <message>
        <source>not a colour yet</source>
        <translation>to jeszcze nie kolor</translation>
    </message>
    <message>
        <source>The label is required.</source>
        <translation>Etykieta jest wymagana.</translation>
    </message>
    <message>
        <source>Give the colour as #RRGGBB, or choose it.</source>
        <translation>Podaj kolor jako #RRGGBB albo go wybierz.</translation>
    </message>
    <message>
        <source>The score must be a number from 0 to 100.</source>
        <translation>Wynik musi być liczbą od 0 do 100.</translation>
    </message>
    <message>
        <source>Status colour</source>
        <translation>Kolor statusu</translation>
    </message>
    <message>
        <source>Change the score?</source>
        <translation>Zmienić wynik?</translation>
    </message>
    <message>
        <source>Change the score</source>
        <translation>Zmień wynik</translation>
    </message>
    <message>
        <source>Retired the status; Ctrl+Z puts it back.</source>
        <translation>Wycofano status; Ctrl+Z go przywróci.</translation>
    </message>
</context>
<context>
    <name>SyncCoalition</name>
    <message>
        <source>There is no tracker file at {path}.</source>
        <extracomment>The lock a sync holds in the local state folder (:func:`sync`). Where coordinators&apos; public signing keys are published in the shared folder (so a newcomer can check a grant). Sentences said in more than one place.</extracomment>
        <translation>W {path} nie ma pliku trackera.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for your copy.</source>
        <translation>{path} już istnieje; wybierz nową nazwę pliku dla swojej kopii.</translation>
    </message>
    <message>
        <source>The shared tracker&apos;s snapshot cannot be used: {reason}</source>
        <translation>Nie można użyć migawki wspólnego trackera: {reason}</translation>
    </message>
    <message>
        <source>Member list {version}: {reason}</source>
        <translation>Lista uczestników {version}: {reason}</translation>
    </message>
    <message>
        <source>{tracker} is not shared from this computer; share it (policy-tracker share) or join a shared tracker first.</source>
        <translation>{tracker} nie jest udostępniony z tego komputera; najpierw go udostępnij (policy-tracker share) albo dołącz do wspólnego trackera.</translation>
    </message>
    <message>
        <source>The shared folder {folder} is not there; connect the drive or let the sync program finish, then try again.</source>
        <translation>Wspólnego folderu {folder} nie ma; podłącz dysk albo poczekaj, aż program synchronizujący skończy, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The member list of {name} is missing from this computer.</source>
        <translation>Na tym komputerze brakuje listy uczestników {name}.</translation>
    </message>
    <message>
        <source>This computer has no signing key yet; make a join request or share a tracker first.</source>
        <translation>Ten komputer nie ma jeszcze klucza podpisu; najpierw utwórz prośbę o dołączenie albo udostępnij tracker.</translation>
    </message>
    <message>
        <source>{name} is already shared through {folder}.</source>
        <translation>{name} jest już udostępniony przez {folder}.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a shared tracker; choose an empty folder (or join that tracker).</source>
        <translation>Folder {folder} zawiera już wspólny tracker; wybierz pusty folder (albo dołącz do tamtego trackera).</translation>
    </message>
    <message>
        <source>The shared folder {folder} cannot be written: {error}.</source>
        <translation>Nie można zapisywać we wspólnym folderze {folder}: {error}.</translation>
    </message>
    <message>
        <source>The fingerprint {fingerprint} is not the join code&apos;s ({expected}); do not add this person.</source>
        <translation>Odcisk klucza {fingerprint} nie zgadza się z odciskiem z kodu dołączenia ({expected}); nie dodawaj tej osoby.</translation>
    </message>
    <message>
        <source>Only a coordinator can add members; ask one of them.</source>
        <translation>Tylko koordynator może dodawać uczestników; poproś jednego z nich.</translation>
    </message>
    <message>
        <source>Only a coordinator can remove members; ask one of them.</source>
        <translation>Tylko koordynator może usuwać uczestników; poproś jednego z nich.</translation>
    </message>
    <message>
        <source>{name} is not a current member; `policy-tracker members --db PATH` lists them.</source>
        <translation>{name} nie jest obecnym uczestnikiem; listę pokazuje `policy-tracker members --db PATH`.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} już istnieje; wybierz nową nazwę pliku.</translation>
    </message>
    <message>
        <source>Key {key}: {reason}</source>
        <translation>Klucz {key}: {reason}</translation>
    </message>
    <message>
        <source>The folder {folder} holds no shared tracker yet (no snapshot); check the folder, or wait until it has synced.</source>
        <translation>Folder {folder} nie zawiera jeszcze wspólnego trackera (brak migawki); sprawdź folder albo poczekaj, aż się zsynchronizuje.</translation>
    </message>
    <message>
        <source>This computer already has a copy of this shared tracker: {path}.</source>
        <translation>Ten komputer ma już kopię tego wspólnego trackera: {path}.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {reason}</source>
        <translation>Nie można użyć pliku kluczy {path}: {reason}</translation>
    </message>
    <message>
        <source>No tracker key for you is in the shared folder yet: ask the coordinator to add you from your join code (or to give you the key file), let the folder sync, and try again.</source>
        <translation>We wspólnym folderze nie ma jeszcze klucza trackera dla Ciebie: poproś koordynatora, by dodał Cię z Twojego kodu dołączenia (albo dał Ci plik kluczy), poczekaj na synchronizację folderu i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>You are not a member of this shared tracker yet; ask the coordinator to add you.</source>
        <translation>Nie jesteś jeszcze uczestnikiem tego wspólnego trackera; poproś koordynatora, by Cię dodał.</translation>
    </message>
    <message>
        <source>The tracker keys in the folder are not signed by a coordinator of this tracker.</source>
        <translation>Klucze trackera w folderze nie są podpisane przez koordynatora tego trackera.</translation>
    </message>
    <message>
        <source>The shared folder holds no member list.</source>
        <translation>We wspólnym folderze nie ma listy uczestników.</translation>
    </message>
    <message>
        <source>The member list {version} cannot be used: {reason}</source>
        <translation>Nie można użyć listy uczestników {version}: {reason}</translation>
    </message>
    <message>
        <source>Sent {sent}, applied {applied}, waiting {waiting}, refused {refused}.</source>
        <extracomment>(file, why) for each file left for the next sync. (file, why) for each file refused for good. Other things worth knowing (a member list or key not usable yet). Conflicts waiting for a person after this sync (records changed on two copies, cells with conflicting judgements: db.merge), whoever&apos;s sync found them.</extracomment>
        <translation>Wysłano: {sent}, zastosowano: {applied}, czeka: {waiting}, odrzucono: {refused}.</translation>
    </message>
    <message>
        <source>Waiting: {name}: {why}</source>
        <translation>Czeka: {name}: {why}</translation>
    </message>
    <message>
        <source>Refused: {name}: {why}</source>
        <translation>Odrzucony: {name}: {why}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Uwaga: {note}</translation>
    </message>
    <message>
        <source>Conflicts to review: {count} (in the app: File › Conflicts…).</source>
        <translation>Konflikty do przejrzenia: {count} (w programie: Plik › Konflikty…).</translation>
    </message>
    <message>
        <source>Another program is syncing this tracker; try again when it has finished.</source>
        <extracomment>How long a sync waits for another program&apos;s sync of the same tracker to end (the app&apos;s own sync and the command line, two windows) before it says so.</extracomment>
        <translation>Inny program synchronizuje ten tracker; spróbuj ponownie, gdy skończy.</translation>
    </message>
    <message>
        <source>You are no longer a member of this shared tracker, so your changes are not sent.</source>
        <translation>Nie jesteś już uczestnikiem tego wspólnego trackera, więc Twoje zmiany nie są wysyłane.</translation>
    </message>
    <message>
        <source>Your changes wait for the current tracker key, which has not reached you yet.</source>
        <translation>Twoje zmiany czekają na bieżący klucz trackera, który jeszcze do Ciebie nie dotarł.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync could not be started: %1.</source>
        <extracomment>A burst of files (a sync program catching up) starts one sync, this long after the last of them. How often the app syncs by itself while a shared tracker is open. How long a sync child may run before it is stopped (a tracker locked for minutes, a hung drive). A sync ended: (exit code, its output or its one-sentence error). The open tracker&apos;s sync status changed (after a sync, a share, a join, a member added or removed).</extracomment>
        <translation>Nie udało się uruchomić synchronizacji: %1.</translation>
    </message>
    <message>
        <source>The sync stopped before it finished; nothing is lost, and the next sync goes on.</source>
        <translation>Synchronizacja przerwała się przed końcem; nic nie zginęło, następna synchronizacja będzie kontynuować.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <extracomment>&quot;Review conflicts…&quot; chosen in the indicator&apos;s menu. &quot;Members and last sync…&quot; chosen in the indicator&apos;s menu.</extracomment>
        <translation>Stan synchronizacji</translation>
    </message>
    <message>
        <source>&amp;Members and last sync…</source>
        <translation>&amp;Uczestnicy i ostatnia synchronizacja…</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Przejrzyj konflikty…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronizacja nie powiodła się</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Jeszcze nie synchronizowano</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Zsynchronizowano %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln plik czeka</numerusform>
            <numerusform>%Ln pliki czekają</numerusform>
            <numerusform>%Ln plików czeka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln plik odrzucony</numerusform>
            <numerusform>%Ln pliki odrzucone</numerusform>
            <numerusform>%Ln plików odrzuconych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to review</source>
        <translation>
            <numerusform>%Ln konflikt do przejrzenia</numerusform>
            <numerusform>%Ln konflikty do przejrzenia</numerusform>
            <numerusform>%Ln konfliktów do przejrzenia</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review conflicts (%1)…</source>
        <translation>&amp;Przejrzyj konflikty (%1)…</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Wspólny folder: %1</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Ostatnia synchronizacja nie powiodła się: %1</translation>
    </message>
    <message>
        <source>Last sync %1: sent %2, applied %3.</source>
        <translation>Ostatnia synchronizacja %1: wysłano %2, zastosowano %3.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Czeka: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Odrzucony: %1</translation>
    </message>
    <message>
        <source>Conflicts: changes made on two copies without seeing each other wait for you (File › Conflicts…).</source>
        <translation>Konflikty: zmiany wprowadzone w dwóch kopiach bez wiedzy o sobie nawzajem czekają na twoją decyzję (Plik › Konflikty…).</translation>
    </message>
    <message>
        <source>Click for the members and the last sync&apos;s report.</source>
        <translation>Kliknij, aby zobaczyć uczestników i raport ostatniej synchronizacji.</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>Your signing key {path} could not be read: {problem}.</source>
        <extracomment>Bytes of a tracker key (ChaCha20-Poly1305 takes 256-bit keys). Crockford&apos;s base 32 alphabet: no I, L, O or U, so a fingerprint read aloud or copied by hand cannot mix up 1/I/l or 0/O.</extracomment>
        <translation>Nie udało się odczytać Twojego klucza podpisu {path}: {problem}.</translation>
    </message>
    <message>
        <source>Your signing key {path} cannot be used: {problem}.</source>
        <translation>Nie można użyć Twojego klucza podpisu {path}: {problem}.</translation>
    </message>
    <message>
        <source>Your signing key could not be saved in {folder}: {problem}.</source>
        <translation>Nie udało się zapisać Twojego klucza podpisu w {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Key {key} is already known with other contents; the new one was not kept.</source>
        <translation>Klucz {key} jest już znany z inną zawartością; nowego nie zachowano.</translation>
    </message>
    <message>
        <source>The tracker keys {path} could not be read: {problem}.</source>
        <translation>Nie udało się odczytać kluczy trackera {path}: {problem}.</translation>
    </message>
    <message>
        <source>The tracker keys {path} cannot be used: {problem}.</source>
        <translation>Nie można użyć kluczy trackera {path}: {problem}.</translation>
    </message>
    <message>
        <source>The tracker keys could not be saved in {path}: {problem}.</source>
        <translation>Nie udało się zapisać kluczy trackera w {path}: {problem}.</translation>
    </message>
    <message>
        <source>The key grant cannot be read: {problem}.</source>
        <translation>Nie można odczytać przekazania klucza: {problem}.</translation>
    </message>
    <message>
        <source>The key grant belongs to another shared tracker.</source>
        <translation>To przekazanie klucza należy do innego wspólnego trackera.</translation>
    </message>
    <message>
        <source>The key grant is for another member.</source>
        <translation>To przekazanie klucza jest dla innego uczestnika.</translation>
    </message>
    <message>
        <source>The key grant is not signed by a coordinator of this tracker.</source>
        <translation>Przekazanie klucza nie jest podpisane przez koordynatora tego trackera.</translation>
    </message>
    <message>
        <source>The key grant&apos;s signature does not match: it was altered.</source>
        <translation>Podpis przekazania klucza się nie zgadza: zostało zmienione.</translation>
    </message>
    <message>
        <source>The key grant could not be opened with your key.</source>
        <translation>Nie udało się otworzyć przekazania klucza Twoim kluczem.</translation>
    </message>
    <message>
        <source>The key grant holds no usable key.</source>
        <translation>Przekazanie klucza nie zawiera użytecznego klucza.</translation>
    </message>
</context>
<context>
    <name>SyncMembers</name>
    <message>
        <source>Only a coordinator can sign the member list.</source>
        <extracomment>Longest name in a join request, in characters. Set when removed: the last of their files still taken (0: none). The tracker key new files are encrypted with.</extracomment>
        <translation>Tylko koordynator może podpisać listę uczestników.</translation>
    </message>
    <message>
        <source>The member list is not signed.</source>
        <translation>Lista uczestników nie jest podpisana.</translation>
    </message>
    <message>
        <source>The member list cannot be read: {error}.</source>
        <translation>Nie można odczytać listy uczestników: {error}.</translation>
    </message>
    <message>
        <source>The member list&apos;s signature does not match: it was altered.</source>
        <translation>Podpis listy uczestników się nie zgadza: lista została zmieniona.</translation>
    </message>
    <message>
        <source>The member list is not signed by one of its coordinators.</source>
        <translation>Lista uczestników nie jest podpisana przez żadnego z jej koordynatorów.</translation>
    </message>
    <message>
        <source>The member list belongs to another shared tracker.</source>
        <translation>Lista uczestników należy do innego wspólnego trackera.</translation>
    </message>
    <message>
        <source>The member list is not newer than the one in use (version {version}).</source>
        <translation>Lista uczestników nie jest nowsza od używanej (wersja {version}).</translation>
    </message>
    <message>
        <source>The new member list is not signed by a coordinator of the current one.</source>
        <translation>Nowa lista uczestników nie jest podpisana przez koordynatora obecnej.</translation>
    </message>
    <message>
        <source>The new member list&apos;s signature does not match: it was altered.</source>
        <translation>Podpis nowej listy uczestników się nie zgadza: lista została zmieniona.</translation>
    </message>
    <message>
        <source>The new member list leaves out {name}; members are removed, not deleted.</source>
        <translation>W nowej liście uczestników brakuje {name}; uczestników oznacza się jako usuniętych, a nie kasuje.</translation>
    </message>
    <message>
        <source>The new member list changes {name}&apos;s keys.</source>
        <translation>Nowa lista uczestników zmienia klucze {name}.</translation>
    </message>
    <message>
        <source>The new member list brings back {name}, who was removed.</source>
        <translation>Nowa lista uczestników przywraca {name}, choć tę osobę usunięto.</translation>
    </message>
    <message>
        <source>{name} was removed; they need a new key to join again.</source>
        <translation>{name} usunięto; aby dołączyć ponownie, potrzebny jest nowy klucz.</translation>
    </message>
    <message>
        <source>{name} is already a member.</source>
        <translation>{name} jest już uczestnikiem.</translation>
    </message>
    <message>
        <source>That person is not a current member.</source>
        <translation>Ta osoba nie jest obecnym uczestnikiem.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another coordinator.</source>
        <translation>Nie możesz usunąć siebie; poproś innego koordynatora.</translation>
    </message>
    <message>
        <source>The tracker needs at least one coordinator.</source>
        <translation>Tracker musi mieć co najmniej jednego koordynatora.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Uczestnik musi mieć imię.</translation>
    </message>
    <message>
        <source>A member&apos;s name can have at most {count} characters.</source>
        <translation>Imię uczestnika może mieć najwyżej {count} znaków.</translation>
    </message>
    <message>
        <source>The join code is empty; paste the whole code or choose the join file.</source>
        <translation>Kod dołączenia jest pusty; wklej cały kod albo wybierz plik dołączenia.</translation>
    </message>
    <message>
        <source>This is not a Policy Tracker join code (one starts with {prefix}:).</source>
        <translation>To nie jest kod dołączenia Policy Tracker (taki kod zaczyna się od {prefix}:).</translation>
    </message>
    <message>
        <source>The join code was made by a newer version of Policy Tracker; upgrade this app first.</source>
        <translation>Kod dołączenia utworzyła nowsza wersja Policy Tracker; najpierw zaktualizuj tę aplikację.</translation>
    </message>
    <message>
        <source>The join code contains {letters}, which cannot be in one; check it was copied whole.</source>
        <translation>Kod dołączenia zawiera {letters}, czego nie może w nim być; sprawdź, czy skopiowano go w całości.</translation>
    </message>
    <message>
        <source>The join code is incomplete or has a typo; ask for it again, or use the join file.</source>
        <translation>Kod dołączenia jest niepełny lub ma literówkę; poproś o niego ponownie albo użyj pliku dołączenia.</translation>
    </message>
    <message>
        <source>The member list is encrypted with tracker key {key}, which you were not given.</source>
        <translation>Lista uczestników jest zaszyfrowana kluczem trackera {key}, którego nie otrzymałeś.</translation>
    </message>
    <message>
        <source>The member list is not signed by the coordinator whose fingerprint you were given; do not join.</source>
        <translation>Lista uczestników nie jest podpisana przez koordynatora, którego odcisk klucza otrzymałeś; nie dołączaj.</translation>
    </message>
    <message>
        <source>The file is not a member list.</source>
        <translation>Ten plik nie jest listą uczestników.</translation>
    </message>
</context>
<context>
    <name>SyncRefusals</name>
    <message>
        <source>The file is cut short (it may still be arriving).</source>
        <extracomment>The smallest possible file: prefix, an empty header, nonce, size, the cipher&apos;s 16-byte tag, signature. A header is a few hundred bytes; refuse to parse megabytes of &quot;header&quot;. Why a file is not taken yet: it is shorter than its header says.</extracomment>
        <translation>Plik jest ucięty (może jeszcze dociera).</translation>
    </message>
    <message>
        <source>The file is not a Policy Tracker sync file.</source>
        <translation>To nie jest plik synchronizacji Policy Tracker.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Policy Tracker (format {version}); it waits until this app is upgraded.</source>
        <translation>Plik zapisała nowsza wersja Policy Tracker (format {version}); czeka, aż ta aplikacja zostanie zaktualizowana.</translation>
    </message>
    <message>
        <source>The file has an unknown format version ({version}).</source>
        <translation>Plik ma nieznaną wersję formatu ({version}).</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged (it claims to be too long).</source>
        <translation>Nagłówek pliku jest uszkodzony (deklaruje zbyt dużą długość).</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged ({error}).</source>
        <translation>Nagłówek pliku jest uszkodzony ({error}).</translation>
    </message>
    <message>
        <source>The file has extra bytes after its signature.</source>
        <translation>Plik ma nadmiarowe bajty po podpisie.</translation>
    </message>
    <message>
        <source>The file could not be decrypted with tracker key {key}.</source>
        <translation>Nie udało się odszyfrować pliku kluczem trackera {key}.</translation>
    </message>
    <message>
        <source>The file belongs to another shared tracker.</source>
        <translation>Plik należy do innego wspólnego trackera.</translation>
    </message>
    <message>
        <source>The file is signed by {author}, who is not a member of this tracker.</source>
        <translation>Plik podpisała osoba {author}, która nie jest uczestnikiem tego trackera.</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not match {name}&apos;s key: it was altered.</source>
        <translation>Podpis pliku nie pasuje do klucza {name}: plik został zmieniony.</translation>
    </message>
    <message>
        <source>The file was written by {name} after they were removed from the tracker.</source>
        <translation>Plik zapisała osoba {name} po usunięciu jej z trackera.</translation>
    </message>
    <message>
        <source>The file is encrypted with tracker key {key}, which this computer does not have.</source>
        <translation>Plik zaszyfrowano kluczem trackera {key}, którego nie ma na tym komputerze.</translation>
    </message>
    <message>
        <source>Another file with the same member and number was already applied; a number is never reused.</source>
        <extracomment>Refused for good: (file, code, reason); the reason is also kept in the local state. Not taken this time, and why (one sentence each); tried again at the next sync.</extracomment>
        <translation>Inny plik tego samego uczestnika z tym samym numerem został już zastosowany; numer nigdy nie jest używany ponownie.</translation>
    </message>
    <message>
        <source>It waits for an earlier file of the same member.</source>
        <translation>Czeka na wcześniejszy plik tego samego uczestnika.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Policy Tracker; it waits for an upgrade.</source>
        <extracomment>A file whose changes do not fit this tracker yet (a row they need has not arrived; the conflict rules said no): it waits, and the tracker is unchanged. A file that could not be applied for another reason (the tracker busy too long, another schema): it waits too. Refusing for good is only for files that fail their checks; a passing failure must not lose a change. Codes of files left pending, to be tried again at the next sync.</extracomment>
        <translation>Plik zapisała nowsza wersja Policy Tracker; czeka na aktualizację aplikacji.</translation>
    </message>
    <message>
        <source>The file was written by an older version of Policy Tracker and does not fit this tracker since its upgrade; it waits. Its author should upgrade and sync again.</source>
        <translation>Plik zapisała starsza wersja Policy Tracker i po aktualizacji nie pasuje do tego trackera; czeka. Jego autor powinien zaktualizować program i zsynchronizować ponownie.</translation>
    </message>
    <message>
        <source>The file is no longer in the shared folder.</source>
        <extracomment>Our temporary files older than this are a crashed write&apos;s leftovers (younger ones may be another program&apos;s write in progress on this computer). Codes of refusals that may resolve themselves (a newer app, a key handed over, a member list or the rest of the file still arriving): the file stays pending. Any other refusal is final.</extracomment>
        <translation>Pliku nie ma już we wspólnym folderze.</translation>
    </message>
    <message>
        <source>The file is not complete yet (it may still be arriving).</source>
        <translation>Plik nie jest jeszcze kompletny (może jeszcze dociera).</translation>
    </message>
    <message>
        <source>The file&apos;s contents do not match its name: it was altered or is incomplete.</source>
        <translation>Zawartość pliku nie pasuje do jego nazwy: plik zmieniono lub jest niekompletny.</translation>
    </message>
    <message>
        <source>The file&apos;s signed header does not match its name in the shared folder.</source>
        <translation>Podpisany nagłówek pliku nie pasuje do jego nazwy we wspólnym folderze.</translation>
    </message>
    <message>
        <source>The sync state {path} cannot be read: {error}.</source>
        <translation>Nie można odczytać stanu synchronizacji {path}: {error}.</translation>
    </message>
    <message>
        <source>It waits for file {number} of the same member.</source>
        <translation>Czeka na plik {number} tego samego uczestnika.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Share tracker</source>
        <translation>Udostępnij tracker</translation>
    </message>
    <message>
        <source>Save the tracker to a file before sharing it.</source>
        <translation>Przed udostępnieniem zapisz tracker do pliku.</translation>
    </message>
    <message>
        <source>This tracker is already shared through %1.</source>
        <translation>Ten tracker jest już udostępniony przez %1.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>This tracker is not shared: share it (File › Share tracker…) or join a shared tracker first.</source>
        <translation>Ten tracker nie jest udostępniony: najpierw go udostępnij (Plik › Udostępnij tracker…) lub dołącz do wspólnego trackera.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Synchronizacja już trwa.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronizacja nie powiodła się: %1</translation>
    </message>
</context>
<context>
    <name>TrackerCommand</name>
    <message>
        <source>%1 would leave everything as it is.</source>
        <translation>„%1” niczego nie zmieni.</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Nie można cofnąć ani ponowić</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Dodaj dowód</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Edytuj dowód</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Archiwizuj dowód</translation>
    </message>
    <message>
        <source>Restore evidence</source>
        <translation>Przywróć dowód</translation>
    </message>
    <message>
        <source>the evidence is already archived.</source>
        <translation>dowód jest już zarchiwizowany.</translation>
    </message>
    <message>
        <source>the evidence is not archived.</source>
        <translation>dowód nie jest zarchiwizowany.</translation>
    </message>
    <message>
        <source>Could not archive the evidence: another program kept the tracker busy; nothing changed. Try again.</source>
        <translation>Nie udało się zarchiwizować dowodu: inny program zbyt długo zajmował tracker; nic się nie zmieniło. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not restore the evidence: another program kept the tracker busy; nothing changed. Try again.</source>
        <translation>Nie udało się przywrócić dowodu: inny program zbyt długo zajmował tracker; nic się nie zmieniło. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Ustaw status</translation>
    </message>
    <message>
        <source>Propose status</source>
        <translation>Zaproponuj status</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Popraw ocenę</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Dodaj kraj</translation>
    </message>
    <message>
        <source>Archive country</source>
        <translation>Archiwizuj kraj</translation>
    </message>
    <message>
        <source>Restore country</source>
        <translation>Przywróć kraj</translation>
    </message>
    <message>
        <source>the country is already archived.</source>
        <translation>kraj jest już zarchiwizowany.</translation>
    </message>
    <message>
        <source>the country is not archived.</source>
        <translation>kraj nie jest zarchiwizowany.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Zmień nazwę grupy</translation>
    </message>
    <message>
        <source>Change group members</source>
        <translation>Zmień członków grupy</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Usuń grupę</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <source>Tracker title</source>
        <translation>Tytuł trackera</translation>
    </message>
    <message>
        <source>Shown in the window, reports and exports</source>
        <translation>Widoczny w oknie, raportach i eksportach</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Where the recommendations come from (author, publication, year)</source>
        <translation>Skąd pochodzą rekomendacje (autor, publikacja, rok)</translation>
    </message>
    <message>
        <source>Tracker description</source>
        <translation>Opis trackera</translation>
    </message>
    <message>
        <source>What this tracker follows, for readers</source>
        <translation>Co śledzi ten tracker — dla czytelników</translation>
    </message>
    <message>
        <source>Review interval in days</source>
        <translation>Odstęp przeglądu w dniach</translation>
    </message>
    <message>
        <source>A status older than this is marked for review in the matrix</source>
        <translation>Starszy status jest oznaczany w macierzy jako wymagający przeglądu</translation>
    </message>
    <message>
        <source>Status changes need review by a second person</source>
        <translation>Zmiany statusu wymagają przeglądu przez drugą osobę</translation>
    </message>
    <message>
        <source>A status set by one person is proposed; another person approves it in the Review tab before it counts</source>
        <translation>Status ustawiony przez jedną osobę jest propozycją; inna osoba zatwierdza go na karcie „Przegląd”, zanim zacznie się liczyć</translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation>&amp;Tytuł*</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>Ź&amp;ródło</translation>
    </message>
    <message>
        <source>source</source>
        <translation>źródło</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>O&amp;pis</translation>
    </message>
    <message>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>Review &amp;interval</source>
        <translation>Odstęp prze&amp;glądu</translation>
    </message>
    <message>
        <source>review interval days</source>
        <translation>odstęp przeglądu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Tytuł jest wymagany.</translation>
    </message>
</context>
<context>
    <name>TrackerStatusBar</name>
    <message>
        <source>Status bar</source>
        <translation>Pasek stanu</translation>
    </message>
    <message>
        <source>Tracker file</source>
        <translation>Plik trackera</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Liczby</translation>
    </message>
    <message>
        <source>As-of date in force</source>
        <translation>Obowiązująca data stanu</translation>
    </message>
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
    <name>TrackerWatcher</name>
    <message>
        <source>The tracker file is no longer at %1; edits made now may not be saved there.</source>
        <extracomment>How often the file is asked whether another program committed, while the app is in front / behind. At most this share of the time goes to refreshing for others&apos; changes: after a refresh that took 100 ms (a whole large tracker reloaded), the next look waits 400 ms more than usual. How long the status bar shows &quot;Updated: … by …&quot;. The object name of the note a form gets when its record changed elsewhere (tests find it by it).</extracomment>
        <translation>Pliku trackera nie ma już w %1; zmiany wprowadzone teraz mogą nie zostać tam zapisane.</translation>
    </message>
    <message>
        <source>Another program replaced %1: open it again to see the new file.</source>
        <translation>Inny program zastąpił %1: otwórz go ponownie, aby zobaczyć nowy plik.</translation>
    </message>
    <message>
        <source>Another program replaced %1: showing the new file.</source>
        <translation>Inny program zastąpił %1: wyświetlany jest nowy plik.</translation>
    </message>
    <message>
        <source>Cannot see changes made by other programs just now: %1.</source>
        <translation>Zmiany wprowadzone przez inne programy są teraz niewidoczne: %1.</translation>
    </message>
    <message>
        <source>%1 changed this record since, so it is left as they made it</source>
        <translation>od tego czasu ten rekord zmienił(a) %1, więc pozostaje w wersji tej osoby</translation>
    </message>
</context>
<context>
    <name>TranslationsModel</name>
    <message>
        <source>missing</source>
        <extracomment>A text&apos;s state in the chosen language, in words (the colour of the row only repeats it).</extracomment>
        <translation>brak</translation>
    </message>
    <message>
        <source>English changed</source>
        <translation>zmieniono angielski</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>przetłumaczone</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Po angielsku</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tłumaczenie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>TranslationsPage</name>
    <message>
        <source>All translated</source>
        <translation>Wszystko przetłumaczone</translation>
    </message>
    <message>
        <source>%1 of %2 missing</source>
        <translation>Brakuje %1 z %2</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>&amp;Zapisz tłumaczenie</translation>
    </message>
    <message>
        <source>Save the translation of the chosen text (Ctrl+Z undoes it)</source>
        <translation>Zapisz tłumaczenie wybranego tekstu (Ctrl+Z je cofnie)</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Język tłumaczenia</translation>
    </message>
    <message>
        <source>Missing translations</source>
        <translation>Brakujące tłumaczenia</translation>
    </message>
    <message>
        <source>Show only texts to translate</source>
        <translation>Pokaż tylko teksty do przetłumaczenia</translation>
    </message>
    <message>
        <source>Show only missing and out-of-date translations</source>
        <translation>Pokaż tylko brakujące i nieaktualne tłumaczenia</translation>
    </message>
    <message>
        <source>Codebook texts and their translations</source>
        <translation>Teksty książki kodów i ich tłumaczenia</translation>
    </message>
    <message>
        <source>Translation columns</source>
        <translation>Kolumny tłumaczeń</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Tekst angielski</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tłumaczenie</translation>
    </message>
    <message>
        <source>Type the translation; leave empty to remove it</source>
        <translation>Wpisz tłumaczenie; zostaw puste, aby je usunąć</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Po angielsku</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>Tłumaczenie (%1)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Po angielsku: %1</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading tracker</source>
        <translation>Aktualizacja trackera</translation>
    </message>
    <message>
        <source>Upgrading this tracker to the new version… this happens once.</source>
        <translation>Tracker jest aktualizowany do nowej wersji… dzieje się to tylko raz.</translation>
    </message>
    <message>
        <source>Upgrade message</source>
        <translation>Komunikat o aktualizacji</translation>
    </message>
    <message>
        <source>%1 is being brought up to this version of Policy Tracker. A large tracker can take a few minutes; please leave the app open. A copy of the file as it was is kept beside it as %2.</source>
        <translation>%1 jest aktualizowany do tej wersji Policy Tracker. W przypadku dużego trackera może to potrwać kilka minut; nie zamykaj programu. Kopia pliku w poprzednim stanie jest zachowana obok niego jako %2.</translation>
    </message>
    <message>
        <source>Upgrade details</source>
        <translation>Szczegóły aktualizacji</translation>
    </message>
    <message>
        <source>Upgrade progress</source>
        <translation>Postęp aktualizacji</translation>
    </message>
</context>
<context>
    <name>UpgradeWorker</name>
    <message>
        <source>%1 could not be upgraded to this version (%2); it was left as it was.</source>
        <translation>Nie udało się zaktualizować %1 do tej wersji (%2); plik pozostał bez zmian.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Policy Tracker — User guide</source>
        <translation>Policy Tracker — Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Tekst podręcznika</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Szukaj w podręczniku</translation>
    </message>
    <message>
        <source>Find in the guide (Enter finds the next)</source>
        <translation>Szukaj w podręczniku (Enter — następne wystąpienie)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Wynik wyszukiwania</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Znajdź:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
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
<context>
    <name>WatcherTexts</name>
    <message>
        <source>Updated: another program changed this tracker</source>
        <translation>Zaktualizowano: inny program zmienił ten tracker</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %Ln changes by %1</source>
        <translation>
            <numerusform>Zaktualizowano: %Ln zmiana (%1)</numerusform>
            <numerusform>Zaktualizowano: %Ln zmiany (%1)</numerusform>
            <numerusform>Zaktualizowano: %Ln zmian (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this evidence while you were editing it, so it cannot be saved. What you typed is kept: copy what you need, or add it again as new evidence.</source>
        <translation>Podczas Twojej edycji ten dowód usunięto (%1), więc nie można go zapisać. Wpisane dane zostały zachowane: skopiuj, co potrzebne, lub dodaj je ponownie jako nowy dowód.</translation>
    </message>
    <message>
        <source>%1 changed this evidence while you were editing it. What you typed is kept: Save replaces their version with yours, Cancel keeps theirs.</source>
        <translation>Podczas Twojej edycji ten dowód zmieniono (%1). Wpisane dane zostały zachowane: „Zapisz” zastąpi tamtą wersję Twoją, „Anuluj” zachowa tamtą.</translation>
    </message>
    <message>
        <source>%1 changed this cell while you were editing. What you typed is kept: Save records your judgement too, and the timeline shows both.</source>
        <translation>Podczas Twojej edycji tę komórkę zmieniono (%1). Wpisane dane zostały zachowane: „Zapisz” zapisze także Twoją ocenę, a oś czasu pokaże obie.</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Zmienione przez inny program</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>inny program</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %Ln others</source>
        <translation>
            <numerusform>%1, %2 i %Ln inna osoba</numerusform>
            <numerusform>%1, %2 i %Ln inne osoby</numerusform>
            <numerusform>%1, %2 i %Ln innych osób</numerusform>
        </translation>
    </message>
</context>
</TS>
