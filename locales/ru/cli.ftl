## Командная строка: `convene --help`, заголовки таблиц и сообщения команд.

### Справка

cli-about = Проводите встречи полиции с жителями без интернета: повестка, регистрация, проблемы, голосование и меры.
cli-heading-usage = Использование:
cli-heading-commands = Команды
cli-heading-arguments = Аргументы
cli-heading-options = Параметры
cli-value-command = КОМАНДА
cli-help-flag = Показать справку
cli-version-flag = Показать версию
cli-arg-db = Файл базы данных. По умолчанию тот же, что у настольного приложения
cli-arg-json = Выводить ровно один объект JSON вместо текста
cli-arg-locale = Язык сообщений (en, es, zh-Hant, vi, ru, so, ko, am, ar)

cli-cmd-init = Настроить этот ноутбук: базу данных и удостоверение устройства
cli-arg-init-device-name = Имя ноутбука, которое увидит координатор (например, "Ноутбук стола 3")

cli-cmd-demo = Создать правдоподобную учебную встречу и вывести идентификатор сессии
cli-arg-demo-seed = Начальное число для случайного выбора; одно и то же число даёт ту же встречу
cli-arg-demo-concerns = Добавить ещё столько синтетических проблем, чтобы опробовать доску в масштабе города

cli-cmd-programme = Программы, объединяющие сессии разных участков
cli-cmd-programme-create = Создать программу, например "Безопасные районы 2027"
cli-cmd-programme-list = Список программ с их участками

cli-cmd-session = Встречи участка, малые группы, отчётные встречи и семинары
cli-cmd-session-create = Создать сессию
cli-arg-session-create-starts = Дата и время начала, RFC 3339 (2027-03-14T18:30:00-07:00), или только дата
cli-arg-session-create-room-minutes = На сколько минут забронирован зал
cli-arg-session-create-languages = Языки общения через запятую (en,es)
cli-arg-session-create-interpreted = Языки с переводом через запятую
cli-arg-session-create-programme = Идентификатор программы (начало)
cli-cmd-session-list = Список сессий
cli-cmd-session-show = Показать сессию и её содержимое
cli-cmd-session-edit = Изменить данные сессии
cli-cmd-session-duplicate = Новая сессия с повесткой, группами и вопросами прежней

cli-cmd-agenda = Повестка и ход встречи
cli-cmd-agenda-add = Добавить пункт в конец повестки сессии
cli-cmd-agenda-list = Повестка по порядку: план и факт
cli-cmd-agenda-move = Переместить пункт на место в повестке (1 — первое)
cli-cmd-agenda-start = Начать пункт сейчас (завершив текущий)
cli-cmd-agenda-finish = Завершить пункт сейчас
cli-cmd-agenda-next = Ход встречи: завершить текущий пункт и начать следующий
cli-cmd-agenda-edit = Изменить пункт
cli-cmd-agenda-remove = Убрать пункт из повестки

cli-cmd-group = Рабочие группы
cli-cmd-group-add = Добавить рабочую группу
cli-arg-group-add-language = Язык, на котором работает группа
cli-cmd-group-list = Список групп сессии

cli-cmd-question = Вопросы для обсуждения
cli-cmd-question-add = Добавить вопрос для обсуждения
cli-cmd-question-list = Вопросы сессии по порядку

cli-cmd-signin = Лист регистрации
cli-cmd-signin-add = Зарегистрировать участника. Все поля необязательны: анонимная регистрация тоже учитывается
cli-arg-signin-add-zip = Почтовый индекс США (98122 или 98122-1234)
cli-arg-signin-add-language = Предпочитаемый язык (es, zh-Hant, vi, ...)
cli-arg-signin-add-interpreter = Нужен переводчик
cli-arg-signin-add-role = resident, business, organisation, city-staff или police
cli-arg-signin-add-consent = Согласие на связь (нужно для --email или --phone)
cli-arg-signin-add-group = Рабочая группа, по названию или идентификатору
cli-arg-signin-add-time-in = Когда пришёл, если не сейчас (при переносе бумажного листа)
cli-cmd-signin-list = Лист регистрации без имён и контактов
cli-cmd-signin-counts = Текущие итоги по языку, роли, району и группе
cli-cmd-signin-assign = Включить участника в рабочую группу
cli-arg-signin-assign-group = Группа по названию или идентификатору; без неё — убрать из группы
cli-cmd-signin-suggest-group = Предложить участнику группу по его языку

