## Экраны приложения. Переменные { $count } и { $n } — числа; остальные — текст.

nav-label = Экраны
nav-sessions = Встречи
nav-setup = Подготовка
nav-run = Ход встречи
nav-signin = Регистрация
nav-capture = Запись
nav-board = Доска проблем
nav-voting = Голосование
nav-settings = Настройки
skip-to-content = Перейти к содержимому
header-session = Встреча: { $title }
header-no-session = Встреча не открыта
working = Выполняется…
save = Сохранить
saved = Сохранено.
none-yet = Пока нет.
minutes = { $n ->
    [one] { $n } минута
    [few] { $n } минуты
   *[many] { $n } минут
}
minutes-short = мин
language-code-hint = Код языка, например en, es, zh-Hant, vi, so, am или ar.
import-problems = { $count ->
    [one] В { $count } строке есть ошибка, поэтому ничего не импортировано:
    [few] В строках ({ $count }) есть ошибки, поэтому ничего не импортировано:
   *[many] В строках ({ $count }) есть ошибки, поэтому ничего не импортировано:
}
import-problem = Строка { $line }, столбец «{ $column }»: { $message }

## Типы встреч, пунктов повестки, роли, статусы, типы меток
session-kind-summit = Встреча участка
session-kind-small-group = Малая группа
session-kind-report-back = Встреча с отчётом
session-kind-workshop = Семинар
agenda-kind-welcome = Приветствие
agenda-kind-presentation = Выступление
agenda-kind-discussion = Обсуждение
agenda-kind-breakout = Работа в группах
agenda-kind-report-out = Отчёты групп
agenda-kind-vote = Голосование
agenda-kind-break = Перерыв
role-resident = Житель
role-business = Бизнес
role-organisation = Общественная организация
role-city-staff = Сотрудник города
role-police = Полиция
status-new = Новая
status-under-review = На рассмотрении
status-action-planned = Меры запланированы
status-in-progress = В работе
status-done = Решена
status-not-pursued = Не рассматривается
tag-kind-pillar = Направление
tag-kind-topic = Тема
ballot-kind-rank = Рейтинговый бюллетень
ballot-kind-budget = Бюджетный бюллетень

## Встречи
sessions-heading = Встречи
sessions-empty = Встреч пока нет. Создайте встречу ниже или откройте демонстрационную.
sessions-demo = Открыть демонстрационную встречу
sessions-col-title = Встреча
sessions-col-kind = Тип
sessions-col-precinct = Участок
sessions-col-starts = Начало
sessions-col-counts = На данный момент
sessions-col-actions = Действия
sessions-counts = Зарегистрировано: { $signins } · Вопросов жителей: { $concerns } · Групп: { $groups }
sessions-open = Открыть
sessions-duplicate = Копировать…
sessions-duplicate-title = Название новой встречи
sessions-duplicate-go = Создать копию
sessions-copy-title = { $title } (второй тур)
sessions-new = Новая встреча
sessions-create = Создать встречу
session-title = Название
session-kind = Тип
session-precinct = Участок
session-place = Место
session-starts = Начало
session-room-minutes = Зал забронирован на (минут)
session-room-minutes-hint = С этим сравнивается общая длительность повестки.
session-languages = Языки встречи
session-interpreted = Языки перевода
session-languages-hint = Коды языков через запятую, например en, es, vi.

## Подготовка
setup-heading = Подготовка
agenda-heading = Повестка
agenda-help = Перетащите пункт за ручку или выберите ручку и нажмите Alt+↑ или Alt+↓.
agenda-reorder = Переместить «{ $title }», пункт { $place } из { $count }
agenda-minutes-for = Запланированные минуты для «{ $title }»
agenda-up = Поднять «{ $title }»
agenda-down = Опустить «{ $title }»
agenda-remove = Удалить «{ $title }»
agenda-total = Запланировано минут: { $planned }.
agenda-within-booking = Запланировано { $planned } из { $booked } минут брони зала.
agenda-over-booking = Запланировано { $planned } мин — на { $over } больше, чем { $booked } мин брони зала. Сократите или уберите пункт.
agenda-add = Добавить пункт
agenda-item-title = Пункт
agenda-item-minutes = Минуты
agenda-item-kind = Тип
agenda-item-presenter = Докладчик
agenda-import-template = Добавить пункты из шаблона повестки (CSV)…
agenda-imported = Добавлено пунктов повестки: { $count }.
groups-heading = Группы обсуждения
groups-empty = Групп пока нет.
groups-add = Добавить группу
group-name = Название группы
group-language = Язык
group-topic = Тема
group-facilitator = Ведущий
questions-heading = Вопросы для обсуждения
questions-empty = Вопросов пока нет.
questions-add = Добавить вопрос
question-text = Вопрос
question-language = Язык
languages-heading = Языки и зал
tags-heading = Словарь меток
tags-add = Добавить метку
tags-retire = Отключить #{ $tag }
tag-slug = Метка
tag-label = Название
tag-kind = Тип
tag-pillar = Направление
tag-pillar-hint = Для темы: направление, к которому она относится.

