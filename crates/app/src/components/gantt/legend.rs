//! The chart's legend (one swatch per state) and the short explanation under it.

use yew::prelude::*;

/// The legend and the short explanation shown next to the chart.
pub fn legend() -> Html {
    let item = |class: &str, name: &str, what: &str| {
        html! {
            <li><span class={classes!("swatch", class.to_owned())} aria-hidden="true"></span><b>{ name.to_owned() }</b><span class="what">{ format!(" {what}") }</span></li>
        }
    };
    html! {
        <ul class="legend" aria-label="Legend">
            { item("s-running", "running", "a step of the task (takes no virtual time)") }
            { item("s-ready", "ready", "could run, waiting for its turn") }
            { item("s-sleeping", "sleeping", "in await asyncio.sleep") }
            { item("s-waiting", "waiting", "for a task, a gather, a queue, a lock, an event…") }
            { item("s-blocked", "blocked", "time.sleep holding the whole loop") }
            { item("k-tick", "print", "a printed line: click it") }
        </ul>
    }
}

/// What am I looking at? The chart in a few sentences.
pub fn explain() -> Html {
    html! {
        <details class="explain" open={true}>
            <summary>{ "What am I looking at?" }</summary>
            <p>
                { "Each row is one asyncio task, indented under the task that created it; the first row is " }
                <code>{ "main()" }</code>
                { ". Time runs left to right in " }<em>{ "virtual" }</em>
                { " seconds: sleeps take no real time, so a 10 s program finishes at once (choose a Live pace to watch it unfold)." }
            </p>
            <p>
                { "A task only runs in short steps between two " }<code>{ "await" }</code>
                { "s, drawn as thin dark marks: a step takes no virtual time. In between it is sleeping, waiting for other tasks, or ready and queued behind the others. Only one task runs at a time, yet the sleeps overlap: that is why the total time is shorter than the sum of the sleeps. A " }
                <code>{ "time.sleep" }</code>
                { " blocks the whole loop (red): nobody else can run." }
            </p>
            <p>{ "Dots are printed lines: click one to find it in the output, or click a line of output to find its dot." }</p>
        </details>
    }
}
