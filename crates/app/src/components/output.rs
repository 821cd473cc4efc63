//! The output pane: the printed lines, interleaved as they happened, each with its virtual
//! time and its task's colour; then the error, Python-style.
//!
//! Long outputs are drawn a chunk per animation frame: how many lines is the `shown` prop,
//! advanced by the page's frames (`state.rs`), so this view never waits for anything.

use crate::model::{LINES_PER_FRAME as CHUNK, MAX_SHOWN, Snap, colour, exact, secs};
use loopscope_engine::Outcome;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    pub snap: Snap,
    pub selected: Option<usize>,
    pub on_select: Callback<Option<usize>>,
    /// Nothing has run yet.
    pub fresh: bool,
    /// Lines drawn so far: a long output is drawn a chunk per frame, and the page (the
    /// root, which owns the frames) says how far it has got.
    pub shown: usize,
    /// Scrubbing: the lines begun before the playhead; the later ones are dimmed.
    #[prop_or_default]
    pub later: Option<usize>,
}

/// A run of consecutive lines: it re-renders only when its own lines (or the selection
/// among them) changed, so appending lines does not redraw the ones already drawn.
#[derive(Properties)]
pub struct ChunkProps {
    pub snap: Snap,
    pub start: usize,
    pub end: usize,
    pub selected: Option<usize>,
    /// The lines from this one on are after the playhead (`end`: none of them).
    pub later_from: usize,
}

impl PartialEq for ChunkProps {
    fn eq(&self, other: &ChunkProps) -> bool {
        if (self.start, self.end, self.selected, self.later_from)
            != (other.start, other.end, other.selected, other.later_from)
        {
            return false;
        }
        if self.snap == other.snap {
            return true;
        }
        let (a, b) = (&self.snap, &other.snap);
        match (a.lines.get(self.start..self.end), b.lines.get(other.start..other.end)) {
            (Some(x), Some(y)) => x == y && x.iter().all(|l| a.label(l.task) == b.label(l.task)),
            _ => false,
        }
    }
}

#[function_component(LineChunk)]
fn line_chunk(props: &ChunkProps) -> Html {
    let snap = &props.snap;
    let lines = snap.lines.get(props.start..props.end).unwrap_or_default();
    let lines = lines.iter().enumerate().map(|(k, line)| {
        let i = props.start + k;
        let is_sel = props.selected == Some(i);
        let later = i >= props.later_from;
        let label = snap.label(line.task).to_owned();
        html! {
            <div
                class={classes!("line", colour(line.task), is_sel.then_some("selected"), later.then_some("later"))}
                data-i={i.to_string()}
                data-t={exact(line.t)}
                data-task={label.clone()}
                aria-selected={if is_sel { "true" } else { "false" }}
                role="option"
            >
                <span class="t">{ secs(line.t) }</span>
                <span class="who" title={label} aria-hidden="true"></span>
                <span class="text">{ line.text.clone() }</span>
            </div>
        }
    });
    html! { <div class="chunk">{ for lines }</div> }
}

