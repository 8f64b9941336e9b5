<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Follow, country by country, whether governments act on policy recommendations. Your data stays in one file on this computer; nothing leaves it unless you export it.</source>
        <translation>Следите, страна за страной, выполняют ли правительства политические рекомендации. Ваши данные хранятся в одном файле на этом компьютере; ничто не покидает его, пока вы сами их не экспортируете.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методология</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score.&lt;/b&gt; A country&apos;s score is the weighted mean of the scores of its &lt;i&gt;assessed&lt;/i&gt; recommendations, from 0 to 100. Cells not assessed are left out, never counted as 0; coverage (&quot;4 of 5 assessed&quot;) is shown with every score. %1 A score without a grade is marked * (not graded). &lt;b&gt;Grades:&lt;/b&gt; %2; ranks are among the graded countries.</source>
        <translation>&lt;b&gt;Балл.&lt;/b&gt; Балл страны — это средневзвешенное баллов её &lt;i&gt;оценённых&lt;/i&gt; рекомендаций, от 0 до 100. Неоценённые ячейки не учитываются и никогда не считаются за 0; охват («оценено 4 из 5») показан с каждым баллом. %1 Балл без оценки отмечен * (без оценки). &lt;b&gt;Оценки:&lt;/b&gt; %2; места распределяются среди стран с оценкой.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current status.&lt;/b&gt; The assessment with the latest effective date counts (ties: the one recorded last). Scores can be computed as of any date. A status older than the review interval is flagged ⚑ for review.</source>
        <translation>&lt;b&gt;Текущий статус.&lt;/b&gt; Учитывается оценка с самой поздней датой вступления в силу (при равных датах — записанная последней). Баллы можно вычислить на любую дату. Статус старше интервала пересмотра отмечен ⚑ для пересмотра.</translation>
    </message>
    <message>
        <source>About Policy Tracker</source>
        <translation>О программе Policy Tracker</translation>
    </message>
    <message>
        <source>About and methodology</source>
        <translation>О программе и методология</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New evidence…</source>
        <translation>&amp;Новое доказательство…</translation>
    </message>
    <message>
        <source>Log a dated source and link it to cells</source>
        <translation>Записать датированный источник и связать его с ячейками</translation>
    </message>
    <message>
        <source>&amp;Set status…</source>
        <translation>&amp;Задать статус…</translation>
    </message>
    <message>
        <source>Record a new judgement for the selected cell</source>
        <translation>Записать новую оценку для выбранной ячейки</translation>
    </message>
    <message>
        <source>&amp;Edit evidence…</source>
        <translation>&amp;Изменить доказательство…</translation>
    </message>
    <message>
        <source>&amp;Archive evidence</source>
        <translation>&amp;Архивировать доказательство</translation>
    </message>
    <message>
        <source>Open source &amp;link</source>
        <translation>Открыть &amp;ссылку на источник</translation>
    </message>
    <message>
        <source>&amp;Search evidence</source>
        <translation>&amp;Искать в доказательствах</translation>
    </message>
    <message>
        <source>Search the evidence (full text)</source>
        <translation>Поиск по доказательствам (полнотекстовый)</translation>
    </message>
    <message>
        <source>&amp;Go to country…</source>
        <translation>Пере&amp;йти к стране…</translation>
    </message>
    <message>
        <source>Jump to a country in the matrix by name or code</source>
        <translation>Перейти к стране в матрице по названию или коду</translation>
    </message>
    <message>
        <source>Show the tracker as it stood on a date</source>
        <translation>Показать трекер таким, каким он был на определённую дату</translation>
    </message>
    <message>
        <source>Show one group of countries</source>
        <translation>Показать одну группу стран</translation>
    </message>
    <message>
        <source>Highlight &amp;changes since…</source>
        <translation>&amp;Выделить изменения с даты…</translation>
    </message>
    <message>
        <source>Outline cells whose status changed since a date</source>
        <translation>Обвести ячейки, статус которых изменился с определённой даты</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the scorecard, assessments, history or evidence</source>
        <translation>Экспортировать таблицу оценок, статусы, историю или доказательства</translation>
    </message>
    <message>
        <source>&amp;New tracker…</source>
        <translation>&amp;Новый трекер…</translation>
    </message>
    <message>
        <source>&amp;Open tracker…</source>
        <translation>&amp;Открыть трекер…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Chec&amp;k and repair tracker…</source>
        <translation>&amp;Проверить и исправить трекер…</translation>
    </message>
    <message>
        <source>Check the tracker file for damage and repair what can be repaired</source>
        <translation>Проверить файл трекера на повреждения и исправить то, что можно</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>Replace the tracker with one of its automatic backups (the current state is backed up first)</source>
        <translation>Заменить трекер одной из его автоматических резервных копий (сначала сохраняется копия текущего состояния)</translation>
    </message>
    <message>
        <source>&amp;Import evidence…</source>
        <translation>&amp;Импортировать доказательства…</translation>
    </message>
    <message>
        <source>Bring in evidence kept in a spreadsheet (CSV or Excel)</source>
        <translation>Перенести доказательства из электронной таблицы (CSV или Excel)</translation>
    </message>
    <message>
        <source>&amp;As-of date</source>
        <translation>&amp;Состояние на дату</translation>
    </message>
    <message>
        <source>Gr&amp;oup filter</source>
        <translation>&amp;Фильтр групп</translation>
    </message>
    <message>
        <source>S&amp;hare tracker…</source>
        <translation>Поде&amp;литься трекером…</translation>
    </message>
    <message>
        <source>Share this tracker with your coalition through a shared folder</source>
        <translation>Поделиться этим трекером с коалицией через общую папку</translation>
    </message>
    <message>
        <source>&amp;Join a shared tracker…</source>
        <translation>Присо&amp;единиться к общему трекеру…</translation>
    </message>
    <message>
        <source>Ask to join a coalition&apos;s shared tracker, then make your copy of it</source>
        <translation>Попросить присоединения к общему трекеру коалиции, затем создать свою копию</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Син&amp;хронизировать сейчас</translation>
    </message>
    <message>
        <source>Send your changes to the shared folder and take everyone else&apos;s</source>
        <translation>Отправить свои изменения в общую папку и получить изменения остальных</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Участники…</translation>
    </message>
    <message>
        <source>Who shares this tracker, when each last synced; add or remove members</source>
        <translation>Кто пользуется этим трекером и когда каждый последний раз синхронизировался; добавить или удалить участников</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>Кон&amp;фликты…</translation>
    </message>
    <message>
        <source>Changes made on two copies without seeing each other: keep or swap them</source>
        <translation>Изменения, сделанные в двух копиях без ведома друг о друге: оставить или заменить их</translation>
    </message>
    <message>
        <source>Impor&amp;t codebook…</source>
        <translation>Импортировать ко&amp;довую книгу…</translation>
    </message>
    <message>
        <source>Give a blank tracker its recommendations and status scale from a codebook (JSON) or a CSV of recommendations</source>
        <translation>Загрузить в пустой трекер рекомендации и шкалу статусов из кодовой книги (JSON) или CSV-файла рекомендаций</translation>
    </message>
    <message>
        <source>Export co&amp;debook…</source>
        <translation>Экспортировать кодовую кни&amp;гу…</translation>
    </message>
    <message>
        <source>Save this tracker&apos;s codebook as a JSON file another tracker can start from (init --codebook)</source>
        <translation>Сохранить кодовую книгу этого трекера в JSON-файл, с которого может начаться другой трекер (init --codebook)</translation>
    </message>
    <message>
        <source>Countries and &amp;groups…</source>
        <translation>Страны и &amp;группы…</translation>
    </message>
    <message>
        <source>Add, archive and restore countries; create, rename and delete groups and choose their members</source>
        <translation>Добавлять, архивировать и восстанавливать страны; создавать, переименовывать и удалять группы и выбирать их участников</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Кодовая книга…</translation>
    </message>
    <message>
        <source>Edit the recommendations, the status scale, the grades and the tracker&apos;s title, source and settings</source>
        <translation>Изменить рекомендации, шкалу статусов, оценки, а также название, источник и настройки трекера</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Матрица</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Доказательства</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>Оценки стр&amp;ан</translation>
    </message>
    <message>
        <source>Cell &amp;details</source>
        <translation>&amp;Подробности ячейки</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Every change ever made, newest first</source>
        <translation>Все сделанные изменения, сначала новые</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>П&amp;роверка</translation>
    </message>
    <message>
        <source>Proposed statuses waiting for review, and those returned to you</source>
        <translation>Предложенные статусы, ожидающие проверки, и возвращённые вам</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>How to use Policy Tracker (works offline)</source>
        <translation>Как пользоваться Policy Tracker (работает без интернета)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Сочетания &amp;клавиш</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, searchable</source>
        <translation>Все сочетания клавиш, с поиском</translation>
    </message>
    <message>
        <source>&amp;About Policy Tracker</source>
        <translation>&amp;О программе Policy Tracker</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Paste the newcomer&apos;s join code, or choose the join file they sent you.</source>
        <translation>Вставьте код присоединения нового участника или выберите файл присоединения, который он вам прислал.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Код присоединения</translation>
    </message>
    <message>
        <source>Choose join &amp;file…</source>
        <translation>Выбрать &amp;файл присоединения…</translation>
    </message>
    <message>
        <source>Choose the join file</source>
        <translation>Выбрать файл присоединения</translation>
    </message>
    <message>
        <source>Who the code names</source>
        <translation>Кого называет код</translation>
    </message>
    <message>
        <source>I compared this fingerprint with them by another channel</source>
        <translation>Я сверил этот отпечаток с ним по другому каналу</translation>
    </message>
    <message>
        <source>Fingerprint compared</source>
        <translation>Отпечаток сверен</translation>
    </message>
    <message>
        <source>Make them a coordinator too (they can add and remove members)</source>
        <translation>Сделать его тоже координатором (сможет добавлять и удалять участников)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Join files (*.ptjoin);;All files (*)</source>
        <translation>Файлы присоединения (*.ptjoin);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The name and fingerprint in the code appear here.</source>
        <translation>Здесь появятся имя и отпечаток из кода.</translation>
    </message>
    <message>
        <source>Name: %1
Fingerprint: %2
Ask them to read their fingerprint to you and compare it, letter by letter.</source>
        <translation>Имя: %1
Отпечаток: %2
Попросите его прочитать вам свой отпечаток и сверьте его буква за буквой.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open tracker</source>
        <translation>Не удаётся открыть трекер</translation>
    </message>
    <message>
        <source>The default tracker will be opened instead.</source>
        <translation>Вместо него будет открыт трекер по умолчанию.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Another program is writing to this tracker; trying again…</source>
        <extracomment>While another program holds the write lock, the window tries again for this long in all. How long SQLite itself waits for the lock on each try: the longest the window stops responding. The pause between tries, during which the window repaints (typing and clicks wait until the end). What the status bar says while the window waits for the lock.</extracomment>
        <translation>Другая программа записывает в этот трекер; пробуем ещё раз…</translation>
    </message>
    <message>
        <source>Could not save; your entries are kept. Try again.</source>
        <extracomment>What a form says when a save still failed: what was typed stays in the form.</extracomment>
        <translation>Не удалось сохранить; введённое сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Could not undo “%1”; nothing changed. Try again.</source>
        <translation>Не удалось отменить «%1»; ничего не изменилось. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Could not redo “%1”; nothing changed. Try again.</source>
        <translation>Не удалось повторить «%1»; ничего не изменилось. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Не удаётся отменить</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Не удаётся повторить</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>Нечего менять: %1</translation>
    </message>
    <message>
        <source>the tracker file or its folder is read-only</source>
        <extracomment>SQLite&apos;s primary result codes a user can do something about, and what to tell them.</extracomment>
        <translation>файл трекера или его папка доступны только для чтения</translation>
    </message>
    <message>
        <source>the disk could not be written to</source>
        <translation>не удалось записать на диск</translation>
    </message>
    <message>
        <source>the tracker file is damaged (File › Check and repair tracker… can say more)</source>
        <translation>файл трекера повреждён (Файл › Проверить и исправить трекер… расскажет больше)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the tracker file could not be opened</source>
        <translation>не удалось открыть файл трекера</translation>
    </message>
    <message>
        <source>Could not save: %1; your entries are kept.</source>
        <translation>Не удалось сохранить: %1; введённое сохранено.</translation>
    </message>
    <message>
        <source> Details were saved to %1.</source>
        <translation> Подробности сохранены в %1.</translation>
    </message>
    <message>
        <source>The tracker could not be read or changed: %1; your entries are kept.</source>
        <translation>Не удалось прочитать или изменить трекер: %1; введённое сохранено.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1); what you were doing may not have finished.</source>
        <translation>Произошла непредвиденная ошибка (%1); то, что вы делали, могло не завершиться.</translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>Past as-of date</source>
        <translation>Дата в прошлом</translation>
    </message>
    <message>
        <source>Past date</source>
        <translation>Прошедшая дата</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Показанная дата</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Вернуться к сегодняшнему дню</translation>
    </message>
    <message>
        <source>Show the tracker as it stands today</source>
        <translation>Показать трекер в сегодняшнем состоянии</translation>
    </message>
    <message>
        <source>Showing the tracker as of %1, not today</source>
        <translation>Трекер показан по состоянию на %1, а не на сегодня</translation>
    </message>
    <message>
        <source>Showing the tracker as it will stand on %1, not today</source>
        <translation>Трекер показан таким, каким он будет %1, а не сегодняшним</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing the tracker as of %1&lt;/b&gt; — not today. Statuses and scores are those in force on that date.</source>
        <translation>&lt;b&gt;Трекер показан по состоянию на %1&lt;/b&gt; — не на сегодня. Статусы и баллы — действующие на эту дату.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing the tracker as it will stand on %1&lt;/b&gt; — not today. Statuses and scores are those in force on that date.</source>
        <translation>&lt;b&gt;Трекер показан таким, каким он будет %1&lt;/b&gt; — не сегодняшним. Статусы и баллы — действующие на эту дату.</translation>
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
        <translation>Сохранить вложенный файл как</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Открыть вложенный файл</translation>
    </message>
    <message>
        <source>This evidence has no attached file.</source>
        <translation>К этому доказательству не приложен файл.</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Файлы %1 (*.%2);;Все файлы (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is a program or script, so it is not opened from the tracker; use Save attachment as… and check it before running it.</source>
        <translation>%1 — программа или скрипт, поэтому из трекера он не открывается; воспользуйтесь «Сохранить вложенный файл как…» и проверьте его, прежде чем запускать.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1; save it instead.</source>
        <translation>Ни одна программа на этом компьютере не открывает %1; сохраните файл.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>daily</source>
        <extracomment>How the list names why a backup was taken (db.backup.KINDS and role()), in the interface&apos;s language.</extracomment>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>сделанная вручную</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>before codebook change</source>
        <translation>перед изменением кодовой книги</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>еженедельная</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>weekly (%1)</source>
        <translation>еженедельная (%1)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Scores by recommendation</source>
        <extracomment>The language of the country names: outside English, names sort in its alphabet&apos;s order (і, ў, ł, ė in their places, not after z by code point), through each country&apos;s place in that order.</extracomment>
        <translation>Баллы по рекомендациям</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Фильтр: %1</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <comment>the list&apos;s name: &apos;Countries chosen&apos;</comment>
        <translation>%1: выбранное</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>Выбрано: %Ln</numerusform>
            <numerusform>Выбрано: %Ln</numerusform>
            <numerusform>Выбрано: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Every row is checked. Nothing has been written yet.</source>
        <translation>Проверяется каждая строка. Пока ничего не записано.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <source>(duplicate)</source>
        <translation>(дубликат)</translation>
    </message>
    <message>
        <source>✓ The file can be imported. Press Import to write it.</source>
        <translation>✓ Файл можно импортировать. Нажмите «Импортировать», чтобы записать его.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln problems: fix the file (or the column choices) and check again. Nothing will be written.</source>
        <translation>
            <numerusform>⚠ %Ln проблема: исправьте файл (или выбор столбцов) и проверьте ещё раз. Ничего не будет записано.</numerusform>
            <numerusform>⚠ %Ln проблемы: исправьте файл (или выбор столбцов) и проверьте ещё раз. Ничего не будет записано.</numerusform>
            <numerusform>⚠ %Ln проблем: исправьте файл (или выбор столбцов) и проверьте ещё раз. Ничего не будет записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled. Nothing was written.</source>
        <translation>Проверка отменена. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>CodebookCommands</name>
    <message>
        <source>Add recommendation</source>
        <extracomment>A command&apos;s name or message in the interface&apos;s language (QUndoCommand is no QObject: no ``self.tr``).</extracomment>
        <translation>Добавить рекомендацию</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Изменить рекомендацию</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>Переместить рекомендацию выше</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>Переместить рекомендацию ниже</translation>
    </message>
    <message>
        <source>Archive recommendation</source>
        <translation>Архивировать рекомендацию</translation>
    </message>
    <message>
        <source>Restore recommendation</source>
        <translation>Восстановить рекомендацию</translation>
    </message>
    <message>
        <source>the recommendation is already archived.</source>
        <translation>рекомендация уже в архиве.</translation>
    </message>
    <message>
        <source>the recommendation is not archived.</source>
        <translation>рекомендация не в архиве.</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Добавить статус</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>Retire status</source>
        <translation>Исключить статус</translation>
    </message>
    <message>
        <source>Change grades</source>
        <translation>Изменить итоговые оценки</translation>
    </message>
    <message>
        <source>Change tracker settings</source>
        <translation>Изменить настройки трекера</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Удалить перевод</translation>
    </message>
    <message>
        <source>Translate codebook text</source>
        <translation>Перевести текст кодовой книги</translation>
    </message>
    <message>
        <source>the translation is already saved as it is.</source>
        <translation>перевод уже сохранён именно таким.</translation>
    </message>
</context>
<context>
    <name>CodebookCounts</name>
    <message numerus="yes">
        <source>Changing this score re-scores every country (%Ln assessments use it). Change it?</source>
        <translation>
            <numerusform>Изменение этого балла пересчитает баллы всех стран (его использует %Ln оценка). Изменить?</numerusform>
            <numerusform>Изменение этого балла пересчитает баллы всех стран (его используют %Ln оценки). Изменить?</numerusform>
            <numerusform>Изменение этого балла пересчитает баллы всех стран (его используют %Ln оценок). Изменить?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln made from English that has changed since</source>
        <translation>
            <numerusform>; %Ln перевод сделан по английскому тексту, который с тех пор изменился</numerusform>
            <numerusform>; %Ln перевода сделаны по английскому тексту, который с тех пор изменился</numerusform>
            <numerusform>; %Ln переводов сделано по английскому тексту, который с тех пор изменился</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Status scale</source>
        <translation>Шкала статусов</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Итоговые оценки</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Трекер</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <source>Codebook pages</source>
        <translation>Страницы кодовой книги</translation>
    </message>
    <message>
        <source>Apply saves a page&apos;s changes, recorded in the history; Ctrl+Z undoes each one.</source>
        <translation>«Применить» сохраняет изменения страницы и записывает их в историю; Ctrl+Z отменяет каждое из них.</translation>
    </message>
    <message>
        <source>How changes are saved</source>
        <translation>Как сохраняются изменения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Apply the changes not yet applied (%1)?</source>
        <translation>Применить ещё не применённые изменения (%1)?</translation>
    </message>
</context>
<context>
    <name>CodebookPage</name>
    <message>
        <source>&amp;Apply</source>
        <extracomment>The page&apos;s name in English (its tab shows :meth:`page_title`, translated in context &quot;CodebookEditor&quot;).</extracomment>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation>Применить изменения: %1</translation>
    </message>
    <message>
        <source>Save this page&apos;s changes (Ctrl+Z undoes them)</source>
        <translation>Сохранить изменения этой страницы (Ctrl+Z их отменит)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Отбро&amp;сить</translation>
    </message>
    <message>
        <source>Revert %1 changes</source>
        <translation>Отбросить изменения: %1</translation>
    </message>
    <message>
        <source>Throw away what was typed here and show what is saved</source>
        <translation>Отбросить введённое здесь и показать сохранённое</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>red</source>
        <extracomment>Colours in words, by the hue they start below (translated where shown: context &quot;ColorNames&quot;).</extracomment>
        <translation>красный</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>оранжевый</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>жёлтый</translation>
    </message>
    <message>
        <source>green</source>
        <translation>зелёный</translation>
    </message>
    <message>
        <source>teal</source>
        <translation>бирюзовый</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>синий</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>фиолетовый</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>розовый</translation>
    </message>
    <message>
        <source>dark red</source>
        <extracomment>The darker shade of each (said of a colour whose value is under half).</extracomment>
        <translation>тёмно-красный</translation>
    </message>
    <message>
        <source>dark orange</source>
        <translation>тёмно-оранжевый</translation>
    </message>
    <message>
        <source>dark yellow</source>
        <translation>тёмно-жёлтый</translation>
    </message>
    <message>
        <source>dark green</source>
        <translation>тёмно-зелёный</translation>
    </message>
    <message>
        <source>dark teal</source>
        <translation>тёмно-бирюзовый</translation>
    </message>
    <message>
        <source>dark blue</source>
        <translation>тёмно-синий</translation>
    </message>
    <message>
        <source>dark purple</source>
        <translation>тёмно-фиолетовый</translation>
    </message>
    <message>
        <source>dark pink</source>
        <translation>тёмно-розовый</translation>
    </message>
    <message>
        <source>black</source>
        <translation>чёрный</translation>
    </message>
    <message>
        <source>white</source>
        <translation>белый</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>серый</translation>
    </message>
    <message>
        <source>dark grey</source>
        <translation>тёмно-серый</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <source>Evidence “%1”</source>
        <translation>Доказательство «%1»</translation>
    </message>
    <message>
        <source>Recommendation “%1”</source>
        <translation>Рекомендация «%1»</translation>
    </message>
    <message>
        <source>Country “%1”</source>
        <translation>Страна «%1»</translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation>Статус «%1»</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Группа «%1»</translation>
    </message>
    <message>
        <source>Setting “%1”</source>
        <translation>Настройка «%1»</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Proposed status of %1</source>
        <translation>Предложенный статус: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 was changed on two copies, neither seeing the other&apos;s change.</source>
        <translation>%1: изменено в двух копиях без ведома друг о друге.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Удалено (автор: %1)</translation>
    </message>
    <message>
        <source>Version by %1</source>
        <translation>Версия (автор: %1)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>(applies now)</source>
        <translation>(действует сейчас)</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>действует с %1</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 (автор: %2), %3</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(текущий)</translation>
    </message>
    <message>
        <source>Applies now</source>
        <translation>Действует сейчас</translation>
    </message>
    <message>
        <source>“Keep the applied version” keeps the record as it is; “Use this version” puts the selected version in its place. Either way every version stays in the history.</source>
        <translation>«Оставить действующую версию» — запись остаётся как есть; «Использовать эту версию» — её место займёт выбранная версия. В обоих случаях все версии остаются в истории.</translation>
    </message>
    <message>
        <source>%1: statuses set on two copies without seeing each other.</source>
        <translation>%1: статусы заданы в двух копиях без ведома друг о друге.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <source>“Keep the current status” keeps the cell as it is; “Use this judgement” makes the selected one current. Either way every judgement stays in the history.</source>
        <translation>«Оставить текущий статус» — ячейка остаётся как есть; «Использовать эту оценку» — текущей становится выбранная. В обоих случаях все оценки остаются в истории.</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Ячейка %1</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кто изменил</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Что отличается</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Действует</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Title</source>
        <extracomment>Fields that say when and by whom, not what: never listed as a difference. How much of a value the list shows (the pane below shows all of it). The fields a version can change, as a person names them.</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Ячейки</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Archived copy</source>
        <translation>Архивная копия</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Вложенный файл</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Указания</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Changes made on two copies of this shared tracker without either seeing the other: records edited on both, and cells whose status was set on both. One version applies already; choose whether it stays.</source>
        <translation>Изменения, сделанные в двух копиях этого общего трекера без ведома друг о друге: записи, изменённые в обеих, и ячейки, статус которых задан в обеих. Одна версия уже действует; решите, оставить ли её.</translation>
    </message>
    <message>
        <source>About conflicts</source>
        <translation>О конфликтах</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Нечего рассматривать</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Нерешённые конфликты</translation>
    </message>
    <message>
        <source>Each conflict, and under it the versions or judgements it is made of; the one that applies is marked.</source>
        <translation>Каждый конфликт, а под ним — его версии или оценки; действующая отмечена.</translation>
    </message>
    <message>
        <source>The selected conflict</source>
        <translation>Выбранный конфликт</translation>
    </message>
    <message>
        <source>&amp;Keep the applied version</source>
        <translation>&amp;Оставить действующую версию</translation>
    </message>
    <message>
        <source>Keep the applied version</source>
        <translation>Оставить действующую версию</translation>
    </message>
    <message>
        <source>The record stays as it is and leaves this list</source>
        <translation>Запись остаётся как есть и исчезает из этого списка</translation>
    </message>
    <message>
        <source>&amp;Use this version</source>
        <translation>&amp;Использовать эту версию</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation>Использовать эту версию</translation>
    </message>
    <message>
        <source>The selected version replaces the one that applies</source>
        <translation>Выбранная версия заменяет действующую</translation>
    </message>
    <message>
        <source>K&amp;eep the current status</source>
        <translation>Ост&amp;авить текущий статус</translation>
    </message>
    <message>
        <source>Keep the current status</source>
        <translation>Оставить текущий статус</translation>
    </message>
    <message>
        <source>The cell keeps its status and loses its ⚠ mark</source>
        <translation>Ячейка сохраняет свой статус, а знак ⚠ исчезает</translation>
    </message>
    <message>
        <source>U&amp;se this judgement</source>
        <translation>Использовать эту о&amp;ценку</translation>
    </message>
    <message>
        <source>Use this judgement</source>
        <translation>Использовать эту оценку</translation>
    </message>
    <message>
        <source>The selected judgement becomes the cell&apos;s status</source>
        <translation>Выбранная оценка становится статусом ячейки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts.</source>
        <translation>Нечего рассматривать: конфликтов нет.</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts. This tracker has not synced yet.</source>
        <translation>Нечего рассматривать: конфликтов нет. Этот трекер ещё не синхронизировался.</translation>
    </message>
    <message>
        <source>Nothing to review: there are no conflicts. The last sync ran %1.</source>
        <translation>Нечего рассматривать: конфликтов нет. Последняя синхронизация: %1.</translation>
    </message>
    <message>
        <source>Select another version under the conflict to use it instead</source>
        <translation>Чтобы использовать другую версию, выберите её под конфликтом</translation>
    </message>
    <message>
        <source>Select another judgement under the cell to use it</source>
        <translation>Чтобы использовать другую оценку, выберите её под ячейкой</translation>
    </message>
    <message>
        <source>Another program kept the tracker busy; nothing changed. Try again in a moment.</source>
        <translation>Трекер был занят другой программой; ничего не изменилось. Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>Conflict settled; every version stays in the history.</source>
        <translation>Конфликт решён; все версии остаются в истории.</translation>
    </message>
</context>
<context>
    <name>CountriesEditor</name>
    <message>
        <source>%1 — archived</source>
        <extracomment>How many ISO matches the &quot;Add country&quot; list shows at most (the best first).</extracomment>
        <translation>%1 — в архиве</translation>
    </message>
    <message>
        <source>Countries and groups</source>
        <translation>Страны и группы</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Фильтр по названию или коду</translation>
    </message>
    <message>
        <source>Filter tracked countries</source>
        <translation>Фильтр отслеживаемых стран</translation>
    </message>
    <message>
        <source>Tracked countries</source>
        <translation>Отслеживаемые страны</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архивировать</translation>
    </message>
    <message>
        <source>Archive country</source>
        <translation>Архивировать страну</translation>
    </message>
    <message>
        <source>Leave the matrix, scores and ranks; the country&apos;s evidence and history stay</source>
        <translation>Убрать из матрицы, баллов и рейтинга; доказательства и история страны сохраняются</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore country</source>
        <translation>Восстановить страну</translation>
    </message>
    <message>
        <source>Bring an archived country back into the matrix</source>
        <translation>Вернуть архивированную страну в матрицу</translation>
    </message>
    <message>
        <source>Countries tracked</source>
        <translation>Число отслеживаемых стран</translation>
    </message>
    <message>
        <source>Type a name or ISO code, e.g. ukr or UA</source>
        <translation>Введите название или код ISO, напр. ukr или UA</translation>
    </message>
    <message>
        <source>A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian, or an ISO code</source>
        <translation>Название на английском, белорусском, украинском, русском, польском или литовском языке либо код ISO</translation>
    </message>
    <message>
        <source>Country to add, name or code</source>
        <translation>Добавляемая страна: название или код</translation>
    </message>
    <message>
        <source>ISO countries not yet tracked</source>
        <translation>Страны ISO, которые ещё не отслеживаются</translation>
    </message>
    <message>
        <source>A&amp;dd country</source>
        <translation>До&amp;бавить страну</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Добавить страну</translation>
    </message>
    <message>
        <source>Add country matches</source>
        <translation>Найденные страны для добавления</translation>
    </message>
    <message>
        <source>Add &amp;country (any ISO 3166 country):</source>
        <translation>Добавить &amp;страну (любую страну ISO 3166):</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>A name, e.g. Nordic countries</source>
        <translation>Название, напр. Северные страны</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Название группы:</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>Н&amp;овая группа</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Create a group with the name typed (its members ticked next)</source>
        <translation>Создать группу с введённым названием (затем отметьте её участников)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Пере&amp;именовать</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Переименовать группу</translation>
    </message>
    <message>
        <source>Give the chosen group the name typed</source>
        <translation>Дать выбранной группе введённое название</translation>
    </message>
    <message>
        <source>De&amp;lete group</source>
        <translation>Уда&amp;лить группу</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <source>Remove the group; its countries and evidence stay (Ctrl+Z brings it back)</source>
        <translation>Удалить группу; её страны и доказательства остаются (Ctrl+Z вернёт её)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Фильтр стран…</translation>
    </message>
    <message>
        <source>&amp;Members (tick the countries in the chosen group):</source>
        <translation>&amp;Участники (отметьте страны выбранной группы):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Each change is saved at once and is in the history; Ctrl+Z undoes it.</source>
        <translation>Каждое изменение сохраняется сразу и попадает в историю; Ctrl+Z отменяет его.</translation>
    </message>
    <message>
        <source>How changes are saved</source>
        <translation>Как сохраняются изменения</translation>
    </message>
    <message>
        <source>%1 tracked, %2 archived</source>
        <translation>Отслеживается: %1, в архиве: %2</translation>
    </message>
    <message>
        <source>%1 tracked</source>
        <translation>Отслеживается: %1</translation>
    </message>
    <message>
        <source>Type part of a name or a code to find a country.</source>
        <translation>Введите часть названия или код, чтобы найти страну.</translation>
    </message>
    <message>
        <source> — archived here, adding restores it</source>
        <translation> — здесь в архиве, добавление её восстановит</translation>
    </message>
    <message>
        <source>“%1” is already tracked.</source>
        <translation>«%1» уже отслеживается.</translation>
    </message>
    <message>
        <source>No ISO country matches “%1”.</source>
        <translation>Ни одна страна ISO не соответствует «%1».</translation>
    </message>
    <message>
        <source>Added %1; Ctrl+Z undoes it.</source>
        <translation>Добавлено: %1; Ctrl+Z отменит это.</translation>
    </message>
    <message>
        <source>Deleted the group %1; Ctrl+Z brings it back.</source>
        <translation>Группа %1 удалена; Ctrl+Z её вернёт.</translation>
    </message>
</context>
<context>
    <name>CountryCard</name>
    <message>
        <source>Country scorecard</source>
        <translation>Оценки страны</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Score, grade, rank and coverage</source>
        <translation>Балл, оценка, место и охват</translation>
    </message>
    <message>
        <source>Change since the comparison date</source>
        <translation>Изменение с даты сравнения</translation>
    </message>
    <message>
        <source>Evidence behind each status</source>
        <translation>Доказательства для каждого статуса</translation>
    </message>
    <message>
        <source>Recommendation / evidence</source>
        <translation>Рекомендация / доказательство</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Report for this country…</source>
        <translation>Отчёт по этой стране…</translation>
    </message>
    <message>
        <source>Report for this country</source>
        <translation>Отчёт по этой стране</translation>
    </message>
    <message>
        <source>Choose a country in the ranking</source>
        <translation>Выберите страну в рейтинге</translation>
    </message>
    <message>
        <source>grade &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>оценка &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ranked %1 of %2</source>
        <comment>3rd of 37</comment>
        <translation>место %1 из %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>first scored</source>
        <translation>впервые получила балл</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (было %1)</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>С %1: %2</translation>
    </message>
    <message>
        <source>Since %1: no score to compare</source>
        <translation>С %1: нет балла для сравнения</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Ещё не оценено.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Почему: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Нет ссылки</translation>
    </message>
</context>
<context>
    <name>CountryCounts</name>
    <message>
        <source>1 country matches: Enter adds it.</source>
        <translation>Подходит 1 страна: Enter добавит её.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries match: Enter adds the highlighted one.</source>
        <translation>
            <numerusform>Подходит %Ln страна: Enter добавит выделенную.</numerusform>
            <numerusform>Подходят %Ln страны: Enter добавит выделенную.</numerusform>
            <numerusform>Подходят %Ln стран: Enter добавит выделенную.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln страна</numerusform>
            <numerusform>%Ln страны</numerusform>
            <numerusform>%Ln стран</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>No backup was made today: %1</source>
        <extracomment>The backup made (a Path), or None when one was already made today. Why no backup could be made: one sentence.</extracomment>
        <translation>Сегодня резервная копия не создана: %1</translation>
    </message>
</context>
<context>
    <name>DataAttachments</name>
    <message>
        <source>{name} is a folder, not a file; attach a file inside it.</source>
        <extracomment>Largest attachment stored in a tracker; larger files belong on a server. Bytes read (or streamed out of the tracker) at a time. Changed attachments named one by one in a check&apos;s message; the rest are counted. Private copies opened from the app are removed after this long (the next time one is opened).</extracomment>
        <translation>{name} — папка, а не файл; приложите файл из неё.</translation>
    </message>
    <message>
        <source>{name} is a pipe, not a file; attach a regular file.</source>
        <translation>{name} — канал, а не файл; приложите обычный файл.</translation>
    </message>
    <message>
        <source>{name} is a device, not a file; attach a regular file.</source>
        <translation>{name} — устройство, а не файл; приложите обычный файл.</translation>
    </message>
    <message>
        <source>{name} is a socket, not a file; attach a regular file.</source>
        <translation>{name} — сокет, а не файл; приложите обычный файл.</translation>
    </message>
    <message>
        <source>{name} is a link to another file; attach the file itself.</source>
        <translation>{name} — ссылка на другой файл; приложите сам файл.</translation>
    </message>
    <message>
        <source>{name} is not a regular file; attach a regular file.</source>
        <translation>{name} — не обычный файл; приложите обычный файл.</translation>
    </message>
    <message>
        <source>{name} is too big to attach (over {size}); keep it elsewhere and link to it.</source>
        <translation>{name} слишком велик, чтобы его приложить (больше {size}); храните его в другом месте и дайте ссылку.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}.</source>
        <translation>Не удалось прочитать {name}: {problem}.</translation>
    </message>
    <message>
        <source>{target} does not exist.</source>
        <translation>{target} не существует.</translation>
    </message>
    <message>
        <source>{target} cannot be read: {problem}.</source>
        <translation>Не удалось прочитать {target}: {problem}.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <extracomment>Names Windows reserves for devices, with or without an extension. Endings that a double-click runs as a program or script instead of showing.</extracomment>
        <translation>Нет доказательства с uid {uid}.</translation>
    </message>
    <message>
        <source>The attached file {name} of the evidence “{evidence_title}” has changed since it was attached (its SHA-256 checksum does not match), so it was not taken out; a check of the tracker lists every changed file.</source>
        <translation>Приложенный файл {name} доказательства «{evidence_title}» изменился после того, как его приложили (его контрольная сумма SHA-256 не совпадает), поэтому он не извлечён; проверка трекера перечисляет все изменённые файлы.</translation>
    </message>
    <message>
        <source>The evidence {uid} has no attached file.</source>
        <translation>У доказательства {uid} нет приложенного файла.</translation>
    </message>
    <message>
        <source>{target} is a folder; give the name of the file to write.</source>
        <translation>{target} — папка; укажите имя файла для записи.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name (or replace it with --force).</source>
        <translation>{target} уже существует; выберите новое имя файла (или замените его с --force).</translation>
    </message>
    <message>
        <source>The attached file could not be written to {target}: {problem}.</source>
        <translation>Не удалось записать приложенный файл в {target}: {problem}.</translation>
    </message>
    <message>
        <source>A copy of {name} could not be written to open it: {problem}.</source>
        <translation>Не удалось записать копию {name}, чтобы её открыть: {problem}.</translation>
    </message>