cli-cmd-concern = Доска проблем
cli-cmd-concern-add = Записать проблему. `#метки` в тексте становятся метками
cli-arg-concern-add-group = Рабочая группа, по названию или идентификатору
cli-arg-concern-add-language = Язык, на котором высказана проблема
cli-arg-concern-add-interpretation = Её перевод на рабочий язык
cli-arg-concern-add-location = Где: улица, перекрёсток, парк
cli-cmd-concern-list = Доска проблем
cli-arg-concern-list-search = Слова для поиска в тексте, переводе или месте
cli-arg-concern-list-all = Включая проблемы, объединённые с другими
cli-cmd-concern-show = Одна проблема целиком
cli-cmd-concern-edit = Изменить текст, перевод, язык, место или группу проблемы
cli-cmd-concern-tag = Добавить или убрать метки
cli-cmd-concern-status = Задать статус: new, under-review, action-planned, in-progress, done, not-pursued
cli-cmd-concern-merge = Отметить проблему как дубликат другой; её голоса идут другой
cli-cmd-concern-unmerge = Отменить объединение
cli-cmd-concern-delete = Удалить ошибочно записанную проблему
cli-cmd-concern-duplicates = Вероятные дубликаты по общим словам в тексте и переводе
cli-arg-concern-duplicates-threshold = Доля общих слов, от 0 до 1

cli-cmd-note = Записи по группам и вопросам
cli-cmd-note-add = Добавить запись для группы и вопроса
cli-cmd-note-list = Записи, при желании одной группы

cli-cmd-vote = Точки, подсчитанные на флипчарте
cli-cmd-vote-dots = Внести число точек на карточке проблемы

cli-cmd-ballot = Бюллетени участников: точки, рейтинг или бюджет
cli-cmd-ballot-cast = Подать бюллетень участника. Каждый жетон подаёт по одному бюллетеню каждого вида
cli-arg-ballot-cast-token = Жетон участника (с карточки или из киоска)
cli-arg-ballot-cast-choices = Проблема: для рейтинга — по порядку, лучшая первой; для точек — по разу на точку
cli-arg-ballot-cast-allocations = Для бюджетных бюллетеней: ПРОБЛЕМА=БАЛЛЫ, повторяется
cli-arg-ballot-cast-budget = Сумма баллов бюджетного бюллетеня
cli-cmd-ballot-list = Бюллетени, поданные в сессии

cli-cmd-tally = Подсчитать все голоса сессии
cli-arg-tally-top = Сколько проблем показывать в каждом подсчёте

cli-cmd-action = Последующие меры и их датированные обновления
cli-cmd-action-add = Запланировать меру в ответ на проблемы
cli-arg-action-add-response = Планируемый ответ
cli-arg-action-add-due = Срок, ГГГГ-ММ-ДД
cli-arg-action-add-concerns = Проблема, на которую отвечает мера (повторите для нескольких)
cli-arg-action-add-basis = result-based или community-input
cli-cmd-action-update = Записать датированное обновление, при желании сменив статус или основание
cli-arg-action-update-date = ГГГГ-ММ-ДД; сегодня, если не указано
cli-cmd-action-edit = Изменить ответственного, срок или планируемый ответ
cli-cmd-action-list = Меры сессии, участка или все
cli-cmd-action-show = Одна мера с её обновлениями

cli-cmd-tag = Словарь меток
cli-cmd-tag-list = Словарь: направления и их темы
cli-cmd-tag-add = Добавить тему (или, с --kind pillar, направление)
cli-arg-tag-add-pillar = Направление, к которому относится тема
cli-cmd-tag-rename = Изменить название метки
cli-cmd-tag-remove = Убрать метку из словаря (у проблем она остаётся)

