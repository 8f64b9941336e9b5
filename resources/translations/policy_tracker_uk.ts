<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
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
    <name>AsOfBanner</name>
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
        <source>▲▼ outlined: changed since the comparison date</source>
        <translation>▲▼ у рамці: змінилося після дати порівняння</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Matrix</source>
        <extracomment>How long after the window is first shown the day&apos;s backup starts (after the first paint, off the start-up path). The actions that change the tracker: disabled while it is open read-only (db.store.Tracker.read_only).</extracomment>
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
    <name>TrackerStatusBar</name>
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
</TS>
