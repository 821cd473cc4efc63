//! The page's keyboard shortcut: Ctrl+Enter (Cmd+Enter) runs, wherever the focus is.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::KeyboardEvent;
use yew::Callback;

/// Calls back on Ctrl/Cmd+Enter anywhere in the document. Removed when dropped.
pub struct RunShortcut {
    closure: Closure<dyn Fn(KeyboardEvent)>,
}

impl RunShortcut {
    pub fn new(callback: Callback<()>) -> RunShortcut {
        let closure = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                callback.emit(());
            }
        });
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let _ = doc.add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref());
        }
        RunShortcut { closure }
    }
}

impl Drop for RunShortcut {
    fn drop(&mut self) {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let _ = doc.remove_event_listener_with_callback("keydown", self.closure.as_ref().unchecked_ref());
        }
    }
}