## Ход встречи
run-heading = Ход встречи
run-now = Сейчас
run-not-started = Повестка ещё не начата.
run-done = Повестка завершена.
run-start = Начать повестку
run-next = Следующий пункт
run-previous = Предыдущий пункт
run-overrun = Превышение на { $time }
run-almost = Осталось { $time }
run-agenda = Повестка
run-planned = план { $minutes } мин
run-started = начат в { $time }
run-actual = заняло { $minutes } мин
run-start-this = Начать этот пункт
projector-heading = Проектор
projector-open = Открыть окно проектора
projector-question = Вопрос на экране
projector-no-question = Без вопроса
projector-language-1 = Язык
projector-language-2 = Второй язык, рядом
projector-no-second = Нет
projector-show-results = Показывать результаты голосования в реальном времени

## Регистрация
signin-heading = Лист регистрации
signin-form-heading = Зарегистрировать участника
signin-form-help = Все поля необязательны. Tab переходит между полями; Enter сохраняет из любого поля.
signin-name = Имя
signin-name-hint = Оставьте пустым для анонимной регистрации.
signin-neighbourhood = Район
signin-zip = Индекс
signin-language = Предпочитаемый язык
signin-interpreter = Нужен переводчик
signin-role = Участвует как
signin-email = Эл. почта
signin-phone = Телефон
signin-consent = Согласен(на), чтобы с ним(ней) связались по итогам
signin-group = Группа обсуждения
signin-no-group = Пока не распределён(а)
signin-suggested-group = Предлагается: { $group }, где говорят на языке: { $language }.
signin-save = Зарегистрировать
signin-saved = Зарегистрирован(а).
signin-duplicate-warning = { $count ->
    [one] Участник с такими данными зарегистрировался в { $time }. Нажмите Enter ещё раз, чтобы всё равно зарегистрировать, или измените данные.
    [few] Участников с такими данными: { $count } (первый — в { $time }). Нажмите Enter ещё раз, чтобы всё равно зарегистрировать, или измените данные.
   *[many] Участников с такими данными: { $count } (первый — в { $time }). Нажмите Enter ещё раз, чтобы всё равно зарегистрировать, или измените данные.
}
signin-counts = Кто пришёл
signin-total = Зарегистрировано: { $count } (анонимно: { $anonymous }, нужен переводчик: { $interpreter })
signin-by-language = По языку
signin-by-role = По роли
signin-by-neighbourhood = По району
signin-recent = Последние регистрации
signin-language-unknown = язык не указан
kiosk-heading = Киоск самостоятельной регистрации
kiosk-help = Открывает для участников окно на весь экран. Оно не показывает чужих данных и закрывается только вашим PIN-кодом.
kiosk-mode = Киоск нужен для
kiosk-mode-sign-in = Регистрации
kiosk-mode-ballot = Голосования
kiosk-languages = Первый язык
kiosk-language-2 = Второй язык
kiosk-language-3 = Третий язык
kiosk-ballot-kind = Бюллетень
kiosk-budget = Баллы для бюджетного бюллетеня
kiosk-pin = PIN-код ведущего
kiosk-pin-hint = Не меньше четырёх цифр. Он понадобится, чтобы закрыть киоск.
kiosk-start = Открыть киоск

## Запись
capture-heading = Запись обсуждения в группах
capture-form-heading = Записать проблему
capture-group = Группа
capture-group-hint = Alt+1 … Alt+9 переключают группы.
capture-no-group = Вся встреча
capture-text = Проблема, как её сказали
capture-text-hint = Enter — сохранить. # — метка; ↑ ↓ и Tab — выбор.
capture-language = Язык, на котором сказано
capture-interpretation = Перевод
capture-interpretation-hint = Необязательно: перевод переводчика, хранится рядом с оригиналом.
capture-save = Сохранить проблему
capture-undo = Отменить
capture-undo-what = Отменить: { $what }
capture-undo-add = последнюю запись
capture-undo-status = смену статуса
capture-quick-keys = Быстрые клавиши для последней записи:
capture-quick-status = Ctrl+{ $n } { $status }
capture-recent = Записано в этой группе
capture-saving = Сохраняется…
capture-saved = Сохранено
capture-count = Проблем на данный момент: { $count }.