</context>
<context>
    <name>DataBackup</name>
    <message>
        <source>{target} is a folder; give the name of the copy to write.</source>
        <extracomment>The meta key of the tracker&apos;s identity, which names its backups&apos; folder. Ids derived from a tracker&apos;s creation (see :func:`tracker_id`) are UUID 5 in this namespace. Backups kept: the newest of each of the last KEEP_DAILY days that have one ... ... and the newest of each of the KEEP_WEEKLY ISO weeks before those. Every backup of the newest day is kept too (up to this many), so each import of a busy day keeps its own &quot;before import&quot; copy until a later day&apos;s backup takes over. Why a backup was taken (the word in its file name) and how the app names that. Path parts that mark a folder another program copies elsewhere (cloud sync), compared lower-case. File systems on another machine (Linux /proc/mounts names).</extracomment>
        <translation>{target} — папка; укажите имя копии для записи.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <source>{target} is the open tracker itself; choose another name for the copy.</source>
        <translation>{target} — это сам открытый трекер; выберите другое имя для копии.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name.</source>
        <translation>{target} уже существует; выберите новое имя файла.</translation>
    </message>
    <message>
        <source>The copy could not be written to {target}: {reason}.</source>
        <translation>Не удалось записать копию в {target}: {reason}.</translation>
    </message>
    <message>
        <source>{name} has no backups yet and cannot be given an id for them ({problem}).</source>
        <translation>У {name} ещё нет резервных копий, и ему нельзя присвоить для них идентификатор ({problem}).</translation>
    </message>
    <message>
        <source>No backup was made: {reason}, and backups are kept only in a private folder (set POLICY_TRACKER_DATA_DIR to one).</source>
        <translation>Резервная копия не создана: {reason}, а резервные копии хранятся только в личной папке (задайте такую в POLICY_TRACKER_DATA_DIR).</translation>
    </message>
    <message>
        <source>The backup folder {folder} could not be made: {problem}.</source>
        <translation>Не удалось создать папку резервных копий {folder}: {problem}.</translation>
    </message>
    <message>
        <source>A tracker kept in memory has no backups.</source>
        <translation>У трекера, хранящегося в памяти, нет резервных копий.</translation>
    </message>
    <message>
        <source>No backup was made: {reason}.</source>
        <translation>Резервная копия не создана: {reason}.</translation>
    </message>
    <message>
        <source>No backup was made: it takes {size}, the disk that holds the backups has {free} free, and at least {floor} must stay free; free some space there, or keep the backups on a larger disk (POLICY_TRACKER_DATA_DIR).</source>
        <translation>Резервная копия не создана: она занимает {size}, на диске с резервными копиями свободно {free}, а свободными должны оставаться не менее {floor}; освободите там место или храните резервные копии на диске побольше (POLICY_TRACKER_DATA_DIR).</translation>
    </message>
    <message>
        <source>Nothing was restored: there is no backup at {backup}.</source>
        <translation>Ничего не восстановлено: по пути {backup} нет резервной копии.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Ничего не восстановлено: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup {name} is damaged ({result}).</source>
        <translation>Ничего не восстановлено: резервная копия {name} повреждена ({result}).</translation>
    </message>
    <message>
        <source>Nothing was restored: there is no tracker at {target}.</source>
        <translation>Ничего не восстановлено: по пути {target} нет трекера.</translation>
    </message>
    <message>
        <source>Nothing was restored: that backup is the tracker itself.</source>
        <translation>Ничего не восстановлено: эта резервная копия — сам трекер.</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} cannot be opened ({problem}).</source>
        <translation>Ничего не восстановлено: не удалось открыть {target} ({problem}).</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} cannot be read ({problem}).</source>
        <translation>Ничего не восстановлено: не удалось прочитать {target} ({problem}).</translation>
    </message>
    <message>
        <source>Nothing was restored: {target} is not a Policy Tracker file.</source>
        <translation>Ничего не восстановлено: {target} — не файл Policy Tracker.</translation>
    </message>
    <message>
        <source>Nothing was restored: {name} is open in another program or window; close it there first.</source>
        <translation>Ничего не восстановлено: {name} открыт в другой программе или окне; сначала закройте его там.</translation>
    </message>
    <message>
        <source>Nothing was restored: {name} is being written by another program; try again when it is done.</source>
        <translation>Ничего не восстановлено: в {name} пишет другая программа; попробуйте снова, когда она закончит.</translation>
    </message>
    <message>
        <source>Nothing was restored, because the tracker as it is now could not be backed up first: {reason}</source>
        <translation>Ничего не восстановлено, потому что сначала не удалось создать резервную копию нынешнего трекера: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored, because the damaged tracker could not be kept first: {problem}.</source>
        <translation>Ничего не восстановлено, потому что сначала не удалось сохранить повреждённый трекер: {problem}.</translation>
    </message>
    <message>
        <source>Nothing was restored: the restored file could not be written ({reason}).</source>
        <translation>Ничего не восстановлено: не удалось записать восстановленный файл ({reason}).</translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message numerus="yes">
        <source>Rebuilt the search index from the %n pieces of evidence and restored the triggers that keep it current.</source>
        <comment>Rebuilt the search index from the %n piece of evidence and restored the triggers that keep it current.</comment>
        <extracomment>Names of the temporary tables the search-index check builds (in the connection&apos;s own temp schema: nothing is written to the tracker file). The counts in check&apos;s sentences (Qt&apos;s plural forms; lupdate collects ``DataCheck.tr``).</extracomment>
        <translation>
            <numerusform>Поисковый индекс перестроен из %n доказательства, и восстановлены триггеры, которые поддерживают его в актуальном состоянии.</numerusform>
            <numerusform>Поисковый индекс перестроен из %n доказательств, и восстановлены триггеры, которые поддерживают его в актуальном состоянии.</numerusform>
            <numerusform>Поисковый индекс перестроен из %n доказательств, и восстановлены триггеры, которые поддерживают его в актуальном состоянии.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is damaged: SQLite cannot read it ({error}).</source>
        <translation>Файл повреждён: SQLite не может его прочитать ({error}).</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite&apos;s integrity check failed ({details}).</source>
        <translation>Файл повреждён: проверка целостности SQLite не пройдена ({details}).</translation>
    </message>
    <message>
        <source>The links between records cannot be checked ({error}).</source>
        <translation>Невозможно проверить связи между записями ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>%n records point at records that do not exist (in {tables}); it cannot be repaired without guessing, so restore a copy or correct it by hand.</source>
        <comment>%n record points at a record that does not exist (in {tables}); it cannot be repaired without guessing, so restore a copy or correct it by hand.</comment>
        <translation>
            <numerusform>%n запись ссылается на несуществующие записи (в {tables}); это нельзя исправить без догадок, поэтому восстановите копию или исправьте вручную.</numerusform>
            <numerusform>%n записи ссылаются на несуществующие записи (в {tables}); это нельзя исправить без догадок, поэтому восстановите копию или исправьте вручную.</numerusform>
            <numerusform>%n записей ссылаются на несуществующие записи (в {tables}); это нельзя исправить без догадок, поэтому восстановите копию или исправьте вручную.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index does not match the evidence, so a search can miss evidence or find evidence that no longer says what was searched for.</source>
        <translation>Поисковый индекс не соответствует доказательствам: поиск может пропустить доказательства или найти те, в которых уже нет искомого.</translation>
    </message>
    <message>
        <source>The stored counts of evidence per cell and of records do not match the data ({details}), so the matrix and the status bar can show wrong numbers.</source>
        <translation>Сохранённые подсчёты доказательств в ячейках и записей не соответствуют данным ({details}), поэтому матрица и строка состояния могут показывать неверные числа.</translation>
    </message>
    <message>
        <source>The stored current status of each cell does not match the assessments ({details}), so the matrix can show a wrong status.</source>
        <translation>Сохранённый текущий статус ячеек не соответствует оценкам ({details}), поэтому матрица может показывать неверный статус.</translation>
    </message>
    <message>
        <source>The status scale cannot be read ({error}).</source>
        <translation>Невозможно прочитать шкалу статусов ({error}).</translation>
    </message>
    <message>
        <source>The status scale must have exactly one &apos;not assessed&apos; status; it has {count}.</source>
        <translation>В шкале статусов должен быть ровно один статус «не оценено»; их количество: {count}.</translation>
    </message>
    <message>
        <source>The attached files cannot be checked ({error}).</source>
        <translation>Невозможно проверить прикреплённые файлы ({error}).</translation>
    </message>
    <message>
        <source>The evidence&apos;s links cannot be checked ({error}).</source>
        <extracomment>How many links that break the address rules a check names before it only counts the rest.</extracomment>
        <translation>Невозможно проверить ссылки доказательств ({error}).</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>; и ещё {count}</translation>
    </message>
    <message>
        <source>Links that could open another site than they show must be corrected by hand: {links}{more}.</source>
        <translation>Ссылки, которые могут открыть не тот сайт, что показывают, нужно исправить вручную: {links}{more}.</translation>
    </message>
    <message>
        <source>The problems found cannot be repaired automatically: {problems}.</source>
        <translation>Найденные проблемы нельзя исправить автоматически: {problems}.</translation>
    </message>
    <message>
        <source>Recounted the evidence per cell and the records, and restored the triggers that keep them current.</source>
        <translation>Доказательства в ячейках и записи пересчитаны, и восстановлены триггеры, которые поддерживают подсчёты в актуальном состоянии.</translation>
    </message>
    <message>
        <source>Recomputed each cell&apos;s current status and restored the triggers that keep it current.</source>
        <translation>Текущий статус каждой ячейки вычислен заново, и восстановлены триггеры, которые поддерживают его в актуальном состоянии.</translation>
    </message>
    <message>
        <source>The tracker was opened read-only, so it cannot be repaired.</source>
        <translation>Трекер открыт только для чтения, поэтому его нельзя исправить.</translation>
    </message>
    <message>
        <source>The repair failed, so nothing was changed: {error}.</source>
        <extracomment>Why a repair changed nothing.</extracomment>
        <translation>Исправление не удалось, поэтому ничего не изменено: {error}.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt, so nothing was changed: {error}.</source>
        <extracomment>The tables FTS5 keeps an index in (&quot;shadow tables&quot;); the content comes from the search view.</extracomment>
        <translation>Не удалось перестроить поисковый индекс, поэтому ничего не изменено: {error}.</translation>
    </message>
</context>
<context>
    <name>DataCodebook</name>
    <message>
        <source>&apos;{field}&apos; must be a number from 0 to 1, such as 0.5.</source>
        <extracomment>Where a codebook text is kept, as in the ``translations`` table: (table, row key, field). ``(&quot;statuses&quot;, &quot;full&quot;, &quot;label&quot;)``, ``(&quot;meta&quot;, &quot;title&quot;, &quot;value&quot;)``, ``(&quot;groups&quot;, &quot;EU&quot;, &quot;name&quot;)``. Share of a country&apos;s recommendations that must be assessed before it gets a grade and a rank.</extracomment>
        <translation>«{field}» должно быть числом от 0 до 1, например 0.5.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be from 0 to 1 (a share of the recommendations); got {value!r}.</source>
        <translation>«{field}» должно быть от 0 до 1 (доля рекомендаций); получено {value!r}.</translation>
    </message>
    <message>
        <source>{path} is too large to be a codebook (more than {megabytes} MB).</source>
        <extracomment>Countries tracked once and archived since (an exported codebook keeps them for their groups and history). The texts&apos; translations, {language: text} by where each is kept. English stays in the fields above (exports, scripts and search read it there); only grade names, which have no column, keep &quot;en&quot; here. The language the translations were made from (&quot;en&quot; for the default codebook: the article is in English), and a note for readers; a report says a quotation&apos;s translation is one. A codebook is a few hundred KB at most; a bigger file is refused before it is read into memory.</extracomment>
        <translation>{path} слишком велик для кодовой книги (больше {megabytes} МБ).</translation>
    </message>
    <message>
        <source>There is no codebook file at {path}.</source>
        <translation>По пути {path} нет файла кодовой книги.</translation>
    </message>
    <message>
        <source>{path} is not a valid JSON codebook: {problem}.</source>
        <translation>{path} — неправильная кодовая книга JSON: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a valid codebook: its JSON is nested too deeply to read.</source>
        <translation>{path} — неправильная кодовая книга: её JSON слишком глубоко вложен, чтобы его прочитать.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}.</source>
        <translation>Не удалось прочитать {path}: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a valid codebook: it is nested too deeply.</source>
        <translation>{path} — неправильная кодовая книга: она слишком глубоко вложена.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; is missing.</source>
        <translation>{where}: нет «{key}».</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a {kind}.</source>
        <translation>{where}: «{key}» должно быть типа {kind}.</translation>
    </message>
    <message>
        <source>{where}: a codebook must be a JSON object.</source>
        <translation>{where}: кодовая книга должна быть объектом JSON.</translation>
    </message>
    <message>
        <source>{where}: &apos;title&apos; is missing.</source>
        <translation>{where}: нет «title».</translation>
    </message>
    <message>
        <source>{at} must be an object.</source>
        <translation>{at} должно быть объектом.</translation>
    </message>
    <message>
        <source>{at}: the code &apos;{code}&apos; is used twice.</source>
        <translation>{at}: код «{code}» использован дважды.</translation>
    </message>
    <message>
        <source>{where}: exactly one status must have a null score (the &apos;not assessed&apos; status); found {found}.</source>
        <translation>{where}: ровно один статус должен иметь пустой балл (статус «Не оценено»); найдено: {found}.</translation>
    </message>
    <message>
        <source>{where}: two statuses have the same label.</source>
        <translation>{where}: у двух статусов одинаковое название.</translation>
    </message>
    <message>
        <source>{where}: two statuses have the same {name} label {label!r}.</source>
        <translation>{where}: у двух статусов одинаковое название ({name}) {label!r}.</translation>
    </message>
    <message>
        <source>{where}: &apos;grades&apos; must be a list of objects.</source>
        <translation>{where}: «grades» должно быть списком объектов.</translation>
    </message>
    <message>
        <source>{where}: grade {i} must be an object.</source>
        <translation>{where}: оценка {i} должна быть объектом.</translation>
    </message>
    <message>
        <source>{where}: grade {i}: the grade &apos;{grade}&apos; is listed twice.</source>
        <translation>{where}: оценка {i}: оценка «{grade}» указана дважды.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a list of country codes.</source>
        <translation>{where}: «{key}» должно быть списком кодов стран.</translation>
    </message>
    <message>
        <source>{where}: {c!r} is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>{where}: {c!r} — не код страны ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>{where}: {code} is listed both as a country and as an archived one.</source>
        <translation>{where}: {code} указана и как страна, и как страна в архиве.</translation>
    </message>
    <message>
        <source>{where}: &apos;groups&apos; must be an object of name: [codes].</source>
        <translation>{where}: «groups» должно быть объектом вида название: [коды].</translation>
    </message>
    <message>
        <source>{where}: group {name!r} must list country codes.</source>
        <translation>{where}: группа {name!r} должна перечислять коды стран.</translation>
    </message>
    <message>
        <source>{where}: group {name!r} lists {m!r}, which is not among the codebook&apos;s countries.</source>
        <translation>{where}: группа {name!r} перечисляет {m!r}, а этой страны нет среди стран кодовой книги.</translation>
    </message>
    <message>
        <source>{where}: &apos;review_interval_days&apos; must be a whole number of days.</source>
        <translation>{where}: «review_interval_days» должно быть целым числом дней.</translation>
    </message>
    <message>
        <source>{where}: &apos;evidence&apos; must be a list of objects.</source>
        <translation>{where}: «evidence» должно быть списком объектов.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}.{code}&apos; (the {name} text) must be non-empty text.</source>
        <translation>{where}: «{path}.{code}» (текст: {name}) должно быть непустым текстом.</translation>
    </message>
    <message>
        <source>{where}: &apos;group_names&apos; must be an object of group: names.</source>
        <translation>{where}: «group_names» должно быть объектом вида группа: названия.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}&apos; names no group of the codebook.</source>
        <translation>{where}: «{path}» не называет ни одной группы кодовой книги.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}&apos; must be an object of translations.</source>
        <translation>{where}: «{path}» должно быть объектом переводов.</translation>
    </message>
    <message>
        <source>{where}: &apos;{path}.en&apos; must be the group&apos;s own name {group!r} (or be left out).</source>
        <translation>{where}: «{path}.en» должно быть собственным названием группы {group!r} (или отсутствовать).</translation>
    </message>
    <message>
        <source>{where}: &apos;translations&apos; must be an object.</source>
        <translation>{where}: «translations» должно быть объектом.</translation>
    </message>
    <message>
        <source>{where}: &apos;translations.translated_from&apos; must be one of {known}; got {code!r}.</source>
        <translation>{where}: «translations.translated_from» должно быть одним из: {known}; получено {code!r}.</translation>
    </message>
    <message>
        <source>{where} must be true or false.</source>
        <translation>{where} должно быть true или false.</translation>
    </message>
    <message>
        <source>There is no recommendation {code!r}.</source>
        <extracomment>The recommendation fields a person edits (its code is its stable identity; position is the order). The status fields a person edits (its code is stable, assessments refer to it). The tracker settings on the Tracker page, as kept in ``meta``. A review interval longer than this (ten years) is a typing slip, and would overflow date arithmetic if huge.</extracomment>
        <translation>Нет рекомендации {code!r}.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s {field!r} cannot be edited here.</source>
        <extracomment>Words a suggested code leaves out (&quot;Support for antiwar initiatives&quot; → support_antiwar_initiatives).</extracomment>
        <translation>Поле {field!r} рекомендации здесь нельзя изменить.</translation>
    </message>
    <message>
        <source>The new order must list every recommendation once; another program may have changed them.</source>
        <translation>Новый порядок должен перечислять каждую рекомендацию один раз; возможно, их изменила другая программа.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>первая</translation>
    </message>
    <message>
        <source>last</source>
        <translation>последняя</translation>
    </message>
    <message>
        <source>{title} is already {where}.</source>
        <translation>«{title}» уже {where} в списке.</translation>
    </message>
    <message>
        <source>{title} has {assessments} assessment(s) and {links} evidence link(s); archive it instead (its history stays).</source>
        <translation>У «{title}» есть оценки ({assessments}) и связи с доказательствами ({links}); вместо этого архивируйте её (её история сохранится).</translation>
    </message>
    <message>
        <source>There is no status {code!r}.</source>
        <translation>Нет статуса {code!r}.</translation>
    </message>
    <message>
        <source>Another status is labelled {label!r}.</source>
        <translation>Другой статус уже называется {label!r}.</translation>
    </message>
    <message>
        <source>{label!r} is another status&apos;s code; choose another label.</source>
        <translation>{label!r} — код другого статуса; выберите другое название.</translation>
    </message>
    <message>
        <source>A status&apos;s {key!r} cannot be edited.</source>
        <translation>Поле {key!r} статуса нельзя изменить.</translation>
    </message>
    <message>
        <source>A status with code {code!r} already exists.</source>
        <translation>Статус с кодом {code!r} уже существует.</translation>
    </message>
    <message>
        <source>Give the status a score from 0 to 100: the scale keeps exactly one “not assessed” status.</source>
        <translation>Задайте статусу балл от 0 до 100: в шкале остаётся ровно один статус «Не оценено».</translation>
    </message>
    <message>
        <source>{label} is where every cell starts (not assessed): it has no score.</source>
        <translation>«{label}» — начальное состояние каждой ячейки (не оценено): у него нет балла.</translation>
    </message>
    <message>
        <source>Give a score from 0 to 100: the scale keeps exactly one “not assessed” status.</source>
        <translation>Задайте балл от 0 до 100: в шкале остаётся ровно один статус «Не оценено».</translation>
    </message>
    <message>
        <source>{label} is the “not assessed” status every cell starts at; the scale always keeps it.</source>
        <translation>«{label}» — статус «Не оценено», с которого начинается каждая ячейка; шкала всегда его сохраняет.</translation>
    </message>
    <message>
        <source>{used} assessment(s) or review proposal(s) use {label}; it can be retired only when none does.</source>
        <translation>«{label}» используется в оценках или предложениях на проверку ({used}); его можно вывести из употребления, только когда таких нет.</translation>
    </message>
    <message>
        <source>The review interval must be at most {limit:,} days.</source>
        <translation>Интервал проверки должен быть не больше {limit:,} дней.</translation>
    </message>
    <message>
        <source>{key!r} is not a tracker setting.</source>
        <translation>{key!r} — не настройка трекера.</translation>
    </message>
    <message>
        <source>Translations are made into {known}; {language!r} is not one of them.</source>
        <extracomment>Longest translation of each kind of text, as for its English (a label must fit a matrix legend).</extracomment>
        <translation>Переводы делаются на {known}; {language!r} среди них нет.</translation>
    </message>
    <message>
        <source>The codebook has no text {place} to translate.</source>
        <translation>В кодовой книге нет текста {place} для перевода.</translation>
    </message>
    <message>
        <source>Another status is labelled {other_label!r} in {name}.</source>
        <translation>Другой статус уже называется {other_label!r} ({name}).</translation>
    </message>
    <message>
        <source>Band {i} ({grade}) needs a minimum score from 0 to 100.</source>
        <extracomment>The longest grade name (a letter or a short word: it is shown in every scorecard row).</extracomment>
        <translation>Диапазону {i} ({grade}) нужен минимальный балл от 0 до 100.</translation>
    </message>
    <message>
        <source>The grade {grade!r} is listed twice.</source>
        <translation>Оценка {grade!r} указана дважды.</translation>
    </message>
    <message>
        <source>{other} and {grade} both start at {score:g}: the bands overlap; give each its own minimum.</source>
        <translation>{other} и {grade} оба начинаются с {score:g}: диапазоны перекрываются; задайте каждому свой минимум.</translation>
    </message>
    <message>
        <source>Keep at least one grade band.</source>
        <translation>Оставьте хотя бы один диапазон оценок.</translation>
    </message>
    <message>
        <source>The lowest band ({grade}) starts at {score:g}: scores below it would get no grade. Start it at 0.</source>
        <translation>Нижний диапазон ({grade}) начинается с {score:g}: баллы ниже него не получат оценки. Начните его с 0.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must not be empty.</source>
        <translation>«{field}» не может быть пустым.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is longer than {limit:,} characters.</source>
        <translation>«{field}» длиннее {limit:,} символов.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text or an object of translations such as {example}.</source>
        <translation>«{field}» должно быть текстом или объектом переводов, например {example}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has a translation in an unknown language {code!r}; the languages are {known}.</source>
        <translation>«{field}» содержит перевод на неизвестный язык {code!r}; языки: {known}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: the {language} text must be non-empty text.</source>
        <translation>«{field}»: текст ({language}) должен быть непустым текстом.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: the {language} text is longer than {limit:,} characters.</source>
        <translation>«{field}»: текст ({language}) длиннее {limit:,} символов.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has translations but no English text ({code}), which is required.</source>
        <translation>«{field}» содержит переводы, но нет английского текста ({code}), а он обязателен.</translation>
    </message>
