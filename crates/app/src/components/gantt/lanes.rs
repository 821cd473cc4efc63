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

use crate::model::{Recorded, Snap, colour, exact, secs};
use crate::scrub::Cut;
use loopscope_engine::TaskEnd;
use loopscope_engine::loopview::waits::waiting_words;
use loopscope_engine::loopview::{Seek, explain_segment};
use loopscope_engine::timeline::{Lane, Segment, State, Tick, WaitOn};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, PointerEvent};
use yew::prelude::*;

const AXIS_H: f64 = 30.0;
const LANE_H: f64 = 28.0;
/// Lanes on narrow screens: the label above the bar.
const LANE_H_COMPACT: f64 = 42.0;
/// Below this width the labels go above the bars.
const COMPACT_BELOW: f64 = 560.0;
const BAR_H: f64 = 14.0;
const PAD_R: f64 = 20.0;
const MIN_CHART_W: f64 = 300.0;
/// Minimum drawn width of a segment (running steps take no virtual time).
const MIN_SEG_W: f64 = 3.0;
/// Approximate width of a character of the chart's font.
const CHAR_W: f64 = 7.0;
/// From this many lanes on, only the lanes near the viewport are drawn.
const LAZY_FROM: usize = 300;
/// Extra lanes drawn above and below the viewport.
const LAZY_MARGIN: f64 = 600.0;
/// Beyond this many segments in the whole chart, segments are not focusable one by one.
const FOCUSABLE_MAX: usize = 400;
/// The chart is at least this tall, so that a tooltip fits above or below any lane.
const MIN_H: f64 = 180.0;
/// Longest line of a tooltip, in characters.
const TIP_CHARS: f64 = 64.0;

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

#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    x: f64,
    y: f64,
    lines: Vec<String>,
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

/// The chart's horizontal scale.
struct Scale {
    label_w: f64,
    chart_w: f64,
    lane_h: f64,
    /// Top of the bars in a lane.
    bar_y: f64,
    /// Middle of the label in a lane.
    label_y: f64,
    compact: bool,
    span: f64,
    step: f64,
}

impl Scale {
    fn new(width: f64, end: f64) -> Scale {
        let compact = width < COMPACT_BELOW;
        let label_w = if compact { 12.0 } else { (width * 0.28).clamp(128.0, 260.0) };
        let chart_w = (width - label_w - PAD_R).max(MIN_CHART_W);
        let end = if end.is_finite() && end > 0.0 { end } else { 1.0 };
        let target = (chart_w / 90.0).max(2.0);
        let step = nice_step(end / target);
        let span = ((end / step - 1e-9).ceil() * step).max(step);
        let (lane_h, bar_y, label_y) =
            if compact { (LANE_H_COMPACT, 22.0, 11.0) } else { (LANE_H, (LANE_H - BAR_H) / 2.0, LANE_H / 2.0) };
        Scale { label_w, chart_w, lane_h, bar_y, label_y, compact, span, step }
    }

    fn x(&self, t: f64) -> f64 {
        self.label_w + (t / self.span).clamp(0.0, 1.0) * self.chart_w
    }

    fn total_w(&self) -> f64 {
        self.label_w + self.chart_w + PAD_R
    }
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let pow = 10f64.powf(raw.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if m * pow >= raw * (1.0 - 1e-9) {
            return m * pow;
        }
    }
    10.0 * pow
}

fn truncate(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max_chars.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn state_words(state: State) -> &'static str {
    match state {
        State::Running => "running a step",
        State::Ready => "ready, waiting for its turn",
        State::Sleeping => "sleeping (await asyncio.sleep)",
        State::Waiting => "waiting (await)",
        State::Blocked => "blocking the loop (time.sleep)",
    }
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

        let tip = self.tip.as_ref().map(|tip| {
            let chars = tip.lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64;
            let w = chars * CHAR_W + 20.0;
            let h = tip.lines.len() as f64 * 17.0 + 12.0;
            let x = (tip.x - w / 2.0).clamp(2.0, (width - w - 2.0).max(2.0));
            let y = if tip.y - h - 6.0 >= 0.0 {
                tip.y - h - 6.0
            } else if tip.y + scale.lane_h + h <= height {
                tip.y + scale.lane_h
            } else {
                (height - h).max(0.0)
            };
            html! {
                <g class="tip" transform={format!("translate({x:.1},{y:.1})")} aria-hidden="true">
                    <rect width={format!("{w:.1}")} height={format!("{h:.1}")} rx="6" />
                    { for tip.lines.iter().enumerate().map(|(i, l)| html! {
                        <text x="10" y={format!("{:.1}", 20.0 + i as f64 * 17.0)} class={if i == 0 { "tip-title" } else { "" }}>{ l.clone() }</text>
                    }) }
                </g>
            }
        });

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

struct LaneCtx<'a> {
    scale: &'a Scale,
    selected: Option<usize>,
    focusable: bool,
}

