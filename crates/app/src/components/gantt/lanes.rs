//! The chart's lanes: a row per task (and one for module-level code) with a segment per
//! state and a tick per printed line. Segments narrower than a pixel are drawn at a
//! minimum width, and a lane never needs more elements than it has pixels.

use loopscope_engine::TaskEnd;
use loopscope_engine::timeline::{Lane, Segment, State, Tick, WaitOn};
use yew::prelude::*;

use super::scale::{BAR_H, CHAR_W, Scale, truncate};
use crate::model::{colour, exact, secs};

/// Minimum drawn width of a segment (running steps take no virtual time).
pub(super) const MIN_SEG_W: f64 = 3.0;

pub(super) struct LaneCtx<'a> {
    pub(super) scale: &'a Scale,
    pub(super) selected: Option<usize>,
    pub(super) focusable: bool,
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
    /// The segments to draw, so that a lane never needs many more elements than it has
    /// pixels yet never says something false: a segment of the same state that follows
    /// with no time between (only instants hidden in between) extends the previous one;
    /// an instant (a running step) hidden under the previous mark is left out. A segment
    /// that lasts, however short, is always drawn (with the minimum width), so that every
    /// second slept, blocked or waited is in the chart with its true start and end.
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
                if last.state == seg.state && last.on == seg.on && x0 <= last.x1 + 0.5 && seg.start == last.end {
                    last.end = seg.end;
                    last.x1 = last.x1.max(x1);
                    last.mark &= mark;
                    continue;
                }
                if seg.end <= seg.start && mark && last.mark && x0 < last.x1 {
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

    pub(super) fn lane(&self, lane: &Lane, y: f64, odd: bool) -> Html {
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

    pub(super) fn module_row(&self, segments: &[Segment], ticks: &[Tick], y: f64) -> Html {
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

pub(super) const MODULE_LABEL: &str = "module code";

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 13: a sleep of 2.5 ms at 1.4 s, between two running instants, in a 4 s chart.
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn short_sleeps_are_drawn_with_their_true_times() {
        let seg = |state, start, end| Segment { state, start, end, on: None };
        let segments = [
            seg(State::Running, 0.0, 0.0),
            seg(State::Sleeping, 0.0, 1.4),
            seg(State::Running, 1.4, 1.4),
            seg(State::Sleeping, 1.4, 1.4025),
            seg(State::Running, 1.4025, 1.4025),
            seg(State::Sleeping, 1.4025, 1.4025001),
            seg(State::Running, 1.4025001, 1.4025001),
            seg(State::Ready, 1.4025001, 1.4025002),
            seg(State::Running, 1.4025002, 1.4025002),
            seg(State::Sleeping, 1.4025002, 4.0),
        ];
        let scale = Scale::new(800.0, 4.0);
        let lane = LaneCtx { scale: &scale, selected: None, focusable: false };
        let drawn: Vec<(State, f64, f64)> = lane.thin(&segments).iter().map(|d| (d.state, d.start, d.end)).collect();
        assert_eq!(
            drawn,
            [
                (State::Running, 0.0, 0.0),
                (State::Sleeping, 0.0, 1.4),
                (State::Running, 1.4, 1.4),
                // The two short sleeps touch (the step between takes no time): one mark.
                (State::Sleeping, 1.4, 1.4025001),
                (State::Ready, 1.4025001, 1.4025002),
                (State::Sleeping, 1.4025002, 4.0),
            ]
        );
        for d in lane.thin(&segments) {
            assert!(d.x1 - d.x0 >= MIN_SEG_W - 1e-9, "{:?} is drawn {} px wide", d.state, d.x1 - d.x0);
        }
    }
}
