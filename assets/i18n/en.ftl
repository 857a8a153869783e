# sco-explorer: English interface text (the reference catalog).
# Every message here must exist in ru.ftl and zh.ftl too (tests/catalogs.rs).

## Dates. $day, $year: numbers as text; $month: a month's name from the
## messages below; $monthnum: the month's number (for languages that write it).

date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
# A month after "from" or "since" (Russian: genitive, «с июня 2006 г.»).
date-month-since = { $month } { $year }
date-year = { $year }
# A year on the timeline's axis.
date-axis-year = { $year }
date-span = { $from } – { $to }
month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# The form after a day: "15 June" (Russian: "15 июня").
month-genitive = { month-name }
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# A month's short name alone, as the timeline's axis writes it.
month-short-alone = { month-short }

## Counts

count-countries = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}

## Shared pieces

# Between items of a list: "China, Russia".
list-separator = {", "}
place-city-country = { $city }, { $country }
date-place = { $date }, { $place }
fallback-badge = EN
fallback-tooltip = Not translated yet: shown in English.
confidence-conflict = Sources disagree:
confidence-unverified = Not verified:
as-of = As of
# One status's headcount. $count: how many; $one and $many: the status's label
# for one and for many, in running text ("dialogue partner", "observers");
# $heading: its label for many as a heading ("Observers").
headcount-item = { $count } { $count ->
    [one] { $one }
   *[other] { $many }
}
headcount-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}

## Details pane

details-kind-event = Event
details-kind-country = Country
details-kind-organisation = Organisation (not a state)
details-kind-overview = Overview
# A field's name before its value: "Founded:".
field-name = { $name }:
field-when = When:
field-where = Where:
field-series = Series:
field-number = Number:
number-in-series = { $numbers } in its series
# A joint meeting's numbers: "28 and 29".
numbers-joint = { $first } and { $last }
field-format = Format:
format-in-person = In person
format-virtual = Virtual (videoconference)
format-hybrid = Hybrid
field-participants = Participants:
field-observers = Observers:
field-size = Size:
field-note = Note:
heading-outcomes = Outcomes
heading-status-decisions = Status decisions
status-from = from { $date }
heading-sources = Sources
source-unknown = (unknown source)
country-not-a-state = Not a state, so it has no place on the map.
field-on-date = On { $date }:
status-none = no status
heading-status-history = Status history
period-until-today = today
period-span = { $from } – { $to }
decided-at = decided at
# $kinds: the dataset's label for its first kind of event, e.g. "Summits".
heading-hosted = { $kinds } hosted ({ $count })
heading-took-part = Took part in ({ $count })
took-part-none = None recorded in this dataset.
organisation-heading = { $name } ({ $short })
field-founded = Founded:
field-languages = Official languages:
languages-none = none stated
heading-milestones = Milestones
overview-hint = Select a country in the list or an event on the timeline to see its details.
heading-bodies = Bodies
heading-secretaries-general = Secretaries-General
sg-in-office = in office
start-here = Start here
start-here-country = Click a country in the list to see when it joined and what it took part in.
start-here-marker = Click a marker on the timeline to open a summit, an exercise or a drill.
start-here-date = Drag the date (or press [ and ]) to see who belonged when; Map shows it.
start-here-present = Press F5 to present to a class, F1 for every key.
start-here-got-it = Got it

## Membership list

list-heading = Countries
list-status-as-of = Status as of { $date }
list-search = Search
list-search-hint = countries and events (Ctrl+F)
list-no-match = Nothing matches the search.
list-searching = Searching…
# A group's heading: "Members (10)".
list-group-heading = { $title } ({ $count })
list-group-former = Former status
list-group-not-yet = Not yet associated
list-group-events = Events
list-since = since { $date }
list-from = from { $date }
list-former-until = { $status } until { $date }
list-in-this-event = • in this event

## Keys (the help window and README's table)

