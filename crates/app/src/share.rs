//! Sharing by URL (SPEC section 7): what a link asks the page to show, keeping the address
//! bar a valid share link while the user edits, and the Share button's copy and confirmation.
//!
//! The fragment's format and its codec are `loopscope-share`'s; this module only reads and
//! writes `location`, `history` and the clipboard.

use loopscope_share::{Fragment, MAX_SOURCE, Source, scenario_from_fragment, share_hash};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::host::Pace;
use crate::presets;

/// Delay between the last edit and the address bar's update.
pub const SYNC_DELAY_MS: u32 = 400;
/// Longer links than this may be cut by chat apps and mail clients.
pub const LONG_LINK: usize = 2_000;

/// What a link asks the page to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    /// The scenario to show, with its preset id when it is one of the presets (`None`: the
    /// link names no scenario, nothing to change).
    pub scenario: Option<(String, Option<&'static str>)>,
    /// The link's `pace=`, when it is a valid one.
    pub pace: Option<Pace>,
    /// The scenario comes from the link: run it at once.
    pub run: bool,
    /// Why the link could not be opened (then `scenario` is the default preset).
    pub notice: Option<String>,
}

/// Reads a fragment (`location.hash`): `code=`, then `src=`, then `preset=`.
pub fn open(hash: &str) -> Opening {
    let fragment = Fragment::parse(hash);
    let pace = fragment.pace().and_then(Pace::parse);
    let fallback = |message: String| Opening {
        scenario: Some((presets::default_source().to_owned(), Some(presets::DEFAULT))),
        pace,
        run: false,
        notice: Some(format!("{message} Showing the default example instead.")),
    };
    let shown = |source: String| {
        let preset = presets::PRESETS.iter().find(|p| p.source == source).map(|p| p.id);
        Opening { scenario: Some((source, preset)), pace, run: true, notice: None }
    };
    match scenario_from_fragment(&fragment, MAX_SOURCE) {
        Ok(Source::Code(source) | Source::Src(source)) => shown(source),
        Ok(Source::Preset(id)) => match presets::find(&id) {
            Some(p) => Opening { scenario: Some((p.source.to_owned(), Some(p.id))), pace, run: true, notice: None },
            None => fallback(format!("This link names an example that does not exist (preset={}).", shorten(&id, 60))),
        },
        Ok(Source::None) => Opening { scenario: None, pace, run: false, notice: None },
        Err(e) => fallback(e.to_string()),
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// The fragment of the share link for what the page shows, made from the current one
/// (unknown keys stay): `preset=ID` for an unedited preset, else `code=`; `pace=` only for a
/// live pace (instant is the default).
pub fn link_hash(existing: &Fragment, source: &str, preset: Option<&str>, pace: Pace) -> String {
    let pace = match pace {
        Pace::Instant => "",
        live => live.value(),
    };
    let Some(id) = preset else {
        return share_hash(existing, source, pace);
    };
    let mut f = existing.clone();
    let mut placed = false;
    let mut entries = Vec::with_capacity(f.entries.len() + 1);
    for (k, v) in f.entries.drain(..) {
        if matches!(k.as_str(), "code" | "src" | "preset") {
            if !placed {
                entries.push(("preset".to_owned(), id.to_owned()));
                placed = true;
            }
        } else {
            entries.push((k, v));
        }
    }
    if !placed {
        entries.insert(0, ("preset".to_owned(), id.to_owned()));
    }
    f.entries = entries;
    match loopscope_share::normalize_pace(pace) {
        Some(p) => f.set("pace", p),
        None => f.remove("pace"),
    }
    f.to_hash()
}

/// `location.hash` (with its `#`), or `""`.
pub fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The page's address without its fragment.
fn base_url() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_owned(),
        None => href,
    }
}

/// The full share link for a fragment.
pub fn page_url(hash: &str) -> String {
    base_url() + hash
}

/// Puts `hash` in the address bar without a history entry (and without a `hashchange`).
pub fn replace_hash(hash: &str) {
    if hash == current_hash() {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let url = if hash.is_empty() { base_url() } else { hash.to_owned() };
        if let Err(e) = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)) {
            web_sys::console::warn_2(&"Loopscope: cannot update the address bar".into(), &e);
        }
    }
}

/// Copies `text` with the async clipboard API; `false` if there is none or it was refused.
pub async fn copy(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // `navigator.clipboard` is undefined outside secure contexts.
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| c.is_object());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Calls back when the fragment changes by navigation (a link pasted in the address bar,
/// back/forward); `history.replaceState` does not fire it. Removed when dropped.
pub struct HashListener {
    closure: Closure<dyn Fn()>,
}

impl HashListener {
    pub fn new(callback: Callback<String>) -> HashListener {
        let closure = Closure::<dyn Fn()>::new(move || callback.emit(current_hash()));
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
        }
        HashListener { closure }
    }
}

impl Drop for HashListener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback("hashchange", self.closure.as_ref().unchecked_ref());
        }
    }
}