## Доска проблем
board-heading = Доска проблем
board-search = Поиск
board-tag = Метка
board-group = Группа
board-layout = Упорядочить по
board-by-status = Статусу
board-by-tag = Метке
board-by-group = Группе
board-all-tags = Все метки
board-all-groups = Все группы
board-no-group = Без группы
board-untagged = Без метки
board-votes = Голоса
board-dots = { $count ->
    [one] { $count } точка
    [few] { $count } точки
   *[many] { $count } точек
}
board-status-of = Статус
board-merge = Объединить…
board-merge-cancel = Отменить объединение
board-merge-here = Объединить сюда
board-merge-pick = Выберите карточку, с которой объединить, или отмените.
board-merged = Объединено. Голоса дубликата теперь засчитываются карточке, к которой он присоединён.
board-duplicates = Возможные дубликаты
board-no-duplicates = Возможных дубликатов нет.
board-dup-similar = сходство { $percent }%
board-merge-these = Объединить первую со второй

## Голосование
voting-heading = Голосование
voting-dots-heading = Подсчитанные точки
voting-dots-help = Введите число точек на карточке и нажмите Enter; курсор перейдёт к следующей.
voting-col-concern = Проблема
voting-col-dots = Точки
voting-col-add = Добавить точки
voting-add = Добавить
voting-add-dots-for = Точки для «{ $text }»
voting-dots-saved = Точки добавлены.
voting-tally = Результаты
voting-dots = Точки
voting-ranked = Рейтинговые бюллетени ({ $ballots }): баллы Борда
voting-irv-winner = Победитель мгновенного второго тура: { $text }
voting-budget = Бюджет (бюллетеней: { $ballots })
voting-show-on-projector = Показать результаты на проекторе

## Настройки
settings-heading = Настройки
settings-device = Этот ноутбук
settings-device-name = Имя ноутбука
settings-device-name-hint = Координатор видит его рядом с пакетами этого ноутбука, например «Стол 3».
settings-fingerprint = Отпечаток устройства: { $fingerprint }
settings-data = Данные
settings-database = Файл базы данных
settings-database-hint = Всё, что записывает этот ноутбук, хранится в одном этом файле.
settings-choose = Выбрать…
settings-open-database = Открыть эту базу данных
settings-database-opened = Открыто.
settings-language = Язык
settings-language-label = Язык приложения
settings-language-hint = Меняется сразу. Проектор и киоск выбирают свои языки сами.
settings-pseudo-locale = Псевдоязык (находит непереведённый текст)
settings-version = Convene { $version }

## Окно проектора (для всего зала, на языках, выбранных ведущим)
projector-window-title = Convene — проектор
projector-now = Сейчас
projector-waiting = Скоро начнём
projector-question-label = Вопрос
projector-results = Результаты голосования
projector-no-votes = Голосов пока нет.
projector-dots = { $count ->
    [one] { $shown } точка
    [few] { $shown } точки
   *[many] { $shown } точек
}