# Between two keys that do the same: "Ctrl+F or /".
keys-or = {" or "}
key-open = Open a dataset file
key-save-png = Save the view (or the slide) as a PNG
key-ui-larger = Interface larger
key-ui-smaller = Interface smaller
key-ui-reset-size = Interface size back to normal (1x; 1.75x on slides)
key-previous-panel = Keyboard focus to the previous panel
key-focus-search = Search countries and events
key-previous-event = Previous event in time (shown kinds; while searching, the matches)
key-next-event = Next event in time (shown kinds; while searching, the matches)
key-list-up = Move up in the country list
key-list-down = Move down in the country list
key-list-activate = Select the highlighted row
key-back = One step out per press: leave the focused field, then close a dialog or the help, clear the search, the selection, then leave compare mode
key-zoom-reset = Show the whole history on the timeline
key-zoom-in = Zoom the timeline in
key-zoom-out = Zoom the timeline out
key-date-back = Move the date back one year
key-date-forward = Move the date forward one year
key-toggle-map = Show the map or the timeline in the centre
key-toggle-play = Play or pause the map's animation (from the first day, or from a date you chose)
key-present = Presentation mode from the first slide: full screen, large type, one slide per step
key-present-here = Presentation mode from the selected item (else the slide shown last)
key-next-panel = Keyboard focus to the next panel: list, timeline or map, details
key-toggle-help = This help
key-next-slide = Next slide
key-previous-slide = Previous slide
key-first-slide = First slide
key-last-slide = Last slide
key-toggle-presenter-view = Presenter view with the teacher's note
key-spotlight = Hold: a large bright ring around the pointer, for projectors
key-leave-presentation = Leave the presentation

## Help window

help-title = About and keyboard shortcuts
help-about = sco-explorer { $version } shows the history of the { $organisation }: who joined when, every summit, every joint exercise and drill.
help-everywhere = Everywhere
help-explorer = In the explorer
help-slides = On slides (presentation mode)
help-mouse = With the mouse
mouse-wheel = Ctrl+wheel / drag
mouse-wheel-does = Zoom / pan the timeline; wheel and drag on the map
mouse-click = Click
mouse-click-does = Select a marker; click empty timeline to move the date
mouse-double-click = Double-click
mouse-double-click-does = Whole history on the timeline
help-about-data = About the data
help-sources-cited = { $count ->
    [one] { $count } source is cited
   *[other] { $count } sources are cited
}; each fact in the details pane lists its own. Facts marked "sources disagree" or "not verified" carry a note saying why.
help-all-sources = All sources

## Status bar

status-sizes = { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
} · { $events ->
    [one] { $events } event
   *[other] { $events } events
} · { $sources ->
    [one] { $sources } source
   *[other] { $sources } sources
}
status-members-on = As of { $date }: { $members }
status-help-hint = F1: help

## Error panel

error-heading = Could not open the dataset: { $error }
error-still-showing = (still showing { $name })
error-dismiss = Dismiss
error-in-english = The problems are listed in English, as the command line gives them.

## Top bar and menus

dataset-sco = SCO
dataset-asean = ASEAN
dataset-brics = BRICS
dataset-csto = CSTO
window-title = { $org } — regional cooperation explorer
menu-file = File
menu-open = Open dataset…
menu-reload = Reload from disk
menu-show-bundled = Show the bundled { $name } dataset
menu-save-png = Save view as PNG
menu-quit = Quit
menu-view = View
menu-theme = Theme
menu-theme-system = Follow the system
menu-theme-light = Light
menu-theme-dark = Dark
menu-language = Language
menu-whole-history = Whole history
menu-map-or-timeline = Map or timeline
menu-larger = Interface larger
menu-smaller = Interface smaller
menu-normal-size = Interface normal size
menu-help = Help
menu-shortcuts = Keyboard shortcuts and sources
top-dataset = Dataset
top-open-file = Open file…
top-present = ▶ Present (F5)
top-present-tip = Full-screen slides for the classroom
top-to-light = ☀ Switch to light
top-to-light-tip = Use the light theme
top-to-dark = 🌙 Switch to dark
top-to-dark-tip = Use the dark theme

## Timeline

timeline-show = Show:
timeline-status-lane = Status changes
timeline-zoom-out = Zoom out (−)
timeline-zoom-in = Zoom in (+)
timeline-whole-history = Whole history
timeline-whole-history-tip = Reset zoom (Home)
timeline-previous = ◀ Previous
timeline-previous-tip = Previous event (Left arrow)
timeline-next = Next ▶
timeline-next-tip = Next event (Right arrow)
timeline-go-to = Go to
timeline-go-to-hint = YYYY-MM-DD
# Under a summit marker that has no city (a videoconference).
timeline-no-city = Virtual
timeline-as-of-label = as of { $date }
timeline-status-from = { $status } from { $date }
confidence-conflict-short = sources disagree
confidence-unverified-short = not verified
counts-members = Members
# A line of the counts plot's legend: "Members (10)".
counts-line = { $label } ({ $count })
counts-others = Other statuses ({ $count })

