import type { ParsedInput } from "../input/collector";
import { latestMonthOf, needsOf } from "../model/exportsRead";
import { formatMonth, parseIsoMonth, type MonthIndex } from "../parse/months";
import type { DesignationResult, TrackResult } from "../model/results";
import { DESIGNATIONS } from "../designations/registry";
import type { DesignationModule } from "../model/module";
import { ScoreOptionError, scoreDesignations, type ScoreAllResult, type ScoreOptions } from "../scoring/scoreDesignations";
import { describeMissing, missingMonths, monthsWithData, type ExportMonths } from "./monthsWithData";
import type { DesignationHistory, MonthScore, ScoreHistory } from "./types";

/** Partner Center's qualification eligibility window: the as-of month and the five before it (RULES.md §1.3). */
export const WINDOW_MONTHS = 6;

/**
 * The score of every designation for each of the last `months` months, as Partner Center's "Scores"
 * page shows it. The window ends at `options.asOf`, else at the latest month in the exports; every
 * month is scored by `scoreDesignations` with that month as the as-of month, so each month uses the
 * rule set in force in it (unless `options.ruleSet` names one). A month whose exports lack it or the
 * months it is compared with is "Data unavailable" and says which. A designation without its export is
 * listed with every month unavailable and `needs` set.
 */
export function scoreHistory(
  input: ParsedInput,
  options: ScoreOptions = {},
  months = WINDOW_MONTHS,

  scorers: readonly DesignationModule<any>[] = DESIGNATIONS
): ScoreHistory {
  if (!Number.isInteger(months) || months < 1) throw new ScoreOptionError(`The history needs a whole number of months (1 or more), not "${months}".`);
  const end = windowEnd(input, options, scorers);
  const first = end - months + 1;
  const data = monthsWithData(input, scorers);
  // Row flags are not shown per month; leaving them out keeps six scorings cheap.
  const scored: { month: MonthIndex; result: ScoreAllResult }[] = [];
  for (let m = first; m <= end; m++) scored.push({ month: m, result: scoreDesignations(input, { ...options, asOf: formatMonth(m), rows: false }, scorers) });

  const designations: DesignationHistory[] = scored[0].result.report.designations.map((d) => {
    const rows = scored.map(({ month, result }) =>
      monthScore(
        scorers.find((s) => s.id === d.id)!,
        month,
        result,
        data[d.id] ?? []
      )
    );
    const qualifiedMonths = rows.filter((r) => r.qualified).map((r) => r.month);
    return {
      id: d.id,
      name: d.name,
      ...(d.scored ? {} : { needs: d.needs }),
      months: rows,
      qualifiedInWindow: qualifiedMonths.length > 0,
      qualifiedMonths,
    };
  });
  return { from: formatMonth(first), to: formatMonth(end), designations };
}

/** `options.asOf`, else the latest month any scored designation's exports have (the report's as-of month). */
function windowEnd(input: ParsedInput, options: ScoreOptions, scorers: readonly DesignationModule[]): MonthIndex {
  if (options.asOf !== undefined) {
    const given = parseIsoMonth(options.asOf);
    if (given === null) throw new ScoreOptionError(`--as-of "${options.asOf}" is not a month; use YYYY-MM, e.g. 2025-10.`);
    return given;
  }
  let latest: MonthIndex | null = null;
  for (const s of scorers) {
    if (options.designations && !options.designations.includes(s.id)) continue;
    if (needsOf(s, input) !== null) continue;
    const m = latestMonthOf(s, input);
    if (m !== null && (latest === null || m > latest)) latest = m;
  }
  if (latest === null) throw new ScoreOptionError("There are no usage rows to take the as-of month from; give it as --as-of YYYY-MM.");
  return latest;
}

function unavailable(month: MonthIndex, reason: string): MonthScore {
  return {
    month: formatMonth(month),
    available: false,
    reason,
    total: 0,
    status: "NotStarted",
    qualified: false,
    countingTrack: null,
    countingTrackLabel: "",
    bestTrack: null,
    bestTrackLabel: "",
    metrics: [],
    tracks: [],
  };
}

function monthScore(module: DesignationModule, month: MonthIndex, result: ScoreAllResult, exports: ExportMonths[]): MonthScore {
  const id = module.id;
  const d = result.report.designations.find((x) => x.id === id)!;
  const outcome = result.outcomes.find((o) => o.id === id)!;
  if (!d.scored || !outcome.rules) return unavailable(month, `Data unavailable: needs ${d.needs?.replace(/^Needs /, "") ?? "its export"}`);
  const missing = missingMonths(module, exports, month, outcome.rules.trailingMonths.value);
  if (missing.length) return unavailable(month, describeMissing(missing));
  const shown = shownTrack(d);
  return {
    month: formatMonth(month),
    available: true,
    total: shown.total,
    status: d.status,
    qualified: d.qualified,
    countingTrack: shown.id,
    countingTrackLabel: shown.label,
    bestTrack: shown.id,
    bestTrackLabel: shown.label,
    metrics: shown.metrics.map((m) => ({ id: m.id, label: m.label, points: m.points, maxPoints: m.maxPoints })),
    tracks: d.tracks.map((t) => ({ id: t.id, label: t.label, total: t.total, status: t.status })),
    pointsToQualify: shown.pointsToQualify,
    ruleSet: d.ruleSet.id,
  };
}

/**
 * The track a month's row shows: the one that counts, except when the designation qualifies on another
 * track (a "best" designation whose higher total is Partial): Partner Center's row is "the
 * maximum/qualifying score of that month", so the qualifying track is shown.
 */
function shownTrack(d: DesignationResult): TrackResult {
  const counting = d.tracks.find((t) => t.id === d.countingTrack) ?? d.tracks[0];
  if (!d.qualified || counting.status === "Qualified") return counting;
  const qualifying = d.tracks.filter((t) => t.status === "Qualified");
  return qualifying.length ? qualifying.reduce((a, b) => (b.total > a.total ? b : a)) : counting;
}
