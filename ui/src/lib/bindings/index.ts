// Generated from crates/app by `cargo xtask bindings`. Do not edit by hand.

export type Kind = "spasm" | "cramp" | "twitch" | "other";

export type Region = "jaw" | "eyelid" | "face" | "neck" | "shoulder" | "upper_back" | "lower_back" | "chest" | "abdomen" | "upper_arm" | "elbow" | "forearm" | "hand" | "fingers" | "glute" | "hip" | "thigh_front" | "thigh_back" | "knee" | "calf" | "shin" | "ankle" | "foot" | "toes";

export type Side = "left" | "right" | "both" | "centre";

export type Associated = "numbness_tingling" | "weakness" | "stiffness" | "fatigue" | "lasting_pain" | "muscle_wasting" | "swallowing_speaking" | "spreading";

export type Location = { region: Region, side: Side, };

export type LocationInput = { region: Region, side: Side, };

export type ReliefInput = { relief: string, helped: number, };

export type EpisodeInput = { kind: Kind, 
/**
 * RFC 3339 with the local offset, e.g. `2026-11-20T03:10:00+01:00`.
 */
started_at: string, duration_s: number | null, count: number | null, 
/**
 * 0–10. Required for every episode logged here; only an imported one may have none
 * (and keeps none while it is edited).
 */
intensity: number | null, locations: Array<LocationInput>, 
/**
 * Trigger keys or names; a new name joins the vocabulary.
 */
triggers: Array<string>, reliefs: Array<ReliefInput>, associated: Array<Associated>, woke_from_sleep: boolean, 
/**
 * Set off by touch or movement rather than on its own.
 */
set_off: boolean, notes: string, };

export type TagDto = { key: string, name: string, };

export type ReliefUseDto = { key: string, name: string, helped: number, };

export type EpisodeDto = { id: string, kind: Kind, 
/**
 * RFC 3339 with the offset that was in force where the person was.
 */
started_at: string, utc_offset_min: number, duration_s: number | null, count: number | null, 
/**
 * None: an imported episode its source did not rate.
 */
intensity: number | null, 
/**
 * `exact`, or the part of the day (or the day only) an imported episode is known to.
 */
timing: Timing, 
/**
 * The part of the day in words ("in the morning", "time not recorded"); none for a
 * clock time, which the screen writes from `started_at`.
 */
when: string | null, 
/**
 * Where an imported episode came from, in words; none for one logged here.
 */
origin: string | null, locations: Array<Location>, 
/**
 * The places in words, as every screen, the PDF and the command line say them.
 */
place: string, triggers: Array<TagDto>, reliefs: Array<ReliefUseDto>, associated: Array<Associated>, woke_from_sleep: boolean, set_off: boolean, notes: string, created_at_ms: number, updated_at_ms: number, };

export type Cursor = { started_at_s: number, id: string, };

export type ListQuery = { 
/**
 * 1–500; 100 when absent.
 */
limit: number | null, before: Cursor | null, 
/**
 * Only this kind.
 */
kind: Kind | null, 
/**
 * Only this body region (any side).
 */
region: Region | null, 
/**
 * Only episodes tagged with this trigger key.
 */
trigger: string | null, 
/**
 * Only episodes whose notes contain this text.
 */
text: string | null, };

export type EpisodePage = { episodes: Array<EpisodeDto>, next: Cursor | null, };

export type Labelled<T> = { code: T, label: string, };

export type VocabEntryDto = { key: string, name: string, archived: boolean, is_medication: boolean, dose: string | null, };

export type Vocabularies = { kinds: Array<Labelled<Kind>>, regions: Array<Labelled<Region>>, sides: Array<Labelled<Side>>, associated: Array<Labelled<Associated>>, 
/**
 * The symptoms twitches are screened for: the form offers them with twitches only.
 */
twitch_associated: Array<Associated>, triggers: Array<VocabEntryDto>, reliefs: Array<VocabEntryDto>, 
/**
 * Places of recent episodes, most recent first (one tap on the Log screen).
 */
recent_places: Array<Location>, 
/**
 * Every place (region and side) in words, from `Location::label`: the UI looks
 * names up here rather than composing them.
 */
place_names: Array<Labelled<Location>>, };

export type CheckReport = { path: string, schema_version: number, supported_version: number, 
/**
 * Problems `PRAGMA integrity_check` found; empty when healthy.
 */
problems: Array<string>, episodes: number, 
/**
 * Rows of the day summary Insights read that differ from a fresh count of the
 * episodes; 0 when they agree ([`crate::Journal::rebuild_summary`] mends them).
 */
summary_drift: number, };

export type KeptEdit = { episode: EpisodeDto, draft: string, };

export type KeptForms = { 
/**
 * The Log form's episode not yet saved, as the form kept it (a JSON object); empty
 * when there is none.
 */
log: string, 
/**
 * History's edit not yet saved, with its episode as it is now.
 */
edit: KeptEdit | null, 
/**
 * The daily check-in not yet saved (a JSON object with its `date`); empty when there
 * is none.
 */
checkin: string, };

export type LogHome = { 
/**
 * The episode "Repeat last" would copy.
 */
last: EpisodeDto | null, 
/**
 * Whether today is marked "no episodes".
 */
quiet_today: boolean, 
/**
 * Episodes logged today (a day with episodes cannot be marked "no episodes").
 */
episodes_today: number, 
/**
 * An appointment recorded for today: the Log tab asks its PGIC until answered.
 */
appointment_today: AppointmentDto | null, 
/**
 * Whether today has its check-in.
 */
checked_in_today: boolean, 
/**
 * Whether anything is recorded for today (an episode, the quiet-day mark or the
 * check-in): the evening reminder asks only on a blank day.
 */
today_recorded: boolean, 
/**
 * Yesterday is blank while the day before it is recorded: someone who keeps the
 * journal is offered yesterday (a new user is not asked about a day before they began).
 */
yesterday_missing: boolean, 
/**
 * The evening reminder's time (`HH:MM`), when it is on: the Log tab shows it once
 * the time has come on a blank day.
 */
reminder_time: string | null, 
/**
 * The forms left unsaved when the app last closed.
 */
kept: KeptForms, };

export type Theme = "system" | "light" | "dark";

export type WeekStart = "monday" | "sunday" | "saturday";

export type Settings = { 
/**
 * Printed on the report; may be empty.
 */
display_name: string, theme: Theme, week_start: WeekStart, 
/**
 * Minutes without a touch or key after which an encrypted journal locks itself;
 * 0 never.
 */
auto_lock_minutes: number, 
/**
 * Printed beside the name on the report, `YYYY-MM-DD`; may be empty.
 */
date_of_birth: string, };

export type AppointmentDto = { id: string, 
/**
 * Local date, `YYYY-MM-DD`.
 */
date: string, note: string, 
/**
 * The patient's answer to the Patient Global Impression of Change, if given.
 */
pgic?: Pgic, };

export type AppointmentInput = { date: string, note: string, pgic?: Pgic, };

export type MedChange = "started" | "changed" | "stopped";

export type Pgic = "very_much_improved" | "much_improved" | "minimally_improved" | "no_change" | "minimally_worse" | "much_worse" | "very_much_worse";

export type Source = "bearable" | "flaredown" | "migraine-buddy" | "daylio" | "drip" | "csv";

export type Role = "spasm" | "cramp" | "twitch" | "other" | "relief" | "medication" | "factor" | "skip";

export type Column = "date" | "time" | "kind" | "place" | "side" | "intensity" | "duration" | "triggers" | "reliefs" | "medication" | "notes" | "skip";

export type PeerMapping = { roles: { [key in string]: Role }, columns: { [key in string]: Column }, };

export type NameChoice = { name: string, role: Role, rows: number, };

export type ColumnChoice = { header: string, column: Column | null, };

export type Skipped = { what: string, why: string, rows: Array<number>, };

export type PeerPreview = { format: Source, 
/**
 * The source in words ("Flaredown", "a spreadsheet").
 */
app: string, episodes: number, checkin_days: number, by_kind: { [key in Kind]?: number }, 
/**
 * Names as the source spells them, each with how many rows.
 */
places: { [key in string]: number }, triggers: { [key in string]: number }, reliefs: { [key in string]: number }, medications: { [key in string]: number }, factors: { [key in string]: number }, 
/**
 * Each name met and what it becomes (the person's choice or the first guess).
 */
names: Array<NameChoice>, columns: Array<ColumnChoice>, 
/**
 * How values were converted, in words.
 */
rules: Array<string>, skipped: Array<Skipped>, problems: Array<ImportProblem>, 
/**
 * What the import writes (or would write): new, unchanged, replaced.
 */
import: ImportSummary, 
/**
 * The newest few episodes as History will show them.
 */
sample: Array<EpisodeDto>, };

export type Timing = "exact" | "night" | "morning" | "midday" | "afternoon" | "evening" | "day";

export type MedicationChangeDto = { id: string, date: string, name: string, dose: string, change: MedChange, note: string, };

export type MedicationChangeInput = { date: string, name: string, dose: string, change: MedChange, note: string, };

export type VocabKindDto = "trigger" | "relief";

export type VocabAddInput = { kind: VocabKindDto, name: string, is_medication: boolean, dose: string | null, };

export type VocabEditInput = { kind: VocabKindDto, key: string, name: string | null, archived: boolean | null, };

export type InsightsQuery = { from: string, to: string, dark: boolean, };

export type Summary = { from: string, to: string, days: number, total: number, per_week: number, days_with_episode: number, days_covered: number, 
/**
 * The days the journal covered (an episode, a "no episodes" mark or a check-in):
 * rates and comparisons count these only, never the days before a journal began.
 */
days_logged: number, 
/**
 * Episodes per 7 logged days; none without a logged day.
 */
per_logged_week: number | null, 
/**
 * What those figures leave out, in words; empty when they leave out nothing.
 */
left_out: Array<string>, 
/**
 * The rates come from fewer logged days than a week, in words; none from a week on.
 */
few_days: string | null, 
/**
 * Over the episodes with an intensity (an imported one may have none).
 */
median_intensity: number | null, mean_intensity: number | null, max_intensity: number | null, 
/**
 * Episodes left out of the intensity figures: their source did not rate them.
 */
without_intensity: number, 
/**
 * Episodes left out of the statistics by clock hour (the hour-by-weekday chart and
 * the night share): their source kept a part of the day or the day only.
 */
without_hour: number, median_duration_s: number | null, max_duration_s: number | null, 
/**
 * Over the episodes with a clock hour.
 */
night_share: number | null, woke_share: number | null, };

export type Headline = { label: string, value: string, previous: string, explain: string, };

export type ChartDto = { id: string, title: string, svg: string, summary: string, 
/**
 * What the chart's statistic means, in one plain sentence.
 */
explain: string, table_head: Array<string>, table: Array<Array<string>>, };

export type FactorStat = { factor: string, name: string, 
/**
 * 0: the factor and the episodes on the same day; 1: episodes the day after.
 */
lag_days: number, 
/**
 * Episodes came in bursts over the period (more spread between days than chance):
 * the episode interval is too narrow, and the days with any episode are compared
 * too, each side's share with its exact 95% interval (days as the unit).
 */
bursty: boolean, 
/**
 * Share, low, high of the days with any episode, with the factor and without;
 * given when `bursty`.
 */
day_share_with: Array<number> | null, day_share_without: Array<number> | null, 
/**
 * The row in one sentence.
 */
words: string, days_with: number, days_without: number, episodes_with: number, episodes_without: number, 
/**
 * Days with at least one episode, on each side.
 */
active_days_with: number, active_days_without: number, 
/**
 * Episodes per day with the factor, and without (`None` without such days).
 */
rate_with: number | null, rate_without: number | null, 
/**
 * `rate_with / rate_without`; `None` when it cannot be computed (no days on a
 * side, no episodes at all, or none on the days without).
 */
ratio: number | null, 
/**
 * The 95% exact conditional interval; `high` is `None` when unbounded.
 */
low: number | null, high: number | null, 
/**
 * Both sides have at least [`MIN_DAYS_EACH_SIDE`] days.
 */
enough: boolean, };

