//! The output pane: the printed lines, interleaved as they happened, each with its virtual
//! time and its task's colour; then the error, Python-style.

use crate::model::{Snap, colour, exact, secs};
use loopscope_engine::Outcome;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// More lines than this are counted but not drawn (the trace keeps them all).
pub const MAX_SHOWN: usize = 2_000;

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    pub snap: Snap,
    pub selected: Option<usize>,
    pub on_select: Callback<Option<usize>>,
    /// Nothing has run yet.
    pub fresh: bool,
}

#[function_component(Output)]
pub fn output(props: &OutputProps) -> Html {
    let list = use_node_ref();
    let snap = &props.snap;
    let selected = props.selected;

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

    let total = snap.lines.len();
    let lines = snap.lines.iter().take(MAX_SHOWN).enumerate().map(|(i, line)| {
        let on_select = props.on_select.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_select.emit(Some(i)));
        let is_sel = selected == Some(i);
        html! {
            <div
                key={i}
                class={classes!("line", colour(line.task), is_sel.then_some("selected"))}
                data-i={i.to_string()}
                data-t={exact(line.t)}
                data-task={snap.label(line.task).to_owned()}
                aria-selected={if is_sel { "true" } else { "false" }}
                role="option"
                {onclick}
            >
                <span class="t">{ secs(line.t) }</span>
                <span class="who" title={snap.label(line.task).to_owned()} aria-hidden="true"></span>
                <span class="text">{ line.text.clone() }</span>
            </div>
        }
    });

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
        Some(Outcome::Error {
            message,
            t,
            line,
            col,
        }) => {
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
                role="listbox"
                aria-label="Printed output. Arrow keys select a line and its mark in the chart."
                {onkeydown}
            >
                <div class="lines">{ for lines }</div>
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