## Окно киоска (для участников, на их языке)
kiosk-window-title = Convene — регистрация
kiosk-welcome = Добро пожаловать
kiosk-choose-language = Выберите язык
kiosk-form-heading = Регистрация
kiosk-form-help = Всё необязательно. Ваши ответы помогают понять, кто пришёл; мы делимся только числами.
kiosk-optional = Необязательно
kiosk-name = Ваше имя
kiosk-neighbourhood = Ваш район
kiosk-zip = Индекс
kiosk-role = Я здесь как
kiosk-interpreter = Мне нужен переводчик
kiosk-email = Эл. почта
kiosk-phone = Телефон
kiosk-consent = Со мной можно связаться о дальнейших шагах
kiosk-submit = Зарегистрироваться
kiosk-back = Назад
kiosk-thanks = Спасибо, вы зарегистрированы.
kiosk-next-person = Следующий участник сможет начать через мгновение.
kiosk-facilitator = Ведущий
kiosk-pin-heading = Закрыть киоск
kiosk-pin-label = PIN-код
kiosk-unlock = Закрыть киоск
kiosk-rank-heading = Расставьте проблемы по важности
kiosk-rank-help = Нажимайте на проблемы в порядке их важности для вас: первое нажатие — ваш главный выбор. Нажмите ещё раз, чтобы убрать.
kiosk-budget-heading = Распределите баллы (всего: { $budget })
kiosk-budget-help = Отдайте свои баллы (всего: { $budget }) вопросам, которые для вас важнее всего.
kiosk-points-for = Баллы для «{ $text }»
kiosk-ranked = { $count ->
    [0] Пока ничего не выбрано.
    [one] Выбрана { $count } проблема.
    [few] Выбраны { $count } проблемы.
   *[many] Выбрано { $count } проблем.
}
kiosk-cast = Проголосовать
kiosk-ballot-thanks = Спасибо, ваш голос учтён.
kiosk-error-consent-required = Чтобы указать почту или телефон, отметьте поле о том, что с вами можно связаться.
kiosk-error-invalid-zip = Индекс указан неверно. Введите пять цифр или оставьте поле пустым.
kiosk-error-invalid-email = Адрес почты указан неверно. Проверьте его или оставьте поле пустым.
kiosk-error-invalid-phone = Номер телефона указан неверно. Проверьте его или оставьте поле пустым.
kiosk-error-empty-ballot = Сначала выберите хотя бы одну проблему.
kiosk-error-budget-mismatch = Сумма ваших баллов должна совпадать с указанной. Проверьте числа.
kiosk-error-kiosk-pin-wrong = Неверный PIN-код.
kiosk-error-other = Что-то пошло не так. Обратитесь, пожалуйста, к ведущему.
agenda-kind-closing = Завершение
signin-not-given = Не указано
board-show-more = Показать ещё { $count } (не показано: { $rest })