/// The link state of the page: the notice about the opened link, whether the address bar
/// must stay as it was (a bad link, until the user edits), the pending update and the last
/// Share.
#[derive(Default)]
pub struct LinkState {
    pub notice: Option<String>,
    pub keep_address: bool,
    pub sync_gen: u64,
    pub sync_timer: Option<gloo_timers::callback::Timeout>,
    pub shared: Option<Shared>,
    pub listener: Option<HashListener>,
}

/// The result of the last Share.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub url: String,
    /// `None` while copying; then whether the clipboard took it.
    pub copied: Option<bool>,
}

/// The `#notice` box (empty when there is nothing to say).
pub fn notice(text: Option<&str>, on_close: Callback<MouseEvent>) -> Html {
    html! {
        <div id="notice" role="status">
            if let Some(text) = text {
                <p class="notice-text">{ text.to_owned() }</p>
                <button class="notice-close" type="button" onclick={on_close} aria-label="Dismiss this message">{ "×" }</button>
            }
        </div>
    }
}

/// The confirmation of a Share: copied, or the link in a selectable field; its length, and a
/// warning when it is long.
pub fn share_box(shared: Option<&Shared>, on_close: Callback<MouseEvent>) -> Html {
    let Some(shared) = shared else {
        return html! {};
    };
    let len = shared.url.chars().count();
    let long = len > LONG_LINK;
    let length = format!("{len} characters");
    let (class, message) = match shared.copied {
        None => ("share-box", "Copying the link…"),
        Some(true) => ("share-box ok", "Link copied to the clipboard. It opens this exact scenario."),
        Some(false) => ("share-box manual", "Copy this link (the clipboard is not available here):"),
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.select();
        }
    });
    html! {
        <div id="share-status" class={class} role="status" aria-live="polite">
            <div class="share-main">
                if shared.copied == Some(true) {
                    <svg class="icon share-ok" viewBox="0 0 16 16" aria-hidden="true"><path d="M6.2 11.4 2.8 8l-1.1 1.1 4.5 4.5 8.6-8.6-1.1-1.1z"/></svg>
                }
                <div class="share-body">
                    <span class="share-msg">{ message }</span>
                    <span class={classes!("share-len", long.then_some("long"))}>{ length }</span>
                </div>
                <button class="notice-close" type="button" onclick={on_close} aria-label="Close">{ "×" }</button>
            </div>
            if shared.copied == Some(false) {
                <input
                    id="share-url"
                    class="share-url"
                    type="text"
                    readonly=true
                    value={shared.url.clone()}
                    aria-label="Share link"
                    onfocus={select_all}
                />
            }
            if long {
                <p class="share-warn">
                    { format!("This link is longer than {} characters: some chat apps and mail clients cut long links. \
                               A shorter program makes a shorter link.", grouped(LONG_LINK)) }
                </p>
            }
        </div>
    }
}

fn grouped(n: usize) -> String {
    let s = n.to_string();
    if s.len() <= 3 { s } else { format!("{},{}", &s[..s.len() - 3], &s[s.len() - 3..]) }
}

/// Selects the fallback field's text so that it can be copied at once.
pub fn select_fallback() {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("share-url"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn links_open_their_scenario() {
        let src = "import asyncio\nprint('é🎉')\n";
        let o = open(&format!("#x=1&code={}&pace=2", loopscope_share::encode_code(src)));
        assert_eq!(o.scenario, Some((src.to_owned(), None)));
        assert_eq!(o.pace, Some(Pace::Live(2.0)));
        assert!(o.run && o.notice.is_none());

        let o = open("#preset=02_seed_create_task");
        assert_eq!(o.scenario.as_ref().and_then(|s| s.1), Some("02_seed_create_task"));
        assert!(o.run);

        let o = open("#code=%%%");
        assert_eq!(o.scenario.as_ref().and_then(|s| s.1), Some(presets::DEFAULT));
        assert!(!o.run && o.notice.is_some());

        let o = open("#preset=nope");
        assert!(!o.run && o.notice.as_deref().is_some_and(|n| n.contains("preset=nope")));

        assert_eq!(open("#top"), Opening { scenario: None, pace: None, run: false, notice: None });
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn link_hash_keeps_unknown_keys() {
        let f = Fragment::parse("#a=1&src=x&b&pace=5");
        assert_eq!(link_hash(&f, "", Some("03_seed_gather"), Pace::Instant), "#a=1&preset=03_seed_gather&b");
        assert_eq!(link_hash(&f, "", Some("03_seed_gather"), Pace::Live(0.5)), "#a=1&preset=03_seed_gather&b&pace=0.5");
        let h = link_hash(&Fragment::default(), "print(1)", None, Pace::Instant);
        assert!(h.starts_with("#code=") && !h.contains("pace"));
        let back = open(&h);
        assert_eq!(back.scenario.map(|s| s.0).as_deref(), Some("print(1)"));
    }
}
