//! The role mapping step at 80×24 and 120×40 in both languages: a small (5×5),
//! typical (20 initiatives × 8 roles) and large (100 × 16) matrix, the roles, and
//! who does what.

mod support;

use support::*;
use yeji::i18n::{Lang, Text};
use yeji::model::Model;
use yeji::msg::Action::*;
use yeji::session::Session;
use yeji::session::raci::Raci;
use yeji::session::roles::Role;

fn snapshot_all(name: &str, build: impl Fn(Lang) -> Model) {
    for lang in [Lang::Zh, Lang::En] {
        let model = build(lang);
        for (width, height) in [(80, 24), (120, 40)] {
            let text = screen_text(&model, width, height);
            insta::assert_snapshot!(format!("{name}_{}_{width}x{height}", lang.code()), text);
        }
    }
}

/// `initiatives` × `roles`, filled in a pattern that leaves some rows without an A.
fn matrix_session(lang: Lang, initiatives: usize, roles: usize) -> Session {
    let mut session = typical_session(lang);
    session.initiatives = support::initiatives(initiatives).into();
    session.voting = Default::default();
    while session.roles.len() < roles {
        let id = session.roles.len() as u32 + 1;
        session.roles.push(Role {
            id,
            name: Text::new(&format!("专项小组 {id}"), &format!("Task force {id}")),
        });
    }
    session.roles.truncate(roles);
    for person in 1..=5u32 {
        session.raci.toggle_holder(person, person);
    }
    for initiative in 1..=initiatives as u32 {
        let columns = roles as u32;
        if initiative % 4 != 0 {
            session
                .raci
                .set(initiative, (initiative % columns) + 1, Some(Raci::A));
        }
        session
            .raci
            .set(initiative, ((initiative + 1) % columns) + 1, Some(Raci::R));
        session
            .raci
            .set(initiative, ((initiative + 3) % columns) + 1, Some(Raci::C));
    }
    session
}

fn on_matrix(session: Session, panels: usize) -> Model {
    let mut model = session_model(session);
    for _ in 0..5 {
        act(&mut model, &[NextStep]);
    }
    for _ in 0..panels {
        act(&mut model, &[NextPanel]);
    }
    model
}

#[test]
fn small_matrix() {
    snapshot_all("raci_small", |lang| {
        let mut model = on_matrix(matrix_session(lang, 5, 5), 0);
        act(&mut model, &[Down, Right]);
        model
    });
}

#[test]
fn typical_matrix() {
    snapshot_all("raci_typical", |lang| {
        let mut model = on_matrix(matrix_session(lang, 20, 8), 0);
        act(&mut model, &[Down, Down, Down, Right, Right]);
        model
    });
}

#[test]
fn large_matrix_scrolls_with_the_initiative_column_frozen() {
    snapshot_all("raci_large", |lang| {
        let mut model = on_matrix(matrix_session(lang, 100, 16), 0);
        for _ in 0..60 {
            act(&mut model, &[Down]);
        }
        for _ in 0..14 {
            act(&mut model, &[Right]);
        }
        model
    });
}

#[test]
fn roles_with_their_holders() {
    snapshot_all("raci_roles", |lang| {
        on_matrix(matrix_session(lang, 20, 8), 1)
    });
}

#[test]
fn who_does_what() {
    snapshot_all("raci_duties", |lang| {
        let mut session = matrix_session(lang, 20, 8);
        session.raci.fluent = vec![2];
        on_matrix(session, 2)
    });
}

#[test]
fn an_empty_session_explains_where_rows_and_columns_come_from() {
    snapshot_all("raci_empty", |lang| on_matrix(new_session("", lang), 0));
}

