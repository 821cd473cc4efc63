//! The event-loop panel (issue 7): the loop at the playhead — its clock, the iteration,
//! the task running, the ready queue in order, the pending timers by deadline, a task
//! holding the loop in `time.sleep`, and the program's queues, locks, events, semaphores,
//! conditions and task groups with their waiters in order — with buttons that move the
//! playhead. A pure view of [`PanelData`], which the scrubber computed from the trace.

use loopscope_engine::loopview::Seek;
use yew::prelude::*;

use crate::model::{exact, secs};
use crate::scrub::{PanelData, PrimItem, TaskRef};

/// The stepper's buttons: what they do, their key, their icon.
const STEPS: [(Seek, &str, &str, &str); 6] = [
    (Seek::Home, "First event", "Home", "M3 3h1.6v10H3zM13 3v10L5.6 8z"),
    (Seek::PrevIteration, "Previous loop iteration", "Shift+←", "M8 3v10L1.6 8zM14.4 3v10L8 8z"),
    (Seek::Prev, "Previous event", "←", "M11 3v10L4.6 8z"),
    (Seek::Next, "Next event", "→", "M5 3v10l6.4-5z"),
    (Seek::NextIteration, "Next loop iteration", "Shift+→", "M1.6 3v10L8 8zM8 3v10l6.4-5z"),
    (Seek::End, "End: the whole run", "End", "M3 3v10l7.4-5zM11.4 3H13v10h-1.6z"),
];

/// The panel. A plain function of the scrubber's data, drawn with the page (every move of
/// the playhead makes new data anyway).
pub fn loop_panel(data: Option<&PanelData>, running: bool, on_seek: &Callback<Seek>) -> Html {
    let enabled = data.is_some() && !running;
    let buttons = STEPS.iter().map(|&(seek, what, key, icon)| {
        let on_seek = on_seek.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_seek.emit(seek));
        html! {
            <button type="button" class="btn step" {onclick} disabled={!enabled}
                title={format!("{what} ({key})")} aria-label={what}>
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d={icon} /></svg>
            </button>
        }
    });
    let (t, iteration, event) = match data {
        Some(d) => (
            Some(exact(d.t)),
            d.iteration.map(|n| n.to_string()),
            Some(d.index.map_or_else(|| "end".to_owned(), |i| i.to_string())),
        ),
        None => (None, None, None),
    };
    html! {
        <section id="loop-panel" class="loop-panel" aria-labelledby="loop-h"
            data-t={t} data-iteration={iteration} data-event={event}>
            <div class="loop-head">
                <h3 id="loop-h" class="section-title">{ "Inside the event loop" }</h3>
                <span class="loop-where" aria-live="polite">{ where_text(data, running) }</span>
                <div class="stepper" role="group" aria-label="Move the playhead">{ for buttons }</div>
            </div>
            { body(data, running) }
        </section>
    }
}

fn where_text(data: Option<&PanelData>, running: bool) -> String {
    match data {
        _ if running => "live run…".to_owned(),
        None => String::new(),
        Some(d) => match d.index {
            None => format!("end of the run · t = {} s", secs(d.t)),
            Some(i) => format!("t = {} s · event {} of {}", secs(d.t), i + 1, d.events),
        },
    }
}

fn chip(task: &TaskRef) -> Html {
    html! {
        <span class={classes!("chip", task.colour.clone())} data-task={task.label.clone()}>
            <span class="who" aria-hidden="true"></span>{ task.label.clone() }
        </span>
    }
}

const HOW_TO: &str = "Drag the playhead along the chart's time axis, or focus it and press ← or → (one event), Shift+← or Shift+→ (one loop iteration), Home or End.";
const INTRO: &str = "asyncio's loop works in iterations: it moves the timers that are due into the ready queue, then runs the handles that were ready, front first. Each one resumes a task until its next await. When nothing is ready, the clock jumps to the earliest timer; a time.sleep holds the whole loop.";

/// One fact of the loop: a label and its value.
fn fact(name: &str, class: &'static str, value: Html) -> Html {
    html! { <div class={class}><dt>{ name.to_owned() }</dt><dd>{ value }</dd></div> }
}

/// A list (the ready queue or the timers) with its count, or a word when it is empty.
fn list(title: &str, total: usize, label: &str, items: Vec<Html>, empty: &str) -> Html {
    let shown = items.len();
    html! {
        <div class="loop-col">
            <h4>{ title.to_owned() }<span class="count">{ total }</span></h4>
            if total == 0 {
                <p class="empty">{ empty.to_owned() }</p>
            } else {
                <ol aria-label={label.to_owned()}>{ for items }</ol>
            }
            if total > shown {
                <p class="more">{ format!("… and {} more", total - shown) }</p>
            }
        </div>
    }
}

/// An entry of either list: its task's colour and `data-task`, a lead and the words.
fn entry(class: &'static str, task: Option<&TaskRef>, deadline: Option<f64>, lead: Html, text: &str) -> Html {
    let colour = task.map_or("cm", |t| t.colour.as_str()).to_owned();
    html! {
        <li class={classes!(class, colour)} data-task={task.map(|t| t.label.clone())} data-deadline={deadline.map(exact)}>
            { lead }<span class="text">{ text.to_owned() }</span>
        </li>
    }
}

/// What the waiters of a group wait to do, in order.
fn role_words(role: &str) -> &'static str {
    match role {
        "get" => "waiting to get:",
        "put" => "waiting to put:",
        "join" => "in join():",
        "acquire" => "waiting to acquire:",
        "exit" => "waiting at the end of async with:",
        "next" => "waiting for the next result:",
        _ => "waiting:",
    }
}

