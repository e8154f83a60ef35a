//! `update` on the whole-brain strategy step: quick entry with carried-over tags,
//! retagging, merging, filtering and sorting, the walk-around.

mod support;

use support::*;
use yeji::i18n::Lang;
use yeji::model::{Focus, Model, NoticeText, StatementFilter, StatementSort};
use yeji::msg::Action::*;
use yeji::msg::Msg;
use yeji::session::Side;
use yeji::session::strategy::{Principle, Quadrant};

fn on_strategy(doc: yeji::session::Session) -> Model {
    let mut model = session_model(doc);
    act(&mut model, &[NextStep, NextStep]);
    assert_eq!(screen(&model).focus, Focus::Statements);
    model
}

fn add(model: &mut Model, text: &str) {
    act(model, &[AddItem]);
    send(model, [typed(text)]);
    act(model, &[ConfirmEdit]);
}

fn tags(model: &Model) -> Vec<(Quadrant, Principle, Side)> {
    doc(model)
        .strategy
        .statements
        .iter()
        .map(|s| (s.quadrant, s.principle, s.side))
        .collect()
}

#[test]
fn quick_entry_then_single_keys_and_the_next_statement_keeps_the_tags() {
    let mut model = on_strategy(typical_session(Lang::Zh).tap(|d| d.strategy.statements.clear()));
    add(&mut model, "一次解决率是第一指标");
    act(&mut model, &[SetQuadrant(3), SetPrinciple(1), CycleSide]);
    add(&mut model, "三年成为标杆");
    assert_eq!(
        tags(&model),
        [
            (Quadrant::D, Principle::DigitalFirst, Side::Technology),
            (Quadrant::D, Principle::DigitalFirst, Side::Technology),
        ]
    );
    let texts: Vec<_> = doc(&model)
        .strategy
        .statements
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(texts, ["一次解决率是第一指标", "三年成为标杆"]);
    assert_eq!(screen(&model).statement, 1, "the new statement is selected");
}

/// A list pasted into the statements (from a chat, say) becomes one statement a
/// line, each with the tags the next typed one would get, the last selected and
/// one undo taking them all back; in the walk-around they go into its quadrant.
#[test]
fn a_pasted_list_becomes_one_statement_a_line() {
    let mut model = on_strategy(typical_session(Lang::Zh).tap(|d| d.strategy.statements.clear()));
    add(&mut model, "一次解决率是第一指标");
    act(&mut model, &[SetQuadrant(1), SetPrinciple(1), CycleSide]);
    send(
        &mut model,
        [Msg::Paste(
            "客户诉求一次办结\r\n\n数据共享平台年内上线\n".into(),
        )],
    );
    let texts: Vec<_> = doc(&model)
        .strategy
        .statements
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "一次解决率是第一指标",
            "客户诉求一次办结",
            "数据共享平台年内上线"
        ]
    );
    let tagged = (Quadrant::B, Principle::DigitalFirst, Side::Technology);
    assert_eq!(tags(&model), [tagged, tagged, tagged]);
    assert_eq!(screen(&model).statement, 2, "the last pasted is selected");
    assert_eq!(
        model.notice.as_ref().map(|n| &n.text),
        Some(&NoticeText::ItemsAdded(2)),
        "the footer says how many were added"
    );
    act(&mut model, &[Undo]);
    assert_eq!(doc(&model).strategy.statements.len(), 1);
    act(&mut model, &[WalkAround, NextQuadrant]);
    send(
        &mut model,
        [Msg::Paste("技术人员每月下一线\n坐席先试用".into())],
    );
    let quadrants: Vec<_> = tags(&model).iter().map(|t| t.0).collect();
    assert_eq!(quadrants, [Quadrant::B, Quadrant::C, Quadrant::C]);
}

#[test]
fn choosing_a_speaker_sets_the_side_and_cycles_back_to_nobody() {
    let mut model = on_strategy(typical_session(Lang::En).tap(|d| d.strategy.statements.clear()));
    add(&mut model, "x");
    act(&mut model, &[CycleAuthor, CycleAuthor]);
    let statement = &doc(&model).strategy.statements[0];
    assert_eq!(statement.authors, [2]);
    assert_eq!(statement.side, Side::Technology);
    for _ in 0..4 {
        act(&mut model, &[CycleAuthor]);
    }
    assert!(doc(&model).strategy.statements[0].authors.is_empty());
}

#[test]
fn merging_joins_the_texts_and_keeps_both_speakers() {
    let mut model = on_strategy(typical_session(Lang::En));
    let first = doc(&model).strategy.statements[1].clone();
    let second = doc(&model).strategy.statements[2].clone();
    act(&mut model, &[Down, MergeStatements]);
    assert_eq!(model.notice.as_ref().unwrap().text, NoticeText::MergePick);
    act(&mut model, &[Down, MergeStatements]);
    let statements = &doc(&model).strategy.statements;
    assert_eq!(statements.len(), 29);
    let merged = statements.iter().find(|s| s.id == second.id).unwrap();
    assert_eq!(merged.text, format!("{}\n{}", second.text, first.text));
    assert_eq!(merged.authors, [3, 2]);
    assert!(statements.iter().all(|s| s.id != first.id));
    act(&mut model, &[Undo]);
    assert_eq!(doc(&model).strategy.statements.len(), 30);
}

#[test]
fn escape_cancels_a_merge_and_m_twice_on_one_statement_does_nothing() {
    let mut model = on_strategy(typical_session(Lang::En));
    act(&mut model, &[MergeStatements, MergeStatements]);
    assert_eq!(screen(&model).merge_from, None);
    act(
        &mut model,
        &[MergeStatements, Cancel, Down, MergeStatements],
    );
    assert_eq!(doc(&model).strategy.statements.len(), 30);
    assert_eq!(screen(&model).merge_from, Some(2));
}

