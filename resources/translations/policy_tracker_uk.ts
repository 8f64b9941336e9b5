<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Follow, country by country, whether governments act on policy recommendations. Your data stays in one file on this computer; nothing leaves it unless you export it.</source>
        <translation>Стежте, країна за країною, чи виконують уряди політичні рекомендації. Ваші дані зберігаються в одному файлі на цьому комп’ютері; ніщо не залишає його, доки ви самі їх не експортуєте.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методологія</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score.&lt;/b&gt; A country&apos;s score is the weighted mean of the scores of its &lt;i&gt;assessed&lt;/i&gt; recommendations, from 0 to 100. Cells not assessed are left out, never counted as 0; coverage (&quot;4 of 5 assessed&quot;) is shown with every score. %1 A score without a grade is marked * (not graded). &lt;b&gt;Grades:&lt;/b&gt; %2; ranks are among the graded countries.</source>
        <translation>&lt;b&gt;Бал.&lt;/b&gt; Бал країни — це середнє зважене балів її &lt;i&gt;оцінених&lt;/i&gt; рекомендацій, від 0 до 100. Неоцінені клітинки не враховуються й ніколи не рахуються як 0; покриття («оцінено 4 з 5») показано з кожним балом. %1 Бал без оцінки позначено * (без оцінки). &lt;b&gt;Оцінки:&lt;/b&gt; %2; місця розподіляються серед країн з оцінкою.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current status.&lt;/b&gt; The assessment with the latest effective date counts (ties: the one recorded last). Scores can be computed as of any date. A status older than the review interval is flagged ⚑ for review.</source>
        <translation>&lt;b&gt;Поточний статус.&lt;/b&gt; Враховується оцінка з найпізнішою датою набуття чинності (за однакових дат — записана останньою). Бали можна обчислити станом на будь-яку дату. Статус, старіший за інтервал перегляду, позначено ⚑ для перегляду.</translation>
    </message>
    <message>
        <source>About Policy Tracker</source>
        <translation>Про Policy Tracker</translation>
    </message>
    <message>
        <source>About and methodology</source>
        <translation>Про програму й методологія</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New evidence…</source>
        <translation>&amp;Новий доказ…</translation>
    </message>
    <message>
        <source>Log a dated source and link it to cells</source>
        <translation>Записати датоване джерело й пов’язати його з клітинками</translation>
    </message>
    <message>
        <source>&amp;Set status…</source>
        <translation>&amp;Встановити статус…</translation>
    </message>
    <message>
        <source>Record a new judgement for the selected cell</source>
        <translation>Записати нову оцінку для вибраної клітинки</translation>
    </message>
    <message>
        <source>&amp;Edit evidence…</source>
        <translation>&amp;Змінити доказ…</translation>
    </message>
    <message>
        <source>&amp;Archive evidence</source>
        <translation>&amp;Архівувати доказ</translation>
    </message>
    <message>
        <source>Open source &amp;link</source>
        <translation>Відкрити &amp;посилання на джерело</translation>
    </message>
    <message>
        <source>&amp;Search evidence</source>
        <translation>&amp;Шукати в доказах</translation>
    </message>
    <message>
        <source>Search the evidence (full text)</source>
        <translation>Пошук у доказах (за повним текстом)</translation>
    </message>
    <message>
        <source>&amp;Go to country…</source>
        <translation>Пере&amp;йти до країни…</translation>
    </message>
    <message>
        <source>Jump to a country in the matrix by name or code</source>
        <translation>Перейти до країни в матриці за назвою або кодом</translation>
    </message>
    <message>
        <source>Show the tracker as it stood on a date</source>
        <translation>Показати трекер таким, яким він був на певну дату</translation>
    </message>
    <message>
        <source>Show one group of countries</source>
        <translation>Показати одну групу країн</translation>
    </message>
    <message>
        <source>Highlight &amp;changes since…</source>
        <translation>&amp;Виділити зміни від дати…</translation>
    </message>
    <message>
        <source>Outline cells whose status changed since a date</source>
        <translation>Обвести клітинки, статус яких змінився від певної дати</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>Export the scorecard, assessments, history or evidence</source>
        <translation>Експортувати таблицю оцінок, статуси, історію або докази</translation>
    </message>
    <message>
        <source>&amp;New tracker…</source>
        <translation>&amp;Новий трекер…</translation>
    </message>
    <message>
        <source>&amp;Open tracker…</source>
        <translation>&amp;Відкрити трекер…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Зберегти &amp;копію…</translation>
    </message>
    <message>
        <source>Chec&amp;k and repair tracker…</source>
        <translation>&amp;Перевірити й виправити трекер…</translation>
    </message>
    <message>
        <source>Check the tracker file for damage and repair what can be repaired</source>
        <translation>Перевірити файл трекера на пошкодження й виправити те, що можна</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Відновити з &amp;резервної копії…</translation>
    </message>
    <message>
        <source>Replace the tracker with one of its automatic backups (the current state is backed up first)</source>
        <translation>Замінити трекер однією з його автоматичних резервних копій (спершу зберігається копія поточного стану)</translation>
    </message>
    <message>
        <source>&amp;Import evidence…</source>
        <translation>&amp;Імпортувати докази…</translation>
    </message>
    <message>
        <source>Bring in evidence kept in a spreadsheet (CSV or Excel)</source>
        <translation>Перенести докази з електронної таблиці (CSV або Excel)</translation>
    </message>
    <message>
        <source>&amp;As-of date</source>
        <translation>&amp;Стан на дату</translation>
    </message>
    <message>
        <source>Gr&amp;oup filter</source>
        <translation>&amp;Фільтр груп</translation>
    </message>
    <message>
        <source>S&amp;hare tracker…</source>
        <translation>Поді&amp;литися трекером…</translation>
    </message>
    <message>
        <source>Share this tracker with your coalition through a shared folder</source>
        <translation>Поділитися цим трекером із коаліцією через спільну папку</translation>
    </message>
    <message>
        <source>&amp;Join a shared tracker…</source>
        <translation>При&amp;єднатися до спільного трекера…</translation>
    </message>
    <message>
        <source>Ask to join a coalition&apos;s shared tracker, then make your copy of it</source>
        <translation>Попросити приєднання до спільного трекера коаліції, потім створити свою копію</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Send your changes to the shared folder and take everyone else&apos;s</source>
        <translation>Надіслати свої зміни до спільної папки й отримати зміни інших</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Учасники…</translation>
    </message>
    <message>
        <source>Who shares this tracker, when each last synced; add or remove members</source>
        <translation>Хто користується цим трекером і коли кожен востаннє синхронізувався; додати або вилучити учасників</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>К&amp;онфлікти…</translation>
    </message>
    <message>
        <source>Changes made on two copies without seeing each other: keep or swap them</source>
        <translation>Зміни, зроблені у двох копіях без відома одна про одну: залишити чи замінити їх</translation>
    </message>
    <message>
        <source>Impor&amp;t codebook…</source>
        <translation>Імпортувати ко&amp;дову книгу…</translation>
    </message>
    <message>
        <source>Give a blank tracker its recommendations and status scale from a codebook (JSON) or a CSV of recommendations</source>
        <translation>Завантажити в порожній трекер рекомендації та шкалу статусів із кодової книги (JSON) або CSV-файлу рекомендацій</translation>
    </message>
    <message>
        <source>Export co&amp;debook…</source>
        <translation>Експортувати кодову кни&amp;гу…</translation>
    </message>
    <message>
        <source>Save this tracker&apos;s codebook as a JSON file another tracker can start from (init --codebook)</source>
        <translation>Зберегти кодову книгу цього трекера як JSON-файл, з якого може початися інший трекер (init --codebook)</translation>
    </message>
    <message>
        <source>Countries and &amp;groups…</source>
        <translation>Країни й &amp;групи…</translation>
    </message>
    <message>
        <source>Add, archive and restore countries; create, rename and delete groups and choose their members</source>
        <translation>Додавати, архівувати й відновлювати країни; створювати, перейменовувати й видаляти групи та вибирати їхніх учасників</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Кодова книга…</translation>
    </message>
    <message>
        <source>Edit the recommendations, the status scale, the grades and the tracker&apos;s title, source and settings</source>
        <translation>Змінити рекомендації, шкалу статусів, оцінки, а також назву, джерело й налаштування трекера</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Нала&amp;штування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Матриця</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Докази</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>Оцінки &amp;країн</translation>
    </message>
    <message>
        <source>Cell &amp;details</source>
        <translation>&amp;Подробиці клітинки</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>Every change ever made, newest first</source>
        <translation>Усі зроблені зміни, спершу найновіші</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>П&amp;еревірка</translation>
    </message>
    <message>
        <source>Proposed statuses waiting for review, and those returned to you</source>
        <translation>Запропоновані статуси, що чекають на перевірку, і ті, що повернуто вам</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <source>How to use Policy Tracker (works offline)</source>
        <translation>Як користуватися Policy Tracker (працює без інтернету)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, searchable</source>
        <translation>Усі комбінації клавіш, з пошуком</translation>
    </message>
    <message>
        <source>&amp;About Policy Tracker</source>
        <translation>П&amp;ро Policy Tracker</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Додати учасника</translation>
    </message>
    <message>
        <source>Paste the newcomer&apos;s join code, or choose the join file they sent you.</source>
        <translation>Вставте код приєднання нового учасника або виберіть файл приєднання, який він вам надіслав.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Код приєднання</translation>
    </message>
    <message>
        <source>Choose join &amp;file…</source>
        <translation>Вибрати &amp;файл приєднання…</translation>
    </message>
    <message>
        <source>Choose the join file</source>
        <translation>Вибрати файл приєднання</translation>
    </message>
    <message>
        <source>Who the code names</source>
        <translation>Кого називає код</translation>
    </message>
    <message>
        <source>I compared this fingerprint with them by another channel</source>
        <translation>Я звірив цей відбиток із ним іншим каналом</translation>
    </message>
    <message>
        <source>Fingerprint compared</source>
        <translation>Відбиток звірено</translation>
    </message>
    <message>
        <source>Make them a coordinator too (they can add and remove members)</source>
        <translation>Зробити його також координатором (зможе додавати й вилучати учасників)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Join files (*.ptjoin);;All files (*)</source>
        <translation>Файли приєднання (*.ptjoin);;Усі файли (*)</translation>
    </message>
    <message>
        <source>The name and fingerprint in the code appear here.</source>
        <translation>Тут з’являться ім’я та відбиток із коду.</translation>
    </message>
    <message>
        <source>Name: %1
Fingerprint: %2
Ask them to read their fingerprint to you and compare it, letter by letter.</source>
        <translation>Ім’я: %1
Відбиток: %2
Попросіть його прочитати вам свій відбиток і звірте його літера за літерою.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open tracker</source>
        <translation>Не вдається відкрити трекер</translation>
    </message>
    <message>
        <source>The default tracker will be opened instead.</source>
        <translation>Натомість буде відкрито типовий трекер.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Another program is writing to this tracker; trying again…</source>
        <extracomment>While another program holds the write lock, the window tries again for this long in all. How long SQLite itself waits for the lock on each try: the longest the window stops responding. The pause between tries, during which the window repaints (typing and clicks wait until the end). What the status bar says while the window waits for the lock.</extracomment>
        <translation>Інша програма записує в цей трекер; пробуємо ще раз…</translation>
    </message>
    <message>
        <source>Could not save; your entries are kept. Try again.</source>
        <extracomment>What a form says when a save still failed: what was typed stays in the form.</extracomment>
        <translation>Не вдалося зберегти; введене збережено. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Could not undo “%1”; nothing changed. Try again.</source>
        <translation>Не вдалося скасувати «%1»; нічого не змінилося. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Could not redo “%1”; nothing changed. Try again.</source>
        <translation>Не вдалося повторити «%1»; нічого не змінилося. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Не вдається скасувати</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Не вдається повторити</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>Нічого змінювати: %1</translation>
    </message>
    <message>
        <source>the tracker file or its folder is read-only</source>
        <extracomment>SQLite&apos;s primary result codes a user can do something about, and what to tell them.</extracomment>
        <translation>файл трекера або його папка доступні лише для читання</translation>
    </message>
    <message>
        <source>the disk could not be written to</source>
        <translation>не вдалося записати на диск</translation>
    </message>
    <message>
        <source>the tracker file is damaged (File › Check and repair tracker… can say more)</source>
        <translation>файл трекера пошкоджено (Файл › Перевірити й виправити трекер… розповість більше)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнений</translation>
    </message>
    <message>
        <source>the tracker file could not be opened</source>
        <translation>не вдалося відкрити файл трекера</translation>
    </message>
    <message>
        <source>Could not save: %1; your entries are kept.</source>
        <translation>Не вдалося зберегти: %1; введене збережено.</translation>
    </message>
    <message>
        <source> Details were saved to %1.</source>
        <translation> Подробиці збережено в %1.</translation>
    </message>
    <message>
        <source>The tracker could not be read or changed: %1; your entries are kept.</source>
        <translation>Не вдалося прочитати або змінити трекер: %1; введене збережено.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1); what you were doing may not have finished.</source>
        <translation>Сталася неочікувана помилка (%1); те, що ви робили, могло не завершитися.</translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>Past as-of date</source>
        <translation>Дата в минулому</translation>
    </message>
    <message>
        <source>Past date</source>
        <translation>Минула дата</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Показана дата</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Повернутися до сьогодні</translation>
    </message>
    <message>
        <source>Show the tracker as it stands today</source>
        <translation>Показати трекер у сьогоднішньому стані</translation>
    </message>
    <message>
        <source>Showing the tracker as of %1, not today</source>
        <translation>Трекер показано станом на %1, а не на сьогодні</translation>
    </message>
    <message>
        <source>Showing the tracker as it will stand on %1, not today</source>
        <translation>Трекер показано таким, яким він буде %1, а не сьогоднішнім</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing the tracker as of %1&lt;/b&gt; — not today. Statuses and scores are those in force on that date.</source>
        <translation>&lt;b&gt;Трекер показано станом на %1&lt;/b&gt; — не на сьогодні. Статуси й бали — чинні на цю дату.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing the tracker as it will stand on %1&lt;/b&gt; — not today. Statuses and scores are those in force on that date.</source>
        <translation>&lt;b&gt;Трекер показано таким, яким він буде %1&lt;/b&gt; — не сьогоднішнім. Статуси й бали — чинні на цю дату.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the date&apos;s format (Qt&apos;s QDate::toString)</comment>
        <translation>d MMMM yyyy &apos;р.&apos;</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Save attachment as</source>
        <extracomment>The message boxes&apos; titles (English sources, translated by :func:`_tr` where shown).</extracomment>
        <translation>Зберегти вкладений файл як</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Відкрити вкладений файл</translation>
    </message>
    <message>
        <source>This evidence has no attached file.</source>
        <translation>До цього доказу не додано файл.</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Файли %1 (*.%2);;Усі файли (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 is a program or script, so it is not opened from the tracker; use Save attachment as… and check it before running it.</source>
        <translation>%1 — програма або скрипт, тому з трекера його не відкрити; скористайтеся «Зберегти вкладений файл як…» і перевірте його, перш ніж запускати.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1; save it instead.</source>
        <translation>Жодна програма на цьому комп’ютері не відкриває %1; збережіть файл.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>daily</source>
        <extracomment>How the list names why a backup was taken (db.backup.KINDS and role()), in the interface&apos;s language.</extracomment>
        <translation>щоденна</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>зроблена вручну</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>перед імпортом</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>перед оновленням</translation>
    </message>
    <message>
        <source>before codebook change</source>
        <translation>перед зміною кодової книги</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>перед відновленням</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>щотижнева</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Зроблено</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Оцінки</translation>
    </message>
    <message>
        <source>weekly (%1)</source>
        <translation>щотижнева (%1)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читається</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Scores by recommendation</source>
        <extracomment>The language of the country names: outside English, names sort in its alphabet&apos;s order (і, ў, ł, ė in their places, not after z by code point), through each country&apos;s place in that order.</extracomment>
        <translation>Бали за рекомендаціями</translation>
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
        <translation>%1: вибране</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Нічого не вибрано</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Вибрано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>Вибрано: %Ln</numerusform>
            <numerusform>Вибрано: %Ln</numerusform>
            <numerusform>Вибрано: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Every row is checked. Nothing has been written yet.</source>
        <translation>Перевіряється кожен рядок. Поки що нічого не записано.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Знайдені проблеми</translation>
    </message>
    <message>
        <source>(duplicate)</source>
        <translation>(дублікат)</translation>
    </message>
    <message>
        <source>✓ The file can be imported. Press Import to write it.</source>
        <translation>✓ Файл можна імпортувати. Натисніть «Імпортувати», щоб записати його.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln problems: fix the file (or the column choices) and check again. Nothing will be written.</source>
        <translation>
            <numerusform>⚠ %Ln проблема: виправте файл (або вибір стовпців) і перевірте ще раз. Нічого не буде записано.</numerusform>
            <numerusform>⚠ %Ln проблеми: виправте файл (або вибір стовпців) і перевірте ще раз. Нічого не буде записано.</numerusform>
            <numerusform>⚠ %Ln проблем: виправте файл (або вибір стовпців) і перевірте ще раз. Нічого не буде записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled. Nothing was written.</source>
        <translation>Перевірку скасовано. Нічого не записано.</translation>
    </message>
</context>
<context>
    <name>CodebookCommands</name>
    <message>
        <source>Add recommendation</source>
        <extracomment>A command&apos;s name or message in the interface&apos;s language (QUndoCommand is no QObject: no ``self.tr``).</extracomment>
        <translation>Додати рекомендацію</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Змінити рекомендацію</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>Перемістити рекомендацію вище</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>Перемістити рекомендацію нижче</translation>
    </message>
    <message>
        <source>Archive recommendation</source>
        <translation>Архівувати рекомендацію</translation>
    </message>
    <message>
        <source>Restore recommendation</source>
        <translation>Відновити рекомендацію</translation>
    </message>
    <message>
        <source>the recommendation is already archived.</source>
        <translation>рекомендація вже в архіві.</translation>
    </message>
    <message>
        <source>the recommendation is not archived.</source>
        <translation>рекомендація не в архіві.</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Додати статус</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Змінити статус</translation>
    </message>
    <message>
        <source>Retire status</source>
        <translation>Вилучити статус</translation>
    </message>
    <message>
        <source>Change grades</source>
        <translation>Змінити підсумкові оцінки</translation>
    </message>
    <message>
        <source>Change tracker settings</source>
        <translation>Змінити налаштування трекера</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Видалити переклад</translation>
    </message>
    <message>
        <source>Translate codebook text</source>
        <translation>Перекласти текст кодової книги</translation>
    </message>
    <message>
        <source>the translation is already saved as it is.</source>
        <translation>переклад уже збережено саме таким.</translation>
    </message>
</context>
<context>
    <name>CodebookCounts</name>
    <message numerus="yes">
        <source>Changing this score re-scores every country (%Ln assessments use it). Change it?</source>
        <translation>
            <numerusform>Зміна цього бала перерахує бали всіх країн (його використовує %Ln оцінка). Змінити?</numerusform>
            <numerusform>Зміна цього бала перерахує бали всіх країн (його використовують %Ln оцінки). Змінити?</numerusform>
            <numerusform>Зміна цього бала перерахує бали всіх країн (його використовують %Ln оцінок). Змінити?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln made from English that has changed since</source>
        <translation>
            <numerusform>; %Ln переклад зроблено з англійського тексту, який відтоді змінився</numerusform>
            <numerusform>; %Ln переклади зроблено з англійського тексту, який відтоді змінився</numerusform>
            <numerusform>; %Ln перекладів зроблено з англійського тексту, який відтоді змінився</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <source>Status scale</source>
        <translation>Шкала статусів</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Підсумкові оцінки</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Трекер</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переклади</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Кодова книга</translation>
    </message>
    <message>
        <source>Codebook pages</source>
        <translation>Сторінки кодової книги</translation>
    </message>
    <message>
        <source>Apply saves a page&apos;s changes, recorded in the history; Ctrl+Z undoes each one.</source>
        <translation>«Застосувати» зберігає зміни сторінки й записує їх в історію; Ctrl+Z скасовує кожну з них.</translation>
    </message>
    <message>
        <source>How changes are saved</source>
        <translation>Як зберігаються зміни</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Apply the changes not yet applied (%1)?</source>
        <translation>Застосувати ще не застосовані зміни (%1)?</translation>
    </message>
</context>
<context>
    <name>CodebookPage</name>
    <message>
        <source>&amp;Apply</source>
        <extracomment>The page&apos;s name in English (its tab shows :meth:`page_title`, translated in context &quot;CodebookEditor&quot;).</extracomment>
        <translation>&amp;Застосувати</translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation>Застосувати зміни: %1</translation>
    </message>
    <message>
        <source>Save this page&apos;s changes (Ctrl+Z undoes them)</source>
        <translation>Зберегти зміни цієї сторінки (Ctrl+Z їх скасує)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ві&amp;дкинути</translation>
    </message>
    <message>
        <source>Revert %1 changes</source>
        <translation>Відкинути зміни: %1</translation>
    </message>
    <message>
        <source>Throw away what was typed here and show what is saved</source>
        <translation>Відкинути введене тут і показати збережене</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>red</source>
        <extracomment>Colours in words, by the hue they start below (translated where shown: context &quot;ColorNames&quot;).</extracomment>
        <translation>червоний</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>помаранчевий</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>жовтий</translation>
    </message>
    <message>
        <source>green</source>
        <translation>зелений</translation>
    </message>
    <message>
        <source>teal</source>
        <translation>бірюзовий</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>синій</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>фіолетовий</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>рожевий</translation>
    </message>
    <message>
        <source>dark red</source>
        <extracomment>The darker shade of each (said of a colour whose value is under half).</extracomment>
        <translation>темно-червоний</translation>
    </message>
    <message>
        <source>dark orange</source>
        <translation>темно-помаранчевий</translation>
    </message>
    <message>
        <source>dark yellow</source>
        <translation>темно-жовтий</translation>
    </message>
    <message>
        <source>dark green</source>
        <translation>темно-зелений</translation>
    </message>
    <message>
        <source>dark teal</source>
        <translation>темно-бірюзовий</translation>
    </message>
    <message>
        <source>dark blue</source>
        <translation>темно-синій</translation>
    </message>
    <message>
        <source>dark purple</source>
        <translation>темно-фіолетовий</translation>
    </message>
    <message>
        <source>dark pink</source>
        <translation>темно-рожевий</translation>
    </message>
    <message>
        <source>black</source>
        <translation>чорний</translation>
    </message>
    <message>
        <source>white</source>
        <translation>білий</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>сірий</translation>
    </message>
    <message>
        <source>dark grey</source>
        <translation>темно-сірий</translation>
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
        <translation>Рекомендація «%1»</translation>
    </message>
    <message>
        <source>Country “%1”</source>
        <translation>Країна «%1»</translation>
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
        <translation>Налаштування «%1»</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Proposed status of %1</source>
        <translation>Запропонований статус: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>%1 was changed on two copies, neither seeing the other&apos;s change.</source>
        <translation>%1: змінено у двох копіях без відома одна про одну.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Видалено (автор: %1)</translation>
    </message>
    <message>
        <source>Version by %1</source>
        <translation>Версія (автор: %1)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>(applies now)</source>
        <translation>(чинна зараз)</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>чинний з %1</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 (автор: %2), %3</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(поточний)</translation>
    </message>
    <message>
        <source>Applies now</source>
        <translation>Чинна зараз</translation>
    </message>
    <message>
        <source>“Keep the applied version” keeps the record as it is; “Use this version” puts the selected version in its place. Either way every version stays in the history.</source>
        <translation>«Залишити чинну версію» — запис лишається як є; «Використати цю версію» — на його місце стає вибрана версія. В обох випадках усі версії лишаються в історії.</translation>
    </message>
    <message>
        <source>%1: statuses set on two copies without seeing each other.</source>
        <translation>%1: статуси встановлено у двох копіях без відома одна про одну.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Поточний</translation>
    </message>
    <message>
        <source>“Keep the current status” keeps the cell as it is; “Use this judgement” makes the selected one current. Either way every judgement stays in the history.</source>
        <translation>«Залишити поточний статус» — клітинка лишається як є; «Використати цю оцінку» — поточною стає вибрана. В обох випадках усі оцінки лишаються в історії.</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Клітинка %1</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Conflict</source>
        <translation>Конфлікт</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Хто змінив</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Що відрізняється</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Чинна</translation>
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
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Клітинки</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Тип джерела</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Дата звернення</translation>
    </message>
    <message>
        <source>Archived copy</source>
        <translation>Архівна копія</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Вкладений файл</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Вказівки</translation>
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
        <translation>Колір</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
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
        <translation>Чинний з</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <source>Changes made on two copies of this shared tracker without either seeing the other: records edited on both, and cells whose status was set on both. One version applies already; choose whether it stays.</source>
        <translation>Зміни, зроблені у двох копіях цього спільного трекера без відома одна про одну: записи, змінені в обох, і клітинки, статус яких встановлено в обох. Одна версія вже чинна; вирішіть, чи залишити її.</translation>
    </message>
    <message>
        <source>About conflicts</source>
        <translation>Про конфлікти</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Нічого розглядати</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Невирішені конфлікти</translation>
    </message>
    <message>
        <source>Each conflict, and under it the versions or judgements it is made of; the one that applies is marked.</source>
        <translation>Кожен конфлікт, а під ним — його версії або оцінки; чинну позначено.</translation>
    </message>
    <message>
        <source>The selected conflict</source>
        <translation>Вибраний конфлікт</translation>
    </message>
    <message>
        <source>&amp;Keep the applied version</source>
        <translation>&amp;Залишити чинну версію</translation>
    </message>
    <message>
        <source>Keep the applied version</source>
        <translation>Залишити чинну версію</translation>
    </message>
    <message>
        <source>The record stays as it is and leaves this list</source>
        <translation>Запис лишається як є і зникає з цього списку</translation>
    </message>
    <message>
        <source>&amp;Use this version</source>
        <translation>&amp;Використати цю версію</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation>Використати цю версію</translation>
    </message>
    <message>
        <source>The selected version replaces the one that applies</source>
        <translation>Вибрана версія замінює чинну</translation>
    </message>
    <message>
        <source>K&amp;eep the current status</source>
        <translation>За&amp;лишити поточний статус</translation>
    </message>
    <message>
        <source>Keep the current status</source>
        <translation>Залишити поточний статус</translation>
    </message>
    <message>
        <source>The cell keeps its status and loses its ⚠ mark</source>
        <translation>Клітинка зберігає свій статус, а знак ⚠ зникає</translation>
    </message>
    <message>
        <source>U&amp;se this judgement</source>
        <translation>Використати цю &amp;оцінку</translation>
    </message>
    <message>
        <source>Use this judgement</source>
        <translation>Використати цю оцінку</translation>
    </message>
    <message>
        <source>The selected judgement becomes the cell&apos;s status</source>
        <translation>Вибрана оцінка стає статусом клітинки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts.</source>
        <translation>Нічого розглядати: конфліктів немає.</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts. This tracker has not synced yet.</source>
        <translation>Нічого розглядати: конфліктів немає. Цей трекер ще не синхронізувався.</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts. The last sync ran %1.</source>
        <translation>Нічого розглядати: конфліктів немає. Остання синхронізація: %1.</translation>
    </message>
    <message>
        <source>Select another version under the conflict to use it instead</source>
        <translation>Щоб використати іншу версію, виберіть її під конфліктом</translation>
    </message>
    <message>
        <source>Select another judgement under the cell to use it</source>
        <translation>Щоб використати іншу оцінку, виберіть її під клітинкою</translation>
    </message>
    <message>
        <source>Another program kept the tracker busy; nothing changed. Try again in a moment.</source>
        <translation>Інша програма займала трекер; нічого не змінилося. Спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <source>Conflict settled; every version stays in the history.</source>
        <translation>Конфлікт вирішено; усі версії лишаються в історії.</translation>
    </message>
</context>
<context>
    <name>CountriesEditor</name>
    <message>
        <source>%1 — archived</source>
        <extracomment>How many ISO matches the &quot;Add country&quot; list shows at most (the best first).</extracomment>
        <translation>%1 — в архіві</translation>
    </message>
    <message>
        <source>Countries and groups</source>
        <translation>Країни й групи</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Фільтр за назвою або кодом</translation>
    </message>
    <message>
        <source>Filter tracked countries</source>
        <translation>Фільтр відстежуваних країн</translation>
    </message>
    <message>
        <source>Tracked countries</source>
        <translation>Відстежувані країни</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архівувати</translation>
    </message>
    <message>
        <source>Archive country</source>
        <translation>Архівувати країну</translation>
    </message>
    <message>
        <source>Leave the matrix, scores and ranks; the country&apos;s evidence and history stay</source>
        <translation>Прибрати з матриці, балів і рейтингу; докази та історія країни залишаються</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Restore country</source>
        <translation>Відновити країну</translation>
    </message>
    <message>
        <source>Bring an archived country back into the matrix</source>
        <translation>Повернути архівовану країну в матрицю</translation>
    </message>
    <message>
        <source>Countries tracked</source>
        <translation>Кількість відстежуваних країн</translation>
    </message>
    <message>
        <source>Type a name or ISO code, e.g. ukr or UA</source>
        <translation>Введіть назву або код ISO, напр. ukr або UA</translation>
    </message>
    <message>
        <source>A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian, or an ISO code</source>
        <translation>Назва англійською, білоруською, українською, російською, польською чи литовською мовою або код ISO</translation>
    </message>
    <message>
        <source>Country to add, name or code</source>
        <translation>Країна, яку додати: назва або код</translation>
    </message>
    <message>
        <source>ISO countries not yet tracked</source>
        <translation>Країни ISO, які ще не відстежуються</translation>
    </message>
    <message>
        <source>A&amp;dd country</source>
        <translation>До&amp;дати країну</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Додати країну</translation>
    </message>
    <message>
        <source>Add country matches</source>
        <translation>Знайдені країни для додавання</translation>
    </message>
    <message>
        <source>Add &amp;country (any ISO 3166 country):</source>
        <translation>Додати &amp;країну (будь-яку країну ISO 3166):</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Країни</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Назва групи</translation>
    </message>
    <message>
        <source>A name, e.g. Nordic countries</source>
        <translation>Назва, напр. Північні країни</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Назва групи:</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>Н&amp;ова група</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Нова група</translation>
    </message>
    <message>
        <source>Create a group with the name typed (its members ticked next)</source>
        <translation>Створити групу з введеною назвою (далі позначте її учасників)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Пере&amp;йменувати</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Перейменувати групу</translation>
    </message>
    <message>
        <source>Give the chosen group the name typed</source>
        <translation>Дати вибраній групі введену назву</translation>
    </message>
    <message>
        <source>De&amp;lete group</source>
        <translation>В&amp;идалити групу</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Видалити групу</translation>
    </message>
    <message>
        <source>Remove the group; its countries and evidence stay (Ctrl+Z brings it back)</source>
        <translation>Видалити групу; її країни й докази залишаються (Ctrl+Z поверне її)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Фільтр країн…</translation>
    </message>
    <message>
        <source>&amp;Members (tick the countries in the chosen group):</source>
        <translation>&amp;Учасники (позначте країни вибраної групи):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Each change is saved at once and is in the history; Ctrl+Z undoes it.</source>
        <translation>Кожна зміна зберігається одразу й потрапляє в історію; Ctrl+Z її скасовує.</translation>
    </message>
    <message>
        <source>How changes are saved</source>
        <translation>Як зберігаються зміни</translation>
    </message>
    <message>
        <source>%1 tracked, %2 archived</source>
        <translation>Відстежується: %1, в архіві: %2</translation>
    </message>
    <message>
        <source>%1 tracked</source>
        <translation>Відстежується: %1</translation>
    </message>
    <message>
        <source>Type part of a name or a code to find a country.</source>
        <translation>Введіть частину назви або код, щоб знайти країну.</translation>
    </message>
    <message>
        <source> — archived here, adding restores it</source>
        <translation> — тут в архіві, додавання її відновить</translation>
    </message>
    <message>
        <source>“%1” is already tracked.</source>
        <translation>«%1» уже відстежується.</translation>
    </message>
    <message>
        <source>No ISO country matches “%1”.</source>
        <translation>Жодна країна ISO не відповідає «%1».</translation>
    </message>
    <message>
        <source>Added %1; Ctrl+Z undoes it.</source>
        <translation>Додано: %1; Ctrl+Z скасує це.</translation>
    </message>
    <message>
        <source>Deleted the group %1; Ctrl+Z brings it back.</source>
        <translation>Групу %1 видалено; Ctrl+Z її поверне.</translation>
    </message>
</context>
<context>
    <name>CountryCard</name>
    <message>
        <source>Country scorecard</source>
        <translation>Оцінки країни</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Score, grade, rank and coverage</source>
        <translation>Бал, оцінка, місце й охоплення</translation>
    </message>
    <message>
        <source>Change since the comparison date</source>
        <translation>Зміна від дати порівняння</translation>
    </message>
    <message>
        <source>Evidence behind each status</source>
        <translation>Докази для кожного статусу</translation>
    </message>
    <message>
        <source>Recommendation / evidence</source>
        <translation>Рекомендація / доказ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Report for this country…</source>
        <translation>Звіт щодо цієї країни…</translation>
    </message>
    <message>
        <source>Report for this country</source>
        <translation>Звіт щодо цієї країни</translation>
    </message>
    <message>
        <source>Choose a country in the ranking</source>
        <translation>Виберіть країну в рейтингу</translation>
    </message>
    <message>
        <source>grade &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>оцінка &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ranked %1 of %2</source>
        <comment>3rd of 37</comment>
        <translation>місце %1 з %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>станом на %1</translation>
    </message>
    <message>
        <source>first scored</source>
        <translation>уперше отримала бал</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (було %1)</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Від %1: %2</translation>
    </message>
    <message>
        <source>Since %1: no score to compare</source>
        <translation>Від %1: немає бала для порівняння</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Ще не оцінено.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Чому: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Немає посилання</translation>
    </message>
</context>
<context>
    <name>CountryCounts</name>
    <message>
        <source>1 country matches: Enter adds it.</source>
        <translation>Відповідає 1 країна: Enter додасть її.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries match: Enter adds the highlighted one.</source>
        <translation>
            <numerusform>Відповідає %Ln країна: Enter додасть виділену.</numerusform>
            <numerusform>Відповідають %Ln країни: Enter додасть виділену.</numerusform>
            <numerusform>Відповідають %Ln країн: Enter додасть виділену.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln країна</numerusform>
            <numerusform>%Ln країни</numerusform>
            <numerusform>%Ln країн</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>No backup was made today: %1</source>
        <extracomment>The backup made (a Path), or None when one was already made today. Why no backup could be made: one sentence.</extracomment>
        <translation>Сьогодні резервну копію не створено: %1</translation>
    </message>
</context>
<context>
    <name>DataAttachments</name>
    <message>
        <source>{name} is a folder, not a file; attach a file inside it.</source>
        <extracomment>Largest attachment stored in a tracker; larger files belong on a server. Bytes read (or streamed out of the tracker) at a time. Changed attachments named one by one in a check&apos;s message; the rest are counted. Private copies opened from the app are removed after this long (the next time one is opened).</extracomment>
        <translation>{name} — тека, а не файл; додайте файл із неї.</translation>
    </message>
    <message>
        <source>{name} is a pipe, not a file; attach a regular file.</source>
        <translation>{name} — канал, а не файл; додайте звичайний файл.</translation>
    </message>
    <message>
        <source>{name} is a device, not a file; attach a regular file.</source>
        <translation>{name} — пристрій, а не файл; додайте звичайний файл.</translation>
    </message>
    <message>
        <source>{name} is a socket, not a file; attach a regular file.</source>
        <translation>{name} — сокет, а не файл; додайте звичайний файл.</translation>
    </message>
    <message>
        <source>{name} is a link to another file; attach the file itself.</source>
        <translation>{name} — посилання на інший файл; додайте сам файл.</translation>
    </message>
    <message>
        <source>{name} is not a regular file; attach a regular file.</source>
        <translation>{name} — не звичайний файл; додайте звичайний файл.</translation>
    </message>
    <message>
        <source>{name} is too big to attach (over {size}); keep it elsewhere and link to it.</source>
        <translation>{name} завеликий, щоб його додати (понад {size}); зберігайте його деінде й дайте посилання.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}.</source>
        <translation>Не вдалося прочитати {name}: {problem}.</translation>
    </message>
    <message>
        <source>{target} does not exist.</source>
        <translation>{target} не існує.</translation>
    </message>
    <message>
        <source>{target} cannot be read: {problem}.</source>
        <translation>Не вдалося прочитати {target}: {problem}.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <extracomment>Names Windows reserves for devices, with or without an extension. Endings that a double-click runs as a program or script instead of showing.</extracomment>
        <translation>Немає доказу з uid {uid}.</translation>
    </message>
    <message>
        <source>The attached file {name} of the evidence “{evidence_title}” has changed since it was attached (its SHA-256 checksum does not match), so it was not taken out; a check of the tracker lists every changed file.</source>
        <translation>Доданий файл {name} доказу «{evidence_title}» змінився після додавання (його контрольна сума SHA-256 не збігається), тому його не видобуто; перевірка трекера перелічує всі змінені файли.</translation>
    </message>
    <message>
        <source>The evidence {uid} has no attached file.</source>
        <translation>Доказ {uid} не має доданого файлу.</translation>
    </message>
    <message>
        <source>{target} is a folder; give the name of the file to write.</source>
        <translation>{target} — тека; вкажіть ім’я файлу для запису.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Теки {folder} не існує.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name (or replace it with --force).</source>
        <translation>{target} уже існує; виберіть нове ім’я файлу (або замініть його з --force).</translation>
    </message>
    <message>
        <source>The attached file could not be written to {target}: {problem}.</source>
        <translation>Не вдалося записати доданий файл у {target}: {problem}.</translation>
    </message>
    <message>
        <source>A copy of {name} could not be written to open it: {problem}.</source>
        <translation>Не вдалося записати копію {name}, щоб її відкрити: {problem}.</translation>
    </message>