/// A segment as drawn: merged with its neighbours when they share a pixel.
struct Drawn {
    state: State,
    /// What a waiting segment awaits (`data-on`).
    on: Option<WaitOn>,
    start: f64,
    end: f64,
    x0: f64,
    x1: f64,
    /// Narrower than a pixel in reality (drawn with the minimum width).
    mark: bool,
}

impl LaneCtx<'_> {
    /// The segments to draw: consecutive same-state segments that touch are merged, and
    /// sub-pixel marks hidden under the previous mark are dropped, so a lane never needs
    /// more elements than it has pixels.
    fn thin(&self, segments: &[Segment]) -> Vec<Drawn> {
        let s = self.scale;
        let mut out: Vec<Drawn> = Vec::new();
        for seg in segments {
            let (mut x0, mut x1) = (s.x(seg.start), s.x(seg.end));
            let mark = x1 - x0 < MIN_SEG_W;
            if mark {
                let c = (x0 + x1) / 2.0;
                x0 = c - MIN_SEG_W / 2.0;
                x1 = c + MIN_SEG_W / 2.0;
            }
            if let Some(last) = out.last_mut() {
                if last.state == seg.state && last.on == seg.on && x0 <= last.x1 + 0.5 && seg.start >= last.end {
                    last.end = seg.end;
                    last.x1 = last.x1.max(x1);
                    last.mark &= mark;
                    continue;
                }
                if mark && last.mark && x0 < last.x1 {
                    continue;
                }
            }
            out.push(Drawn { state: seg.state, on: seg.on, start: seg.start, end: seg.end, x0, x1, mark });
        }
        out
    }

    fn segment(&self, d: &Drawn, key: usize) -> Html {
        let state = d.state.as_str();
        html! {
            <rect
                key={key}
                class={classes!("seg", format!("s-{state}"))}
                data-state={state}
                data-on={d.on.map(WaitOn::as_str)}
                data-start={exact(d.start)}
                data-end={exact(d.end)}
                x={format!("{:.2}", d.x0)}
                y={format!("{:.1}", self.scale.bar_y)}
                width={format!("{:.2}", d.x1 - d.x0)}
                height={format!("{BAR_H:.1}")}
                rx="3"
                tabindex={self.focusable.then_some("0")}
            />
        }
    }

    /// The print ticks of a lane, one per pixel column at most (the selected one always).
    fn ticks(&self, ticks: &[Tick]) -> Html {
        let mut last_x = f64::NEG_INFINITY;
        let drawn = ticks.iter().filter_map(|tick| {
            let x = self.scale.x(tick.t);
            let sel = self.selected == Some(tick.line);
            if x - last_x < 2.0 && !sel {
                return None;
            }
            last_x = x;
            Some(self.tick(tick, x, sel))
        });
        html! { <g class="ticks">{ for drawn }</g> }
    }

    fn tick(&self, tick: &Tick, x: f64, sel: bool) -> Html {
        let top = self.scale.bar_y - 4.0;
        let bottom = self.scale.bar_y + BAR_H + 4.0;
        let lane_h = self.scale.lane_h;
        html! {
            <g
                key={tick.line}
                class={classes!("tick", sel.then_some("selected"))}
                data-line={tick.line.to_string()}
                data-t={exact(tick.t)}
                data-x={format!("{x:.2}")}
                transform={format!("translate({x:.2},0)")}
                tabindex={self.focusable.then_some("0")}
                role="button"
                aria-label={format!("printed line {} at {} s", tick.line + 1, secs(tick.t))}
            >
                <rect class="hit" x="-5" y="0" width="10" height={format!("{lane_h:.0}")} />
                <line x1="0" x2="0" y1={format!("{top:.1}")} y2={format!("{bottom:.1}")} />
                <circle cx="0" cy={format!("{top:.1}")} r={if sel { "4" } else { "2.6" }} />
            </g>
        }
    }

    fn lane(&self, lane: &Lane, y: f64, odd: bool) -> Html {
        let s = self.scale;
        let indent = 12.0 + lane.depth as f64 * 14.0;
        let room = if s.compact { s.total_w() - indent - 20.0 } else { s.label_w - indent - 14.0 };
        let max_chars = (room / CHAR_W).max(4.0) as usize;
        let label = truncate(&lane.label, max_chars);
        let elbow = (lane.depth > 0).then(|| {
            let ex = indent - 9.0;
            html! { <path class="elbow" d={format!("M{ex:.1},0 V{:.1} H{:.1}", s.label_y, ex + 5.0)} /> }
        });
        let end_mark = lane.finished.as_ref().and_then(|(t, end)| {
            let (class, glyph, what) = match end {
                TaskEnd::Cancelled => ("end cancelled", "×", "cancelled".to_owned()),
                TaskEnd::Raised(e) => ("end raised", "!", format!("raised {e}")),
                TaskEnd::Returned(_) => return None,
            };
            let x = s.x(*t) + 6.0;
            Some(html! {
                <text class={class} x={format!("{x:.1}")} y={format!("{:.1}", s.bar_y + BAR_H / 2.0)} dominant-baseline="central">
                    <title>{ format!("{what} at {} s", secs(*t)) }</title>
                    { glyph }
                </text>
            })
        });
        let segments = self.thin(&lane.segments);
        let segments = segments.iter().enumerate().map(|(i, d)| self.segment(d, i));
        html! {
            <g
                key={lane.task}
                class={classes!("lane", colour(Some(lane.task)), odd.then_some("odd"))}
                data-task={lane.label.clone()}
                data-id={lane.task.to_string()}
                data-depth={lane.depth.to_string()}
                data-y={format!("{y:.1}")}
                transform={format!("translate(0,{y:.1})")}
            >
                <rect class="lane-bg" x="0" y="0" width={format!("{:.0}", s.total_w())} height={format!("{:.0}", s.lane_h)} />
                <g>{ for elbow }</g>
                <circle class="dot" cx={format!("{:.1}", indent - 1.0)} cy={format!("{:.1}", s.label_y)} r="3.5" />
                <text class="label" x={format!("{:.1}", indent + 7.0)} y={format!("{:.1}", s.label_y)} dominant-baseline="central">
                    <title>{ lane.label.clone() }</title>
                    { label }
                </text>
                <g class="segs">{ for segments }</g>
                <g class="ends">{ for end_mark }</g>
                { self.ticks(&lane.ticks) }
            </g>
        }
    }

    fn module_row(&self, segments: &[Segment], ticks: &[Tick], y: f64) -> Html {
        let s = self.scale;
        let segs = segments.iter().enumerate().map(|(i, seg)| {
            let (x0, x1) = (s.x(seg.start), s.x(seg.end));
            html! {
                <rect key={i} class="mseg s-blocked" data-state="blocked" data-start={exact(seg.start)} data-end={exact(seg.end)}
                    x={format!("{x0:.2}")} y={format!("{:.1}", s.bar_y)}
                    width={format!("{:.2}", (x1 - x0).max(MIN_SEG_W))} height={format!("{BAR_H:.1}")} rx="3" />
            }
        });
        html! {
            <g class="module-row cm" data-task="<module>" data-y={format!("{y:.1}")} transform={format!("translate(0,{y:.1})")}>
                <rect class="lane-bg" x="0" y="0" width={format!("{:.0}", s.total_w())} height={format!("{:.0}", s.lane_h)} />
                <text class="label muted" x={if s.compact { "12" } else { "18" }} y={format!("{:.1}", s.label_y)} dominant-baseline="central">{ MODULE_LABEL }</text>
                <g class="segs">{ for segs }</g>
                { self.ticks(ticks) }
            </g>
        }
    }
}

