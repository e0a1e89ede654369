//! The session driver: the task that owns the running guided session and keeps its time in Rust.
//!
//! It wakes exactly when something is due (the next cue, or the next change of step or phase), never on a
//! fixed-rate tick, feeds the pure engine (`limber_core::session`), plays the
//! cues and sends typed events to the UI. It keeps running, with sound, while the window is hidden or
//! destroyed; the UI is only a view that asks for the current state when it opens. A finished or
//! abandoned session is handed to a [`SessionSink`] (the store).
//!
//! The decisions live in [`Driver`], a plain state machine that takes the time as an argument and returns
//! [`Effect`]s, so tests run it on a fake timeline; [`spawn`] wraps it in a Tokio task with real sleeps.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use limber_app::wire::session as wire;
use limber_core::routine::TimeOfDay;
use limber_core::session::{Command, Cue, CueKind, Ms, Outcome, Plan, Session, SessionState};
use limber_core::speech;
use serde::Serialize;
use tokio::sync::{mpsc, oneshot};
use ts_rs::TS;

use crate::audio::{Audio, Sound, Voice};
use crate::coach::VoiceCoach;
use limber_app::error::AppError;
use limber_app::outbox::{Record, SaveState, Saving};
use limber_app::state::LibraryHandle;
use limber_app::words::Words;
use limber_resident::clock::SharedClock;

/// Everything the UI shows of a session at one instant.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionView {
    pub session_id: String,
    pub routine_id: String,
    pub routine_name: String,
    pub time_of_day: limber_app::wire::library::TimeOfDay,
    pub snapshot: wire::Snapshot,
    /// How the session ended, once it has.
    pub outcome: Option<wire::Outcome>,
    /// How many times faster than real time the session runs (1 except in debug test runs), so the UI
    /// can pace its transitions.
    pub time_scale: f64,
    /// The planned total, for "9 min" labels.
    #[ts(type = "number")]
    pub planned_ms: u64,
    /// Once the session has ended: whether its record is on disk. The end screen says "saved" or "counts"
    /// only when this is `saved`; none means the write has not been tried yet.
    pub record: Option<SaveState>,
}

/// A session as it is handed to the store.
#[derive(Debug, Clone, PartialEq)]
pub struct FinishedSession {
    pub id: String,
    pub routine_id: String,
    pub started_at: DateTime<Utc>,
    pub ended_at: DateTime<Utc>,
    pub time_zone: Tz,
    pub outcome: Outcome,
    pub checklist: Option<Vec<String>>,
    /// The exercises that had work skipped (issue 18: the dose progression reads them).
    pub skipped_exercises: Vec<String>,
}

/// Where finished sessions go. The store implements it; tests record. It answers whether the session is on
/// disk; a session that could not be written yet is the sink's to keep and retry.
pub trait SessionSink: Send + Sync + 'static {
    fn record(&self, session: &FinishedSession) -> SaveState;
}

/// Where the UI-facing effects go: events to the window (if any) and sound.
pub trait SessionOutput: Send + Sync + 'static {
    fn view(&self, view: &SessionView);
    fn cue(&self, cue: &Cue, view: &SessionView);
    fn finished(&self, view: &SessionView);
}

/// What the driver decided should happen now.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// A cue is due: play it and tell the UI.
    Cue(Cue),
    /// The state changed in a way the UI shows.
    View,
    /// The session ended: record it and show the end screen.
    Finished(FinishedSession),
}

/// The longest a running session goes without sending its whole view to the window. The page counts the
/// seconds down itself from the last view (each update from Rust costs the window about 6 ms of CPU before
/// anything is drawn: bench/README.md), so the view goes out when what it shows changes, and at least this
/// often, which bounds any drift between the page's clock and this one.
pub const RESYNC_MS: u64 = 10_000;

/// What the window shows of a session apart from the time running down. When it changes (a new step or
/// phase, a pause, the end, time added), the whole view goes out. A change of the record is sent where it is
/// made (the end, and `Request::Saved`).
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    state: SessionState,
    step: Option<usize>,
    phase: Option<usize>,
    step_duration_ms: u64,
}

/// The running (or just ended) session and what it needs to report itself.
struct Current {
    id: String,
    routine_id: String,
    /// Its name in the language the session started in (a person's own routine keeps its own name).
    routine_name: String,
    /// The language its words are in: the one in force when it started.
    language: String,
    time_of_day: TimeOfDay,
    session: Session,
    started_wall: Option<DateTime<Utc>>,
    checklist: Option<Vec<String>>,
    recorded: bool,
    /// Where its record stands once it has been handed to the sink.
    record: Option<SaveState>,
}

/// The session driver's state machine. Time is always passed in: `now` on the monotonic (possibly
/// scaled) timeline and `wall`/`tz` for the record.
pub struct Driver {
    library: LibraryHandle,
    current: Option<Current>,
    /// Cues taken from the engine whose delivery is still owed (after a refused command).
    pending: Vec<Effect>,
    time_scale: f64,
    /// The language the next session's words are in (set before each start).
    language: String,
    /// What the last view sent showed, and when it went.
    shown: Option<(Shown, Ms)>,
}

impl Driver {
    pub fn new(library: LibraryHandle, time_scale: f64) -> Self {
        Self {
            library,
            current: None,
            pending: Vec::new(),
            time_scale,
            language: limber_app::i18n::SOURCE.to_owned(),
            shown: None,
        }
    }

    /// What the window shows of the current session at `now`, apart from the time running down.
    fn shown_at(&self, now: Ms) -> Option<Shown> {
        let current = self.current.as_ref()?;
        let snapshot = current.session.snapshot(now);
        Some(Shown {
            state: snapshot.state,
            step: snapshot.step.as_ref().map(|s| s.index),
            phase: snapshot.phase.as_ref().map(|p| p.index),
            step_duration_ms: snapshot.step_duration_ms,
        })
    }

    /// Notes that the view of `now` went to the window.
    fn note_shown(&mut self, now: Ms) {
        self.shown = self.shown_at(now).map(|shown| (shown, now));
    }

