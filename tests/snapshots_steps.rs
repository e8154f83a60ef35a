//! Screens of the Diagnose and whole-brain strategy steps at 80×24 and 120×40, in
//! Chinese and English, for empty, typical (30 statements) and crowded (300
//! statements) sessions.

mod support;

use support::*;
use yeji::i18n::Lang;
use yeji::model::Model;
use yeji::msg::Action::*;
use yeji::session::shared::Shared;

fn snapshot_all(name: &str, build: impl Fn(Lang) -> Model) {
    for lang in [Lang::Zh, Lang::En] {
        let model = build(lang);
        for (width, height) in [(80, 24), (120, 40)] {
            let text = screen_text(&model, width, height);
            insta::assert_snapshot!(format!("{name}_{}_{width}x{height}", lang.code()), text);
        }
    }
}

fn crowded(lang: Lang) -> yeji::session::Session {
    let mut doc = typical_session(lang);
    doc.strategy.statements = statements(300).into_iter().map(Shared::new).collect();
    doc
}

#[test]
fn diagnose_stages_with_split_picks() {
    snapshot_all("diagnose_stages", |lang| {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[NextStep, Down, Down]);
        model
    });
}

/// The sentence saying the room disagrees wraps rather than being cut off at 80
/// columns.
#[test]
fn split_picks_are_said_in_full() {
    for (lang, sentence) in [
        (Lang::En, "the room disagrees, worth discussing"),
        (Lang::Zh, "意见不一，值得谈一谈"),
    ] {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[NextStep]);
        let text = screen_text(&model, 80, 24);
        assert!(panel_text(&text).contains(sentence), "{text}");
    }
}

#[test]
fn diagnose_each_persons_pick() {
    snapshot_all("diagnose_votes", |lang| {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[NextStep, NextPanel, Down]);
        model
    });
}

#[test]
fn diagnose_friction_checklist() {
    snapshot_all("diagnose_frictions", |lang| {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[NextStep, NextPanel, NextPanel]);
        model
    });
}

#[test]
fn frictions_of_the_agreed_stage_keep_their_star_at_80_by_24() {
    use yeji::session::diagnosis::Friction;
    for lang in [Lang::Zh, Lang::En] {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[NextStep, NextPanel, NextPanel]);
        let agreed = doc(&model).diagnosis.agreed.expect("an agreed stage");
        let text = screen_text(&model, 80, 24);
        let heading = text.lines().find(|line| line.contains(" n ")).unwrap();
        let legend = heading.split('★').nth(1).unwrap_or_default();
        assert!(legend.contains(&agreed.number().to_string()), "{heading}");
        assert!(!heading.contains('…'), "{heading}");
        for friction in Friction::ALL {
            let start: String = friction.name(lang).chars().take(8).collect();
            let row = text.lines().find(|line| line.contains(&start)).unwrap();
            let typical = friction.stage() == Some(agreed);
            assert_eq!(row.contains('★'), typical, "{row}");
        }
    }
}

/// Each person's name and side show whole when the row has room for them.
#[test]
fn picks_show_whole_names_where_the_row_has_room() {
    for lang in [Lang::Zh, Lang::En] {
        let mut doc = typical_session(lang);
        doc.setup.participants[0].name = "Priya Shah-Kowalski".into();
        let mut model = session_model(doc);
        act(&mut model, &[NextStep, NextPanel]);
        let text = screen_text(&model, 80, 24);
        let side = yeji::session::Side::Business.label(lang);
        let who = format!("Priya Shah-Kowalski ({side})");
        assert!(text.contains(&who), "{who}:\n{text}");
        // Beside the stages, a narrower panel gives the side in its short form
        // and keeps the name whole.
        let text = screen_text(&model, 120, 40);
        let short = yeji::session::Side::Business.short(lang);
        let who = format!("Priya Shah-Kowalski ({short})");
        assert!(text.contains(&who), "{who}:\n{text}");
    }
}

#[test]
fn diagnose_in_an_empty_session() {
    snapshot_all("diagnose_empty", |lang| {
        let mut model = session_model(new_session("", lang));
        act(&mut model, &[NextStep]);
        model
    });
}