cli-cmd-doctor = Проверить базу данных; --rebuild доказывает, что состояние выводится только из журнала операций
cli-arg-doctor-rebuild = Пересобрать все таблицы из журнала операций и проверить, что результат совпадает

cli-cmd-key = Ключ подписи и отпечаток этого устройства
cli-cmd-key-show = Идентификатор, открытый ключ и отпечаток этого устройства (и получатель координатора, если есть)

cli-cmd-coordinator = Удостоверение координатора для персональных данных участников
cli-cmd-coordinator-init = Сделать эту базу базой координатора: добавить удостоверение age для персональных данных
cli-cmd-coordinator-restore = Установить удостоверение координатора из файла (резервная копия или второй компьютер координатора)

cli-cmd-kit = Комплекты: планы сессий от координатора на ноутбуки
cli-cmd-kit-export = Записать подписанный комплект с планами сессий и ключами этого координатора
cli-cmd-kit-import = Загрузить комплект координатора на этот ноутбук
cli-arg-kit-import-new-coordinator = Принять комплект от другого координатора, не того, за которым следует ноутбук

cli-cmd-bundle = Пакеты: работа каждого ноутбука, подписанная, обратно координатору
cli-cmd-bundle-export = Записать работу этого ноутбука по сессиям в подписанный пакет
cli-arg-bundle-export-include-personal-data = Без комплекта включить имена и контакты без шифрования (иначе они не включаются)
cli-cmd-bundle-verify = Проверить пакет, не импортируя его
cli-cmd-bundle-import = Импортировать пакеты; каждый — целиком или никак
cli-cmd-bundle-list = Журнал: все пакеты, поступавшие в эту базу

cli-cmd-trust = Пакеты каких устройств объединяются, ждут или отклоняются
cli-cmd-trust-list = Устройства с отпечатками и состоянием
cli-cmd-trust-approve = Одобрить устройство после сверки отпечатка; объединить его пакеты из карантина
cli-cmd-trust-revoke = Отозвать устройство: его изменения перестают учитываться, а сделанное ими отменяется (всё, или начиная с пакета или порядкового номера)
cli-cmd-trust-add = Доверять ноутбуку до прихода его пакетов, по идентификатору и ключу, которые выводит его `key show`

cli-cmd-conflicts = Одновременные правки одного поля, сохранённые для решения координатором
cli-cmd-conflicts-list = Открытые конфликты: одновременные правки одного поля
cli-cmd-conflicts-resolve = Разрешить конфликт
cli-arg-conflicts-resolve-keep = winner или loser
cli-arg-conflicts-resolve-text = Вместо этого новое значение

cli-cmd-board = Объединённая доска проблем всех сессий с источником каждой проблемы
cli-arg-board-precinct = Только сессии этого участка

cli-cmd-bench = Измерить запись, экспорт, импорт, подсчёт и пересборку в масштабе, в сравнении с эталонами
cli-arg-bench-quick = Малые данные в масштабах 1 и 2: проверяет, что замер работает, а не скорость
cli-arg-bench-scales = Масштабы (1 = одна встреча; 20 = город: 5 участков × 4 этапа)
cli-arg-bench-dir = Куда класть базы и пакеты (на измеряемый диск)

cli-cmd-report = Отчёты PDF: сводка, лист регистрации, памятка отчётной встречи, обновление CPP
cli-cmd-report-pdf = Отчёт PDF по сессии (памятка и обновление CPP охватывают её участок)
cli-arg-report-pdf-locale = Язык отчёта
cli-arg-report-pdf-second-locale = Второй язык для заголовков и подписей, под первым
cli-arg-report-pdf-paper = letter или a4