const MODULE_LABEL: &str = "module code";

fn attr_f64(el: &Element, name: &str) -> Option<f64> {
    el.get_attribute(name)?.parse().ok()
}

/// `getBoundingClientRect().left` of an element (without web-sys's `DomRect`).
fn client_left(el: &Element) -> Option<f64> {
    let f = js_sys::Reflect::get(el, &JsValue::from_str("getBoundingClientRect")).ok()?;
    let rect = f.dyn_into::<js_sys::Function>().ok()?.call0(el).ok()?;
    js_sys::Reflect::get(&rect, &JsValue::from_str("left")).ok()?.as_f64()
}

/// `text` cut into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
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

/// The tooltip for what the pointer or the focus is on (a segment or a tick), read back
/// from the chart's own attributes: one listener for the whole chart. A task's segment
/// is explained in a sentence from the trace, wrapped at `width` characters.
fn tip_for(target: Option<web_sys::EventTarget>, snap: &Snap, record: Option<&Recorded>, width: usize) -> Option<Tip> {
    let el = target?.dyn_into::<Element>().ok()?;
    let item = el.closest(".seg, .mseg, .tick").ok()??;
    let row = item.closest("g.lane, g.module-row").ok()??;
    let label = match row.get_attribute("data-depth") {
        Some(_) => row.get_attribute("data-task")?,
        None => MODULE_LABEL.to_owned(),
    };
    let y = attr_f64(&row, "data-y")?;
    if item.has_attribute("data-line") {
        let line: usize = item.get_attribute("data-line")?.parse().ok()?;
        let t = attr_f64(&item, "data-t")?;
        let text = snap.lines.get(line).map_or("", |l| l.text.as_str());
        return Some(Tip {
            x: attr_f64(&item, "data-x")?,
            y,
            lines: vec![label, format!("print at {} s: {}", secs(t), truncate(text, 48))],
        });
    }
    let state = item.get_attribute("data-state")?;
    let (start, end) = (attr_f64(&item, "data-start")?, attr_f64(&item, "data-end")?);
    let task = row.get_attribute("data-id").and_then(|id| id.parse::<u32>().ok());
    let shown = record.filter(|r| r.run == snap.run);
    // A waiting segment names what it waits on: `waiting on queue q (empty)`.
    let waiting = match (task, shown) {
        (Some(task), Some(rec)) if state == "waiting" => waiting_words(&rec.trace(), task, start),
        _ => None,
    };
    let words = match (&waiting, item.get_attribute("data-on")) {
        (Some(w), _) => w.clone(),
        (None, Some(on)) => {
            let article = if on.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
            format!("waiting on {article} {on}")
        }
        (None, None) => {
            State::ALL.iter().find(|s| s.as_str() == state).map_or(state.clone(), |s| state_words(*s).to_owned())
        }
    };
    let second = if end > start {
        format!("{words}: {} s → {} s ({} s)", secs(start), secs(end), secs(end - start))
    } else {
        format!("{words} at {} s", secs(start))
    };
    let mut lines = vec![label, second];
    // The sentence, for a task's segment of the run shown.
    let state = State::ALL.iter().copied().find(|s| s.as_str() == state);
    if let (Some(task), Some(state), Some(rec)) = (task, state, shown) {
        lines.extend(wrap(&explain_segment(&rec.trace(), task, state, start, end), width));
    }
    Some(Tip { x: attr_f64(&item, "x")? + attr_f64(&item, "width")? / 2.0, y, lines })
}

