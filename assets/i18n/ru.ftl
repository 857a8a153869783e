# sco-explorer: русский текст интерфейса.

## Даты

date-day = { $day } { $month } { $year } г.
date-month = { $month } { $year } г.
date-month-since = { $month } { $year } г.
date-year = { $year } г.
# Год на оси хронологии.
date-axis-year = { $year }
date-span = { $from } – { $to }
month-name = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
}
month-genitive = { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
}
month-short = { $month ->
    [1] янв.
    [2] февр.
    [3] мар.
    [4] апр.
    [5] мая
    [6] июн.
    [7] июл.
    [8] авг.
    [9] сент.
    [10] окт.
    [11] нояб.
   *[12] дек.
}
month-short-alone = { $month ->
    [1] янв.
    [2] февр.
    [3] март
    [4] апр.
    [5] май
    [6] июнь
    [7] июль
    [8] авг.
    [9] сент.
    [10] окт.
    [11] нояб.
   *[12] дек.
}

## Числа

count-countries = { $count ->
    [one] { $count } страна
    [few] { $count } страны
   *[many] { $count } стран
}

## Общие элементы

# Между элементами списка: «Китай, Россия».
list-separator = {", "}
place-city-country = { $city }, { $country }
date-place = { $date }, { $place }
fallback-badge = EN
fallback-tooltip = Ещё не переведено: показано на английском.
confidence-conflict = Источники расходятся:
confidence-unverified = Не подтверждено:
as-of = На дату
# Численность одного статуса: «Наблюдатели: 2». $heading — название статуса во
# множественном числе, как в заголовке; формы $one и $many здесь не нужны
# (подпись и число не требуют падежей).
headcount-item = { $heading }: { $count }
headcount-members = { $count ->
    [one] { $count } член
    [few] { $count } члена
   *[many] { $count } членов
}

## Панель сведений

details-kind-event = Событие
details-kind-country = Страна
details-kind-organisation = Организация (не государство)
details-kind-overview = Обзор
# Название поля перед значением: «Основана:».
field-name = { $name }:
field-when = Когда:
field-where = Где:
field-series = Серия:
field-number = Номер:
number-in-series = № { $numbers } в серии
# Номера совместного заседания: «28 и 29».
numbers-joint = { $first } и { $last }
field-format = Формат:
format-in-person = Очный
format-virtual = Онлайн (видеоконференция)
format-hybrid = Гибридный
field-participants = Участники:
field-observers = Наблюдатели:
field-size = Численность:
field-note = Примечание:
heading-outcomes = Итоги
heading-status-decisions = Решения о статусе
status-from = с { $date }
heading-sources = Источники
source-unknown = (неизвестный источник)
country-not-a-state = Не государство, поэтому на карте не отображается.
field-on-date = На { $date }:
status-none = нет статуса
heading-status-history = История статуса
period-until-today = настоящее время
period-span = { $from } – { $to }
decided-at = решение принято:
# $kinds: название первого вида событий набора данных во множественном числе, напр. «Саммиты».
heading-hosted = { $kinds } в этой стране ({ $count })
heading-took-part = Участие в событиях ({ $count })
took-part-none = В этом наборе данных ничего не отмечено.
organisation-heading = { $name } ({ $short })
field-founded = Основана:
field-languages = Официальные языки:
languages-none = официальный язык не установлен
heading-milestones = Основные вехи
overview-hint = Выберите страну в списке или событие в хронологии, чтобы увидеть подробности.
heading-bodies = Органы
heading-secretaries-general = Генеральные секретари
sg-in-office = в должности
start-here = С чего начать
start-here-country = Щёлкните страну в списке, чтобы узнать, когда она вступила и в чём участвовала.
start-here-marker = Щёлкните метку в хронологии, чтобы открыть саммит, военное или спасательное учение.
start-here-date = Перетащите дату (или нажмите [ и ]), чтобы увидеть, кто когда входил в организацию; вкладка «Карта» покажет это.
start-here-present = Нажмите F5, чтобы показать материал классу, F1 — чтобы увидеть все клавиши.
start-here-got-it = Понятно

## Список участников