cli-cmd-export = Экспортировать данные сессии (CSV)
cli-cmd-export-csv = Таблица сессии в CSV, безопасная для открытия в электронной таблице
cli-arg-export-csv-bom = Начать с метки порядка байтов, для Excel
cli-arg-export-csv-with-personal-data = Включить имена, адреса почты и телефоны участников (только регистрация)

cli-cmd-import = Импортировать перепечатанные листы (CSV)
cli-cmd-import-csv = Перепечатанный бумажный лист регистрации или шаблон повестки
cli-arg-import-csv-skip-invalid = Импортировать правильные строки, даже если есть неправильные

### Заголовки таблиц

cli-col-id = ИД
cli-col-status = СТАТУС
cli-col-due = СРОК
cli-col-owner = ОТВЕТСТВЕННЫЙ
cli-col-basis = ОСНОВАНИЕ
cli-col-concerns = ПРОБЛЕМЫ
cli-col-title = НАЗВАНИЕ
cli-col-place = №
cli-col-kind = ВИД
cli-col-planned = ПЛАН
cli-col-actual = ФАКТ
cli-col-presenter = ДОКЛАДЧИК
cli-col-token = ЖЕТОН
cli-col-cast = ПОДАН
cli-col-dots = ТОЧКИ
cli-col-session = СЕССИЯ
cli-col-group = ГРУППА
cli-col-from-device = С УСТРОЙСТВА
cli-col-text = ТЕКСТ
cli-col-tags = МЕТКИ
cli-col-similarity = СХОДСТВО
cli-col-concern = ПРОБЛЕМА
cli-col-likely-duplicate-of = ВЕРОЯТНЫЙ ДУБЛИКАТ
cli-col-line = СТРОКА
cli-col-column = СТОЛБЕЦ
cli-col-problem = ОШИБКА
cli-col-device = УСТРОЙСТВО
cli-col-state = СОСТОЯНИЕ
cli-col-ops = ОПЕРАЦИИ
cli-col-new = НОВЫЕ
cli-col-seq = НОМЕРА
cli-col-received = ПОЛУЧЕН
cli-col-file = ФАЙЛ
cli-col-fingerprint = ОТПЕЧАТОК
cli-col-name = ИМЯ
cli-col-waiting = В ОЖИДАНИИ
cli-col-record = ЗАПИСЬ
cli-col-field = ПОЛЕ
cli-col-kept = ОСТАВЛЕНО (ПОБЕДИТЕЛЬ)
cli-col-also-written = ТАКЖЕ ЗАПИСАНО (ПРОИГРАВШИЙ)
cli-col-language = ЯЗЫК
cli-col-facilitator = ВЕДУЩИЙ
cli-col-note-taker = СЕКРЕТАРЬ
cli-col-topic = ТЕМА
cli-col-question = ВОПРОС
cli-col-note = ЗАПИСЬ
cli-col-sessions = СЕССИИ
cli-col-precincts = УЧАСТКИ
cli-col-starts = НАЧАЛО
cli-col-precinct = УЧАСТОК
cli-col-time-in = ПРИШЁЛ
cli-col-role = РОЛЬ
cli-col-interpreter = ПЕРЕВОДЧИК
cli-col-neighbourhood = РАЙОН/ИНДЕКС
cli-col-slug = КОД
cli-col-pillar = НАПРАВЛЕНИЕ
cli-col-label = НАЗВАНИЕ
cli-col-scale = МАСШТАБ
cli-col-step = ШАГ
cli-col-median-ms = МЕДИАНА мс
cli-col-p99-ms = P99 мс
cli-col-per-op = мкс/оп
cli-col-peak-mb = ПИК МБ
cli-col-out-kib = ВЫВОД КиБ
cli-col-baseline = ЭТАЛОН
cli-col-ratio = ОТНОШЕНИЕ
cli-col-target = ЦЕЛЬ

### Подписи полной записи

