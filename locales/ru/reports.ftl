## Заголовки столбцов для экспорта и импорта CSV. Ключи — неизменные имена столбцов.

csv-col-id = ID
csv-col-session = Встреча
csv-col-group = Группа
csv-col-status = Статус
csv-col-text = Текст
csv-col-language = Язык
csv-col-interpretation = Перевод
csv-col-interpretation_language = Язык перевода
csv-col-tags = Метки
csv-col-location = Место
csv-col-duplicate_of = Дубликат
csv-col-dots = Точки
csv-col-created_at = Записано
csv-col-time_in = Время прихода
csv-col-role = В качестве
csv-col-interpreter = Нужен переводчик
csv-col-neighbourhood = Район
csv-col-zip = Индекс
csv-col-accessibility = Потребности в доступности
csv-col-consent = Согласие на связь
csv-col-name = Имя
csv-col-email = Эл. почта
csv-col-phone = Телефон
csv-col-concern = Проблема
csv-col-borda = Баллы Борда
csv-col-first_choices = Первые места
csv-col-runoff = Мгновенный второй тур
csv-col-budget = Баллы бюджета
csv-col-title = Название
csv-col-basis = Основание
csv-col-owner = Ответственный
csv-col-due = Срок
csv-col-response = Планируемые меры
csv-col-concerns = Проблемы
csv-col-updates = Обновления
csv-col-latest_update = Последнее обновление
csv-col-minutes = Минуты
csv-col-presenter = Докладчик
csv-col-kind = Тип
csv-runoff-winner = победитель
csv-runoff-out = выбыл в туре { $round }
csv-problem-unknown-column = «{ $heading }» — неизвестный для этого импорта столбец. Используйте: { $allowed }.
csv-problem-missing-column = Нет обязательного столбца «{ $column }».
csv-problem-not-yes-no = «{ $value }» — не ответ «да» или «нет». Напишите «{ $yes }» или «{ $no }».
csv-problem-not-a-number = «{ $value }» — не целое число.
csv-problem-unknown-group = На этой встрече нет группы «{ $value }».
csv-problem-unreadable = Эту строку не удалось прочитать как CSV: { $detail }

## PDF-отчёты. Общие с приложением сообщения (типы встреч, роли, статусы) берутся из ui.ftl.

pdf-kind-summary = Итоги встречи
pdf-kind-signin-sheet = Лист регистрации
pdf-kind-report-back = Что вы нам сказали и что было сделано
pdf-kind-cpp = Обновление плана общественной полиции
pdf-page = Страница { $page } из { $pages }
pdf-prepared = Подготовлено { $date } в Convene
pdf-precinct = Участок { $precinct }
pdf-all-precincts = Все участки
pdf-not-given = Не указано
pdf-none-yet = Пока нет.
language-name = { $code ->
    [en] английский
    [es] испанский
    [zh-Hant] китайский (традиционный)
    [zh] китайский
    [yue] кантонский
    [vi] вьетнамский
    [ru] русский
    [so] сомали
    [ko] корейский
    [am] амхарский
    [ar] арабский
    [ti] тигринья
    [tl] тагальский
    [uk] украинский
    [unknown] не указан
   *[other] { $code }
  }

## Итоги встречи
pdf-attendance = Участники
pdf-attendance-total = { $count ->
    [one] Зарегистрировался { $count } человек.
    [few] Зарегистрировались { $count } человека.
   *[many] Зарегистрировались { $count } человек.
  }
pdf-attendance-interpreter = { $count ->
    [0] Никто не просил переводчика.
    [one] Переводчика попросил { $count } человек.
    [few] Переводчика попросили { $count } человека.
   *[many] Переводчика попросили { $count } человек.
  }
pdf-attendance-anonymous = { $count ->
    [0] Все указали хотя бы район или индекс.
    [one] { $count } человек зарегистрировался анонимно.
    [few] { $count } человека зарегистрировались анонимно.
   *[many] { $count } человек зарегистрировались анонимно.
  }
