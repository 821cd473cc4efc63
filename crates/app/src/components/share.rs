//! The link's views: the notice about the opened link (`#notice`) and the confirmation of
//! a Share (`#share-status`), with the link in a selectable field when the clipboard
//! refused it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::grouped;
use crate::state::Shared;

/// Longer links than this may be cut by chat apps and mail clients.
pub const LONG_LINK: usize = 2_000;

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
                               A shorter program makes a shorter link.", grouped(LONG_LINK as u64)) }
                </p>
            }
        </div>
    }
}