export type PlaceCount = { place: string, region: Region, side: Side, count: number, };

export type KindFigures = { kind: Kind, episodes: number, 
/**
 * Episodes per 7 logged days; none without a logged day.
 */
per_week: number | null, 
/**
 * Days with an episode of this kind.
 */
days_with: number, 
/**
 * Cramps and spasms: nights with an episode that woke the person, per 7 logged
 * nights. None for twitches and other episodes, and without a logged day.
 */
nights_woken_per_week: number | null, median_intensity: number | null, max_intensity: number | null, median_duration_s: number | null, 
/**
 * Every place, most first (ties by region then side code).
 */
places: Array<PlaceCount>, };

export type KindPeriod = { figures: KindFigures, cells: Array<string>, };

export type KindCompared = { kind: Kind, 
/**
 * "Cramp".
 */
label: string, 
/**
 * "34 episodes" (this period).
 */
episodes: string, current: KindPeriod, 
/**
 * The same kind in the period before; its cells "–" throughout when that period
 * cannot be compared.
 */
previous: KindPeriod, };

export type KindTable = { columns: Array<string>, rows: Array<KindCompared>, };

export type InsightsDto = { 
/**
 * The headline numbers, as on page 1, each with its explanation.
 */
headlines: Array<Headline>, current: Summary, previous: Summary, charts: Array<ChartDto>, 
/**
 * Day-level factors: every factor in use, same day and day after.
 */
factors: Array<FactorStat>, 
/**
 * The factors compared, as a forest plot with its text alternative.
 */
factors_chart: ChartDto, 
/**
 * Whether the previous period was logged on enough of its days to compare with.
 */
comparable: boolean, 
/**
 * The rate against the previous period, in words: a change, or why none is given.
 */
rate_change: string, 
/**
 * The line every printed change carries; empty when no change is given.
 */
caveat: string, 
/**
 * One row per kind logged in the period, beside the period before.
 */
kinds: KindTable, };

export type FactorDto = { key: string, name: string, 
/**
 * Archived factors are not offered on new check-ins (the menstrual period starts so).
 */
archived: boolean, 
/**
 * Recorded as none / some / a lot instead of yes or no.
 */
levels: boolean, };

export type CheckinFactor = { key: string, level: "yes" | "some" | "a_lot", };

export type CheckinDto = { 
/**
 * Local date, `YYYY-MM-DD`.
 */
date: string, factors: Array<CheckinFactor>, 
/**
 * How stiff the day was, 0 (no stiffness) to 10 (the worst possible); absent: not
 * rated.
 */
stiffness?: number, 
/**
 * How much spasms or cramps broke the night's sleep, 0 (not at all) to 10 (all
 * night); absent: not rated.
 */
sleep_broken?: number, };

export type DayRecord = { 
/**
 * Local date, `YYYY-MM-DD`.
 */
date: string, 
/**
 * Marked "no episodes".
 */
quiet: boolean, 
/**
 * Whether the day has a check-in.
 */
checked_in: boolean, 
/**
 * The check-in's factors in words ("Slept badly, Stress: a lot"; "nothing
 * special" for a check-in with none) and its ratings ("Stiffness: 6/10"), `·`
 * between them; empty without a check-in.
 */
checkin: string, };

export type FactorEditInput = { key: string, name: string, archived: boolean, };

export type ReminderStatus = { 
/**
 * `HH:MM`, or `None` when off.
 */
time: string | null, 
/**
 * Whether the systemd timer runs it with the window closed.
 */
timer_installed: boolean, 
/**
 * Why the timer could not be installed, in words (empty when it was, or when off).
 */
note: string, 
/**
 * What the system said, for "Copy details" (only with a note).
 */
details?: string, };

export type ImportProblem = { row: number, field: string, message: string, };

export type ImportSummary = { dry_run: boolean, written: boolean, episodes_in_file: number, new: number, unchanged: number, 
/**
 * Replaced by the file's newer version.
 */
updated: number, 
/**
 * Both sides changed and this journal's version is newer: kept.
 */
kept_newer_here: number, rejected: number, 
/**
 * Daily check-ins in the file.
 */
checkins_in_file: number, problems: Array<ImportProblem>, problems_not_listed: number, 
/**
 * The file's settings that differ from this journal's, each in words ("Lock when
 * not used: never (here: after 15 minutes)"); taken only when asked for.
 */
settings_differ: Array<string>, 
/**
 * Whether this import took the file's settings.
 */
settings_taken: boolean, };

export type ImportProgress = { stage: string, done: number, total: number, };

export type FileFormat = "json" | "csv";

export type PrivacyStatus = { encrypted: boolean, };

export type PasscodeChange = { encrypted: boolean, 
/**
 * Copies (daily backups, copies made before an upgrade or a restore) that now
 * follow the journal: encrypted with the new passcode, or decrypted with it.
 */
copies: number, 
/**
 * Copies left as they were because an older passcode locks them (names only).
 */
left: Array<string>, 
/**
 * Damaged journals set aside in plain, which cannot be read to be encrypted
 * (names only; said when the journal is encrypted).
 */
plain: Array<string>, };

export type FileReport = { path: string, episodes: number, 
/**
 * Where the journal was copied before a restore replaced it.
 */
previous_copy: string | null, };

export type DeleteReport = { 
/**
 * Files and folders removed from the data folder.
 */
removed: number, 
/**
 * Files still there: exports, PDFs and backups Twinge wrote elsewhere, and files in
 * the data folder that are not Twinge's.
 */
left: Array<string>, };

export type PaperSize = "a4" | "letter";

export type AppendixChoice = "all" | "notable" | "none";

export type ReportRequest = { from: string, to: string, paper: PaperSize, questions: string, appendix: AppendixChoice, 
/**
 * The person's own Penn-style ratings; `None` prints the suggestion from the log.
 */
psfs_frequency: number | null, psfs_severity: number | null, 
/**
 * The report's language ("de"); English when none is given.
 */
language?: string, };

export type ReportDefaults = { from: string, to: string, 
/**
 * "since your last appointment" or "the last 90 days".
 */
period_reason: string, psfs_frequency: number, psfs_severity: number, 
/**
 * The questions written for the next report and not yet in a saved one.
 */
questions: string, 
/**
 * The PDF's language: the one kept for this journal, else the person's.
 */
language: string, 
/**
 * The languages the PDF can be in.
 */
languages: Array<LanguageChoice>, };

export type LanguageChoice = { code: string, name: string, };

export type LanguageSettings = { 
/**
 * The language spoken now.
 */
language: string, 
/**
 * The one chosen in Settings; empty: the system's.
 */
chosen: string, 
/**
 * The system's (from LC_ALL, LC_MESSAGES or LANG).
 */
system: string, languages: Array<LanguageChoice>, };

export type ReportPreview = { svg: string, psfs_frequency: number, psfs_severity: number, };

export type TrialQuery = { 
/**
 * A medication change's id, or its date (`YYYY-MM-DD`; the first change that day).
 */
change: string, baseline_days: number | null, trial_from: number | null, trial_days: number | null, 
/**
 * The chart in the dark theme (Insights only).
 */
dark: boolean, };

export type TrialChange = { id: string, date: string, name: string, dose: string, change: MedChange, };

export type WindowFigures = { recorded_days: number, episodes: number, 
/**
 * Episodes a recorded day; none without recorded days.
 */
per_day: number | null, 
/**
 * The median of the recorded days' episode counts (the line the chart draws).
 */
median_per_day: number | null, days_with_episodes: number, woke_episodes: number, 
/**
 * Over the episodes with an intensity.
 */
median_intensity: number | null, stiffness_median: number | null, stiffness_days: number, sleep_broken_median: number | null, sleep_broken_days: number, 
/**
 * Night cramps: cramps, cramps a week of recorded days, days with a cramp, and nights
 * with sleep broken (an episode woke the person, or the day's rating is above 0).
 */
cramps: number, cramps_per_week: number | null, cramp_days: number, broken_nights: number, };

export type TrialWindow = { from: string, to: string, recorded_days: number, episodes: number, 
/**
 * Episodes a recorded day; none without recorded days.
 */
per_day: number | null, 
/**
 * The median of the recorded days' episode counts (the line the chart draws).
 */
median_per_day: number | null, days_with_episodes: number, woke_episodes: number, 
/**
 * Over the episodes with an intensity.
 */
median_intensity: number | null, stiffness_median: number | null, stiffness_days: number, sleep_broken_median: number | null, sleep_broken_days: number, 
/**
 * Night cramps: cramps, cramps a week of recorded days, days with a cramp, and nights
 * with sleep broken (an episode woke the person, or the day's rating is above 0).
 */
cramps: number, cramps_per_week: number | null, cramp_days: number, broken_nights: number, };

export type Compared = { 
/**
 * Changes in percent of the baseline (negative: fewer, less).
 */
per_day_change_pct: number | null, stiffness_change_pct: number | null, sleep_broken_change_pct: number | null, 
/**
 * Episodes per day with the factor, and without (`None` without such days).
 */
rate_with: number | null, rate_without: number | null, 
/**
 * `rate_with / rate_without`; `None` when it cannot be computed (no days on a
 * side, no episodes at all, or none on the days without).
 */
ratio: number | null, 
/**
 * The 95% exact conditional interval; `high` is `None` when unbounded.
 */
low: number | null, high: number | null, 
/**
 * Both sides have at least [`MIN_DAYS_EACH_SIDE`] days.
 */
enough: boolean, };

export type TrialDto = { change: TrialChange, baseline: TrialWindow, trial: TrialWindow, 
/**
 * The trial window reaches past today: the figures are "so far".
 */
running: boolean, 
/**
 * What the figures say, then what they cannot.
 */
words: Array<string>, 
/**
 * Changes in percent of the baseline (negative: fewer, less).
 */
per_day_change_pct: number | null, stiffness_change_pct: number | null, sleep_broken_change_pct: number | null, 
/**
 * Episodes per day with the factor, and without (`None` without such days).
 */
rate_with: number | null, rate_without: number | null, 
/**
 * `rate_with / rate_without`; `None` when it cannot be computed (no days on a
 * side, no episodes at all, or none on the days without).
 */
ratio: number | null, 
/**
 * The 95% exact conditional interval; `high` is `None` when unbounded.
 */
low: number | null, high: number | null, 
/**
 * Both sides have at least [`MIN_DAYS_EACH_SIDE`] days.
 */
enough: boolean, };

export type TrialView = { trial: TrialDto, chart: string, };

export type FieldError = { field: string, code: string, message: string, };

export type AppError = { code: string, message: string, fields: Array<FieldError>, details?: string, };

export type Channel<T> = { onmessage: (message: T) => void, };

/** Limits the app enforces, for the UI to show. */
export const LIMITS = { notesChars: 2000, nameChars: 60, displayNameChars: 100, minPasscodeScore: 3, passcodeChars: 256 } as const;