## Map

map-canvas = Map of countries
map-play = ▶ Play
map-play-tip = Animate the date from the date shown to the last day, one year per second (from the first day at the end)
map-play-from-start = ⏮ From the start
map-play-from-start-tip = Play from the first day (Shift+Space)
key-play-from-start = Play from the first day
map-pause = ⏸ Pause
map-pause-tip = Stop the animation (any key or click stops it too)
map-reset-view = Reset view
map-reset-view-tip = Show all countries again (wheel zooms, drag pans)
map-not-associated = Not associated with the organisation
map-no-code = Area without a country code in Natural Earth
map-status-since = { $status } since { $date }
map-no-status-on = No status on { $date }
map-click-for-history = Click to show its history
map-no-status = No status
map-borders-note = Borders: Natural Earth; disputed areas (its breakaway and disputed areas layer) are hatched and shaded for no organisation; elsewhere United Nations map practice (Taiwan with China). Small states are drawn as dots.
# The selected event's place on the map, when it stands for the host country.
map-host = Host: { $place }, { $country }

## Slides and the presenter view

slide-no-steps = This tour has no steps.
slide-all-events = All events in time order
slide-tour = Tour
# The big step counter on a slide: "5 / 12", "2b / 12" (the second page of step 2).
slide-counter = { $step } / { $count }
slide-leave = Leave presentation (Esc)
slide-presenter-view = Presenter view (P)
# One status decision on a slide: "India: Member".
slide-decision = { $country }: { $status }
# Several countries given the same status at one event: "SCO partners (17): Armenia, Azerbaijan, …".
slide-decision-group = { $status } ({ $count }): { $names }
# The title on the further pages of a slide too long for one screen.
slide-continued = { $title } (continued)
# The slide size, shown briefly when it changes: "1.75×".
slide-scale = Size { $scale }×
slide-status-decisions = Status decisions
slide-participants = Participants: { $names }
slide-size = Size: { $size }
# Publishers and years: "Sources: Xinhua 2017, SCO Secretariat".
slide-sources = Sources: { $names }
slide-memberships-kicker = Memberships on { $date }
slide-memberships-line = { $org }: { $status }, since { $from }
slide-memberships-none = Not in: { $orgs }
# A status period on a country's slide: "Member: 9 June 2017 – today".
slide-period = { $status }: { $from } – { $to }
# The current step's label on the strip: "17th SCO summit, Astana (2017)".
slide-strip-label = { $title } ({ $year })
slide-end-of-tour = (end of the tour)
presenter-title = Presenter view — SCO Explorer
presenter-note = Teacher's note
presenter-no-note = (no note for this step)
presenter-next = Next
presenter-keys = Next: Right, Space, PageDown · Back: Left, PageUp · P closes this view · Esc leaves

## The centre's tabs, the open dialog and status messages

tab-timeline = Timeline
tab-timeline-tip = Events and status changes in time (M)
tab-map = Map
tab-map-tip = Countries shaded by status on the date (M)
tab-memberships = Memberships
tab-memberships-tip = One country's status in every organisation, on one date axis
tab-overlap = Overlap
tab-overlap-tip = Every country against every organisation on the date
memberships-empty = No organisation lists any state.
memberships-none = —
memberships-standing = { $country }, { $date }: { $statuses }
memberships-country = Country
memberships-open-hint = Click to open it in its organisation
memberships-changes = Changes, and the events that decided them
memberships-no-changes = No organisation lists this country.
memberships-uncertain = The dataset marks this status as disputed or not verified: open it to read the note
memberships-ended = { $org }: left (no status from this day)
memberships-period = { $from } – { $to }
memberships-since = since { $from }
overlap-country = Country
overlap-code = ISO code
overlap-unsure = Disputed or not verified
overlap-export = Save as CSV
overlap-export-tip = Save the table as shown (sorted and filtered) as a CSV file in the save folder
overlap-sort-tip = Sort by this column (click again to reverse)
overlap-cell-tip = Click (or Enter) to open this country in this organisation
overlap-summary = On { $date }: { $any ->
    [one] { $any } country
   *[other] { $any } countries
} in at least one organisation, { $two } in two or more
open-title = Open dataset
open-file = File
open-file-hint = path/to/dataset.ron
open-button = Open
notice-showing-bundled = Showing the bundled { $name } dataset
notice-loading = Loading { $path }…
notice-load-failed = Could not open { $path }: its problems are listed below
notice-opened = Opened { $path }: { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
}, { $events ->
    [one] { $events } event
   *[other] { $events } events
}
notice-reloaded = Reloaded { $path }: { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
}, { $events ->
    [one] { $events } event
   *[other] { $events } events
}
notice-saved = Saved the view to { $path }
notice-save-failed = Could not save the view: { $error }

