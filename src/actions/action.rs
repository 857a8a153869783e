//! [`Action`]: one thing the user asked for, whatever input it came from.

use super::lesson_action::LessonAction;
use crate::lang::Lang;
use crate::model::Target;
use crate::state::{CentralView, OverlapColumn, QuizMode, ThemeChoice};

/// One thing the user asked for.
#[must_use = "an action does nothing until it is applied"]
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Something asked of the lesson being made.
    Lesson(LessonAction),
    /// Select the next event in time among those shown on the timeline.
    NextEvent,
    /// Select the previous event in time among those shown on the timeline.
    PreviousEvent,
    /// Select an event or a country (selecting an event moves the date to its start).
    Select(Target),
    /// Select a country and move the date to the start of one of its status periods.
    SelectStatusChange {
        /// Country index.
        country: usize,
        /// Status period index within the country.
        period: usize,
    },
    /// Move the date cursor to a day.
    SetDate(chrono::NaiveDate),
    /// Move the date cursor back one year.
    DateBack,
    /// Move the date cursor forward one year.
    DateForward,
    /// Zoom the timeline in around the date cursor.
    ZoomIn,
    /// Zoom the timeline out around the date cursor.
    ZoomOut,
    /// Show the whole history on the timeline.
    ZoomReset,
    /// Switch the centre between the timeline and the map.
    ToggleMap,
    /// Start or stop the map's animation of the date (showing the map).
    TogglePlay,
    /// Play from the first day, whatever date is shown.
    PlayFromStart,
    /// Put the keyboard focus in the search box.
    FocusSearch,
    /// Move the keyboard focus to the next panel (list, centre, details).
    NextPanel,
    /// Move the keyboard focus to the previous panel.
    PreviousPanel,
    /// Move the list's keyboard cursor down one row.
    ListDown,
    /// Move the list's keyboard cursor up one row.
    ListUp,
    /// Select the row under the list's keyboard cursor.
    ListActivate,
    /// Esc: close the innermost open thing (text field, dialog, help, search, selection).
    Back,
    /// Switch the interface to another language (selection, date and zoom stay).
    SetLang(Lang),
    /// Put the code of the view on screen on the clipboard.
    CopyViewCode,
    /// Show the "Open view code" dialog.
    OpenViewCode,
    /// Go to the view of the code waiting to be opened (pasted, typed into the
    /// dialog, or read from a dropped PNG).
    OpenWaitingViewCode,
    /// Compare the organisation on screen with a bundled one, by short name.
    CompareWith(&'static str),
    /// Leave compare mode.
    StopComparing,
    /// Select a country of either compared organisation, by its place in the comparison.
    SelectCompared(usize),
    /// Select an event of the organisation compared with, by index (the date moves to it).
    SelectComparedEvent(usize),
    /// Show the "Open dataset" dialog.
    Open,
    /// Show the bundled dataset with this short name ("sco", "asean").
    ShowBundled(&'static str),
    /// Reload the opened file from disk.
    Reload,
    /// Save the window (or the slide) as a PNG.
    SavePng,
    /// Move the presenter view between its dock under the slide and a window of its own.
    TogglePresenterWindow,
    /// Switch the docked presenter view between its one-line strip and the full view.
    TogglePresenterCompact,
    /// Show the dialog choosing the folder saved files go to.
    ChooseSaveFolder,
    /// Write the current tour as a PDF handout (with the teacher's notes if `true`).
    ExportHandout(bool),
    /// Show or hide the About / keyboard help window.
    ToggleHelp,
    /// Put away the "Start here" card (for good).
    DismissStartHint,
    /// Switch between the light and the dark theme.
    ToggleTheme,
    /// Use this theme.
    SetTheme(ThemeChoice),
    /// Make the interface larger.
    UiLarger,
    /// Make the interface smaller.
    UiSmaller,
    /// Return the interface to its default size (1x, or the presentation default on slides).
    UiResetSize,
    /// Enter presentation mode at the selected item (or the last slide shown).
    PresentFromHere,
    /// Enter presentation mode at the tour's first slide (as F5 does in slide programs).
    Present,
    /// Leave presentation mode.
    LeavePresentation,
    /// Next slide.
    NextSlide,
    /// Previous slide.
    PreviousSlide,
    /// First slide.
    FirstSlide,
    /// Last slide.
    LastSlide,
    /// Show or hide the presenter view.
    TogglePresenterView,
    /// The pointer spotlight: drawn while its key is held (the slides look at the
    /// key's state), so pressing it asks for nothing more.
    Spotlight,
    /// Enter in the search box: select the highlighted row, else the first match.
    PickFirstMatch,
    /// Open or close the help window (its close button).
    SetHelpOpen(bool),
    /// Show this range of the timeline (fractional years), after a pan or zoom
    /// with the pointer.
    SetTimelineRange(f64, f64),
    /// Present this tour (`None`: every event in order) from its first step.
    ChooseTour(Option<String>),
    /// The search text, as typed in the search box.
    SetSearch(String),
    /// Show or hide the events of a kind (by its id) on the timeline.
    SetKindShown(String, bool),
    /// Move the date while playing (not a date the user chose).
    PlayTo(chrono::NaiveDate),
    /// Show this view in the centre (its tab).
    ShowView(CentralView),
    /// Show the memberships of this country (an ISO alpha-3 code).
    ChooseMembershipCountry(String),
    /// Open a record of one organisation of the region (by its index there),
    /// showing that organisation first if another one is on screen.
    OpenInOrg {
        /// The organisation's index in the region.
        org: usize,
        /// The event or country, as an index into that organisation's dataset.
        target: Target,
    },
    /// Sort the overlap table by this column (the same column again reverses it).
    SortOverlap(OverlapColumn),
    /// Save the overlap table on the date, as shown (sorted and filtered), as CSV.
    ExportOverlapCsv,
    /// Start a new quiz of ten questions (with the next seed).
    StartQuiz(QuizMode),
    /// Go back to the quiz left for the explorer.
    ResumeQuiz,
    /// Leave the quiz for the explorer; it waits where it was.
    LeaveQuiz,
    /// Choose (or tick, or place next in order) a choice of the quiz's question, from 0.
    QuizChoose(usize),
    /// Check the answer (self-test) or reveal it (class quiz); once shown, the next question.
    QuizNext,
    /// The previous question (class quiz).
    QuizPrevious,
    /// The quiz code, as typed in the quiz's header.
    SetQuizCodeText(String),
    /// Take the quiz of the code typed (e.g. the class's "sco-3"), showing its
    /// bundled dataset if another is on screen.
    OpenQuizCode,
    /// Close the program.
    Quit,
}

impl Action {
    /// Whether the action moves the view to something else (another record,
    /// date, tab or search): a message about the last view is stale then.
    pub fn moves_the_view(&self) -> bool {
        matches!(
            self,
            Self::NextEvent
                | Self::PreviousEvent
                | Self::Select(_)
                | Self::SelectStatusChange { .. }
                | Self::SetDate(_)
                | Self::DateBack
                | Self::DateForward
                | Self::ToggleMap
                | Self::ShowView(_)
                | Self::SetSearch(_)
                | Self::ChooseMembershipCountry(_)
                | Self::OpenInOrg { .. }
                | Self::SelectCompared(_)
                | Self::SelectComparedEvent(_)
                | Self::ListActivate
                | Self::TogglePlay
                | Self::PlayFromStart
        )
    }
}