## Комплекты и пакеты, стол координатора, меры
nav-exchange = Комплекты и пакеты
nav-coordinator = Координатор
nav-actions = Меры
files-choose = Выбрать…
files-hint = Введите или вставьте путь к файлу, выберите его или перетащите файл в это окно.
files-many-hint = По одному пути в строке; выберите несколько файлов сразу или перетащите их в это окно.
progress-of = { $done } из { $total } { $item }
exchange-heading = Комплекты и пакеты
exchange-this-laptop = Этот ноутбук
exchange-fingerprint = Отпечаток этого ноутбука: { $fingerprint }
exchange-follows = Следует за координатором с отпечатком { $fingerprint }.
exchange-no-kit = Комплект ещё не импортирован: импортируйте комплект координатора до мероприятия.
exchange-is-coordinator = Это ноутбук координатора: личные данные участников в пакетах запечатаны для него.
exchange-become-coordinator = Сделать этот ноутбук ноутбуком координатора
exchange-sessions = Встречи
exchange-kit-out = Экспорт комплекта (координатор, до мероприятия)
exchange-kit-out-help = Комплект содержит план встреч (повестку, группы, вопросы, метки) и ваши ключи, с подписью. Запишите его на флешку для каждого ноутбука.
exchange-kit-file = Файл комплекта
exchange-export-kit = Экспортировать комплект
exchange-kit-written = Комплект записан в { $path } (изменений: { $ops }).
exchange-kit-in = Импорт комплекта (каждый ноутбук, до мероприятия)
exchange-kit-in-help = Сравните показанный отпечаток с отпечатком на экране координатора.
exchange-import-kit = Импортировать комплект
exchange-kit-imported = Комплект импортирован: встреч — { $count }, новых изменений — { $ops }.
exchange-compare-fingerprint = Отпечаток координатора: { $fingerprint }. Он должен совпадать с экраном координатора.
exchange-kit-new-coordinator = Да, этот комплект от нашего нового координатора: импортировать
exchange-bundle-out = Экспорт пакета этого ноутбука (в конце встречи)
exchange-bundle-out-help = Один подписанный файл со всем, что записано здесь; имена и контакты запечатаны так, что прочитать их может только координатор.
exchange-bundle-file = Файл пакета
exchange-export-bundle = Экспортировать пакет
exchange-writing = Запись и проверка пакета…
exchange-bundle-safe = Записано и проверено. Флешку можно безопасно извлечь.
exchange-bundle-written = { $path }: изменений — { $ops }; личные данные { $personal }.
exchange-personal-sealed = запечатаны для координатора
exchange-personal-plaintext = включены без шифрования
exchange-personal-left-out = не включены (комплект не импортирован)
coordinator-heading = Стол координатора
coordinator-import = Импорт пакетов
coordinator-import-help = Выберите сразу все пакеты с флешек. Каждый проверяется до чтения и импортируется целиком или не импортируется вовсе.
coordinator-bundle-files = Файлы пакетов
coordinator-import-go = Импортировать пакеты
coordinator-importing = Импорт пакетов
coordinator-import-summary = Импортировано: { $imported }, уже было: { $already }, ждут одобрения: { $quarantined }, отклонено: { $rejected }; новых конфликтов: { $conflicts }.
coordinator-bundles = Полученные пакеты
coordinator-no-bundles = Пакетов пока нет.
coordinator-col-device = Пакет
coordinator-col-facilitator = Ноутбук
coordinator-col-sessions = Встречи
coordinator-col-received = Получен
coordinator-col-counts = Изменения
coordinator-col-signature = Подпись и состояние
coordinator-ops = { $ops } (новых: { $new })
coordinator-status-imported = Подпись верна, объединено
coordinator-status-quarantined = Подпись верна, ждёт одобрения
coordinator-status-alarm = Тревога: другой пакет заявляет те же изменения
coordinator-status-rejected = Отклонён
coordinator-status-already-had = Уже был
coordinator-devices = Ноутбуки
coordinator-no-devices = Других ноутбуков пока нет.
coordinator-waiting = { $count ->
    [one] { $count } пакет ждёт
    [few] { $count } пакета ждут
   *[many] { $count } пакетов ждут
}
coordinator-approve = Одобрить
coordinator-reject = Отклонить
coordinator-approved = Одобрено; ожидавшие пакеты ({ $count }) объединены.
device-state-self = этот ноутбук
device-state-coordinator = координатор
device-state-approved = одобрен
device-state-quarantined = ждёт одобрения
device-state-revoked = отклонён
coordinator-conflicts = Конфликты
coordinator-no-conflicts = Конфликтов нет.
coordinator-conflict-title = «{ $title }»: { $field }
coordinator-conflict-winner = Сохранено при объединении
coordinator-conflict-loser = Отложено
coordinator-conflict-by = { $device }, { $at }
coordinator-keep-this = Оставить это
coordinator-own-value = Или введите правильное значение
coordinator-keep-own = Оставить моё
coordinator-resolved = Решено.
coordinator-board = Объединённая доска проблем
coordinator-precinct = Участок
coordinator-board-count = Проблем: { $count }.
coordinator-col-concern = Проблема
coordinator-col-session = Встреча
coordinator-col-group = Группа
coordinator-col-laptop = Записано на
coordinator-col-dots = Точки
actions-heading = Меры
actions-new = Новая мера
actions-create = Создать меру
actions-created = Мера создана.
actions-list = Меры
actions-empty = Мер пока нет.
action-title = Мера
action-response = Что будет сделано
action-owner = Ответственный
action-due = Срок
action-precinct = Участок
action-basis = Причина изменения
action-concerns = На какие проблемы отвечает
action-concerns-hint = Найдите проблемы на объединённой доске и отметьте их.
basis-community-input = По мнению жителей
basis-result-based = По результатам
action-status-planned = Запланирована
action-status-in-progress = В работе
action-status-done = Выполнена
action-status-dropped = Отменена
action-status-unchanged = Статус без изменений
action-meta = Ответственный: { $owner } · срок { $due } · { $precinct }
action-update-text = Новости по «{ $title }»
action-update-status = Новый статус для «{ $title }»
action-add-update = Добавить обновление
report-heading = Отчёт: от каждой проблемы к тому, что сделано
report-precinct = Участок
report-precinct-hint = Пусто — все участки.
report-empty = Проблем пока нет.
report-raised = Поднята на «{ $session }» ({ $kind }), { $group }; точек: { $dots }.
report-also-raised = Также поднималась ещё раз ({ $count }): { $groups }.
report-action = Мера: { $title } — { $status } (последнее обновление { $updated }).
report-no-action = Мер пока нет (статус: { $status }).

