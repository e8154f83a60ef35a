//! `update` on the role mapping step, and the matrix checks on crafted sessions
//! (table-driven, one named case per check).

mod support;

use support::*;
use yeji::i18n::Lang;
use yeji::model::{Dialog, Focus, Model, PickList};
use yeji::msg::Action::*;
use yeji::session::Session;
use yeji::session::raci::Raci;
use yeji::session::raci_checks::{Check, checks, duties, is_ready};
use yeji::session::unified::Owner;

fn on_matrix(doc: Session) -> Model {
    let mut model = session_model(doc);
    for _ in 0..5 {
        act(&mut model, &[NextStep]);
    }
    assert_eq!(screen(&model).focus, Focus::Matrix);
    model
}

#[test]
fn letters_are_set_with_r_a_c_i_cycled_with_space_and_cleared_with_delete() {
    let mut model = on_matrix(typical_session(Lang::Zh));
    act(
        &mut model,
        &[
            SetRaci(1),
            Right,
            SetRaci(0),
            Right,
            SetRaci(2),
            Right,
            SetRaci(3),
        ],
    );
    let row: Vec<Option<Raci>> = (1..=5).map(|role| doc(&model).raci.cell(1, role)).collect();
    assert_eq!(
        row,
        [
            Some(Raci::A),
            Some(Raci::R),
            Some(Raci::C),
            Some(Raci::I),
            None
        ]
    );
    act(&mut model, &[Right, CycleRaci, CycleRaci]);
    assert_eq!(doc(&model).raci.cell(1, 5), Some(Raci::A));
    act(&mut model, &[ClearRaci, Left, ClearRaci]);
    assert_eq!(doc(&model).raci.cell(1, 5), None);
    assert_eq!(doc(&model).raci.cell(1, 4), None);
    act(&mut model, &[Undo]);
    assert_eq!(doc(&model).raci.cell(1, 4), Some(Raci::I));
}

#[test]
fn arrows_stay_inside_the_matrix() {
    let mut model = on_matrix(typical_session(Lang::En));
    for _ in 0..20 {
        act(&mut model, &[Down, Right]);
    }
    assert_eq!(
        (screen(&model).matrix_row, screen(&model).matrix_column),
        (4, 7)
    );
    for _ in 0..20 {
        act(&mut model, &[Up, Left]);
    }
    assert_eq!(
        (screen(&model).matrix_row, screen(&model).matrix_column),
        (0, 0)
    );
}