#[test]
fn strategy_statements_typical() {
    snapshot_all("strategy_typical", |lang| {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[NextStep, NextStep, Down, Down]);
        model
    });
}

#[test]
fn strategy_statements_crowded_filtered_and_sorted() {
    snapshot_all("strategy_crowded", |lang| {
        let mut model = session_model(crowded(lang));
        act(&mut model, &[NextStep, NextStep]);
        for _ in 0..150 {
            act(&mut model, &[Down]);
        }
        act(&mut model, &[FilterLikeThis, CycleSort, CycleSort]);
        model
    });
}

#[test]
fn strategy_in_an_empty_session() {
    snapshot_all("strategy_empty", |lang| {
        let mut model = session_model(new_session("", lang));
        act(&mut model, &[NextStep, NextStep]);
        model
    });
}

#[test]
fn strategy_coverage_panel() {
    snapshot_all("strategy_coverage", |lang| {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[NextStep, NextStep, NextPanel]);
        model
    });
}

#[test]
fn strategy_coverage_without_colour_uses_letters_and_patterns() {
    let mut model = session_model(typical_session(Lang::En));
    model.display.color = false;
    act(&mut model, &[NextStep, NextStep, NextPanel]);
    let text = screen_text(&model, 120, 40);
    insta::assert_snapshot!("strategy_coverage_no_color_en_120x40", text);
    for pattern in ["/////", "=====", "#####"] {
        assert!(text.contains(pattern), "{pattern} missing:\n{text}");
    }
}

#[test]
fn strategy_walk_around() {
    snapshot_all("strategy_walk", |lang| {
        let mut model = session_model(typical_session(lang));
        act(
            &mut model,
            &[NextStep, NextStep, WalkAround, NextQuadrant, NextQuadrant],
        );
        model
    });
}

/// On the smallest screen a facilitator projects, every step's prompt from each
/// shipped agenda reads to its end, in both languages, with the agenda in use
/// (in the step's panels a long one keeps to fewer rows).
#[test]
fn every_prompt_reads_in_full_at_80_by_24() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/templates");
    let mut templates: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    templates.sort();
    assert!(templates.len() >= 2, "{templates:?}");
    for (path, lang) in templates
        .iter()
        .flat_map(|path| [(path, Lang::Zh), (path, Lang::En)])
    {
        let template = yeji::template::Template::load(path).unwrap();
        let session = yeji::session::Session::new(&template, "prompts", lang, t0());
        let mut model = session_model(session);
        for step in 0..doc(&model).steps.len() {
            let prompt = doc(&model).steps[step].prompt.get(lang).to_string();
            act(&mut model, &[PreviousPanel]);
            let text = screen_text(&model, 80, 24);
            // Rows are joined without spaces: Chinese wraps inside words.
            let bare = |text: &str| text.split_whitespace().collect::<String>();
            let ending: String = prompt.chars().skip(prompt.chars().count() - 12).collect();
            assert!(
                bare(&step_panel(&text)).contains(&bare(&ending)),
                "{} step {step} ({lang:?}) ends {ending:?}:\n{text}",
                path.display()
            );
            act(&mut model, &[NextPanel, NextStep]);
        }
    }
}

/// The agenda down the side: while every step fits, a long title wraps under
/// itself and reads whole; on a short screen each step keeps to one row.
#[test]
fn agenda_titles_read_whole_where_the_rows_allow() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/templates/follow-up.ron");
    let template = yeji::template::Template::load(&path).unwrap();
    let session = yeji::session::Session::new(&template, "agenda", Lang::En, t0());
    let model = session_model(session);
    let agenda = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|line| line.split('│').nth(1))
            .map(|cell| cell.trim().to_string())
            .filter(|cell| !cell.is_empty())
            .collect()
    };
    let tall = agenda(&screen_text(&model, 80, 24));
    let joined = tall.join(" ");
    for step in &doc(&model).steps {
        let title = step.title.get(Lang::En);
        assert!(joined.contains(title), "{title} is cut:\n{tall:#?}");
    }
    assert!(tall.len() > doc(&model).steps.len(), "{tall:#?}");
    // With a row short, the current step reads whole and the others give way.
    let short = agenda(&screen_text(&model, 80, 16));
    assert!(short.iter().any(|row| row.ends_with('…')), "{short:#?}");
    assert!(short.contains(&"▶ 1 Setup".to_string()), "{short:#?}");
    assert!(short.len() <= 12, "{short:#?}");
    let mut model = model;
    act(&mut model, &[NextStep]);
    let short = agenda(&screen_text(&model, 80, 16));
    let joined = short.join(" ");
    assert!(joined.contains("▶ 2 Since last time"), "{short:#?}");
}