</context>
<context>
    <name>DataCodebookExport</name>
    <message>
        <source>This tracker&apos;s codebook cannot be exported: {reason}</source>
        <translation>Кодовую книгу этого трекера нельзя экспортировать: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the codebook file to write.</source>
        <translation>{path} — это папка; укажите имя файла кодовой книги, который нужно записать.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name (or replace it with --force).</source>
        <translation>{path} уже существует; выберите новое имя файла (или замените его с --force).</translation>
    </message>
    <message>
        <source>The codebook could not be written to {path}: {reason}.</source>
        <translation>Не удалось записать кодовую книгу в {path}: {reason}.</translation>
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
        <translation>адрес URL</translation>
    </message>
    <message>
        <source>archive url</source>
        <translation>адрес в архиве</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>дата события</translation>
    </message>
    <message>
        <source>accessed on</source>
        <translation>дата обращения</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>издатель</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>тип источника</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>обоснование</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>достоверность</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>дата вступления в силу</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>дата состояния</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>название группы</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>label</source>
        <translation>название</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>инструкция</translation>
    </message>
    <message>
        <source>recommendation code</source>
        <translation>код рекомендации</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>color</source>
        <translation>цвет</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <source>score</source>
        <translation>балл</translation>
    </message>
    <message>
        <source>min score</source>
        <translation>минимальный балл</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>review interval days</source>
        <translation>интервал проверки в днях</translation>
    </message>
    <message>
        <source>position</source>
        <translation>позиция</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>{path} was made by an older version of Policy Tracker and must be upgraded before it can be opened, but {blocked}; copy it to a folder you can write to and open the copy.</source>
        <extracomment>Why writing is refused (None: the tracker can be written): see :meth:`open`. A reading connection that may have created the -wal/-shm files: tidy them away on close.</extracomment>
        <translation>{path} создан более старой версией Policy Tracker, и его нужно обновить, чтобы открыть, но {blocked}; скопируйте его в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Policy Tracker; open it once in the app or with a command that writes, so it can be upgraded.</source>
        <translation>{path} создан более старой версией Policy Tracker; откройте его один раз в программе или командой, которая пишет, чтобы его можно было обновить.</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>он открыт только для чтения</translation>
    </message>
    <message>
        <source>it cannot be written to</source>
        <translation>в него нельзя записывать</translation>
    </message>
    <message>
        <source>This tracker is read-only: {reason}.</source>
        <translation>Этот трекер только для чтения: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was saved, because {cause}.</source>
        <translation>Ничего не сохранено, потому что {cause}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} уже существует; выберите новое имя файла.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <source>{path} could not be created, because {cause}.</source>
        <translation>Не удалось создать {path}, потому что {cause}.</translation>
    </message>
    <message>
        <source>{name} was made by an older version of Policy Tracker and must be upgraded before it can be opened, but {blocked}; copy it to a folder you can write to and open the copy.</source>
        <extracomment>Most memory SQLite keeps for pages of an open tracker, in KiB.</extracomment>
        <translation>{name} создан более старой версией Policy Tracker, и его нужно обновить, чтобы открыть, но {blocked}; скопируйте его в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
        <source>{name} was not upgraded, because a copy of it could not be kept first ({cause}); it is unchanged.</source>
        <translation>{name} не обновлён, потому что сначала не удалось сохранить его копию ({cause}); он не изменён.</translation>
    </message>
    <message>
        <source>{name} could not be upgraded to this version ({cause}); it was left as it was.</source>
        <translation>Не удалось обновить {name} до этой версии ({cause}); он оставлен как был.</translation>
    </message>
    <message>
        <source>There is no tracker at {path}.</source>
        <translation>По пути {path} нет трекера.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a tracker file.</source>
        <translation>{path} — папка, а не файл трекера.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}.</source>
        <translation>Не удалось прочитать {path}: {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a Policy Tracker file (it is not an SQLite database).</source>
        <translation>{path} — не файл Policy Tracker (это не база данных SQLite).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {cause}.</source>
        <translation>Не удалось открыть {path}: {cause}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a Policy Tracker file.</source>
        <translation>{path} — база данных SQLite, но не файл Policy Tracker.</translation>
    </message>
    <message>
        <source>{path} is not a complete Policy Tracker file (its schema is missing).</source>
        <translation>{path} — неполный файл Policy Tracker (в нём нет схемы).</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it (an import?). Try again when it has finished.</source>
        <translation>{path} занят: другая программа пишет в него (импорт?). Попробуйте снова, когда она закончит.</translation>
    </message>
    <message>
        <source>{path} was left half-written by a program that stopped; it can be restored only where the file and its folder can be written to.</source>
        <translation>Программа, которая остановилась, оставила {path} недописанным; его можно восстановить только там, где в файл и его папку можно записывать.</translation>
    </message>
    <message>
        <source>{path} cannot be opened, because {cause}.</source>
        <translation>Не удалось открыть {path}, потому что {cause}.</translation>
    </message>
    <message>
        <source>{path} is not a readable Policy Tracker file ({problem}).</source>
        <translation>{path} — не читаемый файл Policy Tracker ({problem}).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Policy Tracker; update the app to open it.</source>
        <translation>{path} записан более новой версией Policy Tracker; обновите программу, чтобы его открыть.</translation>
    </message>
    <message>
        <source>its folder cannot be written to</source>
        <extracomment>Less free space than this (SQLite&apos;s -shm file alone takes 32 KiB) and a tracker is opened read-only. The ends of sentences (&quot;Nothing was saved, because ...&quot;), translatable (see :mod:`db.messages`).</extracomment>
        <translation>в его папку нельзя записывать</translation>
    </message>
    <message>
        <source>the file cannot be written to</source>
        <translation>в файл нельзя записывать</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>its path is too long for SQLite to open; move it to a folder with a shorter path</source>
        <translation>его путь слишком длинный, чтобы SQLite мог его открыть; перенесите его в папку с более коротким путём</translation>
    </message>
    <message>
        <source>Another program kept this tracker busy (it was writing to it) for too long, so nothing was changed; try again in a moment.</source>
        <extracomment>Statements that control transactions themselves: never committed behind the caller&apos;s back. Statements that write rows: outside a transaction they run inside their own ``BEGIN IMMEDIATE``. A write to the connection&apos;s own temp schema takes no lock on the file, so it needs no write lock. SQLite&apos;s primary result codes for &quot;another connection holds the lock&quot;.</extracomment>
        <translation>Другая программа слишком долго держала этот трекер занятым (писала в него), поэтому ничего не изменено; попробуйте снова через минуту.</translation>
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
        <translation>источник</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>review interval (days)</source>
        <translation>интервал проверки (дни)</translation>
    </message>
    <message>
        <source>minimum coverage for a grade</source>
        <translation>минимальный охват для оценки</translation>
    </message>
    <message>
        <source>status changes need review</source>
        <translation>изменения статусов требуют проверки</translation>
    </message>
    <message>
        <source>accessed on</source>
        <extracomment>The fields a diff names, in the interface&apos;s language (English: the key, &quot;_code&quot; and &quot;_&quot; dropped).</extracomment>
        <translation>дата обращения</translation>
    </message>
    <message>
        <source>archive url</source>
        <translation>адрес в архиве</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>приложенный файл</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>ячейки</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>color</source>
        <translation>цвет</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>достоверность</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>дата вступления в силу</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>дата события</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>название группы</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>инструкция</translation>
    </message>
    <message>
        <source>label</source>
        <translation>название</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>members</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>min score</source>
        <translation>минимальный балл</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>position</source>
        <translation>позиция</translation>
    </message>
    <message>
        <source>proposed by</source>
        <translation>предложил(а)</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>издатель</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>обоснование</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>записал(а)</translation>
    </message>
    <message>
        <source>review comment</source>
        <translation>комментарий проверки</translation>
    </message>
    <message>
        <source>reviewed by</source>
        <translation>проверил(а)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>балл</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>тип источника</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
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
        <translation>адрес URL</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>What each review step did, and what its undo step undid.</extracomment>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Proposal undone</source>
        <translation>Предложение отменено</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Approval undone</source>
        <translation>Утверждение отменено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Return undone</source>
        <translation>Возврат отменён</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Withdrawal undone</source>
        <translation>Отзыв отменён</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Подано повторно</translation>
    </message>
    <message>
        <source>Resubmission undone</source>
        <translation>Повторная подача отменена</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Fields a diff names first (what a reader looks for), the others following alphabetically. How much of one value a diff shows. How much of a whole diff a row shows.</extracomment>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>created by an import</source>
        <translation>создано импортом</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>removed ({fields})</source>
        <translation>удалено ({fields})</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>ни одно поле не изменилось</translation>
    </message>
    <message>
        <source>Evidence: {title}</source>
        <translation>Доказательство: {title}</translation>
    </message>
    <message>
        <source>Country: {name} ({code})</source>
        <translation>Страна: {name} ({code})</translation>
    </message>
    <message>
        <source>Recommendation {code}: {title}</source>
        <translation>Рекомендация {code}: {title}</translation>
    </message>
    <message>
        <source>Recommendation {code}</source>
        <translation>Рекомендация {code}</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Группа: {name}</translation>
    </message>
    <message>
        <source>Tracker setting: {name}</source>
        <translation>Настройка трекера: {name}</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Диапазоны оценок</translation>
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
        <translation>английский</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>белорусский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польский</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>литовский</translation>
    </message>
</context>
<context>
    <name>DataMerge</name>
    <message>
        <source>That version is not one of this record&apos;s conflicting versions any more.</source>
        <extracomment>The records whose versions a merge writes back, by the history&apos;s table name: (table, key column). Columns a version never sets: keys, and lineage (not content). Records whose versions conflict, (history table, key), and cells with conflicting judgements. The cells with conflicting judgements, and how many conflicts wait (kept in db.lineage: light to import).</extracomment>
        <translation>Эта версия больше не относится к конфликтующим версиям этой записи.</translation>
    </message>
    <message>
        <source>That version cannot be used: other records still need this one as it is.</source>
        <translation>Эту версию нельзя применить: другим записям нужна эта запись в нынешнем виде.</translation>
    </message>
    <message>
        <source>This cell has no conflicting judgements any more.</source>
        <translation>В этой ячейке больше нет противоречащих оценок.</translation>
    </message>
    <message>
        <source>That status is not one of this cell&apos;s conflicting judgements any more.</source>
        <translation>Этот статус больше не относится к противоречащим оценкам этой ячейки.</translation>
    </message>
    <message>
        <source>This record has no conflicting versions any more.</source>
        <translation>У этой записи больше нет конфликтующих версий.</translation>
    </message>
</context>
<context>
    <name>DataOperations</name>
    <message>
        <source>Unknown country {text!r}: it is not tracked here (use its ISO code or English name).</source>
        <extracomment>Turns a person&apos;s status edit into a review proposal when the tracker requires review, else returns None. Installed by :mod:`db.review`, which builds on this module (so this one cannot import it, even inside a function: tests/test_layering.py); ``db/__init__`` imports db.review, and importing db.ops imports the package first, so it is installed before any use. The operations that are a person&apos;s status edit (an import is not: it loads statuses as given). The tracker setting (meta key) saying status changes need review (db.review owns it; read here for corrections).</extracomment>
        <translation>Неизвестная страна {text!r}: она здесь не отслеживается (используйте её код ISO или английское название).</translation>
    </message>
    <message>
        <source>The country {code} is archived; restore it before adding to it.</source>
        <translation>Страна {code} в архиве; восстановите её, прежде чем что-то добавлять.</translation>
    </message>
    <message>
        <source>Unknown recommendation {text!r}.</source>
        <translation>Неизвестная рекомендация {text!r}.</translation>
    </message>
    <message>
        <source>The recommendation {code!r} is archived; restore it before adding to it.</source>
        <translation>Рекомендация {code!r} в архиве; восстановите её, прежде чем что-то добавлять.</translation>
    </message>
    <message>
        <source>Unknown status {text!r}; use one of: {codes}.</source>
        <translation>Неизвестный статус {text!r}; выберите один из: {codes}.</translation>
    </message>
    <message>
        <source>{label!r} is where every cell starts; choose a judgement instead.</source>
        <translation>{label!r} — начальное состояние каждой ячейки; выберите оценку.</translation>
    </message>
    <message>
        <source>Unknown group {text!r}.</source>
        <translation>Неизвестная группа {text!r}.</translation>
    </message>
    <message>
        <source>Choose at least one country or group.</source>
        <translation>Выберите хотя бы одну страну или группу.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Выберите хотя бы одну рекомендацию.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <translation>Нет доказательства с uid {uid}.</translation>
    </message>
    <message>
        <source>Evidence has no field {key!r}.</source>
        <translation>У доказательства нет поля {key!r}.</translation>
    </message>
    <message>
        <source>The event date is required (YYYY-MM-DD).</source>
        <translation>Дата события обязательна (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <extracomment>&quot;Not given&quot; for an argument where None means something (``attachment=None`` removes the attached file; leaving it out keeps it).</extracomment>
        <translation>Укажите для доказательства хотя бы заголовок, адрес URL или заметки.</translation>
    </message>
    <message>
        <source>A rationale was given without a status to set.</source>
        <translation>Обоснование указано, а статус не выбран.</translation>
    </message>
    <message>
        <source>Evidence with uid {uid} already exists.</source>
        <translation>Доказательство с uid {uid} уже существует.</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB.</source>
        <translation>{name} больше {megabytes} МБ.</translation>
    </message>
    <message>
        <source>Evidence must stay linked to at least one cell.</source>
        <translation>Доказательство должно оставаться связанным хотя бы с одной ячейкой.</translation>
    </message>
    <message>
        <source>This evidence supports {cited} assessment(s); archive it instead of deleting it.</source>
        <translation>На это доказательство опираются оценки ({cited}); архивируйте его вместо удаления.</translation>
    </message>
    <message>
        <source>An assessment with uid {uid} already exists.</source>
        <extracomment>An assessment&apos;s review columns (m005): in its history snapshot only once set (by an approval), so the snapshots of statuses recorded without review read as they always did.</extracomment>
        <translation>Оценка с uid {uid} уже существует.</translation>
    </message>
    <message>
        <source>There is no assessment with uid {uid}.</source>
        <translation>Нет оценки с uid {uid}.</translation>
    </message>
    <message>
        <source>While status changes need review, a status or its date is not corrected in place: set a new status instead, and another person will review it.</source>
        <translation>Пока изменения статусов требуют проверки, статус или его дата не исправляются на месте: задайте новый статус, и другой человек его проверит.</translation>
    </message>
    <message>
        <source>There is no recommendation {code!r}.</source>
        <translation>Нет рекомендации {code!r}.</translation>
    </message>
    <message>
        <source>A recommendation with code {code!r} already exists.</source>
        <translation>Рекомендация с кодом {code!r} уже существует.</translation>
    </message>
    <message>
        <source>A recommendation titled {title!r} already exists.</source>
        <translation>Рекомендация с заголовком {title!r} уже существует.</translation>
    </message>
    <message>
        <source>A recommendation titled {key!r} already exists.</source>
        <translation>Рекомендация с заголовком {key!r} уже существует.</translation>
    </message>
    <message>
        <source>The position must be a whole number.</source>
        <translation>Позиция должна быть целым числом.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s {key!r} cannot be edited.</source>
        <translation>Поле {key!r} рекомендации нельзя изменить.</translation>
    </message>
    <message>
        <source>There is no tracked country {code!r}.</source>
        <translation>Нет отслеживаемой страны {code!r}.</translation>
    </message>
    <message>
        <source>{text!r} is not an ISO 3166-1 country code or name.</source>
        <translation>{text!r} — не код и не название страны по ISO 3166-1.</translation>
    </message>
    <message>
        <source>{name} ({alpha2}) is already tracked.</source>
        <translation>{name} ({alpha2}) уже отслеживается.</translation>
    </message>
    <message>
        <source>{name} ({code}) has evidence, assessments or groups; archive it instead.</source>
        <translation>У {name} ({code}) есть доказательства, оценки или группы; архивируйте её вместо этого.</translation>
    </message>
    <message>
        <source>A group named {clean_name!r} already exists.</source>
        <translation>Группа с названием {clean_name!r} уже существует.</translation>
    </message>
    <message>
        <source>There is no group {name!r}.</source>
        <translation>Нет группы {name!r}.</translation>
    </message>
    <message>
        <source>A group named {target!r} already exists.</source>
        <translation>Группа с названием {target!r} уже существует.</translation>
    </message>
    <message>
        <source>This tracker already has a codebook.</source>
        <translation>У этого трекера уже есть кодовая книга.</translation>
    </message>
    <message>
        <source>Codebook evidence {i}: {message}</source>
        <translation>Доказательство {i} из кодовой книги: {message}</translation>
    </message>
</context>
<context>
    <name>DataReview</name>
    <message>
        <source>You proposed this change; another person must approve it.</source>
        <extracomment>The tracker setting (meta key): &apos;1&apos; = status changes need review; absent or &apos;0&apos; = off. Where a page of the queue starts: the (proposed_at, id) of the last row of the page before (id: the local rowid). How every output that counts pending proposals says so.</extracomment>
        <translation>Это изменение предложили вы; утвердить его должен другой человек.</translation>
    </message>
    <message>
        <source>You proposed this change; withdraw it instead of returning it.</source>
        <translation>Это изменение предложили вы; отзовите его, а не возвращайте.</translation>
    </message>
    <message>
        <source>proposed</source>
        <extracomment>A proposal&apos;s state as messages name it (English: the state itself).</extracomment>
        <translation>предложено</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <source>There is no proposal with uid {uid}.</source>
        <translation>Нет предложения с uid {uid}.</translation>
    </message>
    <message>
        <source>Unknown review state {state!r}; use one of: {states}, all.</source>
        <translation>Неизвестное состояние проверки {state!r}; выберите одно из: {states}, all.</translation>
    </message>
    <message>
        <source>There is no evidence with uid {uid}.</source>
        <translation>Нет доказательства с uid {uid}.</translation>
    </message>
    <message>
        <source>A proposal or assessment with uid {uid} already exists.</source>
        <translation>Предложение или оценка с uid {uid} уже существует.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not waiting for review: it cannot be {doing}.</source>
        <translation>Состояние этого предложения — «{state}», оно не ждёт проверки: его нельзя отметить как «{doing}».</translation>
    </message>
    <message>
        <source>An assessment with uid {uid} already exists.</source>
        <translation>Оценка с uid {uid} уже существует.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not approved: there is no approval to undo.</source>
        <translation>Состояние этого предложения — «{state}», а не «утверждено»: нет утверждения, которое можно отменить.</translation>
    </message>
    <message>
        <source>Say why the proposal is returned: the proposer needs to know what to fix.</source>
        <translation>Напишите, почему предложение возвращается: автор должен знать, что исправить.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not returned: there is no return to undo.</source>
        <translation>Состояние этого предложения — «{state}», а не «возвращено»: нет возврата, который можно отменить.</translation>
    </message>
    <message>
        <source>This proposal has been revised since it was returned; review the revision.</source>
        <translation>Это предложение доработано после возврата; проверьте новую версию.</translation>
    </message>
    <message>
        <source>Only {proposed_by}, who proposed this change, can withdraw it.</source>
        <translation>Отозвать это изменение может только {proposed_by}, кто его предложил.</translation>
    </message>
    <message>
        <source>This proposal is {state}: only a pending or returned one is withdrawn.</source>
        <translation>Состояние этого предложения — «{state}»: отозвать можно только ожидающее проверки или возвращённое.</translation>
    </message>
    <message>
        <source>This proposal is {state}, not withdrawn.</source>
        <translation>Состояние этого предложения — «{state}», а не «отозвано».</translation>
    </message>
    <message>
        <source>Only {proposed_by}, who proposed this change, can revise it.</source>
        <translation>Доработать это изменение может только {proposed_by}, кто его предложил.</translation>
    </message>
    <message>
        <source>This proposal is {state}: only a returned proposal is revised.</source>
        <translation>Состояние этого предложения — «{state}»: дорабатывают только возвращённое предложение.</translation>
    </message>
    <message>
        <source>This proposal has already been revised.</source>
        <translation>Это предложение уже доработано.</translation>
    </message>
    <message>
        <source>This proposal has been approved; undo the approval first.</source>
        <translation>Это предложение утверждено; сначала отмените утверждение.</translation>
    </message>
    <message>
        <source>This proposal has been revised; remove the revision first.</source>
        <translation>Это предложение доработано; сначала удалите доработанную версию.</translation>
    </message>
</context>
<context>
    <name>DataSearch</name>
    <message>
        <source>The search index is damaged, so words cannot be searched until it is rebuilt (File › Check and repair tracker, or policy-tracker check --repair).</source>
        <extracomment>What a search for words says when the index is damaged (the evidence list shows it in its count).</extracomment>
        <translation>Поисковый индекс повреждён, поэтому слова нельзя искать, пока его не перестроят (Файл › Проверить и исправить трекер, или policy-tracker check --repair).</translation>
    </message>
</context>
<context>
    <name>DataValidation</name>
    <message>
        <source>The {name} is required (YYYY-MM-DD).</source>
        <translation>Поле «{name}» обязательно (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{text!r} is not a date in the form YYYY-MM-DD ({field}).</source>
        <translation>{text!r} — не дата в формате YYYY-MM-DD ({field}).</translation>
    </message>
    <message>
        <source>{text!r} is not a real calendar date ({field}).</source>
        <translation>{text!r} — такой даты в календаре нет ({field}).</translation>
    </message>
    <message>
        <source>The {field} is required (YYYY-MM-DD or YYYYMMDD).</source>
        <translation>Поле «{field}» обязательно (YYYY-MM-DD или YYYYMMDD).</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as YYYY-MM-DD or YYYYMMDD.</source>
        <translation>{text!r} — не дата: пишите её как YYYY-MM-DD или YYYYMMDD.</translation>
    </message>
    <message>
        <source>{text!r} is not a real calendar date.</source>
        <translation>{text!r} — такой даты в календаре нет.</translation>
    </message>
    <message>
        <source>The {name} must be text.</source>
        <extracomment>Scripts that are written together (Japanese, Chinese and Korean mix Han, kana, Hangul and Latin). Cyrillic and Greek letters that look like Latin ones: a host of only these (аррӏе.com) passes for a Latin one.</extracomment>
        <translation>Поле «{name}» должно быть текстом.</translation>
    </message>
    <message>
        <source>The {name} contains a NUL character.</source>
        <extracomment>An http(s) address of printable ASCII (no space or backslash) whose host is letters, digits, - _ and dots. Characters that end a host&apos;s label in IDNA (and so in Qt and browsers), besides &apos;.&apos;. Invisible characters that are not formatting characters (Unicode&apos;s Default_Ignorable_Code_Point outside category Cf): Hangul fillers, variation selectors, the combining grapheme joiner...</extracomment>
        <translation>Поле «{name}» содержит символ NUL.</translation>
    </message>
    <message>
        <source>The {name} is longer than {limit:,} characters.</source>
        <translation>Поле «{name}» длиннее {limit:,} символов.</translation>
    </message>
    <message>
        <source>The {name} contains a backslash (\): browsers read it as /, so the link could open another site than the one it shows. Write / instead.</source>
        <translation>Поле «{name}» содержит обратную косую черту (\): браузеры читают её как /, поэтому ссылка может открыть не тот сайт, который показывает. Пишите /.</translation>
    </message>
    <message>
        <source>The {name} contains a space or line break; write a space as %20.</source>
        <translation>Поле «{name}» содержит пробел или перенос строки; пишите пробел как %20.</translation>
    </message>
    <message>
        <source>The {name} contains a control character ({char}).</source>
        <translation>Поле «{name}» содержит управляющий символ ({char}).</translation>
    </message>
    <message>
        <source>The {name} contains an invisible character ({char}) that can hide where the link goes; retype the address.</source>
        <translation>Поле «{name}» содержит невидимый символ ({char}), который может скрыть, куда ведёт ссылка; введите адрес заново.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid web address ({problem}).</source>
        <translation>{text!r} — неправильный веб-адрес ({problem}).</translation>
    </message>
    <message>
        <source>{text!r} is not a web address: the {name} must start with http:// or https://.</source>
        <translation>{text!r} — не веб-адрес: поле «{name}» должно начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>The {name} has a user name or password before its host (the part up to @): remove it; such a link can show one site and open another.</source>
        <translation>В поле «{name}» перед хостом есть имя пользователя или пароль (часть до @): удалите их; такая ссылка может показывать один сайт, а открывать другой.</translation>
    </message>
    <message>
        <source>The {name}&apos;s host [{host}] is not a valid IPv6 address.</source>
        <translation>Хост [{host}] в поле «{name}» — неправильный адрес IPv6.</translation>
    </message>
    <message>
        <source>The {name} has an invalid port ({port}).</source>
        <translation>В поле «{name}» неправильный порт ({port}).</translation>
    </message>
    <message>
        <source>The {name}&apos;s host {host!r} is not a valid host name ({why}).</source>
        <translation>Хост {host!r} в поле «{name}» — неправильное имя хоста ({why}).</translation>
    </message>
    <message>
        <source>The {name} has no host name.</source>
        <translation>В поле «{name}» нет имени хоста.</translation>
    </message>
    <message>
        <source>{char!r} cannot be part of a host name</source>
        <translation>{char!r} не может быть частью имени хоста</translation>
    </message>
    <message>
        <source>{char!r} stands for {folded!r}</source>
        <translation>{char!r} означает {folded!r}</translation>
    </message>
    <message>
        <source>The {name}&apos;s host {host!r} is not a valid IPv4 address.</source>
        <translation>Хост {host!r} в поле «{name}» — неправильный адрес IPv4.</translation>
    </message>
    <message>
        <source>an empty part between dots</source>
        <translation>пустая часть между точками</translation>
    </message>
    <message>
        <source>{label} is not valid punycode</source>
        <translation>{label} — неправильный punycode</translation>
    </message>
    <message>
        <source>a part between dots begins or ends with &apos;-&apos;</source>
        <translation>часть между точками начинается или заканчивается на &apos;-&apos;</translation>
    </message>
    <message>
        <source>an accent or other combining mark that is not on a letter</source>
        <translation>ударение или другой комбинируемый знак не над буквой</translation>
    </message>
    <message>
        <source>an international part with &apos;--&apos; as its third and fourth characters</source>
        <translation>международная часть с &apos;--&apos; на третьей и четвёртой позициях</translation>
    </message>
    <message>
        <source>not valid in IDNA: {problem}</source>
        <translation>недопустимо в IDNA: {problem}</translation>
    </message>
    <message>
        <source>a part between dots is longer than 63 characters</source>
        <translation>часть между точками длиннее 63 символов</translation>
    </message>
    <message>
        <source>longer than 253 characters</source>
        <translation>длиннее 253 символов</translation>
    </message>
    <message>
        <source>The {field} contains a NUL character (a zero byte); the file is damaged or not text.</source>
        <translation>Столбец «{field}» содержит символ NUL (нулевой байт); файл повреждён или не текстовый.</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit:,} characters ({length:,}).</source>
        <translation>Столбец «{field}» длиннее {limit:,} символов ({length:,}).</translation>
    </message>
    <message>
        <source>The {name} is required.</source>
        <translation>Поле «{name}» обязательно.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}; use one of: {allowed}.</source>
        <translation>{text!r} — недопустимое значение поля «{name}»; выберите одно из: {allowed}.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}: use lower-case letters, digits and _ (up to 40).</source>
        <translation>{text!r} — недопустимое значение поля «{name}»: используйте строчные латинские буквы, цифры и _ (до 40).</translation>
    </message>
    <message>
        <source>{text!r} cannot be a recommendation code: the scorecard export already has a column of that name.</source>
        <extracomment>Column names of the scorecard export that a recommendation&apos;s code would collide with.</extracomment>
        <translation>{text!r} не может быть кодом рекомендации: в экспорте таблицы оценок уже есть столбец с таким именем.</translation>
    </message>
    <message>
        <source>{text!r} is not a colour in the form #RRGGBB ({field}).</source>
        <translation>{text!r} — не цвет в формате #RRGGBB ({field}).</translation>
    </message>
    <message>
        <source>{value!r} is not a number ({field}).</source>
        <translation>{value!r} — не число ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be greater than 0 and at most 100.</source>
        <translation>Поле «{name}» должно быть больше 0 и не больше 100.</translation>
    </message>
    <message>
        <source>{value!r} is not a score ({field}).</source>
        <translation>{value!r} — не балл ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be between 0 and 100.</source>
        <translation>Поле «{name}» должно быть от 0 до 100.</translation>
    </message>
    <message>
        <source>{text!r} is not a valid {name}: expected a UUID like 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f.</source>
        <translation>{text!r} — недопустимое значение поля «{name}»: ожидается UUID, например 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f.</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number ({field}).</source>
        <translation>{value!r} — не целое число ({field}).</translation>
    </message>
    <message>
        <source>The {name} must be at least 1.</source>
        <translation>Поле «{name}» должно быть не меньше 1.</translation>
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
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (необязательно)</translation>
    </message>
    <message>
        <source>A date: type %1, or press Alt+Down for a calendar.</source>
        <translation>Дата: введите %1 или нажмите Alt+Вниз, чтобы открыть календарь.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Вниз)</translation>
    </message>
    <message>
        <source>The %1 is required (for example 2024-03-01).</source>
        <translation>Поле «%1» обязательно (например, 2024-03-01).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Type it as 2024-03-01, 20240301.</source>
        <translation>«%1» — не дата. Введите её как 2024-03-01 или 20240301.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Type it as 2024-03-01, 20240301 or %2.</source>
        <translation>«%1» — не дата. Введите её как 2024-03-01, 20240301 или %2.</translation>
    </message>
    <message>
        <source>%1 is outside the years 1900 to 2200.</source>
        <translation>%1 — вне пределов 1900–2200 годов.</translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation>Календарь: %1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <comment>month in a date: 15 January 2026</comment>
        <extracomment>Statuses proposed and not yet reviewed count too: the uids of the cells shown with one.</extracomment>
        <translation>января</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month in a date</comment>
        <translation>февраля</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month in a date</comment>
        <translation>марта</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month in a date</comment>
        <translation>апреля</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month in a date</comment>
        <translation>мая</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month in a date</comment>
        <translation>июня</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month in a date</comment>
        <translation>июля</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month in a date</comment>
        <translation>августа</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month in a date</comment>
        <translation>сентября</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month in a date</comment>
        <translation>октября</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month in a date</comment>
        <translation>ноября</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month in a date</comment>
        <translation>декабря</translation>
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
        <translation>Выберите ячейку матрицы, чтобы увидеть её статус, историю и доказательства.</translation>
    </message>
    <message>
        <source>verified</source>
        <extracomment>The stored codes of confidence and source kind, as the dock names them (English: the code itself).</extracomment>
        <translation>проверено</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>сообщено</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>заявлено</translation>
    </message>
    <message>
        <source>official</source>
        <translation>официальный источник</translation>
    </message>
    <message>
        <source>media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>ngo</source>
        <translation>НКО</translation>
    </message>
    <message>
        <source>international</source>
        <translation>международная организация</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>Cell details</source>
        <extracomment>&quot;Review conflict…&quot; on a cell with conflicting judgements: (country, recommendation).</extracomment>
        <translation>Подробности ячейки</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Выбранная ячейка</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Status mark</source>
        <translation>Значок статуса</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Подробности статуса</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Заметка о проверке</translation>
    </message>
    <message>
        <source>Proposed status</source>
        <translation>Предложенный статус</translation>
    </message>
    <message>
        <source>Conflicting judgements</source>
        <translation>Противоречащие оценки</translation>
    </message>
    <message>
        <source>Review conflict…</source>
        <translation>Рассмотреть конфликт…</translation>
    </message>
    <message>
        <source>Review the conflicting judgements of this cell</source>
        <translation>Рассмотреть противоречащие оценки этой ячейки</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>Задать статус…</translation>
    </message>
    <message>
        <source>Set status of this cell</source>
        <translation>Задать статус этой ячейки</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Добавить доказательство…</translation>
    </message>
    <message>
        <source>Add evidence for this cell</source>
        <translation>Добавить доказательство для этой ячейки</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Хронология статусов</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Status and rationale</source>
        <translation>Статус и обоснование</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Связанные доказательства</translation>
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
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>Open evidence link</source>
        <translation>Открыть ссылку доказательства</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Изменить доказательство</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архивировать</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Архивировать доказательство</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Открыть вложенный файл</translation>
    </message>
    <message>
        <source>Save attachment as…</source>
        <translation>Сохранить вложенный файл как…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Вложенный файл</translation>
    </message>
    <message>
        <source>Attached file: open or save it</source>
        <translation>Вложенный файл: открыть или сохранить</translation>
    </message>
    <message>
        <source>Timeline heading</source>
        <translation>Заголовок хронологии</translation>
    </message>
    <message>
        <source>Evidence heading</source>
        <translation>Заголовок доказательств</translation>
    </message>
    <message>
        <source>More evidence</source>
        <translation>Другие доказательства</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Вложенный файл: %1</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл не приложен</translation>
    </message>
    <message>
        <source>effective %1 · %2 · recorded by %3 on %4</source>
        <translation>действует с %1 · %2 · записано: %3, %4</translation>
    </message>
    <message>
        <source>Nobody has judged this cell yet. Not assessed is not the same as No action.</source>
        <translation>Эту ячейку ещё никто не оценил. «Не оценено» — не то же самое, что «Нет действий».</translation>
    </message>
    <message numerus="yes">
        <source>⚑ Needs review: this judgement is older than %Ln days.</source>
        <translation>
            <numerusform>⚑ Требует проверки: этой оценке больше %Ln дня.</numerusform>
            <numerusform>⚑ Требует проверки: этой оценке больше %Ln дней.</numerusform>
            <numerusform>⚑ Требует проверки: этой оценке больше %Ln дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores count it now (Include proposed is on).</source>
        <translation>Баллы уже учитывают его (включено «Учитывать предложенные»).</translation>
    </message>
    <message>
        <source>Scores count the approved status until then.</source>
        <translation>До тех пор баллы учитывают утверждённый статус.</translation>
    </message>
    <message>
        <source>◆ Proposed: %1, effective %2, by %3 — waiting for review. Approved: %4. %5
Why: %6</source>
        <translation>◆ Предложено: %1, действует с %2, автор: %3 — ждёт проверки. Утверждено: %4. %5
