//! The timebox clock as the header and the projector show it: time left (or over),
//! coloured amber at 20 % left and red at 5 %.

use ratatui::style::Style;

use super::theme::Theme;
use crate::model::SessionScreen;

/// `12:34`, or `-01:20` once the time is up.
pub fn minutes_seconds(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let seconds = seconds.unsigned_abs();
    format!("{sign}{:02}:{:02}", seconds / 60, seconds % 60)
}

pub fn style(screen: &SessionScreen, theme: Theme) -> Style {
    let remaining = screen.remaining_seconds();
    let budget = screen.budget_seconds().max(1);
    if remaining * 100 <= budget * 5 {
        theme.error()
    } else if remaining * 100 <= budget * 20 {
        theme.warning()
    } else if screen.timer.running_since.is_some() {
        theme.good()
    } else {
        theme.dim()
    }
}

/// The clock with a mark for running or paused.
pub fn label(screen: &SessionScreen, theme: Theme) -> String {
    let mark = if screen.timer.running_since.is_some() {
        theme.running_mark()
    } else {
        theme.paused_mark()
    };
    format!("{mark} {}", minutes_seconds(screen.remaining_seconds()))
}

#[cfg(test)]
mod tests {
    use super::minutes_seconds;

    #[test]
    fn the_clock_reads_minutes_and_seconds_and_goes_negative() {
        assert_eq!(minutes_seconds(754), "12:34");
        assert_eq!(minutes_seconds(0), "00:00");
        assert_eq!(minutes_seconds(-80), "-01:20");
        assert_eq!(minutes_seconds(6000), "100:00");
    }
}