/// On the walk-around a quadrant's few statements read whole, wrapped under their
/// text column, as long as they all fit.
#[test]
fn the_walk_around_shows_each_statement_whole() {
    let long = "First-contact resolution is the yardstick for every change we make to the hotline";
    let mut doc = typical_session(Lang::En);
    let first_a = doc
        .strategy
        .statements
        .iter()
        .position(|s| s.quadrant == yeji::session::strategy::Quadrant::A)
        .unwrap();
    doc.strategy.statements[first_a].text = long.into();
    // A quadrant of three, as a walk-around usually meets.
    let quadrant = doc.strategy.statements[first_a].quadrant;
    doc.strategy.statements.retain(|s| s.quadrant == quadrant);
    doc.strategy.statements.truncate(3);
    let mut model = session_model(doc);
    act(&mut model, &[NextStep, NextStep, NextPanel, WalkAround]);
    let text = screen_text(&model, 80, 24);
    let bare = |text: &str| text.split_whitespace().collect::<String>();
    assert!(bare(&panel_text(&text)).contains(&bare(long)), "{text}");
    assert!(!text.contains("hotli…"), "{text}");
}

/// Five statements of a workshop, the first two too long for one row, with their
/// speakers given by name.
fn five_statements(lang: Lang) -> Model {
    let mut doc = typical_session(lang);
    doc.strategy.statements = statements(5).into_iter().map(Shared::new).collect();
    doc.strategy.statements[0].text =
        "Every process change is reviewed by business and technology together before it reaches the agents".into();
    doc.strategy.statements[1].text =
        "Card disputes take nine days today and customers call three times on average before they hear back".into();
    doc.setup.participants[0].name = "Zhang Wei-Ming of the Customer Service Department".into();
    let mut model = session_model(doc);
    act(&mut model, &[NextStep, NextStep]);
    model
}

/// The room sees who said the selected statement, and its words in full, on a
/// projected 80×24 screen, at 120×40 and in either language; the speaker key shows.
#[test]
fn the_selected_statement_says_who_said_it_at_every_size() {
    for lang in [Lang::En, Lang::Zh] {
        let said_by = match lang {
            Lang::En => "said by",
            Lang::Zh => "发言：",
        };
        for (width, height) in [(80, 24), (120, 40)] {
            let mut model = five_statements(lang);
            let text = screen_text(&model, width, height);
            assert!(text.contains("reaches the agents"), "{text}");
            assert!(text.contains(said_by), "{text}");
            act(&mut model, &[CycleAuthor]);
            let text = screen_text(&model, width, height);
            assert!(text.contains("Zhang"), "{text}");
            assert!(text.contains("Department"), "{text}");
        }
    }
}

/// Several speakers of one statement are listed as each language lists names.
#[test]
fn several_speakers_are_listed_with_the_language_s_separator() {
    for (lang, listed) in [(Lang::Zh, "王芳、李娜"), (Lang::En, "王芳, 李娜")] {
        let mut doc = typical_session(lang);
        doc.strategy.statements = statements(5).into_iter().map(Shared::new).collect();
        doc.setup.participants[0].name = "王芳".into();
        doc.setup.participants[1].name = "李娜".into();
        let both = vec![doc.setup.participants[0].id, doc.setup.participants[1].id];
        doc.strategy.statements[0].authors = both;
        let mut model = session_model(doc);
        act(&mut model, &[NextStep, NextStep]);
        let text = screen_text(&model, 120, 40);
        assert!(text.contains(listed), "{text}");
    }
}

