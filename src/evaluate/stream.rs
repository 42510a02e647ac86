//! Evaluation one target at a time, for reports written as they are evaluated
//! (docs/performance.md, "A million targets"): [`Run`] holds what every target's
//! evaluation reads (the values by target, the series, the panels, the report's date),
//! and gives each target's report on its own, so a report of a million targets need not
//! be held whole. [`super::evaluate_focused`] is the same run keeping every report.

use std::collections::{BTreeMap, HashMap};

use super::{Focus, Settings, evaluate_target, panel};
use crate::actuals::Actuals;
use crate::report::{Report, SeriesReport, Summary, TargetReport};
use crate::snapshots::{self, Entry};
use crate::spec::Spec;
use crate::stale;

/// One evaluation of a spec against its actuals, target by target.
pub struct Run<'a> {
    spec: &'a Spec,
    by_target: BTreeMap<&'a str, Vec<Entry<'a>>>,
    /// The panel targets' reports by position, evaluated up front (on every core).
    panels: HashMap<usize, TargetReport>,
    series: Vec<SeriesReport>,
    /// The settings with the report's date: `--as-of`, else the latest file's.
    dated: Settings,
}

impl<'a> Run<'a> {
    pub fn new(spec: &'a Spec, actuals: &'a [Actuals], settings: &Settings, focus: &Focus) -> Self {
        let by_panel = panel::entries(actuals, settings.as_of);
        let panels = panel::evaluate_all(spec, by_panel, settings, focus);
        let mut by_target = snapshots::by_target(actuals);
        if let Some(date) = settings.as_of {
            for entries in by_target.values_mut() {
                entries.retain(|e| e.actual.as_of <= date);
            }
        }
        let series: Vec<_> = spec
            .series()
            .iter()
            .map(|s| crate::figures::series_report(s, entries_of(&by_target, &s.id)))
            .collect();
        // The report's date: `--as-of`, else the latest file's. A figure over a window is
        // chained as of it (real plans §4: a completed year without a rate is named).
        let report_as_of = settings.as_of.or(actuals.iter().map(|a| a.as_of).max());
        Run {
            spec,
            by_target,
            panels,
            series,
            dated: Settings {
                as_of: report_as_of,
                ..*settings
            },
        }
    }

    /// Target `i`'s report. `done` holds the reports of the targets evaluated so far, by
    /// position (a goal stated against another target reads its figure there); a panel
    /// target's report is handed out once.
    pub fn target(&mut self, i: usize, done: &[Option<TargetReport>]) -> TargetReport {
        let mut report = match self.panels.remove(&i) {
            Some(report) => report,
            None => self.evaluate(i, done),
        };
        // A figure over a window is never stale (a missing year makes it `pending`); an
        // assessed target's date is its judgement's.
        let figure = stale::Figure::of(report.as_of, report.aggregate.is_some());
        report.stale = stale::is_stale(figure, self.dated.as_of, report.deadline);
        super::panel::mark_stale(&mut report, self.dated.as_of);
        report
    }

    fn evaluate(&self, i: usize, done: &[Option<TargetReport>]) -> TargetReport {
        let t = &self.spec.targets()[i];
        let refs = crate::figures::Refs {
            spec: self.spec,
            by_target: &self.by_target,
            targets: done,
            series: &self.series,
        };
        evaluate_target(t, entries_of(&self.by_target, &t.id), &self.dated, &refs)
    }

    /// The report around `targets` (with their summary).
    pub fn report(self, targets: Vec<TargetReport>) -> Report {
        let mut report = self.header(Summary::from_targets(&targets));
        report.targets = targets;
        report
    }

    /// The report without its targets: what is written before them, with `summary`.
    pub fn header(&self, summary: Summary) -> Report {
        Report {
            title: self.spec.title().map(str::to_string),
            spec_file: self.spec.file_name().to_string(),
            builtin_spec: self.spec.is_builtin(),
            spec_in_repo: None,
            as_of: self.dated.as_of,
            threshold: self.dated.on_track_threshold,
            summary,
            breakdown: None,
            targets: Vec::new(),
            series: self.series.clone(),
        }
    }

    /// Every target's report in spec order, each evaluated once, when it is asked for.
    /// Only for a run whose targets are [`independent`] (none reads another's report).
    pub fn targets(&mut self) -> impl Iterator<Item = TargetReport> + '_ {
        let n = self.spec.targets().len();
        (0..n).map(move |i| self.target(i, &[]))
    }
}

/// Whether each target of `spec` can be evaluated on its own, in spec order, as
/// [`Run::targets`] does: no goal is stated against another target's figure (such a
/// target reads the other's report). A goal stated against a series is: the series are
/// evaluated first, and every target reads them from the run.
pub fn independent(spec: &Spec) -> bool {
    spec.targets().iter().all(|t| {
        t.of.as_deref()
            .is_none_or(|of| spec.target(of).is_some_and(|r| r.series))
    })
}

fn entries_of<'a, 'b>(by_target: &'b BTreeMap<&str, Vec<Entry<'a>>>, id: &str) -> &'b [Entry<'a>] {
    by_target.get(id).map_or(&[][..], Vec::as_slice)
}
