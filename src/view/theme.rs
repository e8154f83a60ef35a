//! Colours, borders and marks, chosen once from how the program was started:
//! `NO_COLOR` turns colour off (emphasis then comes from bold, reverse and marks),
//! and ASCII borders suit terminals that draw box characters double-wide.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::widgets::BorderType;

use super::boxed::Boxed;
use crate::model::{Display, ThemeName};
use crate::session::Side;
use crate::session::strategy::Quadrant;

/// Borders of `+ - |`, for terminals that draw box characters double-wide.
pub const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    color: bool,
    ascii: bool,
    name: ThemeName,
}

impl Theme {
    pub fn new(display: Display) -> Theme {
        Theme {
            color: display.color,
            ascii: display.ascii_borders,
            name: display.theme,
        }
    }

    /// The colour a role has in this theme: the dark theme uses the colours as they
    /// are, the light one darker ones that read on white, high contrast brighter ones.
    fn tone(&self, color: Color) -> Color {
        match (self.name, color) {
            (ThemeName::Dark, color) => color,
            (ThemeName::Light, Color::Cyan | Color::LightBlue) => Color::Blue,
            (ThemeName::Light, Color::Yellow) => Color::Magenta,
            (ThemeName::Light, Color::Gray) => Color::DarkGray,
            (ThemeName::Light, Color::LightGreen) => Color::Green,
            (ThemeName::Light, Color::LightMagenta) => Color::Magenta,
            (ThemeName::HighContrast, Color::Cyan | Color::LightBlue) => Color::LightYellow,
            (ThemeName::HighContrast, Color::Gray | Color::DarkGray) => Color::White,
            (ThemeName::HighContrast, Color::Green) => Color::LightGreen,
            (_, color) => color,
        }
    }

    fn paint(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(self.tone(color))
        } else {
            Style::new()
        }
    }

    /// The whole screen's colours: the terminal's own in the dark theme.
    pub fn base(&self) -> Option<Style> {
        match (self.color, self.name) {
            (false, _) | (true, ThemeName::Dark) => None,
            (true, ThemeName::Light) => Some(Style::new().fg(Color::Black).bg(Color::White)),
            (true, ThemeName::HighContrast) => Some(Style::new().fg(Color::White).bg(Color::Black)),
        }
    }

    pub fn block(&self, focused: bool) -> Boxed<'static> {
        let set = if self.ascii {
            ASCII_BORDER
        } else if focused {
            BorderType::Thick.to_border_set()
        } else {
            BorderType::Plain.to_border_set()
        };
        let style = match (focused, self.color) {
            (true, true) => Style::new().fg(self.tone(Color::Cyan)),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, true) => Style::new().fg(self.tone(Color::DarkGray)),
            (false, false) => Style::new(),
        };
        Boxed::new(set, style)
    }

    pub fn heading(&self) -> Style {
        self.paint(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn strong(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        self.paint(Color::Gray)
    }

    pub fn selected(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => match self.name {
                ThemeName::Dark => Style::new().fg(Color::Black).bg(Color::Cyan),
                ThemeName::Light => Style::new().fg(Color::White).bg(Color::Blue),
                ThemeName::HighContrast => Style::new()
                    .fg(Color::Black)
                    .bg(Color::LightYellow)
                    .add_modifier(Modifier::BOLD),
            },
            (true, false) => Style::new().add_modifier(Modifier::REVERSED),
            (false, _) => Style::new().add_modifier(Modifier::UNDERLINED),
        }
    }

    pub fn good(&self) -> Style {
        self.paint(Color::Green).add_modifier(Modifier::BOLD)
    }

    pub fn warning(&self) -> Style {
        self.paint(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn error(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
        }
    }

    /// What is overdue: as an error in colour; without colour bold, as reverse
    /// video would read as the selection.
    pub fn late(&self) -> Style {
        if self.color {
            self.error()
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn key(&self) -> Style {
        self.paint(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// The glyph bars are drawn with.
    pub fn bar_glyph(&self) -> &'static str {
        if self.ascii { "#" } else { "█" }
    }

    /// The unfilled rest of a bar.
    pub fn empty_bar_glyph(&self) -> &'static str {
        if self.ascii { "." } else { "░" }
    }

    /// Bars in a chart take turns between two colours so neighbours stay apart.
    pub fn bar_style(&self, index: usize) -> Style {
        self.paint(if index.is_multiple_of(2) {
            Color::Cyan
        } else {
            Color::LightBlue
        })
    }

    /// A quadrant's own colour (blue, green, red, yellow); without colour, reverse
    /// video, and the letter and pattern tell them apart.
    pub fn quadrant(&self, quadrant: Quadrant) -> Style {
        if !self.color {
            return Style::new().add_modifier(Modifier::REVERSED);
        }
        let (bg, fg) = match quadrant {
            Quadrant::A => (Color::Blue, Color::White),
            Quadrant::B => (Color::Green, Color::Black),
            Quadrant::C => (Color::Red, Color::White),
            Quadrant::D => (Color::Yellow, Color::Black),
        };
        Style::new().bg(bg).fg(fg)
    }

    /// The fill of a quadrant's cell when there is no colour to tell them apart.
    pub fn quadrant_pattern(&self, quadrant: Quadrant) -> char {
        if self.color {
            return ' ';
        }
        match quadrant {
            Quadrant::A => '/',
            Quadrant::B => '=',
            Quadrant::C => '#',
            Quadrant::D => '.',
        }
    }

    pub fn has_colour(&self) -> bool {
        self.color
    }

    /// Each side's own colour, so its votes stand out from the other sides'.
    pub fn side(&self, side: Side) -> Style {
        self.paint(match side {
            Side::Business => Color::LightBlue,
            Side::Technology => Color::LightGreen,
            Side::Data => Color::LightMagenta,
            Side::Planning => Color::Yellow,
            Side::Management => Color::Gray,
        })
    }

    /// One voting dot.
    pub fn dot(&self) -> &'static str {
        if self.ascii { "o" } else { "●" }
    }

    pub fn error_mark(&self) -> &'static str {
        if self.ascii { "x" } else { "✗" }
    }

    pub fn running_mark(&self) -> &'static str {
        if self.ascii { ">" } else { "⏱" }
    }

    pub fn paused_mark(&self) -> &'static str {
        if self.ascii { "||" } else { "⏸" }
    }

    pub fn warning_mark(&self) -> &'static str {
        if self.ascii { "!" } else { "⚠" }
    }

    /// Marks the step the room is on.
    pub fn current_mark(&self) -> &'static str {
        if self.ascii { ">" } else { "▶" }
    }

    pub fn done_mark(&self) -> &'static str {
        if self.ascii { "*" } else { "✓" }
    }

    pub fn bullet(&self) -> &'static str {
        if self.ascii { "-" } else { "•" }
    }

    /// Between items on one line.
    pub fn separator(&self) -> &'static str {
        if self.ascii { " | " } else { " · " }
    }

    /// Between parts of the header.
    pub fn bar(&self) -> &'static str {
        if self.ascii { " | " } else { " │ " }
    }

    pub fn ellipsis(&self) -> &'static str {
        if self.ascii { "~" } else { "…" }
    }
}
