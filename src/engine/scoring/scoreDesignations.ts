import type { ParsedInput } from "../input/collector";
import { formatMonth, parseIsoMonth, type MonthIndex } from "../parse/months";
import type { DesignationResult, MicrosoftCloudResult, Report, Warning } from "../model/results";
import type { FlagTable, RowContribution, RowSink } from "../model/flags";
import { FlagCellsMerger, flagTables, mergeRowFlags, type FileFlagCells } from "./rowFlags";
import { skillingRowFlags } from "./skillingFlags";
import { ALL_DESIGNATION_IDS, DESIGNATION_NAMES, DESIGNATION_SHORT_NAMES } from "../model/designationNames";
import { DESIGNATIONS } from "../designations/registry";
import { RuleSelectionError, knownAlternatives, ruleSetFor, withAlternatives } from "../model/ruleSelection";
import type { CertificationCounts, DesignationModule } from "../model/module";
import { latestMonthOf, needsOf } from "../model/exportsRead";
import type { RuleSetBase } from "../model/ruleTypes";
import { designationVerdict } from "../model/verdict";
import { classifyWarning, fixesFirst, issueWarning } from "../model/warningKinds";
import { ScoreOptionError, type DesignationOutcome, type ScoreAllResult, type ScoreOptions } from "../model/scoreTypes";

export { ScoreOptionError, type DesignationOutcome, type ScoreAllResult, type ScoreOptions };

function checkCount(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0))
    throw new ScoreOptionError(`--${name} must be a whole number of people (0 or more), not "${value}".`);
}

function countsFor(module: DesignationModule, options: ScoreOptions): CertificationCounts {
  const given = options.counts?.[module.id] ?? {};
  if (!module.takesPlainCounts) return given;
  return { intermediate: options.intermediate ?? given.intermediate, advanced: options.advanced ?? given.advanced };
}

function notScored(scorer: DesignationModule, needs: string): DesignationResult {
  return {
    id: scorer.id,
    name: scorer.name,
    scored: false,
    needs,
    qualified: false,
    countingTrack: null,
    bestTrack: null,
    qualifyingTotal: scorer.ruleSets[scorer.ruleSets.length - 1].qualification.minTotal.value,
    trackChoice: scorer.ruleSets[scorer.ruleSets.length - 1].trackChoice.value,
    total: 0,
    status: "NotStarted",
    ruleSet: { id: "", edition: scorer.ruleSets[scorer.ruleSets.length - 1].edition, name: "", effectiveFrom: "", options: [] },
    tracks: [],
  };
}

/**
 * Scores every designation the exports support. A designation whose data is missing is listed with
 * the export it needs instead of a silent zero.
 */
export function scoreDesignations(input: ParsedInput, options: ScoreOptions = {}, scorers: readonly DesignationModule[] = DESIGNATIONS): ScoreAllResult {
  const { report, outcomes, rows, reportAsOf } = scoreEach(input, options, scorers);
  if (options.rows) {
    report.rows = mergeRowFlags([...rows, ...skillingRowFlags(input, outcomes, reportAsOf)]);
    report.flagTables = flagTables(input, outcomes);
  }
  return { report, outcomes };
}

/**
 * The score with its row flags as the add-in writes them: per file, each row's cells in its table's
 * column order (FlagCellsMerger: what flagCells gives for each row of mergeRowFlags). The designations'
 * own row flags are not kept in the outcomes.
 */
export function scoreWithFlagCells(input: ParsedInput, options: ScoreOptions = {}): { result: ScoreAllResult; files: FileFlagCells[] } {
  // The designations write their flags to the merger as they make them: no designation keeps a row object.
  let merger: FlagCellsMerger | undefined;
  let tables: FlagTable[] = [];
  const { report, outcomes, reportAsOf } = scoreEach(
    input,
    { ...options, rows: true },
    DESIGNATIONS,
    (made) => (merger = new FlagCellsMerger((tables = made)))
  );
  report.flagTables = tables;
  for (const row of skillingRowFlags(input, outcomes, reportAsOf)) merger!.push(row);
  return { result: { report, outcomes }, files: merger!.result() };
}

