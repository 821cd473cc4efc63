//! The summary: total virtual time against the sum of every wait, and the task count —
//! the line that makes concurrency visible ("3.0 s instead of 6.0 s").

use crate::model::{Phase, Snap, exact, secs};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub snap: Snap,
    pub phase: Phase,
}

/// The sentence under the numbers.
pub fn sentence(total: f64, awaited: f64, phase: Phase) -> String {
    let eps = 1e-9;
    let (t, w) = (secs(total), secs(awaited));
    let prefix = match phase {
        Phase::Running => "So far: ",
        Phase::Error => "Until the error: ",
        Phase::Stopped => "Until you stopped it: ",
        Phase::Idle | Phase::Done => "",
    };
    if awaited > total + eps {
        let ratio = if total > eps {
            let r = awaited / total;
            let r = if r >= 10.0 { format!("{r:.0}") } else { format!("{r:.1}") };
            format!(", {r}× faster than waiting one after another")
        } else {
            String::new()
        };
        format!("{prefix}{t} s instead of {w} s: the waits overlapped{ratio}.")
    } else if awaited > eps && (awaited - total).abs() <= eps {
        format!("{prefix}{t} s, exactly the sum of its waits: nothing overlapped.")
    } else if awaited > eps {
        format!("{prefix}{t} s of virtual time, {w} s of it spent waiting in sleeps.")
    } else {
        format!("{prefix}{t} s of virtual time and no sleep at all.")
    }
}

#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let snap = &props.snap;
    let s = snap.timeline.summary;
    let has_run = snap.run != 0;
    let total = snap.outcome.as_ref().map_or(s.total, |_| snap.timeline.end);
    html! {
        <section
            id="summary"
            class="summary"
            data-total={has_run.then(|| exact(total))}
            data-tasks={has_run.then(|| s.tasks.to_string())}
            aria-live="polite"
        >
            <div class="stat">
                <span class="k">{ "Total time" }</span>
                <span class="v">{ if has_run { format!("{} s", secs(total)) } else { "–".into() } }</span>
            </div>
            <div class="stat">
                <span class="k">{ "Sum of all sleeps" }</span>
                <span class="v">{ if has_run { format!("{} s", secs(s.awaited)) } else { "–".into() } }</span>
            </div>
            <div class="stat">
                <span class="k">{ "Tasks" }</span>
                <span class="v">{ if has_run { s.tasks.to_string() } else { "–".into() } }</span>
            </div>
            <p class="sentence">
                if has_run {
                    { sentence(total, s.awaited, props.phase) }
                } else {
                    { "Run a scenario: the total virtual time is compared with the sum of its sleeps." }
                }
            </p>
        </section>
    }
}
