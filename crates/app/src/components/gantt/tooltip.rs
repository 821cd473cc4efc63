//! The chart's tooltip: what the pointer or the focus is on (a segment or a print tick),
//! read back from the chart's own attributes, in words from the trace.

use loopscope_engine::loopview::explain_segment;
use loopscope_engine::loopview::waits::waiting_words;
use loopscope_engine::timeline::State;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::lanes::MODULE_LABEL;
use super::scale::{CHAR_W, truncate};
use crate::model::{Recorded, Snap, secs};

/// Longest line of a tooltip, in characters.
pub(super) const TIP_CHARS: f64 = 64.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) lines: Vec<String>,
}

/// The tooltip drawn above the lane (below it when there is no room above).
pub(super) fn draw(tip: &Tip, width: f64, height: f64, lane_h: f64) -> Html {
    let chars = tip.lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64;
    let w = chars * CHAR_W + 20.0;
    let h = tip.lines.len() as f64 * 17.0 + 12.0;
    let x = (tip.x - w / 2.0).clamp(2.0, (width - w - 2.0).max(2.0));
    let y = if tip.y - h - 6.0 >= 0.0 {
        tip.y - h - 6.0
    } else if tip.y + lane_h + h <= height {
        tip.y + lane_h
    } else {
        (height - h).max(0.0)
    };
    html! {
        <g class="tip" transform={format!("translate({x:.1},{y:.1})")} aria-hidden="true">
            <rect width={format!("{w:.1}")} height={format!("{h:.1}")} rx="6" />
            { for tip.lines.iter().enumerate().map(|(i, l)| html! {
                <text x="10" y={format!("{:.1}", 20.0 + i as f64 * 17.0)} class={if i == 0 { "tip-title" } else { "" }}>{ l.clone() }</text>
            }) }
        </g>
    }
}

/// The tooltip for what the pointer or the focus is on (a segment or a tick), read back
/// from the chart's own attributes: one listener for the whole chart. A task's segment
/// is explained in a sentence from the trace, wrapped at `width` characters.
pub(super) fn tip_for(
    target: Option<web_sys::EventTarget>,
    snap: &Snap,
    record: Option<&Recorded>,
    width: usize,
) -> Option<Tip> {
    let el = target?.dyn_into::<Element>().ok()?;
    let item = el.closest(".seg, .mseg, .tick").ok()??;
    let row = item.closest("g.lane, g.module-row").ok()??;
    let label = match row.get_attribute("data-depth") {
        Some(_) => row.get_attribute("data-task")?,
        None => MODULE_LABEL.to_owned(),
    };
    let y = attr_f64(&row, "data-y")?;
    if item.has_attribute("data-line") {
        let line: usize = item.get_attribute("data-line")?.parse().ok()?;
        let t = attr_f64(&item, "data-t")?;
        let text = snap.lines.get(line).map_or("", |l| l.text.as_str());
        return Some(Tip {
            x: attr_f64(&item, "data-x")?,
            y,
            lines: vec![label, format!("print at {} s: {}", secs(t), truncate(text, 48))],
        });
    }
    let state = item.get_attribute("data-state")?;
    let (start, end) = (attr_f64(&item, "data-start")?, attr_f64(&item, "data-end")?);
    let task = row.get_attribute("data-id").and_then(|id| id.parse::<u32>().ok());
    let shown = record.filter(|r| r.run == snap.run);
    // A waiting segment names what it waits on: `waiting on queue q (empty)`.
    let waiting = match (task, shown) {
        (Some(task), Some(rec)) if state == "waiting" => waiting_words(&rec.trace(), task, start),
        _ => None,
    };
    let words = match (&waiting, item.get_attribute("data-on")) {
        (Some(w), _) => w.clone(),
        (None, Some(on)) => {
            let article = if on.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
            format!("waiting on {article} {on}")
        }
        (None, None) => {
            State::ALL.iter().find(|s| s.as_str() == state).map_or(state.clone(), |s| state_words(*s).to_owned())
        }
    };
    let second = if end > start {
        format!("{words}: {} s → {} s ({} s)", secs(start), secs(end), secs(end - start))
    } else {
        format!("{words} at {} s", secs(start))
    };
    let mut lines = vec![label, second];
    // The sentence, for a task's segment of the run shown.
    let state = State::ALL.iter().copied().find(|s| s.as_str() == state);
    if let (Some(task), Some(state), Some(rec)) = (task, state, shown) {
        lines.extend(wrap(&explain_segment(&rec.trace(), task, state, start, end), width));
    }
    Some(Tip { x: attr_f64(&item, "x")? + attr_f64(&item, "width")? / 2.0, y, lines })
}

/// The printed line of a tick under `target`, if any.
pub(super) fn tick_line(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let el = target?.dyn_into::<Element>().ok()?;
    el.closest(".tick").ok()??.get_attribute("data-line")?.parse().ok()
}

fn state_words(state: State) -> &'static str {
    match state {
        State::Running => "running a step",
        State::Ready => "ready, waiting for its turn",
        State::Sleeping => "sleeping (await asyncio.sleep)",
        State::Waiting => "waiting (await)",
        State::Blocked => "blocking the loop (time.sleep)",
    }
}

fn attr_f64(el: &Element, name: &str) -> Option<f64> {
    el.get_attribute(name)?.parse().ok()
}

/// `text` cut into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn tips_wrap_at_spaces() {
        assert_eq!(wrap("main() waits from 1.0 s to 3.0 s", 12), ["main() waits", "from 1.0 s", "to 3.0 s"]);
        assert_eq!(wrap("a-very-long-word x", 4), ["a-very-long-word", "x"]);
        assert!(wrap("", 10).is_empty());
    }
}