    /// Whether the view must go out at `now`: what it shows changed, or the last one is [`RESYNC_MS`] old.
    fn view_due(&self, now: Ms) -> bool {
        match (&self.shown, self.shown_at(now)) {
            (Some((shown, at)), Some(current)) => {
                *shown != current || now.0.saturating_sub(at.0) >= RESYNC_MS
            }
            (None, Some(_)) => true,
            (_, None) => false,
        }
    }

    /// The language the next session's words are in: its routine's and exercises' names.
    pub fn set_language(&mut self, language: String) {
        self.language = language;
    }

    /// Starts a new session of `routine_id`, replacing a finished one. A session that is still running
    /// must be stopped first, so that a stray click never throws away a half-done routine.
    pub fn start(
        &mut self,
        routine_id: &str,
        checklist: Option<Vec<String>>,
        now: Ms,
        wall: DateTime<Utc>,
    ) -> Result<Vec<Effect>, AppError> {
        if let Some(current) = &self.current {
            if matches!(
                current.session.state(),
                SessionState::Running | SessionState::Paused
            ) {
                return Err(AppError::Refused(
                    Words::new("session-refused-running")
                        .with("routine", current.routine_name.as_str()),
                ));
            }
        }
        let library = self.library.current();
        let routine = library
            .routine(routine_id)
            .ok_or_else(|| AppError::NotFound {
                what: "routine",
                id: routine_id.to_owned(),
            })?;
        // Issue 20: a routine every move of which the person's first-run answers rule out is never
        // guided; its moves are kept only so reminders and history still name it.
        if library.is_unsuitable(routine_id) {
            return Err(AppError::Refused(
                Words::new("session-refused-unsuitable").with(
                    "routine",
                    limber_app::content::routine_name(&self.language, &library, routine),
                ),
            ));
        }
        let plan = library.plan(routine)?;
        let mut session = Session::new(plan);
        session
            .apply(Command::Start, now)
            .map_err(|e| AppError::Refused(session_error_words(e)))?;
        self.current = Some(Current {
            id: new_session_id(wall),
            routine_id: routine.id.clone(),
            routine_name: limber_app::content::routine_name(&self.language, &library, routine),
            language: self.language.clone(),
            time_of_day: routine.time_of_day,
            session,
            started_wall: Some(wall),
            checklist,
            recorded: false,
            record: None,
        });
        Ok(self.wake(now, wall, Tz::UTC))
    }

    /// Applies a user command to the running session.
    pub fn command(
        &mut self,
        command: Command,
        now: Ms,
        wall: DateTime<Utc>,
        tz: Tz,
    ) -> Result<Vec<Effect>, AppError> {
        let current = self
            .current
            .as_mut()
            .ok_or_else(|| AppError::Refused(Words::new("session-refused-none")))?;
        // Deliver what was due before the command, so a pause at 12.3 s still plays the cue due at 12 s.
        let mut effects = due_cues(&mut current.session, now);
        if let Err(error) = current.session.apply(command, now) {
            // The cues already taken from the engine must not be lost with the refused command.
            self.pending.extend(effects);
            return Err(AppError::Refused(session_error_words(error)));
        }
        effects.extend(self.wake(now, wall, tz));
        if !effects.contains(&Effect::View) {
            effects.push(Effect::View);
        }
        self.note_shown(now);
        Ok(effects)
    }

    /// Collects what is due at `now`: cues, the view when what it shows changed (or a cue is due, or the
    /// last view is [`RESYNC_MS`] old), and the end of the session.
    pub fn wake(&mut self, now: Ms, wall: DateTime<Utc>, tz: Tz) -> Vec<Effect> {
        let mut effects = std::mem::take(&mut self.pending);
        let view_due = self.view_due(now);
        let Some(current) = self.current.as_mut() else {
            return effects;
        };
        let cues = due_cues(&mut current.session, now);
        let show = view_due || !cues.is_empty();
        effects.extend(cues);
        if show {
            effects.push(Effect::View);
        }
        if let (Some(outcome), false) = (current.session.outcome(), current.recorded) {
            current.recorded = true;
            let started = current.started_wall.unwrap_or(wall);
            effects.push(Effect::Finished(FinishedSession {
                id: current.id.clone(),
                routine_id: current.routine_id.clone(),
                started_at: started,
                ended_at: wall.max(started),
                time_zone: tz,
                outcome,
                checklist: current.checklist.clone(),
                skipped_exercises: current.session.skipped_exercises(),
            }));
        }
        if show {
            self.note_shown(now);
        }
        effects
    }

    /// When the driver must wake next: the next cue, the next change of phase or step, or the moment the
    /// last view is [`RESYNC_MS`] old, whichever is first. `None` when nothing runs. The seconds of the
    /// countdown in between are the page's to count (from the view's time left and its own clock).
    pub fn next_wake(&self, now: Ms) -> Option<Ms> {
        if !self.pending.is_empty() {
            return Some(now);
        }
        let current = self.current.as_ref()?;
        if current.session.state() != SessionState::Running {
            return None;
        }
        let snapshot = current.session.snapshot(now);
        let later = |ms: u64| (ms > 0).then(|| Ms(now.0.saturating_add(ms)));
        let phase_end = snapshot
            .phase
            .as_ref()
            .and_then(|phase| later(phase.ms_left));
        let step_end = later(snapshot.step_ms_left);
        let resync = self
            .shown
            .as_ref()
            .map_or(now, |(_, at)| Ms(at.0.saturating_add(RESYNC_MS)).max(now));
        let cue = current.session.next_due().map(|due| due.max(now));
        [phase_end, step_end, Some(resync), cue]
            .into_iter()
            .flatten()
            .min()
    }