list-heading = Страны
list-status-as-of = Статус на { $date }
list-search = Поиск
list-search-hint = страны и события (Ctrl+F)
list-no-match = Ничего не найдено.
list-searching = Идёт поиск…
# Заголовок группы: «Государства-члены (10)».
list-group-heading = { $title } ({ $count })
list-group-former = Бывший статус
list-group-not-yet = Ещё без статуса
list-group-events = События
list-since = с { $date }
list-from = с { $date }
list-former-until = { $status } до { $date }
list-in-this-event = • в этом событии

## Клавиши (окно справки и таблица в README)

# Между двумя клавишами с одним действием: «Ctrl+F или /».
keys-or = {" или "}
key-open = Открыть файл набора данных
key-save-png = Сохранить вид (или слайд) как PNG
key-ui-larger = Увеличить интерфейс
key-ui-smaller = Уменьшить интерфейс
key-ui-reset-size = Обычный размер интерфейса (1x; 1,75x на слайдах)
key-previous-panel = Фокус клавиатуры на предыдущую панель
key-focus-search = Поиск стран и событий
key-previous-event = Предыдущее по времени событие (из показанных видов; при поиске — из найденных)
key-next-event = Следующее по времени событие (из показанных видов; при поиске — из найденных)
key-list-up = Вверх по списку стран
key-list-down = Вниз по списку стран
key-list-activate = Выбрать выделенную строку
key-back = По шагу за нажатие: выйти из поля ввода, закрыть диалог или справку, очистить поиск, снять выбор, затем выйти из сравнения
key-zoom-reset = Показать всю историю в хронологии
key-zoom-in = Приблизить хронологию
key-zoom-out = Отдалить хронологию
key-date-back = Сдвинуть дату на год назад
key-date-forward = Сдвинуть дату на год вперёд
key-toggle-map = Показать в центре карту или хронологию
key-toggle-play = Запустить или приостановить анимацию карты (с первого дня или с выбранной даты)
key-present = Режим презентации с первого слайда: весь экран, крупный шрифт, по слайду на шаг
key-present-here = Режим презентации с выбранного объекта (иначе с последнего показанного слайда)
key-next-panel = Фокус клавиатуры на следующую панель: список, хронология или карта, сведения
key-toggle-help = Эта справка
key-next-slide = Следующий слайд
key-previous-slide = Предыдущий слайд
key-first-slide = Первый слайд
key-last-slide = Последний слайд
key-toggle-presenter-view = Вид докладчика с заметкой для учителя
key-spotlight = Удерживать: большое яркое кольцо вокруг указателя — для проектора
key-leave-presentation = Выйти из презентации

## Окно справки

help-title = О программе и сочетания клавиш
help-about = sco-explorer { $version } показывает историю организации «{ $organisation }»: кто и когда вступил, все саммиты, все совместные учения и тренировки.
help-everywhere = Везде
help-explorer = В основном режиме
help-slides = На слайдах (режим презентации)
help-mouse = Мышью
mouse-wheel = Ctrl+колесо / перетаскивание
mouse-wheel-does = Масштаб / сдвиг хронологии; на карте — колесо и перетаскивание
mouse-click = Щелчок
mouse-click-does = Выбрать метку; щелчок по пустому месту хронологии переносит дату
mouse-double-click = Двойной щелчок
mouse-double-click-does = Вся история в хронологии
help-about-data = О данных
help-sources-cited = { $count ->
    [one] Указан { $count } источник
    [few] Указано { $count } источника
   *[many] Указано { $count } источников
}; у каждого факта в панели сведений перечислены его собственные. Факты с пометкой «источники расходятся» или «не подтверждено» сопровождаются примечанием с объяснением.
help-all-sources = Все источники

## Строка состояния

status-sizes = { $countries ->
    [one] { $countries } страна
    [few] { $countries } страны
   *[many] { $countries } стран
} · { $events ->
    [one] { $events } событие
    [few] { $events } события
   *[many] { $events } событий
} · { $sources ->
    [one] { $sources } источник
    [few] { $sources } источника
   *[many] { $sources } источников
}
status-members-on = На { $date }: { $members }
status-help-hint = F1: справка

## Панель ошибок