#[test]
fn filter_narrows_to_statements_like_the_selected_one_in_three_steps() {
    let mut model = on_strategy(typical_session(Lang::En));
    act(&mut model, &[Down, Down]);
    let selected = doc(&model).strategy.statements[2].clone();
    act(&mut model, &[FilterLikeThis]);
    assert_eq!(
        screen(&model).statement_view.filter,
        Some(StatementFilter::Quadrant(selected.quadrant))
    );
    let visible = screen(&model).visible_statements();
    assert!(
        visible
            .iter()
            .all(|i| doc(&model).strategy.statements[*i].quadrant == selected.quadrant)
    );
    assert_eq!(
        screen(&model).selected_statement(),
        Some(2),
        "the cursor stays on it"
    );
    act(&mut model, &[FilterLikeThis, FilterLikeThis]);
    assert_eq!(
        screen(&model).statement_view.filter,
        Some(StatementFilter::Side(selected.side))
    );
    act(&mut model, &[FilterLikeThis]);
    assert_eq!(screen(&model).visible_statements().len(), 30);
}

#[test]
fn sorting_orders_by_quadrant_then_principle_then_side_then_entry() {
    let mut model = on_strategy(typical_session(Lang::En));
    act(&mut model, &[CycleSort]);
    assert_eq!(screen(&model).statement_view.sort, StatementSort::Quadrant);
    let quadrants: Vec<Quadrant> = screen(&model)
        .visible_statements()
        .iter()
        .map(|i| doc(&model).strategy.statements[*i].quadrant)
        .collect();
    let mut sorted = quadrants.clone();
    sorted.sort();
    assert_eq!(quadrants, sorted);
    act(&mut model, &[CycleSort, CycleSort, CycleSort]);
    assert_eq!(screen(&model).statement_view.sort, StatementSort::Entered);
}

#[test]
fn reordering_is_refused_while_the_list_is_filtered() {
    let mut model = on_strategy(typical_session(Lang::En));
    act(&mut model, &[FilterLikeThis, MoveItemDown]);
    assert_eq!(
        model.notice.as_ref().unwrap().text,
        NoticeText::ReorderNeedsEntryOrder
    );
    act(&mut model, &[Cancel, MoveItemDown]);
    assert_eq!(doc(&model).strategy.statements[1].id, 1);
}

#[test]
fn the_walk_around_shows_one_quadrant_and_adds_to_it() {
    let mut model = on_strategy(typical_session(Lang::En));
    act(&mut model, &[WalkAround]);
    assert_eq!(screen(&model).walk, Some(Quadrant::A));
    act(&mut model, &[NextQuadrant, NextQuadrant, NextQuadrant]);
    assert_eq!(screen(&model).walk, Some(Quadrant::D));
    assert!(
        screen(&model).visible_statements().is_empty(),
        "nothing answers why yet"
    );
    add(&mut model, "三年后成为全省标杆");
    let last = doc(&model).strategy.statements.last().unwrap();
    assert_eq!(last.quadrant, Quadrant::D);
    assert_eq!(screen(&model).visible_statements().len(), 1);
    act(&mut model, &[NextQuadrant]);
    assert_eq!(screen(&model).walk, Some(Quadrant::A));
    act(&mut model, &[PreviousQuadrant]);
    assert_eq!(screen(&model).walk, Some(Quadrant::D));
    act(&mut model, &[SetQuadrant(2)]);
    assert_eq!(screen(&model).walk, Some(Quadrant::C));
    act(&mut model, &[EndWalk]);
    assert_eq!(screen(&model).walk, None);
}

/// Ending the walk-around, or starting it, leaves the statement the room was
/// looking at selected.
#[test]
fn the_walk_around_keeps_the_selected_statement() {
    let mut model = on_strategy(typical_session(Lang::En));
    let selected = |model: &Model| {
        let screen = screen(model);
        let index = screen.visible_statements()[screen.statement];
        doc(model).strategy.statements[index].id
    };
    act(&mut model, &[Down, Down, Down]);
    let chosen = selected(&model);
    act(&mut model, &[WalkAround]);
    assert_eq!(selected(&model), chosen, "starting the walk");
    act(&mut model, &[EndWalk]);
    assert_eq!(selected(&model), chosen, "ending the walk");
}

#[test]
fn deleting_a_participant_removes_them_as_a_speaker() {
    let mut model = session_model(typical_session(Lang::En));
    let speaking = |model: &Model| {
        doc(model)
            .strategy
            .statements
            .iter()
            .filter(|s| s.authors.contains(&2))
            .count()
    };
    assert!(speaking(&model) > 0);
    act(&mut model, &[NextPanel, Down, DeleteItem]);
    assert_eq!(speaking(&model), 0);
}

#[test]
fn an_empty_statement_is_not_kept() {
    let mut model = on_strategy(new_session("t", Lang::En));
    act(&mut model, &[AddItem, ConfirmEdit]);
    assert!(doc(&model).strategy.statements.is_empty());
    act(&mut model, &[AddItem]);
    send(&mut model, [typed("half")]);
    act(&mut model, &[CancelEdit]);
    assert!(doc(&model).strategy.statements.is_empty());
}

/// Builds a value and changes it in one expression.
trait Tap: Sized {
    fn tap(mut self, change: impl FnOnce(&mut Self)) -> Self {
        change(&mut self);
        self
    }
}
impl<T> Tap for T {}