    /// The cues of the running session due after `now` and up to `until`, without taking them from the engine
    /// (a copy of the session runs ahead), so the voice coach can hand their words over early.
    pub fn cues_ahead(&self, now: Ms, until: Ms) -> Vec<Cue> {
        match &self.current {
            Some(current) if current.session.state() == SessionState::Running => current
                .session
                .clone()
                .advance(until)
                .into_iter()
                .filter(|cue| cue.at > now)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The voice the current session's words are said in: its language's own, or none when that language has
    /// no voice (then the session gets tones only, never another language's words).
    pub fn voice(&self) -> Option<Voice> {
        self.current
            .as_ref()
            .and_then(|current| Voice::for_language(&current.language))
    }

    /// The plan of the current session, if one exists.
    pub fn plan(&self) -> Option<&Plan> {
        self.current.as_ref().map(|c| c.session.plan())
    }

    /// The current view, if a session exists (running, paused or just ended).
    pub fn view(&self, now: Ms) -> Option<SessionView> {
        let current = self.current.as_ref()?;
        Some(SessionView {
            session_id: current.id.clone(),
            routine_id: current.routine_id.clone(),
            routine_name: current.routine_name.clone(),
            time_of_day: limber_app::wire::library::TimeOfDay::from(&current.time_of_day),
            snapshot: limber_app::content::snapshot(
                &current.language,
                &current.session.snapshot(now),
            ),
            outcome: current.session.outcome().as_ref().map(wire::Outcome::from),
            time_scale: self.time_scale,
            planned_ms: current.session.plan().duration_ms(),
            record: current.record.clone(),
        })
    }

    /// Notes where the record of session `id` stands. Returns whether the current session changed (a
    /// saved record of an older session, or one already dismissed, changes nothing on screen).
    pub fn set_record(&mut self, id: &str, state: SaveState) -> bool {
        match self.current.as_mut() {
            Some(current) if current.id == id && current.record.as_ref() != Some(&state) => {
                current.record = Some(state);
                true
            }
            _ => false,
        }
    }

    /// Forgets a session that has ended (the end screen was closed).
    pub fn dismiss(&mut self) {
        if self
            .current
            .as_ref()
            .is_some_and(|c| c.session.outcome().is_some())
        {
            self.current = None;
            self.shown = None;
        }
    }
}

/// The cues due at `now`, as effects.
fn due_cues(session: &mut Session, now: Ms) -> Vec<Effect> {
    session.advance(now).into_iter().map(Effect::Cue).collect()
}

/// Why the session refused a command, in the catalogue's words: a button pressed on a screen that had not caught
/// up yet (a pause just as the session ended).
fn session_error_words(error: limber_core::session::SessionError) -> Words {
    use limber_core::session::SessionError;
    Words::new("session-refused-command").with(
        "state",
        match error {
            SessionError::NotStarted => "not-started",
            SessionError::AlreadyStarted => "started",
            SessionError::AlreadyPaused => "paused",
            SessionError::NotPaused => "not-paused",
            SessionError::Over => "over",
            SessionError::NothingToExtend => "nothing-to-extend",
        },
    )
}

/// A session id that is unique without a UUID crate: the wall-clock milliseconds and 64 random bits
/// from the standard library's per-process random hash keys.
fn new_session_id(wall: DateTime<Utc>) -> String {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_i64(wall.timestamp_nanos_opt().unwrap_or_default());
    format!("s-{:x}-{:016x}", wall.timestamp_millis(), hasher.finish())
}

/// The tone for a cue. The voice coach's words replace it where it speaks (see `perform`).
pub fn sounds_for(cue: &Cue, view: &SessionView) -> Option<Sound> {
    let phase_ms = view
        .snapshot
        .phase
        .as_ref()
        .map(|p| u32::try_from(p.ms_left.max(500)).unwrap_or(u32::MAX))
        .unwrap_or(4000);
    let step = view.snapshot.step.as_ref();
    match cue.kind {
        // Breathing and paced reps get their breath cue instead of a chime at every rep.
        CueKind::StepStart => match step.map(|s| s.kind) {
            Some(wire::StepKind::Breathing | wire::StepKind::Reps)
                if step.is_some_and(|s| s.rep > 1) =>
            {
                None
            }
            _ => Some(Sound::StepStart),
        },
        CueKind::Countdown { n } => Some(Sound::Countdown { remaining: n }),
        CueKind::SwitchSides => Some(Sound::SwitchSides),
        CueKind::BreatheIn => Some(Sound::BreatheIn { millis: phase_ms }),
        CueKind::BreatheOut => Some(Sound::BreatheOut { millis: phase_ms }),
        CueKind::Halfway => Some(Sound::Halfway),
        CueKind::StepDone => None,
        CueKind::SessionDone => Some(Sound::SessionDone),
    }
}

/// Messages to the driver task: a closed set.
pub enum Request {
    Start {
        routine_id: String,
        checklist: Option<Vec<String>>,
        /// The language in force, for the session's words.
        language: String,
        reply: oneshot::Sender<Result<SessionView, AppError>>,
    },
    Command {
        command: Command,
        reply: oneshot::Sender<Result<SessionView, AppError>>,
    },
    Current {
        reply: oneshot::Sender<Option<SessionView>>,
    },
    Dismiss,
    /// A session's record that waited has been written.
    Saved {
        session_id: String,
    },
}

/// A cheap handle to the driver task, managed by Tauri.
#[derive(Clone)]
pub struct SessionHandle {
    requests: mpsc::UnboundedSender<Request>,
}

impl SessionHandle {
    async fn ask<T>(
        &self,
        make: impl FnOnce(oneshot::Sender<T>) -> Request,
    ) -> Result<T, AppError> {
        let (reply, answer) = oneshot::channel();
        self.requests
            .send(make(reply))
            .map_err(|_| AppError::Internal("the session driver has stopped".into()))?;
        answer
            .await
            .map_err(|_| AppError::Internal("the session driver has stopped".into()))
    }

    pub async fn start(
        &self,
        routine_id: String,
        checklist: Option<Vec<String>>,
        language: String,
    ) -> Result<SessionView, AppError> {
        self.ask(|reply| Request::Start {
            routine_id,
            checklist,
            language,
            reply,
        })
        .await?
    }

    pub async fn command(&self, command: Command) -> Result<SessionView, AppError> {
        self.ask(|reply| Request::Command { command, reply })
            .await?
    }

    pub async fn current(&self) -> Result<Option<SessionView>, AppError> {
        self.ask(|reply| Request::Current { reply }).await
    }

    pub fn dismiss(&self) {
        // A stopped driver has nothing to dismiss.
        let _ = self.requests.send(Request::Dismiss);
    }

    /// A session's record that waited is on disk now: the end screen, if it still shows it, says so.
    pub fn saved(&self, session_id: String) {
        let _ = self.requests.send(Request::Saved { session_id });
    }
}

/// Real-time conversion: how long to sleep for `engine_ms` of scaled time.
fn real_duration(engine_ms: u64, scale: f64) -> Duration {
    Duration::from_secs_f64(engine_ms as f64 / 1000.0 / scale.max(1.0))
}

/// Starts the driver task on Tauri's Tokio runtime.
pub fn spawn(
    library: LibraryHandle,
    clock: SharedClock,
    time_scale: f64,
    audio: Audio,
    output: Arc<dyn SessionOutput>,
    sink: Arc<dyn SessionSink>,
) -> SessionHandle {
    let (requests, mut inbox) = mpsc::unbounded_channel::<Request>();
    let mut driver = Driver::new(library, time_scale);
    let mut voice = VoiceCoach::default();
    tauri::async_runtime::spawn(async move {
        loop {
            let now = Ms(clock.monotonic_ms());
            let upcoming = hand_voice_ahead(&driver, &mut voice, &audio, now);
            let voice_wake = driver
                .plan()
                .and_then(|plan| voice.next_wake(&upcoming, plan, coach_of(&driver, &audio).0));
            let sleep_for = [driver.next_wake(now), voice_wake]
                .into_iter()
                .flatten()
                .min()
                .map(|at| real_duration(at.0.saturating_sub(now.0), time_scale));
            let request = match sleep_for {
                Some(duration) => tokio::select! {
                    request = inbox.recv() => match request {
                        Some(request) => Some(request),
                        None => break,
                    },
                    () = tokio::time::sleep(duration) => None,
                },
                None => match inbox.recv().await {
                    Some(request) => Some(request),
                    None => break,
                },
            };
            let now = Ms(clock.monotonic_ms());
            let wall = clock.now_utc();
            let tz = clock.time_zone();
            let effects = match request {
                None => {
                    let effects = driver.wake(now, wall, tz);
                    record_finished(&mut driver, &effects, sink.as_ref());
                    effects
                }
                Some(Request::Start {
                    routine_id,
                    checklist,
                    language,
                    reply,
                }) => {
                    driver.set_language(language);
                    let result = driver.start(&routine_id, checklist, now, wall);
                    prepare_voice(&driver, &audio, now);
                    answer(&mut driver, reply, result, now, sink.as_ref())
                }
                Some(Request::Command { command, reply }) => {
                    let result = driver.command(command, now, wall, tz);
                    answer(&mut driver, reply, result, now, sink.as_ref())
                }
                Some(Request::Current { reply }) => {
                    let _ = reply.send(driver.view(now));
                    Vec::new()
                }
                Some(Request::Dismiss) => {
                    driver.dismiss();
                    Vec::new()
                }
                Some(Request::Saved { session_id }) => {
                    if driver.set_record(&session_id, SaveState::Saved) {
                        vec![Effect::View]
                    } else {
                        Vec::new()
                    }
                }
            };
            perform(&driver, &mut voice, now, effects, &audio, output.as_ref());
        }
    });
    SessionHandle { requests }
}

/// Hands the words of the cues due within [`crate::coach::AHEAD_MS`] to the sound thread; returns the cues
/// ahead, for the next wake.
fn hand_voice_ahead(driver: &Driver, voice: &mut VoiceCoach, audio: &Audio, now: Ms) -> Vec<Cue> {
    let (coach, spoken_in) = coach_of(driver, audio);
    let (Some(plan), Some(view), Some(spoken_in)) = (driver.plan(), driver.view(now), spoken_in)
    else {
        return Vec::new();
    };
    if coach == speech::Coach::Off {
        return Vec::new();
    }
    let upcoming = driver.cues_ahead(now, Ms(now.0.saturating_add(crate::coach::LOOK_AHEAD_MS)));
    let night = view.time_of_day == limber_app::wire::library::TimeOfDay::Bedtime;
    let time = crate::coach::SessionTime {
        now,
        scale: view.time_scale,
    };
    let speaking = crate::coach::Speaking {
        voice: spoken_in,
        night,
    };
    voice.hand_ahead(&upcoming, plan, coach, time, speaking, audio);
    upcoming
}

/// The coach of the current session with the settings in force, and the voice it speaks in. Issue 22: a session
/// whose language has no voice has the coach off (every cue a tone, as when the person chose "Off"), since
/// another language's voice must never stand in.
fn coach_of(driver: &Driver, audio: &Audio) -> (speech::Coach, Option<Voice>) {
    match driver.voice() {
        Some(voice) => (audio.settings().coach, Some(voice)),
        None => (speech::Coach::Off, None),
    }
}

/// Has the sound thread decode the clips a new session will speak, before its first cue is due.
fn prepare_voice(driver: &Driver, audio: &Audio, now: Ms) {
    let (coach, spoken_in) = coach_of(driver, audio);
    let (Some(plan), Some(view), Some(spoken_in)) = (driver.plan(), driver.view(now), spoken_in)
    else {
        return;
    };
    if coach == speech::Coach::Off {
        return;
    }
    let mut phrases: Vec<speech::Phrase> = speech::routine_utterances(plan, coach)
        .into_iter()
        .map(|u| u.phrase)
        .collect();
    phrases.sort();
    phrases.dedup();
    audio.prepare(
        phrases,
        spoken_in,
        view.time_of_day == limber_app::wire::library::TimeOfDay::Bedtime,
    );
}

/// Hands every session that ended to the sink and notes where its record stands, before anything shows the
/// end screen: the screen must never say "saved" or "counts" for a record the store has not committed.
fn record_finished(driver: &mut Driver, effects: &[Effect], sink: &dyn SessionSink) {
    for effect in effects {
        if let Effect::Finished(finished) = effect {
            let state = sink.record(finished);
            if !matches!(state, SaveState::Saved) {
                log::warn!("the session {} is not saved yet: {state:?}", finished.id);
            }
            driver.set_record(&finished.id, state);
        }
    }
}

/// Answers a request with the view after it, once an ended session has been handed to the store.
fn answer(
    driver: &mut Driver,
    reply: oneshot::Sender<Result<SessionView, AppError>>,
    result: Result<Vec<Effect>, AppError>,
    now: Ms,
    sink: &dyn SessionSink,
) -> Vec<Effect> {
    match result {
        Ok(effects) => {
            record_finished(driver, &effects, sink);
            let view = driver
                .view(now)
                .ok_or_else(|| AppError::Internal("the session vanished".into()));
            let _ = reply.send(view);
            effects
        }
        Err(error) => {
            let _ = reply.send(Err(error));
            Vec::new()
        }
    }
}

fn perform(
    driver: &Driver,
    voice: &mut VoiceCoach,
    now: Ms,
    effects: Vec<Effect>,
    audio: &Audio,
    output: &dyn SessionOutput,
) {
    let Some(view) = driver.view(now) else {
        return;
    };
    // Only the newest cue of each kind is played when several fell due at once (after a stall), so
    // a late wake never plays a burst of stale sounds; every cue still reaches the UI in order.
    let cues: Vec<&Cue> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::Cue(cue) => Some(cue),
            _ => None,
        })
        .collect();
    let (coach, spoken_in) = coach_of(driver, audio);
    let night = view.time_of_day == limber_app::wire::library::TimeOfDay::Bedtime;
    for (i, cue) in cues.iter().enumerate() {
        output.cue(cue, &view);
        let stale = now.0.saturating_sub(cue.at.0) > 1500 && i + 1 < cues.len();
        if !stale {
            // Where the coach speaks, its words are the cue: a tone under them would only blur them. Words
            // usually went to the sound thread ahead of the cue already (`hand_voice_ahead`).
            let (speaks, words) = driver
                .plan()
                .map(|plan| voice.words_now(cue, plan, coach))
                .unwrap_or_default();
            if !speaks {
                if let Some(sound) = sounds_for(cue, &view) {
                    audio.play(sound);
                }
            }
            // The cue's due instant in real time: the driver woke at or just after it.
            let late = real_duration(now.0.saturating_sub(cue.at.0), view.time_scale);
            let due = std::time::Instant::now()
                .checked_sub(late)
                .unwrap_or_else(std::time::Instant::now);
            // Without a voice the coach is off and there are no words.
            if let Some(spoken_in) = spoken_in {
                for phrase in words {
                    audio.say(phrase, spoken_in, due, night);
                }
            }
        }
    }
    for effect in &effects {
        if let Effect::Finished(_) = effect {
            output.finished(&view);
        }
    }
    if effects.iter().any(|e| matches!(e, Effect::View)) {
        output.view(&view);
    }
}