error-heading = Не удалось открыть набор данных: { $error }
error-still-showing = (по-прежнему показан: { $name })
error-dismiss = Закрыть
error-in-english = Проблемы ниже перечислены на английском — так, как их выдаёт командная строка.

## Верхняя панель и меню

dataset-sco = ШОС
dataset-asean = АСЕАН
dataset-brics = БРИКС
dataset-csto = ОДКБ
window-title = { $org } — обозреватель региональных организаций
menu-file = Файл
menu-open = Открыть набор данных…
menu-reload = Перезагрузить с диска
menu-show-bundled = Показать встроенный набор данных { $name }
menu-save-png = Сохранить вид как PNG
menu-quit = Выход
menu-view = Вид
menu-theme = Тема
menu-theme-system = Как в системе
menu-theme-light = Светлая
menu-theme-dark = Тёмная
menu-language = Язык
menu-whole-history = Вся история
menu-map-or-timeline = Карта или хронология
menu-larger = Увеличить интерфейс
menu-smaller = Уменьшить интерфейс
menu-normal-size = Обычный размер интерфейса
menu-help = Справка
menu-shortcuts = Сочетания клавиш и источники
top-dataset = Набор данных
top-open-file = Открыть файл…
top-present = ▶ Презентация (F5)
top-present-tip = Полноэкранные слайды для урока
top-to-light = ☀ Светлая тема
top-to-light-tip = Включить светлую тему
top-to-dark = 🌙 Тёмная тема
top-to-dark-tip = Включить тёмную тему

## Хронология

timeline-show = Показать:
timeline-status-lane = Изменения статуса
timeline-zoom-out = Отдалить (−)
timeline-zoom-in = Приблизить (+)
timeline-whole-history = Вся история
timeline-whole-history-tip = Сбросить масштаб (Home)
timeline-previous = ◀ Назад
timeline-previous-tip = Предыдущее событие (←)
timeline-next = Вперёд ▶
timeline-next-tip = Следующее событие (→)
timeline-go-to = Перейти
timeline-go-to-hint = ГГГГ-ММ-ДД
# Под меткой саммита без города (видеоконференция).
timeline-no-city = Онлайн
timeline-as-of-label = на { $date }
timeline-status-from = { $status } с { $date }
confidence-conflict-short = источники расходятся
confidence-unverified-short = не подтверждено
counts-members = Члены
# Строка легенды графика численности: «Члены (10)».
counts-line = { $label } ({ $count })
counts-others = Другие статусы ({ $count })

## Карта

map-canvas = Карта стран
map-play = ▶ Пуск
map-play-tip = Анимировать дату от выбранной до последнего дня, год в секунду (в конце — с первого дня)
map-play-from-start = ⏮ С начала
map-play-from-start-tip = Анимировать с первого дня (Shift+Space)
key-play-from-start = Анимировать с первого дня
map-pause = ⏸ Пауза
map-pause-tip = Остановить анимацию (её останавливает и любая клавиша или щелчок)
map-reset-view = Сбросить вид
map-reset-view-tip = Снова показать все страны (колесо — масштаб, перетаскивание — сдвиг)
map-not-associated = Не связана с организацией
map-no-code = Территория без кода страны в Natural Earth
map-status-since = { $status } с { $date }
map-no-status-on = Нет статуса на { $date }
map-click-for-history = Щёлкните, чтобы показать историю
map-no-status = Нет статуса
map-borders-note = Границы: Natural Earth; спорные территории (его слой спорных территорий) заштрихованы и не окрашены ни в чей цвет; в остальном — практика карт ООН (Тайвань — в составе Китая). Малые государства показаны точками.
# Место выбранного события на карте, когда оно обозначает принимающую страну.
map-host = Место проведения: { $place }, { $country }

## Слайды и вид докладчика