## Отчёты и экспорт
nav-reports = Отчёты и экспорт
reports-heading = Отчёты и экспорт
reports-pdf-heading = PDF-отчёт
reports-pdf-kind = Отчёт
reports-pdf-summary = Итоги встречи
reports-pdf-signin-sheet = Лист регистрации для печати (пустой)
reports-pdf-report-back = Листовка с отчётом
reports-pdf-cpp = Обновление плана общественной полиции
reports-pdf-help-summary = Участники в цифрах (никогда не по именам), повестка по плану и по факту, проблемы с наибольшим числом голосов, проблемы по направлениям и темам, заметки групп и меры.
reports-pdf-help-signin-sheet = Пустой лист с заголовком этой встречи — на случай, если ноутбуки недоступны. Выберите второй язык, чтобы каждый столбец был на двух языках.
reports-pdf-help-report-back = Что поднял этот участок, что сделано и что дальше — для встречи с отчётом. Лучше со вторым языком.
reports-pdf-help-cpp = Полугодовое обновление по всем встречам участка: мнения и приоритеты, как работают текущие меры, новые или изменённые меры и что сообщили жителям.
reports-language = Язык
reports-second-language = Второй язык
reports-second-language-hint = Печатается под первым, для встреч с переводом.
reports-no-second = Нет
reports-paper = Бумага
reports-paper-letter = US Letter
reports-paper-a4 = A4
reports-file = Сохранить как
reports-write-pdf = Создать PDF
reports-written = Записано в { $path } ({ $size } байт).
reports-csv-heading = Таблицы CSV
reports-csv-help = Для электронных таблиц. Любая ячейка, которую таблица могла бы принять за формулу, записывается так, чтобы остаться текстом.
reports-table = Таблица
reports-table-concerns = Проблемы
reports-table-signins = Регистрации
reports-table-votes = Голоса и итоги
reports-table-actions = Меры
reports-bom = Начать с метки порядка байтов (для Excel)
reports-personal = Включить имена, почту и телефоны (только регистрации)
reports-write-csv = Создать CSV
reports-import-heading = Импорт набранных листов
reports-import-help = Бумажный лист регистрации или шаблон повестки, набранный в таблице и сохранённый как CSV. Каждая строка сначала проверяется.
reports-import-table = Что в файле
reports-import-signins = Регистрации с бумажного листа
reports-import-agenda = Шаблон повестки
reports-import-file = Файл CSV
reports-skip-invalid = Импортировать правильные строки, даже если в других есть ошибки
reports-import-go = Импортировать
reports-imported = Импортировано строк: { $count }.
reports-import-skipped = Пропущено строк из-за ошибок: { $count }.
device-state-unknown = ещё не встречался
exchange-personal-none = в этом пакете их нет
ledger-detail-seq-alarm = его ноутбук уже использовал эти порядковые номера для других изменений
ledger-detail-device-revoked = его ноутбук отклонён, поэтому пакет не будет объединён
field-programme-name = название
field-programme-description = описание
field-session-programme-id = программа
field-session-title = название
field-session-kind = вид встречи
field-session-precinct = участок
field-session-place = место
field-session-starts-at = время начала
field-session-room-minutes = бронь зала (минуты)
field-session-languages = языки встречи
field-session-interpreted = языки перевода
field-agenda-title = название
field-agenda-kind = вид пункта
field-agenda-presenter = докладчик
field-agenda-planned-minutes = минут по плану
field-agenda-position = место в повестке
field-agenda-started-at = начат в
field-agenda-finished-at = окончен в
field-group-name = название группы
field-group-topic = тема
field-group-facilitator = ведущий
field-group-note-taker = секретарь
field-group-language = язык
field-question-text = вопрос
field-question-language = язык
field-question-position = место в списке
field-signin-neighbourhood = район
field-signin-zip = почтовый индекс
field-signin-language = предпочитаемый язык
field-signin-interpreter = нужен переводчик
field-signin-accessibility = потребности в доступности
field-signin-role = роль
field-signin-consent-to-contact = согласие на связь
field-signin-group-id = группа обсуждения
field-concern-group-id = группа обсуждения
field-concern-question-id = вопрос для обсуждения
field-concern-text = текст
field-concern-language = язык высказывания
field-concern-interpretation = перевод
field-concern-interpretation-language = язык перевода
field-concern-location = место
field-concern-tags = метки
field-concern-status = статус
field-concern-duplicate-of = повтор
field-action-precinct = участок
field-action-title = мера
field-action-response = запланированный ответ
field-action-owner = ответственный
field-action-due = срок
field-action-status = статус
field-action-basis = основание изменения
field-action-concern-ids = вопросы, на которые отвечает
field-tag-label = название
field-tag-kind = вид метки
field-tag-pillar = направление
duration-years =
    { $count ->
        [one] { $count } год
        [few] { $count } года
       *[many] { $count } лет
    }
duration-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дня
       *[many] { $count } дней
    }
duration-hours =
    { $count ->
        [one] { $count } час
        [few] { $count } часа
       *[many] { $count } часов
    }