cli-field-label = { $label }:
cli-field-id = ид
cli-field-status = статус
cli-field-basis = основание
cli-field-owner = ответственный
cli-field-due = срок
cli-field-response = ответ
cli-field-concerns = проблемы
cli-field-kind = вид
cli-field-precinct = участок
cli-field-place = место
cli-field-starts = начало
cli-field-languages = языки
cli-field-interpreted = с переводом
cli-field-agenda = повестка
cli-field-groups = группы
cli-field-questions = вопросы
cli-field-signins = регистрации
cli-field-notes = записи
cli-field-ballots = бюллетени
cli-field-actions = меры
cli-field-language = язык
cli-field-interpretation = перевод
cli-field-tags = метки
cli-field-location = место
cli-field-duplicate-of = дубликат
cli-field-captured = записана
cli-field-database = База данных
cli-field-schema-version = Версия схемы
cli-field-integrity = Целостность
cli-field-foreign-keys = Внешние ключи
cli-field-ops = Операции
cli-field-state-hash = Хеш состояния
cli-field-fingerprint = Отпечаток
cli-field-signing-key = Ключ подписи
cli-field-device = Устройство
cli-field-public-key = Открытый ключ
cli-field-coordinator-recipient = Получатель координатора (age)
cli-field-follows = Следует за
cli-field-sealed-to = Персональные данные зашифрованы для
cli-field-next = Дальше
cli-field-state = Состояние
cli-field-sessions = Сессии

### Сообщения

cli-yes = да
cli-updated = Обновлено
cli-removed = Убрано
cli-minutes = { $minutes } мин
cli-wrote = Записан файл { $path } ({ $bytes } Б).

cli-action-updates = Обновления:

cli-agenda-running = идёт
cli-agenda-total = Всего по плану: { $planned } мин
cli-agenda-total-booked = Всего по плану: { $planned } мин из { $booked } забронированных
cli-agenda-total-over = Всего по плану: { $planned } мин из { $booked } забронированных — больше, чем забронирован зал
cli-agenda-moved = Перемещено на место { $place }
cli-agenda-started = Начат пункт «{ $title }»
cli-agenda-finished = Завершено
cli-agenda-now = Сейчас: { $title }
cli-agenda-done = Повестка пройдена.

cli-tally-signed-in = Зарегистрировано: { $count }
cli-tally-dots = Голосование точками ({ $ballots ->
    [one] { $ballots } бюллетень
    [few] { $ballots } бюллетеня
   *[many] { $ballots } бюллетеней
  } и подсчитанные точки):
cli-tally-none-yet = пока нет
cli-tally-dots-score = { $score ->
    [one] { $score } точка
    [few] { $score } точки
   *[many] { $score } точек
  }
cli-tally-points-score = { $score } б.
cli-tally-ranked = Рейтинговые бюллетени: { $ballots }
cli-tally-borda = Подсчёт по Борда:
cli-tally-irv = Мгновенный второй тур:
cli-tally-round = тур { $round }: { $counts }
cli-tally-exhausted = исчерпано { $count }
cli-tally-out = выбывает: { $concern }
cli-tally-out-several = выбывают: { $count } без первых мест
cli-tally-winner = победитель: { $concern }
cli-tally-budget = Распределение бюджета ({ $ballots ->
    [one] { $ballots } бюллетень
    [few] { $ballots } бюллетеня
   *[many] { $ballots } бюллетеней
  }):
cli-tally-repeated = { $count ->
    [one] { $count } бюллетень не учтён: по его жетону уже голосовали.
    [few] { $count } бюллетеня не учтены: по их жетону уже голосовали.
   *[many] { $count } бюллетеней не учтено: по их жетону уже голосовали.
  }

cli-bench-met = выполнено ({ $target })
cli-bench-missed = НЕ ВЫПОЛНЕНО ({ $target })
cli-bench-sane = Результаты правдоподобны.
cli-bench-problems = ПРОБЛЕМЫ:

cli-board-revoked = { $device } (ОТОЗВАНО)

cli-concern-duplicate = дубликат
cli-concern-captured = { $at } на устройстве { $device }
cli-concern-tags = Метки: { $tags }
cli-concern-status = Статус: { $status }
cli-concern-merged = Объединено с { $into }
cli-concern-unmerged = Объединение отменено
cli-concern-deleted = Удалено