/// At 80×24 a step's prompt keeps to four rows while the facilitator works in
/// the step's panels, so that the step's own content has the room (a Chinese one
/// reads whole in them); with the agenda in use (between steps) it reads whole.
#[test]
fn a_long_prompt_keeps_to_four_rows_in_the_steps_panels() {
    let rows_of_prompt = |text: &str| {
        text.lines()
            .skip(2)
            .map(|line| line.split('┃').nth(1).unwrap_or(""))
            // The prompt ends at the blank row under it, or at the row saying
            // that there is more to read.
            .take_while(|row| !row.trim().is_empty() && !row.trim().starts_with('↑'))
            .count()
    };
    let squash = |text: &str| -> String { text.split_whitespace().collect() };
    for lang in [Lang::Zh, Lang::En] {
        let mut model = session_model(typical_session(lang));
        for step in 0..doc(&model).steps.len() {
            let prompt = doc(&model).steps[step].prompt.get(lang).to_string();
            let text = screen_text(&model, 80, 24);
            assert!(rows_of_prompt(&text) <= 4, "step {}:\n{text}", step + 1);
            // Every Chinese prompt fits in those rows whole.
            assert!(
                lang == Lang::En || squash(&step_panel(&text)).contains(&squash(&prompt)),
                "step {}:\n{text}",
                step + 1
            );
            act(&mut model, &[PreviousPanel]);
            let text = screen_text(&model, 80, 24);
            assert!(
                squash(&step_panel(&text)).contains(&squash(&prompt)),
                "step {}:\n{text}",
                step + 1
            );
            act(&mut model, &[NextPanel, NextStep]);
        }
    }
}

/// Where the step's panels cut a long prompt short at 80×24, the row under it
/// tells the facilitator how to read the rest, naming the key that reaches the
/// agenda soonest; the panels keep their rows, and neither the agenda in use (where
/// the prompt reads whole) nor the projector shows the hint.
#[test]
fn a_cut_prompt_says_how_to_read_the_rest() {
    let hint = "to the agenda shows it whole";
    let tabs_row = |text: &str| {
        text.lines()
            .position(|line| line.contains("Stages   Picks"))
    };
    let mut model = session_model(typical_session(Lang::En));
    act(&mut model, &[NextStep]);
    let text = screen_text(&model, 80, 24);
    assert!(text.contains('…'), "the prompt is cut:\n{text}");
    let row = text.lines().nth(6).unwrap();
    assert!(
        row.contains(&format!("↑ more to read: Shift-Tab {hint}")),
        "{text}"
    );
    // The hint takes the row that was blank: the panels start where they did.
    assert_eq!(tabs_row(&text), Some(7), "{text}");
    // From the last panel, Tab is the shorter way round.
    act(&mut model, &[NextPanel, NextPanel, NextPanel]);
    let text = screen_text(&model, 80, 24);
    assert!(
        text.contains(&format!("↑ more to read: Tab {hint}")),
        "{text}"
    );
    act(&mut model, &[NextPanel]);
    let text = screen_text(&model, 80, 24);
    assert!(
        !text.contains(hint),
        "the agenda shows the prompt whole:\n{text}"
    );
    act(&mut model, &[NextPanel, ToggleProjector]);
    let text = screen_text(&model, 80, 24);
    assert!(!text.contains(hint), "{text}");
    // A prompt that fits says nothing more.
    let mut model = session_model(typical_session(Lang::Zh));
    act(&mut model, &[NextStep]);
    let text = screen_text(&model, 80, 24);
    assert!(!text.contains("议程可读全文"), "{text}");
    let mut model = session_model(typical_session(Lang::En));
    act(&mut model, &[NextStep]);
    let text = screen_text(&model, 120, 40);
    assert!(!text.contains(hint), "{text}");
}

/// What the step's panel says on an 80-column screen: the cells right of the
/// agenda and inside the panel's borders, whichever of the two has the keys.
fn step_panel(screen: &str) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    for line in screen.lines() {
        let mut at = 0;
        for c in line.chars() {
            if (21..79).contains(&at) {
                out.push(c);
            }
            at += c.width().unwrap_or(0);
        }
        out.push(' ');
    }
    out
}
