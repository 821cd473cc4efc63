//! The downloads bar under the Gantt chart (`#export-trace`, `#export-svg`...): it only
//! says which download was asked for; the page makes it.

use yew::prelude::*;

use crate::model::ExportKind;

/// The downloads bar under the Gantt chart.
pub fn toolbar(enabled: bool, on_export: Callback<ExportKind>) -> Html {
    let button = |kind: ExportKind, id: &'static str, text: &'static str, ext: &'static str, title: &'static str| {
        let on_export = on_export.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_export.emit(kind));
        html! {
            <button {id} type="button" class="btn small" data-export={kind.ext()} disabled={!enabled} {title} {onclick}>
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M7.25 2h1.5v6.4l2.2-2.2 1.06 1.06L8 11.28 3.99 7.26l1.06-1.06 2.2 2.2zM3 12.5h10V14H3z"/></svg>
                { text }<span class="ext">{ ext }</span>
            </button>
        }
    };
    html! {
        <div class="exports" role="group" aria-labelledby="exports-h">
            <span id="exports-h" class="exports-title">{ "Download" }</span>
            { button(ExportKind::Trace, "export-trace", "Trace", ".json", "The run's trace in Chrome Trace Event format: open it in ui.perfetto.dev or chrome://tracing") }
            { button(ExportKind::Svg, "export-svg", "Chart", ".svg", "The Gantt chart as an SVG image") }
            { button(ExportKind::Png, "export-png", "Chart", ".png", "The Gantt chart as a PNG image") }
            { button(ExportKind::Text, "export-text", "Output", ".txt", "The printed output as plain text") }
        </div>
    }
}