/** `sinkFor`: with options.rows, where the designations write their row flags (given the flag tables) instead of keeping them. */
function scoreEach(
  input: ParsedInput,
  options: ScoreOptions,
  scorers: readonly DesignationModule[],
  sinkFor?: (tables: FlagTable[]) => RowSink
): { report: Report; outcomes: DesignationOutcome[]; rows: RowContribution[]; reportAsOf: MonthIndex } {
  checkCount("intermediate", options.intermediate);
  checkCount("advanced", options.advanced);
  for (const [id, c] of Object.entries(options.counts ?? {})) {
    checkCount(`${id} intermediate`, c?.intermediate);
    checkCount(`${id} advanced`, c?.advanced);
  }
  let given: MonthIndex | null = null;
  if (options.asOf !== undefined) {
    given = parseIsoMonth(options.asOf);
    if (given === null) throw new ScoreOptionError(`--as-of "${options.asOf}" is not a month; use YYYY-MM, e.g. 2025-10.`);
  }
  const chosen = scorers.filter((s) => !options.designations || options.designations.includes(s.id));
  const known = knownAlternatives(chosen.flatMap((s) => s.ruleSets));
  const unknown = (options.options ?? []).filter((o) => !known.includes(o));
  if (unknown.length)
    throw new ScoreOptionError(
      `Unknown rule option${unknown.length > 1 ? "s" : ""} ${unknown.map((o) => `"${o}"`).join(", ")}. Known: ${known.join(", ") || "(none)"}.`
    );

  // Each scorer's needs and latest month are a scan of its rows: take them once.
  const found = chosen.map((scorer) => {
    const needs = needsOf(scorer, input);
    const pinned = options.asOfBy?.[scorer.id];
    return { scorer, needs, latest: needs !== null ? null : pinned !== undefined ? parseIsoMonth(pinned) : latestMonthOf(scorer, input) };
  });
  const latests = found.flatMap((f) => (f.latest === null ? [] : [f.latest]));
  const reportAsOf = given ?? (latests.length ? Math.max(...latests) : null);
  if (reportAsOf === null) throw new ScoreOptionError("There are no usage rows to take the as-of month from; give it as --as-of YYYY-MM.");

  // Every scored designation's rule set, chosen before any is scored: the flag tables (their columns, in order) need them all.
  type Planned =
    | { scorer: DesignationModule; needs: string }
    | { scorer: DesignationModule; needs: null; asOf: MonthIndex; rules: RuleSetBase; switched: ReturnType<typeof withAlternatives> };
  const planned = found.map(({ scorer, needs, latest }): Planned => {
    if (needs !== null) return { scorer, needs };
    const asOf = given ?? latest ?? reportAsOf;
    let rules: RuleSetBase;
    try {
      rules = ruleSetFor(scorer.ruleSets, asOf, options.ruleSet);
    } catch (error) {
      if (error instanceof RuleSelectionError) throw new ScoreOptionError(error.message);
      throw error;
    }
    const chosen = withAlternatives(rules, options.options ?? []);
    // Settings that change a track's numbers are folded into the tracks: the simulator and the cheapest path read them there.
    return { scorer, needs, asOf, rules, switched: { ...chosen, rules: scorer.effectiveRules?.(chosen.rules) ?? chosen.rules } };
  });
  const rowSink =
    options.rows && sinkFor
      ? sinkFor(
          flagTables(
            input,
            planned.map((p) => ({ id: p.scorer.id, rules: p.needs === null ? p.switched.rules : null, score: null }))
          )
        )
      : undefined;

  const warnings: Warning[] = input.issues.map(issueWarning);
  const designations: DesignationResult[] = [];
  const outcomes: DesignationOutcome[] = [];
  const rows: RowContribution[] = [];
  for (const p of planned) {
    const scorer = p.scorer;
    if (p.needs !== null) {
      designations.push(notScored(scorer, `Needs ${p.needs}.`));
      outcomes.push({ id: scorer.id, rules: null, score: null });
      continue;
    }
    const { asOf, rules, switched } = p;
    const score = scorer.score(input, switched.rules, {
      asOf,
      counts: countsFor(scorer, options),
      options: switched.applied,
      track: options.tracks?.[scorer.id],
      rows: options.rows ?? false,
      ...(rowSink ? { rowSink } : {}),
    });
    const { counting, qualified, status } = designationVerdict(switched.rules, score.tracks, score.classification);
    designations.push({
      id: scorer.id,
      name: scorer.name,
      scored: true,
      qualified,
      countingTrack: counting.id,
      bestTrack: counting.id,
      qualifyingTotal: switched.rules.qualification.minTotal.value,
      trackChoice: switched.rules.trackChoice.value,
      classification: score.classification,
      total: counting.total,
      status,
      ruleSet: {
        id: rules.id,
        edition: rules.edition,
        name: rules.name,
        effectiveFrom: rules.effectiveFrom,
        options: [...switched.applied, ...score.options.filter((o) => !switched.applied.includes(o))],
      },
      tracks: score.tracks,
      ...(asOf !== reportAsOf ? { asOf: formatMonth(asOf) } : {}),
    });
    warnings.push(...score.warnings);
    if (score.rows) for (const r of score.rows) (rowSink ?? rows).push(r);
    outcomes.push({ id: scorer.id, rules: switched.rules, score });
  }
  const report: Report = {
    asOf: formatMonth(reportAsOf),
    // Every rule set so far compares with the same month a year before; the report names the first scored one's.
    baseline: formatMonth(reportAsOf - (outcomes.find((o) => o.rules)?.rules!.trailingMonths.value ?? chosen[0]?.ruleSets.at(-1)!.trailingMonths.value ?? 12)),
    designations,
    microsoftCloud: microsoftCloud(designations),
    inputs: input.tables.map((t) => ({ name: t.name, layout: t.layout, rows: t.rows, skipped: t.skipped })),
    warnings: fixesFirst(mergeSharedWarnings(warnings).map(classifyWarning)),
  };
  return { report, outcomes, rows, reportAsOf };
}