cli-import-summary = { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
   *[many] { $rows } строк
  }: импортировано { $imported }, с ошибками { $problems }.

cli-doctor-title = Проверка базы данных Convene
cli-doctor-ok = в порядке
cli-doctor-problems = { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
  }
cli-doctor-ops = { $ops } с { $devices ->
    [one] { $devices } устройства
    [few] { $devices } устройств
   *[many] { $devices } устройств
  }
cli-doctor-rows = Строки:
cli-doctor-rebuilt = Пересобрано из { $ops } операций: хеш состояния { $hash } — совпадает с прежним.

cli-init-ready = Устройство { $device } готово.
cli-init-ready-named = Устройство { $device } готово под именем «{ $name }».

cli-key-title = Ключ подписи этого ноутбука
cli-key-follows = координатор { $coordinator } — отпечаток { $fingerprint }
cli-coordinator-ready = Удостоверение координатора готово.
cli-coordinator-next = convene kit export СЕССИЯ --out kit.convene
cli-kit-written = Комплект записан в { $path } ({ $ops } операций, { $bytes } Б).
    Ноутбуки увидят отпечаток координатора { $fingerprint }.
cli-kit-imported = Комплект от координатора { $coordinator }.
    Сверьте этот отпечаток с координатором до встречи: { $fingerprint }
    Сессии: { $sessions }
    Отныне пакеты этого ноутбука шифруют персональные данные участников для этого координатора.

cli-bundle-personal-left-out = имена и контакты из регистраций ({ $count }) не включены: у этого ноутбука нет ключа координатора, чтобы их зашифровать. Сначала импортируйте комплект координатора или добавьте --include-personal-data, чтобы включить их без шифрования.
cli-bundle-written = Пакет записан и проверен: { $path } ({ $ops } операций, { $bytes } Б; персональные данные: { $personal }).
    Флешку можно извлечь.
cli-bundle-verified = { $file }: подпись и хеши в порядке.
cli-bundle-import-summary = Импортировано { $imported }, уже было { $already_had }, в карантине { $quarantined }, отклонено { $rejected }, новых конфликтов { $conflicts }.
cli-bundle-alarm = ТРЕВОГА: пакеты ({ $count }) повторно используют порядковые номера устройства; см. `convene bundle list`.
cli-bundle-compare-quarantined = Сверьте отпечатки устройств в карантине с их ведущими, затем выполните `convene trust approve DEVICE`.
cli-progress-imported = { $file }: импортировано новых операций: { $ops }, от { $device }
cli-progress-already-had = { $file }: уже импортирован, делать нечего
cli-progress-quarantined = { $file }: В КАРАНТИНЕ — неизвестное устройство { $device }; сверьте отпечаток, затем `convene trust approve`
cli-progress-rejected = { $file }: ОТКЛОНЁН — { $problem }

cli-trust-approved = Одобрено: { $device } [{ $fingerprint }].
cli-trust-added = Доверенное: { $device } [{ $fingerprint }].
cli-trust-revoked = Устройство { $device } [{ $fingerprint }] отозвано начиная с изменения { $seq }: его пакеты будут отклоняться, а сделанное им с этого места больше не учитывается (изменения остаются в журнале с пометкой).
cli-conflicts-none = Открытых конфликтов нет.
cli-conflict-resolved = Конфликт { $id } в поле { $field } «{ $title }» разрешён.

cli-session-agenda = пунктов: { $items }, по плану { $planned } мин
cli-session-agenda-booked = пунктов: { $items }, по плану { $planned } мин из { $booked } забронированных
cli-session-updated = Сессия { $id } обновлена

cli-signin-maybe-duplicate = примечание: возможно, этот человек уже зарегистрирован ({ $count }); запись всё равно сделана.
cli-signin-counts = Зарегистрировано: { $total } (анонимно: { $anonymous }, нужен переводчик: { $interpreter })
cli-signin-by-language = По языку:
cli-signin-by-role = По роли:
cli-signin-by-neighbourhood = По району:
cli-signin-by-group = По группе:
cli-signin-unassigned = без группы
cli-signin-assigned = Назначено
cli-signin-no-groups = В этой сессии пока нет рабочих групп.

