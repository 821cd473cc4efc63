//! The chart's geometry: the layout's sizes, the horizontal scale (virtual seconds to
//! pixels, with a round step for the axis) and how much text fits.

pub(super) const AXIS_H: f64 = 30.0;
pub(super) const LANE_H: f64 = 28.0;
/// Lanes on narrow screens: the label above the bar.
pub(super) const LANE_H_COMPACT: f64 = 42.0;
/// Below this width the labels go above the bars.
pub(super) const COMPACT_BELOW: f64 = 560.0;
pub(super) const BAR_H: f64 = 14.0;
pub(super) const PAD_R: f64 = 20.0;
pub(super) const MIN_CHART_W: f64 = 300.0;
/// Approximate width of a character of the chart's font.
pub(super) const CHAR_W: f64 = 7.0;

/// The chart's horizontal scale.
pub(super) struct Scale {
    pub(super) label_w: f64,
    pub(super) chart_w: f64,
    pub(super) lane_h: f64,
    /// Top of the bars in a lane.
    pub(super) bar_y: f64,
    /// Middle of the label in a lane.
    pub(super) label_y: f64,
    pub(super) compact: bool,
    pub(super) span: f64,
    pub(super) step: f64,
}

impl Scale {
    pub(super) fn new(width: f64, end: f64) -> Scale {
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

    pub(super) fn x(&self, t: f64) -> f64 {
        self.label_w + (t / self.span).clamp(0.0, 1.0) * self.chart_w
    }

    pub(super) fn total_w(&self) -> f64 {
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

pub(super) fn truncate(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max_chars.saturating_sub(1)).collect();
    out.push('…');
    out
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
}