const SHORT_NAMES = Object.values(DESIGNATION_SHORT_NAMES);

/**
 * The three Azure designations read the same export, so they see the same data problems: one warning
 * "Data & AI, Infrastructure: 72 rows …" instead of the same line once per designation.
 */
function mergeSharedWarnings(warnings: Warning[]): Warning[] {
  const merged: Warning[] = [];
  const byRest = new Map<string, { warning: Warning; names: string[] }>();
  for (const w of warnings) {
    const name = SHORT_NAMES.find((n) => w.message.startsWith(`${n}: `));
    if (!name) {
      merged.push(w);
      continue;
    }
    const rest = w.message.slice(name.length + 2);
    const key = `${w.code}\u0000${rest}`;
    const seen = byRest.get(key);
    if (seen) {
      if (!seen.names.includes(name)) seen.names.push(name);
      seen.warning.message = `${seen.names.join(", ")}: ${rest}`;
      continue;
    }
    const copy = { ...w };
    byRest.set(key, { warning: copy, names: [name] });
    merged.push(copy);
  }
  return merged;
}

/** Solutions Partner for Microsoft Cloud: every one of the six designations qualifies. */
export function microsoftCloud(designations: DesignationResult[]): MicrosoftCloudResult {
  const qualified = ALL_DESIGNATION_IDS.filter((id) => designations.some((d) => d.id === id && d.qualified));
  const missing = ALL_DESIGNATION_IDS.filter((id) => !qualified.includes(id));
  return { attained: missing.length === 0, qualified, missing };
}

export { DESIGNATION_NAMES };
