//! The scenario editor: a plain `textarea#editor` over a highlighted layer (the classes
//! come from the engine's own lexer), line numbers, Tab/Shift-Tab, auto-indent after `:`,
//! smart Backspace in indentation, and the error's line marked and scrolled to.
//!
//! The textarea and the highlighted `pre` share one grid cell and the same metrics, so the
//! textarea grows with its text and the whole editor scrolls in one container: no scroll
//! syncing, no layout of our own. The UI never parses Python: no highlighting or
//! diagnostics are computed here.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use crate::model::Mark;
use crate::scrub::StandMark;

/// Height of a line in pixels: keep in sync with `--line-h` in web/style.css.
pub const LINE_H: f64 = 20.0;
const INDENT: usize = 4;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub value: AttrValue,
    pub mark: Option<Mark>,
    pub on_input: Callback<String>,
    /// Scrubbing: the lines where tasks stand at the playhead, in line order.
    #[prop_or_default]
    pub stands: Rc<Vec<StandMark>>,
}

pub enum Msg {
    Input,
    Key(KeyboardEvent),
}

pub struct Editor {
    textarea: NodeRef,
    scroller: NodeRef,
    /// Escape was pressed: the next Tab leaves the editor (keyboard users are not trapped).
    escape: bool,
    /// The mark last scrolled to.
    shown: Option<Mark>,
    /// The current task's line last scrolled to.
    shown_stand: Option<u32>,
}

impl Component for Editor {
    type Message = Msg;
    type Properties = EditorProps;

