//! The run's limits (SPEC section 3), shown under the editor.

use loopscope_engine::Limits;
use yew::prelude::*;

use crate::model::{grouped, secs};

pub fn limits_line() -> Html {
    let l = Limits::browser();
    let hours = l.max_time / 3600.0;
    html! {
        <p class="limits">
            { "Limits: " }
            { format!("{} steps · {} tasks · {} h of virtual time · {} lines · call depth {}",
                grouped(l.max_steps), grouped(l.max_tasks as u64), secs(hours).trim_end_matches(".0"),
                grouped(l.max_lines as u64), grouped(l.max_depth as u64)) }
        </p>
    }
}