slide-no-steps = В этом туре нет шагов.
slide-all-events = Все события в хронологическом порядке
slide-tour = Тур
slide-counter = { $step } / { $count }
slide-leave = Выйти из презентации (Esc)
slide-presenter-view = Вид докладчика (P)
# Одно решение о статусе на слайде: «Индия: Государство-член».
slide-decision = { $country }: { $status }
slide-decision-group = { $status } ({ $count }): { $names }
slide-continued = { $title } (продолжение)
slide-scale = Размер { $scale }×
slide-status-decisions = Решения о статусе
slide-participants = Участники: { $names }
slide-size = Численность: { $size }
slide-sources = Источники: { $names }
slide-memberships-kicker = Членство на { $date }
slide-memberships-line = { $org }: { $status }, с { $from }
slide-memberships-none = Не входит: { $orgs }
# Период статуса на слайде страны: «Государство-член: 9 июня 2017 г. – настоящее время».
slide-period = { $status }: { $from } – { $to }
# Подпись текущего шага на ленте: «17-й саммит ШОС, Астана (2017 г.)».
slide-strip-label = { $title } ({ $year })
slide-end-of-tour = (конец тура)
presenter-title = Вид докладчика — SCO Explorer
presenter-note = Заметка для учителя
presenter-no-note = (для этого шага заметки нет)
presenter-next = Далее
presenter-keys = Вперёд: →, Space, PageDown · Назад: ←, PageUp · P закрывает этот вид · Esc — выход из презентации

## Вкладки в центре, окно открытия и сообщения о состоянии

tab-timeline = Хронология
tab-timeline-tip = События и изменения статуса во времени (M)
tab-map = Карта
tab-map-tip = Страны, окрашенные по статусу на выбранную дату (M)
tab-memberships = Членство
tab-memberships-tip = Статус одной страны во всех организациях на одной оси времени
tab-overlap = Пересечения
tab-overlap-tip = Все страны и все организации на выбранную дату
memberships-empty = Ни одна организация не называет ни одного государства.
memberships-none = —
memberships-standing = { $country }, { $date }: { $statuses }
memberships-country = Страна
memberships-open-hint = Нажмите, чтобы открыть в её организации
memberships-changes = Изменения и события, на которых они были решены
memberships-no-changes = Ни одна организация не называет эту страну.
memberships-uncertain = Набор данных отмечает этот статус как спорный или непроверенный: откройте, чтобы прочитать примечание
memberships-ended = { $org }: вышла (без статуса с этого дня)
memberships-period = { $from } – { $to }
memberships-since = с { $from }
overlap-country = Страна
overlap-code = Код ISO
overlap-unsure = Спорно или не проверено
overlap-export = Сохранить как CSV
overlap-export-tip = Сохранить таблицу в нынешнем виде (с сортировкой и фильтром) как CSV в папку сохранения
overlap-sort-tip = Сортировать по этому столбцу (ещё раз — в обратном порядке)
overlap-cell-tip = Нажмите (или Enter), чтобы открыть эту страну в этой организации
overlap-summary = На { $date }: { $any ->
    [one] { $any } страна
    [few] { $any } страны
   *[many] { $any } стран
} хотя бы в одной организации, { $two } — в двух и более
open-title = Открыть набор данных
open-file = Файл
open-file-hint = путь/к/набору.ron
open-button = Открыть
notice-showing-bundled = Показан встроенный набор данных { $name }
notice-loading = Загрузка { $path }…
notice-load-failed = Не удалось открыть { $path }: ошибки перечислены ниже
notice-opened = Открыт { $path }: { $countries ->
    [one] { $countries } страна
    [few] { $countries } страны
   *[many] { $countries } стран
}, { $events ->
    [one] { $events } событие
    [few] { $events } события
   *[many] { $events } событий
}
notice-reloaded = Перезагружен { $path }: { $countries ->
    [one] { $countries } страна
    [few] { $countries } страны
   *[many] { $countries } стран
}, { $events ->
    [one] { $events } событие
    [few] { $events } события
   *[many] { $events } событий
}
notice-saved = Вид сохранён в { $path }
notice-save-failed = Не удалось сохранить вид: { $error }

## Сравнение двух организаций