</context>
<context>
    <name>DataBackup</name>
    <message>
        <source>{target} is a folder; give the name of the copy to write.</source>
        <extracomment>The meta key of the tracker&apos;s identity, which names its backups&apos; folder. Ids derived from a tracker&apos;s creation (see :func:`tracker_id`) are UUID 5 in this namespace. Backups kept: the newest of each of the last KEEP_DAILY days that have one ... ... and the newest of each of the KEEP_WEEKLY ISO weeks before those. Every backup of the newest day is kept too (up to this many), so each import of a busy day keeps its own &quot;before import&quot; copy until a later day&apos;s backup takes over. Why a backup was taken (the word in its file name) and how the app names that. Path parts that mark a folder another program copies elsewhere (cloud sync), compared lower-case. File systems on another machine (Linux /proc/mounts names).</extracomment>
        <translation>{target} — тека; вкажіть ім’я копії для запису.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Теки {folder} не існує.</translation>
    </message>
    <message>
        <source>{target} is the open tracker itself; choose another name for the copy.</source>
        <translation>{target} — це сам відкритий трекер; виберіть інше ім’я для копії.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name.</source>
        <translation>{target} уже існує; виберіть нове ім’я файлу.</translation>
    </message>
    <message>
        <source>The copy could not be written to {target}: {reason}.</source>
        <translation>Не вдалося записати копію в {target}: {reason}.</translation>
    </message>
    <message>
        <source>{name} has no backups yet and cannot be given an id for them ({problem}).</source>
        <translation>{name} ще не має резервних копій, і йому не можна дати для них ідентифікатор ({problem}).</translation>
    </message>
    <message>
        <source>No backup was made: {reason}, and backups are kept only in a private folder (set POLICY_TRACKER_DATA_DIR to one).</source>
        <translation>Резервну копію не створено: {reason}, а резервні копії зберігаються лише в приватній теці (задайте таку в POLICY_TRACKER_DATA_DIR).</translation>
    </message>
    <message>
        <source>The backup folder {folder} could not be made: {problem}.</source>
        <translation>Не вдалося створити теку резервних копій {folder}: {problem}.</translation>
    </message>
    <message>
        <source>A tracker kept in memory has no backups.</source>
        <translation>Трекер, що зберігається в пам’яті, не має резервних копій.</translation>
    </message>
    <message>
        <source>No backup was made: {reason}.</source>
        <translation>Резервну копію не створено: {reason}.</translation>
    </message>
    <message>
        <source>No backup was made: it takes {size}, the disk that holds the backups has {free} free, and at least {floor} must stay free; free some space there, or keep the backups on a larger disk (POLICY_TRACKER_DATA_DIR).</source>
        <translation>Резервну копію не створено: вона займає {size}, на диску з резервними копіями вільно {free}, а вільними мають лишатися щонайменше {floor}; звільніть там місце або зберігайте резервні копії на більшому диску (POLICY_TRACKER_DATA_DIR).</translation>
    </message>
    <message>
        <source>Nothing was restored: there is no backup at {backup}.</source>
        <translation>Нічого не відновлено: за адресою {backup} немає резервної копії.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Нічого не відновлено: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup {name} is damaged ({result}).</source>
        <translation>Нічого не відновлено: резервну копію {name} пошкоджено ({result}).</translation>
    </message>
    <message>
        <source>Nothing was restored: there is no tracker at {target}.</source>
        <translation>Нічого не відновлено: за адресою {target} немає трекера.</translation>
    </message>
    <message>
        <source>Nothing was restored: that backup is the tracker itself.</source>
        <translation>Нічого не відновлено: ця резервна копія — сам трекер.</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} cannot be opened ({problem}).</source>
        <translation>Нічого не відновлено: не вдалося відкрити {target} ({problem}).</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} cannot be read ({problem}).</source>
        <translation>Нічого не відновлено: не вдалося прочитати {target} ({problem}).</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} is not a Policy Tracker file.</source>
        <translation>Нічого не відновлено: {target} — не файл Policy Tracker.</translation>
    </message>
    <message>
        <source>Nothing was restored: {name} is open in another program or window; close it there first.</source>
        <translation>Нічого не відновлено: {name} відкрито в іншій програмі або вікні; спершу закрийте його там.</translation>
    </message>
    <message>
        <source>Nothing was restored: {name} is being written by another program; try again when it is done.</source>
        <translation>Нічого не відновлено: у {name} записує інша програма; спробуйте ще раз, коли вона завершить.</translation>
    </message>
    <message>
        <source>Nothing was restored, because the tracker as it is now could not be backed up first: {reason}</source>
        <translation>Нічого не відновлено, бо спершу не вдалося створити резервну копію теперішнього трекера: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored, because the damaged tracker could not be kept first: {problem}.</source>
        <translation>Нічого не відновлено, бо спершу не вдалося зберегти пошкоджений трекер: {problem}.</translation>
    </message>
    <message>
        <source>Nothing was restored: the restored file could not be written ({reason}).</source>
        <translation>Нічого не відновлено: не вдалося записати відновлений файл ({reason}).</translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message numerus="yes">
        <source>Rebuilt the search index from the %n pieces of evidence and restored the triggers that keep it current.</source>
        <comment>Rebuilt the search index from the %n piece of evidence and restored the triggers that keep it current.</comment>
        <extracomment>Names of the temporary tables the search-index check builds (in the connection&apos;s own temp schema: nothing is written to the tracker file). The counts in check&apos;s sentences (Qt&apos;s plural forms; lupdate collects ``DataCheck.tr``).</extracomment>
        <translation>
            <numerusform>Пошуковий індекс перебудовано з %n доказу й відновлено тригери, які підтримують його актуальним.</numerusform>
            <numerusform>Пошуковий індекс перебудовано з %n доказів й відновлено тригери, які підтримують його актуальним.</numerusform>
            <numerusform>Пошуковий індекс перебудовано з %n доказів й відновлено тригери, які підтримують його актуальним.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is damaged: SQLite cannot read it ({error}).</source>
        <translation>Файл пошкоджено: SQLite не може його прочитати ({error}).</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite&apos;s integrity check failed ({details}).</source>
        <translation>Файл пошкоджено: перевірка цілісності SQLite не пройшла ({details}).</translation>
    </message>
    <message>
        <source>The links between records cannot be checked ({error}).</source>
        <translation>Неможливо перевірити зв’язки між записами ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>%n records point at records that do not exist (in {tables}); it cannot be repaired without guessing, so restore a copy or correct it by hand.</source>
        <comment>%n record points at a record that does not exist (in {tables}); it cannot be repaired without guessing, so restore a copy or correct it by hand.</comment>
        <translation>
            <numerusform>%n запис посилається на записи, яких немає (у {tables}); це не можна виправити без здогадок, тож відновіть копію або виправте вручну.</numerusform>
            <numerusform>%n записи посилаються на записи, яких немає (у {tables}); це не можна виправити без здогадок, тож відновіть копію або виправте вручну.</numerusform>
            <numerusform>%n записів посилаються на записи, яких немає (у {tables}); це не можна виправити без здогадок, тож відновіть копію або виправте вручну.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index does not match the evidence, so a search can miss evidence or find evidence that no longer says what was searched for.</source>
        <translation>Пошуковий індекс не відповідає доказам: пошук може пропустити докази або знайти докази, у яких уже немає того, що шукали.</translation>
    </message>
    <message>
        <source>The stored counts of evidence per cell and of records do not match the data ({details}), so the matrix and the status bar can show wrong numbers.</source>
        <translation>Збережені підрахунки доказів у клітинках і записів не відповідають даним ({details}), тому матриця й рядок стану можуть показувати хибні числа.</translation>
    </message>
    <message>
        <source>The stored current status of each cell does not match the assessments ({details}), so the matrix can show a wrong status.</source>
        <translation>Збережений поточний статус клітинок не відповідає оцінкам ({details}), тому матриця може показувати хибний статус.</translation>
    </message>
    <message>
        <source>The status scale cannot be read ({error}).</source>
        <translation>Неможливо прочитати шкалу статусів ({error}).</translation>
    </message>
    <message>
        <source>The status scale must have exactly one &apos;not assessed&apos; status; it has {count}.</source>
        <translation>У шкалі статусів має бути рівно один статус «не оцінено»; їх кількість: {count}.</translation>
    </message>
    <message>
        <source>The attached files cannot be checked ({error}).</source>
        <translation>Неможливо перевірити долучені файли ({error}).</translation>
    </message>
    <message>
        <source>The evidence&apos;s links cannot be checked ({error}).</source>
        <extracomment>How many links that break the address rules a check names before it only counts the rest.</extracomment>
        <translation>Неможливо перевірити посилання доказів ({error}).</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>; і ще {count}</translation>
    </message>
    <message>
        <source>Links that could open another site than they show must be corrected by hand: {links}{more}.</source>
        <translation>Посилання, які можуть відкрити інший сайт, ніж показують, треба виправити вручну: {links}{more}.</translation>
    </message>
    <message>
        <source>The problems found cannot be repaired automatically: {problems}.</source>
        <translation>Знайдені проблеми не можна виправити автоматично: {problems}.</translation>
    </message>
    <message>
        <source>Recounted the evidence per cell and the records, and restored the triggers that keep them current.</source>
        <translation>Докази в клітинках і записи перераховано й відновлено тригери, які підтримують підрахунки актуальними.</translation>
    </message>
    <message>
        <source>Recomputed each cell&apos;s current status and restored the triggers that keep it current.</source>
        <translation>Поточний статус кожної клітинки обчислено заново й відновлено тригери, які підтримують його актуальним.</translation>
    </message>
    <message>
        <source>The tracker was opened read-only, so it cannot be repaired.</source>
        <translation>Трекер відкрито лише для читання, тому його не можна виправити.</translation>
    </message>
    <message>
        <source>The repair failed, so nothing was changed: {error}.</source>
        <extracomment>Why a repair changed nothing.</extracomment>
        <translation>Виправлення не вдалося, тому нічого не змінено: {error}.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt, so nothing was changed: {error}.</source>
        <extracomment>The tables FTS5 keeps an index in (&quot;shadow tables&quot;); the content comes from the search view.</extracomment>
        <translation>Не вдалося перебудувати пошуковий індекс, тому нічого не змінено: {error}.</translation>
    </message>
</context>
<context>
    <name>DataCodebook</name>
    <message>
        <source>&apos;{field}&apos; must be a number from 0 to 1, such as 0.5.</source>
        <extracomment>Where a codebook text is kept, as in the ``translations`` table: (table, row key, field). ``(&quot;statuses&quot;, &quot;full&quot;, &quot;label&quot;)``, ``(&quot;meta&quot;, &quot;title&quot;, &quot;value&quot;)``, ``(&quot;groups&quot;, &quot;EU&quot;, &quot;name&quot;)``. Share of a country&apos;s recommendations that must be assessed before it gets a grade and a rank.</extracomment>
        <translation>«{field}» має бути числом від 0 до 1, наприклад 0.5.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be from 0 to 1 (a share of the recommendations); got {value!r}.</source>
        <translation>«{field}» має бути від 0 до 1 (частка рекомендацій); отримано {value!r}.</translation>
    </message>
    <message>
        <source>{path} is too large to be a codebook (more than {megabytes} MB).</source>
        <extracomment>Countries tracked once and archived since (an exported codebook keeps them for their groups and history). The texts&apos; translations, {language: text} by where each is kept. English stays in the fields above (exports, scripts and search read it there); only grade names, which have no column, keep &quot;en&quot; here. The language the translations were made from (&quot;en&quot; for the default codebook: the article is in English), and a note for readers; a report says a quotation&apos;s translation is one. A codebook is a few hundred KB at most; a bigger file is refused before it is read into memory.</extracomment>
        <translation>{path} завеликий для кодової книги (понад {megabytes} МБ).</translation>
    </message>
    <message>
        <source>There is no codebook file at {path}.</source>
        <translation>За адресою {path} немає файлу кодової книги.</translation>
    </message>
    <message>
        <source>{path} is not a valid JSON codebook: {problem}.</source>
        <translation>{path} — неправильна кодова книга JSON: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a valid codebook: its JSON is nested too deeply to read.</source>
        <translation>{path} — неправильна кодова книга: її JSON надто глибоко вкладений, щоб його прочитати.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}.</source>
        <translation>Не вдалося прочитати {path}: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a valid codebook: it is nested too deeply.</source>
        <translation>{path} — неправильна кодова книга: вона надто глибоко вкладена.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; is missing.</source>
        <translation>{where}: немає «{key}».</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a {kind}.</source>
        <translation>{where}: «{key}» має бути типу {kind}.</translation>
    </message>
    <message>
        <source>{where}: a codebook must be a JSON object.</source>
        <translation>{where}: кодова книга має бути об’єктом JSON.</translation>
    </message>
    <message>
        <source>{where}: &apos;title&apos; is missing.</source>
        <translation>{where}: немає «title».</translation>
    </message>
    <message>
        <source>{at} must be an object.</source>
        <translation>{at} має бути об’єктом.</translation>
    </message>
    <message>
        <source>{at}: the code &apos;{code}&apos; is used twice.</source>
        <translation>{at}: код «{code}» використано двічі.</translation>
    </message>
    <message>
        <source>{where}: exactly one status must have a null score (the &apos;not assessed&apos; status); found {found}.</source>
        <translation>{where}: рівно один статус має мати порожній бал (статус «Не оцінено»); знайдено: {found}.</translation>
    </message>
    <message>
        <source>{where}: two statuses have the same label.</source>
        <translation>{where}: два статуси мають однакову назву.</translation>
    </message>
    <message>
        <source>{where}: two statuses have the same {name} label {label!r}.</source>
        <translation>{where}: два статуси мають однакову назву ({name}) {label!r}.</translation>
    </message>
    <message>
        <source>{where}: &apos;grades&apos; must be a list of objects.</source>
        <translation>{where}: «grades» має бути списком об’єктів.</translation>
    </message>
    <message>
        <source>{where}: grade {i} must be an object.</source>
        <translation>{where}: оцінка {i} має бути об’єктом.</translation>
    </message>
    <message>
        <source>{where}: grade {i}: the grade &apos;{grade}&apos; is listed twice.</source>
        <translation>{where}: оцінка {i}: оцінку «{grade}» зазначено двічі.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a list of country codes.</source>
        <translation>{where}: «{key}» має бути списком кодів країн.</translation>
    </message>
    <message>
        <source>{where}: {c!r} is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>{where}: {c!r} — не код країни ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>{where}: {code} is listed both as a country and as an archived one.</source>
        <translation>{where}: {code} зазначено і як країну, і як країну в архіві.</translation>
    </message>
    <message>
        <source>{where}: &apos;groups&apos; must be an object of name: [codes].</source>
        <translation>{where}: «groups» має бути об’єктом вигляду назва: [коди].</translation>
    </message>
    <message>
        <source>{where}: group {name!r} must list country codes.</source>
        <translation>{where}: група {name!r} має перелічувати коди країн.</translation>
    </message>
    <message>
        <source>{where}: group {name!r} lists {m!r}, which is not among the codebook&apos;s countries.</source>
        <translation>{where}: група {name!r} перелічує {m!r}, а цієї країни немає серед країн кодової книги.</translation>
    </message>
    <message>
        <source>{where}: &apos;review_interval_days&apos; must be a whole number of days.</source>
        <translation>{where}: «review_interval_days» має бути цілим числом днів.</translation>
    </message>
    <message>
        <source>{where}: &apos;evidence&apos; must be a list of objects.</source>
        <translation>{where}: «evidence» має бути списком об’єктів.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}.{code}&apos; (the {name} text) must be non-empty text.</source>
        <translation>{where}: «{path}.{code}» (текст: {name}) має бути непорожнім текстом.</translation>
    </message>
    <message>
        <source>{where}: &apos;group_names&apos; must be an object of group: names.</source>
        <translation>{where}: «group_names» має бути об’єктом вигляду група: назви.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}&apos; names no group of the codebook.</source>
        <translation>{where}: «{path}» не називає жодної групи кодової книги.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}&apos; must be an object of translations.</source>
        <translation>{where}: «{path}» має бути об’єктом перекладів.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}.en&apos; must be the group&apos;s own name {group!r} (or be left out).</source>
        <translation>{where}: «{path}.en» має бути власною назвою групи {group!r} (або бути відсутнім).</translation>
    </message>
    <message>
        <source>{where}: &apos;translations&apos; must be an object.</source>
        <translation>{where}: «translations» має бути об’єктом.</translation>
    </message>
    <message>
        <source>{where}: &apos;translations.translated_from&apos; must be one of {known}; got {code!r}.</source>
        <translation>{where}: «translations.translated_from» має бути одним із: {known}; отримано {code!r}.</translation>
    </message>
    <message>
        <source>{where} must be true or false.</source>
        <translation>{where} має бути true або false.</translation>
    </message>
    <message>
        <source>There is no recommendation {code!r}.</source>
        <extracomment>The recommendation fields a person edits (its code is its stable identity; position is the order). The status fields a person edits (its code is stable, assessments refer to it). The tracker settings on the Tracker page, as kept in ``meta``. A review interval longer than this (ten years) is a typing slip, and would overflow date arithmetic if huge.</extracomment>
        <translation>Немає рекомендації {code!r}.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s {field!r} cannot be edited here.</source>
        <extracomment>Words a suggested code leaves out (&quot;Support for antiwar initiatives&quot; → support_antiwar_initiatives).</extracomment>
        <translation>Поле {field!r} рекомендації тут не можна змінити.</translation>
    </message>
    <message>
        <source>The new order must list every recommendation once; another program may have changed them.</source>
        <translation>Новий порядок має перелічувати кожну рекомендацію один раз; можливо, їх змінила інша програма.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>перша</translation>
    </message>
    <message>
        <source>last</source>
        <translation>остання</translation>
    </message>
    <message>
        <source>{title} is already {where}.</source>
        <translation>«{title}» уже {where} у списку.</translation>
    </message>
    <message>
        <source>{title} has {assessments} assessment(s) and {links} evidence link(s); archive it instead (its history stays).</source>
        <translation>«{title}» має оцінки ({assessments}) і зв’язки з доказами ({links}); натомість заархівуйте її (її історія залишиться).</translation>
    </message>
    <message>
        <source>There is no status {code!r}.</source>
        <translation>Немає статусу {code!r}.</translation>
    </message>
    <message>
        <source>Another status is labelled {label!r}.</source>
        <translation>Інший статус уже має назву {label!r}.</translation>
    </message>
    <message>
        <source>{label!r} is another status&apos;s code; choose another label.</source>
        <translation>{label!r} — код іншого статусу; виберіть іншу назву.</translation>
    </message>
    <message>
        <source>A status&apos;s {key!r} cannot be edited.</source>
        <translation>Поле {key!r} статусу не можна змінити.</translation>
    </message>
    <message>
        <source>A status with code {code!r} already exists.</source>
        <translation>Статус з кодом {code!r} уже існує.</translation>
    </message>
    <message>
        <source>Give the status a score from 0 to 100: the scale keeps exactly one “not assessed” status.</source>
        <translation>Дайте статусу бал від 0 до 100: у шкалі лишається рівно один статус «Не оцінено».</translation>
    </message>
    <message>
        <source>{label} is where every cell starts (not assessed): it has no score.</source>
        <translation>«{label}» — початковий стан кожної клітинки (не оцінено): він не має бала.</translation>
    </message>
    <message>
        <source>Give a score from 0 to 100: the scale keeps exactly one “not assessed” status.</source>
        <translation>Дайте бал від 0 до 100: у шкалі лишається рівно один статус «Не оцінено».</translation>
    </message>
    <message>
        <source>{label} is the “not assessed” status every cell starts at; the scale always keeps it.</source>
        <translation>«{label}» — статус «Не оцінено», з якого починається кожна клітинка; шкала завжди його зберігає.</translation>
    </message>
    <message>
        <source>{used} assessment(s) or review proposal(s) use {label}; it can be retired only when none does.</source>
        <translation>«{label}» використовується в оцінках або пропозиціях на перевірку ({used}); його можна вивести з ужитку, лише коли таких немає.</translation>
    </message>
    <message>
        <source>The review interval must be at most {limit:,} days.</source>
        <translation>Інтервал перевірки має бути не більшим за {limit:,} днів.</translation>
    </message>
    <message>
        <source>{key!r} is not a tracker setting.</source>
        <translation>{key!r} — не налаштування трекера.</translation>
    </message>
    <message>
        <source>Translations are made into {known}; {language!r} is not one of them.</source>
        <extracomment>Longest translation of each kind of text, as for its English (a label must fit a matrix legend).</extracomment>
        <translation>Переклади робляться на {known}; {language!r} серед них немає.</translation>
    </message>
    <message>
        <source>The codebook has no text {place} to translate.</source>
        <translation>У кодовій книзі немає тексту {place} для перекладу.</translation>
    </message>
    <message>
        <source>Another status is labelled {other_label!r} in {name}.</source>
        <translation>Інший статус уже має назву {other_label!r} ({name}).</translation>
    </message>
    <message>
        <source>Band {i} ({grade}) needs a minimum score from 0 to 100.</source>
        <extracomment>The longest grade name (a letter or a short word: it is shown in every scorecard row).</extracomment>
        <translation>Діапазону {i} ({grade}) потрібен мінімальний бал від 0 до 100.</translation>
    </message>
    <message>
        <source>The grade {grade!r} is listed twice.</source>
        <translation>Оцінку {grade!r} зазначено двічі.</translation>
    </message>
    <message>
        <source>{other} and {grade} both start at {score:g}: the bands overlap; give each its own minimum.</source>
        <translation>{other} і {grade} обидва починаються з {score:g}: діапазони перекриваються; дайте кожному свій мінімум.</translation>
    </message>
    <message>
        <source>Keep at least one grade band.</source>
        <translation>Залиште принаймні один діапазон оцінок.</translation>
    </message>
    <message>
        <source>The lowest band ({grade}) starts at {score:g}: scores below it would get no grade. Start it at 0.</source>
        <translation>Найнижчий діапазон ({grade}) починається з {score:g}: бали, нижчі за нього, не отримають оцінки. Почніть його з 0.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must not be empty.</source>
        <translation>«{field}» не може бути порожнім.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is longer than {limit:,} characters.</source>
        <translation>«{field}» довше за {limit:,} символів.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text or an object of translations such as {example}.</source>
        <translation>«{field}» має бути текстом або об’єктом перекладів, наприклад {example}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has a translation in an unknown language {code!r}; the languages are {known}.</source>
        <translation>«{field}» має переклад невідомою мовою {code!r}; мови: {known}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: the {language} text must be non-empty text.</source>
        <translation>«{field}»: текст ({language}) має бути непорожнім текстом.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: the {language} text is longer than {limit:,} characters.</source>
        <translation>«{field}»: текст ({language}) довший за {limit:,} символів.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has translations but no English text ({code}), which is required.</source>
        <translation>«{field}» має переклади, але не має англійського тексту ({code}), а він обов’язковий.</translation>
    </message>
</context>
<context>
    <name>DataCodebookExport</name>
    <message>
        <source>This tracker&apos;s codebook cannot be exported: {reason}</source>
        <translation>Кодову книгу цього трекера не можна експортувати: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the codebook file to write.</source>
        <translation>{path} — це папка; укажіть назву файлу кодової книги, який треба записати.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не існує.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name (or replace it with --force).</source>
        <translation>{path} уже існує; виберіть нову назву файлу (або замініть його з --force).</translation>
    </message>
    <message>
        <source>The codebook could not be written to {path}: {reason}.</source>
        <translation>Не вдалося записати кодову книгу в {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>DataField</name>
    <message>
        <source>title</source>
        <extracomment>The longest web address a file&apos;s cell may give. The fields users meet in forms, named in messages in the interface&apos;s language (English: the key with spaces).</extracomment>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адреса URL</translation>
    </message>
    <message>
        <source>archive url</source>
        <translation>адреса в архіві</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>дата події</translation>
    </message>
    <message>
        <source>accessed on</source>
        <translation>дата звернення</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>видавець</translation>
    </message>
    <message>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>тип джерела</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>обґрунтування</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>надійність</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>коментар</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>дата набуття чинності</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>дата стану</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендація</translation>
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
        <translation>назва групи</translation>
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
        <translation>інструкція</translation>
    </message>
    <message>
        <source>recommendation code</source>
        <translation>код рекомендації</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>color</source>
        <translation>колір</translation>
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
        <translation>мінімальний бал</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <source>review interval days</source>
        <translation>інтервал перевірки в днях</translation>
    </message>
    <message>
        <source>position</source>
        <translation>позиція</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>{path} was made by an older version of Policy Tracker and must be upgraded before it can be opened, but {blocked}; copy it to a folder you can write to and open the copy.</source>
        <extracomment>Why writing is refused (None: the tracker can be written): see :meth:`open`. A reading connection that may have created the -wal/-shm files: tidy them away on close.</extracomment>
        <translation>{path} створено старішою версією Policy Tracker, і його треба оновити, щоб відкрити, але {blocked}; скопіюйте його в теку, куди можна писати, і відкрийте копію.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Policy Tracker; open it once in the app or with a command that writes, so it can be upgraded.</source>
        <translation>{path} створено старішою версією Policy Tracker; відкрийте його один раз у програмі або командою, яка записує, щоб його можна було оновити.</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>його відкрито лише для читання</translation>
    </message>
    <message>
        <source>it cannot be written to</source>
        <translation>у нього не можна записувати</translation>
    </message>
    <message>
        <source>This tracker is read-only: {reason}.</source>
        <translation>Цей трекер лише для читання: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was saved, because {cause}.</source>
        <translation>Нічого не збережено, бо {cause}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} уже існує; виберіть нове ім’я файлу.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Теки {folder} не існує.</translation>
    </message>
    <message>
        <source>{path} could not be created, because {cause}.</source>
        <translation>Не вдалося створити {path}, бо {cause}.</translation>
    </message>
    <message>
        <source>{name} was made by an older version of Policy Tracker and must be upgraded before it can be opened, but {blocked}; copy it to a folder you can write to and open the copy.</source>
        <extracomment>Most memory SQLite keeps for pages of an open tracker, in KiB.</extracomment>
        <translation>{name} створено старішою версією Policy Tracker, і його треба оновити, щоб відкрити, але {blocked}; скопіюйте його в теку, куди можна писати, і відкрийте копію.</translation>
    </message>
    <message>
        <source>{name} was not upgraded, because a copy of it could not be kept first ({cause}); it is unchanged.</source>
        <translation>{name} не оновлено, бо спершу не вдалося зберегти його копію ({cause}); його не змінено.</translation>
    </message>
    <message>
        <source>{name} could not be upgraded to this version ({cause}); it was left as it was.</source>
        <translation>Не вдалося оновити {name} до цієї версії ({cause}); його залишено таким, як був.</translation>
    </message>
    <message>
        <source>There is no tracker at {path}.</source>
        <translation>За адресою {path} немає трекера.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a tracker file.</source>
        <translation>{path} — тека, а не файл трекера.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}.</source>
        <translation>Не вдалося прочитати {path}: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a Policy Tracker file (it is not an SQLite database).</source>
        <translation>{path} — не файл Policy Tracker (це не база даних SQLite).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {cause}.</source>
        <translation>Не вдалося відкрити {path}: {cause}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a Policy Tracker file.</source>
        <translation>{path} — база даних SQLite, але не файл Policy Tracker.</translation>
    </message>
    <message>
        <source>{path} is not a complete Policy Tracker file (its schema is missing).</source>
        <translation>{path} — не повний файл Policy Tracker (у ньому немає схеми).</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it (an import?). Try again when it has finished.</source>
        <translation>{path} зайнятий: інша програма записує в нього (імпорт?). Спробуйте ще раз, коли вона завершить.</translation>
    </message>
    <message>
        <source>{path} was left half-written by a program that stopped; it can be restored only where the file and its folder can be written to.</source>
        <translation>Програма, що зупинилася, залишила {path} недописаним; його можна відновити лише там, де у файл і його теку можна записувати.</translation>
    </message>
    <message>
        <source>{path} cannot be opened, because {cause}.</source>
        <translation>Не вдалося відкрити {path}, бо {cause}.</translation>
    </message>
    <message>
        <source>{path} is not a readable Policy Tracker file ({problem}).</source>
        <translation>{path} — не файл Policy Tracker, який можна прочитати ({problem}).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Policy Tracker; update the app to open it.</source>
        <translation>{path} записано новішою версією Policy Tracker; оновіть програму, щоб його відкрити.</translation>
    </message>
    <message>
        <source>its folder cannot be written to</source>
        <extracomment>Less free space than this (SQLite&apos;s -shm file alone takes 32 KiB) and a tracker is opened read-only. The ends of sentences (&quot;Nothing was saved, because ...&quot;), translatable (see :mod:`db.messages`).</extracomment>
        <translation>у його теку не можна записувати</translation>
    </message>
    <message>
        <source>the file cannot be written to</source>
        <translation>у файл не можна записувати</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнений</translation>
    </message>
    <message>
        <source>its path is too long for SQLite to open; move it to a folder with a shorter path</source>
        <translation>його шлях задовгий, щоб SQLite міг його відкрити; перенесіть його до теки з коротшим шляхом</translation>
    </message>
    <message>
        <source>Another program kept this tracker busy (it was writing to it) for too long, so nothing was changed; try again in a moment.</source>
        <extracomment>Statements that control transactions themselves: never committed behind the caller&apos;s back. Statements that write rows: outside a transaction they run inside their own ``BEGIN IMMEDIATE``. A write to the connection&apos;s own temp schema takes no lock on the file, so it needs no write lock. SQLite&apos;s primary result codes for &quot;another connection holds the lock&quot;.</extracomment>
        <translation>Інша програма надто довго тримала цей трекер зайнятим (записувала в нього), тому нічого не змінено; спробуйте ще раз за хвилину.</translation>
    </message>