/** Every message of the catalogue (locales/en), with the arguments it takes. */
export type Messages = {
  'chart-no-episodes': Record<string, never>;
  'chart-not-drawn': Record<string, never>;
  'chart-by-place': Record<string, never>;
  'chart-triggers-too-few': { count: number | string };
  'chart-no-trigger': Record<string, never>;
  'chart-triggers-title': Record<string, never>;
  'chart-trigger-share': { count: number | string; percent: number | string; total: number | string };
  'chart-nothing-helped': Record<string, never>;
  'chart-reliefs-title': Record<string, never>;
  'chart-relief-note': { helped: number | string; used: number | string };
  'chart-darkest': { count: number | string };
  'chart-hour': { hour: number | string };
  'chart-factors-few': Record<string, never>;
  'chart-factors-title': Record<string, never>;
  'chart-per-logged-week': Record<string, never>;
  'chart-per-day': Record<string, never>;
  'chart-not-yet-logging': Record<string, never>;
  'chart-partial-week': Record<string, never>;
  'chart-unlogged': Record<string, never>;
  'chart-appointment': Record<string, never>;
  'chart-appointment-named': { name: number | string };
  'chart-medication-named': { name: number | string };
  'chart-intensity-few': Record<string, never>;
  'chart-intensity-legend': Record<string, never>;
  'chart-left': Record<string, never>;
  'chart-right': Record<string, never>;
  'chart-front': Record<string, never>;
  'chart-back': Record<string, never>;
  'chart-trial-legend': Record<string, never>;
  'chart-trial-stiffness': Record<string, never>;
  'chart-trial-empty': Record<string, never>;
  'cli-no-episodes': Record<string, never>;
  'cli-wrote': { path: number | string; size: number | string };
  'cli-stats-period': { count: number | string; from: number | string; rate: number | string; to: number | string };
  'cli-stats-days': { covered: number | string; days: number | string; with: number | string };
  'cli-stats-intensity': { median: number | string; worst: number | string };
  'cli-stats-waiting': { count: number | string; needed: number | string };
  'cli-saved': { at: number | string; id: number | string; kind: number | string; place: number | string };
  'cli-checkin-deleted': { date: number | string };
  'cli-checkin-saved': { date: number | string; factors: number | string };
  'cli-checkin-none': Record<string, never>;
  'cli-demo-added': { count: number | string; folder: number | string };
  'cli-damaged-set-aside': { path: number | string };
  'cli-restored': { count: number | string; file: number | string };
  'cli-kept-at': { path: number | string };
  'cli-now-encrypted': Record<string, never>;
  'cli-no-passcode': Record<string, never>;
  'cli-copy-left': { name: number | string };
  'cli-reminder-on': { time: number | string };
  'cli-reminder-off': Record<string, never>;
  'cli-reminder-not-yet': { time: number | string };
  'cli-reminder-recorded': Record<string, never>;
  'cli-reminder-sent': Record<string, never>;
  'cli-reminder-body': Record<string, never>;
  'cli-reminder-shown': { text: number | string };
  'cli-prompt-passcode': Record<string, never>;
  'cli-prompt-new-passcode': Record<string, never>;
  'cli-prompt-again': Record<string, never>;
  'cli-passcodes-differ': Record<string, never>;
  'cli-passcode-file-unreadable': { why: number | string };
  'cli-passcode-terminal': Record<string, never>;
  'cli-passcode-needed': { option: number | string };
  'cli-demo-episodes': Record<string, never>;
  'cli-exported': { path: number | string };
  'cli-import-summary': { count: number | string; kept: number | string; new: number | string; rejected: number | string; stage: number | string; unchanged: number | string; updated: number | string };
  'cli-import-row-problem': { message: number | string; row: number | string };
  'cli-import-more-problems': { count: number | string };
  'cli-import-settings-taken': Record<string, never>;
  'cli-import-settings-kept': Record<string, never>;
  'cli-import-refused': Record<string, never>;
  'cli-not-twinge-csv': Record<string, never>;
  'cli-check-journal': { path: number | string };
  'cli-check-schema': { supported: number | string; version: number | string };
  'cli-check-episodes': { count: number | string };
  'cli-check-problems': { problems: number | string };
  'cli-check-integrity-ok': Record<string, never>;
  'cli-check-summary-ok': Record<string, never>;
  'cli-check-summary-rebuilt': { count: number | string };
  'cli-reminder-open': Record<string, never>;
  'cli-reminder-not-shown': Record<string, never>;
  'cli-reminder-not-opened': Record<string, never>;
  'cli-usage-missing': { needed: number | string };
  'cli-usage-unknown': { arg: number | string };
  'cli-usage-unknown-command': { command: number | string };
  'cli-usage-no-command': Record<string, never>;
  'cli-usage-bad-value': { arg: number | string; value: number | string };
  'cli-usage-conflict': { arg: number | string; other: number | string };
  'cli-usage-other': { kind: number | string };
  'cli-usage-see-help': Record<string, never>;
  'cli-usage-valid': { values: number | string };
  'cli-usage-quoted': { value: number | string };
  'cli-prompt-backup-passcode': Record<string, never>;
  'cli-output-failed': { why: number | string };
  'cli-app-not-started': { why: number | string };
  'cli-checkin-bad-stress': { code: number | string };
  'cli-appointment-saved': { date: number | string };
  'cli-appointment-bad-pgic': { code: number | string };
  'cli-peer-bad-source': { code: number | string };
  'cli-peer-bad-choice': { text: number | string };
  'cli-peer-read': { app: number | string; days: number | string; episodes: number | string; file: number | string };
  'cli-peer-name': { name: number | string; role: number | string; rows: number | string };
  'cli-peer-skipped': { what: number | string; why: number | string };
  'cli-peer-skipped-rows': { count: number | string; rows: number | string; what: number | string; why: number | string };
  'cli-peer-left-out': { message: number | string; row: number | string };
  'cli-treatment-saved': { change: number | string; date: number | string; name: number | string };
  'cli-treatment-bad-change': { code: number | string };
  'cli-trial-windows': { after_from: number | string; after_to: number | string; before_from: number | string; before_to: number | string };
  'cli-damaged-ways-back': Record<string, never>;
  'csv-id': Record<string, never>;
  'csv-kind': Record<string, never>;
  'csv-start': Record<string, never>;
  'csv-duration': Record<string, never>;
  'csv-count': Record<string, never>;
  'csv-intensity': Record<string, never>;
  'csv-where': Record<string, never>;
  'csv-triggers': Record<string, never>;
  'csv-helped': Record<string, never>;
  'csv-symptoms': Record<string, never>;
  'csv-woke': Record<string, never>;
  'csv-notes': Record<string, never>;
  'csv-created': Record<string, never>;
  'csv-updated': Record<string, never>;
  'csv-deleted': Record<string, never>;
  'csv-checkin-date': Record<string, never>;
  'csv-checkin-factors': Record<string, never>;
  'csv-stiffness': Record<string, never>;
  'csv-sleep-broken': Record<string, never>;
  'csv-time-of-day': Record<string, never>;
  'csv-imported-from': Record<string, never>;
  'csv-imported-file': Record<string, never>;
  'csv-source-intensity': Record<string, never>;
  'csv-source-scale': Record<string, never>;
  'csv-set-off': Record<string, never>;
  'csv-yes': Record<string, never>;
  'csv-no': Record<string, never>;
  'error-unknown-kind': { value: number | string };
  'error-unknown-region': { value: number | string };
  'error-unknown-side': { value: number | string };
  'error-unknown-associated': { value: number | string };
  'error-bad-time': { value: number | string };
  'error-intensity-out-of-range': { value: number | string };
  'error-started-in-future': Record<string, never>;
  'error-no-location': Record<string, never>;
  'error-no-intensity': Record<string, never>;
  'error-no-clock-time': Record<string, never>;
  'error-duplicate-location': { value: number | string };
  'error-too-many-locations': { max: number | string };
  'error-duration-out-of-range': Record<string, never>;
  'error-count-out-of-range': { max: number | string };
  'error-notes-too-long': { count: number | string; max: number | string };
  'error-bad-trigger': { max: number | string };
  'error-duplicate-trigger': { value: number | string };
  'error-bad-relief': { max: number | string };
  'error-duplicate-relief': { value: number | string };
  'error-helped-out-of-range': { value: number | string };
  'error-too-many-tags': { max: number | string };
  'failure-io': { act: number | string; file: number | string; why: number | string };
  'io-not-found': Record<string, never>;
  'io-permission-denied': Record<string, never>;
  'io-already-exists': Record<string, never>;
  'io-disk-full': Record<string, never>;
  'io-read-only': Record<string, never>;
  'io-is-a-folder': Record<string, never>;
  'io-not-a-folder': Record<string, never>;
  'io-too-large': Record<string, never>;
  'io-busy': Record<string, never>;
  'io-unreadable': Record<string, never>;
  'io-refused': Record<string, never>;
  'store-too-new': { found: number | string; supported: number | string };
  'store-not-a-database': { file: number | string };
  'store-corrupt': { detail: number | string; file: number | string };
  'store-wrong-key': { file: number | string };
  'store-migration': { why: number | string };
  'store-in-use': Record<string, never>;
  'store-being-changed': Record<string, never>;
  'store-not-found': { id: number | string };
  'store-io': { why: number | string };
  'store-database': Record<string, never>;
  'store-disk-full': Record<string, never>;
  'failure-invalid-input': { detail: number | string };
  'failure-not-valid': Record<string, never>;
  'failure-bad-id': { id: number | string };
  'failure-value-too-long': { max: number | string; size: number | string };
  'failure-passcode-too-long': { size: number | string };
  'failure-request-too-large': { max: number | string; size: number | string };
  'failure-bad-limit': Record<string, never>;
  'failure-bad-search': Record<string, never>;
  'failure-no-file': Record<string, never>;
  'failure-closed': Record<string, never>;
  'failure-not-reopened': { why: number | string };
  'failure-episode-gone': Record<string, never>;
  'failure-entry-gone': Record<string, never>;
  'failure-nothing-to-repeat': Record<string, never>;
  'failure-no-today': Record<string, never>;
  'failure-draft-too-large': { max: number | string };
  'failure-draft-not-form': Record<string, never>;
  'failure-bad-psfs': Record<string, never>;
  'failure-report': Record<string, never>;
  'failure-preview': Record<string, never>;
  'failure-questions-too-long': { count: number | string; max: number | string };
  'failure-wrong-passcode': Record<string, never>;
  'failure-backup-not-opened': Record<string, never>;
  'failure-no-key-file': { file: number | string; key: number | string };
  'failure-backup-passcode': { file: number | string };
  'failure-backup-wrong-passcode': { file: number | string };
  'failure-backup-damaged': { detail: number | string; file: number | string };
  'failure-restore': { file: number | string; why: number | string };
  'failure-no-randomness': Record<string, never>;
  'failure-bad-key-file': { file: number | string; why: number | string };
  'failure-key-damaged': Record<string, never>;
  'failure-key-not-a-header': Record<string, never>;
  'failure-key-not-written': Record<string, never>;
  'failure-key-salt': Record<string, never>;
  'failure-key-settings': Record<string, never>;
  'failure-key-not-made': Record<string, never>;
  'failure-key-layout': { hmac: number | string; size: number | string; version: number | string };
  'failure-key-unusable': { why: number | string };
  'failure-key-memory': { kib: number | string; max: number | string };
  'failure-key-passes': { max: number | string; passes: number | string };
  'failure-key-lanes': { lanes: number | string; max: number | string };
  'failure-key-salt-length': { length: number | string };
  'failure-key-newer': { version: number | string };
  'failure-too-many-tries': { count: number | string; seconds: number | string };
  'failure-locked': Record<string, never>;
  'failure-nothing-to-start-over': Record<string, never>;
  'failure-not-damaged': Record<string, never>;
  'failure-reminder-not-saved': Record<string, never>;
  'failure-reminder-folder': { folder: number | string };
  'failure-bad-time-of-day': { time: number | string };
  'failure-period-backwards': Record<string, never>;
  'failure-period-too-long': Record<string, never>;
  'failure-figures': Record<string, never>;
  'failure-no-factor': Record<string, never>;
  'failure-checkin-not-saved': Record<string, never>;
  'failure-written-list': Record<string, never>;
  'failure-demo': Record<string, never>;
  'failure-export': Record<string, never>;
  'import-bad-format': { format: number | string };
  'import-bad-file': { why: number | string };
  'import-not-a-file': { file: number | string };
  'import-too-large': { max: number | string; size: number | string };
  'import-not-an-export': Record<string, never>;
  'import-ends-early': { line: number | string };
  'import-not-json': { column: number | string; line: number | string };
  'import-no-format': Record<string, never>;
  'import-newer': { version: number | string };
  'import-no-version': Record<string, never>;
  'import-unexpected': { column: number | string; line: number | string };
  'import-no-first-line': Record<string, never>;
  'import-no-column': { column: number | string };
  'import-not-twinge-csv': Record<string, never>;
  'import-line-unreadable': { line: number | string };
  'import-not-whole': { column: number | string; line: number | string; value: number | string };
  'import-not-relief': { line: number | string; value: number | string };
  'import-id-twice': { id: number | string };
  'import-bad-vocab': { list: number | string; max: number | string; name: number | string };
  'import-bad-appointment': { date: number | string };
  'import-bad-medication': { date: number | string; name: number | string };
  'import-bad-quiet-day': { date: number | string };
  'import-bad-timing': { value: number | string };
  'import-unknown-trigger': { name: number | string };
  'import-unknown-relief': { name: number | string };
  'import-bad-times': Record<string, never>;
  'import-bad-factor': { name: number | string };
  'import-bad-checkin': { date: number | string; why: number | string };
  'import-checkin-not-a-date': Record<string, never>;
  'import-checkin-not-started': Record<string, never>;
  'import-checkin-twice': Record<string, never>;
  'import-checkin-too-many': { max: number | string };
  'failure-no-such-factor': { key: number | string };
  'failure-bad-level': { key: number | string; level: number | string };
  'failure-factor-twice': { key: number | string };
  'failure-factor-name': Record<string, never>;
  'failure-checkin-future': Record<string, never>;
  'failure-rating-out-of-range': { max: number | string; value: number | string };
  'failure-not-a-date': { text: number | string };
  'failure-date-too-early': { text: number | string; year: number | string };
  'failure-date-too-late': { text: number | string };
  'failure-name-length': { max: number | string };
  'failure-dose-length': { max: number | string };
  'failure-display-name-length': { max: number | string };
  'failure-note-length': { max: number | string };
  'failure-name-taken': { name: number | string };
  'failure-quiet-future': Record<string, never>;
  'failure-day-has-episodes': { count: number | string; day: number | string; when: number | string };
  'failure-auto-lock': { max: number | string };
  'failure-birth-too-early': Record<string, never>;
  'failure-birth-future': Record<string, never>;
  'failure-time-form': Record<string, never>;
  'failure-passcode-too-many': { max: number | string };
  'failure-passcode-guessable': Record<string, never>;
  'failure-passcode-advice': Record<string, never>;
  'failure-current-passcode': Record<string, never>;
  'language-unknown': { available: number | string; code: number | string };
  'language-using-english': { why: number | string };
  'import-setting-differs': { file: number | string; here: number | string; what: number | string };
  'import-setting-none': Record<string, never>;
  'import-setting-text': { text: number | string };
  'import-setting-never': Record<string, never>;
  'import-setting-after-minutes': { count: number | string };
  'import-setting-name': Record<string, never>;
  'import-setting-birth': Record<string, never>;
  'failure-try-again': Record<string, never>;
  'failure-unavailable': Record<string, never>;
  'failure-not-encrypted': Record<string, never>;
  'failure-journal-open': Record<string, never>;
  'failure-not-confirmed': Record<string, never>;
  'failure-no-import': Record<string, never>;
  'failure-no-restore': Record<string, never>;
  'dialog-export': Record<string, never>;
  'dialog-import': Record<string, never>;
  'dialog-backup': Record<string, never>;
  'peer-not-text': Record<string, never>;
  'peer-unreadable-line': { line: number | string };
  'peer-too-many-cells': { line: number | string; max: number | string };
  'peer-header-only': Record<string, never>;
  'peer-other-format': { said: number | string; seen: number | string };
  'peer-source-sheet': Record<string, never>;
  'peer-no-date-column': Record<string, never>;
  'peer-bad-date': { value: number | string };
  'peer-note-places': { places: number | string };
  'peer-note-unsure': { names: number | string };
  'peer-note-unread': { cells: number | string };
  'peer-rule-scale': { scale: number | string };
  'peer-rule-written': Record<string, never>;
  'peer-skipped-name': Record<string, never>;
  'peer-skipped-column': Record<string, never>;
  'peer-skipped-unread': Record<string, never>;
  'peer-skipped-category': Record<string, never>;
  'peer-day-notes': Record<string, never>;
  'peer-skipped-day-notes': Record<string, never>;
  'origin-sheet': Record<string, never>;
  'peer-control-character': { line: number | string };
  'peer-formula': { line: number | string };
  'peer-not-a-workbook': Record<string, never>;
  'failure-no-such-appointment': { id: number | string };
  'failure-trial-days': Record<string, never>;
  'failure-no-such-change': { said: number | string };
  'help-usage': Record<string, never>;
  'help-commands': Record<string, never>;
  'help-options': Record<string, never>;
  'help-arguments': Record<string, never>;
  'help-help': Record<string, never>;
  'help-version': Record<string, never>;
  'help-twinge-after': Record<string, never>;
  'help-value-options': Record<string, never>;
  'help-value-command': Record<string, never>;
  'help-value-dir': Record<string, never>;
  'help-value-file': Record<string, never>;
  'help-value-lang': Record<string, never>;
  'help-value-kind': Record<string, never>;
  'help-value-time': Record<string, never>;
  'help-value-region-side': Record<string, never>;
  'help-value-intensity': Record<string, never>;
  'help-value-duration': Record<string, never>;
  'help-value-count': Record<string, never>;
  'help-value-name': Record<string, never>;
  'help-value-name-helped': Record<string, never>;
  'help-value-code': Record<string, never>;
  'help-value-notes': Record<string, never>;
  'help-value-yyyy-mm-dd': Record<string, never>;
  'help-value-none-some-a-lot': Record<string, never>;
  'help-value-format': Record<string, never>;
  'help-value-paper': Record<string, never>;
  'help-value-appendix': Record<string, never>;
  'help-value-questions': Record<string, never>;
  'help-value-episodes': Record<string, never>;
  'help-value-seed': Record<string, never>;
  'help-value-hh-mm': Record<string, never>;
  'help-twinge': Record<string, never>;
  'help-twinge-data-dir': Record<string, never>;
  'help-twinge-passcode-file': Record<string, never>;
  'help-twinge-lang': Record<string, never>;
  'help-add': Record<string, never>;
  'help-add-kind': Record<string, never>;
  'help-add-at': Record<string, never>;
  'help-add-locations': Record<string, never>;
  'help-add-intensity': Record<string, never>;
  'help-add-duration': Record<string, never>;
  'help-add-count': Record<string, never>;
  'help-add-triggers': Record<string, never>;
  'help-add-reliefs': Record<string, never>;
  'help-add-associated': Record<string, never>;
  'help-add-woke': Record<string, never>;
  'help-add-set-off': Record<string, never>;
  'help-add-notes': Record<string, never>;
  'help-checkin': Record<string, never>;
  'help-checkin-date': Record<string, never>;
  'help-checkin-factors': Record<string, never>;
  'help-checkin-stress': Record<string, never>;
  'help-checkin-clear': Record<string, never>;
  'help-list': Record<string, never>;
  'help-list-json': Record<string, never>;
  'help-check': Record<string, never>;
  'help-stats': Record<string, never>;
  'help-stats-from': Record<string, never>;
  'help-stats-to': Record<string, never>;
  'help-stats-json': Record<string, never>;
  'help-export': Record<string, never>;
  'help-export-format': Record<string, never>;
  'help-export-out': Record<string, never>;
  'help-import': Record<string, never>;
  'help-import-file': Record<string, never>;
  'help-import-dry-run': Record<string, never>;
  'help-import-format': Record<string, never>;
  'help-import-with-settings': Record<string, never>;
  'help-backup': Record<string, never>;
  'help-backup-out': Record<string, never>;
  'help-restore': Record<string, never>;
  'help-restore-file': Record<string, never>;
  'help-restore-backup-passcode-file': Record<string, never>;
  'help-report': Record<string, never>;
  'help-report-from': Record<string, never>;
  'help-report-to': Record<string, never>;
  'help-report-out': Record<string, never>;
  'help-report-paper': Record<string, never>;
  'help-report-appendix': Record<string, never>;
  'help-report-no-appendix': Record<string, never>;
  'help-report-questions': Record<string, never>;
  'help-demo': Record<string, never>;
  'help-demo-episodes': Record<string, never>;
  'help-demo-seed': Record<string, never>;
  'help-remind': Record<string, never>;
  'help-remind-at': Record<string, never>;
  'help-remind-off': Record<string, never>;
  'help-remind-no-wait': Record<string, never>;
  'help-passcode': Record<string, never>;
  'help-passcode-set': Record<string, never>;
  'help-passcode-set-new-passcode-file': Record<string, never>;
  'help-passcode-remove': Record<string, never>;
  'help-checkin-stiffness': Record<string, never>;
  'help-checkin-sleep-broken': Record<string, never>;
  'help-value-0-10': Record<string, never>;
  'help-appointment': Record<string, never>;
  'help-appointment-date': Record<string, never>;
  'help-appointment-note': Record<string, never>;
  'help-appointment-pgic': Record<string, never>;
  'help-value-text': Record<string, never>;
  'help-value-answer': Record<string, never>;
  'help-import-from': Record<string, never>;
  'help-import-kind': Record<string, never>;
  'help-import-relief': Record<string, never>;
  'help-import-medication': Record<string, never>;
  'help-import-factor': Record<string, never>;
  'help-import-skip': Record<string, never>;
  'help-import-column': Record<string, never>;
  'help-import-json': Record<string, never>;
  'help-value-app': Record<string, never>;
  'help-value-name-kind': Record<string, never>;
  'help-value-header-field': Record<string, never>;
  'help-treatment': Record<string, never>;
  'help-treatment-date': Record<string, never>;
  'help-treatment-name': Record<string, never>;
  'help-treatment-change': Record<string, never>;
  'help-treatment-dose': Record<string, never>;
  'help-treatment-note': Record<string, never>;
  'help-value-change': Record<string, never>;
  'help-trial': Record<string, never>;
  'help-trial-change': Record<string, never>;
  'help-trial-baseline-days': Record<string, never>;
  'help-trial-trial-from': Record<string, never>;
  'help-trial-trial-days': Record<string, never>;
  'help-trial-json': Record<string, never>;
  'help-value-yyyy-mm-dd-id': Record<string, never>;
  'help-value-n': Record<string, never>;
  'headline-per-week': Record<string, never>;
  'headline-days-with': Record<string, never>;
  'headline-days-logged': Record<string, never>;
  'headline-of-logged': { count: number | string; logged: number | string };
  'headline-of-days': { count: number | string; days: number | string };
  'headline-previous-of-logged': { count: number | string; logged: number | string };
  'headline-previous-nothing-logged': Record<string, never>;
  'headline-previous-of-days': { count: number | string; days: number | string };
  'change-nothing-before': Record<string, never>;
  'change-little-before': { days: number | string; logged: number | string };
  'change-nothing-now': Record<string, never>;
  'change-previous': { rate: number | string };
  'change-up': { percent: number | string; rate: number | string };
  'change-down': { percent: number | string; rate: number | string };
  'change-same': { rate: number | string };
  'change-caveat': Record<string, never>;
  'kind-col-per-week': Record<string, never>;
  'kind-col-days-with': Record<string, never>;
  'kind-col-nights': Record<string, never>;
  'kind-col-intensity': Record<string, never>;
  'kind-col-duration': Record<string, never>;
  'kind-col-places': Record<string, never>;
  'kind-days-of': { count: number | string; logged: number | string };
  'kind-more-places': { count: number | string };
  'factor-days-with': { name: number | string };
  'factor-days-after': { name: number | string };
  'factor-day-after-row': Record<string, never>;
  'factors-title': Record<string, never>;
  'factors-none-yet': { days: number | string };
  'factors-association': Record<string, never>;
  'factors-any-days': { high: number | string; low: number | string; share: number | string };
  'factors-not-enough': Record<string, never>;
  'factors-chance': { count: number | string };
  'factor-not-enough': { label: number | string; needed: number | string; short: number | string };
  'factor-short-with': { count: number | string };
  'factor-short-without': { count: number | string };
  'factor-side': { days: number | string; episodes: number | string; rate: number | string };
  'factor-ratio-both': { high: number | string; low: number | string; ratio: number | string };
  'factor-ratio-from': { low: number | string; ratio: number | string };
  'factor-ratio-none-without': { low: number | string };
  'factor-ratio-none': Record<string, never>;
  'factor-sentence': { label: number | string; ratio: number | string; with: number | string; without: number | string };
  'factor-bursts': { with: number | string; without: number | string };
  'factor-share': { high: number | string; low: number | string; share: number | string };
  'explain-per-logged-week': Record<string, never>;
  'explain-days-with': Record<string, never>;
  'explain-days-logged': Record<string, never>;
  'explain-frequency': Record<string, never>;
  'explain-frequency-daily': Record<string, never>;
  'explain-where': Record<string, never>;
  'explain-where-bars': Record<string, never>;
  'explain-triggers': Record<string, never>;
  'explain-when': Record<string, never>;
  'explain-intensity': Record<string, never>;
  'explain-helped': Record<string, never>;
  'explain-factors': Record<string, never>;
  'chart-title-per-week': Record<string, never>;
  'chart-title-per-day': Record<string, never>;
  'chart-title-where': Record<string, never>;
  'chart-title-places': Record<string, never>;
  'chart-title-triggers': Record<string, never>;
  'chart-title-when': Record<string, never>;
  'chart-title-intensity': Record<string, never>;
  'chart-title-helped': Record<string, never>;
  'chart-summary-frequency': { days: number | string; episodes: number | string; kinds: number | string; rate: number | string };
  'chart-summary-where': { count: number | string; place: number | string };
  'chart-summary-places': { count: number | string };
  'chart-summary-trigger': { count: number | string; share: number | string; total: number | string; trigger: number | string };
  'chart-summary-no-trigger': Record<string, never>;
  'chart-summary-night': { share: number | string };
  'chart-summary-intensity': { median: number | string; worst: number | string };
  'chart-summary-helped': { count: number | string; helped: number | string; relief: number | string };
  'table-day': Record<string, never>;
  'table-place': Record<string, never>;
  'table-side': Record<string, never>;
  'table-episodes': Record<string, never>;
  'table-trigger': Record<string, never>;
  'table-share': Record<string, never>;
  'table-interval': Record<string, never>;
  'table-week-of': Record<string, never>;
  'table-median': Record<string, never>;
  'table-min': Record<string, never>;
  'table-max': Record<string, never>;
  'table-relief': Record<string, never>;
  'table-used': Record<string, never>;
  'table-helped': Record<string, never>;
  'few-days-logged': { count: number | string };
  'left-out-hour': { count: number | string };
  'left-out-intensity': { count: number | string };
  'trial-change': { change: number | string; date: number | string; name: number | string };
  'trial-running': Record<string, never>;
  'trial-not-enough': { baseline: number | string; trial: number | string };
  'trial-per-day': { after: number | string; before: number | string; change: number | string; ratio: number | string };
  'trial-ratio': { high: number | string; low: number | string; ratio: number | string };
  'trial-ratio-from': { low: number | string; ratio: number | string };
  'trial-stiffness': { after: number | string; before: number | string; change: number | string; rated_after: number | string; rated_before: number | string };
  'trial-line-30': Record<string, never>;
  'trial-line-20': Record<string, never>;
  'trial-line-below': Record<string, never>;
  'trial-interval-reaches-one': Record<string, never>;
  'trial-caveat': Record<string, never>;
  'episodes-count': { count: number | string };
  'days-count': { count: number | string };
  'percent': { value: number | string };
  'duration-seconds': { value: number | string };
  'duration-minutes': { value: number | string };
  'duration-hours': { value: number | string };
  'penn-frequency-0': Record<string, never>;
  'penn-frequency-1': Record<string, never>;
  'penn-frequency-2': Record<string, never>;
  'penn-frequency-3': Record<string, never>;
  'penn-frequency-4': Record<string, never>;
  'penn-severity-1': Record<string, never>;
  'penn-severity-2': Record<string, never>;
  'penn-severity-3': Record<string, never>;
  'penn-self-rated': Record<string, never>;
  'penn-suggested': Record<string, never>;
  'penn-source-rated': { frequency: number | string; severity: number | string };
  'penn-source-suggested': Record<string, never>;
  'region-jaw': Record<string, never>;
  'region-eyelid': Record<string, never>;
  'region-face': Record<string, never>;
  'region-neck': Record<string, never>;
  'region-shoulder': Record<string, never>;
  'region-upper-back': Record<string, never>;
  'region-lower-back': Record<string, never>;
  'region-chest': Record<string, never>;
  'region-abdomen': Record<string, never>;
  'region-upper-arm': Record<string, never>;
  'region-elbow': Record<string, never>;
  'region-forearm': Record<string, never>;
  'region-hand': Record<string, never>;
  'region-fingers': Record<string, never>;
  'region-glute': Record<string, never>;
  'region-hip': Record<string, never>;
  'region-thigh-front': Record<string, never>;
  'region-thigh-back': Record<string, never>;
  'region-knee': Record<string, never>;
  'region-calf': Record<string, never>;
  'region-shin': Record<string, never>;
  'region-ankle': Record<string, never>;
  'region-foot': Record<string, never>;
  'region-toes': Record<string, never>;
  'side-left': Record<string, never>;
  'side-right': Record<string, never>;
  'side-both': Record<string, never>;
  'place-sided': { region: number | string; side: number | string };
  'side-choice-left': Record<string, never>;
  'side-choice-right': Record<string, never>;
  'side-choice-both': Record<string, never>;
  'side-choice-centre': Record<string, never>;
  'language-name': Record<string, never>;
  'report-title': Record<string, never>;
  'report-patient': Record<string, never>;
  'report-period': { days: number | string; from: number | string; to: number | string };
  'report-generated': { date: number | string };
  'report-footer': { from: number | string; to: number | string };
  'report-page': { page: number | string; pages: number | string };
  'report-born': { date: number | string };
  'report-none-in-period': Record<string, never>;
  'report-no-episodes': Record<string, never>;
  'report-quiet-days-count': Record<string, never>;
  'report-kind': Record<string, never>;
  'report-definitions': { days: number | string };
  'report-penn-scale': Record<string, never>;
  'report-penn-frequency': Record<string, never>;
  'report-penn-severity': Record<string, never>;
  'report-symptoms': Record<string, never>;
  'report-none-recorded': Record<string, never>;
  'report-worth-asking': Record<string, never>;
  'report-also': Record<string, never>;
  'report-questions': Record<string, never>;
  'report-none-written': Record<string, never>;
  'report-where': Record<string, never>;
  'report-left-right': Record<string, never>;
  'report-place-all-kinds': Record<string, never>;
  'report-episodes': Record<string, never>;
  'report-relief': Record<string, never>;
  'report-used': Record<string, never>;
  'report-helped': Record<string, never>;
  'report-nothing-helped': Record<string, never>;
  'report-helped-scale': Record<string, never>;
  'report-what-helped': Record<string, never>;
  'report-after-what': Record<string, never>;
  'report-tagged-with': Record<string, never>;
  'report-share-ci': Record<string, never>;
  'report-how-often': Record<string, never>;
  'report-medication-changes': Record<string, never>;
  'report-medication-line': { date: number | string; what: number | string };
  'report-colon': Record<string, never>;
  'report-separator': Record<string, never>;
  'report-intensity-heading': Record<string, never>;
  'report-when-heading': Record<string, never>;
  'report-factors-heading': Record<string, never>;
  'report-compared': Record<string, never>;
  'report-with-days': Record<string, never>;
  'report-without-days': Record<string, never>;
  'report-ratio-interval': Record<string, never>;
  'report-col-when': Record<string, never>;
  'report-col-kind': Record<string, never>;
  'report-col-where': Record<string, never>;
  'report-col-intensity': Record<string, never>;
  'report-col-duration': Record<string, never>;
  'report-col-triggers': Record<string, never>;
  'report-col-relief': Record<string, never>;
  'report-col-notes': Record<string, never>;
  'report-triggers-too-few': { count: number | string; needed: number | string };
  'report-triggers-none-tagged': { count: number | string };
  'report-triggers-share': { count: number | string; kinds: number | string };
  'report-same-day': Record<string, never>;
  'report-more-triggers': { count: number | string };
  'report-more-places': { count: number | string };
  'report-factors-none': { days: number | string };
  'report-factors-waiting': { count: number | string };
  'report-bursts': Record<string, never>;
  'report-symptom-last': { dates: number | string };
  'report-woke': Record<string, never>;
  'report-set-off': Record<string, never>;
  'report-in-burst': { count: number | string };
  'report-appendix-all': Record<string, never>;
  'report-appendix-notable': Record<string, never>;
  'report-appendix-rest': { count: number | string };
  'report-trial-so-far': Record<string, never>;
  'report-trial-per-day': { after: number | string; before: number | string; change: number | string; ratio: number | string };
  'report-trial-ratio': { high: number | string; low: number | string; ratio: number | string };
  'report-trial-stiffness': { after: number | string; before: number | string; change: number | string };
  'report-trial-caveat': Record<string, never>;
  'report-trial-chart': Record<string, never>;
  'screen-report-pdf-language': Record<string, never>;
  'screen-report-pdf-language-help': Record<string, never>;
  'screen-settings-language': Record<string, never>;
  'screen-settings-language-label': Record<string, never>;
  'screen-settings-language-system': { language: number | string };
  'screen-settings-language-help': Record<string, never>;
  'screen-tab-main': Record<string, never>;
  'screen-tab-log': Record<string, never>;
  'screen-tab-history': Record<string, never>;
  'screen-tab-insights': Record<string, never>;
  'screen-tab-report': Record<string, never>;
  'screen-tab-settings': Record<string, never>;
  'screen-undo': Record<string, never>;
  'screen-not-now': Record<string, never>;
  'screen-log-title': Record<string, never>;
  'screen-log-repeat': Record<string, never>;
  'screen-log-repeat-what': { kind: number | string; place: number | string };
  'screen-log-nothing-yet': Record<string, never>;
  'screen-log-logged-again': { kind: number | string };
  'screen-log-episode-removed': Record<string, never>;
  'screen-log-quiet': Record<string, never>;
  'screen-log-quiet-remove': Record<string, never>;
  'screen-log-quiet-record': Record<string, never>;
  'screen-log-quiet-marked': Record<string, never>;
  'screen-log-quiet-removed': Record<string, never>;
  'screen-log-logged-today': { count: number | string };
  'screen-log-checkin': Record<string, never>;
  'screen-log-checkin-done': Record<string, never>;
  'screen-log-checkin-what': Record<string, never>;
  'screen-log-anything-today': Record<string, never>;
  'screen-log-yesterday-missing': Record<string, never>;
  'screen-log-fill-yesterday': Record<string, never>;
  'screen-cancel': Record<string, never>;
  'screen-helped-0': Record<string, never>;
  'screen-helped-1': Record<string, never>;
  'screen-helped-2': Record<string, never>;
  'screen-helped-3': Record<string, never>;
  'screen-form-what': Record<string, never>;
  'screen-form-need-kind': Record<string, never>;
  'screen-form-need-place': Record<string, never>;
  'screen-form-need-intensity': Record<string, never>;
  'screen-form-need-when': Record<string, never>;
  'screen-form-need-duration': Record<string, never>;
  'screen-form-more': Record<string, never>;
  'screen-form-fewer': Record<string, never>;
  'screen-form-woke': Record<string, never>;
  'screen-form-set-off': Record<string, never>;
  'screen-form-count': Record<string, never>;
  'screen-form-triggers': Record<string, never>;
  'screen-form-helped': Record<string, never>;
  'screen-form-how-much': { relief: number | string };
  'screen-form-also': Record<string, never>;
  'screen-form-saving': Record<string, never>;
  'screen-form-save-changes': Record<string, never>;
  'screen-form-save': Record<string, never>;
  'screen-form-kept': Record<string, never>;
  'screen-form-kept-edit': Record<string, never>;
  'screen-checkin-kept': Record<string, never>;
  'screen-form-discard': Record<string, never>;
  'screen-when-title': Record<string, never>;
  'screen-when-now': Record<string, never>;
  'screen-when-15m': Record<string, never>;
  'screen-when-1h': Record<string, never>;
  'screen-when-2h': Record<string, never>;
  'screen-when-last-night': Record<string, never>;
  'screen-when-other': Record<string, never>;
  'screen-when-exact': Record<string, never>;
  'screen-intensity-title': Record<string, never>;
  'screen-intensity-unset': Record<string, never>;
  'screen-intensity': Record<string, never>;
  'screen-intensity-value': { value: number | string };
  'screen-intensity-low': Record<string, never>;
  'screen-intensity-high': Record<string, never>;
  'screen-duration-title': Record<string, never>;
  'screen-duration-exact': Record<string, never>;
  'screen-duration-example': Record<string, never>;
  'screen-notes': Record<string, never>;
  'screen-notes-placeholder': Record<string, never>;
  'screen-vocab-another-trigger': Record<string, never>;
  'screen-vocab-another-relief': Record<string, never>;
  'screen-vocab-medication-name': Record<string, never>;
  'screen-vocab-new-trigger': Record<string, never>;
  'screen-vocab-new-relief': Record<string, never>;
  'screen-vocab-fewer': Record<string, never>;
  'screen-vocab-all': { count: number | string };
  'screen-vocab-dose': Record<string, never>;
  'screen-vocab-add': Record<string, never>;
  'screen-vocab-is-medication': Record<string, never>;
  'screen-where-title': Record<string, never>;
  'screen-where-recent': Record<string, never>;
  'screen-where-chosen': Record<string, never>;
  'screen-where-side-of': { region: number | string };
  'screen-where-remove': { region: number | string };
  'screen-where-list': Record<string, never>;
  'screen-where-add': Record<string, never>;
  'screen-body-hint': Record<string, never>;
  'screen-body-figure': { view: number | string };
  'screen-body-front': Record<string, never>;
  'screen-body-back': Record<string, never>;
  'screen-body-view-front': Record<string, never>;
  'screen-body-view-back': Record<string, never>;
  'screen-body-zoom-in': { area: number | string; view: number | string };
  'screen-body-zoom-in-chosen': { area: number | string; places: number | string; view: number | string };
  'screen-body-left-short': Record<string, never>;
  'screen-body-right-short': Record<string, never>;
  'screen-body-left': Record<string, never>;
  'screen-body-right': Record<string, never>;
  'screen-body-whole': Record<string, never>;
  'screen-body-turn-back': Record<string, never>;
  'screen-body-turn-front': Record<string, never>;
  'screen-body-zone': { area: number | string; view: number | string };
  'screen-body-choose': { area: number | string; view: number | string };
  'screen-area-head': Record<string, never>;
  'screen-area-arm-left': Record<string, never>;
  'screen-area-arm-right': Record<string, never>;
  'screen-area-trunk-front': Record<string, never>;
  'screen-area-trunk-back': Record<string, never>;
  'screen-area-legs': Record<string, never>;
  'screen-area-feet': Record<string, never>;
  'screen-today': Record<string, never>;
  'screen-yesterday': Record<string, never>;
  'screen-checkin-saved-today': Record<string, never>;
  'screen-checkin-saved-yesterday': Record<string, never>;
  'screen-checkin-saved-day': { day: number | string };
  'screen-checkin-which-day': Record<string, never>;
  'screen-checkin-help-today': Record<string, never>;
  'screen-checkin-help-day': Record<string, never>;
  'screen-checkin-what-was-true': Record<string, never>;
  'screen-checkin-level-none': Record<string, never>;
  'screen-checkin-level-yes': Record<string, never>;
  'screen-checkin-level-some': Record<string, never>;
  'screen-checkin-level-a-lot': Record<string, never>;
  'screen-checkin-quiet-day': Record<string, never>;
  'screen-checkin-stiffness': Record<string, never>;
  'screen-checkin-stiffness-low': Record<string, never>;
  'screen-checkin-stiffness-high': Record<string, never>;
  'screen-checkin-sleep-broken': Record<string, never>;
  'screen-checkin-sleep-broken-low': Record<string, never>;
  'screen-checkin-sleep-broken-high': Record<string, never>;
  'screen-checkin-not-rated': Record<string, never>;
  'screen-checkin-unrate': Record<string, never>;
  'day-stiffness': { value: number | string };
  'day-sleep-broken': { value: number | string };
  'screen-checkin-own': Record<string, never>;
  'screen-checkin-own-example': Record<string, never>;
  'screen-checkin-save': Record<string, never>;
  'screen-report-title': Record<string, never>;
  'screen-report-from': Record<string, never>;
  'screen-report-to': Record<string, never>;
  'screen-report-starts': { reason: number | string };
  'screen-report-penn-title': Record<string, never>;
  'screen-report-penn-help': Record<string, never>;
  'screen-report-suggested': { frequency: number | string; from: number | string; severity: number | string; to: number | string };
  'screen-report-own-set': Record<string, never>;
  'screen-report-confirm': Record<string, never>;
  'screen-report-frequency': Record<string, never>;
  'screen-report-frequency-0': Record<string, never>;
  'screen-report-frequency-1': Record<string, never>;
  'screen-report-frequency-2': Record<string, never>;
  'screen-report-frequency-3': Record<string, never>;
  'screen-report-frequency-4': Record<string, never>;
  'screen-report-severity': Record<string, never>;
  'screen-report-severity-1': Record<string, never>;
  'screen-report-severity-2': Record<string, never>;
  'screen-report-severity-3': Record<string, never>;
  'screen-report-mine': Record<string, never>;
  'screen-report-questions': Record<string, never>;
  'screen-report-chars-left': { left: number | string; max: number | string };
  'screen-report-appendix': Record<string, never>;
  'screen-report-appendix-notable': Record<string, never>;
  'screen-report-appendix-all': Record<string, never>;
  'screen-report-appendix-none': Record<string, never>;
  'screen-report-paper': Record<string, never>;
  'screen-report-letter': Record<string, never>;
  'screen-report-making': Record<string, never>;
  'screen-report-export': Record<string, never>;
  'screen-report-saved': { path: number | string };
  'screen-report-preview': Record<string, never>;
  'screen-report-preview-alt': Record<string, never>;
  'screen-report-reason-since': { date: number | string };
  'screen-report-reason-too-close': { date: number | string; days: number | string };
  'screen-report-reason-default': Record<string, never>;
  'screen-delete': Record<string, never>;
  'screen-loading': Record<string, never>;
  'screen-history-saved': Record<string, never>;
  'screen-history-deleted': Record<string, never>;
  'screen-history-restored': Record<string, never>;
  'screen-history-edit': Record<string, never>;
  'screen-history-search': Record<string, never>;
  'screen-history-by-kind': Record<string, never>;
  'screen-history-all-kinds': Record<string, never>;
  'screen-history-by-region': Record<string, never>;
  'screen-history-all-places': Record<string, never>;
  'screen-history-by-trigger': Record<string, never>;
  'screen-history-all-triggers': Record<string, never>;
  'screen-history-past-day': Record<string, never>;
  'screen-history-day': Record<string, never>;
  'screen-history-open': Record<string, never>;
  'screen-history-none-match': Record<string, never>;
  'screen-history-none-match-help': Record<string, never>;
  'screen-history-empty-help': Record<string, never>;
  'screen-history-back-to-newest': { count: number | string };
  'screen-history-older': Record<string, never>;
  'screen-history-day-none': Record<string, never>;
  'screen-history-marked-quiet': Record<string, never>;
  'screen-history-checkin': Record<string, never>;
  'screen-history-checkin-add': Record<string, never>;
  'screen-details-woke': Record<string, never>;
  'screen-details-set-off': Record<string, never>;
  'screen-details-after': { triggers: number | string };
  'screen-details-helped': { reliefs: number | string };
  'screen-checkin-nothing': Record<string, never>;
  'screen-checkin-at-level': { level: number | string; name: number | string };
  'screen-insights-7d': Record<string, never>;
  'screen-insights-30d': Record<string, never>;
  'screen-insights-90d': Record<string, never>;
  'screen-insights-1y': Record<string, never>;
  'screen-insights-since-appointment': Record<string, never>;
  'screen-insights-custom': Record<string, never>;
  'screen-insights-period': Record<string, never>;
  'screen-insights-no-appointment': Record<string, never>;
  'screen-insights-show': Record<string, never>;
  'screen-insights-numbers': Record<string, never>;
  'screen-insights-in-words': Record<string, never>;
  'screen-insights-period-line': { days: number | string; episodes: number | string; from: number | string; to: number | string };
  'screen-insights-empty-help': Record<string, never>;
  'screen-insights-waiting': { count: number | string; needed: number | string };
  'screen-insights-before': { value: number | string };
  'screen-settings-saved': Record<string, never>;
  'screen-settings-appearance': Record<string, never>;
  'screen-settings-theme': Record<string, never>;
  'screen-settings-theme-system': Record<string, never>;
  'screen-settings-theme-light': Record<string, never>;
  'screen-settings-theme-dark': Record<string, never>;
  'screen-settings-week-start': Record<string, never>;
  'screen-settings-monday': Record<string, never>;
  'screen-settings-sunday': Record<string, never>;
  'screen-settings-saturday': Record<string, never>;
  'screen-settings-name': Record<string, never>;
  'screen-settings-birth': Record<string, never>;
  'screen-settings-appointments': Record<string, never>;
  'screen-settings-appointments-help': Record<string, never>;
  'screen-settings-date': Record<string, never>;
  'screen-settings-note': Record<string, never>;
  'screen-settings-note-example': Record<string, never>;
  'screen-settings-remove': Record<string, never>;
  'screen-settings-remove-appointment': { date: number | string };
  'screen-settings-no-appointments': Record<string, never>;
  'screen-settings-meds': Record<string, never>;
  'screen-settings-meds-help': Record<string, never>;
  'screen-settings-change': Record<string, never>;
  'screen-settings-med-started': Record<string, never>;
  'screen-settings-med-changed': Record<string, never>;
  'screen-settings-med-stopped': Record<string, never>;
  'screen-settings-medication': Record<string, never>;
  'screen-settings-add-med': Record<string, never>;
  'screen-settings-remove-med': { date: number | string; name: number | string };
  'screen-settings-no-meds': Record<string, never>;
  'screen-settings-triggers': Record<string, never>;
  'screen-settings-reliefs': Record<string, never>;
  'screen-settings-vocab-help': Record<string, never>;
  'screen-settings-new-name': { name: number | string };
  'screen-settings-archived': Record<string, never>;
  'screen-settings-rename': Record<string, never>;
  'screen-settings-rename-name': { name: number | string };
  'screen-settings-archive': Record<string, never>;
  'screen-settings-archive-name': { name: number | string };
  'screen-settings-restore': Record<string, never>;
  'screen-settings-restore-name': { name: number | string };
  'screen-settings-about': Record<string, never>;
  'screen-settings-about-text': { version: number | string };
  'screen-settings-show-welcome': Record<string, never>;
  'screen-welcome-title': Record<string, never>;
  'screen-welcome-what': Record<string, never>;
  'screen-welcome-here': Record<string, never>;
  'screen-welcome-set-up': Record<string, never>;
  'screen-welcome-skip': Record<string, never>;
  'screen-welcome-offers-title': Record<string, never>;
  'screen-welcome-offers-help': Record<string, never>;
  'screen-welcome-passcode': Record<string, never>;
  'screen-welcome-passcode-help': Record<string, never>;
  'screen-welcome-reminder': Record<string, never>;
  'screen-welcome-reminder-help': Record<string, never>;
  'screen-welcome-import': Record<string, never>;
  'screen-welcome-import-help': Record<string, never>;
  'screen-welcome-start': Record<string, never>;
  'screen-factors-title': Record<string, never>;
  'screen-factors-help': Record<string, never>;
  'screen-factors-levels': Record<string, never>;
  'screen-factors-off': Record<string, never>;
  'screen-factors-turn-on': Record<string, never>;
  'screen-factors-turn-on-name': { name: number | string };
  'screen-reminder-title': Record<string, never>;
  'screen-reminder-help': { question: number | string };
  'screen-reminder-on': Record<string, never>;
  'screen-reminder-time': Record<string, never>;
  'screen-reminder-closed': Record<string, never>;
  'screen-copy-details': Record<string, never>;
  'screen-details-copied': Record<string, never>;
  'screen-error-title': Record<string, never>;
  'screen-error-help': Record<string, never>;
  'screen-error-damaged-help': Record<string, never>;
  'screen-error-set-aside': Record<string, never>;
  'screen-error-new-ready': Record<string, never>;
  'screen-error-restore-help': Record<string, never>;
  'screen-error-start-empty': Record<string, never>;
  'screen-unlock-title': Record<string, never>;
  'screen-unlock-help': Record<string, never>;
  'screen-unlock-passcode': Record<string, never>;
  'screen-unlock-show': Record<string, never>;
  'screen-unlock-opening': Record<string, never>;
  'screen-unlock': Record<string, never>;
  'screen-unlock-forgotten-help': Record<string, never>;
  'screen-unlock-new-ready': Record<string, never>;
  'screen-unlock-new-ready-open': Record<string, never>;
  'screen-unlock-start-new-ready': Record<string, never>;
  'screen-unlock-forgot': Record<string, never>;
  'screen-unlock-forgot-help': Record<string, never>;
  'screen-unlock-understood': Record<string, never>;
  'screen-unlock-start-new': Record<string, never>;
  'screen-privacy-title': Record<string, never>;
  'screen-privacy-never': Record<string, never>;
  'screen-privacy-after-hour': Record<string, never>;
  'screen-privacy-copies-left': { files: number | string };
  'screen-privacy-damaged-plain': { files: number | string };
  'screen-privacy-encrypted': Record<string, never>;
  'screen-privacy-not-encrypted': Record<string, never>;
  'screen-privacy-changed': Record<string, never>;
  'screen-privacy-now-encrypted': Record<string, never>;
  'screen-privacy-removed': Record<string, never>;
  'screen-privacy-current': Record<string, never>;
  'screen-privacy-new': Record<string, never>;
  'screen-privacy-passcode': Record<string, never>;
  'screen-privacy-again': Record<string, never>;
  'screen-privacy-differ': Record<string, never>;
  'screen-privacy-show': Record<string, never>;
  'screen-privacy-understood': Record<string, never>;
  'screen-privacy-working': Record<string, never>;
  'screen-privacy-change': Record<string, never>;
  'screen-privacy-encrypt': Record<string, never>;
  'screen-privacy-auto-lock': Record<string, never>;
  'screen-privacy-lock-now': Record<string, never>;
  'screen-privacy-remove': Record<string, never>;
  'screen-privacy-after-minutes': { count: number | string };
  'screen-privacy-copies-encrypted': { count: number | string };
  'screen-privacy-copies-decrypted': { count: number | string };
  'screen-data-title': Record<string, never>;
  'screen-data-where': Record<string, never>;
  'screen-data-where-in': { folder: number | string };
  'screen-data-exports-plain': Record<string, never>;
  'screen-data-export-json': Record<string, never>;
  'screen-data-export-csv': Record<string, never>;
  'screen-data-import': Record<string, never>;
  'screen-data-backup': Record<string, never>;
  'screen-data-restore': Record<string, never>;
  'screen-data-writing': { done: number | string; total: number | string };
  'screen-data-checking': { done: number | string; total: number | string };
  'screen-data-preview': Record<string, never>;
  'screen-data-cannot-import': Record<string, never>;
  'screen-data-ready': Record<string, never>;
  'screen-data-row': { row: number | string };
  'screen-data-more-problems': { count: number | string };
  'screen-data-nothing-changed': Record<string, never>;
  'screen-data-close': Record<string, never>;
  'screen-data-settings-differ': Record<string, never>;
  'screen-data-use-file-settings': Record<string, never>;
  'screen-data-backup-passcode': Record<string, never>;
  'screen-data-this-backup-passcode': Record<string, never>;
  'screen-data-its-folder': Record<string, never>;
  'screen-data-imported': Record<string, never>;
  'screen-data-exported': { path: number | string };
  'screen-data-left': Record<string, never>;
  'screen-data-delete-all-more': Record<string, never>;
  'screen-data-delete-all': Record<string, never>;
  'screen-data-delete-help': Record<string, never>;
  'screen-data-type-delete': Record<string, never>;
  'screen-data-in-file': { count: number | string; kept: number | string; new: number | string; rejected: number | string; unchanged: number | string; updated: number | string };
  'screen-data-checkins-in-file': { count: number | string };
  'screen-data-backed-up': { count: number | string; path: number | string };
  'screen-data-restored': { copy: number | string; count: number | string };
  'screen-data-import-count': { count: number | string };
  'screen-ipc-error': Record<string, never>;
  'screen-log-saved': { kind: number | string };
  'screen-data-deleted': Record<string, never>;
  'screen-peer-choose': Record<string, never>;
  'screen-peer-help': Record<string, never>;
  'screen-peer-importing': Record<string, never>;
  'screen-peer-preview': Record<string, never>;
  'screen-peer-from': { app: number | string };
  'screen-peer-counts': { days: number | string; episodes: number | string };
  'screen-peer-columns': Record<string, never>;
  'screen-peer-names': Record<string, never>;
  'screen-peer-every-row': Record<string, never>;
  'screen-peer-rows': { count: number | string };
  'screen-peer-left-out': Record<string, never>;
  'screen-peer-on-rows': { count: number | string; rows: number | string };
  'screen-peer-import': { count: number | string };
  'screen-peer-imported': { count: number | string; days: number | string };
  'screen-peer-role-relief': Record<string, never>;
  'screen-peer-role-medication': Record<string, never>;
  'screen-peer-role-factor': Record<string, never>;
  'screen-peer-role-skip': Record<string, never>;
  'screen-peer-column-none': Record<string, never>;
  'screen-peer-column-date': Record<string, never>;
  'screen-peer-column-time': Record<string, never>;
  'screen-peer-column-kind': Record<string, never>;
  'screen-peer-column-place': Record<string, never>;
  'screen-peer-column-side': Record<string, never>;
  'screen-peer-column-intensity': Record<string, never>;
  'screen-peer-column-duration': Record<string, never>;
  'screen-peer-column-triggers': Record<string, never>;
  'screen-peer-column-reliefs': Record<string, never>;
  'screen-peer-column-medication': Record<string, never>;
  'screen-peer-column-notes': Record<string, never>;
  'screen-peer-sample': Record<string, never>;
  'screen-pgic-today': Record<string, never>;
  'screen-pgic-on': { date: number | string };
  'screen-pgic-kept': Record<string, never>;
  'screen-pgic-why': Record<string, never>;
  'screen-report-published': { frequency: number | string };
  'screen-trial-title': Record<string, never>;
  'screen-trial-change': Record<string, never>;
  'screen-trial-before': Record<string, never>;
  'screen-trial-after': Record<string, never>;
  'screen-trial-days': Record<string, never>;
  'screen-trial-recorded': Record<string, never>;
  'screen-trial-per-day': Record<string, never>;
  'screen-trial-active-days': Record<string, never>;
  'screen-trial-woke': Record<string, never>;
  'screen-trial-intensity': Record<string, never>;
  'screen-trial-stiffness': Record<string, never>;
  'screen-trial-sleep': Record<string, never>;
  'screen-pgic-answer': Record<string, never>;
  'screen-trial-cramps-week': Record<string, never>;
  'screen-trial-cramp-days': Record<string, never>;
  'screen-trial-broken-nights': Record<string, never>;
  'kind-spasm': Record<string, never>;
  'kind-cramp': Record<string, never>;
  'kind-twitch': Record<string, never>;
  'kind-other': Record<string, never>;
  'kind-in-text-spasm': Record<string, never>;
  'kind-in-text-cramp': Record<string, never>;
  'kind-in-text-twitch': Record<string, never>;
  'kind-in-text-other': Record<string, never>;
  'symptom-numbness-tingling': Record<string, never>;
  'symptom-weakness': Record<string, never>;
  'symptom-stiffness': Record<string, never>;
  'symptom-fatigue': Record<string, never>;
  'symptom-lasting-pain': Record<string, never>;
  'symptom-muscle-wasting': Record<string, never>;
  'symptom-swallowing-speaking': Record<string, never>;
  'symptom-spreading': Record<string, never>;
  'med-started': Record<string, never>;
  'med-changed': Record<string, never>;
  'med-stopped': Record<string, never>;
  'trigger-exercise': Record<string, never>;
  'trigger-prolonged-sitting': Record<string, never>;
  'trigger-lifting': Record<string, never>;
  'trigger-lying-down': Record<string, never>;
  'trigger-stretching': Record<string, never>;
  'trigger-dehydration': Record<string, never>;
  'trigger-caffeine': Record<string, never>;
  'trigger-alcohol': Record<string, never>;
  'trigger-stress': Record<string, never>;
  'trigger-poor-sleep': Record<string, never>;
  'trigger-cold': Record<string, never>;
  'trigger-heat': Record<string, never>;
  'trigger-new-medication': Record<string, never>;
  'relief-heat': Record<string, never>;
  'relief-cold': Record<string, never>;
  'relief-stretching': Record<string, never>;
  'relief-massage': Record<string, never>;
  'relief-walking': Record<string, never>;
  'relief-rest': Record<string, never>;
  'relief-hydration': Record<string, never>;
  'factor-slept-badly': Record<string, never>;
  'factor-hard-exercise': Record<string, never>;
  'factor-long-sitting': Record<string, never>;
  'factor-long-standing': Record<string, never>;
  'factor-caffeine': Record<string, never>;
  'factor-alcohol': Record<string, never>;
  'factor-hot-day': Record<string, never>;
  'factor-dehydrated': Record<string, never>;
  'factor-stress': Record<string, never>;
  'factor-period': Record<string, never>;
  'pgic-question': Record<string, never>;
  'pgic-very-much-improved': Record<string, never>;
  'pgic-much-improved': Record<string, never>;
  'pgic-minimally-improved': Record<string, never>;
  'pgic-no-change': Record<string, never>;
  'pgic-minimally-worse': Record<string, never>;
  'pgic-much-worse': Record<string, never>;
  'pgic-very-much-worse': Record<string, never>;
  'pgic-not-answered': Record<string, never>;
  'timing-night': Record<string, never>;
  'timing-morning': Record<string, never>;
  'timing-midday': Record<string, never>;
  'timing-afternoon': Record<string, never>;
  'timing-evening': Record<string, never>;
  'timing-day': Record<string, never>;
  'intensity-not-recorded': Record<string, never>;
  'place-not-recorded': Record<string, never>;
  'origin-imported': { app: number | string };
  'origin-imported-scale': { app: number | string; scale: number | string; value: number | string };
};

