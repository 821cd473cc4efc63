//! The Gantt chart (SVG): a lane per task, nested under its parent, with a segment per
//! state, print ticks, a time axis, the playhead and a tooltip on hover or focus.
//!
//! The playhead follows a live run; after a run it scrubs (issue 7): drag it along the
//! time axis (mouse or touch: pointer events) or focus it and use the keys (←/→ one
//! event, Shift+←/→ one loop iteration, Home/End). What comes after it is veiled.
//!
//! Everything is drawn with SVG attributes only (no `style` attribute: the page's CSP has
//! no `'unsafe-inline'`); colours come from classes in web/style.css. Very large runs are
//! drawn lazily: only the lanes near the scrolled viewport exist in the DOM.
//!
//! `scale.rs` is the geometry, `lanes.rs` the rows, `tooltip.rs` the tooltip and
//! `legend.rs` the legend; this file is the component: its size, scrolling, hover and
//! the playhead.

mod lanes;
mod legend;
mod scale;
mod tooltip;

pub use legend::{explain, legend};

use lanes::{LaneCtx, MIN_SEG_W};
use scale::{AXIS_H, BAR_H, CHAR_W, Scale};
use tooltip::{TIP_CHARS, Tip, tick_line, tip_for};

use crate::model::{Recorded, Snap, exact, secs};
use crate::scrub::Cut;
use loopscope_engine::loopview::Seek;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, PointerEvent};
use yew::prelude::*;

/// From this many lanes on, only the lanes near the viewport are drawn.
const LAZY_FROM: usize = 300;
/// Extra lanes drawn above and below the viewport.
const LAZY_MARGIN: f64 = 600.0;
/// Beyond this many segments in the whole chart, segments are not focusable one by one.
const FOCUSABLE_MAX: usize = 400;
/// The chart is at least this tall, so that a tooltip fits above or below any lane.
const MIN_H: f64 = 180.0;

#[derive(Properties, PartialEq)]
pub struct GanttProps {
    pub snap: Snap,
    pub selected: Option<usize>,
    pub on_select: Callback<Option<usize>>,
    /// Scrubbing: where the playhead is (`None`: at the end, the full view).
    #[prop_or_default]
    pub cut: Option<Cut>,
    /// Set when the run can be scrubbed: the playhead's moves.
    #[prop_or_default]
    pub on_scrub: Option<Callback<Seek>>,
    /// The run's trace, for the segments' explanations.
    #[prop_or_default]
    pub record: Option<Recorded>,
}

pub enum Msg {
    Measure,
    Scrolled,
    Hover(Option<Tip>),
}

pub struct Gantt {
    scroller: NodeRef,
    svg: NodeRef,
    playhead: NodeRef,
    /// A pointer is dragging the playhead.
    dragging: Rc<Cell<bool>>,
    width: f64,
    scroll_top: f64,
    view_h: f64,
    tip: Option<Tip>,
    _resize: Option<Closure<dyn Fn()>>,
}

impl Component for Gantt {
    type Message = Msg;
    type Properties = GanttProps;

