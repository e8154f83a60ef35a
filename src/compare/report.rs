//! A portfolio of centres from a folder of sessions: per centre (grouped by
//! `setup.organisation`, the latest session by `setup.starts_at`) the stage, the
//! synergy levels by side, five-unified progress and the open and overdue actions.
//! The stage, the synergies and five unified come from the latest session whose
//! agenda has that step, so that a follow-up without a diagnosis keeps the stage.
//! Files that cannot be read are kept with their errors, never skipped.
//!
//! Loading is the only part that touches the disk: each file is read once, in
//! parallel on a few threads. [`portfolio`] itself is pure.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::diff::agreed_count;
use crate::load_error::LoadError;
use crate::session::diagnosis::Stage;
use crate::session::synergy::SynergyKind;
use crate::session::{Session, Side, StepKind, file};

/// One session file as read from disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionFile {
    pub path: PathBuf,
    pub session: Result<Session, LoadError>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Portfolio {
    /// The day actions are counted overdue against.
    pub today: NaiveDate,
    /// One per organisation, in name order.
    pub centres: Vec<Centre>,
    /// How many files were read as sessions.
    pub sessions: usize,
    /// Files that could not be read, in path order.
    pub unreadable: Vec<LoadError>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Centre {
    /// As the sessions write it, trimmed; empty when they leave it out.
    pub organisation: String,
    /// How many sessions the centre has in the folder.
    pub sessions: usize,
    pub latest: Snapshot,
}

/// Where a centre stands according to one session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub path: PathBuf,
    pub title: String,
    pub starts_at: DateTime<FixedOffset>,
    pub stage: Option<Stage>,
    /// Today's level per synergy, in their fixed order.
    pub synergies: Vec<SynergyLevels>,
    /// Five-unified items agreed (of 5), and disputed.
    pub unified_agreed: usize,
    pub unified_disputed: usize,
    /// Actions neither done nor dropped, and those of them past their due date.
    pub actions_open: usize,
    pub actions_overdue: usize,
}

/// How business and technology rate a synergy today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SynergyLevels {
    pub kind: SynergyKind,
    pub business: Option<u8>,
    pub technology: Option<u8>,
}

/// Every `*.ron` file under `dir` (subfolders included, hidden ones and
/// `.bak`/`.recovery` files left out), sorted by path.
pub fn session_paths(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut paths = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let entry = entry?;
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            if entry.file_type()?.is_dir() {
                folders.push(path);
            } else if name.ends_with(".ron") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    Ok(paths)
}

/// Loads every file once, on 2 to 4 threads, keeping the order of `paths`.
pub fn load_all(paths: &[PathBuf]) -> Vec<SessionFile> {
    /// Files a thread takes at a time: small enough to share out unevenly sized
    /// files, large enough that taking them costs nothing.
    const CHUNK: usize = 16;
    let threads = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .clamp(2, 4)
        .min(paths.len().div_ceil(CHUNK))
        .max(1);
    let next = AtomicUsize::new(0);
    let work = || {
        let mut loaded = Vec::new();
        loop {
            let start = next.fetch_add(CHUNK, Ordering::Relaxed);
            if start >= paths.len() {
                return loaded;
            }
            let end = (start + CHUNK).min(paths.len());
            for (index, path) in paths[start..end].iter().enumerate() {
                let session = file::load(path).map(|loaded| loaded.session);
                loaded.push((
                    start + index,
                    SessionFile {
                        path: path.clone(),
                        session,
                    },
                ));
            }
        }
    };
    let mut loaded: Vec<(usize, SessionFile)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
        handles
            .into_iter()
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    loaded.sort_by_key(|(index, _)| *index);
    loaded.into_iter().map(|(_, file)| file).collect()
}