/// A primitive: its name and state, then its waiters by what they want, first first
/// (`.prim-item` with `data-kind`, each waiter a `.waiter` chip with `data-task` and
/// `data-role`).
fn prim_entry(p: &PrimItem) -> Html {
    let groups = p.groups.iter().map(|g| {
        let chips = g.tasks.iter().enumerate().map(|(i, t)| {
            html! {
                <span class={classes!("chip", "waiter", t.colour.clone())} data-task={t.label.clone()} data-role={g.role}>
                    <span class="pos">{ i + 1 }</span><span class="who" aria-hidden="true"></span>{ t.label.clone() }
                </span>
            }
        });
        html! {
            <div class="waiters" data-role={g.role}>
                <span class="role muted">{ role_words(g.role) }</span>{ for chips }
            </div>
        }
    });
    let waiting: usize = p.groups.iter().map(|g| g.tasks.len()).sum();
    html! {
        <li class="prim-item" data-kind={p.kind} data-name={p.title.clone()} data-waiting={waiting.to_string()}>
            <span class="prim-title"><b>{ p.title.clone() }</b></span>
            if !p.state.is_empty() {
                <span class="prim-state muted">{ format!(" · {}", p.state) }</span>
            }
            if waiting == 0 {
                <span class="muted">{ " · nobody waits" }</span>
            }
            { for groups }
        </li>
    }
}

/// The program's primitives, across the panel's width (under the queue and the timers).
/// Its few layout rules are inline until the page's stylesheet has them.
fn prims_column(d: &PanelData) -> Html {
    let items = d.prims.iter().map(prim_entry);
    html! {
        <div class="loop-col prims-col">
            <h4>{ "Queues, locks, events" }<span class="count">{ d.prims_total }</span></h4>
            <ol aria-label="The program's queues, locks, events, semaphores, conditions and task groups, with the tasks waiting on each, first first">
                { for items }
            </ol>
            if d.prims_total > d.prims.len() {
                <p class="more">{ format!("… and {} more", d.prims_total - d.prims.len()) }</p>
            }
        </div>
    }
}

fn body(data: Option<&PanelData>, running: bool) -> Html {
    let intro = html! { <p class="loop-intro">{ INTRO }</p> };
    let Some(d) = data.filter(|_| !running) else {
        let text = if running {
            "When the run ends, move the playhead to see the ready queue and the timers at any instant."
        } else {
            "Run a program, then move the playhead to see the ready queue and the timers at any instant."
        };
        return html! { <div class="loop-body idle"><p class="placeholder">{ text }</p>{ intro }</div> };
    };
    if d.index.is_none() {
        return html! {
            <div class="loop-body idle">
                <p class="loop-end">
                    { format!("The whole run is shown: it ended at t = {} s after {} loop iteration{} ({} events).",
                        secs(d.t), d.iterations, if d.iterations == 1 { "" } else { "s" }, d.events) }
                </p>
                <p class="loop-keys">{ HOW_TO }</p>
                { intro }
            </div>
        };
    }

    let running_now = match (&d.running, &d.blocked) {
        (_, Some((task, until))) => html! {
            <>
                { chip(task) }
                <span class="holding">{ format!("holds the loop: in time.sleep until {} s", secs(*until)) }</span>
            </>
        },
        (Some(task), None) => chip(task),
        (None, None) => html! { <span class="muted">{ "no task: the loop is between two steps" }</span> },
    };
    let iteration = match d.iteration {
        Some(n) => {
            html! { <>{ n }<span class="muted">{ format!("numbered 0 to {}", d.iterations.saturating_sub(1)) }</span></> }
        }
        None => html! { <span class="muted">{ "not started yet" }</span> },
    };
    let ready = d
        .ready
        .iter()
        .enumerate()
        .map(|(i, item)| {
            entry("ready-item", item.task.as_ref(), None, html! { <span class="pos">{ i + 1 }</span> }, &item.text)
        })
        .collect();
    let timers = d
        .timers
        .iter()
        .map(|item| {
            let due =
                if item.deadline <= d.t { "due now".to_owned() } else { format!("in {} s", secs(item.deadline - d.t)) };
            let lead = html! { <span class="due"><b>{ format!("{} s", secs(item.deadline)) }</b><span class="rel">{ due }</span></span> };
            entry("timer-item", item.task.as_ref(), Some(item.deadline), lead, &item.text)
        })
        .collect();

    html! {
        <div class="loop-body">
            <div class="loop-now">
                <dl class="facts">
                    { fact("Clock", "clock", html! { { format!("{} s", secs(d.t)) } }) }
                    { fact("Loop iteration", "iteration", iteration) }
                    { fact("Running", "wide", running_now) }
                </dl>
                <p class="loop-event"><span class="k">{ "This event: " }</span>{ d.event.clone() }</p>
                if let Some(at) = d.truncated {
                    <p class="more">{ format!("This run was too long to record the loop's details after t = {} s.", secs(at)) }</p>
                }
            </div>
            { list("Ready queue", d.ready_total, "Ready queue, front first", ready, "Empty: nothing is ready to run.") }
            { list("Timers", d.timers_total, "Pending timers, by deadline", timers, "None pending.") }
            if d.prims_total > 0 {
                { prims_column(d) }
            }
        </div>
    }
}