cli-tag-renamed = Переименовано
cli-cmd-key-renew = Получить новую личность устройства (после восстановления из копии или на клонированном ноутбуке), связанную со старой её ключом
cli-arg-key-renew-reissue-from-seq = Выпустить заново под новой личностью собственные изменения начиная с этого порядкового номера (того, что назван в тревоге)
cli-cmd-review = Изменения, которые другие ноутбуки внесли в чужие записи, ждут координатора
cli-cmd-review-list = Изменения, ждущие проверки
cli-cmd-review-accept = Принять задержанное изменение: с этого момента оно учитывается
cli-cmd-review-refuse = Отклонить задержанное изменение: оно не учитывается никогда
cli-arg-review-accept-change = Идентификатор изменения, как его показывает `review list` (или его начало)
cli-arg-review-refuse-change = Идентификатор изменения, как его показывает `review list` (или его начало)
cli-arg-trust-approve-sessions = Только эти встречи (идентификаторы через запятую); без этого — все встречи плана координатора
cli-arg-trust-add-sessions = Только эти встречи (идентификаторы через запятую); без этого — все встречи плана координатора
cli-arg-trust-revoke-from-bundle = Отменить только начиная с этого пакета (его хеш, как показывает `bundle list`)
cli-arg-trust-revoke-from-seq = Отменить только начиная с этого порядкового номера
cli-arg-trust-revoke-dry-run = Показать, что будет отменено, ничего не меняя
cli-arg-doctor-repair = Заново оценить каждое изменение нынешними проверками и перестроить все таблицы, сохранив результат
cli-key-renewed = Теперь этот ноутбук — { $device } [{ $fingerprint }], преемник { $old }. Изменений выпущено заново под новой личностью: { $reissued }. Экспортируйте пакет: координатор увидит, что личности связаны.
cli-revoke-preview = Отзыв { $device } начиная с изменения { $seq } отменяет его изменения: { $ops }.
cli-revoke-kind = { $kind }: вернётся { $restored }, исчезнет { $removed }, изменится { $changed }
cli-review-set = задать { $field }: «{ $value }»
cli-review-delete = удалить
cli-review-none = Нет изменений, ждущих проверки.
cli-review-accepted = Принято: { $change } в «{ $title }».
cli-review-refused = Отклонено: { $change } в «{ $title }»; это изменение не будет учитываться.
cli-col-change = ИЗМЕНЕНИЕ
cli-bundle-held = Изменений ждут проверки (в записях других ноутбуков или координатора): { $count }. См. `convene review list`.
cli-bundle-refused = Отклонённых изменений (вне порученного ноутбуку, не разрешённых ему или не подходящих своему полю), которые не учитываются: { $count }. `convene bundle list` показывает, в каких пакетах.
cli-bundle-list-held-refused = задержано { $held }, отклонено { $refused }
cli-doctor-verdicts = ждут проверки { $held }, отклонено { $refused }, отозвано { $revoked }
cli-field-not-counting = Не учитываются
cli-doctor-repaired = Заново оценено операций нынешними проверками: { $ops }; изменилось решений: { $changed } (изменения, сохранённые до этих проверок и не проходящие их, теперь не учитываются). Хеш состояния { $hash }.
cli-trust-given = Поручено: { $sessions } (и сессии, которые он создаст сам).
cli-trust-given-plan = Поручено: все сессии вашего плана и сессии, которые он создаст сам.
cli-bundle-not-given = { $device } вносил данные в сессии, которые ему не поручали: { $sessions }. Сделанное там не учитывается, пока вы их не поручите: `convene trust approve { $fingerprint }`
cli-cmd-backup = Сделать резервную копию этого ноутбука: база данных и её ключи в одном файле, зашифрованном парольной фразой
cli-arg-backup-out = Куда записать файл резервной копии
cli-arg-backup-passphrase-file = Прочитать парольную фразу из первой строки этого файла (иначе из CONVENE_BACKUP_PASSPHRASE или она будет запрошена)
cli-cmd-restore = Восстановить ноутбук из файла резервной копии в базу данных, которой ещё нет
cli-arg-restore-file = Файл резервной копии для восстановления
cli-arg-restore-passphrase-file = Прочитать парольную фразу из первой строки этого файла (иначе из CONVENE_BACKUP_PASSPHRASE или она будет запрошена)
cli-backup-passphrase-prompt = Парольная фраза для резервной копии:
cli-backup-written = Резервная копия записана в { $path } (байт: { $bytes }). Храните парольную фразу отдельно от файла: без неё копию не открыть.
cli-backup-written-coordinator = Резервная копия записана в { $path } (байт: { $bytes }) вместе с удостоверением координатора: любой, у кого есть файл и парольная фраза, может одобрять пакеты от имени этого координатора. Храните их раздельно и в надёжном месте.
cli-restored = Восстановлено в { $path }. Теперь этот ноутбук подписывает как { $new }, связанный с { $old }: координатор примет его пакеты, когда получит набор или пакет от нового удостоверения.
cli-missing-device-key = Рядом с этой базой данных нет ключа устройства ({ $path }), поэтому она не может подписывать пакеты. Восстановите её из резервной копии командой `convene restore` или верните файл ключа.
cli-missing-coordinator-identity = Рядом с этой базой координатора нет файла удостоверения ({ $path }), поэтому запечатанные имена и контакты в пакетах не открыть. Восстановите её из резервной копии командой `convene restore` или верните файл удостоверения.
cli-doctor-plaintext-accessibility =
    { $count ->
        [one] { $count } изменение регистрации, сделанное до того, как потребности в доступности стали запечатываться, хранит такую потребность открытым текстом в журнале; оно уходит в пакетах своей встречи. Новые регистрации её запечатывают.
        [few] { $count } изменения регистрации, сделанные до того, как потребности в доступности стали запечатываться, хранят такие потребности открытым текстом в журнале; они уходят в пакетах своих встреч. Новые регистрации их запечатывают.
       *[many] { $count } изменений регистрации, сделанных до того, как потребности в доступности стали запечатываться, хранят такие потребности открытым текстом в журнале; они уходят в пакетах своих встреч. Новые регистрации их запечатывают.
    }