#[function_component(Output)]
pub fn output(props: &OutputProps) -> Html {
    let list = use_node_ref();
    let snap = &props.snap;
    let selected = props.selected;
    let total = snap.lines.len();
    let target = total.min(MAX_SHOWN);

    let drawn = target.min(props.shown);

    // Keep the selected line in view (selection can come from a Gantt tick).
    {
        let list = list.clone();
        use_effect_with(selected, move |selected| {
            if let (Some(i), Some(list)) = (selected, list.cast::<HtmlElement>()) {
                let sel = format!(".line[data-i=\"{i}\"]");
                if let Ok(Some(el)) = list.query_selector(&sel)
                    && let Ok(el) = el.dyn_into::<HtmlElement>()
                {
                    let top = el.offset_top() as f64;
                    let h = el.offset_height() as f64;
                    let view = list.scroll_top() as f64;
                    let height = list.client_height() as f64;
                    if top < view || top + h > view + height {
                        list.set_scroll_top((top - height / 2.0).max(0.0) as _);
                    }
                }
            }
        });
    }

    // Scrubbing: keep the last line printed before the playhead in view.
    {
        let list = list.clone();
        use_effect_with(props.later, move |later| {
            if let (Some(n), Some(list)) = (later, list.cast::<HtmlElement>()) {
                let at = n.saturating_sub(1);
                if let Ok(Some(el)) = list.query_selector(&format!(".line[data-i=\"{at}\"]"))
                    && let Ok(el) = el.dyn_into::<HtmlElement>()
                {
                    let top = el.offset_top() as f64;
                    let h = el.offset_height() as f64;
                    let view = list.scroll_top() as f64;
                    let height = list.client_height() as f64;
                    if top < view || top + h > view + height {
                        list.set_scroll_top((top - height * 0.6).max(0.0) as _);
                    }
                }
            }
        });
    }

    let cut = props.later.unwrap_or(usize::MAX);
    let chunks = (0..drawn).step_by(CHUNK).map(|start| {
        let end = (start + CHUNK).min(drawn);
        let selected = selected.filter(|i| (start..end).contains(i));
        let later_from = cut.clamp(start, end);
        html! { <LineChunk key={start} snap={snap.clone()} {start} {end} {selected} {later_from} /> }
    });

    // One listener for every line.
    let onclick = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: MouseEvent| {
            let line = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(".line").ok().flatten())
                .and_then(|el| el.get_attribute("data-i"))
                .and_then(|i| i.parse::<usize>().ok());
            if line.is_some() {
                on_select.emit(line);
            }
        })
    };
    let onkeydown = {
        let on_select = props.on_select.clone();
        let shown = total.min(MAX_SHOWN);
        Callback::from(move |e: KeyboardEvent| {
            if shown == 0 {
                return;
            }
            let next = match e.key().as_str() {
                "ArrowDown" => Some(selected.map_or(0, |i| (i + 1).min(shown - 1))),
                "ArrowUp" => Some(selected.map_or(shown - 1, |i| i.saturating_sub(1))),
                "Home" => Some(0),
                "End" => Some(shown - 1),
                "Escape" => None,
                _ => return,
            };
            e.prevent_default();
            on_select.emit(next);
        })
    };

    let error = match &snap.outcome {
        Some(Outcome::Error { message, t, line, col }) => {
            let place = match (line, col) {
                (Some(l), Some(c)) => format!("line {l}, column {c}"),
                (Some(l), None) => format!("line {l}"),
                _ => String::new(),
            };
            html! {
                <div class="error-box" role="alert">
                    <div class="error-head">
                        <span class="badge">{ "Error" }</span>
                        <span>{ format!("at t = {} s", secs(*t)) }</span>
                        if !place.is_empty() { <span class="where">{ place }</span> }
                    </div>
                    <pre
                        id="error"
                        data-line={line.map(|l| l.to_string())}
                        data-col={col.map(|c| c.to_string())}
                    >{ message.clone() }</pre>
                </div>
            }
        }
        _ => html! {},
    };

    let empty = total == 0 && snap.outcome.is_none();
    html! {
        <div class="output-wrap">
            <div
                id="output"
                ref={list}
                tabindex="0"
                {onclick}
                role="listbox"
                aria-label="Printed output. Arrow keys select a line and its mark in the chart."
                {onkeydown}
            >
                <div class="lines">{ for chunks }</div>
                if total > MAX_SHOWN {
                    <p class="more">{ format!("… and {} more lines (not drawn)", total - MAX_SHOWN) }</p>
                }
                if empty {
                    <p class="placeholder">
                        if props.fresh {
                            { "Output appears here, line by line, with the virtual time of each print." }
                        } else {
                            { "Nothing printed yet." }
                        }
                    </p>
                } else if total == 0 && matches!(snap.outcome, Some(Outcome::End { .. })) {
                    <p class="placeholder">{ "The program printed nothing." }</p>
                }
            </div>
            { error }
        </div>
    }
}