/// The printed line of a tick under `target`, if any.
fn tick_line(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let el = target?.dyn_into::<Element>().ok()?;
    el.closest(".tick").ok()??.get_attribute("data-line")?.parse().ok()
}

/// The legend and the short explanation shown next to the chart.
pub fn legend() -> Html {
    let item = |class: &str, name: &str, what: &str| {
        html! {
            <li><span class={classes!("swatch", class.to_owned())} aria-hidden="true"></span><b>{ name.to_owned() }</b><span class="what">{ format!(" {what}") }</span></li>
        }
    };
    html! {
        <ul class="legend" aria-label="Legend">
            { item("s-running", "running", "a step of the task (takes no virtual time)") }
            { item("s-ready", "ready", "could run, waiting for its turn") }
            { item("s-sleeping", "sleeping", "in await asyncio.sleep") }
            { item("s-waiting", "waiting", "for a task, a gather, a queue, a lock, an event…") }
            { item("s-blocked", "blocked", "time.sleep holding the whole loop") }
            { item("k-tick", "print", "a printed line: click it") }
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn steps_are_nice() {
        assert_eq!(nice_step(0.3), 0.5);
        assert_eq!(nice_step(1.0), 1.0);
        assert_eq!(nice_step(1.1), 2.0);
        assert_eq!(nice_step(0.0), 1.0);
        assert_eq!(nice_step(f64::NAN), 1.0);
        let s = Scale::new(800.0, 3.0);
        assert!(s.span >= 3.0 && s.step > 0.0);
        assert_eq!(s.x(0.0), s.label_w);
        assert_eq!(truncate("abcdef", 4), "abc…");
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn tips_wrap_at_spaces() {
        assert_eq!(wrap("main() waits from 1.0 s to 3.0 s", 12), ["main() waits", "from 1.0 s", "to 3.0 s"]);
        assert_eq!(wrap("a-very-long-word x", 4), ["a-very-long-word", "x"]);
        assert!(wrap("", 10).is_empty());
    }
}