/** Every IPC command: the arguments it takes and what it returns. */
export interface Commands {
  startup_status: { args: {}; result: null };
  app_ready: { args: { screen: string }; result: null };
  log_episode: { args: { input: EpisodeInput }; result: EpisodeDto };
  update_episode: { args: { id: string; input: EpisodeInput }; result: EpisodeDto };
  delete_episode: { args: { id: string }; result: null };
  undo_delete_episode: { args: { id: string }; result: EpisodeDto };
  list_episodes: { args: { query: ListQuery }; result: EpisodePage };
  vocabularies: { args: {}; result: Vocabularies };
  log_home: { args: { today: string }; result: LogHome };
  keep_log_draft: { args: { draft: string }; result: null };
  keep_edit_draft: { args: { draft: string }; result: null };
  keep_checkin_draft: { args: { draft: string }; result: null };
  repeat_last: { args: { startedAt: string }; result: EpisodeDto };
  mark_quiet_day: { args: { date: string }; result: null };
  clear_quiet_day: { args: { date: string }; result: null };
  get_settings: { args: {}; result: Settings };
  update_settings: { args: { settings: Settings }; result: Settings };
  list_appointments: { args: {}; result: Array<AppointmentDto> };
  add_appointment: { args: { input: AppointmentInput }; result: AppointmentDto };
  delete_appointment: { args: { id: string }; result: null };
  answer_pgic: { args: { id: string; pgic: Pgic }; result: AppointmentDto };
  trial_view: { args: { query: TrialQuery; today: string }; result: TrialView };
  list_medication_changes: { args: {}; result: Array<MedicationChangeDto> };
  add_medication_change: { args: { input: MedicationChangeInput }; result: MedicationChangeDto };
  delete_medication_change: { args: { id: string }; result: null };
  add_vocab: { args: { input: VocabAddInput }; result: VocabEntryDto };
  edit_vocab: { args: { input: VocabEditInput }; result: VocabEntryDto };
  insights: { args: { query: InsightsQuery }; result: InsightsDto };
  export_journal: { args: { format: FileFormat }; result: string | null };
  import_preview: { args: {}; result: ImportSummary | null };
  import_confirm: { args: { withSettings: boolean; onProgress: Channel<ImportProgress> }; result: ImportSummary };
  peer_choose: { args: {}; result: PeerPreview | null };
  peer_preview: { args: { mapping: PeerMapping }; result: PeerPreview };
  peer_import: { args: { mapping: PeerMapping; onProgress: Channel<ImportProgress> }; result: PeerPreview };
  backup_now: { args: {}; result: FileReport | null };
  restore_backup: { args: {}; result: FileReport | null };
  restore_backup_with_passcode: { args: { passcode: string }; result: FileReport };
  delete_everything: { args: { confirmation: string }; result: DeleteReport };
  data_folder: { args: {}; result: string };
  report_defaults: { args: { today: string }; result: ReportDefaults };
  report_preview: { args: { request: ReportRequest }; result: ReportPreview };
  export_report: { args: { request: ReportRequest }; result: string | null };
  unlock: { args: { passcode: string }; result: null };
  privacy_status: { args: {}; result: PrivacyStatus };
  set_passcode: { args: { current: string; passcode: string }; result: PasscodeChange };
  remove_passcode: { args: { current: string }; result: PasscodeChange };
  check_passcode: { args: { passcode: string }; result: null };
  lock: { args: {}; result: null };
  factors: { args: {}; result: Array<FactorDto> };
  add_factor: { args: { name: string }; result: FactorDto };
  edit_factor: { args: { input: FactorEditInput }; result: FactorDto };
  get_checkin: { args: { date: string }; result: CheckinDto | null };
  save_checkin: { args: { input: CheckinDto }; result: CheckinDto };
  delete_checkin: { args: { date: string }; result: null };
  keep_report_questions: { args: { questions: string }; result: null };
  keep_report_language: { args: { language: string }; result: null };
  language_settings: { args: {}; result: LanguageSettings };
  choose_language: { args: { language: string }; result: LanguageSettings };
  day_records: { args: { from: string; to: string }; result: Array<DayRecord> };
  reminder_status: { args: {}; result: ReminderStatus };
  set_reminder: { args: { time: string | null }; result: ReminderStatus };
  start_over: { args: {}; result: string };
  welcome_due: { args: {}; result: boolean };
  finish_welcome: { args: {}; result: null };
}

