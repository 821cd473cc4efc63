//! The durations panel (SPEC section 6): every numeric duration of the program as a number
//! field. The list, the spans, the steps and the validation are the engine's
//! (`loopscope_engine::durations`): the UI never parses Python.
//!
//! ArrowUp/ArrowDown (and the − / + buttons) step by 1 for an `int` and 0.1 for a `float`,
//! Shift by ten times that; typing works; what cannot be applied (not a number, negative, a
//! fraction where a whole number is needed) is refused with a message and leaves the source
//! untouched. Every applied value goes to the page as a [`DurationEdit`].

use loopscope_engine::edit::durations::{Duration, DurationKind, durations_in, step};

use crate::model::DurationEdit;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DurationsProps {
    /// The source the fields are for.
    pub source: AttrValue,
    pub on_edit: Callback<DurationEdit>,
}

/// A refused value: the field's index and the message.
type Refusal = Option<(usize, String)>;

fn input_of(e: &Event) -> Option<HtmlInputElement> {
    e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
}

/// `line 7 · asyncio.sleep` → (`asyncio.sleep`, `line 7`); `countdown("a", 3) · n` → (`n`,
/// `countdown("a", 3)`): what it is first, where it is second.
fn what_and_where(d: &Duration) -> (String, String) {
    match d.label.rsplit_once(" · ") {
        Some((place, what)) => (what.to_owned(), place.to_owned()),
        None => (d.label.clone(), String::new()),
    }
}

fn is_seconds(d: &Duration) -> bool {
    !matches!(d.kind, DurationKind::CoroutineArg { .. })
}

#[function_component(DurationsPanel)]
pub fn durations_panel(props: &DurationsProps) -> Html {
    let list = use_memo(props.source.clone(), |source| durations_in(source));
    let refused = use_state_eq(|| None::<(usize, String)>);
    {
        let refused = refused.clone();
        use_effect_with(props.source.clone(), move |_| refused.set(None));
    }

    let body = match &*list {
        Err(_) => html! {
            <p class="dur-empty">{ "Fix the error in the program to edit its durations." }</p>
        },
        Ok(items) if items.is_empty() => html! {
            <p class="dur-empty">{ "This program has no numeric duration to edit (sleeps, timeouts, numbers passed to coroutines)." }</p>
        },
        Ok(items) => {
            let rows = items.iter().enumerate().map(|(i, d)| field(i, d, &refused, &props.on_edit));
            html! { <ul class="dur-list">{ for rows }</ul> }
        }
    };

    html! {
        <section id="durations" class="durations" aria-labelledby="durations-h">
            <div class="dur-head">
                <h2 id="durations-h" class="section-title">{ "Durations" }</h2>
                <span class="hint">{ "↑ ↓ step · Shift ×10 · edits re-run" }</span>
            </div>
            { body }
        </section>
    }
}

fn field(i: usize, d: &Duration, refused: &UseStateHandle<Refusal>, on_edit: &Callback<DurationEdit>) -> Html {
    let id = format!("dur-{i}");
    let msg_id = format!("dur-{i}-msg");
    let error = refused.as_ref().filter(|(at, _)| *at == i).map(|(_, m)| m.clone());
    let (what, place) = what_and_where(d);
    let integer = d.integer_only();

    let apply = {
        let d = d.clone();
        let on_edit = on_edit.clone();
        let refused = refused.clone();
        move |text: String| {
            if refused.is_some() {
                refused.set(None);
            }
            if text != d.text {
                on_edit.emit(DurationEdit { duration: d.clone(), text });
            }
        }
    };
    let on_step = {
        let d = d.clone();
        let apply = apply.clone();
        move |direction: i32, big: bool| apply(step(&d, direction, big))
    };

    let onkeydown = {
        let on_step = on_step.clone();
        Callback::from(move |e: KeyboardEvent| {
            let direction = match e.key().as_str() {
                "ArrowUp" => 1,
                "ArrowDown" => -1,
                _ => return,
            };
            e.prevent_default();
            on_step(direction, e.shift_key());
        })
    };
    let oninput = {
        let d = d.clone();
        let apply = apply.clone();
        let refused = refused.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = input_of(&e) else { return };
            let typed = input.value();
            match d.input(&typed) {
                Ok(text) => apply(text),
                Err(why) => {
                    let shown = typed.trim();
                    let msg = if shown.is_empty() {
                        format!("Not applied: {why}. The program keeps {}.", d.text)
                    } else {
                        format!("“{shown}” not applied: {why}. The program keeps {}.", d.text)
                    };
                    refused.set(Some((i, msg)));
                }
            }
        })
    };
    // Leaving a refused field puts the program's value back in it (the message stays).
    let onblur = {
        let text = d.text.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                && input.value() != text
            {
                input.set_value(&text);
            }
        })
    };
    let button = |direction: i32, sign: &'static str, words: &str| {
        let on_step = on_step.clone();
        let onclick = Callback::from(move |e: MouseEvent| on_step(direction, e.shift_key()));
        html! {
            <button type="button" class="dur-step" tabindex="-1" aria-label={format!("{words} {}", d.label)} {onclick}>{ sign }</button>
        }
    };
    let invalid = if error.is_some() { "true" } else { "false" };
    html! {
        <li key={i} class={classes!("dur", error.is_some().then_some("refused"))}>
            <label class="dur-label" for={id.clone()} title={d.label.clone()}>
                <span class="dur-what">{ what }</span>
                <span class="dur-where">{ place }</span>
            </label>
            <div class="dur-field">
                { button(-1, "−", "Decrease") }
                <input
                    id={id}
                    type="text"
                    role="spinbutton"
                    inputmode={if integer { "numeric" } else { "decimal" }}
                    aria-valuemin="0"
                    aria-valuenow={d.value.to_string()}
                    value={d.text.clone()}
                    data-line={d.line.to_string()}
                    data-col={d.col.to_string()}
                    aria-label={d.label.clone()}
                    aria-invalid={invalid}
                    aria-describedby={error.is_some().then(|| msg_id.clone())}
                    autocomplete="off"
                    spellcheck="false"
                    {onkeydown}
                    {oninput}
                    {onblur}
                />
                { button(1, "+", "Increase") }
                <span class="dur-unit" aria-hidden="true">{ if is_seconds(d) { "s" } else { "" } }</span>
            </div>
            if let Some(error) = error {
                <p id={msg_id} class="dur-msg" role="alert">{ error }</p>
            }
        </li>
    }
}