    fn create(ctx: &Context<Self>) -> Self {
        let link = ctx.link().clone();
        let resize = Closure::<dyn Fn()>::new(move || link.send_message(Msg::Measure));
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("resize", resize.as_ref().unchecked_ref());
        }
        Gantt {
            scroller: NodeRef::default(),
            svg: NodeRef::default(),
            playhead: NodeRef::default(),
            dragging: Rc::default(),
            width: 800.0,
            scroll_top: 0.0,
            view_h: 600.0,
            tip: None,
            _resize: Some(resize),
        }
    }

    fn destroy(&mut self, _ctx: &Context<Self>) {
        if let (Some(w), Some(cb)) = (web_sys::window(), self._resize.take()) {
            let _ = w.remove_event_listener_with_callback("resize", cb.as_ref().unchecked_ref());
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Measure => {
                let Some(el) = self.scroller.cast::<Element>() else {
                    return false;
                };
                let width = (el.client_width() as f64).max(1.0);
                let view_h = (el.client_height() as f64).max(1.0);
                let changed = (width - self.width).abs() >= 1.0 || (view_h - self.view_h).abs() >= 1.0;
                self.width = width;
                self.view_h = view_h;
                changed
            }
            Msg::Scrolled => {
                let Some(el) = self.scroller.cast::<Element>() else {
                    return false;
                };
                let top = el.scroll_top() as f64;
                let lazy = ctx.props().snap.timeline.lanes.len() >= LAZY_FROM;
                // Redraw only when the drawn band no longer covers the viewport well.
                let redraw = lazy && (top - self.scroll_top).abs() > LAZY_MARGIN / 2.0;
                if redraw {
                    self.scroll_top = top;
                }
                redraw
            }
            Msg::Hover(tip) => {
                if self.tip == tip {
                    return false;
                }
                self.tip = tip;
                true
            }
        }
    }

    fn changed(&mut self, ctx: &Context<Self>, old: &GanttProps) -> bool {
        if ctx.props().snap.run != old.snap.run {
            self.tip = None;
        }
        true
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        if first_render {
            ctx.link().send_message(Msg::Measure);
            return;
        }
        // The viewport grows with the chart (up to its max-height): lazy drawing needs it.
        if ctx.props().snap.timeline.lanes.len() >= LAZY_FROM
            && let Some(el) = self.scroller.cast::<Element>()
            && (el.client_height() as f64 - self.view_h).abs() >= 1.0
        {
            ctx.link().send_message(Msg::Measure);
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let snap = &props.snap;
        let tl = &snap.timeline;
        let right = snap.playhead.map_or(tl.end, |p| p.max(tl.end));
        let scale = Scale::new(self.width, right);
        let module_row = !tl.module_segments.is_empty() || !tl.module_ticks.is_empty();
        let first_lane_y = AXIS_H + if module_row { scale.lane_h } else { 0.0 };
        let rows = tl.lanes.len() + usize::from(module_row);
        let height = (AXIS_H + rows.max(1) as f64 * scale.lane_h + 10.0).max(MIN_H);
        let width = scale.total_w();

        // Axis.
        let mut ticks = Vec::new();
        let n_ticks = (scale.span / scale.step).round() as usize;
        for i in 0..=n_ticks {
            let t = i as f64 * scale.step;
            let x = scale.x(t);
            // Keep the first label inside the chart when there is no label column.
            let anchor = if i == 0 && scale.label_w < 30.0 { "start" } else { "middle" };
            ticks.push(html! {
                <g class="axis-tick" key={i}>
                    <line x1={x.to_string()} x2={x.to_string()} y1={(AXIS_H - 6.0).to_string()} y2={height.to_string()} />
                    <text x={x.to_string()} y={(AXIS_H - 12.0).to_string()} text-anchor={anchor}>{ format!("{} s", secs(t)) }</text>
                </g>
            });
        }

        // Which lanes to draw.
        let lazy = tl.lanes.len() >= LAZY_FROM;
        let (from, to) = if lazy {
            let top = (self.scroll_top - LAZY_MARGIN - first_lane_y).max(0.0);
            let bottom = self.scroll_top + self.view_h + LAZY_MARGIN - first_lane_y;
            let from = (top / scale.lane_h).floor() as usize;
            let to = ((bottom / scale.lane_h).ceil().max(0.0) as usize).min(tl.lanes.len());
            (from.min(to), to)
        } else {
            (0, tl.lanes.len())
        };
        let seg_count: usize = tl.lanes[from..to].iter().map(|l| l.segments.len()).sum();
        let focusable = seg_count <= FOCUSABLE_MAX;

        let ctx_lane = LaneCtx { scale: &scale, selected: props.selected, focusable };
        let lanes = tl.lanes[from..to].iter().enumerate().map(|(k, lane)| {
            let y = first_lane_y + (from + k) as f64 * scale.lane_h;
            ctx_lane.lane(lane, y, (from + k) % 2 == 1)
        });
        let module = module_row.then(|| ctx_lane.module_row(&tl.module_segments, &tl.module_ticks, AXIS_H));

        let live = snap.playhead.map(|p| {
            let x = scale.x(p);
            html! {
                <g id="playhead" data-t={exact(p)} class="playhead live">
                    <line x1={x.to_string()} x2={x.to_string()} y1={(AXIS_H - 6.0).to_string()} y2={height.to_string()} />
                    <circle cx={x.to_string()} cy={(AXIS_H - 6.0).to_string()} r="3.5" />
                </g>
            }
        });
        // After the run: the scrubbing playhead, and a veil over what comes after it.
        let scrub = props.on_scrub.as_ref().filter(|_| live.is_none());
        let playhead = live.or_else(|| {
            scrub.map(|on_scrub| self.scrub_playhead(props.cut.as_ref(), tl.end, &scale, height, on_scrub))
        });
        let veil = scrub.and(props.cut.as_ref()).map(|cut| {
            let x = scale.x(cut.t) + MIN_SEG_W / 2.0;
            let (xs, ws) = (format!("{x:.2}"), format!("{:.2}", (width - x).max(0.0)));
            if scale.compact {
                // Labels run over the bars on narrow screens: veil the bars only.
                let band = |y: f64| {
                    html! { <rect class="veil" x={xs.clone()} y={format!("{:.1}", y + scale.bar_y - 5.0)} width={ws.clone()} height={format!("{:.1}", BAR_H + 10.0)} /> }
                };
                let rows = (usize::from(module_row) + from..usize::from(module_row) + to).map(|r| band(AXIS_H + r as f64 * scale.lane_h));
                let module = module_row.then(|| band(AXIS_H));
                html! { <>{ for module }{ for rows }</> }
            } else {
                html! {
                    <rect class="veil" x={xs} y={format!("{:.1}", AXIS_H - 6.0)} width={ws} height={format!("{:.1}", height - AXIS_H + 6.0)} />
                }
            }
        });
        // The time axis as a drag handle: an HTML strip over the chart's axis row, so that
        // `touch-action: none` holds on touch screens (a finger drags, it does not pan).
        let rail = scrub.map(|_| {
            html! { <div class="scrub-rail" title="Drag along the time axis to move the playhead" aria-hidden="true"></div> }
        });

        let tip = self.tip.as_ref().map(|tip| tooltip::draw(tip, width, height, scale.lane_h));

        let onscroll = ctx.link().callback(|_: Event| Msg::Scrolled);
        let onleave = ctx.link().callback(|_: MouseEvent| Msg::Hover(None));
        let wrap = ((width - 24.0) / CHAR_W).clamp(24.0, TIP_CHARS) as usize;
        let onmouseover = {
            let snap = snap.clone();
            let record = props.record.clone();
            ctx.link().callback(move |e: MouseEvent| Msg::Hover(tip_for(e.target(), &snap, record.as_ref(), wrap)))
        };
        let onfocusin = {
            let snap = snap.clone();
            let record = props.record.clone();
            ctx.link().callback(move |e: FocusEvent| Msg::Hover(tip_for(e.target(), &snap, record.as_ref(), wrap)))
        };
        // Dragging the playhead: from the time axis or the playhead itself.
        let to_x = {
            let svg = self.svg.clone();
            move |e: &PointerEvent| {
                let left = svg.cast::<Element>().and_then(|el| client_left(&el)).unwrap_or(0.0);
                e.client_x() as f64 - left
            }
        };
        let to_time = {
            let (label_w, chart_w, span) = (scale.label_w, scale.chart_w, scale.span);
            let to_x = to_x.clone();
            move |e: &PointerEvent| (to_x(e) - label_w) / chart_w * span
        };
        let onpointerdown = scrub.map(|on_scrub| {
            let (on_scrub, dragging, handle) = (on_scrub.clone(), self.dragging.clone(), self.playhead.clone());
            let (to_time, label_w) = (to_time.clone(), scale.label_w);
            Callback::from(move |e: PointerEvent| {
                let grabbed = e
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|el| el.closest(".scrub-rail, #playhead").ok().flatten());
                let Some(grabbed) = grabbed else { return };
                // The rail spans the label column too: the axis begins after it.
                if e.button() > 0 || (grabbed.class_name() == "scrub-rail" && to_x(&e) < label_w - 8.0) {
                    return;
                }
                e.prevent_default();
                let _ = grabbed.set_pointer_capture(e.pointer_id());
                dragging.set(true);
                on_scrub.emit(Seek::Time(to_time(&e)));
                if let Some(el) = handle.cast::<Element>() {
                    let _ = el.unchecked_into::<HtmlElement>().focus();
                }
            })
        });
        let onpointermove = scrub.map(|on_scrub| {
            let (on_scrub, dragging) = (on_scrub.clone(), self.dragging.clone());
            Callback::from(move |e: PointerEvent| {
                if dragging.get() {
                    e.prevent_default();
                    on_scrub.emit(Seek::Time(to_time(&e)));
                }
            })
        });
        let onpointerup = {
            let dragging = self.dragging.clone();
            Callback::from(move |_: PointerEvent| dragging.set(false))
        };
        let onfocusout = ctx.link().callback(|_: FocusEvent| Msg::Hover(None));
        let onclick = {
            let on_select = props.on_select.clone();
            Callback::from(move |e: MouseEvent| {
                if let Some(line) = tick_line(e.target()) {
                    on_select.emit(Some(line));
                }
            })
        };
        let onkeydown = {
            let on_select = props.on_select.clone();
            Callback::from(move |e: KeyboardEvent| {
                if (e.key() == "Enter" || e.key() == " ")
                    && let Some(line) = tick_line(e.target())
                {
                    e.prevent_default();
                    on_select.emit(Some(line));
                }
            })
        };
        let empty = snap.run == 0;
        html! {
            <div class="gantt-scroll" ref={self.scroller.clone()} {onscroll}
                {onpointerdown}
                {onpointermove}
                onpointerup={onpointerup.clone()}
                onpointercancel={onpointerup}>
                { for rail }
                <svg
                    id="gantt"
                    ref={self.svg.clone()}
                    width={format!("{width:.0}")}
                    height={format!("{height:.0}")}
                    viewBox={format!("0 0 {width:.0} {height:.0}")}
                    role="group"
                    aria-label="Gantt chart of the run: one row per task over virtual time"
                    onmouseleave={onleave}
                    {onmouseover}
                    {onfocusin}
                    {onfocusout}
                    {onclick}
                    {onkeydown}
                >
                    <g class="axis">{ for ticks }</g>
                    <g class="module-layer">{ for module }</g>
                    <g class="lanes">{ for lanes }</g>
                    <g class="veil-layer">{ for veil }</g>
                    <g class="playhead-layer">{ for playhead }</g>
                    <g class="tip-layer">{ for tip }</g>
                </svg>
                if !empty && tl.end == 0.0 && snap.outcome.is_some() && !tl.lanes.is_empty() {
                    <p class="gantt-note">{ "Everything happened at t = 0: no virtual time passed, so the order of the steps is in the output, line by line." }</p>
                }
                if empty {
                    <p class="placeholder gantt-empty">{ "Press Run (Ctrl+Enter) to draw one row per task over virtual time." }</p>
                }
            </div>
        }
    }
}