</context>
<context>
    <name>DataHistory</name>
    <message>
        <source>title</source>
        <extracomment>An import&apos;s entries hold no copy of the evidence: a search finds them through the search index, among this many newest matching pieces of evidence at most. Entries a page read looks at, at most, before returning what it found so far. The second coder&apos;s review (db.review): its operations, and their undo steps, are of kind &quot;review&quot;. Tables that hold the codebook: any edit of them (adding, changing, retiring) is of kind &quot;codebook&quot;. The readable kind of an entry, derived from its table, action and operation (first match wins). The kinds, in the order a filter lists them. Fields that change with every edit and say nothing a reader needs. What a new record&apos;s entry shows of it (its whole copy is in the export). Tracker settings (``meta``) by the names the codebook editor gives them.</extracomment>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>review interval (days)</source>
        <translation>інтервал перевірки (дні)</translation>
    </message>
    <message>
        <source>minimum coverage for a grade</source>
        <translation>мінімальне охоплення для оцінки</translation>
    </message>
    <message>
        <source>status changes need review</source>
        <translation>зміни статусів потребують перевірки</translation>
    </message>
    <message>
        <source>accessed on</source>
        <extracomment>The fields a diff names, in the interface&apos;s language (English: the key, &quot;_code&quot; and &quot;_&quot; dropped).</extracomment>
        <translation>дата звернення</translation>
    </message>
    <message>
        <source>archive url</source>
        <translation>адреса в архіві</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>доданий файл</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>клітинки</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>color</source>
        <translation>колір</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>надійність</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>дата набуття чинності</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>дата події</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>назва групи</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>інструкція</translation>
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
        <translation>учасники</translation>
    </message>
    <message>
        <source>min score</source>
        <translation>мінімальний бал</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>position</source>
        <translation>позиція</translation>
    </message>
    <message>
        <source>proposed by</source>
        <translation>запропонував(ла)</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>видавець</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>обґрунтування</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендація</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>записав(ла)</translation>
    </message>
    <message>
        <source>review comment</source>
        <translation>коментар перевірки</translation>
    </message>
    <message>
        <source>reviewed by</source>
        <translation>перевірив(ла)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>бал</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>тип джерела</translation>
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
        <translation>текст</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адреса URL</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вага</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>What each review step did, and what its undo step undid.</extracomment>
        <translation>Запропоновано</translation>
    </message>
    <message>
        <source>Proposal undone</source>
        <translation>Пропозицію скасовано</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Затверджено</translation>
    </message>
    <message>
        <source>Approval undone</source>
        <translation>Затвердження скасовано</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Повернуто</translation>
    </message>
    <message>
        <source>Return undone</source>
        <translation>Повернення скасовано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>Withdrawal undone</source>
        <translation>Відкликання скасовано</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Подано знову</translation>
    </message>
    <message>
        <source>Resubmission undone</source>
        <translation>Повторне подання скасовано</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Fields a diff names first (what a reader looks for), the others following alphabetically. How much of one value a diff shows. How much of a whole diff a row shows.</extracomment>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>on</source>
        <translation>увімк.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вимк.</translation>
    </message>
    <message>
        <source>created by an import</source>
        <translation>створено імпортом</translation>
    </message>
    <message>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <source>removed ({fields})</source>
        <translation>вилучено ({fields})</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>вилучено</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>жодне поле не змінилося</translation>
    </message>
    <message>
        <source>Evidence: {title}</source>
        <translation>Доказ: {title}</translation>
    </message>
    <message>
        <source>Country: {name} ({code})</source>
        <translation>Країна: {name} ({code})</translation>
    </message>
    <message>
        <source>Recommendation {code}: {title}</source>
        <translation>Рекомендація {code}: {title}</translation>
    </message>
    <message>
        <source>Recommendation {code}</source>
        <translation>Рекомендація {code}</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Група: {name}</translation>
    </message>
    <message>
        <source>Tracker setting: {name}</source>
        <translation>Налаштування трекера: {name}</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Діапазони оцінок</translation>
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
        <translation>англійська</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>білоруська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>російська</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польська</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>литовська</translation>
    </message>
</context>
<context>
    <name>DataMerge</name>
    <message>
        <source>That version is not one of this record&apos;s conflicting versions any more.</source>
        <extracomment>The records whose versions a merge writes back, by the history&apos;s table name: (table, key column). Columns a version never sets: keys, and lineage (not content). Records whose versions conflict, (history table, key), and cells with conflicting judgements. The cells with conflicting judgements, and how many conflicts wait (kept in db.lineage: light to import).</extracomment>
        <translation>Ця версія вже не належить до конфліктних версій цього запису.</translation>
    </message>
    <message>
        <source>That version cannot be used: other records still need this one as it is.</source>
        <translation>Цю версію не можна застосувати: іншим записам потрібен цей запис таким, як він є.</translation>
    </message>
    <message>
        <source>This cell has no conflicting judgements any more.</source>
        <translation>У цій клітинці більше немає суперечливих оцінок.</translation>
    </message>
    <message>
        <source>That status is not one of this cell&apos;s conflicting judgements any more.</source>
        <translation>Цей статус уже не належить до суперечливих оцінок цієї клітинки.</translation>
    </message>
    <message>
        <source>This record has no conflicting versions any more.</source>
        <translation>Цей запис більше не має конфліктних версій.</translation>
    </message>
</context>
<context>
    <name>DataOperations</name>
    <message>
        <source>Unknown country {text!r}: it is not tracked here (use its ISO code or English name).</source>
        <extracomment>Turns a person&apos;s status edit into a review proposal when the tracker requires review, else returns None. Installed by :mod:`db.review`, which builds on this module (so this one cannot import it, even inside a function: tests/test_layering.py); ``db/__init__`` imports db.review, and importing db.ops imports the package first, so it is installed before any use. The operations that are a person&apos;s status edit (an import is not: it loads statuses as given). The tracker setting (meta key) saying status changes need review (db.review owns it; read here for corrections).</extracomment>
        <translation>Невідома країна {text!r}: її тут не відстежують (використовуйте її код ISO або англійську назву).</translation>
    </message>
    <message>
        <source>The country {code} is archived; restore it before adding to it.</source>
        <translation>Країна {code} в архіві; відновіть її, перш ніж щось додавати.</translation>
    </message>
    <message>
        <source>Unknown recommendation {text!r}.</source>
        <translation>Невідома рекомендація {text!r}.</translation>
    </message>
    <message>
        <source>The recommendation {code!r} is archived; restore it before adding to it.</source>
        <translation>Рекомендація {code!r} в архіві; відновіть її, перш ніж щось додавати.</translation>
    </message>
    <message>
        <source>Unknown status {text!r}; use one of: {codes}.</source>
        <translation>Невідомий статус {text!r}; виберіть один із: {codes}.</translation>
    </message>
    <message>
        <source>{label!r} is where every cell starts; choose a judgement instead.</source>
        <translation>{label!r} — початковий стан кожної клітинки; виберіть оцінку.</translation>
    </message>
    <message>
        <source>Unknown group {text!r}.</source>
        <translation>Невідома група {text!r}.</translation>
    </message>
    <message>
        <source>Choose at least one country or group.</source>
        <translation>Виберіть принаймні одну країну або групу.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Виберіть принаймні одну рекомендацію.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <translation>Немає доказу з uid {uid}.</translation>
    </message>
    <message>
        <source>Evidence has no field {key!r}.</source>
        <translation>У доказу немає поля {key!r}.</translation>
    </message>
    <message>
        <source>The event date is required (YYYY-MM-DD).</source>
        <translation>Дата події обов’язкова (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <extracomment>&quot;Not given&quot; for an argument where None means something (``attachment=None`` removes the attached file; leaving it out keeps it).</extracomment>
        <translation>Дайте доказу принаймні заголовок, адресу URL або нотатки.</translation>
    </message>
    <message>
        <source>A rationale was given without a status to set.</source>
        <translation>Обґрунтування подано, а статус не вибрано.</translation>
    </message>
    <message>
        <source>Evidence with uid {uid} already exists.</source>
        <translation>Доказ з uid {uid} уже існує.</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB.</source>
        <translation>{name} більший за {megabytes} МБ.</translation>
    </message>
    <message>
        <source>Evidence must stay linked to at least one cell.</source>
        <translation>Доказ має залишатися пов’язаним принаймні з однією клітинкою.</translation>
    </message>
    <message>
        <source>This evidence supports {cited} assessment(s); archive it instead of deleting it.</source>
        <translation>На цей доказ спираються оцінки ({cited}); заархівуйте його замість видалення.</translation>
    </message>
    <message>
        <source>An assessment with uid {uid} already exists.</source>
        <extracomment>An assessment&apos;s review columns (m005): in its history snapshot only once set (by an approval), so the snapshots of statuses recorded without review read as they always did.</extracomment>
        <translation>Оцінка з uid {uid} уже існує.</translation>
    </message>
    <message>
        <source>There is no assessment with uid {uid}.</source>
        <translation>Немає оцінки з uid {uid}.</translation>
    </message>
    <message>
        <source>While status changes need review, a status or its date is not corrected in place: set a new status instead, and another person will review it.</source>
        <translation>Поки зміни статусів потребують перевірки, статус або його дату не виправляють на місці: встановіть новий статус, і інша людина його перевірить.</translation>
    </message>
    <message>
        <source>There is no recommendation {code!r}.</source>
        <translation>Немає рекомендації {code!r}.</translation>
    </message>
    <message>
        <source>A recommendation with code {code!r} already exists.</source>
        <translation>Рекомендація з кодом {code!r} уже існує.</translation>
    </message>
    <message>
        <source>A recommendation titled {title!r} already exists.</source>
        <translation>Рекомендація із заголовком {title!r} уже існує.</translation>
    </message>
    <message>
        <source>A recommendation titled {key!r} already exists.</source>
        <translation>Рекомендація із заголовком {key!r} уже існує.</translation>
    </message>
    <message>
        <source>The position must be a whole number.</source>
        <translation>Позиція має бути цілим числом.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s {key!r} cannot be edited.</source>
        <translation>Поле {key!r} рекомендації не можна змінити.</translation>
    </message>
    <message>
        <source>There is no tracked country {code!r}.</source>
        <translation>Немає відстежуваної країни {code!r}.</translation>
    </message>
    <message>
        <source>{text!r} is not an ISO 3166-1 country code or name.</source>
        <translation>{text!r} — не код і не назва країни за ISO 3166-1.</translation>
    </message>
    <message>
        <source>{name} ({alpha2}) is already tracked.</source>
        <translation>{name} ({alpha2}) уже відстежується.</translation>
    </message>
    <message>
        <source>{name} ({code}) has evidence, assessments or groups; archive it instead.</source>
        <translation>{name} ({code}) має докази, оцінки або групи; заархівуйте її натомість.</translation>
    </message>
    <message>
        <source>A group named {clean_name!r} already exists.</source>
        <translation>Група з назвою {clean_name!r} уже існує.</translation>
    </message>
    <message>
        <source>There is no group {name!r}.</source>
        <translation>Немає групи {name!r}.</translation>
    </message>
    <message>
        <source>A group named {target!r} already exists.</source>
        <translation>Група з назвою {target!r} уже існує.</translation>
    </message>
    <message>
        <source>This tracker already has a codebook.</source>
        <translation>Цей трекер уже має кодову книгу.</translation>
    </message>
    <message>
        <source>Codebook evidence {i}: {message}</source>
        <translation>Доказ {i} з кодової книги: {message}</translation>
    </message>
</context>
<context>
    <name>DataReview</name>
    <message>
        <source>You proposed this change; another person must approve it.</source>
        <extracomment>The tracker setting (meta key): &apos;1&apos; = status changes need review; absent or &apos;0&apos; = off. Where a page of the queue starts: the (proposed_at, id) of the last row of the page before (id: the local rowid). How every output that counts pending proposals says so.</extracomment>
        <translation>Цю зміну запропонували ви; затвердити її має інша людина.</translation>
    </message>
    <message>
        <source>You proposed this change; withdraw it instead of returning it.</source>
        <translation>Цю зміну запропонували ви; відкличте її, а не повертайте.</translation>
    </message>
    <message>
        <source>proposed</source>
        <extracomment>A proposal&apos;s state as messages name it (English: the state itself).</extracomment>
        <translation>запропоновано</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>затверджено</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>повернуто</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <source>There is no proposal with uid {uid}.</source>
        <translation>Немає пропозиції з uid {uid}.</translation>
    </message>
    <message>
        <source>Unknown review state {state!r}; use one of: {states}, all.</source>
        <translation>Невідомий стан перевірки {state!r}; виберіть один із: {states}, all.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <translation>Немає доказу з uid {uid}.</translation>
    </message>
    <message>
        <source>A proposal or assessment with uid {uid} already exists.</source>
        <translation>Пропозиція або оцінка з uid {uid} уже існує.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not waiting for review: it cannot be {doing}.</source>
        <translation>Стан цієї пропозиції — «{state}», вона не чекає перевірки: її не можна позначити як «{doing}».</translation>
    </message>
    <message>
        <source>An assessment with uid {uid} already exists.</source>
        <translation>Оцінка з uid {uid} уже існує.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not approved: there is no approval to undo.</source>
        <translation>Стан цієї пропозиції — «{state}», а не «затверджено»: немає затвердження, яке можна скасувати.</translation>
    </message>
    <message>
        <source>Say why the proposal is returned: the proposer needs to know what to fix.</source>
        <translation>Напишіть, чому пропозицію повернуто: автор має знати, що виправити.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not returned: there is no return to undo.</source>
        <translation>Стан цієї пропозиції — «{state}», а не «повернуто»: немає повернення, яке можна скасувати.</translation>
    </message>
    <message>
        <source>This proposal has been revised since it was returned; review the revision.</source>
        <translation>Цю пропозицію доопрацьовано після повернення; перевірте нову версію.</translation>
    </message>
    <message>
        <source>Only {proposed_by}, who proposed this change, can withdraw it.</source>
        <translation>Відкликати цю зміну може лише {proposed_by}, хто її запропонував.</translation>
    </message>
    <message>
        <source>This proposal is {state}: only a pending or returned one is withdrawn.</source>
        <translation>Стан цієї пропозиції — «{state}»: відкликати можна лише ту, що чекає перевірки або повернута.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not withdrawn.</source>
        <translation>Стан цієї пропозиції — «{state}», а не «відкликано».</translation>
    </message>
    <message>
        <source>Only {proposed_by}, who proposed this change, can revise it.</source>
        <translation>Доопрацювати цю зміну може лише {proposed_by}, хто її запропонував.</translation>
    </message>
    <message>
        <source>This proposal is {state}: only a returned proposal is revised.</source>
        <translation>Стан цієї пропозиції — «{state}»: доопрацьовують лише повернуту пропозицію.</translation>
    </message>
    <message>
        <source>This proposal has already been revised.</source>
        <translation>Цю пропозицію вже доопрацьовано.</translation>
    </message>
    <message>
        <source>This proposal has been approved; undo the approval first.</source>
        <translation>Цю пропозицію затверджено; спершу скасуйте затвердження.</translation>
    </message>
    <message>
        <source>This proposal has been revised; remove the revision first.</source>
        <translation>Цю пропозицію доопрацьовано; спершу видаліть доопрацьовану версію.</translation>
    </message>
</context>
<context>
    <name>DataSearch</name>
    <message>
        <source>The search index is damaged, so words cannot be searched until it is rebuilt (File › Check and repair tracker, or policy-tracker check --repair).</source>
        <extracomment>What a search for words says when the index is damaged (the evidence list shows it in its count).</extracomment>
        <translation>Пошуковий індекс пошкоджено, тож слова не можна шукати, доки його не перебудують (Файл › Перевірити й виправити трекер, або policy-tracker check --repair).</translation>
    </message>
</context>
<context>
    <name>DataValidation</name>
    <message>
        <source>The {name} is required (YYYY-MM-DD).</source>
        <translation>Поле «{name}» обов’язкове (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{text!r} is not a date in the form YYYY-MM-DD ({field}).</source>
        <translation>{text!r} — не дата у форматі YYYY-MM-DD ({field}).</translation>
    </message>
    <message>
        <source>{text!r} is not a real calendar date ({field}).</source>
        <translation>{text!r} — такої дати в календарі немає ({field}).</translation>
    </message>
    <message>
        <source>The {field} is required (YYYY-MM-DD or YYYYMMDD).</source>
        <translation>Поле «{field}» обов’язкове (YYYY-MM-DD або YYYYMMDD).</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as YYYY-MM-DD or YYYYMMDD.</source>
        <translation>{text!r} — не дата: пишіть її як YYYY-MM-DD або YYYYMMDD.</translation>
    </message>
    <message>
        <source>{text!r} is not a real calendar date.</source>
        <translation>{text!r} — такої дати в календарі немає.</translation>
    </message>
    <message>
        <source>The {name} must be text.</source>
        <extracomment>Scripts that are written together (Japanese, Chinese and Korean mix Han, kana, Hangul and Latin). Cyrillic and Greek letters that look like Latin ones: a host of only these (аррӏе.com) passes for a Latin one.</extracomment>
        <translation>Поле «{name}» має бути текстом.</translation>
    </message>
    <message>
        <source>The {name} contains a NUL character.</source>
        <extracomment>An http(s) address of printable ASCII (no space or backslash) whose host is letters, digits, - _ and dots. Characters that end a host&apos;s label in IDNA (and so in Qt and browsers), besides &apos;.&apos;. Invisible characters that are not formatting characters (Unicode&apos;s Default_Ignorable_Code_Point outside category Cf): Hangul fillers, variation selectors, the combining grapheme joiner...</extracomment>
        <translation>Поле «{name}» містить символ NUL.</translation>
    </message>
    <message>
        <source>The {name} is longer than {limit:,} characters.</source>
        <translation>Поле «{name}» довше за {limit:,} символів.</translation>
    </message>
    <message>
        <source>The {name} contains a backslash (\): browsers read it as /, so the link could open another site than the one it shows. Write / instead.</source>
        <translation>Поле «{name}» містить зворотну скісну риску (\): браузери читають її як /, тож посилання може відкрити не той сайт, який показує. Пишіть /.</translation>
    </message>
    <message>
        <source>The {name} contains a space or line break; write a space as %20.</source>
        <translation>Поле «{name}» містить пробіл або розрив рядка; пишіть пробіл як %20.</translation>
    </message>
    <message>
        <source>The {name} contains a control character ({char}).</source>
        <translation>Поле «{name}» містить керівний символ ({char}).</translation>
    </message>
    <message>
        <source>The {name} contains an invisible character ({char}) that can hide where the link goes; retype the address.</source>
        <translation>Поле «{name}» містить невидимий символ ({char}), який може приховати, куди веде посилання; введіть адресу заново.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid web address ({problem}).</source>
        <translation>{text!r} — неправильна вебадреса ({problem}).</translation>
    </message>
    <message>
        <source>{text!r} is not a web address: the {name} must start with http:// or https://.</source>
        <translation>{text!r} — не вебадреса: поле «{name}» має починатися з http:// або https://.</translation>
    </message>
    <message>
        <source>The {name} has a user name or password before its host (the part up to @): remove it; such a link can show one site and open another.</source>
        <translation>У полі «{name}» перед хостом є ім’я користувача або пароль (частина до @): видаліть їх; таке посилання може показувати один сайт, а відкривати інший.</translation>
    </message>
    <message>
        <source>The {name}&apos;s host [{host}] is not a valid IPv6 address.</source>
        <translation>Хост [{host}] у полі «{name}» — неправильна адреса IPv6.</translation>
    </message>
    <message>
        <source>The {name} has an invalid port ({port}).</source>
        <translation>У полі «{name}» неправильний порт ({port}).</translation>
    </message>
    <message>
        <source>The {name}&apos;s host {host!r} is not a valid host name ({why}).</source>
        <translation>Хост {host!r} у полі «{name}» — неправильне ім’я хоста ({why}).</translation>
    </message>
    <message>
        <source>The {name} has no host name.</source>
        <translation>У полі «{name}» немає імені хоста.</translation>
    </message>
    <message>
        <source>{char!r} cannot be part of a host name</source>
        <translation>{char!r} не може бути частиною імені хоста</translation>
    </message>
    <message>
        <source>{char!r} stands for {folded!r}</source>
        <translation>{char!r} означає {folded!r}</translation>
    </message>
    <message>
        <source>The {name}&apos;s host {host!r} is not a valid IPv4 address.</source>
        <translation>Хост {host!r} у полі «{name}» — неправильна адреса IPv4.</translation>
    </message>
    <message>
        <source>an empty part between dots</source>
        <translation>порожня частина між крапками</translation>
    </message>
    <message>
        <source>{label} is not valid punycode</source>
        <translation>{label} — неправильний punycode</translation>
    </message>
    <message>
        <source>a part between dots begins or ends with &apos;-&apos;</source>
        <translation>частина між крапками починається або закінчується на &apos;-&apos;</translation>
    </message>
    <message>
        <source>an accent or other combining mark that is not on a letter</source>
        <translation>наголос або інший комбінований знак не над літерою</translation>
    </message>
    <message>
        <source>an international part with &apos;--&apos; as its third and fourth characters</source>
        <translation>міжнародна частина з &apos;--&apos; на третій і четвертій позиціях</translation>
    </message>
    <message>
        <source>not valid in IDNA: {problem}</source>
        <translation>неприпустимо в IDNA: {problem}</translation>
    </message>
    <message>
        <source>a part between dots is longer than 63 characters</source>
        <translation>частина між крапками довша за 63 символи</translation>
    </message>
    <message>
        <source>longer than 253 characters</source>
        <translation>довше за 253 символи</translation>
    </message>
    <message>
        <source>The {field} contains a NUL character (a zero byte); the file is damaged or not text.</source>
        <translation>Стовпець «{field}» містить символ NUL (нульовий байт); файл пошкоджено або він не текстовий.</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit:,} characters ({length:,}).</source>
        <translation>Стовпець «{field}» довший за {limit:,} символів ({length:,}).</translation>
    </message>
    <message>
        <source>The {name} is required.</source>
        <translation>Поле «{name}» обов’язкове.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}; use one of: {allowed}.</source>
        <translation>{text!r} — неприпустиме значення поля «{name}»; виберіть одне з: {allowed}.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}: use lower-case letters, digits and _ (up to 40).</source>
        <translation>{text!r} — неприпустиме значення поля «{name}»: використовуйте малі латинські літери, цифри й _ (до 40).</translation>
    </message>
    <message>
        <source>{text!r} cannot be a recommendation code: the scorecard export already has a column of that name.</source>
        <extracomment>Column names of the scorecard export that a recommendation&apos;s code would collide with.</extracomment>
        <translation>{text!r} не може бути кодом рекомендації: в експорті таблиці оцінок уже є стовпець з такою назвою.</translation>
    </message>
    <message>
        <source>{text!r} is not a colour in the form #RRGGBB ({field}).</source>
        <translation>{text!r} — не колір у форматі #RRGGBB ({field}).</translation>
    </message>
    <message>
        <source>{value!r} is not a number ({field}).</source>
        <translation>{value!r} — не число ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be greater than 0 and at most 100.</source>
        <translation>Поле «{name}» має бути більшим за 0 і не більшим за 100.</translation>
    </message>
    <message>
        <source>{value!r} is not a score ({field}).</source>
        <translation>{value!r} — не бал ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be between 0 and 100.</source>
        <translation>Поле «{name}» має бути від 0 до 100.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}: expected a UUID like 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f.</source>
        <translation>{text!r} — неприпустиме значення поля «{name}»: очікується UUID, наприклад 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f.</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number ({field}).</source>
        <translation>{value!r} — не ціле число ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be at least 1.</source>
        <translation>Поле «{name}» має бути не меншим за 1.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <comment>how to type a date: four digits of the year, month, day</comment>
        <extracomment>The person changed the date (typed, picked or stepped), as opposed to ``setDate`` by the program. The text&apos;s problem (&quot;&quot; when it is fine), so a form can show it under the field.</extracomment>
        <translation>рррр-мм-дд</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 або %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (необов’язково)</translation>
    </message>
    <message>
        <source>A date: type %1, or press Alt+Down for a calendar.</source>
        <translation>Дата: введіть %1 або натисніть Alt+Вниз, щоб відкрити календар.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Вибрати в календарі (Alt+Вниз)</translation>
    </message>
    <message>
        <source>The %1 is required (for example 2024-03-01).</source>
        <translation>Поле «%1» обов’язкове (наприклад, 2024-03-01).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Type it as 2024-03-01, 20240301.</source>
        <translation>«%1» — не дата. Введіть її як 2024-03-01 або 20240301.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Type it as 2024-03-01, 20240301 or %2.</source>
        <translation>«%1» — не дата. Введіть її як 2024-03-01, 20240301 або %2.</translation>
    </message>
    <message>
        <source>%1 is outside the years 1900 to 2200.</source>
        <translation>%1 — поза межами років 1900–2200.</translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation>Календар: %1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <comment>month in a date: 15 January 2026</comment>
        <extracomment>Statuses proposed and not yet reviewed count too: the uids of the cells shown with one.</extracomment>
        <translation>січня</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month in a date</comment>
        <translation>лютого</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month in a date</comment>
        <translation>березня</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month in a date</comment>
        <translation>квітня</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month in a date</comment>
        <translation>травня</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month in a date</comment>
        <translation>червня</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month in a date</comment>
        <translation>липня</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month in a date</comment>
        <translation>серпня</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month in a date</comment>
        <translation>вересня</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month in a date</comment>
        <translation>жовтня</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month in a date</comment>
        <translation>листопада</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month in a date</comment>
        <translation>грудня</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a long date: %1 day, %2 month, %3 year (15 January 2026)</comment>
        <translation>%1 %2 %3 р.</translation>
    </message>
</context>
<context>
    <name>DetailsDock</name>
    <message>
        <source>Select a cell of the matrix to see its status, history and evidence.</source>
        <extracomment>The attached file&apos;s name (&quot;&quot; when the evidence has none). A timeline row&apos;s status label alone (its text also holds the rationale). The newest evidence listed for a cell; the rest are counted (&quot;and 90 more…&quot;) and listed in the Evidence tab. Text longer than this is cut with &quot;…&quot; in the dock; its tooltip shows the whole of it. English source text; shown translated (``QCoreApplication.translate(&quot;DetailsDock&quot;, NOTHING_SELECTED)``).</extracomment>
        <translation>Виберіть клітинку матриці, щоб побачити її статус, історію та докази.</translation>
    </message>
    <message>
        <source>verified</source>
        <extracomment>The stored codes of confidence and source kind, as the dock names them (English: the code itself).</extracomment>
        <translation>перевірено</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>повідомлено</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>заявлено</translation>
    </message>
    <message>
        <source>official</source>
        <translation>офіційне джерело</translation>
    </message>
    <message>
        <source>media</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <source>ngo</source>
        <translation>НУО</translation>
    </message>
    <message>
        <source>international</source>
        <translation>міжнародна організація</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>Cell details</source>
        <extracomment>&quot;Review conflict…&quot; on a cell with conflicting judgements: (country, recommendation).</extracomment>
        <translation>Подробиці клітинки</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Вибрана клітинка</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>Status mark</source>
        <translation>Позначка статусу</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Поточний статус</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Подробиці статусу</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Примітка про перевірку</translation>
    </message>
    <message>
        <source>Proposed status</source>
        <translation>Запропонований статус</translation>
    </message>
    <message>
        <source>Conflicting judgements</source>
        <translation>Суперечливі оцінки</translation>
    </message>
    <message>
        <source>Review conflict…</source>
        <translation>Розглянути конфлікт…</translation>
    </message>
    <message>
        <source>Review the conflicting judgements of this cell</source>
        <translation>Розглянути суперечливі оцінки цієї клітинки</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>Встановити статус…</translation>
    </message>
    <message>
        <source>Set status of this cell</source>
        <translation>Встановити статус цієї клітинки</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Додати доказ…</translation>
    </message>
    <message>
        <source>Add evidence for this cell</source>
        <translation>Додати доказ для цієї клітинки</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Хронологія статусів</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Чинний з</translation>
    </message>
    <message>
        <source>Status and rationale</source>
        <translation>Статус і обґрунтування</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Пов’язані докази</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Відкрити посилання</translation>
    </message>
    <message>
        <source>Open evidence link</source>
        <translation>Відкрити посилання доказу</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Змінити доказ</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архівувати</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Архівувати доказ</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Відкрити вкладений файл</translation>
    </message>
    <message>
        <source>Save attachment as…</source>
        <translation>Зберегти вкладений файл як…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Вкладений файл</translation>
    </message>
    <message>
        <source>Attached file: open or save it</source>
        <translation>Вкладений файл: відкрити або зберегти</translation>
    </message>
    <message>
        <source>Timeline heading</source>
        <translation>Заголовок хронології</translation>
    </message>
    <message>
        <source>Evidence heading</source>
        <translation>Заголовок доказів</translation>
    </message>
    <message>
        <source>More evidence</source>
        <translation>Інші докази</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Вкладений файл: %1</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл не додано</translation>
    </message>
    <message>
        <source>effective %1 · %2 · recorded by %3 on %4</source>
        <translation>чинний з %1 · %2 · записано: %3, %4</translation>
    </message>
    <message>
        <source>Nobody has judged this cell yet. Not assessed is not the same as No action.</source>
        <translation>Цю клітинку ще ніхто не оцінив. «Не оцінено» — не те саме, що «Жодних дій».</translation>
    </message>
    <message numerus="yes">
        <source>⚑ Needs review: this judgement is older than %Ln days.</source>
        <translation>
            <numerusform>⚑ Потребує перевірки: цій оцінці більше ніж %Ln день.</numerusform>
            <numerusform>⚑ Потребує перевірки: цій оцінці більше ніж %Ln дні.</numerusform>
            <numerusform>⚑ Потребує перевірки: цій оцінці більше ніж %Ln днів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores count it now (Include proposed is on).</source>
        <translation>Бали вже враховують його (увімкнено «Враховувати запропоновані»).</translation>
    </message>
    <message>
        <source>Scores count the approved status until then.</source>
        <translation>До того часу бали враховують затверджений статус.</translation>
    </message>
    <message>
        <source>◆ Proposed: %1, effective %2, by %3 — waiting for review. Approved: %4. %5
