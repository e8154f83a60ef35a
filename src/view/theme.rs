//! Colours, borders and marks, chosen once from how the program was started:
//! `NO_COLOR` turns colour off (emphasis then comes from bold, reverse and marks),
//! and ASCII borders suit terminals that draw box characters double-wide.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::widgets::{Block, BorderType, Borders};

use crate::model::Display;

const ASCII_BORDER: border::Set = border::Set {
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
}

impl Theme {
    pub fn new(display: Display) -> Theme {
        Theme {
            color: display.color,
            ascii: display.ascii_borders,
        }
    }

    fn paint(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn block(&self, focused: bool) -> Block<'static> {
        let block = Block::new().borders(Borders::ALL);
        let block = if self.ascii {
            block.border_set(ASCII_BORDER)
        } else if focused {
            block.border_type(BorderType::Thick)
        } else {
            block.border_type(BorderType::Plain)
        };
        let style = match (focused, self.color) {
            (true, true) => Style::new().fg(Color::Cyan),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, true) => Style::new().fg(Color::DarkGray),
            (false, false) => Style::new(),
        };
        block.border_style(style)
    }

    pub fn heading(&self) -> Style {
        self.paint(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn strong(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Gray)
        } else {
            Style::new()
        }
    }

    pub fn selected(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(Color::Black).bg(Color::Cyan),
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

    pub fn key(&self) -> Style {
        self.paint(Color::Yellow).add_modifier(Modifier::BOLD)
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