/// The store as a [`SessionSink`]: computes the routine day (with the user's day boundary, read when the
/// session ends so a changed setting applies at once) and saves one row through [`Saving`], which keeps and
/// retries it when the store cannot write (a full disk, a read-only folder).
pub struct StoreSink {
    pub saving: Saving,
}

impl StoreSink {
    /// The row for a finished session.
    pub fn session_record(
        store: &limber_store::Store,
        session: &FinishedSession,
    ) -> limber_store::SessionRecord {
        let boundary = limber_app::progress::day_boundary(store).unwrap_or_else(|error| {
            log::warn!("could not read the day boundary, using 04:00: {error}");
            limber_core::day::DEFAULT_DAY_BOUNDARY
        });
        let offset = limber_core::day::utc_offset_secs(session.started_at, session.time_zone);
        limber_store::SessionRecord {
            id: session.id.clone(),
            routine_id: session.routine_id.clone(),
            started_at: session.started_at,
            ended_at: session.ended_at,
            utc_offset_seconds: offset,
            routine_day: limber_core::day::routine_day(session.started_at, offset, boundary),
            steps_done: session.outcome.steps_completed,
            steps_skipped: session.outcome.steps_skipped,
            // `completed` is what streaks read: the engine's rule (finished, 80% of the exercise time
            // done) decides it, not merely reaching the last screen.
            completed: session.outcome.counts_as_done,
            active_ms: session.outcome.active_ms,
            paused_ms: session.outcome.paused_ms,
            feel: None,
            checklist: session
                .checklist
                .as_ref()
                .map(|ticks| serde_json::json!(ticks)),
            skipped_exercises: session.skipped_exercises.clone(),
        }
    }
}