Why: %6</source>
        <translation>◆ Запропоновано: %1, чинний з %2, автор: %3 — чекає на перевірку. Затверджено: %4. %5
Чому: %6</translation>
    </message>
    <message>
        <source>%1 set %2</source>
        <translation>%2 (автор: %1)</translation>
    </message>
    <message>
        <source>⚠ Conflicting judgements: %1, without seeing each other.</source>
        <translation>⚠ Суперечливі оцінки: %1 — встановлені без відома одна про одну.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (поточний)</translation>
    </message>
    <message>
        <source>%1 (after the as-of date)</source>
        <translation>%1 (після дати стану)</translation>
    </message>
    <message>
        <source>%1 · %2 · recorded by %3 on %4</source>
        <translation>%1 · %2 · записано: %3, %4</translation>
    </message>
    <message>
        <source>Effective after the as-of date</source>
        <translation>Чинний після дати стану</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%Ln assessments)</source>
        <translation>
            <numerusform>Хронологія (%Ln оцінка)</numerusform>
            <numerusform>Хронологія (%Ln оцінки)</numerusform>
            <numerusform>Хронологія (%Ln оцінок)</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Докази (%1)</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more… (the Evidence tab lists them all)</source>
        <translation>
            <numerusform>і ще %Ln… (усі — на вкладці «Докази»)</numerusform>
            <numerusform>і ще %Ln… (усі — на вкладці «Докази»)</numerusform>
            <numerusform>і ще %Ln… (усі — на вкладці «Докази»)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>Official (government, parliament, gazette)</source>
        <extracomment>English source texts (what CSV and tests compare); shown translated by :func:`source_kind_label`.</extracomment>
        <translation>Офіційне (уряд, парламент, офіційний вісник)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <source>NGO or think tank</source>
        <translation>НУО або аналітичний центр</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Міжнародна організація</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Verified — checked against a primary source</source>
        <extracomment>English source texts; shown translated by :func:`confidence_label`.</extracomment>
        <translation>Перевірено — за першоджерелом</translation>
    </message>
    <message>
        <source>Reported — by a credible secondary source</source>
        <translation>Повідомлено — надійним вторинним джерелом</translation>
    </message>
    <message>
        <source>Claimed — the government&apos;s own word</source>
        <translation>Заявлено — зі слів самого уряду</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>The common languages of sources (ISO 639-1 code, English name); any other code or name may be typed. Names pycountry&apos;s ISO 639-3 catalogues lack (or give as &quot;Modern Greek (1453-)&quot;, &quot;Kirghiz&quot;), by language. Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open.</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>Виберіть статус…</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Помилка у формі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Type a language or its code, e.g. Lithuanian or lt</source>
        <translation>Мова або її код, напр. литовська або lt</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Змінити доказ</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Новий доказ</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата події</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Що сталося, одним рядком</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Адреса URL</translation>
    </message>
    <message>
        <source>URL check</source>
        <translation>Перевірка адреси</translation>
    </message>
    <message>
        <source>Archive URL</source>
        <translation>Адреса в архіві</translation>
    </message>
    <message>
        <source>https://web.archive.org/… (optional)</source>
        <translation>https://web.archive.org/… (необов’язково)</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Тип джерела</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Дата звернення</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Quote, context, what the measure covers…</source>
        <translation>Цитата, контекст, що охоплює захід…</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл не додано</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Вкладений файл</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Додати файл…</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Додати файл</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Remove attached file</source>
        <translation>Прибрати вкладений файл</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Event &amp;date*</source>
        <translation>&amp;Дата події*</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;Адреса URL</translation>
    </message>
    <message>
        <source>&amp;Archive URL</source>
        <translation>Адреса в а&amp;рхіві</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Видавець</translation>
    </message>
    <message>
        <source>Source &amp;kind</source>
        <translation>&amp;Тип джерела</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Accessed &amp;on</source>
        <translation>Дата зв&amp;ернення</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Нотатки</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Країни</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Фільтр країн…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Filter groups…</source>
        <translation>Фільтр груп…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <source>Filter recommendations…</source>
        <translation>Фільтр рекомендацій…</translation>
    </message>
    <message>
        <source>Pre-filled links</source>
        <translation>Попередньо заповнені зв’язки</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pre-filled from the cell you chose.&lt;/b&gt; Remove it if this evidence is not about it:</source>
        <translation>&lt;b&gt;Заповнено з вибраної вами клітинки.&lt;/b&gt; Приберіть її, якщо цей доказ не про неї:</translation>
    </message>
    <message>
        <source>%1: click to remove this link</source>
        <translation>%1: натисніть, щоб прибрати цей зв’язок</translation>
    </message>
    <message>
        <source>Remove link %1</source>
        <translation>Прибрати зв’язок %1</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Зв’язки</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Пов’язано з</translation>
    </message>
    <message>
        <source>Groups (every member)</source>
        <translation>Групи (усі учасники)</translation>
    </message>
    <message>
        <source>Also set the status of the linked cells, effective on the event date</source>
        <translation>Також встановити статус пов’язаних клітинок, чинний з дати події</translation>
    </message>
    <message>
        <source>Also set status</source>
        <translation>Також встановити статус</translation>
    </message>
    <message>
        <source>Cells whose status is set</source>
        <translation>Клітинки, статус яких встановлюється</translation>
    </message>
    <message>
        <source>Why this status (required)</source>
        <translation>Чому такий статус (обов’язково)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>Над&amp;ійність</translation>
    </message>
    <message>
        <source>&amp;Rationale*</source>
        <translation>&amp;Обґрунтування*</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>Зберегти доказ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Not linked yet: tick at least one recommendation and one country or group.</source>
        <translation>Поки ні з чим не пов’язано: позначте принаймні одну рекомендацію та одну країну або групу.</translation>
    </message>
    <message>
        <source>Sets the status of no cell yet: choose the links above.</source>
        <translation>Поки не встановлює статус жодної клітинки: виберіть зв’язки вище.</translation>
    </message>
    <message>
        <source>1 cell: %1</source>
        <translation>1 клітинка: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cells: %1</source>
        <translation>
            <numerusform>%Ln клітинка: %1</numerusform>
            <numerusform>%Ln клітинки: %1</numerusform>
            <numerusform>%Ln клітинок: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Зв’язки: %1</translation>
    </message>
    <message>
        <source>Sets the status of this cell: %1</source>
        <translation>Встановлює статус цієї клітинки: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sets the status of these %Ln cells: %1</source>
        <translation>
            <numerusform>Встановлює статус цих клітинок (%Ln): %1</numerusform>
            <numerusform>Встановлює статус цих клітинок (%Ln): %1</numerusform>
            <numerusform>Встановлює статус цих клітинок (%Ln): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 і ще %Ln</numerusform>
            <numerusform>%1 і ще %Ln</numerusform>
            <numerusform>%1 і ще %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Web address looks right</source>
        <translation>✓ Вебадреса виглядає правильно</translation>
    </message>
    <message>
        <source>Optional: http:// or https:// only</source>
        <translation>Необов’язково: лише http:// або https://</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Додати файл</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln bytes)</source>
        <translation>
            <numerusform>%1 (%Ln байт)</numerusform>
            <numerusform>%1 (%Ln байти)</numerusform>
            <numerusform>%1 (%Ln байтів)</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <translation>Дайте доказу принаймні заголовок, адресу URL або нотатки.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Виберіть принаймні одну рекомендацію.</translation>
    </message>
    <message>
        <source>Choose at least one country or group.</source>
        <translation>Виберіть принаймні одну країну або групу.</translation>
    </message>
    <message>
        <source>Choose the status to set, or untick &apos;Also set the status&apos;.</source>
        <translation>Виберіть статус або зніміть позначку «Також встановити статус».</translation>
    </message>
    <message>
        <source>The rationale is required: say why this status.</source>
        <translation>Обґрунтування обов’язкове: напишіть, чому такий статус.</translation>
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
        <translation>Країни</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>official</source>
        <extracomment>How the Kind column names each source kind (its code, in English).</extracomment>
        <translation>офіційне</translation>
    </message>
    <message>
        <source>media</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <source>ngo</source>
        <translation>НУО</translation>
    </message>
    <message>
        <source>international</source>
        <translation>міжнародне</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>The sort key (db.search.SORT_KEYS) of each column. Countries and recommendations sort by the first one shown (a piece of evidence has several). Counting stops here: past it the count says &quot;10,000+&quot; (a count of a million matches costs more than the page does). With no filter the count is exact and free (the tracker&apos;s tallies).</extracomment>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>[archived] %1</source>
        <translation>[в архіві] %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln країна</numerusform>
            <numerusform>%Ln країни</numerusform>
            <numerusform>%Ln країн</numerusform>
        </translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Немає посилання</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Official (government, parliament, gazette)</source>
        <extracomment>The kind filter&apos;s choices (the evidence form&apos;s SOURCE_KIND_LABELS), translated in this view&apos;s context.</extracomment>
        <translation>Офіційне (уряд, парламент, офіційний вісник)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <source>NGO or think tank</source>
        <translation>НУО або аналітичний центр</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Міжнародна організація</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Evidence view</source>
        <translation>Перегляд доказів</translation>
    </message>
    <message>
        <source>Search titles, notes, publishers and links…  (Ctrl+F)</source>
        <translation>Шукати в назвах, нотатках, видавцях і посиланнях…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Шукати в доказах</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Фільтр за країною</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Фільтр за групою</translation>
    </message>
    <message>
        <source>Filter by recommendation</source>
        <translation>Фільтр за рекомендацією</translation>
    </message>
    <message>
        <source>Filter by source kind</source>
        <translation>Фільтр за типом джерела</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Filter by date range</source>
        <translation>Фільтр за датами</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата від</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата до</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показувати архівні</translation>
    </message>
    <message>
        <source>Show archived evidence</source>
        <translation>Показувати архівні докази</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>Список доказів</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Відкрити посилання</translation>
    </message>
    <message>
        <source>Open source link</source>
        <translation>Відкрити посилання на джерело</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Edit selected evidence</source>
        <translation>Змінити вибраний доказ</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архівувати</translation>
    </message>
    <message>
        <source>Archive or restore selected evidence</source>
        <translation>Архівувати або відновити вибраний доказ</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Відкрити файл</translation>
    </message>
    <message>
        <source>Open the selected evidence&apos;s attached file</source>
        <translation>Відкрити файл, вкладений до вибраного доказу</translation>
    </message>
    <message>
        <source>Save attachment as…</source>
        <translation>Зберегти файл як…</translation>
    </message>
    <message>
        <source>Save the selected evidence&apos;s attached file as</source>
        <translation>Зберегти файл, вкладений до вибраного доказу, як</translation>
    </message>
    <message>
        <source>Evidence count</source>
        <translation>Кількість доказів</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Країна</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Група</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Рекомендація</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Усі групи</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Усі рекомендації</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Вкладений файл: %1</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл не вкладено</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <source>Search index damaged</source>
        <translation>Пошуковий індекс пошкоджено</translation>
    </message>
    <message>
        <source>The search index is damaged. %1</source>
        <translation>Пошуковий індекс пошкоджено. %1</translation>
    </message>
    <message>
        <source>The search index is damaged, so words cannot be searched.

Rebuild it now from the evidence? Nothing else is changed, and the rebuild is recorded in the history.</source>
        <translation>Пошуковий індекс пошкоджено, тому шукати за словами неможливо.