pdf-attendance-privacy = В этом отчёте люди только считаются; имена не приводятся никогда.
pdf-by-language = По языку
pdf-by-role = По роли
pdf-by-neighbourhood = По району или индексу
pdf-col-people = Человек
pdf-agenda = Повестка: план и факт
pdf-col-item = Пункт
pdf-col-presenter = Докладчик
pdf-col-planned = План (мин)
pdf-col-actual = Факт (мин)
pdf-col-difference = Разница
pdf-agenda-total = Итого
pdf-agenda-not-run = не проводился
pdf-top-concerns = Проблемы, набравшие больше всего голосов
pdf-no-votes = На этой встрече голосов не записано.
pdf-by-tag = Проблемы по направлениям и темам
pdf-col-pillar = Направление
pdf-col-topic = Тема
pdf-col-concerns = Проблем
pdf-untagged = Без метки
pdf-notes = Заметки по группам
pdf-whole-room = Весь зал
pdf-actions = Меры
pdf-col-action = Мера
pdf-col-owner = Ответственный
pdf-col-due = Срок
pdf-col-status = Статус
pdf-col-basis = Основание
pdf-all-concerns = Все поднятые проблемы
pdf-col-concern = Проблема
pdf-col-group = Группа
pdf-col-dots = Точки
pdf-interpreted = Перевод ({ $language })

## Лист регистрации
pdf-signin-intro = Добро пожаловать. Пожалуйста, пишите разборчиво. Имя и контакты указывать не обязательно; мы используем их только для того, чтобы сообщить вам итоги встречи, и только если вы отметите последнюю клетку.
pdf-signin-name = Имя (необязательно)
pdf-signin-neighbourhood = Район или индекс
pdf-signin-language = Предпочитаемый язык
pdf-signin-interpreter = Переводчик?
pdf-signin-role = Житель, бизнес, организация, сотрудник города или полиция
pdf-signin-contact = Эл. почта или телефон (необязательно)
pdf-signin-consent = Можно с вами связаться?

## Листовка с отчётом
pdf-handout-intro = { $sessions ->
    [one] На { $sessions } встрече
    [few] На { $sessions } встречах
   *[many] На { $sessions } встречах
  } { $people ->
    [one] { $people } человек рассказал
    [few] { $people } человека рассказали
   *[many] { $people } человек рассказали
  } нам о { $concerns ->
    [one] { $concerns } проблеме
    [few] { $concerns } проблемах
   *[many] { $concerns } проблемах
  }. Вот что мы услышали, что сделали и что будет дальше.
pdf-handout-raised = Что вы подняли
pdf-handout-done = Что сделано
pdf-handout-next = Что дальше
pdf-raised-count = { $count ->
    [one] Поднята { $count } раз
    [few] Поднята { $count } раза
   *[many] Поднята { $count } раз
  }, { $dots ->
    [one] { $dots } голос
    [few] { $dots } голоса
   *[many] { $dots } голосов
  }
pdf-handout-nothing-done = Пока ничего не завершено; меры, которые выполняются, перечислены ниже.
pdf-handout-nothing-next = Других мер пока не запланировано.
pdf-action-lead = Ответственный: { $owner }
pdf-action-latest = Последнее ({ $date }): { $text }

## Обновление плана общественной полиции
pdf-cpp-period = Встреч: { $sessions }, с { $from } по { $to }
pdf-cpp-feedback = Мнения и приоритеты жителей
pdf-cpp-feedback-intro = Из опросов, общих встреч и малых групп: регистраций — { $people }, проблем — { $concerns }; сначала самые поддержанные.
pdf-cpp-effectiveness = Насколько эффективны текущие меры
pdf-cpp-effectiveness-counts = Выполнено: { $done }, в работе: { $progress }, запланировано: { $planned }, отменено: { $dropped }.
pdf-cpp-responses = Новые или изменённые меры
pdf-cpp-shared = Что сообщили жителям
pdf-cpp-no-sharing = На этом участке ещё не было встречи с отчётом о результатах.
pdf-col-session = Встреча
pdf-col-date = Дата

# Как в этом языке пишется дата, в нотации strftime.
date-format = %-d %B %Y г.
pdf-interpretation = Перевод
csv-problem-duplicate-column = Столбец «{ $heading }» встречается дважды; какой из них имеется в виду, понять нельзя. Удалите или переименуйте один из них.
pdf-text-cut = (текст сокращён: полностью он есть в выгрузке CSV)
csv-yes-words = да, д
csv-no-words = нет, н