/** Runs one command of `Commands`: ipc.ts's `call`. */
export type Call = <K extends keyof Commands>(
  command: K,
  args: Commands[K]['args'],
) => Promise<Commands[K]['result']>;

/** Every command as a function of its arguments, over `call`. */
export function commandsOver(call: Call) {
  return {
    startupStatus: () => call('startup_status', {}),
    appReady: (screen: string) => call('app_ready', { screen }),
    logEpisode: (input: EpisodeInput) => call('log_episode', { input }),
    updateEpisode: (id: string, input: EpisodeInput) => call('update_episode', { id, input }),
    deleteEpisode: (id: string) => call('delete_episode', { id }),
    undoDeleteEpisode: (id: string) => call('undo_delete_episode', { id }),
    listEpisodes: (query: ListQuery) => call('list_episodes', { query }),
    vocabularies: () => call('vocabularies', {}),
    logHome: (today: string) => call('log_home', { today }),
    keepLogDraft: (draft: string) => call('keep_log_draft', { draft }),
    keepEditDraft: (draft: string) => call('keep_edit_draft', { draft }),
    keepCheckinDraft: (draft: string) => call('keep_checkin_draft', { draft }),
    repeatLast: (startedAt: string) => call('repeat_last', { startedAt }),
    markQuietDay: (date: string) => call('mark_quiet_day', { date }),
    clearQuietDay: (date: string) => call('clear_quiet_day', { date }),
    getSettings: () => call('get_settings', {}),
    updateSettings: (settings: Settings) => call('update_settings', { settings }),
    listAppointments: () => call('list_appointments', {}),
    addAppointment: (input: AppointmentInput) => call('add_appointment', { input }),
    deleteAppointment: (id: string) => call('delete_appointment', { id }),
    answerPgic: (id: string, pgic: Pgic) => call('answer_pgic', { id, pgic }),
    trialView: (query: TrialQuery, today: string) => call('trial_view', { query, today }),
    listMedicationChanges: () => call('list_medication_changes', {}),
    addMedicationChange: (input: MedicationChangeInput) => call('add_medication_change', { input }),
    deleteMedicationChange: (id: string) => call('delete_medication_change', { id }),
    addVocab: (input: VocabAddInput) => call('add_vocab', { input }),
    editVocab: (input: VocabEditInput) => call('edit_vocab', { input }),
    insights: (query: InsightsQuery) => call('insights', { query }),
    exportJournal: (format: FileFormat) => call('export_journal', { format }),
    importPreview: () => call('import_preview', {}),
    importConfirm: (withSettings: boolean, onProgress: Channel<ImportProgress>) => call('import_confirm', { withSettings, onProgress }),
    peerChoose: () => call('peer_choose', {}),
    peerPreview: (mapping: PeerMapping) => call('peer_preview', { mapping }),
    peerImport: (mapping: PeerMapping, onProgress: Channel<ImportProgress>) => call('peer_import', { mapping, onProgress }),
    backupNow: () => call('backup_now', {}),
    restoreBackup: () => call('restore_backup', {}),
    restoreBackupWithPasscode: (passcode: string) => call('restore_backup_with_passcode', { passcode }),
    deleteEverything: (confirmation: string) => call('delete_everything', { confirmation }),
    dataFolder: () => call('data_folder', {}),
    reportDefaults: (today: string) => call('report_defaults', { today }),
    reportPreview: (request: ReportRequest) => call('report_preview', { request }),
    exportReport: (request: ReportRequest) => call('export_report', { request }),
    unlock: (passcode: string) => call('unlock', { passcode }),
    privacyStatus: () => call('privacy_status', {}),
    setPasscode: (current: string, passcode: string) => call('set_passcode', { current, passcode }),
    removePasscode: (current: string) => call('remove_passcode', { current }),
    checkPasscode: (passcode: string) => call('check_passcode', { passcode }),
    lock: () => call('lock', {}),
    factors: () => call('factors', {}),
    addFactor: (name: string) => call('add_factor', { name }),
    editFactor: (input: FactorEditInput) => call('edit_factor', { input }),
    getCheckin: (date: string) => call('get_checkin', { date }),
    saveCheckin: (input: CheckinDto) => call('save_checkin', { input }),
    deleteCheckin: (date: string) => call('delete_checkin', { date }),
    keepReportQuestions: (questions: string) => call('keep_report_questions', { questions }),
    keepReportLanguage: (language: string) => call('keep_report_language', { language }),
    languageSettings: () => call('language_settings', {}),
    chooseLanguage: (language: string) => call('choose_language', { language }),
    dayRecords: (from: string, to: string) => call('day_records', { from, to }),
    reminderStatus: () => call('reminder_status', {}),
    setReminder: (time: string | null) => call('set_reminder', { time }),
    startOver: () => call('start_over', {}),
    welcomeDue: () => call('welcome_due', {}),
    finishWelcome: () => call('finish_welcome', {}),
  };
}