duration-minutes =
    { $count ->
        [one] { $count } минуту
        [few] { $count } минуты
       *[many] { $count } минут
    }
clock-ahead = Часы на { $device } спешили примерно на { $duration }; его время помечено как неточное.
clock-behind = Часы на { $device } отставали примерно на { $duration }; его время помечено как неточное.
entity-programme = Программы
entity-session = Встречи
entity-agenda = Пункты повестки
entity-group = Группы обсуждения
entity-question = Вопросы для обсуждения
entity-signin = Регистрации
entity-signin-contact = Имена и контакты
entity-concern = Вопросы жителей
entity-note = Заметки
entity-dot-count = Подсчёты точек
entity-ballot = Бюллетени
entity-action = Меры
entity-action-update = Ход мер
entity-tag = Метки
coordinator-import-held =
    { $count ->
        [one] { $count } изменение ждёт вашей проверки в разделе «Изменения на проверку».
        [few] { $count } изменения ждут вашей проверки в разделе «Изменения на проверку».
        [many] { $count } изменений ждут вашей проверки в разделе «Изменения на проверку».
       *[other] { $count } изменения ждут вашей проверки в разделе «Изменения на проверку».
    }
coordinator-import-refused =
    { $count ->
        [one] Отклонено { $count } изменение: вне того, что было поручено ноутбуку, или не подходит к полю. Оно не учитывается; это видно в строке пакета.
        [few] Отклонено { $count } изменения: вне того, что было поручено ноутбуку, или не подходят к полю. Они не учитываются; это видно в строках пакетов.
        [many] Отклонено { $count } изменений: вне того, что было поручено ноутбуку, или не подходят к полю. Они не учитываются; это видно в строках пакетов.
       *[other] Отклонено { $count } изменения: вне того, что было поручено ноутбуку, или не подходят к полю. Они не учитываются; это видно в строках пакетов.
    }
coordinator-held-refused = на проверке: { $held }, отклонено: { $refused }
coordinator-held = Изменения на проверку
coordinator-held-help = Одобренные ноутбуки изменили чужие записи (другого ноутбука или ваши) или удалили многое сразу. Ничего из этого не учитывается, пока вы не примете.
coordinator-no-held = Нет изменений, ожидающих проверки.
coordinator-held-set = { $device } хочет задать { $field }: «{ $value }»
coordinator-held-delete = { $device } хочет удалить запись
coordinator-accept = Принять
coordinator-refuse = Отклонить
coordinator-change-accepted = Принято; теперь учитывается.
coordinator-change-refused = Отклонено; учитываться не будет.
coordinator-approve-only = Только для некоторых сессий
coordinator-approve-only-hint = Отметьте сессии, которые вёл этот ноутбук. Если ничего не отмечено, он одобрен для всех сессий вашего плана.
coordinator-revoke = Показать, что отменит отзыв
coordinator-revoke-heading = Отзыв { $device }
coordinator-revoke-from = Отменить его изменения
coordinator-revoke-from-all = Все
coordinator-revoke-from-bundle = Начиная с пакета { $bundle } (получен { $at })
coordinator-revoke-preview =
    { $count ->
        [one] Отзыв { $device } начиная с изменения { $seq } отменит { $count } его изменение:
        [few] Отзыв { $device } начиная с изменения { $seq } отменит { $count } его изменения:
        [many] Отзыв { $device } начиная с изменения { $seq } отменит { $count } его изменений:
       *[other] Отзыв { $device } начиная с изменения { $seq } отменит { $count } его изменения:
    }
coordinator-revoke-kind = { $kind }: вернутся — { $restored }, исчезнут — { $removed }, изменятся обратно — { $changed }
coordinator-revoke-go = Отозвать и отменить
coordinator-cancel = Отмена
coordinator-revoked = Отозван. Его пакеты будут отклоняться; его изменения остаются в журнале с пометкой и больше не учитываются.
coordinator-revoked-from = отозван начиная с изменения { $seq }
coordinator-asks = Его пакеты относятся к: { $sessions }
coordinator-not-given = Вносил данные в сессии, которые ему не поручали: { $sessions }. Сделанное там не учитывается, пока вы их не поручите.
coordinator-give = Поручить ему эти сессии
coordinator-given = Поручено: { $sessions }
session-scope-given = поручена
session-scope-own = своя
session-scope-not-given = не поручена
time-approximate = Часы ноутбука шли неверно: время исправлено и приблизительно.
time-about = около { $time }
exchange-kit-own-elsewhere =
    { $count ->
        [one] У координатора есть { $count } изменение с этого ноутбука, которого на нём больше нет (он восстановлен из более старой копии). Оно сохранено там, а новые изменения нумеруются после него.
        [few] У координатора есть { $count } изменения с этого ноутбука, которых на нём больше нет (он восстановлен из более старой копии). Они сохранены там, а новые изменения нумеруются после них.
        [many] У координатора есть { $count } изменений с этого ноутбука, которых на нём больше нет (он восстановлен из более старой копии). Они сохранены там, а новые изменения нумеруются после них.
       *[other] У координатора есть { $count } изменения с этого ноутбука, которых на нём больше нет (он восстановлен из более старой копии). Они сохранены там, а новые изменения нумеруются после них.
    }