#[test]
fn roles_can_be_added_renamed_reordered_and_given_holders() {
    let mut model = on_matrix(typical_session(Lang::Zh));
    act(&mut model, &[NextPanel, AddItem]);
    send(&mut model, [typed("客户体验官")]);
    act(&mut model, &[ConfirmEdit]);
    let added = doc(&model).roles.last().unwrap().clone();
    assert_eq!(added.id, 9);
    assert_eq!(added.name.zh, "客户体验官");
    act(&mut model, &[Up, EditOrConfirm, DeleteToLineStart]);
    send(&mut model, [typed("数据中心")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(doc(&model).roles[7].name.zh, "数据中心");
    assert_eq!(
        doc(&model).roles[7].name.en,
        "Data department",
        "the other language stays"
    );
    act(&mut model, &[MoveItemDown]);
    assert_eq!(doc(&model).roles[8].id, 8);
    act(&mut model, &[PickHolders]);
    assert!(matches!(
        screen(&model).dialog,
        Some(Dialog::Pick {
            list: PickList::Holders { role: 8 },
            ..
        })
    ));
    let shown = screen_text(&model, 80, 24);
    assert!(
        shown.contains("角色：数据中心"),
        "the dialog names the role:\n{shown}"
    );
    act(&mut model, &[ToggleLink, Down, ToggleLink, Cancel]);
    assert_eq!(doc(&model).raci.holders_of(8), [1, 2]);
}

#[test]
fn removing_a_role_in_use_asks_first_and_clears_its_column_and_ownership() {
    let mut session = typical_session(Lang::En);
    session.raci.set(1, 5, Some(Raci::A));
    session.raci.toggle_holder(5, 3);
    let mut model = on_matrix(session);
    act(&mut model, &[NextPanel, Down, Down, Down, Down, DeleteItem]);
    assert_eq!(
        screen(&model).dialog,
        Some(Dialog::ConfirmDeleteRole { id: 5 })
    );
    act(&mut model, &[ConfirmDelete]);
    let session = doc(&model);
    assert!(session.role(5).is_none());
    assert_eq!(session.raci.cell(1, 5), None);
    assert!(session.raci.holders_of(5).is_empty());
    assert_eq!(session.unified[2].owner, None, "it owned item ③");
    act(&mut model, &[Undo]);
    assert_eq!(doc(&model).unified[2].owner, Some(Owner::Role(5)));
}

#[test]
fn deleting_an_initiative_removes_its_row() {
    let mut session = typical_session(Lang::En);
    session.raci.set(2, 1, Some(Raci::A));
    let mut model = session_model(session);
    act(
        &mut model,
        &[
            NextStep,
            NextStep,
            NextStep,
            NextPanel,
            NextPanel,
            Down,
            DeleteItem,
            ConfirmDelete,
        ],
    );
    assert!(!doc(&model).raci.cells.contains_key(&2));
}

#[test]
fn fluent_people_are_marked_in_who_does_what() {
    let mut model = on_matrix(typical_session(Lang::En));
    act(&mut model, &[NextPanel, NextPanel, Down, ToggleFluent]);
    assert_eq!(doc(&model).raci.fluent, [2]);
    act(&mut model, &[ToggleFluent]);
    assert!(doc(&model).raci.fluent.is_empty());
}

/// Cells as (initiative, role, letter).
type Cells = Vec<(u32, u32, Raci)>;

/// A session with two initiatives (1, 2), roles 1–4 held by participants 1–4, and
/// the given cells.
fn crafted(cells: &[(u32, u32, Raci)]) -> Session {
    let mut session = typical_session(Lang::En);
    session.initiatives.truncate(2);
    session.voting = Default::default();
    for role in 1..=4 {
        session.raci.toggle_holder(role, role);
    }
    for (initiative, role, letter) in cells {
        session.raci.set(*initiative, *role, Some(*letter));
    }
    session
}

#[test]
fn every_check_fires_on_its_own_case_and_not_on_a_clean_matrix() {
    use Raci::*;
    let clean = [(1, 1, A), (1, 2, R), (2, 2, A), (2, 3, R)];
    let cases: Vec<(&str, Cells, Option<Check>)> = vec![
        ("clean", clean.to_vec(), None),
        (
            "no accountable",
            vec![(1, 2, R), (2, 2, A), (2, 3, R)],
            Some(Check::NoAccountable { initiative: 1 }),
        ),
        (
            "two accountables",
            [clean.as_slice(), &[(1, 3, A)]].concat(),
            Some(Check::ManyAccountable {
                initiative: 1,
                count: 2,
            }),
        ),
        (
            "no responsible",
            vec![(1, 1, A), (2, 2, A), (2, 3, R)],
            Some(Check::NoResponsible { initiative: 1 }),
        ),
        (
            "role nobody holds",
            [clean.as_slice(), &[(1, 6, R)]].concat(),
            Some(Check::RoleUnheld { role: 6 }),
        ),
        (
            "only consulted",
            [clean.as_slice(), &[(1, 4, C), (2, 4, I)]].concat(),
            Some(Check::OnlyConsulted { role: 4 }),
        ),
    ];
    for (name, cells, expected) in cases {
        let found = checks(&crafted(&cells));
        match expected {
            None => assert!(found.is_empty(), "{name}: {found:?}"),
            Some(check) => assert!(found.contains(&check), "{name}: {found:?}"),
        }
        let errors = found.iter().any(|c| c.is_error());
        assert_eq!(is_ready(&crafted(&cells)), !errors, "{name}");
    }
}

#[test]
fn a_person_accountable_for_more_than_the_limit_is_flagged() {
    let mut session = typical_session(Lang::En);
    session.initiatives = initiatives(7).into();
    session.raci.toggle_holder(1, 1);
    for initiative in 1..=7 {
        session.raci.set(initiative, 1, Some(Raci::A));
        session.raci.set(initiative, 2, Some(Raci::R));
    }
    let found = checks(&session);
    assert!(
        found.contains(&Check::Overloaded {
            person: 1,
            count: 7,
            limit: 5
        }),
        "{found:?}"
    );
    session.raci.accountable_limit = 7;
    assert!(
        !checks(&session)
            .iter()
            .any(|c| matches!(c, Check::Overloaded { .. }))
    );
    assert_eq!(duties(&session, 1).len(), 7);
}

#[test]
fn errors_come_before_warnings() {
    let found = checks(&crafted(&[(1, 6, Raci::C)]));
    let first_warning = found.iter().position(|c| !c.is_error()).unwrap();
    assert!(
        found[first_warning..].iter().all(|c| !c.is_error()),
        "{found:?}"
    );
}

/// The checks read cell by cell, the obvious way: what the faster `checks` must
/// agree with.
fn checks_cell_by_cell(session: &Session) -> Vec<Check> {
    let mapping = &session.raci;
    let mut out = Vec::new();
    for initiative in session.initiatives.iter() {
        let letters: Vec<Raci> = (session.roles.iter())
            .filter_map(|role| mapping.cell(initiative.id, role.id))
            .collect();
        match letters.iter().filter(|l| **l == Raci::A).count() {
            0 => out.push(Check::NoAccountable {
                initiative: initiative.id,
            }),
            1 => {}
            count => out.push(Check::ManyAccountable {
                initiative: initiative.id,
                count,
            }),
        }
        if !letters.contains(&Raci::R) {
            out.push(Check::NoResponsible {
                initiative: initiative.id,
            });
        }
    }
    for role in session.roles.iter() {
        let letters: Vec<Raci> = (session.initiatives.iter())
            .filter_map(|initiative| mapping.cell(initiative.id, role.id))
            .collect();
        if !letters.is_empty() && mapping.holders_of(role.id).is_empty() {
            out.push(Check::RoleUnheld { role: role.id });
        }
        if !letters.is_empty() && letters.iter().all(|l| matches!(l, Raci::C | Raci::I)) {
            out.push(Check::OnlyConsulted { role: role.id });
        }
    }
    for person in session.setup.participants.iter() {
        let roles = mapping.roles_of(person.id);
        let count = (session.initiatives.iter())
            .filter(|i| {
                roles
                    .iter()
                    .any(|r| mapping.cell(i.id, *r) == Some(Raci::A))
            })
            .count();
        if count > usize::from(mapping.accountable_limit) {
            out.push(Check::Overloaded {
                person: person.id,
                count,
                limit: mapping.accountable_limit,
            });
        }
    }
    out.sort_by_key(|check| !check.is_error());
    out
}

proptest::proptest! {
    /// Random matrices, some with letters for roles that no longer exist.
    #[test]
    fn checks_agree_with_reading_the_matrix_cell_by_cell(
        cells in proptest::collection::vec((1u32..=9, 1u32..=9, 0usize..4), 0..60),
        holders in proptest::collection::vec((1u32..=9, 1u32..=6), 0..12),
        limit in 0u8..4,
    ) {
        let mut session = typical_session(Lang::En);
        session.initiatives = initiatives(8).into();
        for (initiative, role, letter) in cells {
            session.raci.set(initiative, role, Some(Raci::ALL[letter]));
        }
        for (role, person) in holders {
            session.raci.toggle_holder(role, person);
        }
        session.raci.accountable_limit = limit;
        proptest::prop_assert_eq!(checks(&session), checks_cell_by_cell(&session));
    }
}