compare-both = В обеих
compare-only = Только в { $org }
compare-no-status = —
compare-statuses = { $a }: { $a_status } · { $b }: { $b_status }
compare-with = Сравнить с
compare-none = ничем
compare-neither = Ни в одной
compare-status-in = { $org }: { $status }
compare-year-counts = В обеих: { $both } · только { $a }: { $only_a } · только { $b }: { $only_b }
compare-history = Статус в каждой организации
compare-never = Статуса в { $org } не было.
compare-also-in = В тот день также в { $org }
compare-also-in-none = Ни одна из стран этого события тогда не входила в { $org }.
compare-members-of = Члены { $org }
notice-loading-events = Загрузка { $path }… { $count ->
    [one] прочитано { $events } событие
    [few] прочитано { $events } события
   *[many] прочитано { $events } событий
}
compare-lane = { $org } · { $lane }
dataset-bundled-file = { $file } (встроенный)
slide-compare-both = В обеих на { $date } ({ $count }): { $names }
slide-compare-none = На { $date } ни одна страна не входила в обе организации.

## Коды вида

key-copy-view-code = Скопировать код вида (вставьте его через Ctrl+V вне текстового поля, чтобы вернуться)
menu-copy-view-code = Скопировать код вида
menu-open-view-code = Открыть код вида…
code-dialog-title = Открыть код вида
code-dialog-field = Код
code-dialog-open = Открыть
notice-view-code-copied = Код вида скопирован в буфер обмена
code-copied-title = Код вида
code-copied-explain = Этот код скопирован в буфер обмена. Запишите его на доске или поделитесь им: вставка (Ctrl+V) или Файл → Открыть код вида вернёт к этому виду.
code-copied-close = Закрыть
notice-view-code-opened = Вид открыт по коду
notice-view-code-refused = Код вида не принят: { $why }
code-not-a-code = это не код вида (коды видов начинаются с «sx1~»)
code-other-version = код сделан другой версией программы ({ $version })
code-damaged-count = код повреждён: в нём не то число частей
code-damaged-dataset = код повреждён: не читается набор данных
code-damaged-selection = код повреждён: не читается выбранный объект
code-damaged-date = код повреждён: не читается дата
code-damaged-tab = код повреждён: не читается вкладка
code-damaged-zoom = код повреждён: не читается масштаб
code-damaged-slide = код повреждён: не читается номер слайда
code-damaged-language = код повреждён: не читается язык
code-damaged-length = текст слишком длинный для кода вида
code-dataset-not-opened = не удалось открыть его набор данных
code-compare-not-opened = не удалось открыть организацию для сравнения
code-missing-event = в нём названо событие «{ $id }», которого нет в данных { $org }
code-missing-country = в нём названа страна «{ $id }», которой нет в данных { $org }
code-no-code-in-png = в файле { $file } нет кода вида

## Tour handouts (PDF)
menu-export-handout = Экспорт тура в PDF
menu-export-handout-notes = Экспорт тура в PDF с заметками для учителя
handout-meta = Раздаточный материал: { $slides ->
    [one] { $slides } слайд
    [few] { $slides } слайда
   *[many] { $slides } слайдов
} · { $language }
handout-data = Данные: { $dataset }, по состоянию на { $date }
handout-steps = Шаги
handout-sources = Источники
notice-handout-writing = Создаётся раздаточный материал «{ $tour }»…
notice-handout-saved = Раздаточный материал сохранён в { $path }
notice-handout-failed = Не удалось сохранить раздаточный материал: { $error }
handout-sources-continued = Источники (продолжение)

## Event places
coord-point = { $lat }, { $lon }
coord-north = { $deg }° с. ш.
coord-south = { $deg }° ю. ш.
coord-east = { $deg }° в. д.
coord-west = { $deg }° з. д.
place-area = Район, а не точка: на карте без отметки
map-places-note = Места событий: GeoNames (CC BY 4.0).

## Where saved files go
menu-save-folder = Сохранять в: { $folder }…
folder-title = Папка для PNG и раздаточных материалов
folder-path = Папка
folder-path-hint = путь/к/папке (пусто: показанная папка)
folder-button = Сохранять сюда
notice-save-folder = Файлы теперь сохраняются в { $path }

