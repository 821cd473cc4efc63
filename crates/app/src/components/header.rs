//! The page's header: the logo, the title and the Share button (`#share`).

use yew::prelude::*;

pub fn header(on_share: Callback<MouseEvent>) -> Html {
    html! {
        <header class="top">
            <div class="brand">
                { logo() }
                <div>
                    <h1>{ "Loopscope" }</h1>
                    <p class="tagline">{ "Watch Python's asyncio event loop run your tasks, step by step." }</p>
                </div>
            </div>
            <button id="share" class="btn share-btn" type="button" onclick={on_share}
                title="Copy a link that opens this exact scenario">
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M6.6 9.4a.75.75 0 0 1 0-1.06l3.3-3.3a2.25 2.25 0 0 1 3.18 3.18l-1.5 1.5-1.06-1.06 1.5-1.5a.75.75 0 0 0-1.06-1.06l-3.3 3.3a.75.75 0 0 1-1.06 0zm2.8-2.8a.75.75 0 0 1 0 1.06l-3.3 3.3a2.25 2.25 0 0 1-3.18-3.18l1.5-1.5 1.06 1.06-1.5 1.5a.75.75 0 0 0 1.06 1.06l3.3-3.3a.75.75 0 0 1 1.06 0z"/></svg>
                { "Share" }
            </button>
        </header>
    }
}

fn logo() -> Html {
    html! {
        <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
            <circle cx="16" cy="16" r="12.5" class="logo-ring" />
            <rect x="9" y="10" width="9" height="3" rx="1.5" class="logo-a" />
            <rect x="13" y="15" width="11" height="3" rx="1.5" class="logo-b" />
            <rect x="8" y="20" width="7" height="3" rx="1.5" class="logo-c" />
        </svg>
    }
}