## Comparing two organisations

compare-both = In both
compare-only = Only in { $org }
compare-no-status = —
# A country's status in each organisation: "ASEAN: Member · SCO: SCO partner".
compare-statuses = { $a }: { $a_status } · { $b }: { $b_status }
compare-with = Compare with
compare-none = nothing
compare-neither = In neither
compare-status-in = { $org }: { $status }
# The map's year box in compare mode.
compare-year-counts = { $both } in both · { $only_a } only { $a } · { $only_b } only { $b }
compare-history = Status in each organisation
compare-never = Never a member or partner of { $org }.
compare-also-in = Also in { $org } on that day
compare-also-in-none = None of its countries belonged to { $org } then.
compare-members-of = { $org } members
# A large file loading: $events is the count with its thousands grouped.
notice-loading-events = Loading { $path }… { $count ->
    [one] { $events } event read
   *[other] { $events } events read
}
# A timeline lane in compare mode: "SCO · Summits".
compare-lane = { $org } · { $lane }
# A bundled dataset's name in the top bar: "sco.ron (bundled)".
dataset-bundled-file = { $file } (bundled)
# A compare slide: who was in both organisations on the slide's day.
slide-compare-both = In both on { $date } ({ $count }): { $names }
slide-compare-none = No country was in both on { $date }.

## View codes

key-copy-view-code = Copy the view's code (paste it with Ctrl+V outside a text field to come back)
menu-copy-view-code = Copy view code
menu-open-view-code = Open view code…
code-dialog-title = Open view code
code-dialog-field = Code
code-dialog-open = Open
notice-view-code-copied = The view's code is on the clipboard
code-copied-title = View code
code-copied-explain = This code is on the clipboard. Write it on the board or share it: pasting it (Ctrl+V) or File → Open view code comes back to this view.
code-copied-close = Close
notice-view-code-opened = Opened the view from its code
notice-view-code-refused = View code refused: { $why }
code-not-a-code = this is not a view code (view codes start with “sx1~”)
code-other-version = the code is from another version of the app ({ $version })
code-damaged-count = the code is damaged: it has the wrong number of parts
code-damaged-dataset = the code is damaged: its dataset cannot be read
code-damaged-selection = the code is damaged: its selection cannot be read
code-damaged-date = the code is damaged: its date cannot be read
code-damaged-tab = the code is damaged: its tab cannot be read
code-damaged-zoom = the code is damaged: its zoom cannot be read
code-damaged-slide = the code is damaged: its slide number cannot be read
code-damaged-language = the code is damaged: its language cannot be read
code-damaged-length = the text is far too long to be a view code
code-dataset-not-opened = its dataset could not be opened
code-compare-not-opened = the organisation it compares with could not be opened
code-missing-event = it names the event “{ $id }”, which { $org } does not have
code-missing-country = it names the country “{ $id }”, which { $org } does not have
code-no-code-in-png = { $file } carries no view code

## Tour handouts (PDF)
menu-export-handout = Export tour as PDF
menu-export-handout-notes = Export tour as PDF with teacher's notes
# The title page's line under the tour title: "Handout: 10 slides · English".
handout-meta = Handout: { $slides ->
    [one] { $slides } slide
   *[other] { $slides } slides
} · { $language }
# "Data: The Shanghai Cooperation Organisation, as of 1 September 2025".
handout-data = Data: { $dataset }, as of { $date }
handout-steps = Steps
handout-sources = Sources
notice-handout-writing = Writing the handout of “{ $tour }”…
notice-handout-saved = Saved the handout to { $path }
notice-handout-failed = Could not write the handout: { $error }
handout-sources-continued = Sources (continued)

## Event places
# A point on the globe: "43.25° N, 76.91° E".
coord-point = { $lat }, { $lon }
coord-north = { $deg }° N
coord-south = { $deg }° S
coord-east = { $deg }° E
coord-west = { $deg }° W
place-area = An area, not a single point: no dot on the map
map-places-note = Event places: GeoNames (CC BY 4.0).

