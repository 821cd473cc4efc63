//! The preset gallery (`#presets [data-preset]`): a click loads and runs one.

use yew::prelude::*;

use crate::presets::PRESETS;

/// The gallery; `current` is the preset the editor holds unchanged, if any.
pub fn gallery(current: Option<&'static str>, on_preset: &Callback<&'static str>) -> Html {
    let presets = PRESETS.iter().map(|p| {
        let id = p.id;
        let on_preset = on_preset.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_preset.emit(id));
        let current = current == Some(id);
        html! {
            <li>
                <button
                    class={classes!("preset", current.then_some("current"))}
                    data-preset={id}
                    aria-pressed={if current { "true" } else { "false" }}
                    title={format!("Load and run: {}", p.blurb)}
                    {onclick}
                >
                    <span class="p-title">{ p.title }</span>
                    <span class="p-blurb">{ p.blurb }</span>
                </button>
            </li>
        }
    });
    html! {
        <section class="gallery" aria-labelledby="presets-h">
            <h2 id="presets-h" class="section-title">{ "Examples" }</h2>
            <ul id="presets">{ for presets }</ul>
        </section>
    }
}