/// Every initiative with one Accountable and a Responsible: the sentence that says
/// the matrix is ready wraps rather than being cut off on a narrow screen.
#[test]
fn a_ready_matrix_says_so_in_full() {
    let ready = |lang| {
        let mut session = matrix_session(lang, 5, 5);
        session.raci.set(4, 5, Some(Raci::A));
        on_matrix(session, 0)
    };
    snapshot_all("raci_ready", ready);
    let text = screen_text(&ready(Lang::En), 80, 24);
    assert!(
        panel_text(&text)
            .contains("every initiative has one Accountable and a Responsible (warnings: 0)"),
        "{text}"
    );
}

/// The heading of who does what names the key that marks people fluent in both;
/// on a narrow screen it wraps rather than losing that key.
#[test]
fn who_does_what_keeps_its_key_on_a_narrow_screen() {
    for (lang, key) in [
        (Lang::En, "f marks ★ fluent in both"),
        (Lang::Zh, "f 标记 ★ 业技复合"),
    ] {
        let model = on_matrix(matrix_session(lang, 20, 8), 2);
        let text = screen_text(&model, 80, 24);
        assert!(text.contains(key), "{text}");
    }
}

/// A role whose name is longer than its row still shows who holds it.
#[test]
fn a_long_role_name_leaves_room_for_its_holder() {
    let session = matrix_session(Lang::En, 20, 8);
    let joint = session
        .roles
        .iter()
        .position(|role| role.name.en.starts_with("Joint"));
    let joint = session.roles[joint.expect("the joint team's role")].id;
    let holder = session.raci.holders_of(joint)[0];
    let name = session.participant(holder).unwrap().name.clone();
    let text = screen_text(&on_matrix(session, 1), 120, 40);
    let row = text
        .lines()
        .find(|line| line.contains("Joint business"))
        .unwrap();
    assert!(row.contains(&name), "{row}");
}

/// The legend of numbered columns names every role where the matrix leaves the
/// rows for it, and says "…" where it has to stop.
#[test]
fn the_legend_names_every_role_or_says_it_stops() {
    let few = screen_text(&on_matrix(matrix_session(Lang::En, 3, 8), 0), 80, 24);
    for name in ["1 Technology director", "7 Technology", "8 Data"] {
        assert!(few.contains(name), "{name}:\n{few}");
    }
    let many = screen_text(&on_matrix(matrix_session(Lang::En, 20, 8), 0), 80, 24);
    let legend: Vec<&str> = many
        .lines()
        .filter(|line| line.contains(" · ") || line.contains("department"))
        .collect();
    assert!(
        legend.last().is_some_and(|line| line.contains('…')),
        "{many}"
    );
}

/// On a tall projected screen the legend of numbered columns comes right under
/// the matrix, where the room reads a column's number and its role together, not
/// at the panel's foot far below.
#[test]
fn the_legend_follows_the_matrix_on_a_tall_screen() {
    for lang in [Lang::Zh, Lang::En] {
        let mut model = on_matrix(matrix_session(lang, 3, 8), 0);
        // Sizes at which the role names do not fit over the columns.
        for (projector, width, height) in [(false, 200, 60), (true, 120, 40)] {
            if projector {
                act(&mut model, &[ToggleProjector]);
            }
            let shown = screen_text(&model, width, height);
            let rows: Vec<&str> = shown.lines().collect();
            let last_initiative = rows
                .iter()
                .rposition(|row| row.contains("#3"))
                .unwrap_or_else(|| panic!("no third initiative:\n{shown}"));
            let legend = rows
                .iter()
                .position(|row| row.contains("1 ") && row.contains(" · 2 "))
                .unwrap_or_else(|| panic!("no legend:\n{shown}"));
            assert_eq!(legend, last_initiative + 1, "{shown}");
        }
    }
}