Почему: %6</translation>
    </message>
    <message>
        <source>%1 set %2</source>
        <translation>%2 (автор: %1)</translation>
    </message>
    <message>
        <source>⚠ Conflicting judgements: %1, without seeing each other.</source>
        <translation>⚠ Противоречащие оценки: %1 — заданы без ведома друг о друге.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (текущий)</translation>
    </message>
    <message>
        <source>%1 (after the as-of date)</source>
        <translation>%1 (после даты состояния)</translation>
    </message>
    <message>
        <source>%1 · %2 · recorded by %3 on %4</source>
        <translation>%1 · %2 · записано: %3, %4</translation>
    </message>
    <message>
        <source>Effective after the as-of date</source>
        <translation>Действует после даты состояния</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%Ln assessments)</source>
        <translation>
            <numerusform>Хронология (%Ln оценка)</numerusform>
            <numerusform>Хронология (%Ln оценки)</numerusform>
            <numerusform>Хронология (%Ln оценок)</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Доказательства (%1)</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more… (the Evidence tab lists them all)</source>
        <translation>
            <numerusform>и ещё %Ln… (все — на вкладке «Доказательства»)</numerusform>
            <numerusform>и ещё %Ln… (все — на вкладке «Доказательства»)</numerusform>
            <numerusform>и ещё %Ln… (все — на вкладке «Доказательства»)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>Official (government, parliament, gazette)</source>
        <extracomment>English source texts (what CSV and tests compare); shown translated by :func:`source_kind_label`.</extracomment>
        <translation>Официальный (правительство, парламент, официальный вестник)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>NGO or think tank</source>
        <translation>НКО или аналитический центр</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Verified — checked against a primary source</source>
        <extracomment>English source texts; shown translated by :func:`confidence_label`.</extracomment>
        <translation>Проверено — по первоисточнику</translation>
    </message>
    <message>
        <source>Reported — by a credible secondary source</source>
        <translation>Сообщено — надёжным вторичным источником</translation>
    </message>
    <message>
        <source>Claimed — the government&apos;s own word</source>
        <translation>Заявлено — со слов самого правительства</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>The common languages of sources (ISO 639-1 code, English name); any other code or name may be typed. Names pycountry&apos;s ISO 639-3 catalogues lack (or give as &quot;Modern Greek (1453-)&quot;, &quot;Kirghiz&quot;), by language. Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open.</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>Выберите статус…</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Ошибка в форме</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Type a language or its code, e.g. Lithuanian or lt</source>
        <translation>Язык или его код, напр. литовский или lt</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Изменить доказательство</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Новое доказательство</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Что произошло, одной строкой</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Адрес URL</translation>
    </message>
    <message>
        <source>URL check</source>
        <translation>Проверка адреса</translation>
    </message>
    <message>
        <source>Archive URL</source>
        <translation>Адрес в архиве</translation>
    </message>
    <message>
        <source>https://web.archive.org/… (optional)</source>
        <translation>https://web.archive.org/… (необязательно)</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Quote, context, what the measure covers…</source>
        <translation>Цитата, контекст, что охватывает мера…</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл не приложен</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Вложенный файл</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Приложить файл…</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Приложить файл</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove attached file</source>
        <translation>Убрать вложенный файл</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Event &amp;date*</source>
        <translation>&amp;Дата события*</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;Адрес URL</translation>
    </message>
    <message>
        <source>&amp;Archive URL</source>
        <translation>Адрес в а&amp;рхиве</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Издатель</translation>
    </message>
    <message>
        <source>Source &amp;kind</source>
        <translation>&amp;Тип источника</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Accessed &amp;on</source>
        <translation>Дата о&amp;бращения</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>За&amp;метки</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Фильтр стран…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Filter groups…</source>
        <translation>Фильтр групп…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Filter recommendations…</source>
        <translation>Фильтр рекомендаций…</translation>
    </message>
    <message>
        <source>Pre-filled links</source>
        <translation>Заранее заполненные связи</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pre-filled from the cell you chose.&lt;/b&gt; Remove it if this evidence is not about it:</source>
        <translation>&lt;b&gt;Заполнено из выбранной вами ячейки.&lt;/b&gt; Уберите её, если это доказательство не о ней:</translation>
    </message>
    <message>
        <source>%1: click to remove this link</source>
        <translation>%1: нажмите, чтобы убрать эту связь</translation>
    </message>
    <message>
        <source>Remove link %1</source>
        <translation>Убрать связь %1</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <source>Groups (every member)</source>
        <translation>Группы (все участники)</translation>
    </message>
    <message>
        <source>Also set the status of the linked cells, effective on the event date</source>
        <translation>Также задать статус связанных ячеек, действующий с даты события</translation>
    </message>
    <message>
        <source>Also set status</source>
        <translation>Также задать статус</translation>
    </message>
    <message>
        <source>Cells whose status is set</source>
        <translation>Ячейки, статус которых задаётся</translation>
    </message>
    <message>
        <source>Why this status (required)</source>
        <translation>Почему такой статус (обязательно)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>Досто&amp;верность</translation>
    </message>
    <message>
        <source>&amp;Rationale*</source>
        <translation>&amp;Обоснование*</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>Сохранить доказательство</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Not linked yet: tick at least one recommendation and one country or group.</source>
        <translation>Пока ни с чем не связано: отметьте хотя бы одну рекомендацию и одну страну или группу.</translation>
    </message>
    <message>
        <source>Sets the status of no cell yet: choose the links above.</source>
        <translation>Пока не задаёт статус ни одной ячейки: выберите связи выше.</translation>
    </message>
    <message>
        <source>1 cell: %1</source>
        <translation>1 ячейка: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cells: %1</source>
        <translation>
            <numerusform>%Ln ячейка: %1</numerusform>
            <numerusform>%Ln ячейки: %1</numerusform>
            <numerusform>%Ln ячеек: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Связи: %1</translation>
    </message>
    <message>
        <source>Sets the status of this cell: %1</source>
        <translation>Задаёт статус этой ячейки: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sets the status of these %Ln cells: %1</source>
        <translation>
            <numerusform>Задаёт статус этих ячеек (%Ln): %1</numerusform>
            <numerusform>Задаёт статус этих ячеек (%Ln): %1</numerusform>
            <numerusform>Задаёт статус этих ячеек (%Ln): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Web address looks right</source>
        <translation>✓ Веб-адрес выглядит правильно</translation>
    </message>
    <message>
        <source>Optional: http:// or https:// only</source>
        <translation>Необязательно: только http:// или https://</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Приложить файл</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln bytes)</source>
        <translation>
            <numerusform>%1 (%Ln байт)</numerusform>
            <numerusform>%1 (%Ln байта)</numerusform>
            <numerusform>%1 (%Ln байт)</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <translation>Укажите для доказательства хотя бы заголовок, адрес URL или заметки.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation.</source>
        <translation>Выберите хотя бы одну рекомендацию.</translation>
    </message>
    <message>
        <source>Choose at least one country or group.</source>
        <translation>Выберите хотя бы одну страну или группу.</translation>
    </message>
    <message>
        <source>Choose the status to set, or untick &apos;Also set the status&apos;.</source>
        <translation>Выберите статус или снимите отметку «Также задать статус».</translation>
    </message>
    <message>
        <source>The rationale is required: say why this status.</source>
        <translation>Обоснование обязательно: напишите, почему такой статус.</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>official</source>
        <extracomment>How the Kind column names each source kind (its code, in English).</extracomment>
        <translation>официальный</translation>
    </message>
    <message>
        <source>media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>ngo</source>
        <translation>НКО</translation>
    </message>
    <message>
        <source>international</source>
        <translation>международный</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>The sort key (db.search.SORT_KEYS) of each column. Countries and recommendations sort by the first one shown (a piece of evidence has several). Counting stops here: past it the count says &quot;10,000+&quot; (a count of a million matches costs more than the page does). With no filter the count is exact and free (the tracker&apos;s tallies).</extracomment>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>[archived] %1</source>
        <translation>[в архиве] %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln страна</numerusform>
            <numerusform>%Ln страны</numerusform>
            <numerusform>%Ln стран</numerusform>
        </translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Нет ссылки</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Official (government, parliament, gazette)</source>
        <extracomment>The kind filter&apos;s choices (the evidence form&apos;s SOURCE_KIND_LABELS), translated in this view&apos;s context.</extracomment>
        <translation>Официальный (правительство, парламент, официальный вестник)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>NGO or think tank</source>
        <translation>НКО или аналитический центр</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <source>Evidence view</source>
        <translation>Просмотр доказательств</translation>
    </message>
    <message>
        <source>Search titles, notes, publishers and links…  (Ctrl+F)</source>
        <translation>Искать в названиях, заметках, издателях и ссылках…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Искать в доказательствах</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Фильтр по стране</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Фильтр по группе</translation>
    </message>
    <message>
        <source>Filter by recommendation</source>
        <translation>Фильтр по рекомендации</translation>
    </message>
    <message>
        <source>Filter by source kind</source>
        <translation>Фильтр по типу источника</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Filter by date range</source>
        <translation>Фильтр по датам</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата с</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата по</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <source>Show archived evidence</source>
        <translation>Показывать архивные доказательства</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>Список доказательств</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>Open source link</source>
        <translation>Открыть ссылку на источник</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit selected evidence</source>
        <translation>Изменить выбранное доказательство</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архивировать</translation>
    </message>
    <message>
        <source>Archive or restore selected evidence</source>
        <translation>Архивировать или восстановить выбранное доказательство</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Open the selected evidence&apos;s attached file</source>
        <translation>Открыть файл, приложенный к выбранному доказательству</translation>
    </message>
    <message>
        <source>Save attachment as…</source>
        <translation>Сохранить файл как…</translation>
    </message>
    <message>
        <source>Save the selected evidence&apos;s attached file as</source>
        <translation>Сохранить файл, приложенный к выбранному доказательству, как</translation>
    </message>
    <message>
        <source>Evidence count</source>
        <translation>Количество доказательств</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Группа</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Рекомендация</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Все рекомендации</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Вложенный файл: %1</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл не приложен</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Search index damaged</source>
        <translation>Поисковый индекс повреждён</translation>
    </message>
    <message>
        <source>The search index is damaged. %1</source>
        <translation>Поисковый индекс повреждён. %1</translation>
    </message>
    <message>
        <source>The search index is damaged, so words cannot be searched.

Rebuild it now from the evidence? Nothing else is changed, and the rebuild is recorded in the history.</source>
        <translation>Поисковый индекс повреждён, поэтому искать по словам невозможно.

