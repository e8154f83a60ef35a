//! The key table: no key means two things at once, every action has a key and a
//! label, the help overlay is generated from it, and typing wins over commands.

mod support;

use std::collections::BTreeSet;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::*;
use yeji::i18n::{CONTENT_ENTRIES, DOCUMENTS_ENTRIES, ENTRIES, KEYS_ENTRIES, Lang, places};
use yeji::keymap::{BINDINGS, Context, active_contexts, bindings_of, resolve};
use yeji::model::{Dialog, Model, PickList};
use yeji::msg::{Action, Msg};
use yeji::storage::failure::SaveError;
use yeji::view::help::{SECTIONS, action_label, binding_label, help_lines};
use yeji::view::theme::Theme;

/// The model in every situation that changes which keys are active.
fn situations() -> Vec<(&'static str, Model)> {
    let mut out = vec![("start", start_model(Lang::En))];
    let mut title = start_model(Lang::En);
    act(&mut title, &[Action::NewSession]);
    out.push(("start title", title));
    let mut model = session_model(typical_session(Lang::En));
    out.push(("fields", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("participants", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("agenda", model.clone()));
    act(&mut model, &[Action::NextStep]);
    out.push(("stages", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("votes", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("frictions", model.clone()));
    act(&mut model, &[Action::NextStep]);
    out.push(("statements", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("coverage", model.clone()));
    act(&mut model, &[Action::WalkAround]);
    out.push(("walk", model.clone()));
    act(&mut model, &[Action::EndWalk, Action::NextStep]);
    out.push(("unified", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("agreements", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("initiatives", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("voting", model.clone()));
    act(&mut model, &[Action::NextStep]);
    out.push(("ratings", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("people", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("mechanisms", model.clone()));
    act(&mut model, &[Action::NextStep]);
    out.push(("matrix", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("roles", model.clone()));
    act(&mut model, &[Action::NextPanel]);
    out.push(("duties", model.clone()));
    act(&mut model, &[Action::NextStep]);
    out.push(("summary", model.clone()));
    for name in ["decisions", "actions", "parking", "indicators", "notes"] {
        act(&mut model, &[Action::NextPanel]);
        out.push((name, model.clone()));
    }
    act(&mut model, &[Action::EditOrConfirm]);
    out.push(("typing", model.clone()));
    act(&mut model, &[Action::CancelEdit, Action::ToggleHelp]);
    out.push(("help", model.clone()));
    act(&mut model, &[Action::ToggleHelp]);
    let mut overview = model.clone();
    act(&mut overview, &[Action::ToggleDashboard]);
    out.push(("overview", overview));
    for dialog in [
        Dialog::CarriedActions { cursor: 0 },
        Dialog::ChangedOnDisk,
        Dialog::QuitUnsaved {
            why: SaveError::other("x"),
        },
        Dialog::ConfirmDeleteInitiative { id: 1 },
        Dialog::Pick {
            list: PickList::Statements { initiative: 1 },
            cursor: 0,
        },
        Dialog::ConfirmDeleteRole { id: 1 },
        Dialog::Recovery {
            path: "x".into(),
            doc: Box::new(new_session("t", Lang::En)),
        },
    ] {
        let mut with_dialog = model.clone();
        if let yeji::model::Screen::Session(screen) = &mut with_dialog.screen {
            screen.dialog = Some(dialog);
        }
        out.push(("dialog", with_dialog));
    }
    out
}

#[test]
fn no_key_means_two_things_where_it_can_be_pressed() {
    for (name, model) in situations() {
        let mut seen = BTreeSet::new();
        for context in active_contexts(&model) {
            for binding in bindings_of(context) {
                for key in binding.keys {
                    let id = format!("{:?}+{:?}", key.modifiers, key.code);
                    assert!(seen.insert(id.clone()), "{id} is bound twice in '{name}'");
                }
            }
        }
    }
}

#[test]
fn every_context_in_the_table_can_be_reached() {
    let reached: BTreeSet<Context> = situations()
        .iter()
        .flat_map(|(_, model)| active_contexts(model))
        .collect();
    let used: BTreeSet<Context> = BINDINGS.iter().map(|binding| binding.context).collect();
    assert_eq!(reached, used);
}

#[test]
fn every_action_has_a_key_and_a_label_in_both_languages() {
    for action in Action::ALL {
        assert!(
            BINDINGS.iter().any(|binding| binding.action == action),
            "{action:?} has no key"
        );
        for lang in [Lang::Zh, Lang::En] {
            assert!(
                !action_label(action, lang).trim().is_empty(),
                "{action:?} in {lang:?}"
            );
        }
    }
    let distinct: BTreeSet<_> = Action::ALL.iter().collect();
    assert_eq!(distinct.len(), Action::ALL.len());
}

#[test]
fn the_help_overlay_lists_every_binding_in_both_languages() {
    let theme = Theme::new(display());
    for lang in [Lang::Zh, Lang::En] {
        let text: Vec<String> = help_lines(lang, 100, theme)
            .iter()
            .map(|line| line.to_string())
            .collect();
        let bound = SECTIONS
            .iter()
            .map(|c| bindings_of(*c).count())
            .sum::<usize>();
        assert!(
            text.len() > bound,
            "a heading per section plus a line per binding"
        );
        for binding in BINDINGS {
            let label = binding_label(binding, lang);
            assert!(
                text.iter().any(|line| line.contains(label)),
                "{label} missing"
            );
        }
    }
    let covered: BTreeSet<Context> = SECTIONS.into_iter().collect();
    let used: BTreeSet<Context> = BINDINGS.iter().map(|binding| binding.context).collect();
    assert!(used.is_subset(&covered), "a context missing from the help");
}

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

#[test]
fn letters_are_text_while_typing_and_commands_otherwise() {
    let (_, notes) = situations()
        .into_iter()
        .find(|(n, _)| *n == "notes")
        .unwrap();
    let (_, typing) = situations()
        .into_iter()
        .find(|(n, _)| *n == "typing")
        .unwrap();
    let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(resolve(&notes, q), Some(Msg::Act(Action::Quit)));
    assert_eq!(resolve(&typing, q), Some(Msg::Type("q".into())));
    let chinese = press(KeyCode::Char('中'), KeyModifiers::NONE);
    assert_eq!(resolve(&typing, chinese), Some(Msg::Type("中".into())));
    let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(resolve(&typing, ctrl_c), Some(Msg::Act(Action::Quit)));
    let shifted = press(KeyCode::Char('K'), KeyModifiers::SHIFT);
    assert_eq!(resolve(&notes, shifted), Some(Msg::Act(Action::MoveItemUp)));
    assert_eq!(resolve(&typing, shifted), Some(Msg::Type("K".into())));
    let alt_gr = press(
        KeyCode::Char('@'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    );
    assert_eq!(resolve(&typing, alt_gr), Some(Msg::Type("@".into())));
    let back_tab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(
        resolve(&notes, back_tab),
        Some(Msg::Act(Action::PreviousPanel))
    );
    let unbound = press(KeyCode::F(12), KeyModifiers::NONE);
    assert_eq!(resolve(&notes, unbound), None);
}

#[test]
fn every_ui_string_exists_in_both_languages_with_the_same_placeholders() {
    let tables = [ENTRIES, KEYS_ENTRIES, CONTENT_ENTRIES, DOCUMENTS_ENTRIES];
    for (name, zh, en) in tables.into_iter().flatten() {
        assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{name}");
        assert_eq!(places(zh), places(en), "{name}");
        // Chinese counts need no plural: "{0|格|格}" would only hide a mistake.
        assert!(!zh.contains('|'), "{name}: a plural form in Chinese");
    }
}

#[test]
fn the_readme_lists_the_keys_exactly_as_the_keymap_has_them() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start = "<!-- keys:start -->\n";
    let end = "<!-- keys:end -->";
    let from = readme.find(start).expect("README has a keys section") + start.len();
    let to = readme.find(end).expect("README keys section ends");
    let expected = yeji::view::help::markdown_table(Lang::En);
    if readme[from..to] == expected {
        return;
    }
    // Like INSTA_UPDATE for snapshots: rewrite the section on request.
    if std::env::var_os("YEJI_UPDATE_README").is_some() {
        let updated = format!("{}{expected}{}", &readme[..from], &readme[to..]);
        std::fs::write(path, updated).unwrap();
        return;
    }
    panic!(
        "README keys are out of date (YEJI_UPDATE_README=1 rewrites them); the section should read:\n{expected}"
    );
}

/// In the dot vote the arrows go from person to person, and in the help window
/// they scroll it; the help says so.
#[test]
fn arrows_are_named_for_what_they_do_where_they_are_pressed() {
    let label = |context: Context, action: Action| {
        let binding = bindings_of(context)
            .find(|binding| binding.action == action)
            .unwrap();
        binding_label(binding, Lang::En)
    };
    assert_eq!(label(Context::Voting, Action::Left), "previous person");
    assert_eq!(label(Context::Voting, Action::Right), "next person");
    assert_eq!(label(Context::Matrix, Action::Left), "column left");
    assert_eq!(label(Context::Help, Action::Down), "scroll down a line");
    assert_eq!(
        label(Context::Help, Action::NextStep),
        "scroll down ten lines"
    );
    assert_eq!(label(Context::Help, Action::ToggleHelp), "close");
}

/// `?` opens on the keys of the panel in use, and the keys that work everywhere
/// follow.
#[test]
fn the_help_opens_on_the_keys_of_the_panel_in_use() {
    let label = |context| yeji::view::help::context_label(context, Lang::En);
    let mut model = session_model(typical_session(Lang::En));
    act(&mut model, &[Action::NextPanel, Action::ToggleHelp]);
    let text = screen_text(&model, 80, 24);
    let rows: Vec<&str> = text.lines().collect();
    assert!(rows[1].contains(label(Context::Participants)), "{text}");
    assert!(text.contains(label(Context::Always)), "{text}");
    act(
        &mut model,
        &[Action::ToggleHelp, Action::NextStep, Action::ToggleHelp],
    );
    let text = screen_text(&model, 80, 24);
    let rows: Vec<&str> = text.lines().collect();
    assert!(rows[1].contains(label(Context::Stages)), "{text}");
}

/// A key list too long for the keys column goes on over rows; no key is cut.
#[test]
fn the_help_shows_every_key_whole() {
    let theme = Theme::new(display());
    let text: String = help_lines(Lang::En, 80, theme)
        .iter()
        .map(|line| format!("{line}\n"))
        .collect();
    for binding in BINDINGS {
        for key in yeji::view::help::keys_label(binding.keys).split(" / ") {
            assert!(text.contains(key), "{key} is cut:\n{text}");
        }
    }
}

/// Scrolling down stops at the last line, so Up moves at once however often Down
/// was pressed.
#[test]
fn the_help_stops_scrolling_at_its_last_line() {
    let mut model = session_model(typical_session(Lang::En));
    send(&mut model, [Msg::Resized { rows: 24 }]);
    act(&mut model, &[Action::ToggleHelp]);
    for _ in 0..100 {
        act(&mut model, &[Action::NextStep, Action::Down]);
    }
    let at_end = screen_text(&model, 80, 24);
    let last = yeji::view::help::context_label(*SECTIONS.last().unwrap(), Lang::En);
    assert!(at_end.contains(last), "{at_end}");
    act(&mut model, &[Action::Up]);
    assert_ne!(screen_text(&model, 80, 24), at_end, "Up did not move");
}