/// The roles list counts each role's cells in a column of its own, in words that
/// agree with the number.
#[test]
fn roles_count_their_cells_in_one_column() {
    use unicode_width::UnicodeWidthStr;
    let mut session = matrix_session(Lang::En, 5, 5);
    let first_role = session.roles[0].id;
    let initiatives: Vec<u32> = session.initiatives.iter().map(|i| i.id).collect();
    for initiative in &initiatives {
        session.raci.set(*initiative, first_role, None);
    }
    session.raci.set(initiatives[0], first_role, Some(Raci::C));
    let text = screen_text(&on_matrix(session, 1), 80, 24);
    let rows: Vec<&str> = text.lines().filter(|row| row.contains(" cell")).collect();
    assert!(
        rows[0].contains(" 1 cell ") && !rows[0].contains("1 cells"),
        "{text}"
    );
    let ends: Vec<usize> = rows
        .iter()
        .map(|row| row[..row.find(" cell").unwrap()].width())
        .collect();
    assert!(
        rows.len() >= 5 && ends.iter().all(|end| *end == ends[0]),
        "{text}"
    );
}

/// When every role's column fits, the cells left over go to the initiatives'
/// titles instead of cutting them at a fixed width.
#[test]
fn a_matrix_with_room_to_spare_shows_whole_titles() {
    let text = screen_text(&on_matrix(matrix_session(Lang::En, 5, 5), 0), 80, 24);
    for title in ["One definition per KPI #2", "Knowledge base for agents #4"] {
        assert!(text.contains(title), "{title}:\n{text}");
    }
}

/// Without room for the checks beside the matrix (80 columns), they are listed in
/// the rows under it, with how many more there are when not all fit.
#[test]
fn a_narrow_screen_lists_the_checks_under_the_matrix() {
    for (lang, height) in [(Lang::Zh, 24), (Lang::En, 24)] {
        let model = on_matrix(without_accountable(lang), 0);
        let found = yeji::session::raci_checks::checks(doc(&model));
        assert!(found.len() >= 5, "{found:?}");
        let text = screen_text(&model, 80, height);
        let panel = panel_text(&text);
        let first = yeji::describe::raci_check(doc(&model), found[0], lang, true);
        let short: String = first.chars().take(12).collect();
        assert!(panel.contains(&short), "{short}\n{text}");
        let listed = text.lines().filter(|row| row.contains('✗')).count();
        // The rows of the matrix marked ✗, and the checks listed under it.
        let shown = listed - found.len();
        assert!(shown >= 1 && shown < found.len(), "{text}");
        let more = yeji::i18n::fill(lang.ui().checks_more, &[&(found.len() - shown).to_string()]);
        assert!(panel.contains(&more), "{more}\n{text}");
    }
}

/// However few rows the matrix leaves under it, a count of further checks never
/// shows alone: the first check is listed before it, or in its place.
#[test]
fn a_short_screen_lists_a_check_before_counting_the_rest() {
    for lang in [Lang::Zh, Lang::En] {
        let model = on_matrix(without_accountable(lang), 0);
        let found = yeji::session::raci_checks::checks(doc(&model));
        let first = yeji::describe::raci_check(doc(&model), found[0], lang, true);
        let short: String = first.chars().take(8).collect();
        let more = lang.ui().checks_more.split('{').next().unwrap().trim();
        let mut listed_somewhere = false;
        for height in 14..=30 {
            let text = screen_text(&model, 80, height);
            let panel = panel_text(&text);
            let listed = panel.contains(&short);
            assert!(listed || !panel.contains(more), "{height}:\n{text}");
            listed_somewhere |= listed;
        }
        assert!(listed_somewhere, "{lang:?}");
    }
}

/// A 5×5 matrix with every Accountable taken out: one error per initiative, and
/// more checks than the rows under the matrix hold.
fn without_accountable(lang: Lang) -> Session {
    let mut session = matrix_session(lang, 5, 5);
    let accountable: Vec<(u32, u32)> = session
        .initiatives
        .iter()
        .flat_map(|initiative| {
            session
                .roles
                .iter()
                .map(move |role| (initiative.id, role.id))
        })
        .filter(|(initiative, role)| session.raci.cell(*initiative, *role) == Some(Raci::A))
        .collect();
    for (initiative, role) in accountable {
        session.raci.set(initiative, role, None);
    }
    session
}