impl SessionSink for StoreSink {
    fn record(&self, session: &FinishedSession) -> SaveState {
        // The store's lock is let go before saving: `Saving` takes its own lock first, then the store's.
        let record = Self::session_record(&self.saving.store().lock(), session);
        match self.saving.save(Record::Session(record)) {
            Ok(state) => state,
            Err(error) => {
                log::error!("the store refused the session {}: {error}", session.id);
                SaveState::Refused {
                    message: limber_app::words::Words::new("session-not-saved")
                        .with("detail", error.to_string()),
                }
            }
        }
    }
}

/// Session events to the window, when there is one. Emitting with no window is a no-op, which is
/// exactly right: the session runs on and the next window asks for the current state.
pub struct WindowOutput {
    pub app: tauri::AppHandle,
}

/// The event names the UI listens to.
pub mod events {
    pub const VIEW: &str = "session://view";
    pub const CUE: &str = "session://cue";
    pub const FINISHED: &str = "session://finished";
}

/// A cue as the UI receives it, for its live region and pacer.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CueEvent {
    pub kind: wire::CueKind,
    pub step: usize,
    #[ts(type = "number")]
    pub at_ms: u64,
}

impl SessionOutput for WindowOutput {
    fn view(&self, view: &SessionView) {
        use tauri::Emitter;
        if let Err(error) = self.app.emit(events::VIEW, view) {
            log::debug!("no window took the session view: {error}");
        }
    }