/// The portfolio of the sessions in `files`: per organisation its latest session.
pub fn portfolio(files: &[SessionFile], today: NaiveDate) -> Portfolio {
    let mut groups: BTreeMap<&str, Vec<(&Path, &Session)>> = BTreeMap::new();
    let mut unreadable = Vec::new();
    let mut sessions = 0;
    for file in files {
        match &file.session {
            Ok(session) => {
                sessions += 1;
                groups
                    .entry(session.setup.organisation.trim())
                    .or_default()
                    .push((&file.path, session));
            }
            Err(error) => unreadable.push(error.clone()),
        }
    }
    unreadable.sort_by(|a: &LoadError, b| a.path.cmp(&b.path));
    let centres = groups
        .into_iter()
        .filter_map(|(organisation, group)| {
            let mut group = group;
            group.sort_by(|(pa, a), (pb, b)| {
                let a_key = (a.setup.starts_at, a.updated);
                let b_key = (b.setup.starts_at, b.updated);
                a_key.cmp(&b_key).then_with(|| pa.cmp(pb))
            });
            let (path, latest) = *group.last()?;
            let mut latest_snapshot = snapshot(path, latest, today);
            let with_step = |kind| {
                let mut newest_first = group.iter().rev().map(|(_, session)| *session);
                newest_first.find(|session| session.has_step(kind))
            };
            if let Some(session) = with_step(StepKind::Diagnose) {
                latest_snapshot.stage = session.diagnosis.agreed;
            }
            if let Some(session) = with_step(StepKind::FourSynergies) {
                latest_snapshot.synergies = synergy_levels(session);
            }
            if let Some(session) = with_step(StepKind::FiveUnified) {
                (
                    latest_snapshot.unified_agreed,
                    latest_snapshot.unified_disputed,
                ) = unified_counts(session);
            }
            Some(Centre {
                organisation: organisation.to_string(),
                sessions: group.len(),
                latest: latest_snapshot,
            })
        })
        .collect();
    Portfolio {
        today,
        centres,
        sessions,
        unreadable,
    }
}

/// Where a centre stands according to `session`.
pub fn snapshot(path: &Path, session: &Session, today: NaiveDate) -> Snapshot {
    let (unified_agreed, unified_disputed) = unified_counts(session);
    let open = session
        .wrap_up
        .actions
        .iter()
        .filter(|action| !action.status.is_finished());
    Snapshot {
        path: path.to_path_buf(),
        title: session.setup.title.clone(),
        starts_at: session.setup.starts_at,
        stage: session.diagnosis.agreed,
        synergies: synergy_levels(session),
        unified_agreed,
        unified_disputed,
        actions_open: open.clone().count(),
        actions_overdue: open.filter(|action| action.is_overdue(today)).count(),
    }
}

/// Today's level of each synergy by side, in their fixed order.
fn synergy_levels(session: &Session) -> Vec<SynergyLevels> {
    let people = &session.setup.participants;
    SynergyKind::ALL
        .into_iter()
        .map(|kind| {
            let synergy = session.synergies.iter().find(|s| s.kind == kind);
            let level = |side| synergy.and_then(|s| s.view(side, people).today);
            SynergyLevels {
                kind,
                business: level(Side::Business),
                technology: level(Side::Technology),
            }
        })
        .collect()
}

/// Five-unified items agreed, and disputed.
fn unified_counts(session: &Session) -> (usize, usize) {
    let disputed = session
        .unified
        .iter()
        .filter(|item| item.status == crate::session::unified::AgreementStatus::Disputed)
        .count();
    (agreed_count(session), disputed)
}

impl Portfolio {
    /// How many centres are at each stage (in stage order), and how many have
    /// agreed none.
    pub fn stages(&self) -> ([usize; 4], usize) {
        let mut counts = [0; 4];
        let mut unset = 0;
        for centre in &self.centres {
            match centre.latest.stage {
                Some(stage) => counts[stage.number() - 1] += 1,
                None => unset += 1,
            }
        }
        (counts, unset)
    }
}