coordinator-revoke-summary = Отозвать этот ноутбук…
ledger-detail-resolved = тревога, которую ноутбук снял, получив новую идентичность и отправив свою работу заново
ledger-detail-merge-failed = по-прежнему хранится: не удалось объединить при одобрении ноутбука; устраните причину и одобрите снова
settings-backup = Резервная копия этого ноутбука
settings-backup-intro = Один файл со всем, что записал этот ноутбук, и его ключами, закрытый парольной фразой. Делайте её после каждой встречи и храните отдельно от ноутбука.
settings-backup-file = Файл резервной копии
settings-backup-passphrase = Парольная фраза
settings-backup-passphrase-hint = Не меньше 10 символов. Несколько обычных слов легко запомнить; без них копию не открыть.
settings-backup-passphrase-again = Парольная фраза ещё раз
settings-backup-mismatch = Парольные фразы не совпадают. Введите одну и ту же дважды.
settings-backup-now = Сделать копию
settings-backup-done = Копия записана в { $path }. Храните парольную фразу отдельно от файла.
settings-backup-done-coordinator = Копия записана в { $path } вместе с удостоверением координатора: с файлом и парольной фразой кто-то мог бы одобрять пакеты от вашего имени. Храните их раздельно, в надёжном месте.
settings-restore = Восстановить из резервной копии
settings-restore-intro = Для потерянного или сломанного ноутбука: копия восстанавливается в новый файл базы данных, и приложение его открывает. Ноутбук продолжает работу под новым удостоверением, связанным со старым, поэтому координатор по-прежнему ему доверяет.
settings-restore-file = Файл копии для восстановления
settings-restore-database = Новый файл базы данных
settings-restore-now = Восстановить и открыть
settings-restored = Восстановлено в { $path } и открыто. Теперь этот ноутбук подписывает как { $new }, связанный с { $old }.
settings-missing-device-key = Рядом с этой базой данных нет ключа устройства ({ $path }), поэтому она не может подписывать пакеты. Восстановите её из копии ниже или верните файл ключа.
settings-missing-coordinator-identity = Рядом с этой базой координатора нет файла удостоверения ({ $path }), поэтому запечатанные имена в пакетах не открыть. Восстановите её из копии ниже или верните файл удостоверения.
capture-redact = Удалить: названо имя
capture-redact-explain = Стирает слова на этом ноутбуке, а у координатора и на других ноутбуках — когда удаление до них дойдёт. В уже записанных пакетах они останутся.
capture-redact-confirm = Удалить
capture-redact-cancel = Оставить
signin-redact = Удалить: их данные
capture-redacted = Удалено. Его слова стёрты и из журнала этого ноутбука.
capture-redacted-bundles-before =
    { $count ->
        [one] Удалено. Его слова стёрты и из журнала этого ноутбука, но { $count } пакет, записанный раньше, всё ещё содержит их: удалите этот файл.
        [few] Удалено. Его слова стёрты и из журнала этого ноутбука, но { $count } пакета, записанные раньше, всё ещё содержат их: удалите эти файлы.
       *[many] Удалено. Его слова стёрты и из журнала этого ноутбука, но { $count } пакетов, записанных раньше, всё ещё содержат их: удалите эти файлы.
    }
coordinator-held-redact = { $device } удалил бы это как личную информацию: если принять, слова будут стёрты здесь и на каждом ноутбуке навсегда
language-review-proposed = перевод ещё не проверен носителем языка
language-review-reviewed = проверено носителем языка
language-review-source = исходный язык Convene
settings-language-review = Переводы с пометкой «{ language-review-proposed }» сделаны тщательно, но ещё не проверены носителем языка; в README сказано, как общественная организация может их проверить.
