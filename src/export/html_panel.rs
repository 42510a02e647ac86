//! The HTML report's panels: for each panel target, the distribution of its entities by
//! status and by pace (a stacked bar with its figures written out, and a table), the worst
//! entities, and every entity in a table that a filter box narrows (the one script of the
//! report, allowed by its hash in the Content-Security-Policy; without it, the browser's
//! find-in-page still finds every entity).

use maud::{Markup, PreEscaped, html};

use crate::export::ExportOptions;
use crate::export::rows::{self, number, signed};
use crate::report::{Report, Status, TargetReport};
use crate::text::sanitize;
use crate::wording::{percent, plural_of};

/// The filter script: hides the rows of a panel's table whose text does not contain what
/// the box holds (case-insensitive), and says how many are shown.
pub const SCRIPT: &str = "for(const b of document.querySelectorAll('input[data-filter]')){const t=document.getElementById(b.dataset.filter),n=document.getElementById(b.dataset.filter+'-n');b.addEventListener('input',()=>{const q=b.value.toLowerCase();let k=0;for(const r of t.tBodies[0].rows){const s=r.textContent.toLowerCase().includes(q);r.hidden=!s;k+=s}n.textContent=k+' shown'})}";

/// SHA-256 of [`SCRIPT`], base64 (`printf %s "$SCRIPT" | openssl dgst -sha256 -binary |
/// base64`): the policy allows this script and no other.
pub const SCRIPT_HASH: &str = "sha256-dAfMIVH7n17vgymgsAUiyL2dKD0jvN5TiQZcteiC6rc=";

/// Whether the report has a panel (and so the script).
pub fn any(report: &Report) -> bool {
    report.targets.iter().any(|t| t.panel.is_some())
}

/// The panels' sections, after the cards.
pub fn sections(report: &Report, options: &ExportOptions) -> Markup {
    html! {
        @for (k, t) in report.targets.iter().enumerate() {
            @if t.panel.is_some() {
                (section(t, k, options))
            }
        }
    }
}

fn section(t: &TargetReport, k: usize, options: &ExportOptions) -> Markup {
    let p = t.panel.as_deref().expect("a panel target");
    let name = sanitize(t.name.get(options.lang)).into_owned();
    let per = sanitize(&p.per).into_owned();
    let unit = t.unit.as_deref().map(sanitize).unwrap_or_default();
    let table_id = format!("panel-{k}");
    let paces = [
        ("ahead (π ≥ 1)", p.paces.ahead),
        ("near (threshold ≤ π < 1)", p.paces.near),
        ("slow (π < threshold)", p.paces.slow),
        ("no pace", p.paces.none),
    ];
    html! {
        section.panel aria-labelledby={ (table_id) "-h" } {
            h2 id={ (table_id) "-h" } { (name) ", per " (per) }
            p { (rows::panel_line(t, options).unwrap_or_default()) }
            div.stack role="img" aria-label={ (name) ": entities by status" } {
                @for status in Status::ALL {
                    @let n = p.counts.count(status);
                    @if n > 0 {
                        span class={ "s-" (status.as_str()) } style={ "flex-grow: " (n) }
                            title={ (n) " " (status.as_str()) } {}
                    }
                }
            }
            table.dist {
                caption { "Entities by status and by pace" }
                thead { tr { th scope="col" { "status" } th scope="col" { "entities" } th scope="col" { "pace" } th scope="col" { "entities" } } }
                tbody {
                    @for i in 0..Status::ALL.len().max(paces.len()) {
                        tr {
                            @if let Some(status) = Status::ALL.get(i) {
                                td { (status.as_str()) } td { (p.counts.count(*status)) }
                            } @else { td {} td {} }
                            @if let Some((label, n)) = paces.get(i) {
                                td { (label) } td { (n) }
                            } @else { td {} td {} }
                        }
                    }
                }
            }
            @if let Some(share) = p.on_track_share {
                p { "On track (met or on-track): " (percent(share)) }
            }
            @if !p.worst.is_empty() {
                h3 { "Worst " (plural_of(&per)) " by gap" }
                ol {
                    @for e in p.worst() {
                        li { (sanitize(p.name(e))) " (" (sanitize(p.id(e))) "): "
                            (e.gap.map(|g| crate::wording::with_unit(&signed(g), crate::wording::difference_unit(&unit))).unwrap_or_default())
                            @if let Some(d) = e.as_of.filter(|_| e.stale) { " (" (d) ")" }
                            ", " (e.status.as_str()) }
                    }
                }
            }
            details {
                summary { "Every " (per) " (" (p.entities.len()) ")" }
                label for={ (table_id) "-q" } { "Filter " (plural_of(&per)) " by id, name, owner or status " }
                input type="search" id={ (table_id) "-q" } data-filter=(table_id) autocomplete="off";
                " " output id={ (table_id) "-n" } aria-live="polite" {}
                table id=(table_id) {
                    thead { tr {
                        th scope="col" { "id" } th scope="col" { "name" } th scope="col" { "owner" }
                        th scope="col" { "status" } th scope="col" { "actual" } th scope="col" { "goal" }
                        th scope="col" { "gap" } th scope="col" { "pace" }
                    } }
                    tbody {
                        @for e in &p.entities {
                            tr {
                                td { (sanitize(p.id(e))) }
                                td { (sanitize(p.name(e))) }
                                td { (p.owner(e).map(sanitize).unwrap_or_default()) }
                                td class={ "s-" (e.status.as_str()) } { (e.status.as_str()) @if e.failing { " (failing)" } }
                                td { (e.actual.map(|v| rows::number(v, 2)).unwrap_or_default())
                                    @if let Some(d) = e.as_of.filter(|_| e.stale) { " (" (d) ")" } }
                                td { (e.goal.map(|v| rows::number(v, 2)).unwrap_or_default()) }
                                td { (e.gap.map(signed).unwrap_or_default()) }
                                td { (e.pace.map(|v| number(v, 2)).unwrap_or_default()) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The script element, when the report has panels.
pub fn script(report: &Report) -> Markup {
    html! {
        @if any(report) {
            script { (PreEscaped(SCRIPT)) }
        }
    }
}