    fn create(_ctx: &Context<Self>) -> Self {
        Editor {
            textarea: NodeRef::default(),
            scroller: NodeRef::default(),
            escape: false,
            shown: None,
            shown_stand: None,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Input => {
                if let Some(ta) = self.textarea.cast::<HtmlTextAreaElement>() {
                    ctx.props().on_input.emit(ta.value());
                }
            }
            Msg::Key(e) => {
                let escape = std::mem::take(&mut self.escape);
                if let Some(ta) = self.textarea.cast::<HtmlTextAreaElement>() {
                    match e.key().as_str() {
                        "Escape" => self.escape = true,
                        "Tab" if !escape && !e.ctrl_key() && !e.alt_key() && !e.meta_key() => {
                            e.prevent_default();
                            if e.shift_key() {
                                shift_lines(&ta, false, &ctx.props().on_input);
                            } else {
                                tab(&ta, &ctx.props().on_input);
                            }
                        }
                        "Enter"
                            if !e.ctrl_key()
                                && !e.meta_key()
                                && !e.alt_key()
                                && !e.shift_key()
                                && newline(&ta, &ctx.props().on_input) =>
                        {
                            e.prevent_default();
                        }
                        "Backspace"
                            if !e.ctrl_key()
                                && !e.meta_key()
                                && !e.alt_key()
                                && backspace(&ta, &ctx.props().on_input) =>
                        {
                            e.prevent_default();
                        }
                        _ => {}
                    }
                }
            }
        }
        false
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let source: &str = &props.value;
        let mark_line = props.mark.as_ref().map(|m| m.line);
        let stands = &props.stands;
        let stand = |n: u32| stands.binary_search_by_key(&n, |m| m.line).ok().map(|i| &stands[i]);
        let rows = highlighted_rows(source, mark_line, &stand);
        let count = rows.len();
        let gutter = (1..=count as u32).map(|n| {
            let err = mark_line == Some(n);
            let at = stand(n);
            let title = match (props.mark.as_ref().filter(|_| err), at) {
                (Some(m), _) => Some(AttrValue::from(m.message.clone())),
                (None, Some(s)) => Some(AttrValue::from(stand_title(s))),
                (None, None) => None,
            };
            let class = classes!(
                "ln",
                err.then_some("err"),
                at.map(|s| s.colour.clone()),
                at.map(|_| "at"),
                at.filter(|s| s.current).map(|_| "cur")
            );
            html! {
                <div key={n} {class} data-line={n.to_string()} {title}>{ n }</div>
            }
        });
        let oninput = ctx.link().callback(|_: InputEvent| Msg::Input);
        let onkeydown = ctx.link().callback(Msg::Key);
        let invalid = if props.mark.is_some() { "true" } else { "false" };
        html! {
            <div class="editor-scroll" ref={self.scroller.clone()}>
                <div class="editor">
                    <div class="gutter" aria-hidden="true">{ for gutter }</div>
                    <div class="code">
                        <pre class="hl" aria-hidden="true">{ rows }</pre>
                        <textarea
                            id="editor"
                            ref={self.textarea.clone()}
                            value={props.value.clone()}
                            {oninput}
                            {onkeydown}
                            spellcheck="false"
                            autocomplete="off"
                            autocapitalize="off"
                            autocorrect="off"
                            wrap="off"
                            aria-label="Scenario source code (Python). Tab indents; press Escape then Tab to leave the editor."
                            aria-invalid={invalid}
                        />
                    </div>
                </div>
            </div>
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, _first_render: bool) {
        // Scrubbing: keep the current task's line in view.
        let current = ctx.props().stands.iter().find(|s| s.current).map(|s| s.line);
        if current != self.shown_stand {
            self.shown_stand = current;
            if let (Some(line), Some(el)) = (current, self.scroller.cast::<web_sys::Element>()) {
                scroll_to_line(&el, line);
            }
        }
        let mark = ctx.props().mark.clone();
        if mark == self.shown {
            return;
        }
        if let (Some(m), Some(el)) = (&mark, self.scroller.cast::<web_sys::Element>()) {
            scroll_to_line(&el, m.line);
        }
        self.shown = mark;
    }
}

/// Scrolls the editor so that 1-based `line` is in view, if it is not.
fn scroll_to_line(el: &web_sys::Element, line: u32) {
    let top = (line.saturating_sub(1)) as f64 * LINE_H;
    let view_top = el.scroll_top() as f64;
    let height = el.client_height() as f64;
    if top < view_top || top + LINE_H > view_top + height {
        el.set_scroll_top((top - height / 3.0).max(0.0) as _);
    }
}

/// "main() stands here", "countdown("task A", 3) and 1 other task stand here".
fn stand_title(s: &StandMark) -> String {
    let who = match s.count {
        1 => format!("{} is", s.first),
        2 => format!("{} and 1 other task are", s.first),
        n => format!("{} and {} other tasks are", s.first, n - 1),
    };
    match (s.current, s.running) {
        (true, true) => format!("{who} here: the current task resumed from this await and is running"),
        (true, false) => format!("{who} here: the current task just stopped at this await"),
        _ => format!("{who} waiting here"),
    }
}

/// The source as rows of highlighted pieces (one `div` per line, so that a line can be
/// marked), from the engine's lexer.
fn highlighted_rows<'a>(source: &str, mark: Option<u32>, stand: &dyn Fn(u32) -> Option<&'a StandMark>) -> Vec<Html> {
    let mut rows = Vec::new();
    let mut row: Vec<Html> = Vec::new();
    let mut line = 1u32;
    let finish = |row: &mut Vec<Html>, rows: &mut Vec<Html>, line: u32| {
        let err = mark == Some(line);
        let pieces = std::mem::take(row);
        let at = stand(line);
        let class = classes!(
            "row",
            err.then_some("err"),
            at.map(|s| s.colour.clone()),
            at.map(|_| "at"),
            at.filter(|s| s.current).map(|_| "cur")
        );
        // After the code, which tasks stand on this line (the textarea above has no
        // text there, so the caret and the selection are unaffected).
        let note = at.map(|s| {
            let more = if s.count > 1 { format!(" +{}", s.count - 1) } else { String::new() };
            let doing = if s.running { " is running, from this await" } else { "" };
            html! { <span class="stand-note">{ format!("◂ {}{doing}{more}", s.first) }</span> }
        });
        rows.push(html! { <div key={line} {class}>{ pieces }{ "\u{200b}" }{ for note }</div> });
    };
    for (text, class) in pieces(source) {
        let mut parts = text.split('\n');
        if let Some(first) = parts.next() {
            push_piece(&mut row, first, class);
        }
        for part in parts {
            finish(&mut row, &mut rows, line);
            line += 1;
            push_piece(&mut row, part, class);
        }
    }
    finish(&mut row, &mut rows, line);
    rows
}

fn push_piece(row: &mut Vec<Html>, text: &str, class: Option<&'static str>) {
    if text.is_empty() {
        return;
    }
    let text = text.to_owned();
    row.push(match class {
        Some(class) => html! { <span {class}>{ text }</span> },
        None => html! { text },
    });
}

/// The source cut into (text, CSS class) pieces covering all of it. Spans from the engine
/// that overlap, go backwards or cut a character are skipped: highlighting is decoration,
/// the text itself is always shown whole.
fn pieces(source: &str) -> Vec<(&str, Option<&'static str>)> {
    let mut out = Vec::new();
    let mut at = 0usize;
    for (start, end, class) in crate::components::highlight::classes(source) {
        if start < at || end <= start {
            continue;
        }
        let (Some(gap), Some(text)) = (source.get(at..start), source.get(start..end)) else {
            continue;
        };
        if !gap.is_empty() {
            out.push((gap, None));
        }
        out.push((text, Some(class)));
        at = end;
    }
    if let Some(rest) = source.get(at..)
        && !rest.is_empty()
    {
        out.push((rest, None));
    }
    out
}

// ----- editing commands (offsets are UTF-16 code units, as the DOM counts them) -----

struct Sel {
    text: Vec<u16>,
    start: usize,
    end: usize,
}

