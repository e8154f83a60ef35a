//! The timebox clock as the header and the projector show it: time left (or over),
//! coloured amber at 20 % left and red at 5 %.

use ratatui::style::Style;

use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::model::SessionScreen;

/// `12:34`, or `-01:20` once the time is up.
pub fn minutes_seconds(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let seconds = seconds.unsigned_abs();
    format!("{sign}{:02}:{:02}", seconds / 60, seconds % 60)
}

/// `12:34`, or `1:52:10` from an hour on.
fn hours_minutes_seconds(seconds: i64) -> String {
    if seconds < 3600 {
        minutes_seconds(seconds)
    } else {
        let (hours, rest) = (seconds / 3600, seconds % 3600);
        format!("{hours}:{:02}:{:02}", rest / 60, rest % 60)
    }
}

pub fn style(screen: &SessionScreen, theme: Theme) -> Style {
    if screen.read_only {
        return theme.dim();
    }
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

/// What the projector draws in big digits: the time left of the timebox; in a
/// review, which runs no clock, how long the step took (or the whole session on
/// the overview), and nothing when that was not timed.
pub fn big_text(screen: &SessionScreen) -> String {
    if screen.read_only {
        let spent = spent_seconds(screen);
        return if spent == 0 {
            String::new()
        } else {
            hours_minutes_seconds(spent)
        };
    }
    minutes_seconds(screen.remaining_seconds())
}

/// Seconds the step on screen took, or the whole session on the overview.
fn spent_seconds(screen: &SessionScreen) -> i64 {
    let room = &screen.doc.room;
    if screen.dashboard {
        room.timing
            .values()
            .map(|t| i64::from(t.spent_seconds))
            .sum()
    } else {
        let step = &screen.doc.steps[screen.step_index()];
        i64::from(room.time(&step.id).spent_seconds)
    }
}

/// The clock with a mark for running or paused. A review has no clock to run: it
/// says how long the step took, or the whole session on the overview.
pub fn label(screen: &SessionScreen, lang: Lang, theme: Theme) -> String {
    if screen.read_only {
        let ui = lang.ui();
        let spent = spent_seconds(screen);
        let text = if screen.dashboard {
            ui.review_spent_total
        } else {
            ui.review_spent
        };
        return if spent == 0 {
            ui.review_untimed.to_string()
        } else {
            fill(text, &[&hours_minutes_seconds(spent)])
        };
    }
    let mark = if screen.timer.running_since.is_some() {
        theme.running_mark()
    } else {
        theme.paused_mark()
    };
    format!("{mark} {}", minutes_seconds(screen.remaining_seconds()))
}

#[cfg(test)]
mod tests {
    use super::{hours_minutes_seconds, minutes_seconds};

    #[test]
    fn the_clock_reads_minutes_and_seconds_and_goes_negative() {
        assert_eq!(minutes_seconds(754), "12:34");
        assert_eq!(minutes_seconds(0), "00:00");
        assert_eq!(minutes_seconds(-80), "-01:20");
        assert_eq!(minutes_seconds(6000), "100:00");
    }

    #[test]
    fn a_long_time_reads_in_hours() {
        assert_eq!(hours_minutes_seconds(3599), "59:59");
        assert_eq!(hours_minutes_seconds(6730), "1:52:10");
    }
}