## Presenter view: docked or in its own window
key-presenter-window = Вид докладчика в отдельном окне (для второго экрана) или под слайдом
presenter-pop-out = Отдельное окно (Shift+P)
presenter-pop-out-hint = Открыть вид докладчика в отдельном окне, чтобы перетащить его на второй экран (ноутбука), пока слайд остаётся на проекторе. Запоминается.
presenter-compact-next = Далее: { $title }
presenter-clock-hint = Время с начала показа
presenter-full-view = Заметки (N)
presenter-full-view-hint = Показать заметку учителя и следующий шаг полностью под слайдом (N). Запоминается.
presenter-compact-view = В одну строку (N)
presenter-compact-view-hint = Свернуть вид докладчика в одну строку (шаг, следующий шаг, время), чтобы слайду хватило места (N). Запоминается.
key-presenter-compact = Вид докладчика: одна строка или полностью
presenter-dock = Под слайдом (Shift+P)
presenter-dock-hint = Вернуть вид докладчика в полосу под слайдом (для одного экрана).

## Slides of events that changed statuses: the map before and after
slide-map-before = До: { $date }
slide-map-after = После: { $date }
notice-not-a-folder = { $path } — не папка: файлы сохраняются туда же, куда и раньше
notice-handout-unavailable = Эта сборка не умеет создавать раздаточные материалы (она собрана без отрисовки без окна)
notice-handout-stopped = Не удалось создать раздаточный материал: процесс создания неожиданно остановился
timeline-kind-of = { $kind } ({ $org })
# Спорные территории на карте (слой Natural Earth «breakaway and disputed areas»).
map-disputed-area = Спорная территория
map-disputed-self-administered = Управляется собственными властями
# $parties: государства, которые претендуют на территорию или управляют ею.
map-disputed-claimed-by = Претендуют: { $parties }
map-disputed-separator = {", "}
map-disputed-legend = Спорная территория

## Quiz: questions drawn from the dataset's sourced facts
quiz-ask-status-year = { $country }: в каком году получен статус «{ $status }»?
quiz-ask-event-place = Где это проходило: { $event }?
quiz-event-titled = { $title } ({ $date })
quiz-event-kind = { $kind }, { $date }
quiz-ask-held-status = Кто из перечисленных имел статус «{ $status }» на { $date }? Отметьте всех.
quiz-ask-first = Что из этого произошло раньше всего?
quiz-ask-order = Расставьте по порядку, от самого раннего.
quiz-ask-members = Сколько членов было у организации на { $date }?
quiz-happening-status = { $country }: статус «{ $status }»
quiz-fact-event = { $title }: { $place }, { $date }
quiz-fact-event-nowhere = { $title }: { $date }
quiz-fact-status = { $country }: { $status }, { $dates }
quiz-key-title = Викторина { $code }: { $organisation }, { $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
   *[many] { $count } вопросов
}
quiz-key-answer = Ответ: { $answer }
quiz-key-fact = Факт: { $fact }
quiz-key-sources = Источники: { $sources }
quiz-menu = Викторина
quiz-menu-resume = Вернуться к викторине
quiz-mode-self-test = Проверь себя (десять вопросов, со счётом)
quiz-mode-class = Викторина для класса (на проекторе, без счёта)
quiz-header = Викторина { $code } · вопрос { $number } из { $count }
quiz-header-end = Викторина { $code }
quiz-new = Новая викторина
quiz-leave = В основной режим
quiz-empty = В этом наборе данных нет подтверждённых источниками фактов для вопросов.
quiz-hint-one = Щёлкните ответ или нажмите его номер, затем Enter.
quiz-hint-several = Отметьте все верные ответы (щелчком или номером), затем Enter.
quiz-hint-order = Щёлкайте ответы или нажимайте их номера по порядку, начиная с самого раннего; затем Enter.
quiz-hint-map-one = Щёлкните ответ в списке или на карте или нажмите его номер, затем Enter.
quiz-hint-map-several = Отметьте все верные ответы (щелчком в списке или на карте или номером), затем Enter.
quiz-map-canvas = Карта вариантов ответа
quiz-map-spot = { $name } на карте
quiz-check = Проверить ответ
quiz-reveal = Показать ответ
quiz-next = Следующий вопрос
quiz-right = Верно!
quiz-wrong = Не совсем.
quiz-the-answer = Ответ: { $answer }
quiz-your-answer = Ваш ответ: { $answer }
quiz-open = Показать в основном режиме
quiz-score = Счёт: { $right } из { $count }
quiz-all-right = Все ответы верны.
quiz-review = Ответы, к которым стоит вернуться
quiz-end = Конец викторины
help-quiz = В викторине
key-quiz-self-test = Проверь себя: викторина из десяти вопросов
key-quiz-class = Викторина для класса на проекторе
key-quiz-choose = Выбрать ответ по номеру (несколько — отметить; порядок — поставить следующим)
key-quiz-next = Проверить или показать ответ, затем следующий вопрос
key-quiz-previous = Предыдущий вопрос (викторина для класса)
key-quiz-leave = В основной режим (викторина ждёт в меню «Вид»)
quiz-code = Код викторины:
quiz-code-take = Пройти эту викторину
quiz-code-refused = Ни у показанного, ни у встроенных наборов данных нет викторины с таким кодом (пишите так: sco-3)
quiz-presenter = Для учителя: ответ раньше, чем его увидит класс
quiz-presenter-next = Далее: { $question }
key-quiz-presenter-view = Режим докладчика в викторине для класса: ответ сначала учителю

