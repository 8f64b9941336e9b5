<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>AsOfBanner</name>
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
        <source>▲▼ outlined: changed since the comparison date</source>
        <translation>▲▼ в рамке: изменилось после даты сравнения</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Matrix</source>
        <extracomment>How long after the window is first shown the day&apos;s backup starts (after the first paint, off the start-up path). The actions that change the tracker: disabled while it is open read-only (db.store.Tracker.read_only).</extracomment>
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
    <name>TrackerStatusBar</name>
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
</TS>
