//! Presentations: the steps of a tour (or of every event in time order), as
//! slides and handouts step through them.

use super::{Dataset, Step, StepView, Target, Tour};

impl Dataset {
    /// The tour with this id, if the dataset has it.
    fn tour(&self, id: Option<&str>) -> Option<&Tour> {
        id.and_then(|id| self.file.tours.iter().find(|t| t.id == id))
    }

    /// The steps of a presentation: the tour's steps, or every event in time order
    /// when `tour` is `None` or not in the dataset.
    pub fn presentation_steps(&self, tour: Option<&str>) -> Vec<Step> {
        match self.tour(tour) {
            Some(tour) => tour
                .steps
                .iter()
                .filter_map(|step| {
                    Some(Step {
                        target: self.resolve(&step.target)?,
                        note: step.note.clone(),
                        view: step.view,
                    })
                })
                .collect(),
            None => self
                .events_in_order
                .iter()
                .map(|&e| Step {
                    target: Target::Event(e),
                    note: None,
                    view: StepView::Record,
                })
                .collect(),
        }
    }

    /// How many steps a presentation of `tour` has (every event when `tour` is `None` or unknown).
    pub fn presentation_len(&self, tour: Option<&str>) -> usize {
        match self.tour(tour) {
            Some(tour) => tour.steps.len(),
            None => self.events_in_order.len(),
        }
    }

    /// Step `index` of a presentation, without building the whole list.
    pub fn presentation_step(&self, tour: Option<&str>, index: usize) -> Option<Step> {
        match self.tour(tour) {
            Some(tour) => {
                let step = tour.steps.get(index)?;
                Some(Step {
                    target: self.resolve(&step.target)?,
                    note: step.note.clone(),
                    view: step.view,
                })
            }
            None => Some(Step {
                target: Target::Event(*self.events_in_order.get(index)?),
                note: None,
                view: StepView::Record,
            }),
        }
    }
}