## Lessons
key-lesson-save-as = Сохранить урок в новый файл
key-lesson-redo = Вернуть отменённое изменение урока
key-lesson-save = Сохранить урок
key-lesson-undo = Отменить последнее изменение урока
key-lesson-move-up = Переместить выбранный шаг выше
key-lesson-move-down = Переместить выбранный шаг ниже
key-lesson-add-view = Добавить этот вид в урок как шаг
key-lesson-panel = Показать или скрыть панель урока
key-lesson-delete = Удалить выбранный шаг
notice-lesson-opened = Открыт урок { $path }
notice-lesson-saved = Урок сохранён в { $path }
notice-lesson-not-saved = Урок не сохранён: { $error }
notice-lesson-step-added = Этот вид добавлен в урок как шаг { $step }
lesson-new-text-slide = Новый текстовый слайд
lesson-untitled = Урок без названия
lesson-step-untitled = { $step }. (без заголовка)
lesson-missing-dataset = Не удалось открыть набор данных этого шага «{ $name }». Остальной урок работает.
lesson-missing-target = «{ $id }» — не событие и не страна в наборе данных { $org }. Остальной урок работает.
lesson-strip-next = Далее: { $heading }
lesson-save-title = Сохранить урок как
lesson-save-file = Имя файла:
lesson-save-file-hint = lesson.ron, в показанной папке
lesson-save-button = Сохранить
lesson-panel-title = Урок
lesson-none = Урока пока нет. Создайте новый, откройте файл урока или начните с экскурсии; затем добавляйте виды из обозревателя как шаги.
lesson-writing-in = Язык текста:
lesson-title = Название:
lesson-new = Новый урок
lesson-open = Открыть урок…
lesson-save = Сохранить урок
lesson-save-as = Сохранить урок как…
lesson-undo = Отменить
lesson-redo = Вернуть
lesson-not-saved-yet = Ещё не сохранён
lesson-unsaved = {" "}(есть несохранённые изменения)
lesson-add-view = Добавить этот вид как шаг
lesson-add-text = Добавить текстовый слайд
lesson-present = Показать урок
lesson-no-steps = Шагов пока нет: выберите вид в обозревателе и добавьте его.
lesson-go-to = Показать этот вид
lesson-replace = Взять вид с экрана
lesson-move-up = Выше
lesson-move-down = Ниже
lesson-duplicate = Дублировать
lesson-delete = Удалить
lesson-heading = Заголовок:
lesson-note = Заметка учителя:
lesson-bullets = Пункты на слайде:
lesson-remove-bullet = Удалить этот пункт
lesson-bullet = Пункт { $number }:
lesson-add-bullet = Добавить пункт
lesson-unsaved-title = Несохранённый урок
lesson-unsaved-question = В уроке есть несохранённые изменения. Сохранить их?
lesson-discard = Отбросить изменения
lesson-keep-editing = Продолжить правку
lesson-from-tour = Начать с экскурсии
menu-lesson = Урок
lesson-panel-toggle = Панель урока
help-lesson = При открытой панели урока
lesson-step-text = { $step }. { $heading } (текстовый слайд)
lesson-handout-kicker = Урок, подготовленный в sco-explorer
lesson-handout-data = Данные: наборы данных, названные на каждом слайде; их источники перечислены ниже.
lesson-drag = Перетащите, чтобы переместить шаг