/// `getBoundingClientRect().left` of an element (without web-sys's `DomRect`).
fn client_left(el: &Element) -> Option<f64> {
    let f = js_sys::Reflect::get(el, &JsValue::from_str("getBoundingClientRect")).ok()?;
    let rect = f.dyn_into::<js_sys::Function>().ok()?.call0(el).ok()?;
    js_sys::Reflect::get(&rect, &JsValue::from_str("left")).ok()?.as_f64()
}

impl Gantt {
    /// The playhead of a finished run: focusable, moved by the keys and by dragging.
    fn scrub_playhead(
        &self,
        cut: Option<&Cut>,
        end: f64,
        scale: &Scale,
        height: f64,
        on_scrub: &Callback<Seek>,
    ) -> Html {
        let t = cut.map_or(end, |c| c.t);
        let x = scale.x(t);
        let onkeydown = {
            let on_scrub = on_scrub.clone();
            Callback::from(move |e: KeyboardEvent| {
                let seek = match (e.key().as_str(), e.shift_key()) {
                    ("ArrowRight", false) => Seek::Next,
                    ("ArrowLeft", false) => Seek::Prev,
                    ("ArrowRight", true) | ("PageDown", _) => Seek::NextIteration,
                    ("ArrowLeft", true) | ("PageUp", _) => Seek::PrevIteration,
                    ("Home", _) => Seek::Home,
                    ("End", _) => Seek::End,
                    _ => return,
                };
                e.prevent_default();
                on_scrub.emit(seek);
            })
        };
        let text = cut.map_or_else(|| format!("end of the run, {} s", secs(end)), |c| c.text.clone());
        let (xs, top) = (format!("{x:.2}"), AXIS_H - 6.0);
        html! {
            <g id="playhead" ref={self.playhead.clone()} class={classes!("playhead", "scrub", cut.is_none().then_some("at-end"))}
                data-t={exact(t)} tabindex="0" role="slider"
                aria-label="Playhead: the instant the event-loop panel shows. Left and Right arrows: one event; with Shift: one loop iteration; Home, End."
                aria-valuemin="0" aria-valuemax={exact(end)} aria-valuenow={exact(t)} aria-valuetext={text}
                {onkeydown}>
                <line class="hit" x1={xs.clone()} x2={xs.clone()} y1="0" y2={format!("{height:.0}")} />
                <line x1={xs.clone()} x2={xs.clone()} y1={format!("{top:.1}")} y2={format!("{height:.0}")} />
                <rect class="grip" x={format!("{:.2}", x - 5.0)} y="19.5" width="10" height={format!("{:.1}", AXIS_H - 18.0)} rx="3" />
            </g>
        }
    }
}