    fn cue(&self, cue: &Cue, _view: &SessionView) {
        use tauri::Emitter;
        let event = CueEvent {
            kind: cue.kind.into(),
            step: cue.step,
            at_ms: cue.at.0,
        };
        if let Err(error) = self.app.emit(events::CUE, event) {
            log::debug!("no window took the cue: {error}");
        }
    }

    fn finished(&self, view: &SessionView) {
        use tauri::Emitter;
        if let Err(error) = self.app.emit(events::FINISHED, view) {
            log::debug!("no window took the end of the session: {error}");
        }
        crate::shell_event::emit(&self.app, crate::shell_event::ShellEvent::SessionFinished);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn driver() -> Driver {
        Driver::new(
            LibraryHandle::new(limber_core::library::Library::builtin().unwrap()),
            1.0,
        )
    }

    fn wall(secs: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 22, 0, 0).unwrap() + chrono::TimeDelta::seconds(secs)
    }

    fn cues(effects: &[Effect]) -> Vec<Cue> {
        effects
            .iter()
            .filter_map(|e| match e {
                Effect::Cue(c) => Some(*c),
                _ => None,
            })
            .collect()
    }

    /// Runs the driver the way the task does: waking only when it asks to, at the instant it asks for.
    /// The sessions a batch of effects finished.
    fn finished_in(effects: &[Effect]) -> Vec<&FinishedSession> {
        effects
            .iter()
            .filter_map(|e| match e {
                Effect::Finished(f) => Some(f),
                _ => None,
            })
            .collect()
    }

    fn run_to_end(driver: &mut Driver, start: Ms) -> (Vec<Cue>, Vec<FinishedSession>, u32) {
        let mut now = start;
        let mut all = Vec::new();
        let mut finished = Vec::new();
        let mut wakes = 0;
        while let Some(at) = driver.next_wake(now) {
            assert!(at >= now, "the driver never asks to wake in the past");
            now = at;
            wakes += 1;
            let effects = driver.wake(now, wall(0), Tz::UTC);
            all.extend(cues(&effects));
            finished.extend(effects.into_iter().filter_map(|e| match e {
                Effect::Finished(f) => Some(f),
                _ => None,
            }));
            assert!(wakes < 100_000, "the session never ends");
        }
        (all, finished, wakes)
    }

    #[test]
    fn every_cue_is_delivered_at_its_exact_due_time_and_the_session_is_recorded_once() {
        let mut driver = driver();
        let start = Ms(1_000);
        let effects = driver
            .start("two-minute-reset", None, start, wall(0))
            .unwrap();
        let mut delivered = cues(&effects);
        let (rest, finished, wakes) = run_to_end(&mut driver, start);
        delivered.extend(rest);
        assert_eq!(finished.len(), 1);
        let outcome = &finished[0].outcome;
        assert_eq!(outcome.state, SessionState::Finished);
        assert!(outcome.counts_as_done);
        assert!(delivered.iter().any(|c| c.kind == CueKind::SessionDone));
        // The driver woke at each cue's due instant, so no cue was late.
        let mut seen = std::collections::HashSet::new();
        for cue in &delivered {
            assert!(
                seen.insert((cue.at, cue.step, format!("{:?}", cue.kind))),
                "cue twice: {cue:?}"
            );
        }
        let planned = driver.view(start).unwrap().planned_ms;
        // About one wake a second plus the cues: never a busy loop.
        assert!(u64::from(wakes) <= planned / 1000 * 2 + 50, "{wakes} wakes");
    }

    #[test]
    fn pausing_stops_the_countdown_and_resuming_continues_it() {
        let mut driver = driver();
        driver
            .start("two-minute-reset", None, Ms(0), wall(0))
            .unwrap();
        driver
            .command(Command::Pause, Ms(2_000), wall(2), Tz::UTC)
            .unwrap();
        let left_at_pause = driver.view(Ms(2_000)).unwrap().snapshot.step_ms_left;
        assert_eq!(driver.next_wake(Ms(2_000)), None, "a paused session sleeps");
        assert_eq!(
            driver.view(Ms(60_000)).unwrap().snapshot.step_ms_left,
            left_at_pause
        );
        driver
            .command(Command::Resume, Ms(60_000), wall(60), Tz::UTC)
            .unwrap();
        assert_eq!(
            driver.view(Ms(61_000)).unwrap().snapshot.step_ms_left,
            left_at_pause - 1_000
        );
    }

    #[test]
    fn a_running_session_is_not_replaced_by_a_stray_start() {
        let mut driver = driver();
        driver
            .start("two-minute-reset", None, Ms(0), wall(0))
            .unwrap();
        let error = driver
            .start("morning-mobility", None, Ms(10), wall(0))
            .unwrap_err();
        let AppError::Refused(words) = error else {
            panic!("{error:?}")
        };
        assert_eq!(
            words.say("en"),
            "2-minute reset is still running: stop it before starting another routine."
        );
        assert_eq!(driver.view(Ms(10)).unwrap().routine_id, "two-minute-reset");
    }

    /// Issue 20: a routine whose every move the person's answers rule out is not started, and says why;
    /// an adapted routine starts without the moves left out.
    #[test]
    fn a_routine_with_every_move_ruled_out_is_not_started() {
        use limber_core::contraindication::Condition;
        let library = limber_core::library::Library::builtin()
            .unwrap()
            .for_conditions(&[Condition::RecentSpinalSurgeryOrFracture]);
        let adapted_secs =
            library.planned_duration_secs(library.routine("bedtime-wind-down").unwrap());
        let mut driver = Driver::new(LibraryHandle::new(library), 1.0);
        let error = driver
            .start("upper-back-neck", None, Ms(0), wall(0))
            .unwrap_err();
        assert!(
            error
                .to_string()
                .contains("Every move in Upper back and neck release is left out"),
            "{error}"
        );
        assert!(driver.view(Ms(0)).is_none());
        driver
            .start("bedtime-wind-down", None, Ms(0), wall(0))
            .unwrap();
        let view = driver.view(Ms(0)).unwrap();
        assert_eq!(view.planned_ms, u64::from(adapted_secs) * 1000);
        assert!(
            adapted_secs < 300,
            "breathing and relaxation only: {adapted_secs} s"
        );
    }

