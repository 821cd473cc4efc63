//! The address bar (SPEC section 7): reads `location`, writes it through `history`
//! without a history entry, and listens for navigation to another fragment. What a
//! fragment means is `crate::link`'s.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::Callback;

/// `location.hash` (with its `#`), or `""`.
pub fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The page's address without its fragment.
pub fn base_url() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_owned(),
        None => href,
    }
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
