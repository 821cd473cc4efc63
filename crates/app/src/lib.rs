//! Loopscope's page (SPEC sections 5 and 6): a yew app, client-side rendered, built by
//! Trunk. The engine does the work; this crate hosts its runs in the browser and draws
//! their trace.

pub mod app;
pub mod durations;
pub mod editor;
pub mod export;
pub mod gantt;
pub mod highlight;
pub mod host;
pub mod loop_panel;
pub mod model;
pub mod output;
pub mod presets;
pub mod scrub;
pub mod share;
pub mod summary;

/// Mounts the page in `#app` (or the body), replacing the loading placeholder.
pub fn mount() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