    #[test]
    fn stopping_records_an_abandoned_session_that_does_not_count() {
        let mut driver = driver();
        driver
            .start(
                "bedtime-wind-down",
                Some(vec!["screens-down".into()]),
                Ms(0),
                wall(0),
            )
            .unwrap();
        let effects = driver
            .command(Command::Stop, Ms(30_000), wall(30), Tz::UTC)
            .unwrap();
        let finished = finished_in(&effects);
        assert_eq!(finished.len(), 1);
        assert_eq!(finished[0].outcome.state, SessionState::Abandoned);
        assert!(!finished[0].outcome.counts_as_done);
        assert_eq!(
            finished[0].checklist,
            Some(vec!["screens-down".to_string()])
        );
        assert_eq!(driver.next_wake(Ms(30_000)), None);
        // A new routine may start once the old one has ended.
        driver
            .start("morning-mobility", None, Ms(40_000), wall(40))
            .unwrap();
    }

    /// Issue 18: the finished session names the exercises whose work was skipped (not the get-ready step),
    /// so the dose progression can ease one a person keeps skipping.
    #[test]
    fn a_finished_session_names_the_exercises_skipped() {
        let mut driver = driver();
        driver
            .start("two-minute-reset", None, Ms(0), wall(0))
            .unwrap();
        let mut effects = Vec::new();
        // Skip every step from the get-ready one to the end: the exercises are all named once.
        for n in 0..40_u64 {
            let at = Ms(1_000 + n * 10);
            match driver.command(Command::SkipStep, at, wall(1), Tz::UTC) {
                Ok(more) => effects.extend(more),
                Err(_) => break,
            }
            effects.extend(driver.wake(at, wall(1), Tz::UTC));
        }
        let finished = finished_in(&effects);
        assert_eq!(finished.len(), 1);
        assert_eq!(
            finished[0].skipped_exercises,
            vec!["diaphragmatic-breathing", "cat-cow", "shoulder-rows"]
        );
    }

    #[test]
    fn an_unknown_routine_is_not_found() {
        let error = driver()
            .start("moonwalk", None, Ms(0), wall(0))
            .unwrap_err();
        assert!(matches!(error, AppError::NotFound { .. }));
    }

    #[test]
    fn a_late_wake_delivers_every_missed_cue_once_in_order() {
        let mut driver = driver();
        driver
            .start("two-minute-reset", None, Ms(0), wall(0))
            .unwrap();
        let effects = driver.wake(Ms(45_000), wall(45), Tz::UTC);
        let late = cues(&effects);
        assert!(late.len() > 3);
        assert!(late.windows(2).all(|w| w[0].at <= w[1].at));
        assert!(late.iter().all(|c| c.at <= Ms(45_000)));
        let again = cues(&driver.wake(Ms(45_000), wall(45), Tz::UTC));
        assert!(again.is_empty(), "nothing twice");
    }

    #[test]
    fn cues_due_before_a_refused_command_are_still_delivered() {
        let mut driver = driver();
        driver
            .start("two-minute-reset", None, Ms(0), wall(0))
            .unwrap();
        // 5.1 s in, the get-ready step is over and the first paced exercise runs: nothing to extend.
        // No wake happened since the start, so the get-ready countdown and the next step's start are owed.
        let t = Ms(5_100);
        let error = driver
            .command(Command::AddTime, t, wall(5), Tz::UTC)
            .unwrap_err();
        let AppError::Refused(words) = error else {
            panic!("{error:?}")
        };
        assert_eq!(
            words.say("en"),
            "This step has no hold or rest to add time to."
        );
        assert_eq!(
            driver.next_wake(t),
            Some(t),
            "owed cues wake the driver at once"
        );
        let owed = cues(&driver.wake(t, wall(5), Tz::UTC));
        assert!(
            owed.iter()
                .any(|c| c.kind == CueKind::StepStart && c.step == 1),
            "{owed:?}"
        );
        assert!(owed
            .iter()
            .any(|c| matches!(c.kind, CueKind::Countdown { .. })));
        assert!(
            cues(&driver.wake(t, wall(5), Tz::UTC)).is_empty(),
            "and only once"
        );
    }

    #[test]
    fn the_store_sink_files_a_session_under_the_users_day_boundary() {
        let dir = tempfile::tempdir().unwrap();
        let store = limber_store::Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        let handle = limber_app::state::StoreHandle::new(store);
        let sink = StoreSink {
            saving: Saving::new(
                handle.clone(),
                limber_app::state::DataPaths::new(dir.path().to_path_buf()),
                None,
                false,
            ),
        };
        let mut driver = driver();
        driver
            .start("two-minute-reset", None, Ms(0), wall(0))
            .unwrap();
        let effects = driver
            .command(Command::Stop, Ms(1_000), wall(1), Tz::UTC)
            .unwrap();
        let Some(Effect::Finished(finished)) = effects
            .into_iter()
            .find(|e| matches!(e, Effect::Finished(_)))
        else {
            panic!("stopping ends the session");
        };
        // 05:30 in Berlin on 21 November: with the default 04:00 boundary that is the 21st; with the
        // user's 06:00 boundary it still belongs to the night of the 20th.
        let started = Utc.with_ymd_and_hms(2026, 11, 21, 4, 30, 0).unwrap();
        let rows = [(None, "2026-11-21"), (Some("06:00"), "2026-11-20")];
        for (i, (boundary, day)) in rows.into_iter().enumerate() {
            if let Some(boundary) = boundary {
                handle
                    .lock()
                    .set_setting(
                        limber_store::SettingKey::Progress,
                        &serde_json::json!({ "dayBoundary": boundary }),
                    )
                    .unwrap();
            }
            let session = FinishedSession {
                id: format!("s-{i}"),
                started_at: started + chrono::TimeDelta::minutes(i64::try_from(i).unwrap()),
                ended_at: started + chrono::TimeDelta::minutes(10),
                time_zone: chrono_tz::Europe::Berlin,
                ..finished.clone()
            };
            assert_eq!(sink.record(&session), SaveState::Saved);
            let stored = handle.lock().session(&session.id).unwrap().unwrap();
            assert_eq!(stored.routine_day.to_string(), day, "boundary {boundary:?}");
            assert_eq!(stored.utc_offset_seconds, 3600);
            assert!(!stored.completed, "a stopped session does not count");
        }
    }