Перестроить его сейчас по доказательствам? Больше ничего не изменится, а перестройка будет записана в историю.</translation>
    </message>
    <message>
        <source>Rebuild index</source>
        <translation>Перестроить индекс</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ pieces of evidence</source>
        <translation>
            <numerusform>%Ln+ доказательство</numerusform>
            <numerusform>%Ln+ доказательства</numerusform>
            <numerusform>%Ln+ доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of evidence</source>
        <translation>
            <numerusform>%Ln доказательство</numerusform>
            <numerusform>%Ln доказательства</numerusform>
            <numerusform>%Ln доказательств</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (too many matches to sort: most recently added first)</source>
        <translation>%1 (слишком много совпадений для сортировки: сначала последние добавленные)</translation>
    </message>
    <message>
        <source>%1 (too many matches to sort: earliest added first)</source>
        <translation>%1 (слишком много совпадений для сортировки: сначала самые ранние)</translation>
    </message>
    <message numerus="yes">
        <source>Searching the first %Ln words (of %1): %2</source>
        <translation>
            <numerusform>Ищется первое %Ln слово (из %1): %2</numerusform>
            <numerusform>Ищутся первые %Ln слова (из %1): %2</numerusform>
            <numerusform>Ищутся первые %Ln слов (из %1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Scorecard (one row per country)</source>
        <extracomment>What can be exported, and in which formats (the first is the default).</extracomment>
        <translation>Таблица оценок (одна строка на страну)</translation>
    </message>
    <message>
        <source>Assessments (current status of every cell)</source>
        <translation>Оценки (текущий статус каждой ячейки)</translation>
    </message>
    <message>
        <source>History (every assessment ever made)</source>
        <translation>История (все когда-либо сделанные оценки)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Report with citations</source>
        <translation>Отчёт со ссылками на источники</translation>
    </message>
    <message>
        <source>Matrix image for slides</source>
        <translation>Изображение матрицы для слайдов</translation>
    </message>
    <message>
        <source>Excel workbook (all four tables)</source>
        <translation>Книга Excel (все четыре таблицы)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (один самодостаточный файл)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>Exporting the scorecard of %1</source>
        <extracomment>What each export is called in the dialog&apos;s summary line (%1: the countries it covers).</extracomment>
        <translation>Экспорт таблицы оценок: %1</translation>
    </message>
    <message>
        <source>Exporting the assessments of %1</source>
        <translation>Экспорт оценок: %1</translation>
    </message>
    <message>
        <source>Exporting the history of %1</source>
        <translation>Экспорт истории: %1</translation>
    </message>
    <message>
        <source>Exporting the evidence on %1</source>
        <translation>Экспорт доказательств: %1</translation>
    </message>
    <message>
        <source>Exporting a report on %1</source>
        <translation>Экспорт отчёта: %1</translation>
    </message>
    <message>
        <source>Exporting the matrix image of %1</source>
        <translation>Экспорт изображения матрицы: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation>Что будет экспортировано</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Отчёт по</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Размер страницы</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Дата состояния</translation>
    </message>
    <message>
        <source>Past date</source>
        <translation>Прошедшая дата</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Include archived evidence</source>
        <translation>Включить архивные доказательства</translation>
    </message>
    <message>
        <source>Include proposed statuses</source>
        <translation>Учитывать предложенные статусы</translation>
    </message>
    <message>
        <source>Count statuses proposed and not yet reviewed; the file says so</source>
        <translation>Учитывать предложенные и ещё не проверенные статусы; в файле это указано</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>The language of the report or image; the source&apos;s own words stay quoted in the original beside their translation</source>
        <translation>Язык отчёта или изображения; собственные слова источника остаются в оригинале рядом с переводом</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>&amp;Report on</source>
        <translation>&amp;Отчёт по</translation>
    </message>
    <message>
        <source>&amp;Page size</source>
        <translation>&amp;Размер страницы</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;На дату</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Группа</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>все страны</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>(на %1)</translation>
    </message>
    <message>
        <source>as of today</source>
        <translation>(на сегодня)</translation>
    </message>
    <message>
        <source>, including proposed statuses not yet reviewed</source>
        <translation>, включая предложенные статусы, ещё не проверенные</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Includes proposed statuses not yet reviewed</source>
        <extracomment>The counts in what an export says it wrote (Qt&apos;s plural forms; lupdate collects ``ExportFiles.tr``). Every format :func:`export_to_file` writes. Called with the number of rows written so far, after each chunk; raising stops the export.</extracomment>
        <translation>Включает предложенные статусы, ещё не рассмотренные</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n rows</comment>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {target}: {sheets}.{labelled}</source>
        <translation>Записан файл {target}: {sheets}.{labelled}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to {target}.{labelled}</source>
        <comment>Wrote %n rows to {target}.{labelled}</comment>
        <translation>
            <numerusform>Записана %n строка в {target}.{labelled}</numerusform>
            <numerusform>Записаны %n строки в {target}.{labelled}</numerusform>
            <numerusform>Записано %n строк в {target}.{labelled}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>%1 error</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>One problem to fix: see the message in red under the field.</source>
        <translation>Нужно исправить одну проблему: см. сообщение красным под полем.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems to fix: see the messages in red under the fields.</source>
        <translation>
            <numerusform>Нужно исправить %Ln проблему: см. сообщения красным под полями.</numerusform>
            <numerusform>Нужно исправить %Ln проблемы: см. сообщения красным под полями.</numerusform>
            <numerusform>Нужно исправить %Ln проблем: см. сообщения красным под полями.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Policy trackers (*.db *.sqlite *.tracker);;All files (*)</source>
        <extracomment>An export&apos;s work: ``(tracker, progress, cancelled, path to write) -&gt; sentence for the status bar``.</extracomment>
        <translation>Трекеры Policy Tracker (*.db *.sqlite *.tracker);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Codebooks (*.json);;All files (*)</source>
        <translation>Кодовые книги (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Writing the scorecard export</source>
        <extracomment>What the progress dialog says while a table is written.</extracomment>
        <translation>Запись таблицы оценок</translation>
    </message>
    <message>
        <source>Writing the assessments export</source>
        <translation>Запись оценок</translation>
    </message>
    <message>
        <source>Writing the history export</source>
        <translation>Запись истории</translation>
    </message>
    <message>
        <source>Writing the evidence export</source>
        <translation>Запись доказательств</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Отчёт записан в %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Запись отчёта</translation>
    </message>
    <message>
        <source>Matrix image written to %1</source>
        <translation>Изображение матрицы записано в %1</translation>
    </message>
    <message>
        <source>Drawing the matrix image</source>
        <translation>Рисуется изображение матрицы</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2.</source>
        <translation>Не удалось записать экспорт в %1: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>Choose a codebook</source>
        <extracomment>An export&apos;s worker started (tests and the window may watch or cancel it). An export was written whole to this path.</extracomment>
        <translation>Выберите кодовую книгу</translation>
    </message>
    <message>
        <source>Choose a codebook file first.</source>
        <translation>Сначала выберите файл кодовой книги.</translation>
    </message>
    <message>
        <source>New tracker</source>
        <translation>Новый трекер</translation>
    </message>
    <message>
        <source>Create tracker</source>
        <translation>Создать трекер</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name (an existing tracker is never overwritten).</source>
        <translation>%1 уже существует; выберите новое имя (существующий трекер никогда не перезаписывается).</translation>
    </message>
    <message>
        <source>Open tracker</source>
        <translation>Открыть трекер</translation>
    </message>
    <message>
        <source>Cannot open tracker</source>
        <translation>Не удаётся открыть трекер</translation>
    </message>
    <message>
        <source>No recent trackers</source>
        <translation>Нет недавних трекеров</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Копия сохранена в %1</translation>
    </message>
    <message>
        <source>Check and repair tracker</source>
        <translation>Проверить и исправить трекер</translation>
    </message>
    <message>
        <source>The tracker could not be checked: %1</source>
        <translation>Не удалось проверить трекер: %1</translation>
    </message>
    <message>
        <source>No problems found: the tracker is healthy.</source>
        <translation>Проблем не найдено: трекер исправен.</translation>
    </message>
    <message>
        <source>Problems found that cannot be repaired automatically:
%1</source>
        <translation>Найдены проблемы, которые нельзя исправить автоматически:
%1</translation>
    </message>
    <message>
        <source>Problems found:
%1

Repair what can be repaired?</source>
        <translation>Найденные проблемы:
%1

Исправить то, что можно исправить?</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Nothing needed repairing.</source>
        <translation>Ничего не требовалось исправлять.</translation>
    </message>
    <message>
        <source>Still to fix by hand:</source>
        <translation>Нужно исправить вручную:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Файлы %1 (*.%2);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Импортировано из %1: %2</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translation>Импортировать кодовую книгу</translation>
    </message>
    <message>
        <source>Codebooks (*.json);;Recommendations (*.csv *.xlsx);;All files (*)</source>
        <translation>Кодовые книги (*.json);;Рекомендации (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Импорт кодовой книги</translation>
    </message>
    <message>
        <source>Codebook imported from %1.</source>
        <translation>Кодовая книга импортирована из %1.</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Экспорт кодовой книги</translation>
    </message>
    <message numerus="yes">
        <source>Exported the codebook (%Ln recommendations) to %1</source>
        <translation>
            <numerusform>Кодовая книга (%Ln рекомендация) экспортирована в %1</numerusform>
            <numerusform>Кодовая книга (%Ln рекомендации) экспортирована в %1</numerusform>
            <numerusform>Кодовая книга (%Ln рекомендаций) экспортирована в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s backup of the tracker was made (File › Restore from backup… lists them).</source>
        <translation>Сегодняшняя резервная копия трекера создана (список — в Файл › Восстановить из резервной копии…).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>A tracker kept in memory has no backups.</source>
        <translation>У трекера, хранящегося в памяти, нет резервных копий.</translation>
    </message>
    <message>
        <source>Replace %1 with %2?

Everything added or changed since then will no longer be in the tracker. The tracker as it is now is backed up first, so restoring that backup brings it back.</source>
        <translation>Заменить %1 на %2?

Всё, что было добавлено или изменено с тех пор, исчезнет из трекера. Сначала создаётся резервная копия трекера в его нынешнем состоянии, поэтому восстановление из неё вернёт всё обратно.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2; the tracker as it was is kept as %3.</source>
        <translation>%1 восстановлен из резервной копии от %2; трекер в прежнем состоянии сохранён как %3.</translation>
    </message>
    <message>
        <source>The tracker could not be opened again: %1</source>
        <translation>Не удалось снова открыть трекер: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Your preferences could not be saved: %1</source>
        <translation>Не удалось сохранить ваши настройки: %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <extracomment>The importer&apos;s names of encodings that hold words (tracker.importer.ENCODINGS), for the interface&apos;s language.</extracomment>
        <translation>Автоматически (UTF-8, иначе Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (латиница-1)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2, Central European)</source>
        <translation>ISO-8859-2 (латиница-2, центральноевропейская)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (центральноевропейская)</translation>
    </message>
    <message>
        <source>UTF-8 and Windows-1252 mixed, line by line</source>
        <translation>UTF-8 и Windows-1252 вперемешку, построчно</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab separated; UTF-8, Windows-1252 or another encoding you choose) or an Excel workbook (.xlsx).</source>
        <translation>Файл CSV (поля разделены запятой, точкой с запятой или табуляцией; UTF-8, Windows-1252 или другая кодировка на ваш выбор) или книга Excel (.xlsx).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>Path of the file…</source>
        <translation>Путь к файлу…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Найти файл</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Кодировка текста</translation>
    </message>
    <message>
        <source>How the file&apos;s bytes are read as letters. Automatic reads UTF-8, else Windows-1252, and refuses a file that mixes them.</source>
        <translation>Как байты файла читаются как буквы. «Автоматически» читает UTF-8, иначе Windows-1252, и отклоняет файл, в котором они смешаны.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>How the preview is read</source>
        <translation>Как читается предпросмотр</translation>
    </message>
    <message>
        <source>First lines of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Add countries the tracker does not follow yet, when they are valid ISO countries</source>
        <translation>Добавлять страны, которые трекер ещё не отслеживает, если это действительные страны ISO</translation>
    </message>
    <message>
        <source>Add unknown countries</source>
        <translation>Добавлять неизвестные страны</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Проблема с файлом</translation>
    </message>
    <message>
        <source>Columns: %1.&lt;br&gt;A row needs &lt;code&gt;date&lt;/code&gt;, &lt;code&gt;countries&lt;/code&gt;, &lt;code&gt;recommendations&lt;/code&gt; and a title, URL or notes. Nothing is written until you confirm on the last page.</source>
        <translation>Столбцы: %1.&lt;br&gt;Строке нужны &lt;code&gt;date&lt;/code&gt;, &lt;code&gt;countries&lt;/code&gt;, &lt;code&gt;recommendations&lt;/code&gt; и заголовок, URL или заметки. Ничего не записывается, пока вы не подтвердите на последней странице.</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>Импорт доказательств</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.txt *.tsv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Файл невозможно прочитать: %1.</translation>
    </message>
    <message>
        <source>No file by that name yet.</source>
        <translation>Файла с таким именем пока нет.</translation>
    </message>
    <message>
        <source>The first lines of the file are shown here, as the encoding reads them.</source>
        <translation>Здесь показаны первые строки файла так, как их читает кодировка.</translation>
    </message>
    <message>
        <source>An Excel workbook: it needs no encoding. Its rows are shown on the next page.</source>
        <translation>Книга Excel: кодировка ей не нужна. Её строки показаны на следующей странице.</translation>
    </message>
    <message>
        <source>⚠ This file mixes encodings: line %1 is not UTF-8 but earlier lines are. Choose “%2” (shown here) or the one encoding it should be.</source>
        <translation>⚠ В этом файле смешаны кодировки: строка %1 не в UTF-8, а предыдущие строки — в UTF-8. Выберите «%2» (как здесь) или ту единственную кодировку, которая должна быть.</translation>
    </message>
    <message>
        <source>⚠ Read as %2, line %1 has bytes that are not valid %2 (shown as �): choose another encoding.</source>
        <translation>⚠ При чтении как %2 строка %1 содержит байты, недопустимые в %2 (показаны как �): выберите другую кодировку.</translation>
    </message>
    <message>
        <source>First lines, read as %2 (detected).</source>
        <translation>Первые строки, прочитанные как %2 (определено автоматически).</translation>
    </message>
    <message>
        <source>First lines, read as %2.</source>
        <translation>Первые строки, прочитанные как %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Policy Tracker</source>
        <translation>Добро пожаловать в Policy Tracker</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Policy Tracker.&lt;/b&gt;&lt;br&gt;Every change you make is recorded in the tracker&apos;s history with your name, so your colleagues can see who recorded what. Which name should it use?</source>
        <translation>&lt;b&gt;Добро пожаловать в Policy Tracker.&lt;/b&gt;&lt;br&gt;Каждое ваше изменение записывается в историю трекера с вашим именем, чтобы коллеги видели, кто что записал. Какое имя использовать?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>e.g. Maria Kowalska</source>
        <translation>например, Мария Ковальская</translation>
    </message>
    <message>
        <source>You can change it later in File › Preferences (Ctrl+,).</source>
        <translation>Его можно изменить позже в Файл › Настройки (Ctrl+,).</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;имя</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Использовать это имя</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Record your login name this time and ask again next time</source>
        <translation>В этот раз записать имя учётной записи и спросить снова в следующий раз</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Your name could not be saved: %1</source>
        <translation>Не удалось сохранить ваше имя: %1</translation>
    </message>
</context>
<context>
    <name>GoToCountryDialog</name>
    <message>
        <source>Go to country</source>
        <extracomment>Names people type for a country that are neither its name nor an ISO code. Everyday names, in the app&apos;s languages, that the ISO 3166 translations (formal names) do not give: &quot;Россия&quot; is not a prefix of &quot;Российская Федерация&quot;, and Belarusians often write &quot;Нямеччына&quot; or, in the classical spelling, &quot;Летува&quot;. They rank with the other languages&apos; names. How far below the shown and English names a match in another language&apos;s name ranks.</extracomment>
        <translation>Перейти к стране</translation>
    </message>
    <message>
        <source>Country name or code</source>
        <translation>Название страны или код</translation>
    </message>
    <message>
        <source>Country name or code, e.g. lit or PL</source>
        <translation>Название страны или код, напр. lit или PL</translation>
    </message>
    <message>
        <source>A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian, or an ISO code</source>
        <translation>Название на английском, белорусском, украинском, русском, польском или литовском языке либо код ISO</translation>
    </message>
    <message>
        <source>Matching countries</source>
        <translation>Подходящие страны</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Enter goes to the highlighted country; Escape closes.</source>
        <translation>Enter переходит к выделенной стране; Escape закрывает.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries match: Enter goes to the highlighted one.</source>
        <translation>
            <numerusform>Подходит %Ln страна: Enter перейдёт к выделенной.</numerusform>
            <numerusform>Подходят %Ln страны: Enter перейдёт к выделенной.</numerusform>
            <numerusform>Подходят %Ln стран: Enter перейдёт к выделенной.</numerusform>
        </translation>
    </message>
    <message>
        <source>No country matches “%1”.</source>
        <translation>Ни одна страна не соответствует «%1».</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Grade bands</source>
        <translation>Диапазоны оценок</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>От балла</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Grade band columns</source>
        <translation>Столбцы диапазонов оценок</translation>
    </message>
    <message>
        <source>A&amp;dd band</source>
        <translation>&amp;Добавить диапазон</translation>
    </message>
    <message>
        <source>Add grade band</source>
        <translation>Добавить диапазон оценки</translation>
    </message>
    <message>
        <source>A new band: type its grade and lowest score</source>
        <translation>Новый диапазон: введите оценку и наименьший балл</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>&amp;Удалить диапазон</translation>
    </message>
    <message>
        <source>Remove grade band</source>
        <translation>Удалить диапазон оценки</translation>
    </message>
    <message>
        <source>Remove the chosen band</source>
        <translation>Удалить выбранный диапазон</translation>
    </message>
    <message>
        <source>Minimum coverage for a grade</source>
        <translation>Минимальный охват для оценки</translation>
    </message>
    <message>
        <source>Minimum coverage explained</source>
        <translation>Пояснение минимального охвата</translation>
    </message>
    <message>
        <source>A country&apos;s score (0 to 100) gets the grade of the band it falls in. Bands start at different scores, and the lowest starts at 0, so every score has a grade.</source>
        <translation>Балл страны (от 0 до 100) получает оценку того диапазона, в который попадает. Диапазоны начинаются с разных баллов, а самый нижний — с 0, поэтому у каждого балла есть оценка.</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>Minimum &amp;coverage for a grade</source>
        <translation>Минимальный &amp;охват для оценки</translation>
    </message>
    <message>
        <source>min coverage for grade</source>
        <translation>минимальный охват</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>ниже %1</translation>
    </message>
    <message>
        <source>Every country with a score gets a grade and a rank.</source>
        <translation>Каждая страна с баллом получает оценку и место в рейтинге.</translation>
    </message>
    <message>
        <source>A country gets a grade and a rank once %1 % of its recommendations are assessed (%2 of %3 now); with fewer it has a score but no grade.</source>
        <translation>Страна получает оценку и место в рейтинге, когда оценено %1 % её рекомендаций (сейчас %2 из %3); если меньше, у неё есть балл, но нет оценки.</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Save the changes you made in this form?</source>
        <translation>Сохранить изменения, внесённые в этой форме?</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>added</source>
        <extracomment>Entries a page reads. At most this many entries are exported (what is shown, fetched on to this cap). New entries read on top after a change; more than this and the list is read afresh. Entries written since the list was read that are looked through for new rows; more and it is read afresh. Ids a walk&apos;s step on its thread looks at first; a step quicker than STEP_GROW_S doubles it, up to WALK_SCAN_MAX. How much lower than the window&apos;s a walk thread&apos;s scheduling priority is (Linux niceness). Ids one step looks at when the walk runs on the GUI thread (an in-memory tracker). How often (ms) the list takes in what its walk found. A search that has run this long (seconds) shows its Stop button. How the list and the kind filter name each kind of entry (db.history_view.KINDS; the filter capitalises it).</extracomment>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>архивировано</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>status set</source>
        <translation>статус задан</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <source>review</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>кодовая книга</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>исправление файла</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>The walk found, checked, counted, finished, failed or was stopped: the count line follows it. The person asked to open an entry&apos;s evidence (its uid). The person asked to open an entry&apos;s cell (country code, recommendation code). The person asked to open a review entry&apos;s proposal (its uid); unconnected, its cell opens instead.</extracomment>
        <translation>История</translation>
    </message>
    <message>
        <source>History person</source>
        <translation>История: кто</translation>
    </message>
    <message>
        <source>Only the changes one person made</source>
        <translation>Только изменения, сделанные одним человеком</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>История: с</translation>
    </message>
    <message>
        <source>History to</source>
        <translation>История: по</translation>
    </message>
    <message>
        <source>History kind</source>
        <translation>История: тип</translation>
    </message>
    <message>
        <source>History country</source>
        <translation>История: страна</translation>
    </message>
    <message>
        <source>History recommendation</source>
        <translation>История: рекомендация</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Поиск в истории</translation>
    </message>
    <message>
        <source>Search the changes…</source>
        <translation>Искать в изменениях…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>History list</source>
        <translation>Список истории</translation>
    </message>
    <message>
        <source>History count</source>
        <translation>Счётчик истории</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop searching the history</source>
        <translation>Остановить поиск в истории</translation>
    </message>
    <message>
        <source>Stop looking through older changes; what was found stays</source>
        <translation>Прекратить просмотр более старых изменений; найденное останется</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export history shown as CSV</source>
        <translation>Экспортировать показанную историю в CSV</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Экспорт JSON…</translation>
    </message>
    <message>
        <source>Export history shown as JSON</source>
        <translation>Экспортировать показанную историю в JSON</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Все рекомендации</translation>
    </message>
    <message>
        <source>Search on</source>
        <translation>Искать дальше</translation>
    </message>
    <message>
        <source>Search older history</source>
        <translation>Искать в более старой истории</translation>
    </message>
    <message>
        <source>The history could not be searched: %1</source>
        <translation>Не удалось выполнить поиск в истории: %1</translation>
    </message>
    <message numerus="yes">
        <source>Searching… checked %1 of %Ln changes; %2 found so far</source>
        <translation>
            <numerusform>Поиск… проверено %1 из %Ln изменения; пока найдено %2</numerusform>
            <numerusform>Поиск… проверено %1 из %Ln изменений; пока найдено %2</numerusform>
            <numerusform>Поиск… проверено %1 из %Ln изменений; пока найдено %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… checked %1 of %Ln changes</source>
        <translation>
            <numerusform>Поиск… проверено %1 из %Ln изменения</numerusform>
            <numerusform>Поиск… проверено %1 из %Ln изменений</numerusform>
            <numerusform>Поиск… проверено %1 из %Ln изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after checking %1 of %Ln changes; %2 found.</source>
        <translation>
            <numerusform>Остановлено после проверки %1 из %Ln изменения; найдено %2.</numerusform>
            <numerusform>Остановлено после проверки %1 из %Ln изменений; найдено %2.</numerusform>
            <numerusform>Остановлено после проверки %1 из %Ln изменений; найдено %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation>Нет подходящих изменений.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of ≥ %Ln matching changes shown (counting…)</source>
        <translation>
            <numerusform>Показано %1 из ≥ %Ln подходящего изменения (подсчёт…)</numerusform>
            <numerusform>Показано %1 из ≥ %Ln подходящих изменений (подсчёт…)</numerusform>
            <numerusform>Показано %1 из ≥ %Ln подходящих изменений (подсчёт…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of ≥ %Ln changes shown (counting…)</source>
        <translation>
            <numerusform>Показано %1 из ≥ %Ln изменения (подсчёт…)</numerusform>
            <numerusform>Показано %1 из ≥ %Ln изменений (подсчёт…)</numerusform>
            <numerusform>Показано %1 из ≥ %Ln изменений (подсчёт…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching changes shown</source>
        <translation>
            <numerusform>Показано %1 из %Ln подходящего изменения</numerusform>
            <numerusform>Показано %1 из %Ln подходящих изменений</numerusform>
            <numerusform>Показано %1 из %Ln подходящих изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln changes shown</source>
        <translation>
            <numerusform>Показано %1 из %Ln изменения</numerusform>
            <numerusform>Показано %1 из %Ln изменений</numerusform>
            <numerusform>Показано %1 из %Ln изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching changes</source>
        <translation>
            <numerusform>%Ln подходящее изменение</numerusform>
            <numerusform>%Ln подходящих изменения</numerusform>
            <numerusform>%Ln подходящих изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln изменение</numerusform>
            <numerusform>%Ln изменения</numerusform>
            <numerusform>%Ln изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; scroll for older ones</source>
        <translation>%1; прокрутите, чтобы увидеть более старые</translation>
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
        <translation>Экспортировать показанную историю</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Экспорт истории</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Чтение истории</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln changes to %1.</source>
        <translation>
            <numerusform>Записано %Ln изменение в %1.</numerusform>
            <numerusform>Записано %Ln изменения в %1.</numerusform>
            <numerusform>Записано %Ln изменений в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> Only the newest %1 were written; narrow the filters for the rest.</source>
        <translation> Записаны только %1 самых новых; чтобы получить остальные, сузьте фильтры.</translation>
    </message>
</context>
<context>
    <name>ImportCodebook</name>
    <message numerus="yes">
        <source>This tracker already has %n recommendations; a codebook&apos;s recommendations can only be imported into a blank tracker (File &gt; New, blank).</source>
        <comment>This tracker already has %n recommendation; a codebook&apos;s recommendations can only be imported into a blank tracker (File &gt; New, blank).</comment>
        <extracomment>The columns of a recommendations file. The operation the history records for a codebook import. The codebook import&apos;s sentences that hold a count (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>
            <numerusform>В этом трекере уже есть %n рекомендация; рекомендации кодовой книги можно импортировать только в пустой трекер (Файл &gt; Новый трекер, пустой).</numerusform>
            <numerusform>В этом трекере уже есть %n рекомендации; рекомендации кодовой книги можно импортировать только в пустой трекер (Файл &gt; Новый трекер, пустой).</numerusform>
            <numerusform>В этом трекере уже есть %n рекомендаций; рекомендации кодовой книги можно импортировать только в пустой трекер (Файл &gt; Новый трекер, пустой).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This tracker already has %n recommendations; recommendations can only be imported into a blank tracker (File &gt; New, blank).</source>
        <comment>This tracker already has %n recommendation; recommendations can only be imported into a blank tracker (File &gt; New, blank).</comment>
        <translation>
            <numerusform>В этом трекере уже есть %n рекомендация; рекомендации можно импортировать только в пустой трекер (Файл &gt; Новый трекер, пустой).</numerusform>
            <numerusform>В этом трекере уже есть %n рекомендации; рекомендации можно импортировать только в пустой трекер (Файл &gt; Новый трекер, пустой).</numerusform>
            <numerusform>В этом трекере уже есть %n рекомендаций; рекомендации можно импортировать только в пустой трекер (Файл &gt; Новый трекер, пустой).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The codebook&apos;s status scale has no {codes}, which %n assessments in this tracker use; add those statuses to the codebook (or import it into a blank tracker).</source>
        <comment>The codebook&apos;s status scale has no {codes}, which %n assessment in this tracker use; add those statuses to the codebook (or import it into a blank tracker).</comment>
        <translation>
            <numerusform>В шкале статусов кодовой книги нет {codes}, а в этом трекере их использует %n оценка; добавьте эти статусы в кодовую книгу (или импортируйте её в пустой трекер).</numerusform>
            <numerusform>В шкале статусов кодовой книги нет {codes}, а в этом трекере их используют %n оценки; добавьте эти статусы в кодовую книгу (или импортируйте её в пустой трекер).</numerusform>
            <numerusform>В шкале статусов кодовой книги нет {codes}, а в этом трекере их используют %n оценок; добавьте эти статусы в кодовую книгу (или импортируйте её в пустой трекер).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown column {column!r}; the columns are: {columns}.</source>
        <translation>Неизвестный столбец {column!r}; возможные столбцы: {columns}.</translation>
    </message>
    <message>
        <source>The column {column!r} appears twice.</source>
        <translation>Столбец {column!r} встречается дважды.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cells but the header has {width}.</source>
        <translation>
            <numerusform>В строке %n ячейка, а в заголовке — {width}.</numerusform>
            <numerusform>В строке %n ячейки, а в заголовке — {width}.</numerusform>
            <numerusform>В строке %n ячеек, а в заголовке — {width}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code {code!r} is used twice (first on line {first}).</source>
        <translation>Код {code!r} использован дважды (впервые в строке {first}).</translation>
    </message>
    <message>
        <source>The title {title!r} is used twice (first on line {first}).</source>
        <translation>Название {title!r} использовано дважды (впервые в строке {first}).</translation>
    </message>
    <message>
        <source>The file has a header row but no recommendations.</source>
        <translation>В файле есть строка заголовков, но нет рекомендаций.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>The required column {column!r} is missing.</source>
        <translation>Нет обязательного столбца {column!r}.</translation>
    </message>
    <message>
        <source>Unknown column {column!r}; the columns are: {columns} (rename it, delete it, or choose to ignore it).</source>
        <extracomment>The wizard&apos;s overrides: one field (or None) per column, or a dict keyed by column index or header text.</extracomment>
        <translation>Неизвестный столбец {column!r}; возможные столбцы: {columns} (переименуйте его, удалите или выберите «игнорировать этот столбец»).</translation>
    </message>
    <message>
        <source>Columns {first!r} and {second!r} both give the {field}; keep one.</source>
        <translation>Столбцы {first!r} и {second!r} оба задают поле {field}; оставьте один.</translation>
    </message>
    <message>
        <source>The required column {column!r} (or event_date) is missing.</source>
        <translation>Нет обязательного столбца {column!r} (или event_date).</translation>
    </message>
    <message>
        <source>The file needs at least one of the columns &apos;title&apos;, &apos;url&apos; or &apos;notes&apos;.</source>
        <translation>В файле нужен хотя бы один из столбцов &apos;title&apos;, &apos;url&apos; или &apos;notes&apos;.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Stable id of existing evidence: the row updates that record (a new uid creates a record with it).</source>
        <extracomment>Every field an import file can fill, in the order the README lists them. A row needs at least one of these (a missing title is taken from the notes). Other names accepted for a field (after normalising: lower case, spaces and &apos;-&apos; as &apos;_&apos;). Columns of our own evidence export that an import reads past (they are set by the tracker). What each field takes (the wizard&apos;s tooltips; translatable, see db.messages).</extracomment>
        <translation>Постоянный идентификатор существующего доказательства: строка обновляет эту запись (новый uid создаёт запись с ним).</translation>
    </message>
    <message>
        <source>When it happened: YYYY-MM-DD or YYYYMMDD (alias: event_date).</source>
        <translation>Когда это произошло: YYYY-MM-DD или YYYYMMDD (другое название столбца: event_date).</translation>
    </message>
    <message>
        <source>Alpha-2, alpha-3, English name or group:NAME; several separated by |, ; or ,.</source>
        <translation>Код alpha-2, alpha-3, английское название или group:НАЗВАНИЕ; несколько — через |, ; или ,.</translation>
    </message>
    <message>
        <source>Recommendation codes or titles; several separated by |, ; or ,.</source>
        <translation>Коды или названия рекомендаций; несколько — через |, ; или ,.</translation>
    </message>
    <message>
        <source>Short title (taken from the start of the notes when empty).</source>
        <translation>Краткий заголовок (если пуст, берётся из начала заметок).</translation>
    </message>
    <message>
        <source>Web address of the source (http:// or https://).</source>
        <translation>Веб-адрес источника (http:// или https://).</translation>
    </message>
    <message>
        <source>Archived copy of the source (http:// or https://).</source>
        <translation>Архивная копия источника (http:// или https://).</translation>
    </message>
    <message>
        <source>When the source was read: YYYY-MM-DD or YYYYMMDD.</source>
        <translation>Когда источник прочитали: YYYY-MM-DD или YYYYMMDD.</translation>
    </message>
    <message>
        <source>Who published the source.</source>
        <translation>Кто опубликовал источник.</translation>
    </message>
    <message>
        <source>official, media, ngo, international or other (default other).</source>
        <translation>official, media, ngo, international или other (по умолчанию other).</translation>
    </message>
    <message>
        <source>Language of the source.</source>
        <translation>Язык источника.</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Произвольный текст.</translation>
    </message>
    <message>
        <source>Status code or label: sets every linked cell&apos;s status effective on the date.</source>
        <translation>Код или название статуса: задаёт статус каждой связанной ячейки с этой даты.</translation>
    </message>
    <message>
        <source>Why that status (required with a status).</source>
        <translation>Почему такой статус (обязательно вместе со статусом).</translation>
    </message>
    <message>
        <source>verified, reported or claimed (default reported; only with a status).</source>
        <translation>verified, reported или claimed (по умолчанию reported; только со статусом).</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Excel workbook, sheet {sheet!r}</source>
        <extracomment>The largest cell the CSV reader accepts at all; longer text is refused by field rules anyway.</extracomment>
        <translation>Книга Excel, лист {sheet!r}</translation>
    </message>
    <message>
        <source>CSV, {encoding}, comma-separated</source>
        <translation>CSV, {encoding}, разделитель — запятая</translation>
    </message>
    <message>
        <source>CSV, {encoding}, semicolon-separated</source>
        <translation>CSV, {encoding}, разделитель — точка с запятой</translation>
    </message>
    <message>
        <source>CSV, {encoding}, tab-separated</source>
        <translation>CSV, {encoding}, разделитель — табуляция</translation>
    </message>
    <message>
        <source>CSV, {encoding}, {delimiter!r}-separated</source>
        <translation>CSV, {encoding}, разделитель {delimiter!r}</translation>
    </message>
    <message>
        <source>The workbook cannot be read from here on ({reason}).</source>
        <translation>Книгу невозможно прочитать дальше с этого места ({reason}).</translation>
    </message>
    <message>
        <source>A quoted cell starting on this line is never closed (a closing &quot; is missing).</source>
        <translation>Ячейка в кавычках, начинающаяся в этой строке, не закрыта (не хватает закрывающей &quot;).</translation>
    </message>
    <message>
        <source>Text follows a closing quote in a cell; put the whole cell in quotes and double any &quot; inside it.</source>
        <translation>В ячейке после закрывающей кавычки идёт текст; заключите всю ячейку в кавычки и удвойте каждую &quot; внутри.</translation>
    </message>
    <message>
        <source>A cell is longer than {megabytes} MB.</source>
        <translation>Ячейка длиннее {megabytes} МБ.</translation>
    </message>
    <message>
        <source>A line break inside a cell that is not in quotes.</source>
        <translation>Разрыв строки внутри ячейки, не заключённой в кавычки.</translation>
    </message>
    <message>
        <source>The row cannot be read as CSV ({reason}).</source>
        <translation>Строку невозможно прочитать как CSV ({reason}).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row naming the columns.</source>
        <extracomment>A file with no header row at all.</extracomment>
        <translation>Файл пуст: нужна строка заголовков с названиями столбцов.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} невозможно прочитать: {reason}.</translation>
    </message>
    <message>
        <source>This is an old-style Excel (.xls) or other binary file; save it as .xlsx or as CSV UTF-8.</source>
        <translation>Это старый файл Excel (.xls) или другой двоичный файл; сохраните его как .xlsx или как CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {reason}.</source>
        <translation>Файл невозможно импортировать: {reason}.</translation>
    </message>
    <message>
        <source>Unknown text encoding {encoding!r}; use one of: {known}.</source>
        <translation>Неизвестная кодировка текста {encoding!r}; выберите одну из: {known}.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file: it is full of control characters. It looks like UTF-16 text without a byte-order mark: choose UTF-16 as its encoding.</source>
        <translation>Это не текстовый файл (CSV): в нём полно управляющих символов. Похоже на текст UTF-16 без метки порядка байтов: выберите для него кодировку UTF-16.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file: it is full of control characters. Save it as CSV UTF-8.</source>
        <translation>Это не текстовый файл (CSV): в нём полно управляющих символов. Сохраните его как CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not valid UTF-8 (byte 0x{byte:02X}{near}), but line {utf8_line} is: the file mixes encodings, and reading it all as one would garble some rows. Choose its encoding (&quot;{mixed}&quot; reads each line as UTF-8, else as Windows-1252), or save it again as CSV UTF-8.</source>
        <translation>Строка {line} — некорректный UTF-8 (байт 0x{byte:02X}{near}), а строка {utf8_line} — корректный: в файле смешаны кодировки, и если читать его целиком в одной, часть строк исказится. Выберите кодировку файла («{mixed}» читает каждую строку как UTF-8, иначе как Windows-1252) или снова сохраните его как CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not text in UTF-8 or Windows-1252: byte 0x{byte:02X} cannot be read{near}. Choose the file&apos;s encoding, or save it as CSV UTF-8.</source>
        <translation>Строка {line} — не текст в UTF-8 или Windows-1252: байт 0x{byte:02X} невозможно прочитать{near}. Выберите кодировку файла или сохраните его как CSV UTF-8.</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <extracomment>Byte-order marks that name their encoding (UTF-32 first: its little-endian mark begins with UTF-16&apos;s). The encodings offered by the import wizard and ``--encoding``: (name, label); None is &quot;detect it&quot;. Labels with words are translatable (db.messages) so that the sentences naming an encoding are too.</extracomment>
        <translation>Автоматически (UTF-8, иначе Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (латиница-1)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2, Central European)</source>
        <translation>ISO-8859-2 (латиница-2, центральноевропейская)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (центральноевропейская)</translation>
    </message>
    <message>
        <source>UTF-8 and Windows-1252 mixed, line by line</source>
        <translation>UTF-8 и Windows-1252 вперемешку, построчно</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <source> in “{text}”</source>
        <translation> в «{text}»</translation>
    </message>
    <message>
        <source>Line {line} is not valid {encoding}: byte 0x{byte:02X} cannot be read{near}. Choose another encoding, or save the file as CSV UTF-8.</source>
        <translation>Строка {line} — некорректный текст в кодировке {encoding}: байт 0x{byte:02X} невозможно прочитать{near}. Выберите другую кодировку или сохраните файл как CSV UTF-8.</translation>
    </message>
    <message>
        <source>{delimiter!r} cannot separate cells; use &apos;,&apos;, &apos;;&apos; or a tab.</source>
        <extracomment>A character of two to four bytes in UTF-8: rare by chance in text of a one-byte encoding. Where one may start: searched for first, six times faster than the whole pattern.</extracomment>
        <translation>{delimiter!r} не может разделять ячейки; используйте &apos;,&apos;, &apos;;&apos; или табуляцию.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Everything is written in one step; if anything fails or you cancel, nothing is.</source>
        <translation>Всё записывается за один шаг; если что-то не получится или вы отмените, ничего не будет записано.</translation>
    </message>
    <message>
        <source>✓ Imported.</source>
        <translation>✓ Импортировано.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Импорт отменён. Ничего не записано.</translation>
    </message>
    <message>
        <source>⚠ Nothing was written: %1</source>
        <translation>⚠ Ничего не записано: %1</translation>
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
        <translation>заголовок</translation>
    </message>
    <message>
        <source>row</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>строки</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>столбец {number}</translation>
    </message>
    <message>
        <source>line {line}: {field}: {message}</source>
        <translation>строка {line}: {field}: {message}</translation>
    </message>
    <message>
        <source>Same URL (or title without one), date and cells as line {line}: skipped.</source>
        <translation>Тот же URL (или заголовок, если URL нет), дата и ячейки, что и в строке {line}: пропущено.</translation>
    </message>
    <message>
        <source>Same URL (or title without one), date and cells as evidence {uid}: skipped.</source>
        <translation>Тот же URL (или заголовок, если URL нет), дата и ячейки, что и у доказательства {uid}: пропущено.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {problem} ({more}).</source>
        <translation>Ничего не импортировано (есть ещё {more}): {said}</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Ничего не импортировано: {said}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>Give the evidence at least a title, a URL or notes.</source>
        <extracomment>Rows validated (and written) together; progress and cancel are checked between batches. The operation the history records for everything an import writes. Duplicate keys of the tracker&apos;s evidence handed to the scratch store at once. A row whose evidence would have neither title, URL nor notes.</extracomment>
        <translation>Укажите для доказательства хотя бы заголовок, URL или заметки.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before changing this evidence&apos;s countries.</source>
        <extracomment>An update row that would link archived countries or recommendations: (which, several) -&gt; sentence.</extracomment>
        <translation>В архиве: {codes}; восстановите её, прежде чем менять страны этого доказательства.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before changing this evidence&apos;s countries.</source>
        <translation>В архиве: {codes}; восстановите их, прежде чем менять страны этого доказательства.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before changing this evidence&apos;s recommendations.</source>
        <translation>В архиве: {codes}; восстановите её, прежде чем менять рекомендации этого доказательства.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before changing this evidence&apos;s recommendations.</source>
        <translation>В архиве: {codes}; восстановите их, прежде чем менять рекомендации этого доказательства.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows to import.</source>
        <translation>В файле есть строка заголовков, но нет строк для импорта.</translation>
    </message>
    <message>
        <source>The uid {uid} appears more than once in the file (first on line {first}).</source>
        <translation>uid {uid} встречается в файле больше одного раза (впервые в строке {first}).</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore them before adding evidence.</source>
        <translation>В архиве: {codes}; восстановите их, прежде чем добавлять доказательство.</translation>
    </message>
    <message>
        <source>Archived: {codes}; restore it before adding evidence.</source>
        <translation>В архиве: {codes}; восстановите из архива, прежде чем добавлять доказательство.</translation>
    </message>
    <message>
        <source>a cell is missing or a quote is misplaced.</source>
        <extracomment>The longest text each evidence field takes from a cell. The longest rationale a cell may give. How each evidence field is checked (plain text when not listed). Date cells remembered (they repeat a lot). A row&apos;s sentences that hold a count (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>не хватает ячейки или кавычка стоит не там.</translation>
    </message>
    <message>
        <source>a cell may need quotes around it (it contains the delimiter).</source>
        <translation>возможно, ячейку нужно заключить в кавычки (в ней есть разделитель).</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cells but the header has {width}; {why}</source>
        <translation>
            <numerusform>В строке %n ячейка, а в заголовке — {width}; {why}</numerusform>
            <numerusform>В строке %n ячейки, а в заголовке — {width}; {why}</numerusform>
            <numerusform>В строке %n ячеек, а в заголовке — {width}; {why}</numerusform>
        </translation>
    </message>
    <message>
        <source>This column has no name in the header but the row has a value in it.</source>
        <translation>В заголовке у этого столбца нет названия, но в строке в нём есть значение.</translation>
    </message>
    <message>
        <source>Unknown recommendations {items}: use a code ({codes}) or a title.</source>
        <translation>Неизвестные рекомендации {items}: укажите код ({codes}) или название.</translation>
    </message>
    <message>
        <source>Unknown recommendation {items}: use a code ({codes}) or a title.</source>
        <translation>Неизвестная рекомендация {items}: укажите код ({codes}) или название.</translation>
    </message>
    <message>
        <source>At least one recommendation is required.</source>
        <translation>Нужна хотя бы одна рекомендация.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}; use one of: {codes} (or its label).</source>
        <translation>Неизвестный статус {status!r}; используйте один из кодов: {codes} (или название статуса).</translation>
    </message>
    <message>
        <source>{label!r} is where every cell starts; choose a judgement instead.</source>
        <translation>{label!r} — начальное состояние каждой ячейки; выберите вместо него оценку.</translation>
    </message>
    <message>
        <source>A rationale was given without a status to set.</source>
        <translation>Обоснование указано без статуса, который нужно задать.</translation>
    </message>
    <message>
        <source>A confidence was given without a status to set.</source>
        <translation>Достоверность указана без статуса, который нужно задать.</translation>
    </message>
    <message>
        <source>A status needs a rationale (why that status).</source>
        <translation>Статусу нужно обоснование (почему такой статус).</translation>
    </message>
    <message>
        <source> (for a group write {groups})</source>
        <translation> (для группы пишите {groups})</translation>
    </message>
    <message>
        <source>Unknown countries {items}: use an ISO code, an English name or group:NAME{hint}.</source>
        <translation>Неизвестные страны {items}: укажите код ISO, английское название или group:НАЗВАНИЕ{hint}.</translation>
    </message>
    <message>
        <source>Unknown country {items}: use an ISO code, an English name or group:NAME{hint}.</source>
        <translation>Неизвестная страна {items}: укажите код ISO, английское название или group:НАЗВАНИЕ{hint}.</translation>
    </message>
    <message>
        <source>The groups named here have no tracked members.</source>
        <translation>В названных здесь группах нет отслеживаемых стран.</translation>
    </message>
    <message>
        <source>At least one country (or group:NAME) is required.</source>
        <translation>Нужна хотя бы одна страна (или group:НАЗВАНИЕ).</translation>
    </message>
    <message>
        <source>Not tracked in this tracker: {names}. Add them first, or import with the option to add countries.</source>
        <translation>Этот трекер не отслеживает: {names}. Сначала добавьте их или импортируйте с добавлением новых стран.</translation>
    </message>
    <message>
        <source>Not tracked in this tracker: {names}. Add it first, or import with the option to add countries.</source>
        <translation>Этот трекер не отслеживает: {names}. Сначала добавьте её или импортируйте с добавлением новых стран.</translation>
    </message>
</context>
<context>
    <name>ImportRunTexts</name>
    <message numerus="yes">
        <source>%Ln rows read…</source>
        <translation>
            <numerusform>Прочитана %Ln строка…</numerusform>
            <numerusform>Прочитано %Ln строки…</numerusform>
            <numerusform>Прочитано %Ln строк…</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>ImportTotals</name>
    <message numerus="yes">
        <source>%n rows</source>
        <comment>%n row</comment>
        <extracomment>The summary&apos;s counts (Qt&apos;s plural forms; see db.messages.Counted).</extracomment>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новая</numerusform>
            <numerusform>%n новые</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлённая</numerusform>
            <numerusform>%n обновлённые</numerusform>
            <numerusform>%n обновлённых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <comment>%n duplicate skipped</comment>
        <translation>
            <numerusform>%n дубликат пропущен</numerusform>
            <numerusform>%n дубликата пропущено</numerusform>
            <numerusform>%n дубликатов пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statuses set</source>
        <comment>%n status set</comment>
        <translation>
            <numerusform>%n статус задан</numerusform>
            <numerusform>%n статуса задано</numerusform>
            <numerusform>%n статусов задано</numerusform>
        </translation>
    </message>
    <message>
        <source>countries added: {codes}</source>
        <translation>добавленные страны: {codes}</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <comment>%n error</comment>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import evidence</source>
        <translation>Импорт доказательств</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
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
        <translation>Присоединиться к общему трекеру</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Ask to join.&lt;/b&gt; Send your join code (or the join file) to the tracker&apos;s coordinator, and read your fingerprint to them by another channel.</source>
        <translation>&lt;b&gt;1. Попросите присоединения.&lt;/b&gt; Отправьте свой код присоединения (или файл присоединения) координатору трекера и прочитайте ему свой отпечаток по другому каналу.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>As the other members will see it</source>
        <translation>Как его увидят другие участники</translation>
    </message>
    <message>
        <source>&amp;Make join code</source>
        <translation>&amp;Создать код присоединения</translation>
    </message>
    <message>
        <source>Make join code</source>
        <translation>Создать код присоединения</translation>
    </message>
    <message>
        <source>Your join code</source>
        <translation>Ваш код присоединения</translation>
    </message>
    <message>
        <source>Your join code appears here.</source>
        <translation>Здесь появится ваш код присоединения.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ваш отпечаток</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Скопи&amp;ровать код</translation>
    </message>
    <message>
        <source>Copy the join code</source>
        <translation>Скопировать код присоединения</translation>
    </message>
    <message>
        <source>Save join &amp;file…</source>
        <translation>Сохранить &amp;файл присоединения…</translation>
    </message>
    <message>
        <source>Save the join file</source>
        <translation>Сохранить файл присоединения</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Join.&lt;/b&gt; Once the coordinator has added you and the folder has synced, choose the folder and where your own copy goes.</source>
        <translation>&lt;b&gt;2. Присоединитесь.&lt;/b&gt; Когда координатор добавит вас и папка синхронизируется, выберите папку и место для своей копии.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Общая папка</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Выбрать общую папку</translation>
    </message>
    <message>
        <source>Your copy of the tracker</source>
        <translation>Ваша копия трекера</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>Choose where your copy goes</source>
        <translation>Выбрать, где будет ваша копия</translation>
    </message>
    <message>
        <source>The coordinator&apos;s fingerprint</source>
        <translation>Отпечаток координатора</translation>
    </message>
    <message>
        <source>As the coordinator told you, e.g. NWJ1-86S4-QW1D-4WQ5</source>
        <translation>Как сообщил координатор, напр. NWJ1-86S4-QW1D-4WQ5</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Код присоединения:</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>Ваш отпечаток:</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Общая &amp;папка:</translation>
    </message>
    <message>
        <source>Your &amp;copy:</source>
        <translation>Ваша к&amp;опия:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fin&amp;gerprint:</source>
        <translation>Отпечато&amp;к координатора:</translation>
    </message>
    <message>
        <source>Why joining did not work</source>
        <translation>Почему не удалось присоединиться</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Присоединение</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Присоединиться</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Присоединиться</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Сначала введите своё имя.</translation>
    </message>
    <message>
        <source>Join files (*.ptjoin);;All files (*)</source>
        <translation>Файлы присоединения (*.ptjoin);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The join file could not be saved: %1.</source>
        <translation>Не удалось сохранить файл присоединения: %1.</translation>
    </message>
    <message>
        <source>Where your copy goes</source>
        <translation>Где будет ваша копия</translation>
    </message>
    <message>
        <source>Policy trackers (*.db);;All files (*)</source>
        <translation>Трекеры политик (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the shared folder and where your copy goes first.</source>
        <translation>Сначала выберите общую папку и место для копии.</translation>
    </message>
    <message>
        <source>Type the coordinator&apos;s fingerprint, as they told you.</source>
        <translation>Введите отпечаток координатора так, как он вам сообщил.</translation>
    </message>
    <message>
        <source>Building your copy from the shared folder…</source>
        <translation>Создаётся ваша копия из общей папки…</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>The file in the app&apos;s data folder where unexpected errors&apos; tracebacks go.</extracomment>
        <translation>Что-то пошло не так</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>* not graded (under half assessed)</source>
        <extracomment>The matrix&apos;s other marks, explained after the statuses. Explained while review is on or any proposal waits (:func:`matrix_marks`).</extracomment>
        <translation>* без итоговой оценки (оценено меньше половины)</translation>
    </message>
    <message>
        <source>* not graded (under all assessed)</source>
        <translation>* без итоговой оценки (оценено не всё)</translation>
    </message>
    <message>
        <source>* not graded (under %1 assessed)</source>
        <translation>* без итоговой оценки (оценено меньше %1)</translation>
    </message>
    <message>
        <source>%1 needs review</source>
        <translation>%1 требует проверки</translation>
    </message>
    <message>
        <source>number = pieces of evidence</source>
        <translation>число = количество доказательств</translation>
    </message>
    <message>
        <source>%1 proposed, waiting for review</source>
        <translation>%1 предложено, ждёт проверки</translation>
    </message>
    <message>
        <source>%1 conflicting judgements</source>
        <translation>%1 противоречащие оценки</translation>
    </message>
    <message>
        <source>▲▼ outlined: changed since the comparison date</source>
        <translation>▲▼ в рамке: изменилось после даты сравнения</translation>
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
        <translation>Открываются только веб-ссылки (http или https): %1</translation>
    </message>
    <message>
        <source>This link was not opened. %1</source>
        <translation>Эта ссылка не открыта. %1</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>никуда</translation>
    </message>
    <message>
        <source>This link was not opened: it shows %1 but would open %2. Check the address in the evidence and correct it.</source>
        <translation>Эта ссылка не открыта: она показывает %1, а открыла бы %2. Проверьте адрес в доказательстве и исправьте его.</translation>
    </message>
    <message>
        <source>This evidence has no link</source>
        <translation>У этого доказательства нет ссылки</translation>
    </message>
    <message>
        <source>Opens %1 in your browser. Careful: the address mixes alphabets.</source>
        <translation>Открывает %1 в браузере. Осторожно: в адресе смешаны алфавиты.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Открывает %1 в браузере</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Evidence</source>
        <extracomment>How long after the window is first shown the day&apos;s backup starts (after the first paint, off the start-up path). The actions that change the tracker: disabled while it is open read-only (db.store.Tracker.read_only).</extracomment>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Scorecards page</source>
        <translation>Страница «Оценки стран»</translation>
    </message>
    <message>
        <source>History page</source>
        <translation>Страница «История»</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Страница «Проверка»</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Матрица</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>До&amp;казательства</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>Оценки стр&amp;ан</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>П&amp;роверка</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только для чтения</translation>
    </message>
    <message>
        <source>That proposal no longer exists (it was undone); the History tab keeps what it said.</source>
        <translation>Этого предложения больше нет (его отменили); на вкладке «История» сохранено, что в нём было.</translation>
    </message>
    <message>
        <source>&amp;Review (%1)</source>
        <translation>П&amp;роверка (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed statuses waiting for your review</source>
        <translation>
            <numerusform>%Ln предложенный статус ждёт вашей проверки</numerusform>
            <numerusform>%Ln предложенных статуса ждут вашей проверки</numerusform>
            <numerusform>%Ln предложенных статусов ждут вашей проверки</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed statuses and their review</source>
        <translation>Предложенные статусы и их проверка</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>в памяти</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только для чтения)</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Только для чтения: %1</translation>
    </message>
    <message>
        <source>%1 is not in %2: showing all countries.</source>
        <translation>%1 нет в группе %2: показаны все страны.</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Новое доказательство</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задать статус</translation>
    </message>
    <message>
        <source>Select a cell of the matrix first (a country and a recommendation).</source>
        <translation>Сначала выберите ячейку матрицы (страну и рекомендацию).</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Изменить доказательство</translation>
    </message>
    <message>
        <source>That evidence no longer exists.</source>
        <translation>Этого доказательства больше нет.</translation>
    </message>
    <message>
        <source>This evidence no longer exists: another program deleted it. What you typed is kept; add it again as new evidence if it is still needed.</source>
        <translation>Этого доказательства больше нет: его удалила другая программа. Введённое вами сохранено; добавьте его снова как новое доказательство, если оно ещё нужно.</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Архивировать доказательство</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <source>Countries and groups</source>
        <translation>Страны и группы</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>This link&apos;s address mixes alphabets, so it can pass for another site&apos;s:

%1

Open it?</source>
        <translation>В адресе этой ссылки смешаны алфавиты, поэтому он может выдавать себя за адрес другого сайта:

%1

Открыть его?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <source>No browser could open %1.

Copy the link, to paste it into a browser?</source>
        <translation>Ни один браузер не смог открыть %1.

Скопировать ссылку, чтобы вставить её в браузер?</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Скопировать ссылку</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Ссылка скопирована: %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>— ignore this column —</source>
        <translation>— игнорировать этот столбец —</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>Предпросмотр и столбцы</translation>
    </message>
    <message>
        <source>Check the first rows; match any column whose name differs from the tracker&apos;s fields.</source>
        <translation>Проверьте первые строки; сопоставьте каждый столбец, название которого отличается от полей трекера.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Предпросмотр файла</translation>
    </message>
    <message>
        <source>Column problems</source>
        <translation>Проблемы со столбцами</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — which field each column of the file fills</source>
        <translation>&lt;b&gt;Столбцы&lt;/b&gt; — какое поле заполняет каждый столбец файла</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln columns</source>
        <translation>
            <numerusform>%1: %2, %Ln столбец</numerusform>
            <numerusform>%1: %2, %Ln столбца</numerusform>
            <numerusform>%1: %2, %Ln столбцов</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(столбец %1 без названия)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Поле для столбца %1</translation>
    </message>
</context>
<context>
    <name>MatrixImage</name>
    <message>
        <source>Score: weighted mean of the assessed recommendations, 0–100; recommendations not assessed are left out.</source>
        <translation>Балл: средневзвешенное по оценённым рекомендациям, 0–100; неоценённые рекомендации не учитываются.</translation>
    </message>
    <message numerus="yes">
        <source>* Not graded: fewer than %1 of the %Ln recommendations assessed (no grade, no rank).</source>
        <comment>* Not graded: fewer than %1 of the %Ln recommendation assessed (no grade, no rank).</comment>
        <translation>
            <numerusform>* Без итоговой оценки: оценено меньше %1 из %Ln рекомендации (без оценки и места).</numerusform>
            <numerusform>* Без итоговой оценки: оценено меньше %1 из %Ln рекомендаций (без оценки и места).</numerusform>
            <numerusform>* Без итоговой оценки: оценено меньше %1 из %Ln рекомендаций (без оценки и места).</numerusform>
        </translation>
    </message>
    <message>
        <source>Grades: %1.</source>
        <translation>Оценки: %1.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Столбцы: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %Ln countries with no assessed recommendation.</source>
        <comment>Not shown: %Ln country with no assessed recommendation.</comment>
        <translation>
            <numerusform>Не показана %Ln страна без оценённых рекомендаций.</numerusform>
            <numerusform>Не показаны %Ln страны без оценённых рекомендаций.</numerusform>
            <numerusform>Не показано %Ln стран без оценённых рекомендаций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln countries in rank order; the rest are in the reports.</source>
        <translation>
            <numerusform>Показаны первые %1 из %Ln страны по месту; остальные — в отчётах.</numerusform>
            <numerusform>Показаны первые %1 из %Ln стран по месту; остальные — в отчётах.</numerusform>
            <numerusform>Показаны первые %1 из %Ln стран по месту; остальные — в отчётах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated on %1 with Policy Tracker %2.</source>
        <translation>Создано %1 в Policy Tracker %2.</translation>
    </message>
    <message>
        <source>Status matrix</source>
        <translation>Матрица статусов</translation>
    </message>
    <message>
        <source> · group %1</source>
        <translation> · группа %1</translation>
    </message>
    <message>
        <source>Status of each recommendation, as of %1</source>
        <translation>Статус каждой рекомендации на %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Score
(0–100)</source>
        <translation>Балл
(0–100)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>No country has an assessed recommendation yet.</source>
        <translation>Пока ни у одной страны нет оценённых рекомендаций.</translation>
    </message>
    <message>
        <source>No countries tracked.</source>
        <translation>Нет отслеживаемых стран.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Country</source>
        <extracomment>The roles the model answers (the rest, which the view and the delegate ask of every cell and header section they paint, are turned away at once: a few hundred calls into Python at the first paint). The mark of a cell with conflicting judgements (two statuses set on two copies of a shared tracker). The mark of a cell with a proposed status waiting for review. Vowels of the six languages&apos; alphabets (Latin, Polish, Lithuanian, Cyrillic), for :func:`soft_hyphens`. The sort value of a cell without one (unassessed, unscored, not graded): the proxy sets it to sort after every other value in the direction it sorts. The fixed columns&apos; headers in the interface&apos;s language (asked at every paint of the header).</extracomment>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Proposed: %1 (by %2, waiting for review); approved: %3</source>
        <translation>Предложено: %1 (автор: %2, ждёт проверки); утверждено: %3</translation>
    </message>
    <message>
        <source>; scores count the proposed status</source>
        <translation>; баллы учитывают предложенный статус</translation>
    </message>
    <message>
        <source>Conflicting judgements</source>
        <translation>Противоречащие оценки</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, weight %3)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, вес %3)&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Weighted mean of the assessed cells (0–100); unassessed cells are left out.</source>
        <translation>Средневзвешенное по оценённым ячейкам (0–100); неоценённые ячейки не учитываются.</translation>
    </message>
    <message>
        <source>How many recommendations are assessed. </source>
        <translation>Сколько рекомендаций оценено. </translation>
    </message>
    <message>
        <source>Grade band of the score: %1. — : not graded (too little assessed, or nothing).</source>
        <translation>Оценка по баллу: %1. — : без итоговой оценки (оценено слишком мало или ничего).</translation>
    </message>
    <message>
        <source>statuses set on two copies without seeing each other (File › Conflicts…)</source>
        <translation>статусы заданы в двух копиях без ведома друг о друге (Файл › Конфликты…)</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Status matrix</source>
        <extracomment>Whether any cell shows a change since the comparison date (the view sets it from its model): when none does, painting a cell asks the model one question, not two. The pending proposal of a cell (the view sets it to its model&apos;s state): a dict lookup, no model call. Whether a cell has conflicting judgements (the view sets it to its model&apos;s state): a set lookup. Each status&apos;s colour, for the ◆ of a proposed one. What every cell of one paint of the view shares (palette, font, pixel ratio), set by the view around its paint so each cell need not ask the option for copies of them. The matrix header&apos;s usual height: four lines of a title.</extracomment>
        <translation>Матрица статусов</translation>
    </message>
    <message>
        <source>Countries in rows, recommendations in columns; each cell is a country&apos;s status on a recommendation.</source>
        <translation>Страны в строках, рекомендации в столбцах; каждая ячейка — статус страны по рекомендации.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Last sync report</source>
        <translation>Отчёт последней синхронизации</translation>
    </message>
    <message>
        <source>Why it did not work</source>
        <translation>Почему не получилось</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Удалить выбранного участника</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Последняя синхронизация:</translation>
    </message>
    <message>
        <source>This tracker is not shared.</source>
        <translation>Этот трекер не общий.</translation>
    </message>
    <message>
        <source>Shared through %1. Your fingerprint: %2</source>
        <translation>Общий через %1. Ваш отпечаток: %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Последняя синхронизация не удалась: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Ещё не синхронизировано.</translation>
    </message>
    <message>
        <source>%1: sent %2, applied %3, waiting %4, refused %5.</source>
        <translation>%1: отправлено %2, применено %3, ждёт %4, отклонено %5.</translation>
    </message>
    <message>
        <source>Waiting: %1 — %2</source>
        <translation>Ждёт: %1 — %2</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Отклонён: %1 — %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Only a coordinator can add and remove members.</source>
        <translation>Добавлять и удалять участников может только координатор.</translation>
    </message>
    <message>
        <source>Remove %1 from this shared tracker? The tracker key is rotated: a new key goes to every other member, and files %1 writes from now on are refused. What they already have stays with them.</source>
        <translation>Удалить %1 из этого общего трекера? Ключ трекера будет заменён: новый ключ получат все остальные участники, а файлы, которые %1 запишет с этого момента, будут отклоняться. То, что уже есть у этого участника, остаётся у него.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Идёт синхронизация; попробуйте чуть позже.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кто добавил</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>Последний файл</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Удалён %1</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;трекеры</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Д&amp;оказательства</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>Methodology</name>
    <message>
        <source>confirmed by an independent source or by the text of the measure itself</source>
        <translation>подтверждено независимым источником или самим текстом меры</translation>
    </message>
    <message>
        <source>reported by a credible source, not yet independently verified</source>
        <translation>сообщено надёжным источником, ещё не проверено независимо</translation>
    </message>
    <message>
        <source>stated by the government itself; a claim, not a verification</source>
        <translation>заявлено самим правительством; это утверждение, а не проверка</translation>
    </message>
    <message>
        <source>verified</source>
        <comment>confidence level</comment>
        <translation>проверено</translation>
    </message>
    <message>
        <source>reported</source>
        <comment>confidence level</comment>
        <translation>сообщено</translation>
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
        <translation>все</translation>
    </message>
    <message>
        <source>Every country with a score is graded and ranked.</source>
        <translation>Каждая страна с баллом получает оценку и место.</translation>
    </message>
    <message>
        <source>A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade and a rank; with fewer it has a score but is not graded.</source>
        <translation>Чтобы получить оценку и место, у страны должна быть оценена как минимум %1 её рекомендаций (%2 из %3); если меньше, у неё есть балл, но нет итоговой оценки.</translation>
    </message>
    <message>
        <source>%1: %2 and above</source>
        <translation>%1: %2 и выше</translation>
    </message>
    <message>
        <source>%1: below %2</source>
        <translation>%1: ниже %2</translation>
    </message>
    <message>
        <source>%1: %2 to under %3</source>
        <translation>%1: от %2 до менее %3</translation>
    </message>
    <message>
        <source>below %1: no grade</source>
        <translation>ниже %1: без оценки</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>In the words of the source</source>
        <translation>Словами источника</translation>
    </message>
    <message>
        <source>no translation yet</source>
        <translation>перевода пока нет</translation>
    </message>
    <message>
        <source>In the words of the source (original, English)</source>
        <translation>Словами источника (оригинал, на английском)</translation>
    </message>
    <message>
        <source>Translation (not the source&apos;s words)</source>
        <translation>Перевод (не слова источника)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no score</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>All recommendations weigh the same.</source>
        <translation>Все рекомендации имеют одинаковый вес.</translation>
    </message>
    <message>
        <source>Weights: %1.</source>
        <translation>Веса: %1.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методология</translation>
    </message>
    <message numerus="yes">
        <source>Every score is given with its coverage: how many of the %Ln recommendations are assessed.</source>
        <comment>Every score is given with its coverage: whether its %Ln recommendation is assessed.</comment>
        <translation>
            <numerusform>Каждый балл указан с охватом: сколько из %Ln рекомендации оценено.</numerusform>
            <numerusform>Каждый балл указан с охватом: сколько из %Ln рекомендаций оценено.</numerusform>
            <numerusform>Каждый балл указан с охватом: сколько из %Ln рекомендаций оценено.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The codebook&apos;s &lt;i&gt;min_coverage_for_grade&lt;/i&gt; is %1.) A score without a grade is marked &lt;i&gt;not graded&lt;/i&gt;: it says little yet.</source>
        <translation>(В кодовой книге &lt;i&gt;min_coverage_for_grade&lt;/i&gt; = %1.) Балл без оценки помечен как &lt;i&gt;без итоговой оценки&lt;/i&gt;: он пока мало о чём говорит.</translation>
    </message>
    <message numerus="yes">
        <source>A recommendation&apos;s status is its assessment with the latest effective date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn is cited. A status whose effective date is more than %Ln days before the report date is marked &lt;i&gt;review due&lt;/i&gt;: it should be checked again.</source>
        <comment>A recommendation&apos;s status is its assessment with the latest effective date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn is cited. A status whose effective date is more than %Ln day before the report date is marked &lt;i&gt;review due&lt;/i&gt;: it should be checked again.</comment>
        <translation>
            <numerusform>Статус рекомендации — это её оценка с самой поздней датой вступления в силу на дату отчёта или раньше (при равных датах — записанная последней). Цитируются только доказательства, датированные датой отчёта или раньше и не отозванные. Статус, вступивший в силу более чем за %Ln день до даты отчёта, помечен как &lt;i&gt;пора перепроверить&lt;/i&gt;: его следует проверить снова.</numerusform>
            <numerusform>Статус рекомендации — это её оценка с самой поздней датой вступления в силу на дату отчёта или раньше (при равных датах — записанная последней). Цитируются только доказательства, датированные датой отчёта или раньше и не отозванные. Статус, вступивший в силу более чем за %Ln дня до даты отчёта, помечен как &lt;i&gt;пора перепроверить&lt;/i&gt;: его следует проверить снова.</numerusform>
            <numerusform>Статус рекомендации — это её оценка с самой поздней датой вступления в силу на дату отчёта или раньше (при равных датах — записанная последней). Цитируются только доказательства, датированные датой отчёта или раньше и не отозванные. Статус, вступивший в силу более чем за %Ln дней до даты отчёта, помечен как &lt;i&gt;пора перепроверить&lt;/i&gt;: его следует проверить снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source&apos;s own words are quoted in the original English; the translation beside them is ours, made for this report&apos;s readers, not the source&apos;s words.</source>
        <translation>Собственные слова источника приводятся в оригинале на английском; перевод рядом с ними сделали мы для читателей этого отчёта, это не слова источника.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Each government&apos;s position on each recommendation is judged on this scale, from the codebook of this tracker. Every judgement states its effective date, a rationale and its sources.</source>
        <translation>Позиция каждого правительства по каждой рекомендации оценивается по этой шкале из кодовой книги этого трекера. Каждая оценка указывает дату, с которой действует, обоснование и источники.</translation>
    </message>
    <message>
        <source>A country&apos;s score is the weighted mean of the scores of its &lt;i&gt;assessed&lt;/i&gt; recommendations, from 0 to 100, with one decimal. Recommendations not assessed are left out, never counted as 0.</source>
        <translation>Балл страны — средневзвешенное баллов её &lt;i&gt;оценённых&lt;/i&gt; рекомендаций, от 0 до 100, с одним знаком после запятой. Неоценённые рекомендации не учитываются и никогда не считаются за 0.</translation>
    </message>
    <message>
        <source>%1. Ranks are among the graded countries, shared by countries with equal scores; countries with no assessed recommendation have no score, grade or rank.</source>
        <translation>%1. Места распределяются среди стран с оценкой; страны с равным баллом делят место; у стран без оценённых рекомендаций нет ни балла, ни оценки, ни места.</translation>
    </message>
    <message>
        <source>Status scale.</source>
        <translation>Шкала статусов.</translation>
    </message>
    <message>
        <source>Score.</source>
        <translation>Балл.</translation>
    </message>
    <message>
        <source>Coverage.</source>
        <translation>Охват.</translation>
    </message>
    <message>
        <source>Grades and ranks.</source>
        <translation>Оценки и места.</translation>
    </message>
    <message>
        <source>Current status and dates.</source>
        <translation>Текущий статус и даты.</translation>
    </message>
    <message>
        <source>Confidence.</source>
        <translation>Уверенность.</translation>
    </message>
    <message>
        <source>The recommendations.</source>
        <translation>Рекомендации.</translation>
    </message>
</context>
<context>
    <name>NewTrackerDialog</name>
    <message>
        <source>New tracker</source>
        <translation>Новый трекер</translation>
    </message>
    <message>
        <source>Default: the article&apos;s five recommendations and 37 Western countries</source>
        <translation>По умолчанию: пять рекомендаций из статьи и 37 западных стран</translation>
    </message>
    <message>
        <source>Blank: the status scale only; add recommendations and countries yourself</source>
        <translation>Пустой: только шкала статусов; рекомендации и страны добавьте сами</translation>
    </message>
    <message>
        <source>From a codebook file (JSON)…</source>
        <translation>Из файла кодовой книги (JSON)…</translation>
    </message>
    <message>
        <source>Default codebook</source>
        <translation>Кодовая книга по умолчанию</translation>
    </message>
    <message>
        <source>Blank tracker</source>
        <translation>Пустой трекер</translation>
    </message>
    <message>
        <source>Codebook file</source>
        <translation>Файл кодовой книги</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Choose codebook file</source>
        <translation>Выбрать файл кодовой книги</translation>
    </message>
    <message>
        <source>Start the new tracker from:</source>
        <translation>Начать новый трекер с:</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
    <message>
        <source>%1 known</source>
        <translation>%1: известна</translation>
    </message>
</context>
<context>
    <name>PdfFooter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Recorded with every change you make</source>
        <translation>Записывается с каждым вашим изменением</translation>
    </message>
    <message>
        <source>Review interval in days</source>
        <translation>Интервал пересмотра в днях</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The tracker&apos;s own setting</source>
        <translation>Настройка самого трекера</translation>
    </message>
    <message>
        <source>Add a byte-order mark to CSV files (Excel reads accents correctly)</source>
        <translation>Добавлять в файлы CSV метку порядка байтов (Excel правильно читает буквы с диакритикой)</translation>
    </message>
    <message>
        <source>CSV byte-order mark</source>
        <translation>Метка порядка байтов в CSV</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Когда меняется язык</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;имя</translation>
    </message>
    <message>
        <source>&amp;Review interval</source>
        <translation>Интервал &amp;пересмотра</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>A status older than the review interval is flagged ⚑ in the matrix.</source>
        <translation>Статус старше интервала пересмотра отмечается ⚑ в матрице.</translation>
    </message>
    <message>
        <source>The interface&apos;s language is applied when Policy Tracker starts.</source>
        <translation>Язык интерфейса применяется при запуске Policy Tracker.</translation>
    </message>
    <message>
        <source>Restart Policy Tracker to see it in %1: the language changes the next time it starts.</source>
        <translation>Перезапустите Policy Tracker, чтобы увидеть его на языке «%1»: язык сменится при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>%1 progress</source>
        <extracomment>``job(tracker, progress, cancelled)``: ``progress(done)`` says how far it got; ``cancelled()`` asks whether to stop. Progress is passed on to the dialog at most this often (a big export has thousands of chunks).</extracomment>
        <translation>%1: ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Записано строк</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message numerus="yes">
        <source>%1… %2 of %Ln rows (%3%)</source>
        <translation>
            <numerusform>%1… %2 из %Ln строки (%3%)</numerusform>
            <numerusform>%1… %2 из %Ln строк (%3%)</numerusform>
            <numerusform>%1… %2 из %Ln строк (%3%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1… %Ln rows written</source>
        <translation>
            <numerusform>%1… записана %Ln строка</numerusform>
            <numerusform>%1… записано %Ln строки</numerusform>
            <numerusform>%1… записано %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Discard throws away what you typed; Cancel returns to the form.</source>
        <translation>«Отбросить» удаляет введённое; «Отмена» возвращает к форме.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
</context>
<context>
    <name>ProposedBanner</name>
    <message>
        <source>Including proposed statuses</source>
        <translation>С учётом предложенных статусов</translation>
    </message>
    <message>
        <source>Proposed statuses counted</source>
        <translation>Предложенные статусы учитываются</translation>
    </message>
    <message>
        <source>Approved only</source>
        <translation>Только утверждённые</translation>
    </message>
    <message>
        <source>Count approved statuses only</source>
        <translation>Учитывать только утверждённые статусы</translation>
    </message>
    <message>
        <source>Scores and ranks count approved statuses only</source>
        <translation>Баллы и места учитывают только утверждённые статусы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed statuses</source>
        <translation>
            <numerusform>%Ln предложенный статус</numerusform>
            <numerusform>%Ln предложенных статуса</numerusform>
            <numerusform>%Ln предложенных статусов</numerusform>
        </translation>
    </message>
    <message>
        <source>no proposed statuses</source>
        <translation>предложенных статусов нет</translation>
    </message>
    <message>
        <source>Includes proposed statuses not yet reviewed (%1 now): scores and ranks count them. ◆ marks each one.</source>
        <translation>Учитываются предложенные статусы, ещё не проверенные (сейчас: %1): баллы и места учитывают их. ◆ отмечает каждый из них.</translation>
    </message>
    <message>
        <source>&lt;b&gt;◆ Includes proposed statuses not yet reviewed&lt;/b&gt; (%1 now): scores and ranks count them.</source>
        <translation>&lt;b&gt;◆ Учитываются предложенные статусы, ещё не проверенные&lt;/b&gt; (сейчас: %1): баллы и места учитывают их.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <extracomment>The ranking&apos;s columns in English (shown translated: context &quot;RankingModel&quot;).</extracomment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations, in the matrix&apos;s order</source>
        <translation>Рекомендации в порядке матрицы</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новая</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Новая рекомендация</translation>
    </message>
    <message>
        <source>Fill in a new recommendation, then Apply</source>
        <translation>Заполните новую рекомендацию, затем нажмите «Применить»</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>В&amp;ыше</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>Переместить рекомендацию выше</translation>
    </message>
    <message>
        <source>Earlier in the matrix and exports</source>
        <translation>Раньше в матрице и экспорте</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>Переместить рекомендацию ниже</translation>
    </message>
    <message>
        <source>Later in the matrix and exports</source>
        <translation>Позже в матрице и экспорте</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;Архивировать</translation>
    </message>
    <message>
        <source>Archive recommendation</source>
        <translation>Архивировать рекомендацию</translation>
    </message>
    <message>
        <source>Leave the matrix and the scores; its evidence, statuses and history stay</source>
        <translation>Убрать из матрицы и баллов; её доказательства, статусы и история сохраняются</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Восстанови&amp;ть</translation>
    </message>
    <message>
        <source>Restore recommendation</source>
        <translation>Восстановить рекомендацию</translation>
    </message>
    <message>
        <source>Bring it back into the matrix</source>
        <translation>Вернуть её в матрицу</translation>
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
        <translation>Постоянное имя рекомендации в файлах и экспорте; позже его нельзя изменить</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>A short title for the matrix</source>
        <translation>Короткое название для матрицы</translation>
    </message>
    <message>
        <source>Source&apos;s wording</source>
        <translation>Формулировка источника</translation>
    </message>
    <message>
        <source>The recommendation as the source words it</source>
        <translation>Рекомендация так, как её формулирует источник</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Инструкция</translation>
    </message>
    <message>
        <source>How coders should judge each status</source>
        <translation>Как кодировщикам оценивать каждый статус</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>How much this recommendation counts in a country&apos;s score (more than 0, at most 100; 1 = equal)</source>
        <translation>Насколько эта рекомендация весома в балле страны (больше 0, не больше 100; 1 = равный вес)</translation>
    </message>
    <message>
        <source>Recommendation use</source>
        <translation>Использование рекомендации</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>recommendation code</source>
        <translation>код рекомендации</translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation>Наз&amp;вание*</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>Source&apos;s &amp;wording</source>
        <translation>&amp;Формулировка источника</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Инструкция</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>инструкция</translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation>В&amp;ес</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source> — archived</source>
        <translation> — в архиве</translation>
    </message>
    <message>
        <source>: archived, out of the matrix</source>
        <translation>: в архиве, вне матрицы</translation>
    </message>
    <message>
        <source>Recommendation changed</source>
        <translation>Рекомендация изменена</translation>
    </message>
    <message>
        <source>Apply the changes you made to this recommendation?</source>
        <translation>Применить изменения, внесённые в эту рекомендацию?</translation>
    </message>
    <message>
        <source>Used by %1 assessment(s) and %2 evidence link(s).</source>
        <translation>Использование: оценок — %1, связей с доказательствами — %2.</translation>
    </message>
    <message>
        <source> Archived: out of the matrix and the scores.</source>
        <translation> В архиве: вне матрицы и баллов.</translation>
    </message>
    <message>
        <source>New: Apply adds it at the end of the matrix.</source>
        <translation>Новая: «Применить» добавит её в конец матрицы.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Название обязательно.</translation>
    </message>
    <message>
        <source>The weight must be a number greater than 0 and at most 100.</source>
        <translation>Вес должен быть числом больше 0 и не больше 100.</translation>
    </message>
    <message>
        <source>Added the recommendation %1; Ctrl+Z undoes it.</source>
        <translation>Рекомендация %1 добавлена; Ctrl+Z отменит это.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>%1 scorecard</source>
        <translation>%1: оценки</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>официальный источник</translation>
    </message>
    <message>
        <source>media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <source>international organisation</source>
        <translation>международная организация</translation>
    </message>
    <message>
        <source>not graded: nothing assessed (0 of %1)</source>
        <translation>без итоговой оценки: ничего не оценено (0 из %1)</translation>
    </message>
    <message>
        <source>not graded: %1 of %2 assessed</source>
        <translation>без итоговой оценки: оценено %1 из %2</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>Обоснование не записано.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Ещё не оценено.</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Уверенность: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>No source linked</source>
        <translation>Источник не привязан</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>and %Ln more</comment>
        <translation>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Further evidence: %1</source>
        <translation>Другие доказательства: %1</translation>
    </message>
    <message>
        <source>Evidence on file: %1</source>
        <translation>Доказательства в трекере: %1</translation>
    </message>
    <message>
        <source>proposed by %1, not yet reviewed</source>
        <translation>предложил(а) %1, ещё не проверено</translation>
    </message>
    <message>
        <source>proposed, not yet reviewed</source>
        <translation>предложено, ещё не проверено</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>пора перепроверить</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>In effect since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Rationale and sources</source>
        <translation>Обоснование и источники</translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Источник без названия</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Язык: %1.</translation>
    </message>
    <message>
        <source>Archived copy: %1</source>
        <translation>Архивная копия: %1</translation>
    </message>
    <message>
        <source>Accessed %1</source>
        <translation>Просмотрено %1</translation>
    </message>
    <message>
        <source>Copy kept in the tracker: %1</source>
        <translation>Копия хранится в трекере: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Список источников</translation>
    </message>
    <message>
        <source>No evidence is cited: none is linked to the cells in this report as of %1.</source>
        <translation>Доказательства не цитируются: на %1 ни одно не связано с ячейками этого отчёта.</translation>
    </message>
    <message>
        <source>Sources are numbered in the order they are first cited above; each source has one number however often it is cited.</source>
        <translation>Источники пронумерованы в порядке первого цитирования выше; у каждого источника один номер, сколько бы раз он ни цитировался.</translation>
    </message>
    <message>
        <source>Each recommendation lists every source its status rests on and its %1 newest other pieces of evidence; the older ones are counted (“and 12 more”) and listed in the tracker.</source>
        <translation>У каждой рекомендации перечислены все источники, на которых основан её статус, и %1 самых новых других доказательств; более старые подсчитаны («и ещё 12») и перечислены в трекере.</translation>
    </message>
    <message>
        <source>Includes proposed statuses not yet reviewed</source>
        <translation>Учитывает предложенные статусы, ещё не проверенные</translation>
    </message>
    <message>
        <source>Scores, grades and ranks count them as if approved; each is marked “proposed”.</source>
        <translation>Баллы, оценки и места учитывают их как утверждённые; каждый помечен «предложено».</translation>
    </message>
    <message>
        <source> · countries of the group %1</source>
        <translation> · страны группы %1</translation>
    </message>
    <message>
        <source>Source of the recommendations: %1.</source>
        <translation>Источник рекомендаций: %1.</translation>
    </message>
    <message>
        <source>Generated on %1 with Policy Tracker %2; statuses and scores as of %3.</source>
        <translation>Создано %1 в Policy Tracker %2; статусы и баллы на %3.</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>Состояние на %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>из %1</translation>
    </message>
    <message>
        <source>not ranked: %1 of %2 assessed needed</source>
        <translation>без места: нужно оценить %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>graded countries (%Ln in the group %1)</source>
        <translation>
            <numerusform>стран с оценкой (%Ln в группе %1)</numerusform>
            <numerusform>стран с оценкой (%Ln в группе %1)</numerusform>
            <numerusform>стран с оценкой (%Ln в группе %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>graded countries (%Ln tracked)</source>
        <translation>
            <numerusform>стран с оценкой (отслеживается %Ln)</numerusform>
            <numerusform>стран с оценкой (отслеживаются %Ln)</numerusform>
            <numerusform>стран с оценкой (отслеживается %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not graded:</source>
        <translation>Без итоговой оценки:</translation>
    </message>
    <message>
        <source>under %1 assessed</source>
        <translation>оценено меньше, чем %1</translation>
    </message>
    <message>
        <source>no recommendation assessed yet</source>
        <translation>пока ни одна рекомендация не оценена</translation>
    </message>
    <message>
        <source>recommendations assessed</source>
        <translation>рекомендаций оценено</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Score: weighted mean of the assessed recommendations, 0–100 (see Methodology). Grades: %1.</source>
        <translation>Балл: средневзвешенное по оценённым рекомендациям, 0–100 (см. «Методология»). Оценки: %1.</translation>
    </message>
    <message>
        <source>country scorecard</source>
        <translation>оценки страны</translation>
    </message>
    <message>
        <source>Status by recommendation</source>
        <translation>Статус по рекомендациям</translation>
    </message>
    <message>
        <source>Recommendations %1–%2 of %3</source>
        <translation>Рекомендации %1–%2 из %3</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>оценка %1</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>без итоговой оценки</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>No country has an assessed recommendation as of %1.</source>
        <translation>На %1 ни у одной страны нет оценённых рекомендаций.</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Столбцы: %1.</translation>
    </message>
    <message>
        <source>* Not graded: fewer than %1 of the recommendations assessed (no grade, no rank).</source>
        <translation>* Без итоговой оценки: оценено меньше, чем %1 рекомендаций (без оценки и места).</translation>
    </message>
    <message>
        <source>Not yet assessed on any recommendation (%1):</source>
        <translation>Ещё не оценены ни по одной рекомендации (%1):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries in the group %1</source>
        <comment>%Ln country in the group %1</comment>
        <translation>
            <numerusform>%Ln страна в группе %1</numerusform>
            <numerusform>%Ln страны в группе %1</numerusform>
            <numerusform>%Ln стран в группе %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries tracked</source>
        <comment>%Ln country tracked</comment>
        <translation>
            <numerusform>Отслеживается %Ln страна</numerusform>
            <numerusform>Отслеживаются %Ln страны</numerusform>
            <numerusform>Отслеживается %Ln стран</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendations</source>
        <comment>%Ln recommendation</comment>
        <translation>
            <numerusform>%Ln рекомендация</numerusform>
            <numerusform>%Ln рекомендации</numerusform>
            <numerusform>%Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; countries have at least one assessed recommendation</source>
        <comment>&lt;b&gt;%Ln&lt;/b&gt; country has at least one assessed recommendation</comment>
        <translation>
            <numerusform>У &lt;b&gt;%Ln&lt;/b&gt; страны есть хотя бы одна оценённая рекомендация</numerusform>
            <numerusform>У &lt;b&gt;%Ln&lt;/b&gt; стран есть хотя бы одна оценённая рекомендация</numerusform>
            <numerusform>У &lt;b&gt;%Ln&lt;/b&gt; стран есть хотя бы одна оценённая рекомендация</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources are cited</source>
        <comment>%Ln source is cited</comment>
        <translation>
            <numerusform>цитируется %Ln источник</numerusform>
            <numerusform>цитируются %Ln источника</numerusform>
            <numerusform>цитируется %Ln источников</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overview</source>
        <translation>%1: обзор</translation>
    </message>
    <message>
        <source>All countries overview</source>
        <translation>Обзор всех стран</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>балл %1</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>место %1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>оценено %1 из %2</translation>
    </message>
    <message>
        <source>Country details</source>
        <translation>Подробно по странам</translation>
    </message>
    <message numerus="yes">
        <source>The details of the %Ln assessed recommendations (rationales and sources) are left out: they would cite more sources than an overview can print. Each country&apos;s own report has them (File › Export…, “Report with citations” on one country, or policy-tracker report --country CODE), and an overview of a group of countries may have room for them.</source>
        <comment>The details of the %Ln assessed recommendation (its rationale and sources) are left out: they would cite more sources than an overview can print. The country&apos;s own report has them (File › Export…, “Report with citations” on one country, or policy-tracker report --country CODE).</comment>
        <translation>
            <numerusform>Подробности по %Ln оценённой рекомендации (обоснования и источники) опущены: они процитировали бы больше источников, чем может вместить обзор. Они есть в отчёте по каждой стране (Файл › Экспортировать…, «Отчёт со ссылками на источники» по одной стране, или policy-tracker report --country CODE), а в обзоре группы стран для них может найтись место.</numerusform>
            <numerusform>Подробности по %Ln оценённым рекомендациям (обоснования и источники) опущены: они процитировали бы больше источников, чем может вместить обзор. Они есть в отчёте по каждой стране (Файл › Экспортировать…, «Отчёт со ссылками на источники» по одной стране, или policy-tracker report --country CODE), а в обзоре группы стран для них может найтись место.</numerusform>
            <numerusform>Подробности по %Ln оценённым рекомендациям (обоснования и источники) опущены: они процитировали бы больше источников, чем может вместить обзор. Они есть в отчёте по каждой стране (Файл › Экспортировать…, «Отчёт со ссылками на источники» по одной стране, или policy-tracker report --country CODE), а в обзоре группы стран для них может найтись место.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each country with at least one assessed recommendation, in rank order; recommendations not assessed are left out here (see the scorecard above).</source>
        <translation>Каждая страна хотя бы с одной оценённой рекомендацией, в порядке мест; неоценённые рекомендации здесь пропущены (см. таблицу оценок выше).</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Таблица оценок</translation>
    </message>
    <message>
        <source>includes proposed statuses not yet reviewed</source>
        <translation>учитывает предложенные статусы, ещё не проверенные</translation>
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
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. A backup is taken once a day when the tracker is opened, and before every import, upgrade and codebook change; the last 10 days and 8 weeks are kept, and every backup of the latest day. Restoring replaces the tracker with the backup, after backing up the tracker as it is now.</source>
        <translation>Резервные копии %1, сначала самые новые. Копия создаётся раз в день при открытии трекера, а также перед каждым импортом, обновлением и изменением кодовой книги; хранятся копии за последние 10 дней и 8 недель, а также все копии последнего дня. Восстановление заменяет трекер копией, предварительно сохранив копию трекера в его нынешнем состоянии.</translation>
    </message>
    <message>
        <source>%1 has no backups yet. One is taken once a day when the tracker is opened, and before every import, upgrade and codebook change.</source>
        <translation>У %1 пока нет резервных копий. Копия создаётся раз в день при открытии трекера, а также перед каждым импортом, обновлением и изменением кодовой книги.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Хранятся в %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Восстановить выбранную резервную копию</translation>
    </message>
    <message>
        <source>the backup of %1 (%2)</source>
        <translation>резервную копию от %1 (%2)</translation>
    </message>
    <message>
        <source>the backup of %1 (%2): %3 evidence, %4 assessments</source>
        <translation>резервную копию от %1 (%2): доказательств — %3, оценок — %4</translation>
    </message>
    <message>
        <source>Nothing was restored: %1.</source>
        <translation>Ничего не восстановлено: %1.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return proposed status</source>
        <translation>Вернуть предложенный статус</translation>
    </message>
    <message>
        <source>Return &lt;b&gt;%1&lt;/b&gt; to its proposer. Say what to change or check: they read this.</source>
        <translation>Вернуть &lt;b&gt;%1&lt;/b&gt; автору предложения. Напишите, что изменить или проверить: автор это прочтёт.</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Комментарий рецензента</translation>
    </message>
    <message>
        <source>What should be changed or checked (required)</source>
        <translation>Что нужно изменить или проверить (обязательно)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Return with this comment</source>
        <translation>Вернуть с этим комментарием</translation>
    </message>
    <message>
        <source>Write a comment: the proposer needs to know what to change.</source>
        <translation>Напишите комментарий: автор предложения должен знать, что изменить.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Approve proposed status</source>
        <translation>Утвердить предложенный статус</translation>
    </message>
    <message>
        <source>Return proposed status</source>
        <translation>Вернуть предложенный статус</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>Отозвать предложение</translation>
    </message>
    <message>
        <source>Revise proposal</source>
        <translation>Доработать предложение</translation>
    </message>
    <message>
        <source>Require review</source>
        <translation>Требовать проверки</translation>
    </message>
    <message>
        <source>Stop requiring review</source>
        <translation>Не требовать проверки</translation>
    </message>
    <message>
        <source>review is already required.</source>
        <translation>проверка уже требуется.</translation>
    </message>
    <message>
        <source>review is not required.</source>
        <translation>проверка не требуется.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Approved now</source>
        <translation>Утверждено сейчас</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Waiting for my review</source>
        <extracomment>Proposals a page reads. The list&apos;s filters: (key, label, tooltip), in English (context &quot;ReviewView&quot;; shown translated).</extracomment>
        <translation>Ждут моей проверки</translation>
    </message>
    <message>
        <source>Statuses other people proposed, not yet reviewed</source>
        <translation>Статусы, предложенные другими людьми, ещё не проверенные</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Возвращённые мне</translation>
    </message>
    <message>
        <source>Your proposals a reviewer sent back with a comment: revise or withdraw them</source>
        <translation>Ваши предложения, которые рецензент вернул с комментарием: доработайте или отзовите их</translation>
    </message>
    <message>
        <source>My proposals</source>
        <translation>Мои предложения</translation>
    </message>
    <message>
        <source>Everything you proposed, whatever became of it</source>
        <translation>Всё, что вы предложили, что бы с ним ни стало</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Every proposal, newest first</source>
        <translation>Все предложения, сначала новые</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <extracomment>How each state reads in the list (English; shown translated, context &quot;ReviewView&quot;).</extracomment>
        <translation>Ждёт проверки</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Waiting for review by %1</source>
        <extracomment>Who reviewed it, with the state: &quot;Approved by %1&quot; (%1: the reviewer&apos;s name).</extracomment>
        <translation>Ждёт проверки (%1)</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Утверждено (%1)</translation>
    </message>
    <message>
        <source>Returned by %1</source>
        <translation>Возвращено (%1)</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <translation>Отозвано (%1)</translation>
    </message>
    <message>
        <source>verified</source>
        <extracomment>A proposal&apos;s confidence (its code, as the pane shows it).</extracomment>
        <translation>проверено</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>сообщено</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>заявлено</translation>
    </message>
    <message>
        <source>You proposed this change; another person must approve it.</source>
        <translation>Это изменение предложили вы; утвердить его должен другой человек.</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>The person asked to open a piece of evidence (its uid). The person asked to see the proposal&apos;s cell in the matrix (country code, recommendation code). The number of proposals waiting for this person&apos;s review changed (the tab&apos;s title shows it).</extracomment>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Review list shows</source>
        <translation>Список проверки показывает</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Status changes need review</source>
        <translation>Изменения статуса требуют проверки</translation>
    </message>
    <message>
        <source>When on, a status someone sets is proposed, and counts only once another person approves it</source>
        <translation>Если включено, статус, который кто-то задаёт, становится предложением и учитывается только после того, как его утвердит другой человек</translation>
    </message>
    <message>
        <source>Review count</source>
        <translation>Счётчик проверки</translation>
    </message>
    <message>
        <source>Review list</source>
        <translation>Список проверки</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Approved and proposed status</source>
        <translation>Утверждённый и предложенный статус</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Автор предложения</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Комментарий рецензента</translation>
    </message>
    <message>
        <source>Evidence heading</source>
        <translation>Заголовок доказательств</translation>
    </message>
    <message>
        <source>Proposal evidence</source>
        <translation>Доказательства предложения</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the evidence</source>
        <translation>Дважды щёлкните (или нажмите Enter), чтобы открыть доказательство</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Approve proposed status</source>
        <translation>Утвердить предложенный статус</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Вернуть…</translation>
    </message>
    <message>
        <source>Return proposed status with a comment</source>
        <translation>Вернуть предложенный статус с комментарием</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Withdraw my proposal</source>
        <translation>Отозвать моё предложение</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>Доработать…</translation>
    </message>
    <message>
        <source>Revise my returned proposal</source>
        <translation>Доработать моё возвращённое предложение</translation>
    </message>
    <message>
        <source>Show cell</source>
        <translation>Показать ячейку</translation>
    </message>
    <message>
        <source>Show the cell in the matrix</source>
        <translation>Показать ячейку в матрице</translation>
    </message>
    <message>
        <source>Why a button is off</source>
        <translation>Почему кнопка отключена</translation>
    </message>
    <message>
        <source>Proposal details</source>
        <translation>Подробности предложения</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <source>Nothing is waiting for your review.</source>
        <translation>Ничто не ждёт вашей проверки.</translation>
    </message>
    <message>
        <source>Nothing has been returned to you.</source>
        <translation>Вам ничего не вернули.</translation>
    </message>
    <message>
        <source>You have proposed nothing yet.</source>
        <translation>Вы ещё ничего не предложили.</translation>
    </message>
    <message>
        <source>No proposals yet.</source>
        <translation>Предложений пока нет.</translation>
    </message>
    <message>
        <source> Review is off: statuses count as soon as they are set.</source>
        <translation> Проверка отключена: статусы учитываются сразу после того, как их задали.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ proposals (%1)</source>
        <translation>
            <numerusform>%Ln+ предложение (%1)</numerusform>
            <numerusform>%Ln+ предложения (%1)</numerusform>
            <numerusform>%Ln+ предложений (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals (%1)</source>
        <translation>
            <numerusform>%Ln предложение (%1)</numerusform>
            <numerusform>%Ln предложения (%1)</numerusform>
            <numerusform>%Ln предложений (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a proposal in the list to see its rationale and evidence.</source>
        <translation>Выберите предложение в списке, чтобы увидеть его обоснование и доказательства.</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> с %1</translation>
    </message>
    <message>
        <source>Approved now: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;◆ Proposed: &lt;b&gt;%3&lt;/b&gt;, effective %4</source>
        <translation>Утверждено сейчас: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;◆ Предложено: &lt;b&gt;%3&lt;/b&gt;, действует с %4</translation>
    </message>
    <message>
        <source>Approved now: %1%2. Proposed: %3, effective %4.</source>
        <translation>Утверждено сейчас: %1%2. Предложено: %3, действует с %4.</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2 · %3 · %4</source>
        <translation>Автор предложения: %1, %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Evidence (%1) — double-click to open</source>
        <translation>Доказательства (%1) — откройте двойным щелчком</translation>
    </message>
    <message>
        <source>Evidence: none linked</source>
        <translation>Доказательства: нет связанных</translation>
    </message>
    <message>
        <source>This proposal is %1.</source>
        <translation>Состояние предложения: %1.</translation>
    </message>
    <message>
        <source>You proposed this change: withdraw it instead.</source>
        <translation>Это изменение предложили вы: вместо этого отзовите его.</translation>
    </message>
    <message>
        <source>Only %1, who proposed it, can withdraw it.</source>
        <translation>Отозвать его может только %1 — автор предложения.</translation>
    </message>
    <message>
        <source>Only a proposal returned to you can be revised.</source>
        <translation>Доработать можно только предложение, возвращённое вам.</translation>
    </message>
    <message>
        <source>Make this the cell&apos;s status (it then counts in scores and exports)</source>
        <translation>Сделать это статусом ячейки (тогда он учитывается в баллах и экспорте)</translation>
    </message>
    <message>
        <source>Send it back to its proposer with a comment</source>
        <translation>Отправить обратно автору с комментарием</translation>
    </message>
    <message>
        <source>Take your proposal back</source>
        <translation>Отозвать ваше предложение</translation>
    </message>
    <message>
        <source>Change and propose again what the reviewer returned</source>
        <translation>Изменить и снова предложить то, что вернул рецензент</translation>
    </message>
    <message>
        <source>Returned to you: revise it, or withdraw it.</source>
        <translation>Возвращено вам: доработайте или отзовите.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
</context>
<context>
    <name>ScoreTexts</name>
    <message>
        <source>new</source>
        <comment>a score that had none at the comparison date</comment>
        <translation>новый</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>оценено %1 из %2</translation>
    </message>
    <message>
        <source>not graded: nothing assessed (0 of %1)</source>
        <translation>без итоговой оценки: ничего не оценено (0 из %1)</translation>
    </message>
    <message>
        <source>not graded: %1 of %2 assessed</source>
        <translation>без итоговой оценки: оценено %1 из %2</translation>
    </message>
    <message>
        <source>no grade and no rank until %1 of %2 are assessed</source>
        <translation>оценки и места нет, пока не оценено %1 из %2</translation>
    </message>
    <message>
        <source>half</source>
        <comment>at least half of the recommendations</comment>
        <translation>половина</translation>
    </message>
    <message>
        <source>all</source>
        <comment>at least all of the recommendations</comment>
        <translation>все</translation>
    </message>
    <message>
        <source>Every country with a score is graded and ranked.</source>
        <translation>Каждая страна с баллом получает оценку и место.</translation>
    </message>
    <message>
        <source>A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade and a rank; with fewer it has a score but is not graded.</source>
        <translation>Чтобы получить оценку и место, у страны должна быть оценена как минимум %1 её рекомендаций (%2 из %3); если меньше, у неё есть балл, но нет итоговой оценки.</translation>
    </message>
    <message>
        <source>%1: %2, grade %3, rank %4</source>
        <translation>%1: %2, оценка %3, место %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence</source>
        <translation>
            <numerusform>%Ln доказательство</numerusform>
            <numerusform>%Ln доказательства</numerusform>
            <numerusform>%Ln доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of evidence</source>
        <translation>
            <numerusform>%Ln доказательство</numerusform>
            <numerusform>%Ln доказательства</numerusform>
            <numerusform>%Ln доказательств</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>требует проверки</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>изменилось с «%1»</translation>
    </message>
    <message>
        <source>Approved status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Утверждённый статус: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Статус: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Effective %1 · %2</source>
        <translation>Действует с %1 · %2</translation>
    </message>
    <message>
        <source>%1 Needs review: judged more than the review interval ago</source>
        <translation>%1 Требует проверки: оценено раньше, чем интервал проверки</translation>
    </message>
    <message>
        <source>Changed since %1: %2 → %3</source>
        <translation>Изменилось с %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ScorecardTable</name>
    <message>
        <source>Score · grade</source>
        <translation>Балл · оцен.</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>без оценки</translation>
    </message>
</context>
<context>
    <name>ScorecardsView</name>
    <message>
        <source>Scorecards</source>
        <translation>Оценки стран</translation>
    </message>
    <message>
        <source>Country ranking</source>
        <translation>Рейтинг стран</translation>
    </message>
    <message>
        <source>Change since</source>
        <translation>Изменение с даты</translation>
    </message>
    <message>
        <source>Change: scores compared with &lt;b&gt;%1&lt;/b&gt; (the toolbar&apos;s “Changes since”)</source>
        <translation>Изменение: баллы сравниваются с &lt;b&gt;%1&lt;/b&gt; («Изменения с» на панели инструментов)</translation>
    </message>
    <message>
        <source>Tick “Changes since” in the toolbar (Ctrl+Shift+D) to see how scores moved.</source>
        <translation>Отметьте «Изменения с» на панели инструментов (Ctrl+Shift+D), чтобы увидеть, как изменились баллы.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share tracker</source>
        <translation>Поделиться трекером</translation>
    </message>
    <message>
        <source>Share %1 with your coalition through a folder your sync program already shares (Syncthing, Nextcloud, a network share, a USB stick). The tracker stays where it is; the folder gets only signed, encrypted sync files. You become the tracker&apos;s coordinator.</source>
        <translation>Поделитесь %1 с коалицией через папку, которую уже синхронизирует ваша программа (Syncthing, Nextcloud, сетевая папка, USB-накопитель). Трекер остаётся на своём месте; в папку попадают только подписанные зашифрованные файлы синхронизации. Вы становитесь координатором трекера.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Общая папка</translation>
    </message>
    <message>
        <source>An empty folder, outside the folder of the tracker itself</source>
        <translation>Пустая папка, не внутри папки самого трекера</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Выбрать общую папку</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>As the other members will see it</source>
        <translation>Как его увидят другие участники</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Общая &amp;папка:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Why the tracker was not shared</source>
        <translation>Почему трекер не стал общим</translation>
    </message>
    <message>
        <source>What to hand over</source>
        <translation>Что передать</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ваш отпечаток</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Поделиться</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Поделиться</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Сначала выберите общую папку.</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Сначала введите своё имя.</translation>
    </message>
    <message>
        <source>Shared. This is your fingerprint. Give each newcomer access to the shared folder and tell them this fingerprint by another channel (a call, in person). When they send you their join code, add them in File › Members…</source>
        <translation>Общий доступ открыт. Это ваш отпечаток. Дайте каждому новому участнику доступ к общей папке и сообщите ему этот отпечаток другим каналом (звонком, лично). Когда он пришлёт вам свой код присоединения, добавьте его в Файл › Участники…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
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
        <translation>Правка</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Where each action lives in the menus, for the shortcuts list.</extracomment>
        <translation> или </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Фильтр сочетаний клавиш</translation>
    </message>
    <message>
        <source>Type to filter: an action (undo), a key (Ctrl+K) or a place (Matrix)</source>
        <translation>Фильтр: действие (отменить), клавиша (Ctrl+K) или место (матрица)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Список сочетаний клавиш</translation>
    </message>
    <message>
        <source>Shortcuts shown</source>
        <translation>Показанные сочетания</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shortcuts</source>
        <translation>
            <numerusform>%Ln сочетание</numerusform>
            <numerusform>%Ln сочетания</numerusform>
            <numerusform>%Ln сочетаний</numerusform>
        </translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Ни одно сочетание не соответствует «%1».</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <extracomment>Keys that act inside one view or form rather than through a menu action: (keys, what they do, where).</extracomment>
        <translation>Клавиши со стрелками</translation>
    </message>
    <message>
        <source>Move from cell to cell</source>
        <translation>Перейти из ячейки в ячейку</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Матрица</translation>
    </message>
    <message>
        <source>Set the status of the selected cell</source>
        <translation>Задать статус выбранной ячейки</translation>
    </message>
    <message>
        <source>Type a name or code</source>
        <translation>Введите название или код</translation>
    </message>
    <message>
        <source>Jump to that country (&quot;lit&quot; finds Lithuania)</source>
        <translation>Перейти к этой стране («лит» находит Литву)</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Сохранить форму</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>Close the form or box</source>
        <translation>Закрыть форму или окно</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Стрелка вниз</translation>
    </message>
    <message>
        <source>Move from a search or filter box into its list</source>
        <translation>Перейти из поля поиска или фильтра в его список</translation>
    </message>
    <message>
        <source>Search boxes</source>
        <translation>Поля поиска</translation>
    </message>
    <message>
        <source>Search now</source>
        <translation>Искать сейчас</translation>
    </message>
    <message>
        <source>Evidence search</source>
        <translation>Поиск по доказательствам</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <source>Revise proposal — %1</source>
        <extracomment>Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open. A proposal, not a status: review is required (or a returned proposal is revised).</extracomment>
        <translation>Пересмотреть предложение — %1</translation>
    </message>
    <message>
        <source>Set status — %1</source>
        <translation>Задать статус — %1</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задать статус</translation>
    </message>
    <message>
        <source>Currently: &lt;b&gt;%1&lt;/b&gt; since %2</source>
        <translation>Сейчас: &lt;b&gt;%1&lt;/b&gt; с %2</translation>
    </message>
    <message>
        <source>Currently: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Сейчас: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <source>Status meaning</source>
        <translation>Значение статуса</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Дата вступления в силу</translation>
    </message>
    <message>
        <source>Effective date source</source>
        <translation>Откуда дата вступления в силу</translation>
    </message>
    <message>
        <source>Why this status: what the government did, and how it meets the guidance (required)</source>
        <translation>Почему такой статус: что сделало правительство и как это соответствует руководству (обязательно)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Руководство&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No guidance written for this recommendation.</source>
        <translation>Для этой рекомендации руководство не написано.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation>Доказательства для связи</translation>
    </message>
    <message>
        <source>Filter evidence…</source>
        <translation>Фильтр доказательств…</translation>
    </message>
    <message>
        <source>New evidence…</source>
        <translation>Новое доказательство…</translation>
    </message>
    <message>
        <source>New evidence for this cell</source>
        <translation>Новое доказательство для этой ячейки</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>&amp;Status*</source>
        <translation>&amp;Статус*</translation>
    </message>
    <message>
        <source>&amp;Effective date*</source>
        <translation>&amp;Дата вступления в силу*</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>Досто&amp;верность</translation>
    </message>
    <message>
        <source>&amp;Rationale*</source>
        <translation>&amp;Обоснование*</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Сохранить статус</translation>
    </message>
    <message>
        <source>Another person will review this change before it counts.</source>
        <translation>Другой человек проверит это изменение, прежде чем оно будет учитываться.</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Заметка о проверке</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Предложить</translation>
    </message>
    <message>
        <source>Propose status</source>
        <translation>Предложить статус</translation>
    </message>
    <message>
        <source>Propose this status: it counts once another person approves it (Ctrl+Enter)</source>
        <translation>Предложить этот статус: он будет учитываться, когда другой человек его утвердит (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Комментарий проверяющего</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Возвращено проверяющим %1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>как предложено</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>введена вами</translation>
    </message>
    <message>
        <source>from the latest linked evidence, %1</source>
        <translation>из последнего связанного доказательства, %1</translation>
    </message>
    <message>
        <source>today: no evidence linked</source>
        <translation>сегодня: доказательства не связаны</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Выберите статус.</translation>
    </message>
    <message>
        <source>The rationale is required: say why this status.</source>
        <translation>Обоснование обязательно: напишите, почему такой статус.</translation>
    </message>
</context>
<context>
    <name>StatusesPage</name>
    <message>
        <source>not assessed</source>
        <extracomment>What the score change asks before every country is re-scored.</extracomment>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Status scale</source>
        <translation>Шкала статусов</translation>
    </message>
    <message>
        <source>Status scale columns</source>
        <translation>Столбцы шкалы статусов</translation>
    </message>
    <message>
        <source>Add s&amp;tatus</source>
        <translation>Добавить с&amp;татус</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Добавить статус</translation>
    </message>
    <message>
        <source>Fill in a new judgement, then Apply</source>
        <translation>Заполните новый статус, затем нажмите «Применить»</translation>
    </message>
    <message>
        <source>R&amp;etire status</source>
        <translation>Искл&amp;ючить статус</translation>
    </message>
    <message>
        <source>Retire status</source>
        <translation>Исключить статус</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Код статуса</translation>
    </message>
    <message>
        <source>e.g. planned</source>
        <translation>напр. planned</translation>
    </message>
    <message>
        <source>The status&apos;s stable name in files and imports; it cannot change later</source>
        <translation>Постоянное имя статуса в файлах и импорте; позже его нельзя изменить</translation>
    </message>
    <message>
        <source>Status label</source>
        <translation>Название статуса</translation>
    </message>
    <message>
        <source>As shown in the matrix and the legend</source>
        <translation>Как показано в матрице и легенде</translation>
    </message>
    <message>
        <source>Colour swatch</source>
        <translation>Образец цвета</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Выбрать цвет</translation>
    </message>
    <message>
        <source>Pick the colour from a palette</source>
        <translation>Выбрать цвет из палитры</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>от 0 до 100</translation>
    </message>
    <message>
        <source>Status description</source>
        <translation>Описание статуса</translation>
    </message>
    <message>
        <source>What this status means, for coders and readers</source>
        <translation>Что означает этот статус — для кодировщиков и читателей</translation>
    </message>
    <message>
        <source>Status use</source>
        <translation>Использование статуса</translation>
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
        <translation>&amp;Название*</translation>
    </message>
    <message>
        <source>label</source>
        <translation>название</translation>
    </message>
    <message>
        <source>&amp;Colour*</source>
        <translation>&amp;Цвет*</translation>
    </message>
    <message>
        <source>color</source>
        <translation>цвет</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Балл</translation>
    </message>
    <message>
        <source>score</source>
        <translation>балл</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <source>Apply the changes you made to this status?</source>
        <translation>Применить изменения, внесённые в этот статус?</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>без балла</translation>
    </message>
    <message>
        <source>This is the “%1” status every cell starts at: it has no score and always stays on the scale.</source>
        <translation>Это статус «%1», с которого начинается каждая ячейка: у него нет балла, и он всегда остаётся на шкале.</translation>
    </message>
    <message>
        <source>Used by %1 assessment(s) or review proposal(s).</source>
        <translation>Используется в оценках и предложениях на проверку: %1.</translation>
    </message>
    <message>
        <source> Unused: it can be retired.</source>
        <translation> Не используется: его можно исключить.</translation>
    </message>
    <message>
        <source>New: Apply adds it at the end of the scale.</source>
        <translation>Новый: «Применить» добавит его в конец шкалы.</translation>
    </message>
    <message>
        <source>The %1 status always stays</source>
        <translation>Статус «%1» остаётся всегда</translation>
    </message>
    <message>
        <source>Take a status no assessment uses off the scale (Ctrl+Z puts it back)</source>
        <translation>Убрать со шкалы статус, который не использует ни одна оценка (Ctrl+Z вернёт его)</translation>
    </message>
    <message>
        <source>not a colour yet</source>
        <translation>ещё не цвет</translation>
    </message>
    <message>
        <source>The label is required.</source>
        <translation>Название обязательно.</translation>
    </message>
    <message>
        <source>Give the colour as #RRGGBB, or choose it.</source>
        <translation>Укажите цвет как #RRGGBB или выберите его.</translation>
    </message>
    <message>
        <source>The score must be a number from 0 to 100.</source>
        <translation>Балл должен быть числом от 0 до 100.</translation>
    </message>
    <message>
        <source>Status colour</source>
        <translation>Цвет статуса</translation>
    </message>
    <message>
        <source>Change the score?</source>
        <translation>Изменить балл?</translation>
    </message>
    <message>
        <source>Change the score</source>
        <translation>Изменить балл</translation>
    </message>
    <message>
        <source>Retired the status; Ctrl+Z puts it back.</source>
        <translation>Статус исключён; Ctrl+Z вернёт его.</translation>
    </message>
</context>
<context>
    <name>SyncCoalition</name>
    <message>
        <source>There is no tracker file at {path}.</source>
        <extracomment>The lock a sync holds in the local state folder (:func:`sync`). Where coordinators&apos; public signing keys are published in the shared folder (so a newcomer can check a grant). Sentences said in more than one place.</extracomment>
        <translation>По пути {path} нет файла трекера.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for your copy.</source>
        <translation>{path} уже существует; выберите новое имя файла для своей копии.</translation>
    </message>
    <message>
        <source>The shared tracker&apos;s snapshot cannot be used: {reason}</source>
        <translation>Нельзя использовать снимок общего трекера: {reason}</translation>
    </message>
    <message>
        <source>Member list {version}: {reason}</source>
        <translation>Список участников {version}: {reason}</translation>
    </message>
    <message>
        <source>{tracker} is not shared from this computer; share it (policy-tracker share) or join a shared tracker first.</source>
        <translation>{tracker} не открыт для совместной работы с этого компьютера; сначала откройте к нему общий доступ (policy-tracker share) или присоединитесь к общему трекеру.</translation>
    </message>
    <message>
        <source>The shared folder {folder} is not there; connect the drive or let the sync program finish, then try again.</source>
        <translation>Общей папки {folder} нет; подключите диск или дождитесь, пока программа синхронизации закончит работу, и попробуйте снова.</translation>
    </message>
    <message>
        <source>The member list of {name} is missing from this computer.</source>
        <translation>На этом компьютере нет списка участников {name}.</translation>
    </message>
    <message>
        <source>This computer has no signing key yet; make a join request or share a tracker first.</source>
        <translation>На этом компьютере ещё нет ключа подписи; сначала создайте запрос на присоединение или откройте общий доступ к трекеру.</translation>
    </message>
    <message>
        <source>{name} is already shared through {folder}.</source>
        <translation>{name} уже в общем доступе через {folder}.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a shared tracker; choose an empty folder (or join that tracker).</source>
        <translation>В папке {folder} уже есть общий трекер; выберите пустую папку (или присоединитесь к тому трекеру).</translation>
    </message>
    <message>
        <source>The shared folder {folder} cannot be written: {error}.</source>
        <translation>Невозможно записать в общую папку {folder}: {error}.</translation>
    </message>
    <message>
        <source>The fingerprint {fingerprint} is not the join code&apos;s ({expected}); do not add this person.</source>
        <translation>Отпечаток {fingerprint} не совпадает с отпечатком кода присоединения ({expected}); не добавляйте этого человека.</translation>
    </message>
    <message>
        <source>Only a coordinator can add members; ask one of them.</source>
        <translation>Добавлять участников может только координатор; обратитесь к одному из них.</translation>
    </message>
    <message>
        <source>Only a coordinator can remove members; ask one of them.</source>
        <translation>Удалять участников может только координатор; обратитесь к одному из них.</translation>
    </message>
    <message>
        <source>{name} is not a current member; `policy-tracker members --db PATH` lists them.</source>
        <translation>{name} не является текущим участником; список показывает `policy-tracker members --db PATH`.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} уже существует; выберите новое имя файла.</translation>
    </message>
    <message>
        <source>Key {key}: {reason}</source>
        <translation>Ключ {key}: {reason}</translation>
    </message>
    <message>
        <source>The folder {folder} holds no shared tracker yet (no snapshot); check the folder, or wait until it has synced.</source>
        <translation>В папке {folder} ещё нет общего трекера (нет снимка); проверьте папку или дождитесь, пока она синхронизируется.</translation>
    </message>
    <message>
        <source>This computer already has a copy of this shared tracker: {path}.</source>
        <translation>На этом компьютере уже есть копия этого общего трекера: {path}.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {reason}</source>
        <translation>Нельзя использовать файл ключей {path}: {reason}</translation>
    </message>
    <message>
        <source>No tracker key for you is in the shared folder yet: ask the coordinator to add you from your join code (or to give you the key file), let the folder sync, and try again.</source>
        <translation>В общей папке ещё нет ключа трекера для вас: попросите координатора добавить вас по вашему коду присоединения (или дать вам файл ключей), дождитесь синхронизации папки и попробуйте снова.</translation>
    </message>
    <message>
        <source>You are not a member of this shared tracker yet; ask the coordinator to add you.</source>
        <translation>Вы ещё не участник этого общего трекера; попросите координатора добавить вас.</translation>
    </message>
    <message>
        <source>The tracker keys in the folder are not signed by a coordinator of this tracker.</source>
        <translation>Ключи трекера в папке не подписаны координатором этого трекера.</translation>
    </message>
    <message>
        <source>The shared folder holds no member list.</source>
        <translation>В общей папке нет списка участников.</translation>
    </message>
    <message>
        <source>The member list {version} cannot be used: {reason}</source>
        <translation>Нельзя использовать список участников {version}: {reason}</translation>
    </message>
    <message>
        <source>Sent {sent}, applied {applied}, waiting {waiting}, refused {refused}.</source>
        <extracomment>(file, why) for each file left for the next sync. (file, why) for each file refused for good. Other things worth knowing (a member list or key not usable yet). Conflicts waiting for a person after this sync (records changed on two copies, cells with conflicting judgements: db.merge), whoever&apos;s sync found them.</extracomment>
        <translation>Отправлено: {sent}, применено: {applied}, ждёт: {waiting}, отклонено: {refused}.</translation>
    </message>
    <message>
        <source>Waiting: {name}: {why}</source>
        <translation>Ждёт: {name}: {why}</translation>
    </message>
    <message>
        <source>Refused: {name}: {why}</source>
        <translation>Отклонён: {name}: {why}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message>
        <source>Conflicts to review: {count} (in the app: File › Conflicts…).</source>
        <translation>Конфликтов для рассмотрения: {count} (в программе: Файл › Конфликты…).</translation>
    </message>
    <message>
        <source>Another program is syncing this tracker; try again when it has finished.</source>
        <extracomment>How long a sync waits for another program&apos;s sync of the same tracker to end (the app&apos;s own sync and the command line, two windows) before it says so.</extracomment>
        <translation>Другая программа синхронизирует этот трекер; попробуйте снова, когда она закончит.</translation>
    </message>
    <message>
        <source>You are no longer a member of this shared tracker, so your changes are not sent.</source>
        <translation>Вы больше не участник этого общего трекера, поэтому ваши изменения не отправляются.</translation>
    </message>
    <message>
        <source>Your changes wait for the current tracker key, which has not reached you yet.</source>
        <translation>Ваши изменения ждут текущего ключа трекера, который до вас ещё не дошёл.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync could not be started: %1.</source>
        <extracomment>A burst of files (a sync program catching up) starts one sync, this long after the last of them. How often the app syncs by itself while a shared tracker is open. How long a sync child may run before it is stopped (a tracker locked for minutes, a hung drive). A sync ended: (exit code, its output or its one-sentence error). The open tracker&apos;s sync status changed (after a sync, a share, a join, a member added or removed).</extracomment>
        <translation>Не удалось запустить синхронизацию: %1.</translation>
    </message>
    <message>
        <source>The sync stopped before it finished; nothing is lost, and the next sync goes on.</source>
        <translation>Синхронизация остановилась, не завершившись; ничего не потеряно, следующая синхронизация продолжит.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <extracomment>&quot;Review conflicts…&quot; chosen in the indicator&apos;s menu. &quot;Members and last sync…&quot; chosen in the indicator&apos;s menu.</extracomment>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>&amp;Members and last sync…</source>
        <translation>&amp;Участники и последняя синхронизация…</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Рассмотреть конфликты…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхронизация не удалась</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхронизировано %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln файл ждёт</numerusform>
            <numerusform>%Ln файла ждут</numerusform>
            <numerusform>%Ln файлов ждут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln файл отклонён</numerusform>
            <numerusform>%Ln файла отклонены</numerusform>
            <numerusform>%Ln файлов отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to review</source>
        <translation>
            <numerusform>%Ln конфликт ждёт рассмотрения</numerusform>
            <numerusform>%Ln конфликта ждут рассмотрения</numerusform>
            <numerusform>%Ln конфликтов ждут рассмотрения</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review conflicts (%1)…</source>
        <translation>&amp;Рассмотреть конфликты (%1)…</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Общая папка: %1</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Последняя синхронизация не удалась: %1</translation>
    </message>
    <message>
        <source>Last sync %1: sent %2, applied %3.</source>
        <translation>Последняя синхронизация %1: отправлено %2, применено %3.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Ждёт: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонён: %1</translation>
    </message>
    <message>
        <source>Conflicts: changes made on two copies without seeing each other wait for you (File › Conflicts…).</source>
        <translation>Конфликты: изменения, сделанные в двух копиях без ведома друг о друге, ждут вашего решения (Файл › Конфликты…).</translation>
    </message>
    <message>
        <source>Click for the members and the last sync&apos;s report.</source>
        <translation>Нажмите, чтобы увидеть участников и отчёт последней синхронизации.</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>Your signing key {path} could not be read: {problem}.</source>
        <extracomment>Bytes of a tracker key (ChaCha20-Poly1305 takes 256-bit keys). Crockford&apos;s base 32 alphabet: no I, L, O or U, so a fingerprint read aloud or copied by hand cannot mix up 1/I/l or 0/O.</extracomment>
        <translation>Не удалось прочитать ваш ключ подписи {path}: {problem}.</translation>
    </message>
    <message>
        <source>Your signing key {path} cannot be used: {problem}.</source>
        <translation>Ваш ключ подписи {path} нельзя использовать: {problem}.</translation>
    </message>
    <message>
        <source>Your signing key could not be saved in {folder}: {problem}.</source>
        <translation>Не удалось сохранить ваш ключ подписи в {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Key {key} is already known with other contents; the new one was not kept.</source>
        <translation>Ключ {key} уже известен с другим содержимым; новый не сохранён.</translation>
    </message>
    <message>
        <source>The tracker keys {path} could not be read: {problem}.</source>
        <translation>Не удалось прочитать ключи трекера {path}: {problem}.</translation>
    </message>
    <message>
        <source>The tracker keys {path} cannot be used: {problem}.</source>
        <translation>Ключи трекера {path} нельзя использовать: {problem}.</translation>
    </message>
    <message>
        <source>The tracker keys could not be saved in {path}: {problem}.</source>
        <translation>Не удалось сохранить ключи трекера в {path}: {problem}.</translation>
    </message>
    <message>
        <source>The key grant cannot be read: {problem}.</source>
        <translation>Передачу ключа невозможно прочитать: {problem}.</translation>
    </message>
    <message>
        <source>The key grant belongs to another shared tracker.</source>
        <translation>Эта передача ключа относится к другому общему трекеру.</translation>
    </message>
    <message>
        <source>The key grant is for another member.</source>
        <translation>Эта передача ключа предназначена другому участнику.</translation>
    </message>
    <message>
        <source>The key grant is not signed by a coordinator of this tracker.</source>
        <translation>Передача ключа не подписана координатором этого трекера.</translation>
    </message>
    <message>
        <source>The key grant&apos;s signature does not match: it was altered.</source>
        <translation>Подпись передачи ключа не совпадает: её изменили.</translation>
    </message>
    <message>
        <source>The key grant could not be opened with your key.</source>
        <translation>Передачу ключа не удалось открыть вашим ключом.</translation>
    </message>
    <message>
        <source>The key grant holds no usable key.</source>
        <translation>В передаче ключа нет пригодного ключа.</translation>
    </message>
</context>
<context>
    <name>SyncMembers</name>
    <message>
        <source>Only a coordinator can sign the member list.</source>
        <extracomment>Longest name in a join request, in characters. Set when removed: the last of their files still taken (0: none). The tracker key new files are encrypted with.</extracomment>
        <translation>Подписать список участников может только координатор.</translation>
    </message>
    <message>
        <source>The member list is not signed.</source>
        <translation>Список участников не подписан.</translation>
    </message>
    <message>
        <source>The member list cannot be read: {error}.</source>
        <translation>Невозможно прочитать список участников: {error}.</translation>
    </message>
    <message>
        <source>The member list&apos;s signature does not match: it was altered.</source>
        <translation>Подпись списка участников не совпадает: список был изменён.</translation>
    </message>
    <message>
        <source>The member list is not signed by one of its coordinators.</source>
        <translation>Список участников не подписан ни одним из его координаторов.</translation>
    </message>
    <message>
        <source>The member list belongs to another shared tracker.</source>
        <translation>Список участников принадлежит другому общему трекеру.</translation>
    </message>
    <message>
        <source>The member list is not newer than the one in use (version {version}).</source>
        <translation>Список участников не новее используемого (версия {version}).</translation>
    </message>
    <message>
        <source>The new member list is not signed by a coordinator of the current one.</source>
        <translation>Новый список участников не подписан координатором текущего.</translation>
    </message>
    <message>
        <source>The new member list&apos;s signature does not match: it was altered.</source>
        <translation>Подпись нового списка участников не совпадает: список был изменён.</translation>
    </message>
    <message>
        <source>The new member list leaves out {name}; members are removed, not deleted.</source>
        <translation>В новом списке участников нет {name}; участников помечают удалёнными, а не стирают.</translation>
    </message>
    <message>
        <source>The new member list changes {name}&apos;s keys.</source>
        <translation>Новый список участников меняет ключи {name}.</translation>
    </message>
    <message>
        <source>The new member list brings back {name}, who was removed.</source>
        <translation>Новый список участников возвращает {name}, хотя его удалили.</translation>
    </message>
    <message>
        <source>{name} was removed; they need a new key to join again.</source>
        <translation>{name} удалён; чтобы присоединиться снова, нужен новый ключ.</translation>
    </message>
    <message>
        <source>{name} is already a member.</source>
        <translation>{name} уже участник.</translation>
    </message>
    <message>
        <source>That person is not a current member.</source>
        <translation>Этот человек не является текущим участником.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another coordinator.</source>
        <translation>Нельзя удалить себя; обратитесь к другому координатору.</translation>
    </message>
    <message>
        <source>The tracker needs at least one coordinator.</source>
        <translation>У трекера должен быть хотя бы один координатор.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>У участника должно быть имя.</translation>
    </message>
    <message>
        <source>A member&apos;s name can have at most {count} characters.</source>
        <translation>Имя участника может содержать не более {count} символов.</translation>
    </message>
    <message>
        <source>The join code is empty; paste the whole code or choose the join file.</source>
        <translation>Код присоединения пуст; вставьте весь код или выберите файл присоединения.</translation>
    </message>
    <message>
        <source>This is not a Policy Tracker join code (one starts with {prefix}:).</source>
        <translation>Это не код присоединения Policy Tracker (такой код начинается с {prefix}:).</translation>
    </message>
    <message>
        <source>The join code was made by a newer version of Policy Tracker; upgrade this app first.</source>
        <translation>Код присоединения создан более новой версией Policy Tracker; сначала обновите эту программу.</translation>
    </message>
    <message>
        <source>The join code contains {letters}, which cannot be in one; check it was copied whole.</source>
        <translation>Код присоединения содержит {letters}, чего в нём быть не может; проверьте, скопирован ли он целиком.</translation>
    </message>
    <message>
        <source>The join code is incomplete or has a typo; ask for it again, or use the join file.</source>
        <translation>Код присоединения неполон или с опечаткой; попросите его ещё раз или воспользуйтесь файлом присоединения.</translation>
    </message>
    <message>
        <source>The member list is encrypted with tracker key {key}, which you were not given.</source>
        <translation>Список участников зашифрован ключом трекера {key}, который вам не выдали.</translation>
    </message>
    <message>
        <source>The member list is not signed by the coordinator whose fingerprint you were given; do not join.</source>
        <translation>Список участников подписан не тем координатором, чей отпечаток вам дали; не присоединяйтесь.</translation>
    </message>
    <message>
        <source>The file is not a member list.</source>
        <translation>Этот файл не список участников.</translation>
    </message>
</context>
<context>
    <name>SyncRefusals</name>
    <message>
        <source>The file is cut short (it may still be arriving).</source>
        <extracomment>The smallest possible file: prefix, an empty header, nonce, size, the cipher&apos;s 16-byte tag, signature. A header is a few hundred bytes; refuse to parse megabytes of &quot;header&quot;. Why a file is not taken yet: it is shorter than its header says.</extracomment>
        <translation>Файл обрезан (возможно, он ещё поступает).</translation>
    </message>
    <message>
        <source>The file is not a Policy Tracker sync file.</source>
        <translation>Это не файл синхронизации Policy Tracker.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Policy Tracker (format {version}); it waits until this app is upgraded.</source>
        <translation>Файл записан более новой версией Policy Tracker (формат {version}); он ждёт обновления этой программы.</translation>
    </message>
    <message>
        <source>The file has an unknown format version ({version}).</source>
        <translation>У файла неизвестная версия формата ({version}).</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged (it claims to be too long).</source>
        <translation>Заголовок файла повреждён (он заявляет слишком большую длину).</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged ({error}).</source>
        <translation>Заголовок файла повреждён ({error}).</translation>
    </message>
    <message>
        <source>The file has extra bytes after its signature.</source>
        <translation>В файле есть лишние байты после подписи.</translation>
    </message>
    <message>
        <source>The file could not be decrypted with tracker key {key}.</source>
        <translation>Не удалось расшифровать файл ключом трекера {key}.</translation>
    </message>
    <message>
        <source>The file belongs to another shared tracker.</source>
        <translation>Файл принадлежит другому общему трекеру.</translation>
    </message>
    <message>
        <source>The file is signed by {author}, who is not a member of this tracker.</source>
        <translation>Файл подписал {author}, который не является участником этого трекера.</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not match {name}&apos;s key: it was altered.</source>
        <translation>Подпись файла не соответствует ключу {name}: файл был изменён.</translation>
    </message>
    <message>
        <source>The file was written by {name} after they were removed from the tracker.</source>
        <translation>Файл записал {name} после того, как его удалили из трекера.</translation>
    </message>
    <message>
        <source>The file is encrypted with tracker key {key}, which this computer does not have.</source>
        <translation>Файл зашифрован ключом трекера {key}, которого нет на этом компьютере.</translation>
    </message>
    <message>
        <source>Another file with the same member and number was already applied; a number is never reused.</source>
        <extracomment>Refused for good: (file, code, reason); the reason is also kept in the local state. Not taken this time, and why (one sentence each); tried again at the next sync.</extracomment>
        <translation>Другой файл с тем же участником и номером уже применён; номер никогда не используется повторно.</translation>
    </message>
    <message>
        <source>It waits for an earlier file of the same member.</source>
        <translation>Он ждёт более раннего файла того же участника.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Policy Tracker; it waits for an upgrade.</source>
        <extracomment>A file whose changes do not fit this tracker yet (a row they need has not arrived; the conflict rules said no): it waits, and the tracker is unchanged. A file that could not be applied for another reason (the tracker busy too long, another schema): it waits too. Refusing for good is only for files that fail their checks; a passing failure must not lose a change. Codes of files left pending, to be tried again at the next sync.</extracomment>
        <translation>Файл записан более новой версией Policy Tracker; он ждёт обновления программы.</translation>
    </message>
    <message>
        <source>The file was written by an older version of Policy Tracker and does not fit this tracker since its upgrade; it waits. Its author should upgrade and sync again.</source>
        <translation>Файл записан более старой версией Policy Tracker и после обновления не подходит к этому трекеру; он ждёт. Его автору стоит обновить программу и синхронизировать снова.</translation>
    </message>
    <message>
        <source>The file is no longer in the shared folder.</source>
        <extracomment>Our temporary files older than this are a crashed write&apos;s leftovers (younger ones may be another program&apos;s write in progress on this computer). Codes of refusals that may resolve themselves (a newer app, a key handed over, a member list or the rest of the file still arriving): the file stays pending. Any other refusal is final.</extracomment>
        <translation>Файла уже нет в общей папке.</translation>
    </message>
    <message>
        <source>The file is not complete yet (it may still be arriving).</source>
        <translation>Файл ещё не полный (возможно, он ещё поступает).</translation>
    </message>
    <message>
        <source>The file&apos;s contents do not match its name: it was altered or is incomplete.</source>
        <translation>Содержимое файла не соответствует его имени: файл изменён или неполон.</translation>
    </message>
    <message>
        <source>The file&apos;s signed header does not match its name in the shared folder.</source>
        <translation>Подписанный заголовок файла не соответствует его имени в общей папке.</translation>
    </message>
    <message>
        <source>The sync state {path} cannot be read: {error}.</source>
        <translation>Невозможно прочитать состояние синхронизации {path}: {error}.</translation>
    </message>
    <message>
        <source>It waits for file {number} of the same member.</source>
        <translation>Он ждёт файла {number} того же участника.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Share tracker</source>
        <translation>Поделиться трекером</translation>
    </message>
    <message>
        <source>Save the tracker to a file before sharing it.</source>
        <translation>Прежде чем делиться трекером, сохраните его в файл.</translation>
    </message>
    <message>
        <source>This tracker is already shared through %1.</source>
        <translation>Этот трекер уже общий через %1.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>This tracker is not shared: share it (File › Share tracker…) or join a shared tracker first.</source>
        <translation>Этот трекер не общий: сначала поделитесь им (Файл › Поделиться трекером…) или присоединитесь к общему трекеру.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Синхронизация уже идёт.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
</context>
<context>
    <name>TrackerCommand</name>
    <message>
        <source>%1 would leave everything as it is.</source>
        <translation>«%1» ничего не изменит.</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Не удаётся отменить или повторить</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Добавить доказательство</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Изменить доказательство</translation>
    </message>
    <message>
        <source>Archive evidence</source>
        <translation>Архивировать доказательство</translation>
    </message>
    <message>
        <source>Restore evidence</source>
        <translation>Восстановить доказательство</translation>
    </message>
    <message>
        <source>the evidence is already archived.</source>
        <translation>доказательство уже в архиве.</translation>
    </message>
    <message>
        <source>the evidence is not archived.</source>
        <translation>доказательство не в архиве.</translation>
    </message>
    <message>
        <source>Could not archive the evidence: another program kept the tracker busy; nothing changed. Try again.</source>
        <translation>Не удалось архивировать доказательство: другая программа слишком долго занимала трекер; ничего не изменилось. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Could not restore the evidence: another program kept the tracker busy; nothing changed. Try again.</source>
        <translation>Не удалось восстановить доказательство: другая программа слишком долго занимала трекер; ничего не изменилось. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задать статус</translation>
    </message>
    <message>
        <source>Propose status</source>
        <translation>Предложить статус</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Исправить оценку</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Добавить страну</translation>
    </message>
    <message>
        <source>Archive country</source>
        <translation>Архивировать страну</translation>
    </message>
    <message>
        <source>Restore country</source>
        <translation>Восстановить страну</translation>
    </message>
    <message>
        <source>the country is already archived.</source>
        <translation>страна уже в архиве.</translation>
    </message>
    <message>
        <source>the country is not archived.</source>
        <translation>страна не в архиве.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Переименовать группу</translation>
    </message>
    <message>
        <source>Change group members</source>
        <translation>Изменить состав группы</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Удалить группу</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <source>Tracker title</source>
        <translation>Название трекера</translation>
    </message>
    <message>
        <source>Shown in the window, reports and exports</source>
        <translation>Показывается в окне, отчётах и экспорте</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Where the recommendations come from (author, publication, year)</source>
        <translation>Откуда рекомендации (автор, публикация, год)</translation>
    </message>
    <message>
        <source>Tracker description</source>
        <translation>Описание трекера</translation>
    </message>
    <message>
        <source>What this tracker follows, for readers</source>
        <translation>Что отслеживает этот трекер — для читателей</translation>
    </message>
    <message>
        <source>Review interval in days</source>
        <translation>Интервал проверки в днях</translation>
    </message>
    <message>
        <source>A status older than this is marked for review in the matrix</source>
        <translation>Более старый статус отмечается в матрице как требующий проверки</translation>
    </message>
    <message>
        <source>Status changes need review by a second person</source>
        <translation>Изменения статуса должен проверить второй человек</translation>
    </message>
    <message>
        <source>A status set by one person is proposed; another person approves it in the Review tab before it counts</source>
        <translation>Статус, заданный одним человеком, становится предложением; другой человек одобряет его на вкладке «Проверка», прежде чем он будет учитываться</translation>
    </message>
    <message>
        <source>&amp;Title*</source>
        <translation>&amp;Название*</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>Review &amp;interval</source>
        <translation>Ин&amp;тервал проверки</translation>
    </message>
    <message>
        <source>review interval days</source>
        <translation>интервал проверки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Название обязательно.</translation>
    </message>
</context>
<context>
    <name>TrackerStatusBar</name>
    <message>
        <source>Status bar</source>
        <translation>Строка состояния</translation>
    </message>
    <message>
        <source>Tracker file</source>
        <translation>Файл трекера</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Количества</translation>
    </message>
    <message>
        <source>As-of date in force</source>
        <translation>Действующая дата состояния</translation>
    </message>
    <message>
        <source>(not saved to a file)</source>
        <translation>(не сохранён в файл)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln страна</numerusform>
            <numerusform>%Ln страны</numerusform>
            <numerusform>%Ln стран</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendations</source>
        <translation>
            <numerusform>%Ln рекомендация</numerusform>
            <numerusform>%Ln рекомендации</numerusform>
            <numerusform>%Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of evidence</source>
        <translation>
            <numerusform>%Ln доказательство</numerusform>
            <numerusform>%Ln доказательства</numerusform>
            <numerusform>%Ln доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessments</source>
        <translation>
            <numerusform>%Ln оценка</numerusform>
            <numerusform>%Ln оценки</numerusform>
            <numerusform>%Ln оценок</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries shown in the matrix (group filter: %1); recommendations, evidence and assessments in the whole tracker</source>
        <translation>Страны, показанные в матрице (фильтр группы: %1); рекомендации, доказательства и оценки во всём трекере</translation>
    </message>
    <message>
        <source>Countries shown in the matrix; recommendations, evidence and assessments in the whole tracker</source>
        <translation>Страны, показанные в матрице; рекомендации, доказательства и оценки во всём трекере</translation>
    </message>
    <message>
        <source>As of %1 (today)</source>
        <translation>Состояние на %1 (сегодня)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Состояние на %1</translation>
    </message>
    <message>
        <source> · changes since %1 outlined</source>
        <translation> · изменения с %1 обведены рамкой</translation>
    </message>
</context>
<context>
    <name>TrackerWatcher</name>
    <message>
        <source>The tracker file is no longer at %1; edits made now may not be saved there.</source>
        <extracomment>How often the file is asked whether another program committed, while the app is in front / behind. At most this share of the time goes to refreshing for others&apos; changes: after a refresh that took 100 ms (a whole large tracker reloaded), the next look waits 400 ms more than usual. How long the status bar shows &quot;Updated: … by …&quot;. The object name of the note a form gets when its record changed elsewhere (tests find it by it).</extracomment>
        <translation>Файла трекера больше нет по пути %1; изменения, сделанные сейчас, могут там не сохраниться.</translation>
    </message>
    <message>
        <source>Another program replaced %1: open it again to see the new file.</source>
        <translation>Другая программа заменила %1: откройте его снова, чтобы увидеть новый файл.</translation>
    </message>
    <message>
        <source>Another program replaced %1: showing the new file.</source>
        <translation>Другая программа заменила %1: показан новый файл.</translation>
    </message>
    <message>
        <source>Cannot see changes made by other programs just now: %1.</source>
        <translation>Сейчас не видно изменений, сделанных другими программами: %1.</translation>
    </message>
    <message>
        <source>%1 changed this record since, so it is left as they made it</source>
        <translation>с тех пор эту запись изменил(а) %1, поэтому она оставлена в их редакции</translation>
    </message>
</context>
<context>
    <name>TranslationsModel</name>
    <message>
        <source>missing</source>
        <extracomment>A text&apos;s state in the chosen language, in words (the colour of the row only repeats it).</extracomment>
        <translation>нет перевода</translation>
    </message>
    <message>
        <source>English changed</source>
        <translation>английский текст изменён</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>переведено</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>English</source>
        <translation>По-английски</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>TranslationsPage</name>
    <message>
        <source>All translated</source>
        <translation>Всё переведено</translation>
    </message>
    <message>
        <source>%1 of %2 missing</source>
        <translation>Не переведено %1 из %2</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>Сохранить &amp;перевод</translation>
    </message>
    <message>
        <source>Save the translation of the chosen text (Ctrl+Z undoes it)</source>
        <translation>Сохранить перевод выбранного текста (Ctrl+Z отменит это)</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Язык перевода</translation>
    </message>
    <message>
        <source>Missing translations</source>
        <translation>Отсутствующие переводы</translation>
    </message>
    <message>
        <source>Show only texts to translate</source>
        <translation>Показывать только тексты для перевода</translation>
    </message>
    <message>
        <source>Show only missing and out-of-date translations</source>
        <translation>Показывать только отсутствующие и устаревшие переводы</translation>
    </message>
    <message>
        <source>Codebook texts and their translations</source>
        <translation>Тексты кодовой книги и их переводы</translation>
    </message>
    <message>
        <source>Translation columns</source>
        <translation>Столбцы переводов</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Английский текст</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Type the translation; leave empty to remove it</source>
        <translation>Введите перевод; оставьте пустым, чтобы удалить его</translation>
    </message>
    <message>
        <source>English</source>
        <translation>По-английски</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>Перевод (%1)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>По-английски: %1</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading tracker</source>
        <translation>Обновление трекера</translation>
    </message>
    <message>
        <source>Upgrading this tracker to the new version… this happens once.</source>
        <translation>Трекер обновляется до новой версии… это происходит один раз.</translation>
    </message>
    <message>
        <source>Upgrade message</source>
        <translation>Сообщение об обновлении</translation>
    </message>
    <message>
        <source>%1 is being brought up to this version of Policy Tracker. A large tracker can take a few minutes; please leave the app open. A copy of the file as it was is kept beside it as %2.</source>
        <translation>%1 обновляется до этой версии Policy Tracker. Для большого трекера это может занять несколько минут; пожалуйста, не закрывайте программу. Копия файла в прежнем состоянии сохраняется рядом с ним как %2.</translation>
    </message>
    <message>
        <source>Upgrade details</source>
        <translation>Подробности обновления</translation>
    </message>
    <message>
        <source>Upgrade progress</source>
        <translation>Ход обновления</translation>
    </message>
</context>
<context>
    <name>UpgradeWorker</name>
    <message>
        <source>%1 could not be upgraded to this version (%2); it was left as it was.</source>
        <translation>%1 не удалось обновить до этой версии (%2); файл остался без изменений.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Policy Tracker — User guide</source>
        <translation>Policy Tracker — Руководство пользователя</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Текст руководства</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Поиск в руководстве</translation>
    </message>
    <message>
        <source>Find in the guide (Enter finds the next)</source>
        <translation>Поиск в руководстве (Enter — следующее совпадение)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Результат поиска</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>ViewControls</name>
    <message>
        <source>As of</source>
        <translation>Состояние на</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Дата состояния</translation>
    </message>
    <message>
        <source>Show the tracker as it stood on this date (Ctrl+D)</source>
        <translation>Показать трекер таким, каким он был на эту дату (Ctrl+D)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Вернуться к сегодняшнему дню</translation>
    </message>
    <message>
        <source>Group filter</source>
        <translation>Фильтр групп</translation>
    </message>
    <message>
        <source>Show one group of countries (Ctrl+G)</source>
        <translation>Показать одну группу стран (Ctrl+G)</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Изменения с</translation>
    </message>
    <message>
        <source>Highlight changes since</source>
        <translation>Выделить изменения с</translation>
    </message>
    <message>
        <source>Outline the cells whose status changed since this date (Ctrl+Shift+D)</source>
        <translation>Обвести ячейки, статус которых изменился с этой даты (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Compare from date</source>
        <translation>Дата, с которой сравнивать</translation>
    </message>
    <message>
        <source>Include proposed</source>
        <translation>Учитывать предложенные</translation>
    </message>
    <message>
        <source>Include proposed statuses</source>
        <translation>Учитывать предложенные статусы</translation>
    </message>
    <message>
        <source>Count statuses proposed but not yet reviewed in the scores and ranks (the matrix marks them with ◆ either way)</source>
        <translation>Учитывать в баллах и местах статусы, предложенные, но ещё не проверенные (матрица в любом случае помечает их ◆)</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
</context>
<context>
    <name>WatcherTexts</name>
    <message>
        <source>Updated: another program changed this tracker</source>
        <translation>Обновлено: другая программа изменила этот трекер</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %Ln changes by %1</source>
        <translation>
            <numerusform>Обновлено: %Ln изменение (%1)</numerusform>
            <numerusform>Обновлено: %Ln изменения (%1)</numerusform>
            <numerusform>Обновлено: %Ln изменений (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this evidence while you were editing it, so it cannot be saved. What you typed is kept: copy what you need, or add it again as new evidence.</source>
        <translation>Пока вы редактировали это доказательство, его удалил(а) %1, поэтому его нельзя сохранить. Введённое сохранено: скопируйте нужное или добавьте его снова как новое доказательство.</translation>
    </message>
    <message>
        <source>%1 changed this evidence while you were editing it. What you typed is kept: Save replaces their version with yours, Cancel keeps theirs.</source>
        <translation>Пока вы редактировали это доказательство, его изменил(а) %1. Введённое сохранено: «Сохранить» заменит их версию вашей, «Отмена» оставит их версию.</translation>
    </message>
    <message>
        <source>%1 changed this cell while you were editing. What you typed is kept: Save records your judgement too, and the timeline shows both.</source>
        <translation>Пока вы редактировали, эту ячейку изменил(а) %1. Введённое сохранено: «Сохранить» запишет и вашу оценку, а хронология покажет обе.</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Изменено другой программой</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>другая программа</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %Ln others</source>
        <translation>
            <numerusform>%1, %2 и ещё %Ln человек</numerusform>
            <numerusform>%1, %2 и ещё %Ln человека</numerusform>
            <numerusform>%1, %2 и ещё %Ln человек</numerusform>
        </translation>
    </message>
</context>
</TS>