fn selection(ta: &HtmlTextAreaElement) -> Option<Sel> {
    let text: Vec<u16> = ta.value().encode_utf16().collect();
    let start = ta.selection_start().ok()?? as usize;
    let end = ta.selection_end().ok()?? as usize;
    let (start, end) = (start.min(end).min(text.len()), end.max(start).min(text.len()));
    Some(Sel { text, start, end })
}

const NL: u16 = b'\n' as u16;
const SP: u16 = b' ' as u16;

fn line_start(text: &[u16], at: usize) -> usize {
    text[..at].iter().rposition(|&c| c == NL).map_or(0, |i| i + 1)
}

fn line_end(text: &[u16], at: usize) -> usize {
    text[at..].iter().position(|&c| c == NL).map_or(text.len(), |i| at + i)
}

/// Replaces `start..end` with `text` through the browser's editing (so that undo works),
/// or directly when that is not available.
fn replace(ta: &HtmlTextAreaElement, start: usize, end: usize, text: &str, on_input: &Callback<String>) {
    let _ = ta.set_selection_range(start as u32, end as u32);
    let done = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<HtmlDocument>().ok())
        .and_then(|d| {
            let cmd = if text.is_empty() { "delete" } else { "insertText" };
            d.exec_command_with_show_ui_and_value(cmd, false, text).ok()
        })
        .unwrap_or(false);
    if !done {
        let _ = ta.set_range_text_with_start_and_end(text, start as u32, end as u32);
        let caret = (start + text.encode_utf16().count()) as u32;
        let _ = ta.set_selection_range(caret, caret);
        on_input.emit(ta.value());
    }
}

fn tab(ta: &HtmlTextAreaElement, on_input: &Callback<String>) {
    let Some(sel) = selection(ta) else { return };
    if sel.text[sel.start..sel.end].contains(&NL) {
        shift_lines(ta, true, on_input);
        return;
    }
    let col = sel.start - line_start(&sel.text, sel.start);
    let n = INDENT - col % INDENT;
    replace(ta, sel.start, sel.end, &" ".repeat(n), on_input);
}

/// Indents (or dedents) every line touched by the selection, keeping it selected.
fn shift_lines(ta: &HtmlTextAreaElement, indent: bool, on_input: &Callback<String>) {
    let Some(sel) = selection(ta) else { return };
    let text = &sel.text;
    let first = line_start(text, sel.start);
    // A selection ending at the very start of a line does not include that line.
    let last_at = if sel.end > sel.start && sel.end > first && text[sel.end - 1] == NL { sel.end - 1 } else { sel.end };
    let last = line_end(text, last_at);
    let block = String::from_utf16_lossy(&text[first..last]);
    let mut removed_first = 0usize;
    let mut out = Vec::new();
    for (i, line) in block.split('\n').enumerate() {
        if indent {
            if line.is_empty() {
                out.push(String::new());
            } else {
                out.push(format!("{}{line}", " ".repeat(INDENT)));
            }
        } else {
            let n = line.bytes().take(INDENT).take_while(|&b| b == b' ').count();
            let n = if n == 0 && line.starts_with('\t') { 1 } else { n };
            if i == 0 {
                removed_first = n;
            }
            out.push(line[n..].to_owned());
        }
    }
    let new_block = out.join("\n");
    if new_block == block {
        return;
    }
    let multi = text[sel.start..sel.end].contains(&NL);
    replace(ta, first, last, &new_block, on_input);
    let new_len = new_block.encode_utf16().count();
    if multi {
        let _ = ta.set_selection_range(first as u32, (first + new_len) as u32);
    } else if indent {
        let caret = (sel.start + INDENT) as u32;
        let _ = ta.set_selection_range(caret, caret);
    } else {
        let caret = sel.start.saturating_sub(removed_first).max(first) as u32;
        let _ = ta.set_selection_range(caret, caret);
    }
}

/// Enter: keep the line's indentation, one level more after a `:`.
fn newline(ta: &HtmlTextAreaElement, on_input: &Callback<String>) -> bool {
    let Some(sel) = selection(ta) else {
        return false;
    };
    let start = line_start(&sel.text, sel.start);
    let before = String::from_utf16_lossy(&sel.text[start..sel.start]);
    let mut indent = before.bytes().take_while(|&b| b == b' ').count();
    if before.trim_end().ends_with(':') {
        indent += INDENT;
    }
    replace(ta, sel.start, sel.end, &format!("\n{}", " ".repeat(indent)), on_input);
    true
}

/// Backspace in the indentation removes back to the previous indentation level.
fn backspace(ta: &HtmlTextAreaElement, on_input: &Callback<String>) -> bool {
    let Some(sel) = selection(ta) else {
        return false;
    };
    if sel.start != sel.end {
        return false;
    }
    let start = line_start(&sel.text, sel.start);
    let spaces = sel.start - start;
    if spaces < 2 || sel.text[start..sel.start].iter().any(|&c| c != SP) {
        return false;
    }
    let n = (spaces - 1) % INDENT + 1;
    replace(ta, sel.start - n, sel.start, "", on_input);
    true
}