cli-cmd-concern-redact = Удалить обращение, потому что в нём названо имя или личные данные: его слова стираются и в журнале, и на каждом ноутбуке, куда дойдёт удаление
cli-arg-concern-redact-concern = Идентификатор обращения (или его начало)
cli-cmd-note-redact = Удалить заметку, потому что в ней названо имя или личные данные: её слова стираются и в журнале
cli-arg-note-redact-note = Идентификатор заметки (или его начало)
cli-cmd-signin-redact = Удалить регистрацию вместе с именем, контактами и потребностями в доступности: слова стираются и в журнале
cli-arg-signin-redact-signin = Идентификатор регистрации (или его начало)
cli-redacted = Удалено как личная информация: слова стёрты в изменениях журнала этого ноутбука (их: { $ops }), а удаление уйдёт со следующим пакетом или набором.
cli-redacted-bundles-before =
    { $count ->
        [one] { $count } пакет, записанный этим ноутбуком раньше, всё ещё содержит эти слова и не может быть изменён: удалите этот файл и попросите координатора удалить свой.
        [few] { $count } пакета, записанные этим ноутбуком раньше, всё ещё содержат эти слова и не могут быть изменены: удалите эти файлы и попросите координатора удалить свои.
       *[many] { $count } пакетов, записанных этим ноутбуком раньше, всё ещё содержат эти слова и не могут быть изменены: удалите эти файлы и попросите координатора удалить свои.
    }
cli-review-redact = удалить как личную информацию (если принять, слова будут стёрты везде навсегда)