    /// Issue 15, fault 9: the end screen learns whether the session is on disk before it is shown, and a
    /// session the store could not take is kept, said to be waiting (never "saved"), and written once when
    /// the store can write again.
    #[test]
    fn a_session_that_cannot_be_written_is_shown_as_waiting_until_it_is_saved_once() {
        let dir = tempfile::tempdir().unwrap();
        let paths = limber_app::state::DataPaths::new(dir.path().to_path_buf());
        // The store can only read, as after a start on a full disk.
        let problem = limber_app::health::DataProblem::new(
            limber_app::health::ProblemKind::DiskFull,
            paths.dir(),
            false,
            "database or disk is full".into(),
        );
        let store = limber_store::Store::empty_read_only(&paths.database()).unwrap();
        let saving = Saving::new(
            limber_app::state::StoreHandle::new(store),
            paths.clone(),
            Some(problem),
            true,
        );
        let sink = StoreSink {
            saving: saving.clone(),
        };
        let mut driver = driver();
        driver
            .start("two-minute-reset", None, Ms(0), wall(0))
            .unwrap();
        let (_, finished, _) = run_to_end(&mut driver, Ms(0));
        assert_eq!(finished.len(), 1);
        let view = driver.view(Ms(999_999)).unwrap();
        assert!(view.outcome.is_some_and(|o| o.counts_as_done));
        assert_eq!(view.record, None, "not tried yet: nothing may say saved");

        let effects = vec![Effect::Finished(finished[0].clone())];
        record_finished(&mut driver, &effects, &sink);
        let record = driver.view(Ms(999_999)).unwrap().record;
        let Some(SaveState::Waiting { message }) = record else {
            panic!("a session the store could not take is waiting: {record:?}");
        };
        assert!(
            message
                .to_string()
                .contains("disk that holds Limber's data is full"),
            "{message}"
        );
        assert!(!saving.all_saved());

        // The folder can be written again: the retry reopens the store and writes the session once.
        let retry = saving.retry();
        assert!(retry.reopened);
        assert_eq!(
            retry.written,
            vec![limber_app::outbox::RecordKey::Session(
                finished[0].id.clone()
            )]
        );
        assert!(driver.set_record(&finished[0].id, SaveState::Saved));
        assert_eq!(
            driver.view(Ms(999_999)).unwrap().record,
            Some(SaveState::Saved)
        );
        assert!(
            !driver.set_record(&finished[0].id, SaveState::Saved),
            "once"
        );
        let stored = saving.store().lock().sessions().unwrap();
        assert_eq!(stored.len(), 1);
        assert!(stored[0].completed);
        assert_eq!(saving.retry().written, vec![]);
    }

    /// The step and phase on screen at `now`.
    fn place(driver: &Driver, now: Ms) -> (wire::SessionState, Option<usize>, Option<usize>) {
        let snapshot = driver.view(now).unwrap().snapshot;
        (
            snapshot.state,
            snapshot.step.map(|s| s.index),
            snapshot.phase.map(|p| p.index),
        )
    }

    #[test]
    fn the_view_goes_out_when_the_step_or_phase_changes_not_every_second() {
        for routine in ["two-minute-reset", "bedtime-wind-down"] {
            let mut driver = driver();
            let start = Ms(0);
            driver.start(routine, None, start, wall(0)).unwrap();
            let planned = driver.view(start).unwrap().planned_ms;
            let mut now = start;
            let mut shown = place(&driver, now);
            let mut shown_at = now;
            let mut views = 0u64;
            let mut changes = 0u64;
            while let Some(at) = driver.next_wake(now) {
                assert!(
                    at > now,
                    "{routine}: a wake at {at:?} after {now:?} would spin"
                );
                // Nothing on screen but the time left changes before the driver wakes: no step or phase
                // change is ever left to the page.
                assert_eq!(
                    place(&driver, Ms(at.0 - 1)),
                    place(&driver, now),
                    "{routine}: a change before the wake at {at:?}"
                );
                now = at;
                let effects = driver.wake(now, wall(0), Tz::UTC);
                let here = place(&driver, now);
                let sent = effects.contains(&Effect::View);
                if here != shown {
                    changes += 1;
                    assert!(sent, "{routine}: the change at {now:?} was not sent");
                }
                if sent {
                    views += 1;
                    shown = here;
                    shown_at = now;
                }
                assert!(
                    now.0 - shown_at.0 <= RESYNC_MS,
                    "{routine}: no view for more than {RESYNC_MS} ms at {now:?}"
                );
            }
            assert_eq!(place(&driver, now).0, wire::SessionState::Finished);
            // Every change and at most one resync per RESYNC_MS besides: far fewer than one a second.
            assert!(
                views <= changes + planned / RESYNC_MS + 1,
                "{routine}: {views} views for {changes} changes"
            );
            assert!(
                views < planned / 1000 / 2,
                "{routine}: {views} views in {planned} ms"
            );
        }
    }

    #[test]
    fn a_command_always_sends_the_view_and_a_quiet_wake_sends_none() {
        let mut driver = driver();
        driver
            .start("two-minute-reset", None, Ms(0), wall(0))
            .unwrap();
        let first = driver.next_wake(Ms(0)).unwrap();
        // Half-way to the first change nothing is due, and nothing goes out.
        let quiet = Ms(first.0 / 2);
        assert_eq!(driver.wake(quiet, wall(0), Tz::UTC), vec![]);
        let effects = driver
            .command(Command::Pause, quiet, wall(0), Tz::UTC)
            .unwrap();
        assert!(effects.contains(&Effect::View));
        assert_eq!(driver.next_wake(quiet), None);
        let effects = driver
            .command(Command::Resume, Ms(quiet.0 + 10), wall(0), Tz::UTC)
            .unwrap();
        assert!(effects.contains(&Effect::View));
    }
}