Перебудувати його зараз із доказів? Більше нічого не зміниться, а перебудову буде записано в історію.</translation>
    </message>
    <message>
        <source>Rebuild index</source>
        <translation>Перебудувати індекс</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ pieces of evidence</source>
        <translation>
            <numerusform>%Ln+ доказ</numerusform>
            <numerusform>%Ln+ докази</numerusform>
            <numerusform>%Ln+ доказів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of evidence</source>
        <translation>
            <numerusform>%Ln доказ</numerusform>
            <numerusform>%Ln докази</numerusform>
            <numerusform>%Ln доказів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (too many matches to sort: most recently added first)</source>
        <translation>%1 (забагато збігів для сортування: спершу останні додані)</translation>
    </message>
    <message>
        <source>%1 (too many matches to sort: earliest added first)</source>
        <translation>%1 (забагато збігів для сортування: спершу найраніше додані)</translation>
    </message>
    <message numerus="yes">
        <source>Searching the first %Ln words (of %1): %2</source>
        <translation>
            <numerusform>Шукається перше %Ln слово (з %1): %2</numerusform>
            <numerusform>Шукаються перші %Ln слова (з %1): %2</numerusform>
            <numerusform>Шукаються перші %Ln слів (з %1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Scorecard (one row per country)</source>
        <extracomment>What can be exported, and in which formats (the first is the default).</extracomment>
        <translation>Таблиця оцінок (один рядок на країну)</translation>
    </message>
    <message>
        <source>Assessments (current status of every cell)</source>
        <translation>Оцінки (поточний статус кожної клітинки)</translation>
    </message>
    <message>
        <source>History (every assessment ever made)</source>
        <translation>Історія (усі будь-коли зроблені оцінки)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Report with citations</source>
        <translation>Звіт із посиланнями на джерела</translation>
    </message>
    <message>
        <source>Matrix image for slides</source>
        <translation>Зображення матриці для слайдів</translation>
    </message>
    <message>
        <source>Excel workbook (all four tables)</source>
        <translation>Книга Excel (усі чотири таблиці)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (один самодостатній файл)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Зображення PNG</translation>
    </message>
    <message>
        <source>Exporting the scorecard of %1</source>
        <extracomment>What each export is called in the dialog&apos;s summary line (%1: the countries it covers).</extracomment>
        <translation>Експорт таблиці оцінок: %1</translation>
    </message>
    <message>
        <source>Exporting the assessments of %1</source>
        <translation>Експорт оцінок: %1</translation>
    </message>
    <message>
        <source>Exporting the history of %1</source>
        <translation>Експорт історії: %1</translation>
    </message>
    <message>
        <source>Exporting the evidence on %1</source>
        <translation>Експорт доказів: %1</translation>
    </message>
    <message>
        <source>Exporting a report on %1</source>
        <translation>Експорт звіту: %1</translation>
    </message>
    <message>
        <source>Exporting the matrix image of %1</source>
        <translation>Експорт зображення матриці: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation>Що буде експортовано</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Що експортувати</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Звіт щодо</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Розмір сторінки</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Дата стану</translation>
    </message>
    <message>
        <source>Past date</source>
        <translation>Минула дата</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Include archived evidence</source>
        <translation>Включити архівні докази</translation>
    </message>
    <message>
        <source>Include proposed statuses</source>
        <translation>Враховувати запропоновані статуси</translation>
    </message>
    <message>
        <source>Count statuses proposed and not yet reviewed; the file says so</source>
        <translation>Враховувати запропоновані й ще не перевірені статуси; файл про це повідомляє</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Мова звіту</translation>
    </message>
    <message>
        <source>The language of the report or image; the source&apos;s own words stay quoted in the original beside their translation</source>
        <translation>Мова звіту або зображення; власні слова джерела лишаються в оригіналі поруч із перекладом</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>&amp;Report on</source>
        <translation>&amp;Звіт щодо</translation>
    </message>
    <message>
        <source>&amp;Page size</source>
        <translation>&amp;Розмір сторінки</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;Стан на</translation>
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
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>усі країни</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>(стан на %1)</translation>
    </message>
    <message>
        <source>as of today</source>
        <translation>(стан на сьогодні)</translation>
    </message>
    <message>
        <source>, including proposed statuses not yet reviewed</source>
        <translation>, включно із запропонованими статусами, ще не перевіреними</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Includes proposed statuses not yet reviewed</source>
        <extracomment>The counts in what an export says it wrote (Qt&apos;s plural forms; lupdate collects ``ExportFiles.tr``). Every format :func:`export_to_file` writes. Called with the number of rows written so far, after each chunk; raising stops the export.</extracomment>
        <translation>Містить запропоновані статуси, ще не розглянуті</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n rows</comment>
        <translation>
            <numerusform>%n рядок</numerusform>
            <numerusform>%n рядки</numerusform>
            <numerusform>%n рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {target}: {sheets}.{labelled}</source>
        <translation>Записано файл {target}: {sheets}.{labelled}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {target}.{labelled}</source>
        <comment>Wrote %n rows to {target}.{labelled}</comment>
        <translation>
            <numerusform>Записано %n рядок у {target}.{labelled}</numerusform>
            <numerusform>Записано %n рядки у {target}.{labelled}</numerusform>
            <numerusform>Записано %n рядків у {target}.{labelled}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>%1 error</source>
        <translation>Помилка: %1</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>One problem to fix: see the message in red under the field.</source>
        <translation>Потрібно виправити одну проблему: дивіться повідомлення червоним під полем.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems to fix: see the messages in red under the fields.</source>
        <translation>
            <numerusform>Потрібно виправити %Ln проблему: дивіться повідомлення червоним під полями.</numerusform>
            <numerusform>Потрібно виправити %Ln проблеми: дивіться повідомлення червоним під полями.</numerusform>
            <numerusform>Потрібно виправити %Ln проблем: дивіться повідомлення червоним під полями.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Policy trackers (*.db *.sqlite *.tracker);;All files (*)</source>
        <extracomment>An export&apos;s work: ``(tracker, progress, cancelled, path to write) -&gt; sentence for the status bar``.</extracomment>
        <translation>Трекери Policy Tracker (*.db *.sqlite *.tracker);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Codebooks (*.json);;All files (*)</source>
        <translation>Кодові книги (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Writing the scorecard export</source>
        <extracomment>What the progress dialog says while a table is written.</extracomment>
        <translation>Запис таблиці оцінок</translation>
    </message>
    <message>
        <source>Writing the assessments export</source>
        <translation>Запис оцінок</translation>
    </message>
    <message>
        <source>Writing the history export</source>
        <translation>Запис історії</translation>
    </message>
    <message>
        <source>Writing the evidence export</source>
        <translation>Запис доказів</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Звіт записано в %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Запис звіту</translation>
    </message>
    <message>
        <source>Matrix image written to %1</source>
        <translation>Зображення матриці записано в %1</translation>
    </message>
    <message>
        <source>Drawing the matrix image</source>
        <translation>Малюється зображення матриці</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2.</source>
        <translation>Не вдалося записати експорт у %1: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнений</translation>
    </message>
    <message>
        <source>Choose a codebook</source>
        <extracomment>An export&apos;s worker started (tests and the window may watch or cancel it). An export was written whole to this path.</extracomment>
        <translation>Виберіть кодову книгу</translation>
    </message>
    <message>
        <source>Choose a codebook file first.</source>
        <translation>Спершу виберіть файл кодової книги.</translation>
    </message>
    <message>
        <source>New tracker</source>
        <translation>Новий трекер</translation>
    </message>
    <message>
        <source>Create tracker</source>
        <translation>Створити трекер</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name (an existing tracker is never overwritten).</source>
        <translation>%1 вже існує; виберіть нову назву (наявний трекер ніколи не перезаписується).</translation>
    </message>
    <message>
        <source>Open tracker</source>
        <translation>Відкрити трекер</translation>
    </message>
    <message>
        <source>Cannot open tracker</source>
        <translation>Не вдається відкрити трекер</translation>
    </message>
    <message>
        <source>No recent trackers</source>
        <translation>Немає нещодавніх трекерів</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Копію збережено в %1</translation>
    </message>
    <message>
        <source>Check and repair tracker</source>
        <translation>Перевірити й виправити трекер</translation>
    </message>
    <message>
        <source>The tracker could not be checked: %1</source>
        <translation>Не вдалося перевірити трекер: %1</translation>
    </message>
    <message>
        <source>No problems found: the tracker is healthy.</source>
        <translation>Проблем не знайдено: трекер справний.</translation>
    </message>
    <message>
        <source>Problems found that cannot be repaired automatically:
%1</source>
        <translation>Знайдено проблеми, які не можна виправити автоматично:
%1</translation>
    </message>
    <message>
        <source>Problems found:
%1

Repair what can be repaired?</source>
        <translation>Знайдені проблеми:
%1

Виправити те, що можна виправити?</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Виправити</translation>
    </message>
    <message>
        <source>Nothing needed repairing.</source>
        <translation>Нічого не потребувало виправлення.</translation>
    </message>
    <message>
        <source>Still to fix by hand:</source>
        <translation>Треба виправити вручну:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Експортувати в</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Файли %1 (*.%2);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Експорт скасовано; нічого не записано.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Імпортовано з %1: %2</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translation>Імпортувати кодову книгу</translation>
    </message>
    <message>
        <source>Codebooks (*.json);;Recommendations (*.csv *.xlsx);;All files (*)</source>
        <translation>Кодові книги (*.json);;Рекомендації (*.csv *.xlsx);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Імпорт кодової книги</translation>
    </message>
    <message>
        <source>Codebook imported from %1.</source>
        <translation>Кодову книгу імпортовано з %1.</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Експорт кодової книги</translation>
    </message>
    <message numerus="yes">
        <source>Exported the codebook (%Ln recommendations) to %1</source>
        <translation>
            <numerusform>Кодову книгу (%Ln рекомендація) експортовано в %1</numerusform>
            <numerusform>Кодову книгу (%Ln рекомендації) експортовано в %1</numerusform>
            <numerusform>Кодову книгу (%Ln рекомендацій) експортовано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s backup of the tracker was made (File › Restore from backup… lists them).</source>
        <translation>Сьогоднішню резервну копію трекера створено (список — у Файл › Відновити з резервної копії…).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>A tracker kept in memory has no backups.</source>
        <translation>Трекер, що зберігається в пам’яті, не має резервних копій.</translation>
    </message>
    <message>
        <source>Replace %1 with %2?

Everything added or changed since then will no longer be in the tracker. The tracker as it is now is backed up first, so restoring that backup brings it back.</source>
        <translation>Замінити %1 на %2?

Усе, що було додано чи змінено відтоді, зникне з трекера. Спершу створюється резервна копія трекера в його теперішньому стані, тож відновлення з неї поверне все назад.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2; the tracker as it was is kept as %3.</source>
        <translation>%1 відновлено з резервної копії від %2; трекер у попередньому стані збережено як %3.</translation>
    </message>
    <message>
        <source>The tracker could not be opened again: %1</source>
        <translation>Не вдалося знову відкрити трекер: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Your preferences could not be saved: %1</source>
        <translation>Не вдалося зберегти ваші налаштування: %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <extracomment>The importer&apos;s names of encodings that hold words (tracker.importer.ENCODINGS), for the interface&apos;s language.</extracomment>
        <translation>Автоматично (UTF-8, інакше Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (західноєвропейське)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (латиниця-1)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2, Central European)</source>
        <translation>ISO-8859-2 (латиниця-2, центральноєвропейське)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (центральноєвропейське)</translation>
    </message>
    <message>
        <source>UTF-8 and Windows-1252 mixed, line by line</source>
        <translation>UTF-8 і Windows-1252 упереміш, рядок за рядком</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 з BOM</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Виберіть файл</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab separated; UTF-8, Windows-1252 or another encoding you choose) or an Excel workbook (.xlsx).</source>
        <translation>Файл CSV (поля розділені комою, крапкою з комою або табуляцією; UTF-8, Windows-1252 чи інше кодування на ваш вибір) або книга Excel (.xlsx).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для імпорту</translation>
    </message>
    <message>
        <source>Path of the file…</source>
        <translation>Шлях до файлу…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Знайти файл</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Кодування тексту</translation>
    </message>
    <message>
        <source>How the file&apos;s bytes are read as letters. Automatic reads UTF-8, else Windows-1252, and refuses a file that mixes them.</source>
        <translation>Як байти файлу читаються як літери. «Автоматично» читає UTF-8, інакше Windows-1252, і відхиляє файл, у якому вони змішані.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>How the preview is read</source>
        <translation>Як читається попередній перегляд</translation>
    </message>
    <message>
        <source>First lines of the file</source>
        <translation>Перші рядки файлу</translation>
    </message>
    <message>
        <source>Add countries the tracker does not follow yet, when they are valid ISO countries</source>
        <translation>Додавати країни, яких трекер ще не відстежує, якщо це дійсні країни ISO</translation>
    </message>
    <message>
        <source>Add unknown countries</source>
        <translation>Додавати невідомі країни</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Проблема з файлом</translation>
    </message>
    <message>
        <source>Columns: %1.&lt;br&gt;A row needs &lt;code&gt;date&lt;/code&gt;, &lt;code&gt;countries&lt;/code&gt;, &lt;code&gt;recommendations&lt;/code&gt; and a title, URL or notes. Nothing is written until you confirm on the last page.</source>
        <translation>Стовпці: %1.&lt;br&gt;Рядку потрібні &lt;code&gt;date&lt;/code&gt;, &lt;code&gt;countries&lt;/code&gt;, &lt;code&gt;recommendations&lt;/code&gt; і заголовок, URL або нотатки. Нічого не записується, доки ви не підтвердите на останній сторінці.</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>Імпорт доказів</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Таблиці (*.csv *.txt *.tsv *.xlsx);;Усі файли (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Файл неможливо прочитати: %1.</translation>
    </message>
    <message>
        <source>No file by that name yet.</source>
        <translation>Файлу з такою назвою поки немає.</translation>
    </message>
    <message>
        <source>The first lines of the file are shown here, as the encoding reads them.</source>
        <translation>Тут показано перші рядки файлу так, як їх читає кодування.</translation>
    </message>
    <message>
        <source>An Excel workbook: it needs no encoding. Its rows are shown on the next page.</source>
        <translation>Книга Excel: кодування їй не потрібне. Її рядки показано на наступній сторінці.</translation>
    </message>
    <message>
        <source>⚠ This file mixes encodings: line %1 is not UTF-8 but earlier lines are. Choose “%2” (shown here) or the one encoding it should be.</source>
        <translation>⚠ У цьому файлі змішано кодування: рядок %1 не в UTF-8, а попередні рядки — в UTF-8. Виберіть «%2» (як тут) або те єдине кодування, яке має бути.</translation>
    </message>
    <message>
        <source>⚠ Read as %2, line %1 has bytes that are not valid %2 (shown as �): choose another encoding.</source>
        <translation>⚠ Під час читання як %2 рядок %1 має байти, неприпустимі в %2 (показано як �): виберіть інше кодування.</translation>
    </message>
    <message>
        <source>First lines, read as %2 (detected).</source>
        <translation>Перші рядки, прочитані як %2 (визначено автоматично).</translation>
    </message>
    <message>
        <source>First lines, read as %2.</source>
        <translation>Перші рядки, прочитані як %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Policy Tracker</source>
        <translation>Ласкаво просимо до Policy Tracker</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Policy Tracker.&lt;/b&gt;&lt;br&gt;Every change you make is recorded in the tracker&apos;s history with your name, so your colleagues can see who recorded what. Which name should it use?</source>
        <translation>&lt;b&gt;Ласкаво просимо до Policy Tracker.&lt;/b&gt;&lt;br&gt;Кожна ваша зміна записується в історію трекера з вашим ім’ям, щоб колеги бачили, хто що записав. Яке ім’я використовувати?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>e.g. Maria Kowalska</source>
        <translation>наприклад, Марія Ковальська</translation>
    </message>
    <message>
        <source>You can change it later in File › Preferences (Ctrl+,).</source>
        <translation>Його можна змінити пізніше у Файл › Налаштування (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;ім’я</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Використовувати це ім’я</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>Record your login name this time and ask again next time</source>
        <translation>Цього разу записати ім’я облікового запису й запитати знову наступного разу</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Your name could not be saved: %1</source>
        <translation>Не вдалося зберегти ваше ім’я: %1</translation>
    </message>
</context>
<context>
    <name>GoToCountryDialog</name>
    <message>
        <source>Go to country</source>
        <extracomment>Names people type for a country that are neither its name nor an ISO code. Everyday names, in the app&apos;s languages, that the ISO 3166 translations (formal names) do not give: &quot;Россия&quot; is not a prefix of &quot;Российская Федерация&quot;, and Belarusians often write &quot;Нямеччына&quot; or, in the classical spelling, &quot;Летува&quot;. They rank with the other languages&apos; names. How far below the shown and English names a match in another language&apos;s name ranks.</extracomment>
        <translation>Перейти до країни</translation>
    </message>
    <message>
        <source>Country name or code</source>
        <translation>Назва країни або код</translation>
    </message>
    <message>
        <source>Country name or code, e.g. lit or PL</source>
        <translation>Назва країни або код, напр. lit або PL</translation>
    </message>
    <message>
        <source>A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian, or an ISO code</source>
        <translation>Назва англійською, білоруською, українською, російською, польською чи литовською мовою або код ISO</translation>
    </message>
    <message>
        <source>Matching countries</source>
        <translation>Відповідні країни</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>Enter goes to the highlighted country; Escape closes.</source>
        <translation>Enter переходить до виділеної країни; Escape закриває.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries match: Enter goes to the highlighted one.</source>
        <translation>
            <numerusform>Відповідає %Ln країна: Enter перейде до виділеної.</numerusform>
            <numerusform>Відповідають %Ln країни: Enter перейде до виділеної.</numerusform>
            <numerusform>Відповідають %Ln країн: Enter перейде до виділеної.</numerusform>
        </translation>
    </message>
    <message>
        <source>No country matches “%1”.</source>
        <translation>Жодна країна не відповідає «%1».</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grade bands</source>
        <translation>Діапазони оцінок</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>Від бала</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Grade band columns</source>
        <translation>Стовпці діапазонів оцінок</translation>
    </message>
    <message>
        <source>A&amp;dd band</source>
        <translation>Додат&amp;и діапазон</translation>
    </message>
    <message>
        <source>Add grade band</source>
        <translation>Додати діапазон оцінки</translation>
    </message>
    <message>
        <source>A new band: type its grade and lowest score</source>
        <translation>Новий діапазон: введіть оцінку й найменший бал</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>&amp;Видалити діапазон</translation>
    </message>
    <message>
        <source>Remove grade band</source>
        <translation>Видалити діапазон оцінки</translation>
    </message>
    <message>
        <source>Remove the chosen band</source>
        <translation>Видалити вибраний діапазон</translation>
    </message>
    <message>
        <source>Minimum coverage for a grade</source>
        <translation>Мінімальне охоплення для оцінки</translation>
    </message>
    <message>
        <source>Minimum coverage explained</source>
        <translation>Пояснення мінімального охоплення</translation>
    </message>
    <message>
        <source>A country&apos;s score (0 to 100) gets the grade of the band it falls in. Bands start at different scores, and the lowest starts at 0, so every score has a grade.</source>
        <translation>Бал країни (від 0 до 100) отримує оцінку того діапазону, у який потрапляє. Діапазони починаються з різних балів, а найменший — з 0, тож кожен бал має оцінку.</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <source>Minimum &amp;coverage for a grade</source>
        <translation>Мінімальне &amp;охоплення для оцінки</translation>
    </message>
    <message>
        <source>min coverage for grade</source>
        <translation>мінімальне охоплення</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>нижче %1</translation>
    </message>
    <message>
        <source>Every country with a score gets a grade and a rank.</source>
        <translation>Кожна країна з балом отримує оцінку й місце в рейтингу.</translation>
    </message>
    <message>
        <source>A country gets a grade and a rank once %1 % of its recommendations are assessed (%2 of %3 now); with fewer it has a score but no grade.</source>
        <translation>Країна отримує оцінку й місце в рейтингу, щойно оцінено %1 % її рекомендацій (зараз %2 з %3); якщо менше, вона має бал, але не має оцінки.</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Save the changes you made in this form?</source>
        <translation>Зберегти зміни, внесені в цій формі?</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>added</source>
        <extracomment>Entries a page reads. At most this many entries are exported (what is shown, fetched on to this cap). New entries read on top after a change; more than this and the list is read afresh. Entries written since the list was read that are looked through for new rows; more and it is read afresh. Ids a walk&apos;s step on its thread looks at first; a step quicker than STEP_GROW_S doubles it, up to WALK_SCAN_MAX. How much lower than the window&apos;s a walk thread&apos;s scheduling priority is (Linux niceness). Ids one step looks at when the walk runs on the GUI thread (an in-memory tracker). How often (ms) the list takes in what its walk found. A search that has run this long (seconds) shows its Stop button. How the list and the kind filter name each kind of entry (db.history_view.KINDS; the filter capitalises it).</extracomment>
        <translation>додано</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>архівовано</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>відновлено</translation>
    </message>
    <message>
        <source>status set</source>
        <translation>статус встановлено</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>виправлено</translation>
    </message>
    <message>
        <source>review</source>
        <translation>перевірка</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>кодова книга</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>group</source>
        <translation>група</translation>
    </message>
    <message>
        <source>import</source>
        <translation>імпорт</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>виправлення файлу</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>The walk found, checked, counted, finished, failed or was stopped: the count line follows it. The person asked to open an entry&apos;s evidence (its uid). The person asked to open an entry&apos;s cell (country code, recommendation code). The person asked to open a review entry&apos;s proposal (its uid); unconnected, its cell opens instead.</extracomment>
        <translation>Історія</translation>
    </message>
    <message>
        <source>History person</source>
        <translation>Історія: хто</translation>
    </message>
    <message>
        <source>Only the changes one person made</source>
        <translation>Лише зміни, зроблені однією особою</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Історія: від</translation>
    </message>
    <message>
        <source>History to</source>
        <translation>Історія: до</translation>
    </message>
    <message>
        <source>History kind</source>
        <translation>Історія: тип</translation>
    </message>
    <message>
        <source>History country</source>
        <translation>Історія: країна</translation>
    </message>
    <message>
        <source>History recommendation</source>
        <translation>Історія: рекомендація</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Пошук в історії</translation>
    </message>
    <message>
        <source>Search the changes…</source>
        <translation>Шукати в змінах…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>History list</source>
        <translation>Список історії</translation>
    </message>
    <message>
        <source>History count</source>
        <translation>Лічильник історії</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Stop searching the history</source>
        <translation>Зупинити пошук в історії</translation>
    </message>
    <message>
        <source>Stop looking through older changes; what was found stays</source>
        <translation>Припинити перегляд старіших змін; знайдене залишиться</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Експорт CSV…</translation>
    </message>
    <message>
        <source>Export history shown as CSV</source>
        <translation>Експортувати показану історію в CSV</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Експорт JSON…</translation>
    </message>
    <message>
        <source>Export history shown as JSON</source>
        <translation>Експортувати показану історію в JSON</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Усі рекомендації</translation>
    </message>
    <message>
        <source>Search on</source>
        <translation>Шукати далі</translation>
    </message>
    <message>
        <source>Search older history</source>
        <translation>Шукати в старішій історії</translation>
    </message>
    <message>
        <source>The history could not be searched: %1</source>
        <translation>Не вдалося виконати пошук в історії: %1</translation>
    </message>
    <message numerus="yes">
        <source>Searching… checked %1 of %Ln changes; %2 found so far</source>
        <translation>
            <numerusform>Пошук… перевірено %1 з %Ln зміни; поки знайдено %2</numerusform>
            <numerusform>Пошук… перевірено %1 з %Ln змін; поки знайдено %2</numerusform>
            <numerusform>Пошук… перевірено %1 з %Ln змін; поки знайдено %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… checked %1 of %Ln changes</source>
        <translation>
            <numerusform>Пошук… перевірено %1 з %Ln зміни</numerusform>
            <numerusform>Пошук… перевірено %1 з %Ln змін</numerusform>
            <numerusform>Пошук… перевірено %1 з %Ln змін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after checking %1 of %Ln changes; %2 found.</source>
        <translation>
            <numerusform>Зупинено після перевірки %1 з %Ln зміни; знайдено %2.</numerusform>
            <numerusform>Зупинено після перевірки %1 з %Ln змін; знайдено %2.</numerusform>
            <numerusform>Зупинено після перевірки %1 з %Ln змін; знайдено %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation>Немає відповідних змін.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of ≥ %Ln matching changes shown (counting…)</source>
        <translation>
            <numerusform>Показано %1 з ≥ %Ln відповідної зміни (підрахунок…)</numerusform>
            <numerusform>Показано %1 з ≥ %Ln відповідних змін (підрахунок…)</numerusform>
            <numerusform>Показано %1 з ≥ %Ln відповідних змін (підрахунок…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of ≥ %Ln changes shown (counting…)</source>
        <translation>
            <numerusform>Показано %1 з ≥ %Ln зміни (підрахунок…)</numerusform>
            <numerusform>Показано %1 з ≥ %Ln змін (підрахунок…)</numerusform>
            <numerusform>Показано %1 з ≥ %Ln змін (підрахунок…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching changes shown</source>
        <translation>
            <numerusform>Показано %1 з %Ln відповідної зміни</numerusform>
            <numerusform>Показано %1 з %Ln відповідних змін</numerusform>
            <numerusform>Показано %1 з %Ln відповідних змін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln changes shown</source>
        <translation>
            <numerusform>Показано %1 з %Ln зміни</numerusform>
            <numerusform>Показано %1 з %Ln змін</numerusform>
            <numerusform>Показано %1 з %Ln змін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching changes</source>
        <translation>
            <numerusform>%Ln відповідна зміна</numerusform>
            <numerusform>%Ln відповідні зміни</numerusform>
            <numerusform>%Ln відповідних змін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln зміна</numerusform>
            <numerusform>%Ln зміни</numerusform>
            <numerusform>%Ln змін</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; scroll for older ones</source>
        <translation>%1; прокрутіть, щоб побачити старіші</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файли JSON (*.json)</translation>
    </message>
    <message>
        <source>Export history shown</source>
        <translation>Експортувати показану історію</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Експорт історії</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Читання історії</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Експорт скасовано; нічого не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln changes to %1.</source>
        <translation>
            <numerusform>Записано %Ln зміну до %1.</numerusform>
            <numerusform>Записано %Ln зміни до %1.</numerusform>
            <numerusform>Записано %Ln змін до %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> Only the newest %1 were written; narrow the filters for the rest.</source>
        <translation> Записано лише %1 найновіших; щоб отримати решту, звузьте фільтри.</translation>
    </message>
</context>
<context>
    <name>ImportCodebook</name>
    <message numerus="yes">
        <source>This tracker already has %n recommendations; a codebook&apos;s recommendations can only be imported into a blank tracker (File &gt; New, blank).</source>
        <comment>This tracker already has %n recommendation; a codebook&apos;s recommendations can only be imported into a blank tracker (File &gt; New, blank).</comment>
        <extracomment>The columns of a recommendations file. The operation the history records for a codebook import. The codebook import&apos;s sentences that hold a count (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>
            <numerusform>У цьому трекері вже є %n рекомендація; рекомендації кодової книги можна імпортувати лише в порожній трекер (Файл &gt; Новий трекер, порожній).</numerusform>
            <numerusform>У цьому трекері вже є %n рекомендації; рекомендації кодової книги можна імпортувати лише в порожній трекер (Файл &gt; Новий трекер, порожній).</numerusform>
            <numerusform>У цьому трекері вже є %n рекомендацій; рекомендації кодової книги можна імпортувати лише в порожній трекер (Файл &gt; Новий трекер, порожній).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This tracker already has %n recommendations; recommendations can only be imported into a blank tracker (File &gt; New, blank).</source>
        <comment>This tracker already has %n recommendation; recommendations can only be imported into a blank tracker (File &gt; New, blank).</comment>
        <translation>
            <numerusform>У цьому трекері вже є %n рекомендація; рекомендації можна імпортувати лише в порожній трекер (Файл &gt; Новий трекер, порожній).</numerusform>
            <numerusform>У цьому трекері вже є %n рекомендації; рекомендації можна імпортувати лише в порожній трекер (Файл &gt; Новий трекер, порожній).</numerusform>
            <numerusform>У цьому трекері вже є %n рекомендацій; рекомендації можна імпортувати лише в порожній трекер (Файл &gt; Новий трекер, порожній).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The codebook&apos;s status scale has no {codes}, which %n assessments in this tracker use; add those statuses to the codebook (or import it into a blank tracker).</source>
        <comment>The codebook&apos;s status scale has no {codes}, which %n assessment in this tracker use; add those statuses to the codebook (or import it into a blank tracker).</comment>
        <translation>
            <numerusform>У шкалі статусів кодової книги немає {codes}, а в цьому трекері їх використовує %n оцінка; додайте ці статуси до кодової книги (або імпортуйте її в порожній трекер).</numerusform>
            <numerusform>У шкалі статусів кодової книги немає {codes}, а в цьому трекері їх використовують %n оцінки; додайте ці статуси до кодової книги (або імпортуйте її в порожній трекер).</numerusform>
            <numerusform>У шкалі статусів кодової книги немає {codes}, а в цьому трекері їх використовують %n оцінок; додайте ці статуси до кодової книги (або імпортуйте її в порожній трекер).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown column {column!r}; the columns are: {columns}.</source>
        <translation>Невідомий стовпець {column!r}; можливі стовпці: {columns}.</translation>
    </message>
    <message>
        <source>The column {column!r} appears twice.</source>
        <translation>Стовпець {column!r} трапляється двічі.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cells but the header has {width}.</source>
        <translation>
            <numerusform>У рядку %n клітинка, а в заголовках — {width}.</numerusform>
            <numerusform>У рядку %n клітинки, а в заголовках — {width}.</numerusform>
            <numerusform>У рядку %n клітинок, а в заголовках — {width}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code {code!r} is used twice (first on line {first}).</source>
        <translation>Код {code!r} використано двічі (уперше в рядку {first}).</translation>
    </message>
    <message>
        <source>The title {title!r} is used twice (first on line {first}).</source>
        <translation>Назву {title!r} використано двічі (уперше в рядку {first}).</translation>
    </message>
    <message>
        <source>The file has a header row but no recommendations.</source>
        <translation>У файлі є рядок заголовків, але немає рекомендацій.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>The required column {column!r} is missing.</source>
        <translation>Немає обов’язкового стовпця {column!r}.</translation>
    </message>
    <message>
        <source>Unknown column {column!r}; the columns are: {columns} (rename it, delete it, or choose to ignore it).</source>
        <extracomment>The wizard&apos;s overrides: one field (or None) per column, or a dict keyed by column index or header text.</extracomment>
        <translation>Невідомий стовпець {column!r}; можливі стовпці: {columns} (перейменуйте його, видаліть або виберіть «ігнорувати цей стовпець»).</translation>
    </message>
    <message>
        <source>Columns {first!r} and {second!r} both give the {field}; keep one.</source>
        <translation>Стовпці {first!r} і {second!r} обидва задають поле {field}; залиште один.</translation>
    </message>
    <message>
        <source>The required column {column!r} (or event_date) is missing.</source>
        <translation>Немає обов’язкового стовпця {column!r} (або event_date).</translation>
    </message>
    <message>
        <source>The file needs at least one of the columns &apos;title&apos;, &apos;url&apos; or &apos;notes&apos;.</source>
        <translation>Файлу потрібен принаймні один зі стовпців &apos;title&apos;, &apos;url&apos; або &apos;notes&apos;.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Stable id of existing evidence: the row updates that record (a new uid creates a record with it).</source>
        <extracomment>Every field an import file can fill, in the order the README lists them. A row needs at least one of these (a missing title is taken from the notes). Other names accepted for a field (after normalising: lower case, spaces and &apos;-&apos; as &apos;_&apos;). Columns of our own evidence export that an import reads past (they are set by the tracker). What each field takes (the wizard&apos;s tooltips; translatable, see db.messages).</extracomment>
        <translation>Сталий ідентифікатор наявного доказу: рядок оновлює цей запис (новий uid створює запис із ним).</translation>
    </message>
    <message>
        <source>When it happened: YYYY-MM-DD or YYYYMMDD (alias: event_date).</source>
        <translation>Коли це сталося: YYYY-MM-DD або YYYYMMDD (інша назва стовпця: event_date).</translation>
    </message>
    <message>
        <source>Alpha-2, alpha-3, English name or group:NAME; several separated by |, ; or ,.</source>
        <translation>Код alpha-2, alpha-3, англійська назва або group:НАЗВА; кілька — через |, ; або ,.</translation>
    </message>
    <message>
        <source>Recommendation codes or titles; several separated by |, ; or ,.</source>
        <translation>Коди або назви рекомендацій; кілька — через |, ; або ,.</translation>
    </message>
    <message>
        <source>Short title (taken from the start of the notes when empty).</source>
        <translation>Короткий заголовок (якщо порожній, береться з початку нотаток).</translation>
    </message>
    <message>
        <source>Web address of the source (http:// or https://).</source>
        <translation>Вебадреса джерела (http:// або https://).</translation>
    </message>
    <message>
        <source>Archived copy of the source (http:// or https://).</source>
        <translation>Архівна копія джерела (http:// або https://).</translation>
    </message>
    <message>
        <source>When the source was read: YYYY-MM-DD or YYYYMMDD.</source>
        <translation>Коли джерело прочитали: YYYY-MM-DD або YYYYMMDD.</translation>
    </message>
    <message>
        <source>Who published the source.</source>
        <translation>Хто опублікував джерело.</translation>
    </message>
    <message>
        <source>official, media, ngo, international or other (default other).</source>
        <translation>official, media, ngo, international або other (типово other).</translation>
    </message>
    <message>
        <source>Language of the source.</source>
        <translation>Мова джерела.</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Довільний текст.</translation>
    </message>
    <message>
        <source>Status code or label: sets every linked cell&apos;s status effective on the date.</source>
        <translation>Код або назва статусу: задає статус кожної пов’язаної клітинки з цієї дати.</translation>
    </message>
    <message>
        <source>Why that status (required with a status).</source>
        <translation>Чому такий статус (обов’язково разом зі статусом).</translation>
    </message>
    <message>
        <source>verified, reported or claimed (default reported; only with a status).</source>
        <translation>verified, reported або claimed (типово reported; лише зі статусом).</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Excel workbook, sheet {sheet!r}</source>
        <extracomment>The largest cell the CSV reader accepts at all; longer text is refused by field rules anyway.</extracomment>
        <translation>Книга Excel, аркуш {sheet!r}</translation>
    </message>
    <message>
        <source>CSV, {encoding}, comma-separated</source>
        <translation>CSV, {encoding}, роздільник — кома</translation>
    </message>
    <message>
        <source>CSV, {encoding}, semicolon-separated</source>
        <translation>CSV, {encoding}, роздільник — крапка з комою</translation>
    </message>
    <message>
        <source>CSV, {encoding}, tab-separated</source>
        <translation>CSV, {encoding}, роздільник — табуляція</translation>
    </message>
    <message>
        <source>CSV, {encoding}, {delimiter!r}-separated</source>
        <translation>CSV, {encoding}, роздільник {delimiter!r}</translation>
    </message>
    <message>
        <source>The workbook cannot be read from here on ({reason}).</source>
        <translation>Книгу неможливо прочитати далі з цього місця ({reason}).</translation>
    </message>
    <message>
        <source>A quoted cell starting on this line is never closed (a closing &quot; is missing).</source>
        <translation>Клітинку в лапках, що починається в цьому рядку, не закрито (бракує закривальної &quot;).</translation>
    </message>
    <message>
        <source>Text follows a closing quote in a cell; put the whole cell in quotes and double any &quot; inside it.</source>
        <translation>У клітинці після закривальної лапки є текст; візьміть усю клітинку в лапки й подвойте кожну &quot; всередині.</translation>
    </message>
    <message>
        <source>A cell is longer than {megabytes} MB.</source>
        <translation>Клітинка довша за {megabytes} МБ.</translation>
    </message>
    <message>
        <source>A line break inside a cell that is not in quotes.</source>
        <translation>Розрив рядка всередині клітинки, яка не в лапках.</translation>
    </message>
    <message>
        <source>The row cannot be read as CSV ({reason}).</source>
        <translation>Рядок неможливо прочитати як CSV ({reason}).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row naming the columns.</source>
        <extracomment>A file with no header row at all.</extracomment>
        <translation>Файл порожній: потрібен рядок заголовків із назвами стовпців.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} неможливо прочитати: {reason}.</translation>
    </message>
    <message>
        <source>This is an old-style Excel (.xls) or other binary file; save it as .xlsx or as CSV UTF-8.</source>
        <translation>Це старий файл Excel (.xls) або інший двійковий файл; збережіть його як .xlsx або як CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {reason}.</source>
        <translation>Файл неможливо імпортувати: {reason}.</translation>
    </message>
    <message>
        <source>Unknown text encoding {encoding!r}; use one of: {known}.</source>
        <translation>Невідоме кодування тексту {encoding!r}; виберіть одне з: {known}.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file: it is full of control characters. It looks like UTF-16 text without a byte-order mark: choose UTF-16 as its encoding.</source>
        <translation>Це не текстовий файл (CSV): у ньому повно керівних символів. Схоже на текст UTF-16 без позначки порядку байтів: виберіть для нього кодування UTF-16.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file: it is full of control characters. Save it as CSV UTF-8.</source>
        <translation>Це не текстовий файл (CSV): у ньому повно керівних символів. Збережіть його як CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not valid UTF-8 (byte 0x{byte:02X}{near}), but line {utf8_line} is: the file mixes encodings, and reading it all as one would garble some rows. Choose its encoding (&quot;{mixed}&quot; reads each line as UTF-8, else as Windows-1252), or save it again as CSV UTF-8.</source>
        <translation>Рядок {line} — некоректний UTF-8 (байт 0x{byte:02X}{near}), а рядок {utf8_line} — коректний: у файлі змішано кодування, і якщо читати його весь в одному, частина рядків спотвориться. Виберіть кодування файлу («{mixed}» читає кожен рядок як UTF-8, інакше як Windows-1252) або збережіть його знову як CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not text in UTF-8 or Windows-1252: byte 0x{byte:02X} cannot be read{near}. Choose the file&apos;s encoding, or save it as CSV UTF-8.</source>
        <translation>Рядок {line} — не текст у UTF-8 чи Windows-1252: байт 0x{byte:02X} неможливо прочитати{near}. Виберіть кодування файлу або збережіть його як CSV UTF-8.</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <extracomment>Byte-order marks that name their encoding (UTF-32 first: its little-endian mark begins with UTF-16&apos;s). The encodings offered by the import wizard and ``--encoding``: (name, label); None is &quot;detect it&quot;. Labels with words are translatable (db.messages) so that the sentences naming an encoding are too.</extracomment>
        <translation>Автоматично (UTF-8, інакше Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (західноєвропейське)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (латиниця-1)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2, Central European)</source>
        <translation>ISO-8859-2 (латиниця-2, центральноєвропейське)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (центральноєвропейське)</translation>
    </message>
    <message>
        <source>UTF-8 and Windows-1252 mixed, line by line</source>
        <translation>UTF-8 і Windows-1252 упереміш, рядок за рядком</translation>
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
        <translation>Рядок {line} — некоректний текст у кодуванні {encoding}: байт 0x{byte:02X} неможливо прочитати{near}. Виберіть інше кодування або збережіть файл як CSV UTF-8.</translation>
    </message>
    <message>
        <source>{delimiter!r} cannot separate cells; use &apos;,&apos;, &apos;;&apos; or a tab.</source>
        <extracomment>A character of two to four bytes in UTF-8: rare by chance in text of a one-byte encoding. Where one may start: searched for first, six times faster than the whole pattern.</extracomment>
        <translation>{delimiter!r} не може розділяти клітинки; використовуйте &apos;,&apos;, &apos;;&apos; або табуляцію.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Everything is written in one step; if anything fails or you cancel, nothing is.</source>
        <translation>Усе записується за один крок; якщо щось не вдасться або ви скасуєте, нічого не буде записано.</translation>
    </message>
    <message>
        <source>✓ Imported.</source>
        <translation>✓ Імпортовано.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Імпорт скасовано. Нічого не записано.</translation>
    </message>
    <message>
        <source>⚠ Nothing was written: %1</source>
        <translation>⚠ Нічого не записано: %1</translation>
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
        <translation>заголовки</translation>
    </message>
    <message>
        <source>row</source>
        <translation>рядок</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>рядки</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>стовпець {number}</translation>
    </message>
    <message>
        <source>line {line}: {field}: {message}</source>
        <translation>рядок {line}: {field}: {message}</translation>
    </message>
    <message>
        <source>Same URL (or title without one), date and cells as line {line}: skipped.</source>
        <translation>Та сама URL-адреса (або заголовок, якщо її немає), дата й клітинки, що й у рядку {line}: пропущено.</translation>
    </message>
    <message>
        <source>Same URL (or title without one), date and cells as evidence {uid}: skipped.</source>
        <translation>Та сама URL-адреса (або заголовок, якщо її немає), дата й клітинки, що й у доказі {uid}: пропущено.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Нічого не імпортовано.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблеми</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {problem} ({more}).</source>
        <translation>Нічого не імпортовано (є ще {more}): {said}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Нічого не імпортовано: {said}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Імпорт скасовано; нічого не записано.</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <extracomment>Rows validated (and written) together; progress and cancel are checked between batches. The operation the history records for everything an import writes. Duplicate keys of the tracker&apos;s evidence handed to the scratch store at once. A row whose evidence would have neither title, URL nor notes.</extracomment>
        <translation>Дайте доказу принаймні заголовок, URL або нотатки.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before changing this evidence&apos;s countries.</source>
        <extracomment>An update row that would link archived countries or recommendations: (which, several) -&gt; sentence.</extracomment>
        <translation>В архіві: {codes}; відновіть її, перш ніж змінювати країни цього доказу.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before changing this evidence&apos;s countries.</source>
        <translation>В архіві: {codes}; відновіть їх, перш ніж змінювати країни цього доказу.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before changing this evidence&apos;s recommendations.</source>
        <translation>В архіві: {codes}; відновіть її, перш ніж змінювати рекомендації цього доказу.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before changing this evidence&apos;s recommendations.</source>
        <translation>В архіві: {codes}; відновіть їх, перш ніж змінювати рекомендації цього доказу.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows to import.</source>
        <translation>У файлі є рядок заголовків, але немає рядків для імпорту.</translation>
    </message>
    <message>
        <source>The uid {uid} appears more than once in the file (first on line {first}).</source>
        <translation>uid {uid} трапляється у файлі більше ніж один раз (уперше в рядку {first}).</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before adding evidence.</source>
        <translation>В архіві: {codes}; відновіть їх, перш ніж додавати доказ.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before adding evidence.</source>
        <translation>В архіві: {codes}; відновіть з архіву, перш ніж додавати доказ.</translation>
    </message>
    <message>
        <source>a cell is missing or a quote is misplaced.</source>
        <extracomment>The longest text each evidence field takes from a cell. The longest rationale a cell may give. How each evidence field is checked (plain text when not listed). Date cells remembered (they repeat a lot). A row&apos;s sentences that hold a count (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>бракує клітинки або лапка стоїть не там.</translation>
    </message>
    <message>
        <source>a cell may need quotes around it (it contains the delimiter).</source>
        <translation>можливо, клітинку треба взяти в лапки (у ній є роздільник).</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cells but the header has {width}; {why}</source>
        <translation>
            <numerusform>У рядку %n клітинка, а в заголовках — {width}; {why}</numerusform>
            <numerusform>У рядку %n клітинки, а в заголовках — {width}; {why}</numerusform>
            <numerusform>У рядку %n клітинок, а в заголовках — {width}; {why}</numerusform>
        </translation>
    </message>
    <message>
        <source>This column has no name in the header but the row has a value in it.</source>
        <translation>У заголовках цей стовпець не має назви, але в рядку в ньому є значення.</translation>
    </message>
    <message>
        <source>Unknown recommendations {items}: use a code ({codes}) or a title.</source>
        <translation>Невідомі рекомендації {items}: вкажіть код ({codes}) або назву.</translation>
    </message>
    <message>
        <source>Unknown recommendation {items}: use a code ({codes}) or a title.</source>
        <translation>Невідома рекомендація {items}: вкажіть код ({codes}) або назву.</translation>
    </message>
    <message>
        <source>At least one recommendation is required.</source>
        <translation>Потрібна принаймні одна рекомендація.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}; use one of: {codes} (or its label).</source>
        <translation>Невідомий статус {status!r}; використовуйте один із кодів: {codes} (або назву статусу).</translation>
    </message>
    <message>
        <source>{label!r} is where every cell starts; choose a judgement instead.</source>
        <translation>{label!r} — початковий стан кожної клітинки; виберіть натомість оцінку.</translation>
    </message>
    <message>
        <source>A rationale was given without a status to set.</source>
        <translation>Обґрунтування подано без статусу, який треба задати.</translation>
    </message>
    <message>
        <source>A confidence was given without a status to set.</source>
        <translation>Надійність подано без статусу, який треба задати.</translation>
    </message>
    <message>
        <source>A status needs a rationale (why that status).</source>
        <translation>Статусу потрібне обґрунтування (чому такий статус).</translation>
    </message>
    <message>
        <source> (for a group write {groups})</source>
        <translation> (для групи пишіть {groups})</translation>
    </message>
    <message>
        <source>Unknown countries {items}: use an ISO code, an English name or group:NAME{hint}.</source>
        <translation>Невідомі країни {items}: вкажіть код ISO, англійську назву або group:НАЗВА{hint}.</translation>
    </message>
    <message>
        <source>Unknown country {items}: use an ISO code, an English name or group:NAME{hint}.</source>
        <translation>Невідома країна {items}: вкажіть код ISO, англійську назву або group:НАЗВА{hint}.</translation>
    </message>
    <message>
        <source>The groups named here have no tracked members.</source>
        <translation>Названі тут групи не мають країн, що відстежуються.</translation>
    </message>
    <message>
        <source>At least one country (or group:NAME) is required.</source>
        <translation>Потрібна принаймні одна країна (або group:НАЗВА).</translation>
    </message>
    <message>
        <source>Not tracked in this tracker: {names}. Add them first, or import with the option to add countries.</source>
        <translation>Цей трекер не відстежує: {names}. Спершу додайте їх або імпортуйте з додаванням нових країн.</translation>
    </message>
    <message>
        <source>Not tracked in this tracker: {names}. Add it first, or import with the option to add countries.</source>
        <translation>Цей трекер не відстежує: {names}. Спершу додайте її або імпортуйте з додаванням нових країн.</translation>
    </message>
</context>
<context>
    <name>ImportRunTexts</name>
    <message numerus="yes">
        <source>%Ln rows read…</source>
        <translation>
            <numerusform>Прочитано %Ln рядок…</numerusform>
            <numerusform>Прочитано %Ln рядки…</numerusform>
            <numerusform>Прочитано %Ln рядків…</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Перебіг</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>ImportTotals</name>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <extracomment>The summary&apos;s counts (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>
            <numerusform>%n рядок</numerusform>
            <numerusform>%n рядки</numerusform>
            <numerusform>%n рядків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новий</numerusform>
            <numerusform>%n нові</numerusform>
            <numerusform>%n нових</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n оновлений</numerusform>
            <numerusform>%n оновлені</numerusform>
            <numerusform>%n оновлених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <comment>%n duplicate skipped</comment>
        <translation>
            <numerusform>%n дублікат пропущено</numerusform>
            <numerusform>%n дублікати пропущено</numerusform>
            <numerusform>%n дублікатів пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statuses set</source>
        <comment>%n status set</comment>
        <translation>
            <numerusform>%n статус задано</numerusform>
            <numerusform>%n статуси задано</numerusform>
            <numerusform>%n статусів задано</numerusform>
        </translation>
    </message>
    <message>
        <source>countries added: {codes}</source>
        <translation>додані країни: {codes}</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <comment>%n error</comment>
        <translation>
            <numerusform>%n помилка</numerusform>
            <numerusform>%n помилки</numerusform>
            <numerusform>%n помилок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import evidence</source>
        <translation>Імпорт доказів</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далі &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared tracker</source>
        <translation>Приєднатися до спільного трекера</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Ask to join.&lt;/b&gt; Send your join code (or the join file) to the tracker&apos;s coordinator, and read your fingerprint to them by another channel.</source>
        <translation>&lt;b&gt;1. Попросіть приєднання.&lt;/b&gt; Надішліть свій код приєднання (або файл приєднання) координаторові трекера й прочитайте йому свій відбиток іншим каналом.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>As the other members will see it</source>
        <translation>Як його бачитимуть інші учасники</translation>
    </message>
    <message>
        <source>&amp;Make join code</source>
        <translation>&amp;Створити код приєднання</translation>
    </message>
    <message>
        <source>Make join code</source>
        <translation>Створити код приєднання</translation>
    </message>
    <message>
        <source>Your join code</source>
        <translation>Ваш код приєднання</translation>
    </message>
    <message>
        <source>Your join code appears here.</source>
        <translation>Тут з’явиться ваш код приєднання.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ваш відбиток</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Скопі&amp;ювати код</translation>
    </message>
    <message>
        <source>Copy the join code</source>
        <translation>Скопіювати код приєднання</translation>
    </message>
    <message>
        <source>Save join &amp;file…</source>
        <translation>Зберегти &amp;файл приєднання…</translation>
    </message>
    <message>
        <source>Save the join file</source>
        <translation>Зберегти файл приєднання</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Join.&lt;/b&gt; Once the coordinator has added you and the folder has synced, choose the folder and where your own copy goes.</source>
        <translation>&lt;b&gt;2. Приєднайтеся.&lt;/b&gt; Коли координатор додасть вас і папка синхронізується, виберіть папку та місце для своєї копії.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Спільна папка</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Вибрати спільну папку</translation>
    </message>
    <message>
        <source>Your copy of the tracker</source>
        <translation>Ваша копія трекера</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ви&amp;брати…</translation>
    </message>
    <message>
        <source>Choose where your copy goes</source>
        <translation>Вибрати, де буде ваша копія</translation>
    </message>
    <message>
        <source>The coordinator&apos;s fingerprint</source>
        <translation>Відбиток координатора</translation>
    </message>
    <message>
        <source>As the coordinator told you, e.g. NWJ1-86S4-QW1D-4WQ5</source>
        <translation>Як повідомив координатор, напр. NWJ1-86S4-QW1D-4WQ5</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Код приєднання:</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>Ваш відбиток:</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Спільна &amp;папка:</translation>
    </message>
    <message>
        <source>Your &amp;copy:</source>
        <translation>Ваша к&amp;опія:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fin&amp;gerprint:</source>
        <translation>Відбито&amp;к координатора:</translation>
    </message>
    <message>
        <source>Why joining did not work</source>
        <translation>Чому не вдалося приєднатися</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Приєднання</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Приєднатися</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Приєднатися</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Спершу введіть своє ім’я.</translation>
    </message>
    <message>
        <source>Join files (*.ptjoin);;All files (*)</source>
        <translation>Файли приєднання (*.ptjoin);;Усі файли (*)</translation>
    </message>
    <message>
        <source>The join file could not be saved: %1.</source>
        <translation>Не вдалося зберегти файл приєднання: %1.</translation>
    </message>
    <message>
        <source>Where your copy goes</source>
        <translation>Де буде ваша копія</translation>
    </message>
    <message>
        <source>Policy trackers (*.db);;All files (*)</source>
        <translation>Трекери політик (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Choose the shared folder and where your copy goes first.</source>
        <translation>Спершу виберіть спільну папку та місце для копії.</translation>
    </message>
    <message>
        <source>Type the coordinator&apos;s fingerprint, as they told you.</source>
        <translation>Введіть відбиток координатора так, як він вам повідомив.</translation>
    </message>
    <message>
        <source>Building your copy from the shared folder…</source>
        <translation>Створюється ваша копія зі спільної папки…</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>The file in the app&apos;s data folder where unexpected errors&apos; tracebacks go.</extracomment>
        <translation>Щось пішло не так</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>* not graded (under half assessed)</source>
        <extracomment>The matrix&apos;s other marks, explained after the statuses. Explained while review is on or any proposal waits (:func:`matrix_marks`).</extracomment>
        <translation>* без підсумкової оцінки (оцінено менше половини)</translation>
    </message>
    <message>
        <source>* not graded (under all assessed)</source>
        <translation>* без підсумкової оцінки (оцінено не все)</translation>
    </message>
    <message>
        <source>* not graded (under %1 assessed)</source>
        <translation>* без підсумкової оцінки (оцінено менше %1)</translation>
    </message>
    <message>
        <source>%1 needs review</source>
        <translation>%1 потребує перевірки</translation>
    </message>
    <message>
        <source>number = pieces of evidence</source>
        <translation>число = кількість доказів</translation>
    </message>
    <message>
        <source>%1 proposed, waiting for review</source>
        <translation>%1 запропоновано, чекає на перевірку</translation>
    </message>
    <message>
        <source>%1 conflicting judgements</source>
        <translation>%1 суперечливі оцінки</translation>
    </message>
    <message>
        <source>▲▼ outlined: changed since the comparison date</source>
        <translation>▲▼ у рамці: змінилося після дати порівняння</translation>
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
        <translation>Відкриваються лише вебпосилання (http або https): %1</translation>
    </message>
    <message>
        <source>This link was not opened. %1</source>
        <translation>Це посилання не відкрито. %1</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>нікуди</translation>
    </message>
    <message>
        <source>This link was not opened: it shows %1 but would open %2. Check the address in the evidence and correct it.</source>
        <translation>Це посилання не відкрито: воно показує %1, а відкрило б %2. Перевірте адресу в доказі й виправте її.</translation>
    </message>
    <message>
        <source>This evidence has no link</source>
        <translation>У цього доказу немає посилання</translation>
    </message>
    <message>
        <source>Opens %1 in your browser. Careful: the address mixes alphabets.</source>
        <translation>Відкриває %1 у браузері. Обережно: в адресі змішано алфавіти.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Відкриває %1 у браузері</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Evidence</source>
        <extracomment>How long after the window is first shown the day&apos;s backup starts (after the first paint, off the start-up path). The actions that change the tracker: disabled while it is open read-only (db.store.Tracker.read_only).</extracomment>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Scorecards page</source>
        <translation>Сторінка «Оцінки країн»</translation>
    </message>
    <message>
        <source>History page</source>
        <translation>Сторінка «Історія»</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Сторінка «Перевірка»</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Подання</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Матриця</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>До&amp;кази</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>Оці&amp;нки країн</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>П&amp;еревірка</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Лише для читання</translation>
    </message>
    <message>
        <source>That proposal no longer exists (it was undone); the History tab keeps what it said.</source>
        <translation>Цієї пропозиції більше немає (її скасовано); на вкладці «Історія» збережено, що в ній було.</translation>
    </message>
    <message>
        <source>&amp;Review (%1)</source>
        <translation>П&amp;еревірка (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed statuses waiting for your review</source>
        <translation>
            <numerusform>%Ln запропонований статус чекає на вашу перевірку</numerusform>
            <numerusform>%Ln запропоновані статуси чекають на вашу перевірку</numerusform>
            <numerusform>%Ln запропонованих статусів чекають на вашу перевірку</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed statuses and their review</source>
        <translation>Запропоновані статуси та їх перевірка</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>у пам’яті</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (лише для читання)</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Лише для читання: %1</translation>
    </message>
    <message>
        <source>%1 is not in %2: showing all countries.</source>
        <translation>%1 немає в групі %2: показано всі країни.</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Новий доказ</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Встановити статус</translation>
    </message>
    <message>
        <source>Select a cell of the matrix first (a country and a recommendation).</source>
        <translation>Спершу виберіть клітинку матриці (країну й рекомендацію).</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Змінити доказ</translation>
    </message>
    <message>
        <source>That evidence no longer exists.</source>
        <translation>Цього доказу більше немає.</translation>
    </message>
    <message>
        <source>This evidence no longer exists: another program deleted it. What you typed is kept; add it again as new evidence if it is still needed.</source>
        <translation>Цього доказу більше немає: його видалила інша програма. Те, що ви ввели, збережено; додайте його знову як новий доказ, якщо він ще потрібен.</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Архівувати доказ</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Кодова книга</translation>
    </message>
    <message>
        <source>Countries and groups</source>
        <translation>Країни й групи</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Відкрити посилання</translation>
    </message>
    <message>
        <source>This link&apos;s address mixes alphabets, so it can pass for another site&apos;s:

%1

Open it?</source>
        <translation>В адресі цього посилання змішано алфавіти, тож він може видавати себе за адресу іншого сайту:

%1

Відкрити його?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Відкривається %1…</translation>
    </message>
    <message>
        <source>No browser could open %1.

Copy the link, to paste it into a browser?</source>
        <translation>Жоден браузер не зміг відкрити %1.

Скопіювати посилання, щоб вставити його в браузер?</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Скопіювати посилання</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Посилання скопійовано: %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>— ignore this column —</source>
        <translation>— ігнорувати цей стовпець —</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>Попередній перегляд і стовпці</translation>
    </message>
    <message>
        <source>Check the first rows; match any column whose name differs from the tracker&apos;s fields.</source>
        <translation>Перевірте перші рядки; зіставте кожен стовпець, назва якого відрізняється від полів трекера.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файлу</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Попередній перегляд файлу</translation>
    </message>
    <message>
        <source>Column problems</source>
        <translation>Проблеми зі стовпцями</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — which field each column of the file fills</source>
        <translation>&lt;b&gt;Стовпці&lt;/b&gt; — яке поле заповнює кожен стовпець файлу</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln columns</source>
        <translation>
            <numerusform>%1: %2, %Ln стовпець</numerusform>
            <numerusform>%1: %2, %Ln стовпці</numerusform>
            <numerusform>%1: %2, %Ln стовпців</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(стовпець %1 без назви)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Поле для стовпця %1</translation>
    </message>
</context>
<context>
    <name>MatrixImage</name>
    <message>
        <source>Score: weighted mean of the assessed recommendations, 0–100; recommendations not assessed are left out.</source>
        <translation>Бал: середнє зважене оцінених рекомендацій, 0–100; неоцінені рекомендації не враховуються.</translation>
    </message>
    <message numerus="yes">
        <source>* Not graded: fewer than %1 of the %Ln recommendations assessed (no grade, no rank).</source>
        <comment>* Not graded: fewer than %1 of the %Ln recommendation assessed (no grade, no rank).</comment>
        <translation>
            <numerusform>* Без підсумкової оцінки: оцінено менше ніж %1 з %Ln рекомендації (без оцінки й місця).</numerusform>
            <numerusform>* Без підсумкової оцінки: оцінено менше ніж %1 з %Ln рекомендацій (без оцінки й місця).</numerusform>
            <numerusform>* Без підсумкової оцінки: оцінено менше ніж %1 з %Ln рекомендацій (без оцінки й місця).</numerusform>
        </translation>
    </message>
    <message>
        <source>Grades: %1.</source>
        <translation>Оцінки: %1.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Стовпці: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %Ln countries with no assessed recommendation.</source>
        <comment>Not shown: %Ln country with no assessed recommendation.</comment>
        <translation>
            <numerusform>Не показано %Ln країну без оцінених рекомендацій.</numerusform>
            <numerusform>Не показано %Ln країни без оцінених рекомендацій.</numerusform>
            <numerusform>Не показано %Ln країн без оцінених рекомендацій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln countries in rank order; the rest are in the reports.</source>
        <translation>
            <numerusform>Показано перші %1 з %Ln країни за місцем; решта — у звітах.</numerusform>
            <numerusform>Показано перші %1 з %Ln країн за місцем; решта — у звітах.</numerusform>
            <numerusform>Показано перші %1 з %Ln країн за місцем; решта — у звітах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated on %1 with Policy Tracker %2.</source>
        <translation>Створено %1 у Policy Tracker %2.</translation>
    </message>
    <message>
        <source>Status matrix</source>
        <translation>Матриця статусів</translation>
    </message>
    <message>
        <source> · group %1</source>
        <translation> · група %1</translation>
    </message>
    <message>
        <source>Status of each recommendation, as of %1</source>
        <translation>Статус кожної рекомендації станом на %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
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
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Оцінено</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>No country has an assessed recommendation yet.</source>
        <translation>Поки що жодна країна не має оцінених рекомендацій.</translation>
    </message>
    <message>
        <source>No countries tracked.</source>
        <translation>Немає країн для відстеження.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Country</source>
        <extracomment>The roles the model answers (the rest, which the view and the delegate ask of every cell and header section they paint, are turned away at once: a few hundred calls into Python at the first paint). The mark of a cell with conflicting judgements (two statuses set on two copies of a shared tracker). The mark of a cell with a proposed status waiting for review. Vowels of the six languages&apos; alphabets (Latin, Polish, Lithuanian, Cyrillic), for :func:`soft_hyphens`. The sort value of a cell without one (unassessed, unscored, not graded): the proxy sets it to sort after every other value in the direction it sorts. The fixed columns&apos; headers in the interface&apos;s language (asked at every paint of the header).</extracomment>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Proposed: %1 (by %2, waiting for review); approved: %3</source>
        <translation>Запропоновано: %1 (автор: %2, чекає на перевірку); затверджено: %3</translation>
    </message>
    <message>
        <source>; scores count the proposed status</source>
        <translation>; бали враховують запропонований статус</translation>
    </message>
    <message>
        <source>Conflicting judgements</source>
        <translation>Суперечливі оцінки</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, weight %3)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, вага %3)&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Weighted mean of the assessed cells (0–100); unassessed cells are left out.</source>
        <translation>Середнє зважене оцінених клітинок (0–100); неоцінені клітинки не враховуються.</translation>
    </message>
    <message>
        <source>How many recommendations are assessed. </source>
        <translation>Скільки рекомендацій оцінено. </translation>
    </message>
    <message>
        <source>Grade band of the score: %1. — : not graded (too little assessed, or nothing).</source>
        <translation>Оцінка за балом: %1. — : без підсумкової оцінки (оцінено замало або нічого).</translation>
    </message>
    <message>
        <source>statuses set on two copies without seeing each other (File › Conflicts…)</source>
        <translation>статуси встановлено у двох копіях без відома одна про одну (Файл › Конфлікти…)</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Status matrix</source>
        <extracomment>Whether any cell shows a change since the comparison date (the view sets it from its model): when none does, painting a cell asks the model one question, not two. The pending proposal of a cell (the view sets it to its model&apos;s state): a dict lookup, no model call. Whether a cell has conflicting judgements (the view sets it to its model&apos;s state): a set lookup. Each status&apos;s colour, for the ◆ of a proposed one. What every cell of one paint of the view shares (palette, font, pixel ratio), set by the view around its paint so each cell need not ask the option for copies of them. The matrix header&apos;s usual height: four lines of a title.</extracomment>
        <translation>Матриця статусів</translation>
    </message>
    <message>
        <source>Countries in rows, recommendations in columns; each cell is a country&apos;s status on a recommendation.</source>
        <translation>Країни в рядках, рекомендації в стовпцях; кожна клітинка — статус країни щодо рекомендації.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Last sync report</source>
        <translation>Звіт останньої синхронізації</translation>
    </message>
    <message>
        <source>Why it did not work</source>
        <translation>Чому не вдалося</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Додати учасника</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Вилучити…</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Вилучити вибраного учасника</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Остання синхронізація:</translation>
    </message>
    <message>
        <source>This tracker is not shared.</source>
        <translation>Цей трекер не спільний.</translation>
    </message>
    <message>
        <source>Shared through %1. Your fingerprint: %2</source>
        <translation>Спільний через %1. Ваш відбиток: %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Остання синхронізація не вдалася: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Ще не синхронізовано.</translation>
    </message>
    <message>
        <source>%1: sent %2, applied %3, waiting %4, refused %5.</source>
        <translation>%1: надіслано %2, застосовано %3, чекає %4, відхилено %5.</translation>
    </message>
    <message>
        <source>Waiting: %1 — %2</source>
        <translation>Чекає: %1 — %2</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Відхилено: %1 — %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примітка: %1</translation>
    </message>
    <message>
        <source>Only a coordinator can add and remove members.</source>
        <translation>Додавати й вилучати учасників може лише координатор.</translation>
    </message>
    <message>
        <source>Remove %1 from this shared tracker? The tracker key is rotated: a new key goes to every other member, and files %1 writes from now on are refused. What they already have stays with them.</source>
        <translation>Вилучити %1 з цього спільного трекера? Ключ трекера буде замінено: новий ключ отримають усі інші учасники, а файли, які %1 запише відтепер, відхилятимуться. Те, що вже є в цього учасника, лишається в нього.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Вилучити учасника</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Триває синхронізація; спробуйте трохи згодом.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Хто додав</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>Останній файл</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (ви)</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Вилучено %1</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ще немає</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Main toolbar</source>
        <translation>Головна панель інструментів</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Недавні &amp;трекери</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Д&amp;окази</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
</context>
<context>
    <name>Methodology</name>
    <message>
        <source>confirmed by an independent source or by the text of the measure itself</source>
        <translation>підтверджено незалежним джерелом або самим текстом заходу</translation>
    </message>
    <message>
        <source>reported by a credible source, not yet independently verified</source>
        <translation>повідомлено надійним джерелом, ще не перевірено незалежно</translation>
    </message>
    <message>
        <source>stated by the government itself; a claim, not a verification</source>
        <translation>заявлено самим урядом; це твердження, а не перевірка</translation>
    </message>
    <message>
        <source>verified</source>
        <comment>confidence level</comment>
        <translation>перевірено</translation>
    </message>
    <message>
        <source>reported</source>
        <comment>confidence level</comment>
        <translation>повідомлено</translation>
    </message>
    <message>
        <source>claimed</source>
        <comment>confidence level</comment>
        <translation>заявлено</translation>
    </message>
    <message>
        <source>half</source>
        <comment>at least half of the recommendations</comment>
        <translation>половина</translation>
    </message>
    <message>
        <source>all</source>
        <comment>at least all of the recommendations</comment>
        <translation>усі</translation>
    </message>
    <message>
        <source>Every country with a score is graded and ranked.</source>
        <translation>Кожна країна з балом отримує оцінку й місце.</translation>
    </message>
    <message>
        <source>A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade and a rank; with fewer it has a score but is not graded.</source>
        <translation>Щоб отримати оцінку й місце, у країни має бути оцінена щонайменше %1 її рекомендацій (%2 з %3); якщо менше, вона має бал, але без підсумкової оцінки.</translation>
    </message>
    <message>
        <source>%1: %2 and above</source>
        <translation>%1: %2 і вище</translation>
    </message>
    <message>
        <source>%1: below %2</source>
        <translation>%1: нижче %2</translation>
    </message>
    <message>
        <source>%1: %2 to under %3</source>
        <translation>%1: від %2 до менш ніж %3</translation>
    </message>
    <message>
        <source>below %1: no grade</source>
        <translation>нижче %1: без оцінки</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>In the words of the source</source>
        <translation>Словами джерела</translation>
    </message>
    <message>
        <source>no translation yet</source>
        <translation>перекладу ще немає</translation>
    </message>
    <message>
        <source>In the words of the source (original, English)</source>
        <translation>Словами джерела (оригінал, англійською)</translation>
    </message>
    <message>
        <source>Translation (not the source&apos;s words)</source>
        <translation>Переклад (не слова джерела)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no score</comment>
        <translation>немає</translation>
    </message>
    <message>
        <source>All recommendations weigh the same.</source>
        <translation>Усі рекомендації мають однакову вагу.</translation>
    </message>
    <message>
        <source>Weights: %1.</source>
        <translation>Ваги: %1.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методологія</translation>
    </message>
    <message numerus="yes">
        <source>Every score is given with its coverage: how many of the %Ln recommendations are assessed.</source>
        <comment>Every score is given with its coverage: whether its %Ln recommendation is assessed.</comment>
        <translation>
            <numerusform>Кожен бал подано з охопленням: скільки з %Ln рекомендації оцінено.</numerusform>
            <numerusform>Кожен бал подано з охопленням: скільки з %Ln рекомендацій оцінено.</numerusform>
            <numerusform>Кожен бал подано з охопленням: скільки з %Ln рекомендацій оцінено.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The codebook&apos;s &lt;i&gt;min_coverage_for_grade&lt;/i&gt; is %1.) A score without a grade is marked &lt;i&gt;not graded&lt;/i&gt;: it says little yet.</source>
        <translation>(У кодовій книзі &lt;i&gt;min_coverage_for_grade&lt;/i&gt; = %1.) Бал без оцінки позначено як &lt;i&gt;без підсумкової оцінки&lt;/i&gt;: він поки що мало про що свідчить.</translation>
    </message>
    <message numerus="yes">
        <source>A recommendation&apos;s status is its assessment with the latest effective date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn is cited. A status whose effective date is more than %Ln days before the report date is marked &lt;i&gt;review due&lt;/i&gt;: it should be checked again.</source>
        <comment>A recommendation&apos;s status is its assessment with the latest effective date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn is cited. A status whose effective date is more than %Ln day before the report date is marked &lt;i&gt;review due&lt;/i&gt;: it should be checked again.</comment>
        <translation>
            <numerusform>Статус рекомендації — це її оцінка з найпізнішою датою набрання чинності на дату звіту або раніше (за однакових дат — записана останньою). Цитуються лише докази, датовані датою звіту або раніше, які не відкликано. Статус, що набрав чинності більш ніж за %Ln день до дати звіту, позначено як &lt;i&gt;час перевірити&lt;/i&gt;: його слід перевірити знову.</numerusform>
            <numerusform>Статус рекомендації — це її оцінка з найпізнішою датою набрання чинності на дату звіту або раніше (за однакових дат — записана останньою). Цитуються лише докази, датовані датою звіту або раніше, які не відкликано. Статус, що набрав чинності більш ніж за %Ln дні до дати звіту, позначено як &lt;i&gt;час перевірити&lt;/i&gt;: його слід перевірити знову.</numerusform>
            <numerusform>Статус рекомендації — це її оцінка з найпізнішою датою набрання чинності на дату звіту або раніше (за однакових дат — записана останньою). Цитуються лише докази, датовані датою звіту або раніше, які не відкликано. Статус, що набрав чинності більш ніж за %Ln днів до дати звіту, позначено як &lt;i&gt;час перевірити&lt;/i&gt;: його слід перевірити знову.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source&apos;s own words are quoted in the original English; the translation beside them is ours, made for this report&apos;s readers, not the source&apos;s words.</source>
        <translation>Власні слова джерела наведено в оригіналі англійською; переклад поруч із ними зробили ми для читачів цього звіту, це не слова джерела.</translation>
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
        <translation>Значення</translation>
    </message>
    <message>
        <source>Each government&apos;s position on each recommendation is judged on this scale, from the codebook of this tracker. Every judgement states its effective date, a rationale and its sources.</source>
        <translation>Позицію кожного уряду щодо кожної рекомендації оцінюють за цією шкалою з кодової книги цього трекера. Кожна оцінка містить дату, з якої вона чинна, обґрунтування та джерела.</translation>
    </message>
    <message>
        <source>A country&apos;s score is the weighted mean of the scores of its &lt;i&gt;assessed&lt;/i&gt; recommendations, from 0 to 100, with one decimal. Recommendations not assessed are left out, never counted as 0.</source>
        <translation>Бал країни — середнє зважене балів її &lt;i&gt;оцінених&lt;/i&gt; рекомендацій, від 0 до 100, з одним знаком після коми. Неоцінені рекомендації не враховуються й ніколи не рахуються як 0.</translation>
    </message>
    <message>
        <source>%1. Ranks are among the graded countries, shared by countries with equal scores; countries with no assessed recommendation have no score, grade or rank.</source>
        <translation>%1. Місця розподіляються серед країн з оцінкою; країни з однаковим балом поділяють місце; країни без оцінених рекомендацій не мають ні бала, ні оцінки, ні місця.</translation>
    </message>
    <message>
        <source>Status scale.</source>
        <translation>Шкала статусів.</translation>
    </message>
    <message>
        <source>Score.</source>
        <translation>Бал.</translation>
    </message>
    <message>
        <source>Coverage.</source>
        <translation>Охоплення.</translation>
    </message>
    <message>
        <source>Grades and ranks.</source>
        <translation>Оцінки й місця.</translation>
    </message>
    <message>
        <source>Current status and dates.</source>
        <translation>Поточний статус і дати.</translation>
    </message>
    <message>
        <source>Confidence.</source>
        <translation>Упевненість.</translation>
    </message>
    <message>
        <source>The recommendations.</source>
        <translation>Рекомендації.</translation>
    </message>
</context>
<context>
    <name>NewTrackerDialog</name>
    <message>
        <source>New tracker</source>
        <translation>Новий трекер</translation>
    </message>
    <message>
        <source>Default: the article&apos;s five recommendations and 37 Western countries</source>
        <translation>Типовий: п’ять рекомендацій зі статті й 37 західних країн</translation>
    </message>
    <message>
        <source>Blank: the status scale only; add recommendations and countries yourself</source>
        <translation>Порожній: лише шкала статусів; рекомендації та країни додайте самі</translation>
    </message>
    <message>
        <source>From a codebook file (JSON)…</source>
        <translation>З файлу кодової книги (JSON)…</translation>
    </message>
    <message>
        <source>Default codebook</source>
        <translation>Типова кодова книга</translation>
    </message>
    <message>
        <source>Blank tracker</source>
        <translation>Порожній трекер</translation>
    </message>
    <message>
        <source>Codebook file</source>
        <translation>Файл кодової книги</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>Choose codebook file</source>
        <translation>Вибрати файл кодової книги</translation>
    </message>
    <message>
        <source>Start the new tracker from:</source>
        <translation>Почати новий трекер з:</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Known</source>
        <translation>Відома</translation>
    </message>
    <message>
        <source>%1 known</source>
        <translation>%1: відома</translation>
    </message>
</context>
<context>
    <name>PdfFooter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>Recorded with every change you make</source>
        <translation>Записується з кожною вашою зміною</translation>
    </message>
    <message>
        <source>Review interval in days</source>
        <translation>Інтервал перегляду в днях</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The tracker&apos;s own setting</source>
        <translation>Налаштування самого трекера</translation>
    </message>
    <message>
        <source>Add a byte-order mark to CSV files (Excel reads accents correctly)</source>
        <translation>Додавати до файлів CSV позначку порядку байтів (Excel правильно читає літери з діакритикою)</translation>
    </message>
    <message>
        <source>CSV byte-order mark</source>
        <translation>Позначка порядку байтів у CSV</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Коли змінюється мова</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;ім’я</translation>
    </message>
    <message>
        <source>&amp;Review interval</source>
        <translation>Інтервал &amp;перегляду</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>A status older than the review interval is flagged ⚑ in the matrix.</source>
        <translation>Статус, старіший за інтервал перегляду, позначено ⚑ у матриці.</translation>
    </message>
    <message>
        <source>The interface&apos;s language is applied when Policy Tracker starts.</source>
        <translation>Мова інтерфейсу застосовується під час запуску Policy Tracker.</translation>
    </message>
    <message>
        <source>Restart Policy Tracker to see it in %1: the language changes the next time it starts.</source>
        <translation>Перезапустіть Policy Tracker, щоб побачити його мовою «%1»: мова зміниться під час наступного запуску.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>%1 progress</source>
        <extracomment>``job(tracker, progress, cancelled)``: ``progress(done)`` says how far it got; ``cancelled()`` asks whether to stop. Progress is passed on to the dialog at most this often (a big export has thousands of chunks).</extracomment>
        <translation>%1: перебіг</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Записано рядків</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Виконується</translation>
    </message>
    <message numerus="yes">
        <source>%1… %2 of %Ln rows (%3%)</source>
        <translation>
            <numerusform>%1… %2 з %Ln рядка (%3%)</numerusform>
            <numerusform>%1… %2 з %Ln рядків (%3%)</numerusform>
            <numerusform>%1… %2 з %Ln рядків (%3%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1… %Ln rows written</source>
        <translation>
            <numerusform>%1… записано %Ln рядок</numerusform>
            <numerusform>%1… записано %Ln рядки</numerusform>
            <numerusform>%1… записано %Ln рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Discard throws away what you typed; Cancel returns to the form.</source>
        <translation>«Відкинути» викидає введене; «Скасувати» повертає до форми.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Зберегти зміни?</translation>
    </message>
</context>
<context>
    <name>ProposedBanner</name>
    <message>
        <source>Including proposed statuses</source>
        <translation>З урахуванням запропонованих статусів</translation>
    </message>
    <message>
        <source>Proposed statuses counted</source>
        <translation>Запропоновані статуси враховуються</translation>
    </message>
    <message>
        <source>Approved only</source>
        <translation>Лише затверджені</translation>
    </message>
    <message>
        <source>Count approved statuses only</source>
        <translation>Враховувати лише затверджені статуси</translation>
    </message>
    <message>
        <source>Scores and ranks count approved statuses only</source>
        <translation>Бали й місця враховують лише затверджені статуси</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed statuses</source>
        <translation>
            <numerusform>%Ln запропонований статус</numerusform>
            <numerusform>%Ln запропоновані статуси</numerusform>
            <numerusform>%Ln запропонованих статусів</numerusform>
        </translation>
    </message>
    <message>
        <source>no proposed statuses</source>
        <translation>запропонованих статусів немає</translation>
    </message>
    <message>
        <source>Includes proposed statuses not yet reviewed (%1 now): scores and ranks count them. ◆ marks each one.</source>
        <translation>Враховано запропоновані статуси, ще не перевірені (зараз: %1): бали й місця їх враховують. ◆ позначає кожен із них.</translation>
    </message>
    <message>
        <source>&lt;b&gt;◆ Includes proposed statuses not yet reviewed&lt;/b&gt; (%1 now): scores and ranks count them.</source>
        <translation>&lt;b&gt;◆ Враховано запропоновані статуси, ще не перевірені&lt;/b&gt; (зараз: %1): бали й місця їх враховують.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <extracomment>The ranking&apos;s columns in English (shown translated: context &quot;RankingModel&quot;).</extracomment>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations, in the matrix&apos;s order</source>
        <translation>Рекомендації в порядку матриці</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Нова</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Нова рекомендація</translation>
    </message>
    <message>
        <source>Fill in a new recommendation, then Apply</source>
        <translation>Заповніть нову рекомендацію, потім натисніть «Застосувати»</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Ви&amp;ще</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>Перемістити рекомендацію вище</translation>
    </message>
    <message>
        <source>Earlier in the matrix and exports</source>
        <translation>Раніше в матриці й експорті</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Ни&amp;жче</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>Перемістити рекомендацію нижче</translation>
    </message>
    <message>
        <source>Later in the matrix and exports</source>
        <translation>Пізніше в матриці й експорті</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;Архівувати</translation>
    </message>
    <message>
        <source>Archive recommendation</source>
        <translation>Архівувати рекомендацію</translation>
    </message>
    <message>
        <source>Leave the matrix and the scores; its evidence, statuses and history stay</source>
        <translation>Прибрати з матриці й балів; її докази, статуси та історія залишаються</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Віднови&amp;ти</translation>
    </message>
    <message>
        <source>Restore recommendation</source>
        <translation>Відновити рекомендацію</translation>
    </message>
    <message>
        <source>Bring it back into the matrix</source>
        <translation>Повернути її в матрицю</translation>
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
        <translation>Незмінна назва рекомендації у файлах і експорті; пізніше її не можна змінити</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>A short title for the matrix</source>
        <translation>Коротка назва для матриці</translation>
    </message>
    <message>
        <source>Source&apos;s wording</source>
        <translation>Формулювання джерела</translation>
    </message>
    <message>
        <source>The recommendation as the source words it</source>
        <translation>Рекомендація так, як її формулює джерело</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Інструкція</translation>
    </message>
    <message>
        <source>How coders should judge each status</source>
        <translation>Як кодувальникам оцінювати кожен статус</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <source>How much this recommendation counts in a country&apos;s score (more than 0, at most 100; 1 = equal)</source>
        <translation>Наскільки ця рекомендація важить у балі країни (більше за 0, не більше за 100; 1 = рівна вага)</translation>
    </message>
    <message>
        <source>Recommendation use</source>
        <translation>Використання рекомендації</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>recommendation code</source>
        <translation>код рекомендації</translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation>Наз&amp;ва*</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>Source&apos;s &amp;wording</source>
        <translation>&amp;Формулювання джерела</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Інструкція</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>інструкція</translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation>Ва&amp;га</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вага</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендація</translation>
    </message>
    <message>
        <source> — archived</source>
        <translation> — в архіві</translation>
    </message>
    <message>
        <source>: archived, out of the matrix</source>
        <translation>: в архіві, поза матрицею</translation>
    </message>
    <message>
        <source>Recommendation changed</source>
        <translation>Рекомендацію змінено</translation>
    </message>
    <message>
        <source>Apply the changes you made to this recommendation?</source>
        <translation>Застосувати зміни, внесені в цю рекомендацію?</translation>
    </message>
    <message>
        <source>Used by %1 assessment(s) and %2 evidence link(s).</source>
        <translation>Використання: оцінок — %1, зв’язків із доказами — %2.</translation>
    </message>
    <message>
        <source> Archived: out of the matrix and the scores.</source>
        <translation> В архіві: поза матрицею й балами.</translation>
    </message>
    <message>
        <source>New: Apply adds it at the end of the matrix.</source>
        <translation>Нова: «Застосувати» додасть її в кінець матриці.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Назва обов’язкова.</translation>
    </message>
    <message>
        <source>The weight must be a number greater than 0 and at most 100.</source>
        <translation>Вага має бути числом, більшим за 0 і не більшим за 100.</translation>
    </message>
    <message>
        <source>Added the recommendation %1; Ctrl+Z undoes it.</source>
        <translation>Рекомендацію %1 додано; Ctrl+Z скасує це.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>%1 scorecard</source>
        <translation>%1: оцінки</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>офіційне джерело</translation>
    </message>
    <message>
        <source>media</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ГО</translation>
    </message>
    <message>
        <source>international organisation</source>
        <translation>міжнародна організація</translation>
    </message>
    <message>
        <source>not graded: nothing assessed (0 of %1)</source>
        <translation>без підсумкової оцінки: нічого не оцінено (0 з %1)</translation>
    </message>
    <message>
        <source>not graded: %1 of %2 assessed</source>
        <translation>без підсумкової оцінки: оцінено %1 з %2</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>Обґрунтування не записано.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Ще не оцінено.</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Упевненість: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
    <message>
        <source>No source linked</source>
        <translation>Джерело не пов’язано</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>and %Ln more</comment>
        <translation>
            <numerusform>і ще %Ln</numerusform>
            <numerusform>і ще %Ln</numerusform>
            <numerusform>і ще %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Further evidence: %1</source>
        <translation>Інші докази: %1</translation>
    </message>
    <message>
        <source>Evidence on file: %1</source>
        <translation>Докази в трекері: %1</translation>
    </message>
    <message>
        <source>proposed by %1, not yet reviewed</source>
        <translation>запропонував(-ла) %1, ще не перевірено</translation>
    </message>
    <message>
        <source>proposed, not yet reviewed</source>
        <translation>запропоновано, ще не перевірено</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>час перевірити</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>In effect since</source>
        <translation>Чинний з</translation>
    </message>
    <message>
        <source>Rationale and sources</source>
        <translation>Обґрунтування та джерела</translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Джерело без назви</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Мова: %1.</translation>
    </message>
    <message>
        <source>Archived copy: %1</source>
        <translation>Архівна копія: %1</translation>
    </message>
    <message>
        <source>Accessed %1</source>
        <translation>Переглянуто %1</translation>
    </message>
    <message>
        <source>Copy kept in the tracker: %1</source>
        <translation>Копія зберігається в трекері: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Список джерел</translation>
    </message>
    <message>
        <source>No evidence is cited: none is linked to the cells in this report as of %1.</source>
        <translation>Доказів не цитовано: станом на %1 жоден не пов’язано з клітинками цього звіту.</translation>
    </message>
    <message>
        <source>Sources are numbered in the order they are first cited above; each source has one number however often it is cited.</source>
        <translation>Джерела пронумеровано в порядку першого цитування вище; кожне джерело має один номер, хоч скільки разів його цитовано.</translation>
    </message>
    <message>
        <source>Each recommendation lists every source its status rests on and its %1 newest other pieces of evidence; the older ones are counted (“and 12 more”) and listed in the tracker.</source>
        <translation>У кожної рекомендації наведено всі джерела, на яких ґрунтується її статус, і %1 найновіших інших доказів; старіші пораховано («і ще 12») і наведено в трекері.</translation>
    </message>
    <message>
        <source>Includes proposed statuses not yet reviewed</source>
        <translation>Враховує запропоновані статуси, ще не перевірені</translation>
    </message>
    <message>
        <source>Scores, grades and ranks count them as if approved; each is marked “proposed”.</source>
        <translation>Бали, оцінки й місця враховують їх як затверджені; кожен позначено «запропоновано».</translation>
    </message>
    <message>
        <source> · countries of the group %1</source>
        <translation> · країни групи %1</translation>
    </message>
    <message>
        <source>Source of the recommendations: %1.</source>
        <translation>Джерело рекомендацій: %1.</translation>
    </message>
    <message>
        <source>Generated on %1 with Policy Tracker %2; statuses and scores as of %3.</source>
        <translation>Створено %1 у Policy Tracker %2; статуси й бали станом на %3.</translation>
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
        <translation>без місця: потрібно оцінити %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>graded countries (%Ln in the group %1)</source>
        <translation>
            <numerusform>країн з оцінкою (%Ln у групі %1)</numerusform>
            <numerusform>країн з оцінкою (%Ln у групі %1)</numerusform>
            <numerusform>країн з оцінкою (%Ln у групі %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>graded countries (%Ln tracked)</source>
        <translation>
            <numerusform>країн з оцінкою (відстежується %Ln)</numerusform>
            <numerusform>країн з оцінкою (відстежуються %Ln)</numerusform>
            <numerusform>країн з оцінкою (відстежується %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not graded:</source>
        <translation>Без підсумкової оцінки:</translation>
    </message>
    <message>
        <source>under %1 assessed</source>
        <translation>оцінено менше, ніж %1</translation>
    </message>
    <message>
        <source>no recommendation assessed yet</source>
        <translation>ще жодну рекомендацію не оцінено</translation>
    </message>
    <message>
        <source>recommendations assessed</source>
        <translation>рекомендацій оцінено</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Score: weighted mean of the assessed recommendations, 0–100 (see Methodology). Grades: %1.</source>
        <translation>Бал: середнє зважене оцінених рекомендацій, 0–100 (див. «Методологія»). Оцінки: %1.</translation>
    </message>
    <message>
        <source>country scorecard</source>
        <translation>оцінки країни</translation>
    </message>
    <message>
        <source>Status by recommendation</source>
        <translation>Статус за рекомендаціями</translation>
    </message>
    <message>
        <source>Recommendations %1–%2 of %3</source>
        <translation>Рекомендації %1–%2 з %3</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>запропоновано</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>оцінка %1</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>без підсумкової оцінки</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>No country has an assessed recommendation as of %1.</source>
        <translation>Станом на %1 жодна країна не має оцінених рекомендацій.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Стовпці: %1.</translation>
    </message>
    <message>
        <source>* Not graded: fewer than %1 of the recommendations assessed (no grade, no rank).</source>
        <translation>* Без підсумкової оцінки: оцінено менше, ніж %1 рекомендацій (без оцінки й місця).</translation>
    </message>
    <message>
        <source>Not yet assessed on any recommendation (%1):</source>
        <translation>Ще не оцінені за жодною рекомендацією (%1):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries in the group %1</source>
        <comment>%Ln country in the group %1</comment>
        <translation>
            <numerusform>%Ln країна в групі %1</numerusform>
            <numerusform>%Ln країни в групі %1</numerusform>
            <numerusform>%Ln країн у групі %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries tracked</source>
        <comment>%Ln country tracked</comment>
        <translation>
            <numerusform>Відстежується %Ln країна</numerusform>
            <numerusform>Відстежуються %Ln країни</numerusform>
            <numerusform>Відстежується %Ln країн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendations</source>
        <comment>%Ln recommendation</comment>
        <translation>
            <numerusform>%Ln рекомендація</numerusform>
            <numerusform>%Ln рекомендації</numerusform>
            <numerusform>%Ln рекомендацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; countries have at least one assessed recommendation</source>
        <comment>&lt;b&gt;%Ln&lt;/b&gt; country has at least one assessed recommendation</comment>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; країна має принаймні одну оцінену рекомендацію</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; країни мають принаймні одну оцінену рекомендацію</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; країн мають принаймні одну оцінену рекомендацію</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources are cited</source>
        <comment>%Ln source is cited</comment>
        <translation>
            <numerusform>цитовано %Ln джерело</numerusform>
            <numerusform>цитовано %Ln джерела</numerusform>
            <numerusform>цитовано %Ln джерел</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overview</source>
        <translation>%1: огляд</translation>
    </message>
    <message>
        <source>All countries overview</source>
        <translation>Огляд усіх країн</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>бал %1</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>місце %1 з %2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>оцінено %1 з %2</translation>
    </message>
    <message>
        <source>Country details</source>
        <translation>Докладно за країнами</translation>
    </message>
    <message numerus="yes">
        <source>The details of the %Ln assessed recommendations (rationales and sources) are left out: they would cite more sources than an overview can print. Each country&apos;s own report has them (File › Export…, “Report with citations” on one country, or policy-tracker report --country CODE), and an overview of a group of countries may have room for them.</source>
        <comment>The details of the %Ln assessed recommendation (its rationale and sources) are left out: they would cite more sources than an overview can print. The country&apos;s own report has them (File › Export…, “Report with citations” on one country, or policy-tracker report --country CODE).</comment>
        <translation>
            <numerusform>Подробиці щодо %Ln оціненої рекомендації (обґрунтування і джерела) пропущено: вони цитували б більше джерел, ніж може вмістити огляд. Вони є у звіті кожної країни (Файл › Експортувати…, «Звіт із посиланнями на джерела» на одну країну, або policy-tracker report --country CODE), а в огляді групи країн для них може знайтися місце.</numerusform>
            <numerusform>Подробиці щодо %Ln оцінених рекомендацій (обґрунтування і джерела) пропущено: вони цитували б більше джерел, ніж може вмістити огляд. Вони є у звіті кожної країни (Файл › Експортувати…, «Звіт із посиланнями на джерела» на одну країну, або policy-tracker report --country CODE), а в огляді групи країн для них може знайтися місце.</numerusform>
            <numerusform>Подробиці щодо %Ln оцінених рекомендацій (обґрунтування і джерела) пропущено: вони цитували б більше джерел, ніж може вмістити огляд. Вони є у звіті кожної країни (Файл › Експортувати…, «Звіт із посиланнями на джерела» на одну країну, або policy-tracker report --country CODE), а в огляді групи країн для них може знайтися місце.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each country with at least one assessed recommendation, in rank order; recommendations not assessed are left out here (see the scorecard above).</source>
        <translation>Кожна країна з принаймні однією оціненою рекомендацією, у порядку місць; неоцінені рекомендації тут пропущено (див. таблицю оцінок вище).</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Таблиця оцінок</translation>
    </message>
    <message>
        <source>includes proposed statuses not yet reviewed</source>
        <translation>враховує запропоновані статуси, ще не перевірені</translation>
    </message>
    <message>
        <source>%1 — %2 — as of %3</source>
        <translation>%1 — %2 — станом на %3</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. A backup is taken once a day when the tracker is opened, and before every import, upgrade and codebook change; the last 10 days and 8 weeks are kept, and every backup of the latest day. Restoring replaces the tracker with the backup, after backing up the tracker as it is now.</source>
        <translation>Резервні копії %1, спершу найновіші. Копія створюється раз на день, коли трекер відкривається, а також перед кожним імпортом, оновленням і зміною кодової книги; зберігаються копії за останні 10 днів і 8 тижнів, а також усі копії останнього дня. Відновлення замінює трекер копією, спершу зберігши копію трекера в його теперішньому стані.</translation>
    </message>
    <message>
        <source>%1 has no backups yet. One is taken once a day when the tracker is opened, and before every import, upgrade and codebook change.</source>
        <translation>%1 ще не має резервних копій. Копія створюється раз на день, коли трекер відкривається, а також перед кожним імпортом, оновленням і зміною кодової книги.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Зберігаються в %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервних копій</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Відновити…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Відновити вибрану резервну копію</translation>
    </message>
    <message>
        <source>the backup of %1 (%2)</source>
        <translation>резервну копію від %1 (%2)</translation>
    </message>
    <message>
        <source>the backup of %1 (%2): %3 evidence, %4 assessments</source>
        <translation>резервну копію від %1 (%2): доказів — %3, оцінок — %4</translation>
    </message>
    <message>
        <source>Nothing was restored: %1.</source>
        <translation>Нічого не відновлено: %1.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return proposed status</source>
        <translation>Повернути запропонований статус</translation>
    </message>
    <message>
        <source>Return &lt;b&gt;%1&lt;/b&gt; to its proposer. Say what to change or check: they read this.</source>
        <translation>Повернути &lt;b&gt;%1&lt;/b&gt; авторові пропозиції. Напишіть, що змінити чи перевірити: автор це прочитає.</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Коментар рецензента</translation>
    </message>
    <message>
        <source>What should be changed or checked (required)</source>
        <translation>Що треба змінити чи перевірити (обов’язково)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <source>Return with this comment</source>
        <translation>Повернути з цим коментарем</translation>
    </message>
    <message>
        <source>Write a comment: the proposer needs to know what to change.</source>
        <translation>Напишіть коментар: автор пропозиції має знати, що змінити.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Approve proposed status</source>
        <translation>Затвердити запропонований статус</translation>
    </message>
    <message>
        <source>Return proposed status</source>
        <translation>Повернути запропонований статус</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>Відкликати пропозицію</translation>
    </message>
    <message>
        <source>Revise proposal</source>
        <translation>Доопрацювати пропозицію</translation>
    </message>
    <message>
        <source>Require review</source>
        <translation>Вимагати перевірки</translation>
    </message>
    <message>
        <source>Stop requiring review</source>
        <translation>Не вимагати перевірки</translation>
    </message>
    <message>
        <source>review is already required.</source>
        <translation>перевірка вже обов’язкова.</translation>
    </message>
    <message>
        <source>review is not required.</source>
        <translation>перевірка не обов’язкова.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Cell</source>
        <translation>Клітинка</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Запропоновано</translation>
    </message>
    <message>
        <source>Approved now</source>
        <translation>Затверджено зараз</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Чинний з</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
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
        <translation>Чекають на мою перевірку</translation>
    </message>
    <message>
        <source>Statuses other people proposed, not yet reviewed</source>
        <translation>Статуси, запропоновані іншими людьми, ще не перевірені</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Повернуті мені</translation>
    </message>
    <message>
        <source>Your proposals a reviewer sent back with a comment: revise or withdraw them</source>
        <translation>Ваші пропозиції, які рецензент повернув із коментарем: доопрацюйте або відкличте їх</translation>
    </message>
    <message>
        <source>My proposals</source>
        <translation>Мої пропозиції</translation>
    </message>
    <message>
        <source>Everything you proposed, whatever became of it</source>
        <translation>Усе, що ви запропонували, хай що з ним сталося</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Every proposal, newest first</source>
        <translation>Усі пропозиції, спершу найновіші</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <extracomment>How each state reads in the list (English; shown translated, context &quot;ReviewView&quot;).</extracomment>
        <translation>Чекає на перевірку</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Затверджено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Повернуто</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>Waiting for review by %1</source>
        <extracomment>Who reviewed it, with the state: &quot;Approved by %1&quot; (%1: the reviewer&apos;s name).</extracomment>
        <translation>Чекає на перевірку (%1)</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Затверджено (%1)</translation>
    </message>
    <message>
        <source>Returned by %1</source>
        <translation>Повернуто (%1)</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <translation>Відкликано (%1)</translation>
    </message>
    <message>
        <source>verified</source>
        <extracomment>A proposal&apos;s confidence (its code, as the pane shows it).</extracomment>
        <translation>перевірено</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>повідомлено</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>заявлено</translation>
    </message>
    <message>
        <source>You proposed this change; another person must approve it.</source>
        <translation>Цю зміну запропонували ви; затвердити її має інша людина.</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>The person asked to open a piece of evidence (its uid). The person asked to see the proposal&apos;s cell in the matrix (country code, recommendation code). The number of proposals waiting for this person&apos;s review changed (the tab&apos;s title shows it).</extracomment>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Review list shows</source>
        <translation>Список перевірки показує</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показати</translation>
    </message>
    <message>
        <source>Status changes need review</source>
        <translation>Зміни статусу потребують перевірки</translation>
    </message>
    <message>
        <source>When on, a status someone sets is proposed, and counts only once another person approves it</source>
        <translation>Якщо ввімкнено, статус, який хтось встановлює, стає пропозицією й враховується лише після того, як його затвердить інша людина</translation>
    </message>
    <message>
        <source>Review count</source>
        <translation>Лічильник перевірки</translation>
    </message>
    <message>
        <source>Review list</source>
        <translation>Список перевірки</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Approved and proposed status</source>
        <translation>Затверджений і запропонований статус</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Автор пропозиції</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Коментар рецензента</translation>
    </message>
    <message>
        <source>Evidence heading</source>
        <translation>Заголовок доказів</translation>
    </message>
    <message>
        <source>Proposal evidence</source>
        <translation>Докази пропозиції</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the evidence</source>
        <translation>Двічі клацніть (або натисніть Enter), щоб відкрити доказ</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Затвердити</translation>
    </message>
    <message>
        <source>Approve proposed status</source>
        <translation>Затвердити запропонований статус</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Повернути…</translation>
    </message>
    <message>
        <source>Return proposed status with a comment</source>
        <translation>Повернути запропонований статус із коментарем</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Відкликати</translation>
    </message>
    <message>
        <source>Withdraw my proposal</source>
        <translation>Відкликати мою пропозицію</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>Доопрацювати…</translation>
    </message>
    <message>
        <source>Revise my returned proposal</source>
        <translation>Доопрацювати мою повернуту пропозицію</translation>
    </message>
    <message>
        <source>Show cell</source>
        <translation>Показати клітинку</translation>
    </message>
    <message>
        <source>Show the cell in the matrix</source>
        <translation>Показати клітинку в матриці</translation>
    </message>
    <message>
        <source>Why a button is off</source>
        <translation>Чому кнопка вимкнена</translation>
    </message>
    <message>
        <source>Proposal details</source>
        <translation>Подробиці пропозиції</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Нічого не вибрано</translation>
    </message>
    <message>
        <source>Nothing is waiting for your review.</source>
        <translation>Ніщо не чекає на вашу перевірку.</translation>
    </message>
    <message>
        <source>Nothing has been returned to you.</source>
        <translation>Вам нічого не повернули.</translation>
    </message>
    <message>
        <source>You have proposed nothing yet.</source>
        <translation>Ви ще нічого не запропонували.</translation>
    </message>
    <message>
        <source>No proposals yet.</source>
        <translation>Пропозицій поки немає.</translation>
    </message>
    <message>
        <source> Review is off: statuses count as soon as they are set.</source>
        <translation> Перевірку вимкнено: статуси враховуються одразу після встановлення.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ proposals (%1)</source>
        <translation>
            <numerusform>%Ln+ пропозиція (%1)</numerusform>
            <numerusform>%Ln+ пропозиції (%1)</numerusform>
            <numerusform>%Ln+ пропозицій (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals (%1)</source>
        <translation>
            <numerusform>%Ln пропозиція (%1)</numerusform>
            <numerusform>%Ln пропозиції (%1)</numerusform>
            <numerusform>%Ln пропозицій (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a proposal in the list to see its rationale and evidence.</source>
        <translation>Виберіть пропозицію в списку, щоб побачити її обґрунтування й докази.</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> з %1</translation>
    </message>
    <message>
        <source>Approved now: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;◆ Proposed: &lt;b&gt;%3&lt;/b&gt;, effective %4</source>
        <translation>Затверджено зараз: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;◆ Запропоновано: &lt;b&gt;%3&lt;/b&gt;, чинний з %4</translation>
    </message>
    <message>
        <source>Approved now: %1%2. Proposed: %3, effective %4.</source>
        <translation>Затверджено зараз: %1%2. Запропоновано: %3, чинний з %4.</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2 · %3 · %4</source>
        <translation>Автор пропозиції: %1, %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Evidence (%1) — double-click to open</source>
        <translation>Докази (%1) — відкрийте подвійним клацанням</translation>
    </message>
    <message>
        <source>Evidence: none linked</source>
        <translation>Докази: немає пов’язаних</translation>
    </message>
    <message>
        <source>This proposal is %1.</source>
        <translation>Стан пропозиції: %1.</translation>
    </message>
    <message>
        <source>You proposed this change: withdraw it instead.</source>
        <translation>Цю зміну запропонували ви: натомість відкличте її.</translation>
    </message>
    <message>
        <source>Only %1, who proposed it, can withdraw it.</source>
        <translation>Відкликати її може лише %1 — автор пропозиції.</translation>
    </message>
    <message>
        <source>Only a proposal returned to you can be revised.</source>
        <translation>Доопрацювати можна лише пропозицію, повернуту вам.</translation>
    </message>
    <message>
        <source>Make this the cell&apos;s status (it then counts in scores and exports)</source>
        <translation>Зробити це статусом клітинки (тоді він враховується в балах і експорті)</translation>
    </message>
    <message>
        <source>Send it back to its proposer with a comment</source>
        <translation>Надіслати назад авторові з коментарем</translation>
    </message>
    <message>
        <source>Take your proposal back</source>
        <translation>Відкликати вашу пропозицію</translation>
    </message>
    <message>
        <source>Change and propose again what the reviewer returned</source>
        <translation>Змінити й знову запропонувати те, що повернув рецензент</translation>
    </message>
    <message>
        <source>Returned to you: revise it, or withdraw it.</source>
        <translation>Повернуто вам: доопрацюйте або відкличте.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Повернути</translation>
    </message>
</context>
<context>
    <name>ScoreTexts</name>
    <message>
        <source>new</source>
        <comment>a score that had none at the comparison date</comment>
        <translation>новий</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>оцінено %1 з %2</translation>
    </message>
    <message>
        <source>not graded: nothing assessed (0 of %1)</source>
        <translation>без підсумкової оцінки: нічого не оцінено (0 з %1)</translation>
    </message>
    <message>
        <source>not graded: %1 of %2 assessed</source>
        <translation>без підсумкової оцінки: оцінено %1 з %2</translation>
    </message>
    <message>
        <source>no grade and no rank until %1 of %2 are assessed</source>
        <translation>оцінки й місця немає, доки не оцінено %1 з %2</translation>
    </message>
    <message>
        <source>half</source>
        <comment>at least half of the recommendations</comment>
        <translation>половина</translation>
    </message>
    <message>
        <source>all</source>
        <comment>at least all of the recommendations</comment>
        <translation>усі</translation>
    </message>
    <message>
        <source>Every country with a score is graded and ranked.</source>
        <translation>Кожна країна з балом отримує оцінку й місце.</translation>
    </message>
    <message>
        <source>A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade and a rank; with fewer it has a score but is not graded.</source>
        <translation>Щоб отримати оцінку й місце, у країни має бути оцінена щонайменше %1 її рекомендацій (%2 з %3); якщо менше, вона має бал, але без підсумкової оцінки.</translation>
    </message>
    <message>
        <source>%1: %2, grade %3, rank %4</source>
        <translation>%1: %2, оцінка %3, місце %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence</source>
        <translation>
            <numerusform>%Ln доказ</numerusform>
            <numerusform>%Ln докази</numerusform>
            <numerusform>%Ln доказів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of evidence</source>
        <translation>
            <numerusform>%Ln доказ</numerusform>
            <numerusform>%Ln докази</numerusform>
            <numerusform>%Ln доказів</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>потребує перевірки</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>змінилося з «%1»</translation>
    </message>
    <message>
        <source>Approved status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Затверджений статус: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Статус: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Effective %1 · %2</source>
        <translation>Чинний з %1 · %2</translation>
    </message>
    <message>
        <source>%1 Needs review: judged more than the review interval ago</source>
        <translation>%1 Потребує перевірки: оцінено давніше, ніж інтервал перевірки</translation>
    </message>
    <message>
        <source>Changed since %1: %2 → %3</source>
        <translation>Змінилося від %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ScorecardTable</name>
    <message>
        <source>Score · grade</source>
        <translation>Бал · оцін.</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>без оцінки</translation>
    </message>
</context>
<context>
    <name>ScorecardsView</name>
    <message>
        <source>Scorecards</source>
        <translation>Оцінки країн</translation>
    </message>
    <message>
        <source>Country ranking</source>
        <translation>Рейтинг країн</translation>
    </message>
    <message>
        <source>Change since</source>
        <translation>Зміна від дати</translation>
    </message>
    <message>
        <source>Change: scores compared with &lt;b&gt;%1&lt;/b&gt; (the toolbar&apos;s “Changes since”)</source>
        <translation>Зміна: бали порівнюються з &lt;b&gt;%1&lt;/b&gt; («Зміни від» на панелі інструментів)</translation>
    </message>
    <message>
        <source>Tick “Changes since” in the toolbar (Ctrl+Shift+D) to see how scores moved.</source>
        <translation>Позначте «Зміни від» на панелі інструментів (Ctrl+Shift+D), щоб побачити, як змінилися бали.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share tracker</source>
        <translation>Поділитися трекером</translation>
    </message>
    <message>
        <source>Share %1 with your coalition through a folder your sync program already shares (Syncthing, Nextcloud, a network share, a USB stick). The tracker stays where it is; the folder gets only signed, encrypted sync files. You become the tracker&apos;s coordinator.</source>
        <translation>Поділіться %1 з коаліцією через папку, яку вже синхронізує ваша програма (Syncthing, Nextcloud, мережева папка, USB-накопичувач). Трекер лишається там, де є; до папки потрапляють лише підписані зашифровані файли синхронізації. Ви стаєте координатором трекера.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Спільна папка</translation>
    </message>
    <message>
        <source>An empty folder, outside the folder of the tracker itself</source>
        <translation>Порожня папка, не всередині папки самого трекера</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Вибрати спільну папку</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>As the other members will see it</source>
        <translation>Як його бачитимуть інші учасники</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Спільна &amp;папка:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>Why the tracker was not shared</source>
        <translation>Чому трекер не спільний</translation>
    </message>
    <message>
        <source>What to hand over</source>
        <translation>Що передати</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ваш відбиток</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Поділитися</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Поділитися</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Спершу виберіть спільну папку.</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Спершу введіть своє ім’я.</translation>
    </message>
    <message>
        <source>Shared. This is your fingerprint. Give each newcomer access to the shared folder and tell them this fingerprint by another channel (a call, in person). When they send you their join code, add them in File › Members…</source>
        <translation>Спільний доступ відкрито. Це ваш відбиток. Дайте кожному новому учасникові доступ до спільної папки й повідомте йому цей відбиток іншим каналом (дзвінком, особисто). Коли він надішле вам свій код приєднання, додайте його в Файл › Учасники…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
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
        <translation>Редагування</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Where each action lives in the menus, for the shortcuts list.</extracomment>
        <translation> або </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Фільтр комбінацій клавіш</translation>
    </message>
    <message>
        <source>Type to filter: an action (undo), a key (Ctrl+K) or a place (Matrix)</source>
        <translation>Фільтр: дія (скасувати), клавіша (Ctrl+K) або місце (матриця)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Список комбінацій клавіш</translation>
    </message>
    <message>
        <source>Shortcuts shown</source>
        <translation>Показані комбінації</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фільтр:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shortcuts</source>
        <translation>
            <numerusform>%Ln комбінація</numerusform>
            <numerusform>%Ln комбінації</numerusform>
            <numerusform>%Ln комбінацій</numerusform>
        </translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Жодна комбінація не відповідає «%1».</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <extracomment>Keys that act inside one view or form rather than through a menu action: (keys, what they do, where).</extracomment>
        <translation>Клавіші зі стрілками</translation>
    </message>
    <message>
        <source>Move from cell to cell</source>
        <translation>Перейти з клітинки в клітинку</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Матриця</translation>
    </message>
    <message>
        <source>Set the status of the selected cell</source>
        <translation>Задати статус вибраної клітинки</translation>
    </message>
    <message>
        <source>Type a name or code</source>
        <translation>Введіть назву або код</translation>
    </message>
    <message>
        <source>Jump to that country (&quot;lit&quot; finds Lithuania)</source>
        <translation>Перейти до цієї країни («лит» знаходить Литву)</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Зберегти форму</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Форми</translation>
    </message>
    <message>
        <source>Close the form or box</source>
        <translation>Закрити форму або вікно</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Стрілка вниз</translation>
    </message>
    <message>
        <source>Move from a search or filter box into its list</source>
        <translation>Перейти з поля пошуку або фільтра до його списку</translation>
    </message>
    <message>
        <source>Search boxes</source>
        <translation>Поля пошуку</translation>
    </message>
    <message>
        <source>Search now</source>
        <translation>Шукати зараз</translation>
    </message>
    <message>
        <source>Evidence search</source>
        <translation>Пошук у доказах</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <source>Revise proposal — %1</source>
        <extracomment>Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open. A proposal, not a status: review is required (or a returned proposal is revised).</extracomment>
        <translation>Переглянути пропозицію — %1</translation>
    </message>
    <message>
        <source>Set status — %1</source>
        <translation>Встановити статус — %1</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Встановити статус</translation>
    </message>
    <message>
        <source>Currently: &lt;b&gt;%1&lt;/b&gt; since %2</source>
        <translation>Зараз: &lt;b&gt;%1&lt;/b&gt; з %2</translation>
    </message>
    <message>
        <source>Currently: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Зараз: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Поточний статус</translation>
    </message>
    <message>
        <source>Status meaning</source>
        <translation>Значення статусу</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Дата набуття чинності</translation>
    </message>
    <message>
        <source>Effective date source</source>
        <translation>Звідки дата набуття чинності</translation>
    </message>
    <message>
        <source>Why this status: what the government did, and how it meets the guidance (required)</source>
        <translation>Чому такий статус: що зробив уряд і як це відповідає настановам (обов’язково)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Настанови&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No guidance written for this recommendation.</source>
        <translation>Для цієї рекомендації настанов не написано.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Настанови</translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation>Докази для зв’язку</translation>
    </message>
    <message>
        <source>Filter evidence…</source>
        <translation>Фільтр доказів…</translation>
    </message>
    <message>
        <source>New evidence…</source>
        <translation>Новий доказ…</translation>
    </message>
    <message>
        <source>New evidence for this cell</source>
        <translation>Новий доказ для цієї клітинки</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>&amp;Status*</source>
        <translation>&amp;Статус*</translation>
    </message>
    <message>
        <source>&amp;Effective date*</source>
        <translation>&amp;Дата набуття чинності*</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Надійність</translation>
    </message>
    <message>
        <source>&amp;Rationale*</source>
        <translation>&amp;Обґрунтування*</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Зберегти статус</translation>
    </message>
    <message>
        <source>Another person will review this change before it counts.</source>
        <translation>Інша людина перевірить цю зміну, перш ніж вона враховуватиметься.</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Примітка про перевірку</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Запропонувати</translation>
    </message>
    <message>
        <source>Propose status</source>
        <translation>Запропонувати статус</translation>
    </message>
    <message>
        <source>Propose this status: it counts once another person approves it (Ctrl+Enter)</source>
        <translation>Запропонувати цей статус: він враховуватиметься, коли інша людина його затвердить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Коментар рецензента</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Повернуто рецензентом %1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>як запропоновано</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без назви</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>введено вами</translation>
    </message>
    <message>
        <source>from the latest linked evidence, %1</source>
        <translation>з останнього пов’язаного доказу, %1</translation>
    </message>
    <message>
        <source>today: no evidence linked</source>
        <translation>сьогодні: доказів не пов’язано</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Виберіть статус.</translation>
    </message>
    <message>
        <source>The rationale is required: say why this status.</source>
        <translation>Обґрунтування обов’язкове: напишіть, чому такий статус.</translation>
    </message>
</context>
<context>
    <name>StatusesPage</name>
    <message>
        <source>not assessed</source>
        <extracomment>What the score change asks before every country is re-scored.</extracomment>
        <translation>не оцінено</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Status scale</source>
        <translation>Шкала статусів</translation>
    </message>
    <message>
        <source>Status scale columns</source>
        <translation>Стовпці шкали статусів</translation>
    </message>
    <message>
        <source>Add s&amp;tatus</source>
        <translation>Додати с&amp;татус</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Додати статус</translation>
    </message>
    <message>
        <source>Fill in a new judgement, then Apply</source>
        <translation>Заповніть новий статус, потім натисніть «Застосувати»</translation>
    </message>
    <message>
        <source>R&amp;etire status</source>
        <translation>Ви&amp;лучити статус</translation>
    </message>
    <message>
        <source>Retire status</source>
        <translation>Вилучити статус</translation>
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
        <translation>Незмінна назва статусу у файлах та імпорті; пізніше її не можна змінити</translation>
    </message>
    <message>
        <source>Status label</source>
        <translation>Назва статусу</translation>
    </message>
    <message>
        <source>As shown in the matrix and the legend</source>
        <translation>Як показано в матриці й легенді</translation>
    </message>
    <message>
        <source>Colour swatch</source>
        <translation>Зразок кольору</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Вибрати колір</translation>
    </message>
    <message>
        <source>Pick the colour from a palette</source>
        <translation>Вибрати колір із палітри</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>від 0 до 100</translation>
    </message>
    <message>
        <source>Status description</source>
        <translation>Опис статусу</translation>
    </message>
    <message>
        <source>What this status means, for coders and readers</source>
        <translation>Що означає цей статус — для кодувальників і читачів</translation>
    </message>
    <message>
        <source>Status use</source>
        <translation>Використання статусу</translation>
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
        <translation>К&amp;олір*</translation>
    </message>
    <message>
        <source>color</source>
        <translation>колір</translation>
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
        <translation>О&amp;пис</translation>
    </message>
    <message>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статус змінено</translation>
    </message>
    <message>
        <source>Apply the changes you made to this status?</source>
        <translation>Застосувати зміни, внесені в цей статус?</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>без бала</translation>
    </message>
    <message>
        <source>This is the “%1” status every cell starts at: it has no score and always stays on the scale.</source>
        <translation>Це статус «%1», з якого починається кожна клітинка: він не має бала й завжди залишається на шкалі.</translation>
    </message>
    <message>
        <source>Used by %1 assessment(s) or review proposal(s).</source>
        <translation>Використовується в оцінках і пропозиціях на перевірку: %1.</translation>
    </message>
    <message>
        <source> Unused: it can be retired.</source>
        <translation> Не використовується: його можна вилучити.</translation>
    </message>
    <message>
        <source>New: Apply adds it at the end of the scale.</source>
        <translation>Новий: «Застосувати» додасть його в кінець шкали.</translation>
    </message>
    <message>
        <source>The %1 status always stays</source>
        <translation>Статус «%1» залишається завжди</translation>
    </message>
    <message>
        <source>Take a status no assessment uses off the scale (Ctrl+Z puts it back)</source>
        <translation>Прибрати зі шкали статус, який не використовує жодна оцінка (Ctrl+Z поверне його)</translation>
    </message>
    <message>
        <source>not a colour yet</source>
        <translation>ще не колір</translation>
    </message>
    <message>
        <source>The label is required.</source>
        <translation>Назва обов’язкова.</translation>
    </message>
    <message>
        <source>Give the colour as #RRGGBB, or choose it.</source>
        <translation>Вкажіть колір як #RRGGBB або виберіть його.</translation>
    </message>
    <message>
        <source>The score must be a number from 0 to 100.</source>
        <translation>Бал має бути числом від 0 до 100.</translation>
    </message>
    <message>
        <source>Status colour</source>
        <translation>Колір статусу</translation>
    </message>
    <message>
        <source>Change the score?</source>
        <translation>Змінити бал?</translation>
    </message>
    <message>
        <source>Change the score</source>
        <translation>Змінити бал</translation>
    </message>
    <message>
        <source>Retired the status; Ctrl+Z puts it back.</source>
        <translation>Статус вилучено; Ctrl+Z поверне його.</translation>
    </message>
</context>
<context>
    <name>SyncCoalition</name>
    <message>
        <source>There is no tracker file at {path}.</source>
        <extracomment>The lock a sync holds in the local state folder (:func:`sync`). Where coordinators&apos; public signing keys are published in the shared folder (so a newcomer can check a grant). Sentences said in more than one place.</extracomment>
        <translation>За адресою {path} немає файлу трекера.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for your copy.</source>
        <translation>{path} уже існує; виберіть нову назву файлу для своєї копії.</translation>
    </message>
    <message>
        <source>The shared tracker&apos;s snapshot cannot be used: {reason}</source>
        <translation>Неможливо використати знімок спільного трекера: {reason}</translation>
    </message>
    <message>
        <source>Member list {version}: {reason}</source>
        <translation>Список учасників {version}: {reason}</translation>
    </message>
    <message>
        <source>{tracker} is not shared from this computer; share it (policy-tracker share) or join a shared tracker first.</source>
        <translation>{tracker} не спільний із цього комп’ютера; спершу надайте до нього спільний доступ (policy-tracker share) або приєднайтеся до спільного трекера.</translation>
    </message>
    <message>
        <source>The shared folder {folder} is not there; connect the drive or let the sync program finish, then try again.</source>
        <translation>Спільної папки {folder} немає; підключіть диск або дочекайтеся, доки програма синхронізації завершить роботу, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The member list of {name} is missing from this computer.</source>
        <translation>На цьому комп’ютері немає списку учасників {name}.</translation>
    </message>
    <message>
        <source>This computer has no signing key yet; make a join request or share a tracker first.</source>
        <translation>На цьому комп’ютері ще немає ключа підпису; спершу створіть запит на приєднання або надайте спільний доступ до трекера.</translation>
    </message>
    <message>
        <source>{name} is already shared through {folder}.</source>
        <translation>{name} уже спільний через {folder}.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a shared tracker; choose an empty folder (or join that tracker).</source>
        <translation>У папці {folder} уже є спільний трекер; виберіть порожню папку (або приєднайтеся до того трекера).</translation>
    </message>
    <message>
        <source>The shared folder {folder} cannot be written: {error}.</source>
        <translation>Неможливо записати в спільну папку {folder}: {error}.</translation>
    </message>
    <message>
        <source>The fingerprint {fingerprint} is not the join code&apos;s ({expected}); do not add this person.</source>
        <translation>Відбиток {fingerprint} не збігається з відбитком коду приєднання ({expected}); не додавайте цю людину.</translation>
    </message>
    <message>
        <source>Only a coordinator can add members; ask one of them.</source>
        <translation>Додавати учасників може лише координатор; зверніться до одного з них.</translation>
    </message>
    <message>
        <source>Only a coordinator can remove members; ask one of them.</source>
        <translation>Вилучати учасників може лише координатор; зверніться до одного з них.</translation>
    </message>
    <message>
        <source>{name} is not a current member; `policy-tracker members --db PATH` lists them.</source>
        <translation>{name} не є чинним учасником; список показує `policy-tracker members --db PATH`.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} уже існує; виберіть нову назву файлу.</translation>
    </message>
    <message>
        <source>Key {key}: {reason}</source>
        <translation>Ключ {key}: {reason}</translation>
    </message>
    <message>
        <source>The folder {folder} holds no shared tracker yet (no snapshot); check the folder, or wait until it has synced.</source>
        <translation>У папці {folder} ще немає спільного трекера (немає знімка); перевірте папку або дочекайтеся, доки вона синхронізується.</translation>
    </message>
    <message>
        <source>This computer already has a copy of this shared tracker: {path}.</source>
        <translation>На цьому комп’ютері вже є копія цього спільного трекера: {path}.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {reason}</source>
        <translation>Неможливо використати файл ключів {path}: {reason}</translation>
    </message>
    <message>
        <source>No tracker key for you is in the shared folder yet: ask the coordinator to add you from your join code (or to give you the key file), let the folder sync, and try again.</source>
        <translation>У спільній папці ще немає ключа трекера для вас: попросіть координатора додати вас за вашим кодом приєднання (або дати вам файл ключів), дочекайтеся синхронізації папки й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>You are not a member of this shared tracker yet; ask the coordinator to add you.</source>
        <translation>Ви ще не учасник цього спільного трекера; попросіть координатора додати вас.</translation>
    </message>
    <message>
        <source>The tracker keys in the folder are not signed by a coordinator of this tracker.</source>
        <translation>Ключі трекера в папці не підписані координатором цього трекера.</translation>
    </message>
    <message>
        <source>The shared folder holds no member list.</source>
        <translation>У спільній папці немає списку учасників.</translation>
    </message>
    <message>
        <source>The member list {version} cannot be used: {reason}</source>
        <translation>Неможливо використати список учасників {version}: {reason}</translation>
    </message>
    <message>
        <source>Sent {sent}, applied {applied}, waiting {waiting}, refused {refused}.</source>
        <extracomment>(file, why) for each file left for the next sync. (file, why) for each file refused for good. Other things worth knowing (a member list or key not usable yet). Conflicts waiting for a person after this sync (records changed on two copies, cells with conflicting judgements: db.merge), whoever&apos;s sync found them.</extracomment>
        <translation>Надіслано: {sent}, застосовано: {applied}, чекає: {waiting}, відхилено: {refused}.</translation>
    </message>
    <message>
        <source>Waiting: {name}: {why}</source>
        <translation>Чекає: {name}: {why}</translation>
    </message>
    <message>
        <source>Refused: {name}: {why}</source>
        <translation>Відхилено: {name}: {why}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Примітка: {note}</translation>
    </message>
    <message>
        <source>Conflicts to review: {count} (in the app: File › Conflicts…).</source>
        <translation>Конфліктів для перегляду: {count} (у програмі: Файл › Конфлікти…).</translation>
    </message>
    <message>
        <source>Another program is syncing this tracker; try again when it has finished.</source>
        <extracomment>How long a sync waits for another program&apos;s sync of the same tracker to end (the app&apos;s own sync and the command line, two windows) before it says so.</extracomment>
        <translation>Інша програма синхронізує цей трекер; спробуйте знову, коли вона завершить.</translation>
    </message>
    <message>
        <source>You are no longer a member of this shared tracker, so your changes are not sent.</source>
        <translation>Ви більше не учасник цього спільного трекера, тому ваші зміни не надсилаються.</translation>
    </message>
    <message>
        <source>Your changes wait for the current tracker key, which has not reached you yet.</source>
        <translation>Ваші зміни чекають на поточний ключ трекера, який до вас ще не дійшов.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync could not be started: %1.</source>
        <extracomment>A burst of files (a sync program catching up) starts one sync, this long after the last of them. How often the app syncs by itself while a shared tracker is open. How long a sync child may run before it is stopped (a tracker locked for minutes, a hung drive). A sync ended: (exit code, its output or its one-sentence error). The open tracker&apos;s sync status changed (after a sync, a share, a join, a member added or removed).</extracomment>
        <translation>Не вдалося запустити синхронізацію: %1.</translation>
    </message>
    <message>
        <source>The sync stopped before it finished; nothing is lost, and the next sync goes on.</source>
        <translation>Синхронізація зупинилася, не завершившись; нічого не втрачено, наступна синхронізація продовжить.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <extracomment>&quot;Review conflicts…&quot; chosen in the indicator&apos;s menu. &quot;Members and last sync…&quot; chosen in the indicator&apos;s menu.</extracomment>
        <translation>Стан синхронізації</translation>
    </message>
    <message>
        <source>&amp;Members and last sync…</source>
        <translation>&amp;Учасники й остання синхронізація…</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Розглянути конфлікти…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхронізація не вдалася</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ще не синхронізовано</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхронізовано %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln файл чекає</numerusform>
            <numerusform>%Ln файли чекають</numerusform>
            <numerusform>%Ln файлів чекають</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln файл відхилено</numerusform>
            <numerusform>%Ln файли відхилено</numerusform>
            <numerusform>%Ln файлів відхилено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to review</source>
        <translation>
            <numerusform>%Ln конфлікт чекає на розгляд</numerusform>
            <numerusform>%Ln конфлікти чекають на розгляд</numerusform>
            <numerusform>%Ln конфліктів чекають на розгляд</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review conflicts (%1)…</source>
        <translation>&amp;Розглянути конфлікти (%1)…</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Спільна папка: %1</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Остання синхронізація не вдалася: %1</translation>
    </message>
    <message>
        <source>Last sync %1: sent %2, applied %3.</source>
        <translation>Остання синхронізація %1: надіслано %2, застосовано %3.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Чекає: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примітка: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Відхилено: %1</translation>
    </message>
    <message>
        <source>Conflicts: changes made on two copies without seeing each other wait for you (File › Conflicts…).</source>
        <translation>Конфлікти: зміни, зроблені у двох копіях без відома одна про одну, чекають на ваше рішення (Файл › Конфлікти…).</translation>
    </message>
    <message>
        <source>Click for the members and the last sync&apos;s report.</source>
        <translation>Натисніть, щоб побачити учасників і звіт останньої синхронізації.</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>Your signing key {path} could not be read: {problem}.</source>
        <extracomment>Bytes of a tracker key (ChaCha20-Poly1305 takes 256-bit keys). Crockford&apos;s base 32 alphabet: no I, L, O or U, so a fingerprint read aloud or copied by hand cannot mix up 1/I/l or 0/O.</extracomment>
        <translation>Не вдалося прочитати ваш ключ підпису {path}: {problem}.</translation>
    </message>
    <message>
        <source>Your signing key {path} cannot be used: {problem}.</source>
        <translation>Ваш ключ підпису {path} не можна використати: {problem}.</translation>
    </message>
    <message>
        <source>Your signing key could not be saved in {folder}: {problem}.</source>
        <translation>Не вдалося зберегти ваш ключ підпису в {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Key {key} is already known with other contents; the new one was not kept.</source>
        <translation>Ключ {key} уже відомий з іншим вмістом; новий не збережено.</translation>
    </message>
    <message>
        <source>The tracker keys {path} could not be read: {problem}.</source>
        <translation>Не вдалося прочитати ключі трекера {path}: {problem}.</translation>
    </message>
    <message>
        <source>The tracker keys {path} cannot be used: {problem}.</source>
        <translation>Ключі трекера {path} не можна використати: {problem}.</translation>
    </message>
    <message>
        <source>The tracker keys could not be saved in {path}: {problem}.</source>
        <translation>Не вдалося зберегти ключі трекера в {path}: {problem}.</translation>
    </message>
    <message>
        <source>The key grant cannot be read: {problem}.</source>
        <translation>Передачу ключа неможливо прочитати: {problem}.</translation>
    </message>
    <message>
        <source>The key grant belongs to another shared tracker.</source>
        <translation>Ця передача ключа належить іншому спільному трекеру.</translation>
    </message>
    <message>
        <source>The key grant is for another member.</source>
        <translation>Ця передача ключа призначена іншому учасникові.</translation>
    </message>
    <message>
        <source>The key grant is not signed by a coordinator of this tracker.</source>
        <translation>Передачу ключа не підписав координатор цього трекера.</translation>
    </message>
    <message>
        <source>The key grant&apos;s signature does not match: it was altered.</source>
        <translation>Підпис передачі ключа не збігається: її змінили.</translation>
    </message>
    <message>
        <source>The key grant could not be opened with your key.</source>
        <translation>Передачу ключа не вдалося відкрити вашим ключем.</translation>
    </message>
    <message>
        <source>The key grant holds no usable key.</source>
        <translation>У передачі ключа немає придатного ключа.</translation>
    </message>
</context>
<context>
    <name>SyncMembers</name>
    <message>
        <source>Only a coordinator can sign the member list.</source>
        <extracomment>Longest name in a join request, in characters. Set when removed: the last of their files still taken (0: none). The tracker key new files are encrypted with.</extracomment>
        <translation>Підписати список учасників може лише координатор.</translation>
    </message>
    <message>
        <source>The member list is not signed.</source>
        <translation>Список учасників не підписано.</translation>
    </message>
    <message>
        <source>The member list cannot be read: {error}.</source>
        <translation>Неможливо прочитати список учасників: {error}.</translation>
    </message>
    <message>
        <source>The member list&apos;s signature does not match: it was altered.</source>
        <translation>Підпис списку учасників не збігається: список було змінено.</translation>
    </message>
    <message>
        <source>The member list is not signed by one of its coordinators.</source>
        <translation>Список учасників не підписано жодним із його координаторів.</translation>
    </message>
    <message>
        <source>The member list belongs to another shared tracker.</source>
        <translation>Список учасників належить іншому спільному трекеру.</translation>
    </message>
    <message>
        <source>The member list is not newer than the one in use (version {version}).</source>
        <translation>Список учасників не новіший за той, що використовується (версія {version}).</translation>
    </message>
    <message>
        <source>The new member list is not signed by a coordinator of the current one.</source>
        <translation>Новий список учасників не підписано координатором поточного.</translation>
    </message>
    <message>
        <source>The new member list&apos;s signature does not match: it was altered.</source>
        <translation>Підпис нового списку учасників не збігається: список було змінено.</translation>
    </message>
    <message>
        <source>The new member list leaves out {name}; members are removed, not deleted.</source>
        <translation>У новому списку учасників немає {name}; учасників позначають вилученими, а не стирають.</translation>
    </message>
    <message>
        <source>The new member list changes {name}&apos;s keys.</source>
        <translation>Новий список учасників змінює ключі {name}.</translation>
    </message>
    <message>
        <source>The new member list brings back {name}, who was removed.</source>
        <translation>Новий список учасників повертає {name}, хоча його вилучили.</translation>
    </message>
    <message>
        <source>{name} was removed; they need a new key to join again.</source>
        <translation>{name} вилучено; щоб приєднатися знову, потрібен новий ключ.</translation>
    </message>
    <message>
        <source>{name} is already a member.</source>
        <translation>{name} уже учасник.</translation>
    </message>
    <message>
        <source>That person is not a current member.</source>
        <translation>Ця людина не є чинним учасником.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another coordinator.</source>
        <translation>Не можна вилучити себе; зверніться до іншого координатора.</translation>
    </message>
    <message>
        <source>The tracker needs at least one coordinator.</source>
        <translation>Трекер потребує принаймні одного координатора.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Учасник повинен мати ім’я.</translation>
    </message>
    <message>
        <source>A member&apos;s name can have at most {count} characters.</source>
        <translation>Ім’я учасника може мати щонайбільше {count} символів.</translation>
    </message>
    <message>
        <source>The join code is empty; paste the whole code or choose the join file.</source>
        <translation>Код приєднання порожній; вставте весь код або виберіть файл приєднання.</translation>
    </message>
    <message>
        <source>This is not a Policy Tracker join code (one starts with {prefix}:).</source>
        <translation>Це не код приєднання Policy Tracker (такий код починається з {prefix}:).</translation>
    </message>
    <message>
        <source>The join code was made by a newer version of Policy Tracker; upgrade this app first.</source>
        <translation>Код приєднання створено новішою версією Policy Tracker; спершу оновіть цю програму.</translation>
    </message>
    <message>
        <source>The join code contains {letters}, which cannot be in one; check it was copied whole.</source>
        <translation>Код приєднання містить {letters}, чого в ньому бути не може; перевірте, чи скопійовано його повністю.</translation>
    </message>
    <message>
        <source>The join code is incomplete or has a typo; ask for it again, or use the join file.</source>
        <translation>Код приєднання неповний або з помилкою; попросіть його ще раз або скористайтеся файлом приєднання.</translation>
    </message>
    <message>
        <source>The member list is encrypted with tracker key {key}, which you were not given.</source>
        <translation>Список учасників зашифровано ключем трекера {key}, якого вам не надали.</translation>
    </message>
    <message>
        <source>The member list is not signed by the coordinator whose fingerprint you were given; do not join.</source>
        <translation>Список учасників підписано не тим координатором, чий відбиток вам надали; не приєднуйтеся.</translation>
    </message>
    <message>
        <source>The file is not a member list.</source>
        <translation>Цей файл не є списком учасників.</translation>
    </message>
</context>
<context>
    <name>SyncRefusals</name>
    <message>
        <source>The file is cut short (it may still be arriving).</source>
        <extracomment>The smallest possible file: prefix, an empty header, nonce, size, the cipher&apos;s 16-byte tag, signature. A header is a few hundred bytes; refuse to parse megabytes of &quot;header&quot;. Why a file is not taken yet: it is shorter than its header says.</extracomment>
        <translation>Файл обрізаний (можливо, він ще надходить).</translation>
    </message>
    <message>
        <source>The file is not a Policy Tracker sync file.</source>
        <translation>Це не файл синхронізації Policy Tracker.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Policy Tracker (format {version}); it waits until this app is upgraded.</source>
        <translation>Файл записано новішою версією Policy Tracker (формат {version}); він чекає, доки цю програму оновлять.</translation>
    </message>
    <message>
        <source>The file has an unknown format version ({version}).</source>
        <translation>Файл має невідому версію формату ({version}).</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged (it claims to be too long).</source>
        <translation>Заголовок файлу пошкоджено (він заявляє завелику довжину).</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged ({error}).</source>
        <translation>Заголовок файлу пошкоджено ({error}).</translation>
    </message>
    <message>
        <source>The file has extra bytes after its signature.</source>
        <translation>У файлі є зайві байти після підпису.</translation>
    </message>
    <message>
        <source>The file could not be decrypted with tracker key {key}.</source>
        <translation>Не вдалося розшифрувати файл ключем трекера {key}.</translation>
    </message>
    <message>
        <source>The file belongs to another shared tracker.</source>
        <translation>Файл належить іншому спільному трекеру.</translation>
    </message>
    <message>
        <source>The file is signed by {author}, who is not a member of this tracker.</source>
        <translation>Файл підписав {author}, який не є учасником цього трекера.</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not match {name}&apos;s key: it was altered.</source>
        <translation>Підпис файлу не відповідає ключу {name}: файл було змінено.</translation>
    </message>
    <message>
        <source>The file was written by {name} after they were removed from the tracker.</source>
        <translation>Файл записав {name} після того, як його вилучили з трекера.</translation>
    </message>
    <message>
        <source>The file is encrypted with tracker key {key}, which this computer does not have.</source>
        <translation>Файл зашифровано ключем трекера {key}, якого на цьому комп’ютері немає.</translation>
    </message>
    <message>
        <source>Another file with the same member and number was already applied; a number is never reused.</source>
        <extracomment>Refused for good: (file, code, reason); the reason is also kept in the local state. Not taken this time, and why (one sentence each); tried again at the next sync.</extracomment>
        <translation>Інший файл із тим самим учасником і номером уже застосовано; номер ніколи не використовується повторно.</translation>
    </message>
    <message>
        <source>It waits for an earlier file of the same member.</source>
        <translation>Він чекає на попередній файл того самого учасника.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Policy Tracker; it waits for an upgrade.</source>
        <extracomment>A file whose changes do not fit this tracker yet (a row they need has not arrived; the conflict rules said no): it waits, and the tracker is unchanged. A file that could not be applied for another reason (the tracker busy too long, another schema): it waits too. Refusing for good is only for files that fail their checks; a passing failure must not lose a change. Codes of files left pending, to be tried again at the next sync.</extracomment>
        <translation>Файл записано новішою версією Policy Tracker; він чекає на оновлення програми.</translation>
    </message>
    <message>
        <source>The file was written by an older version of Policy Tracker and does not fit this tracker since its upgrade; it waits. Its author should upgrade and sync again.</source>
        <translation>Файл записано старішою версією Policy Tracker, і після оновлення він не пасує до цього трекера; він чекає. Його автору слід оновити програму й синхронізувати знову.</translation>
    </message>
    <message>
        <source>The file is no longer in the shared folder.</source>
        <extracomment>Our temporary files older than this are a crashed write&apos;s leftovers (younger ones may be another program&apos;s write in progress on this computer). Codes of refusals that may resolve themselves (a newer app, a key handed over, a member list or the rest of the file still arriving): the file stays pending. Any other refusal is final.</extracomment>
        <translation>Файлу вже немає в спільній папці.</translation>
    </message>
    <message>
        <source>The file is not complete yet (it may still be arriving).</source>
        <translation>Файл ще не повний (можливо, він ще надходить).</translation>
    </message>
    <message>
        <source>The file&apos;s contents do not match its name: it was altered or is incomplete.</source>
        <translation>Вміст файлу не відповідає його назві: файл змінено або він неповний.</translation>
    </message>
    <message>
        <source>The file&apos;s signed header does not match its name in the shared folder.</source>
        <translation>Підписаний заголовок файлу не відповідає його назві в спільній папці.</translation>
    </message>
    <message>
        <source>The sync state {path} cannot be read: {error}.</source>
        <translation>Неможливо прочитати стан синхронізації {path}: {error}.</translation>
    </message>
    <message>
        <source>It waits for file {number} of the same member.</source>
        <translation>Він чекає на файл {number} того самого учасника.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Share tracker</source>
        <translation>Поділитися трекером</translation>
    </message>
    <message>
        <source>Save the tracker to a file before sharing it.</source>
        <translation>Перш ніж ділитися трекером, збережіть його у файл.</translation>
    </message>
    <message>
        <source>This tracker is already shared through %1.</source>
        <translation>Цей трекер уже спільний через %1.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <source>This tracker is not shared: share it (File › Share tracker…) or join a shared tracker first.</source>
        <translation>Цей трекер не спільний: спершу поділіться ним (Файл › Поділитися трекером…) або приєднайтеся до спільного трекера.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Синхронізація вже триває.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Синхронізація не вдалася: %1</translation>
    </message>
</context>
<context>
    <name>TrackerCommand</name>
    <message>
        <source>%1 would leave everything as it is.</source>
        <translation>«%1» нічого не змінить.</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Не вдається скасувати чи повторити</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Додати доказ</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Змінити доказ</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Архівувати доказ</translation>
    </message>
    <message>
        <source>Restore evidence</source>
        <translation>Відновити доказ</translation>
    </message>
    <message>
        <source>the evidence is already archived.</source>
        <translation>доказ уже в архіві.</translation>
    </message>
    <message>
        <source>the evidence is not archived.</source>
        <translation>доказ не в архіві.</translation>
    </message>
    <message>
        <source>Could not archive the evidence: another program kept the tracker busy; nothing changed. Try again.</source>
        <translation>Не вдалося архівувати доказ: інша програма надто довго займала трекер; нічого не змінилося. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Could not restore the evidence: another program kept the tracker busy; nothing changed. Try again.</source>
        <translation>Не вдалося відновити доказ: інша програма надто довго займала трекер; нічого не змінилося. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задати статус</translation>
    </message>
    <message>
        <source>Propose status</source>
        <translation>Запропонувати статус</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Виправити оцінку</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Додати країну</translation>
    </message>
    <message>
        <source>Archive country</source>
        <translation>Архівувати країну</translation>
    </message>
    <message>
        <source>Restore country</source>
        <translation>Відновити країну</translation>
    </message>
    <message>
        <source>the country is already archived.</source>
        <translation>країна вже в архіві.</translation>
    </message>
    <message>
        <source>the country is not archived.</source>
        <translation>країна не в архіві.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Нова група</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Перейменувати групу</translation>
    </message>
    <message>
        <source>Change group members</source>
        <translation>Змінити склад групи</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Видалити групу</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <source>Tracker title</source>
        <translation>Назва трекера</translation>
    </message>
    <message>
        <source>Shown in the window, reports and exports</source>
        <translation>Показується у вікні, звітах та експорті</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Where the recommendations come from (author, publication, year)</source>
        <translation>Звідки рекомендації (автор, публікація, рік)</translation>
    </message>
    <message>
        <source>Tracker description</source>
        <translation>Опис трекера</translation>
    </message>
    <message>
        <source>What this tracker follows, for readers</source>
        <translation>Що відстежує цей трекер — для читачів</translation>
    </message>
    <message>
        <source>Review interval in days</source>
        <translation>Інтервал перевірки в днях</translation>
    </message>
    <message>
        <source>A status older than this is marked for review in the matrix</source>
        <translation>Старіший статус позначається в матриці як такий, що потребує перевірки</translation>
    </message>
    <message>
        <source>Status changes need review by a second person</source>
        <translation>Зміни статусу має перевірити друга особа</translation>
    </message>
    <message>
        <source>A status set by one person is proposed; another person approves it in the Review tab before it counts</source>
        <translation>Статус, заданий однією особою, стає пропозицією; інша особа схвалює його на вкладці «Перевірка», перш ніж він враховуватиметься</translation>
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
        <translation>Дж&amp;ерело</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Опис</translation>
    </message>
    <message>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>Review &amp;interval</source>
        <translation>Інтервал &amp;перевірки</translation>
    </message>
    <message>
        <source>review interval days</source>
        <translation>інтервал перевірки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дні</numerusform>
            <numerusform>%Ln днів</numerusform>
        </translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Назва обов’язкова.</translation>
    </message>
</context>
<context>
    <name>TrackerStatusBar</name>
    <message>
        <source>Status bar</source>
        <translation>Рядок стану</translation>
    </message>
    <message>
        <source>Tracker file</source>
        <translation>Файл трекера</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Кількості</translation>
    </message>
    <message>
        <source>As-of date in force</source>
        <translation>Чинна дата стану</translation>
    </message>
    <message>
        <source>(not saved to a file)</source>
        <translation>(не збережено у файл)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln країна</numerusform>
            <numerusform>%Ln країни</numerusform>
            <numerusform>%Ln країн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendations</source>
        <translation>
            <numerusform>%Ln рекомендація</numerusform>
            <numerusform>%Ln рекомендації</numerusform>
            <numerusform>%Ln рекомендацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of evidence</source>
        <translation>
            <numerusform>%Ln доказ</numerusform>
            <numerusform>%Ln докази</numerusform>
            <numerusform>%Ln доказів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessments</source>
        <translation>
            <numerusform>%Ln оцінка</numerusform>
            <numerusform>%Ln оцінки</numerusform>
            <numerusform>%Ln оцінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries shown in the matrix (group filter: %1); recommendations, evidence and assessments in the whole tracker</source>
        <translation>Країни, показані в матриці (фільтр групи: %1); рекомендації, докази та оцінки в усьому трекері</translation>
    </message>
    <message>
        <source>Countries shown in the matrix; recommendations, evidence and assessments in the whole tracker</source>
        <translation>Країни, показані в матриці; рекомендації, докази та оцінки в усьому трекері</translation>
    </message>
    <message>
        <source>As of %1 (today)</source>
        <translation>Стан на %1 (сьогодні)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Стан на %1</translation>
    </message>
    <message>
        <source> · changes since %1 outlined</source>
        <translation> · зміни від %1 обведено рамкою</translation>
    </message>
</context>
<context>
    <name>TrackerWatcher</name>
    <message>
        <source>The tracker file is no longer at %1; edits made now may not be saved there.</source>
        <extracomment>How often the file is asked whether another program committed, while the app is in front / behind. At most this share of the time goes to refreshing for others&apos; changes: after a refresh that took 100 ms (a whole large tracker reloaded), the next look waits 400 ms more than usual. How long the status bar shows &quot;Updated: … by …&quot;. The object name of the note a form gets when its record changed elsewhere (tests find it by it).</extracomment>
        <translation>Файлу трекера більше немає за шляхом %1; зміни, зроблені зараз, можуть там не зберегтися.</translation>
    </message>
    <message>
        <source>Another program replaced %1: open it again to see the new file.</source>
        <translation>Інша програма замінила %1: відкрийте його знову, щоб побачити новий файл.</translation>
    </message>
    <message>
        <source>Another program replaced %1: showing the new file.</source>
        <translation>Інша програма замінила %1: показано новий файл.</translation>
    </message>
    <message>
        <source>Cannot see changes made by other programs just now: %1.</source>
        <translation>Зараз не видно змін, зроблених іншими програмами: %1.</translation>
    </message>
    <message>
        <source>%1 changed this record since, so it is left as they made it</source>
        <translation>відтоді цей запис змінив(-ла) %1, тому його залишено в їхній редакції</translation>
    </message>
</context>
<context>
    <name>TranslationsModel</name>
    <message>
        <source>missing</source>
        <extracomment>A text&apos;s state in the chosen language, in words (the colour of the row only repeats it).</extracomment>
        <translation>бракує</translation>
    </message>
    <message>
        <source>English changed</source>
        <translation>англійський текст змінено</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>перекладено</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійською</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Переклад</translation>
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
        <translation>Усе перекладено</translation>
    </message>
    <message>
        <source>%1 of %2 missing</source>
        <translation>Бракує %1 з %2</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>&amp;Зберегти переклад</translation>
    </message>
    <message>
        <source>Save the translation of the chosen text (Ctrl+Z undoes it)</source>
        <translation>Зберегти переклад вибраного тексту (Ctrl+Z скасує це)</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Мова перекладу</translation>
    </message>
    <message>
        <source>Missing translations</source>
        <translation>Відсутні переклади</translation>
    </message>
    <message>
        <source>Show only texts to translate</source>
        <translation>Показувати лише тексти для перекладу</translation>
    </message>
    <message>
        <source>Show only missing and out-of-date translations</source>
        <translation>Показувати лише відсутні й застарілі переклади</translation>
    </message>
    <message>
        <source>Codebook texts and their translations</source>
        <translation>Тексти кодової книги та їхні переклади</translation>
    </message>
    <message>
        <source>Translation columns</source>
        <translation>Стовпці перекладів</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Англійський текст</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Переклад</translation>
    </message>
    <message>
        <source>Type the translation; leave empty to remove it</source>
        <translation>Введіть переклад; залиште порожнім, щоб видалити його</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійською</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>Переклад (%1)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>Англійською: %1</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading tracker</source>
        <translation>Оновлення трекера</translation>
    </message>
    <message>
        <source>Upgrading this tracker to the new version… this happens once.</source>
        <translation>Трекер оновлюється до нової версії… це відбувається один раз.</translation>
    </message>
    <message>
        <source>Upgrade message</source>
        <translation>Повідомлення про оновлення</translation>
    </message>
    <message>
        <source>%1 is being brought up to this version of Policy Tracker. A large tracker can take a few minutes; please leave the app open. A copy of the file as it was is kept beside it as %2.</source>
        <translation>%1 оновлюється до цієї версії Policy Tracker. Для великого трекера це може тривати кілька хвилин; будь ласка, не закривайте програму. Копію файлу в попередньому стані збережено поруч із ним як %2.</translation>
    </message>
    <message>
        <source>Upgrade details</source>
        <translation>Подробиці оновлення</translation>
    </message>
    <message>
        <source>Upgrade progress</source>
        <translation>Перебіг оновлення</translation>
    </message>
</context>
<context>
    <name>UpgradeWorker</name>
    <message>
        <source>%1 could not be upgraded to this version (%2); it was left as it was.</source>
        <translation>%1 не вдалося оновити до цієї версії (%2); файл залишився без змін.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Policy Tracker — User guide</source>
        <translation>Policy Tracker — Посібник користувача</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Посібник користувача</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Текст посібника</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Пошук у посібнику</translation>
    </message>
    <message>
        <source>Find in the guide (Enter finds the next)</source>
        <translation>Пошук у посібнику (Enter — наступний збіг)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Результат пошуку</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Знайти:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не знайдено</translation>
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
        <translation>Показати трекер таким, яким він був на цю дату (Ctrl+D)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Повернутися до сьогодні</translation>
    </message>
    <message>
        <source>Group filter</source>
        <translation>Фільтр груп</translation>
    </message>
    <message>
        <source>Show one group of countries (Ctrl+G)</source>
        <translation>Показати одну групу країн (Ctrl+G)</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Зміни від</translation>
    </message>
    <message>
        <source>Highlight changes since</source>
        <translation>Виділити зміни від</translation>
    </message>
    <message>
        <source>Outline the cells whose status changed since this date (Ctrl+Shift+D)</source>
        <translation>Обвести клітинки, статус яких змінився від цієї дати (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Compare from date</source>
        <translation>Дата, від якої порівнювати</translation>
    </message>
    <message>
        <source>Include proposed</source>
        <translation>Враховувати запропоновані</translation>
    </message>
    <message>
        <source>Include proposed statuses</source>
        <translation>Враховувати запропоновані статуси</translation>
    </message>
    <message>
        <source>Count statuses proposed but not yet reviewed in the scores and ranks (the matrix marks them with ◆ either way)</source>
        <translation>Враховувати в балах і місцях статуси, запропоновані, але ще не перевірені (матриця в будь-якому разі позначає їх ◆)</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
</context>
<context>
    <name>WatcherTexts</name>
    <message>
        <source>Updated: another program changed this tracker</source>
        <translation>Оновлено: інша програма змінила цей трекер</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %Ln changes by %1</source>
        <translation>
            <numerusform>Оновлено: %Ln зміна (%1)</numerusform>
            <numerusform>Оновлено: %Ln зміни (%1)</numerusform>
            <numerusform>Оновлено: %Ln змін (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this evidence while you were editing it, so it cannot be saved. What you typed is kept: copy what you need, or add it again as new evidence.</source>
        <translation>Поки ви редагували цей доказ, його видалив(-ла) %1, тому його не можна зберегти. Введене збережено: скопіюйте потрібне або додайте його знову як новий доказ.</translation>
    </message>
    <message>
        <source>%1 changed this evidence while you were editing it. What you typed is kept: Save replaces their version with yours, Cancel keeps theirs.</source>
        <translation>Поки ви редагували цей доказ, його змінив(-ла) %1. Введене збережено: «Зберегти» замінить їхню версію вашою, «Скасувати» залишить їхню.</translation>
    </message>
    <message>
        <source>%1 changed this cell while you were editing. What you typed is kept: Save records your judgement too, and the timeline shows both.</source>
        <translation>Поки ви редагували, цю клітинку змінив(-ла) %1. Введене збережено: «Зберегти» запише й вашу оцінку, а хронологія покаже обидві.</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Змінено іншою програмою</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>інша програма</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 і %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %Ln others</source>
        <translation>
            <numerusform>%1, %2 та ще %Ln особа</numerusform>
            <numerusform>%1, %2 та ще %Ln особи</numerusform>
            <numerusform>%1, %2 та ще %Ln осіб</numerusform>
        </translation>
    </message>
</context>
</TS>