## Where saved files go
# The File menu item: "Save in: lessons…" (the folder's name; the full path on hover).
menu-save-folder = Save in: { $folder }…
folder-title = Folder for saved PNGs and handouts
folder-path = Folder
folder-path-hint = path/to/folder (empty: the folder shown)
folder-button = Save here
notice-save-folder = Saved files now go to { $path }

## Presenter view: docked or in its own window
key-presenter-window = Presenter view in its own window (for a second screen) or docked under the slide
presenter-pop-out = Own window (Shift+P)
presenter-pop-out-hint = Open the presenter view in a window of its own, to drag to a second screen (the laptop's) while the slide stays on the projector. Remembered.
presenter-compact-next = Next: { $title }
presenter-clock-hint = Time since the presentation began
presenter-full-view = Notes (N)
presenter-full-view-hint = Show the teacher's note and the next step in full under the slide (N). Remembered.
presenter-compact-view = One line (N)
presenter-compact-view-hint = Shrink the presenter view to one line (step, next step, time) so the slide keeps its room (N). Remembered.
key-presenter-compact = Presenter view: one line or in full
presenter-dock = Dock under the slide (Shift+P)
presenter-dock-hint = Put the presenter view back in a strip under the slide (for a single screen).

## Slides of events that changed statuses: the map before and after
# "Before, 7 June 2017" (the map's headcount follows on a second line)
slide-map-before = Before, { $date }
slide-map-after = After, { $date }
notice-not-a-folder = { $path } is not a folder: saved files still go where they went
notice-handout-unavailable = This build cannot write handouts (it was built without its headless renderer)
notice-handout-stopped = The handout could not be written: its writer stopped unexpectedly
# Comparing: a filter for a kind only the other organisation has, "Disaster-relief drills (ASEAN)".
timeline-kind-of = { $kind } ({ $org })
# Disputed areas on the map (Natural Earth's breakaway and disputed areas layer).
map-disputed-area = Disputed area
map-disputed-self-administered = Administered by its own authorities
# $parties: the states that claim or administer the area, by their country names.
map-disputed-claimed-by = Claimed by: { $parties }
map-disputed-separator = {", "}
map-disputed-legend = Disputed area

## Quiz: questions drawn from the dataset's sourced facts
# $status: a status's label as the dataset declares it, e.g. "Observer".
quiz-ask-status-year = In which year did { $country } get the status “{ $status }”?
# $event: the event as quiz-event-titled or quiz-event-kind names it.
quiz-ask-event-place = Where was this held: { $event }?
quiz-event-titled = { $title } ({ $date })
# $kind: the event's kind as the dataset declares it, e.g. "Summit".
quiz-event-kind = { $kind }, { $date }
quiz-ask-held-status = Which of these held the status “{ $status }” on { $date }? Tick every one that did.
quiz-ask-first = Which of these happened first?
quiz-ask-order = Put these in the order they happened, the earliest first.
quiz-ask-members = How many members did the organisation have on { $date }?
quiz-happening-status = { $country } gets the status “{ $status }”
quiz-fact-event = { $title }: { $place }, { $date }
quiz-fact-event-nowhere = { $title }: { $date }
# $dates: from when to when the status was held, e.g. "15 June 2001 – 9 June 2017" or "15 June 2001".
quiz-fact-status = { $country }: { $status }, { $dates }
# The answer key `sco-explorer quiz` prints. $code: the quiz's code, e.g. "sco-3".
quiz-key-title = Quiz { $code }: { $organisation }, { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
quiz-key-answer = Answer: { $answer }
quiz-key-fact = Fact: { $fact }
quiz-key-sources = Sources: { $sources }
# The quiz in the window (menu, keys, the question and the score).
quiz-menu = Quiz
quiz-menu-resume = Back to the quiz
quiz-mode-self-test = Test yourself (ten questions, with a score)
quiz-mode-class = Class quiz (on the projector, no score)
# $code: the quiz's code (the same code gives the same questions), e.g. "sco-3".
quiz-header = Quiz { $code } · question { $number } of { $count }
quiz-header-end = Quiz { $code }
quiz-new = New quiz
quiz-leave = Back to the explorer
quiz-empty = This dataset has no sourced facts to ask about.
quiz-hint-one = Click an answer or press its number, then Enter.
quiz-hint-several = Tick every right answer (click or press its number), then Enter.
quiz-hint-order = Click the answers or press their numbers in order, the earliest first; then Enter.
quiz-hint-map-one = Click an answer, in the list or on the map, or press its number; then Enter.
quiz-hint-map-several = Tick every right answer (click it in the list or on the map, or press its number), then Enter.
# The map beside a question of places; each choice on it is a numbered marker.
quiz-map-canvas = Map of the choices
quiz-map-spot = { $name }, on the map
quiz-check = Check the answer
quiz-reveal = Show the answer
quiz-next = Next question
quiz-right = Right!
quiz-wrong = Not quite.
quiz-the-answer = The answer: { $answer }
quiz-your-answer = Your answer: { $answer }
quiz-open = Show it in the explorer
quiz-score = Score: { $right } of { $count }
quiz-all-right = Every answer was right.
quiz-review = The answers to look at again
quiz-end = End of the quiz
help-quiz = In a quiz
key-quiz-self-test = Test yourself: a quiz of ten questions
key-quiz-class = A class quiz on the projector
key-quiz-choose = Choose an answer by its number (several: tick; order: place next)
key-quiz-next = Check or show the answer, then the next question
key-quiz-previous = Previous question (class quiz)
key-quiz-leave = Back to the explorer (the quiz waits in the View menu)
# The field in the quiz's header where a class's code is typed ("sco-3").
quiz-code = Quiz code:
quiz-code-take = Take this quiz
quiz-code-refused = Neither the dataset shown nor a bundled one has a quiz of that code (write it as sco-3)
# The class quiz's presenter view (for the teacher's screen).
quiz-presenter = For the teacher: the answer before the class sees it
# $question: the next question, as asked.
quiz-presenter-next = Next: { $question }
key-quiz-presenter-view = Presenter view of a class quiz: the answer for the teacher first

## Lessons
key-lesson-save-as = Save the lesson as a new file
key-lesson-redo = Redo the last undone change to the lesson
key-lesson-save = Save the lesson
key-lesson-undo = Undo the last change to the lesson
key-lesson-move-up = Move the selected step up
key-lesson-move-down = Move the selected step down
key-lesson-add-view = Add this view to the lesson as a step
key-lesson-panel = Show or hide the lesson panel
key-lesson-delete = Delete the selected step
notice-lesson-opened = Opened the lesson { $path }
notice-lesson-saved = Saved the lesson to { $path }
notice-lesson-not-saved = The lesson was not saved: { $error }
notice-lesson-step-added = Added this view to the lesson as step { $step }
lesson-new-text-slide = New text slide
lesson-untitled = Untitled lesson
lesson-step-untitled = { $step }. (no heading)
lesson-missing-dataset = This step's dataset “{ $name }” could not be opened. The rest of the lesson still works.
lesson-missing-target = “{ $id }” is not an event or a country of the { $org } dataset. The rest of the lesson still works.
lesson-strip-next = Next: { $heading }
lesson-save-title = Save lesson as
lesson-save-file = File name:
lesson-save-file-hint = lesson.ron, in the folder shown
lesson-save-button = Save
lesson-panel-title = Lesson
lesson-none = No lesson yet. Start a new one, open a lesson file, or start from a tour; then add views from the explorer as steps.
lesson-writing-in = Writing in:
lesson-title = Title:
lesson-new = New lesson
lesson-open = Open lesson…
lesson-save = Save lesson
lesson-save-as = Save lesson as…
lesson-undo = Undo
lesson-redo = Redo
lesson-not-saved-yet = Not saved yet
lesson-unsaved = {" "}(unsaved changes)
lesson-add-view = Add this view as a step
lesson-add-text = Add a text slide
lesson-present = Present the lesson
lesson-no-steps = No steps yet: choose a view in the explorer and add it.
lesson-go-to = Show this view
lesson-replace = Use the view on screen
lesson-move-up = Up
lesson-move-down = Down
lesson-duplicate = Duplicate
lesson-delete = Delete
lesson-heading = Heading:
lesson-note = Teacher's note:
lesson-bullets = Points on the slide:
lesson-remove-bullet = Remove this point
lesson-bullet = Point { $number }:
lesson-add-bullet = Add a point
lesson-unsaved-title = Unsaved lesson
lesson-unsaved-question = The lesson has changes that are not saved. Save them first?
lesson-discard = Discard the changes
lesson-keep-editing = Keep editing
lesson-from-tour = Start from a tour
menu-lesson = Lesson
lesson-panel-toggle = Lesson panel
help-lesson = With the lesson panel open
lesson-step-text = { $step }. { $heading } (text slide)
lesson-handout-kicker = A lesson made with sco-explorer
lesson-handout-data = Data: the datasets each slide names, with their sources listed below.
lesson-drag = Drag to move this step
