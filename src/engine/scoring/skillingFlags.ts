import type { ParsedInput } from "../input/collector";
import { certificationDays, type CertificationRecord } from "../input/skilling";
import { monthLabel, monthYear, parseMonth, type MonthIndex } from "../parse/months";
import type { CertificationRule, RuleSetBase } from "../model/ruleTypes";
import { certificationKey } from "../model/certificationSteps";
import type { DesignationOutcome } from "./scoreDesignations";
import { moduleOf } from "../designations/registry";
import type { FlagCell, FlagColumn, RowContribution } from "../model/flags";

const LEVEL: FlagColumn = {
  id: "skilling-level",
  header: "SPD Level",
  numberFormat: "@",
  meaning: "The level (intermediate, advanced) of the scored designations' certification lists the certification is on; empty when it is on none.",
};

const STATUS: FlagColumn = {
  id: "skilling-status",
  header: "SPD Status in the as-of month",
  numberFormat: "@",
  meaning:
    "Valid; Expired (the expiry date, before the as-of month); Retired (the date Microsoft counts it until, passed); Not yet (completed after the as-of month). Only where the certification is on a list.",
};

const ONCE: FlagColumn = {
  id: "skilling-once",
  header: "SPD Counted once per person",
  numberFormat: "@",
  meaning: "The other rows that count the same person toward the same list: a person counts once per list, so one of them is enough.",
};

/** The skilling export's detail columns (after "SPD Counts toward" and "SPD Reason"). */
export const SKILLING_FLAG_COLUMNS: readonly FlagColumn[] = [LEVEL, STATUS, ONCE];

interface ListRef {
  /** "Modern Work: intermediate", "Security: intermediate, Step 3". */
  where: string;
  level: "intermediate" | "advanced";
  /** The export does not count for it: the user typed the level's count for the designation. */
  typed: boolean;
  byKey: Map<string, CertificationRule>;
}

/** The levels whose people count the user typed, per designation: the export's rows do not count there. */
function typedLevels(outcome: DesignationOutcome): Set<string> {
  const typed = new Set<string>();
  for (const track of outcome.score?.tracks ?? [])
    for (const metric of track.metrics) if (metric.basis === "option") typed.add(metric.id === "advanced-certifications" ? "advanced" : "intermediate");
  return typed;
}

/** Every certification list of a scored rule set, labelled "Modern Work: intermediate" or "Security: intermediate, Step 3". */
function lists(rules: RuleSetBase, outcome: DesignationOutcome): ListRef[] {
  const module = moduleOf(rules.designation);
  const typed = typedLevels(outcome);
  return module.certificationLists(rules).map((list) => ({
    where: `${module.shortName}: ${list.level}${list.step ? `, ${list.step}` : ""}`,
    level: list.level,
    typed: typed.has(list.level),
    byKey: new Map(list.certifications.flatMap((rule) => [rule.name, ...rule.aliases].map((n) => [certificationKey(n), rule] as const))),
  }));
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "3 Mar 2025"; "Mar 2025" where the export gave the month only. */
function dateText(month: MonthIndex, day: number | undefined): string {
  const { year, month: m } = monthYear(month);
  return `${day !== undefined ? `${day} ` : ""}${SHORT_MONTHS[m - 1]} ${year}`;
}

/** A rule's "2024-06-30" as "30 Jun 2024" (as written where it is not a date). */
function untilText(validUntil: string): string {
  const month = parseMonth(validUntil);
  const day = /^\d{4}-\d{1,2}-(\d{1,2})$/.exec(validUntil.trim());
  return month === null ? validUntil : dateText(month, day ? Number(day[1]) : undefined);
}

/** The row's status for one list's rule in the as-of month, and why it does not count (null when valid). The checks of certificationProblem, in its order. */
function statusOf(r: CertificationRecord, rule: CertificationRule, asOf: MonthIndex): { status: string; problem: string | null } {
  const days = certificationDays(r);
  if (r.expires !== null && r.expires < asOf) {
    const date = dateText(r.expires, days.expires);
    return { status: `Expired ${date}`, problem: `expired ${date}, before the as-of month ${monthLabel(asOf)}` };
  }
  if (r.completed !== null && r.completed > asOf) {
    const date = dateText(r.completed, days.completed);
    return { status: `Not yet (completed ${date}, after the as-of month)`, problem: `completed ${date}, after the as-of month ${monthLabel(asOf)}` };
  }
  const until = rule.validUntil ? parseMonth(rule.validUntil) : null;
  if (until !== null && until < asOf) {
    const date = untilText(rule.validUntil!);
    return { status: `Retired (counted until ${date})`, problem: `retired, counted until ${date}` };
  }
  return { status: "Valid", problem: null };
}

/**
 * Per skilling row: the designations' certification lists (and steps) it counts toward, its level and
 * status in the as-of month, and the other rows that count the same person toward the same list (a
 * person counts once per list). Rows the reader skipped are listed with the reason.
 */
export function skillingRowFlags(input: ParsedInput, outcomes: readonly DesignationOutcome[], asOf: MonthIndex): RowContribution[] {
  const skilling = input.skilling;
  if (!skilling) return [];
  const refs = outcomes.flatMap((o) => (o.rules ? lists(o.rules, o) : []));
  // The counted rows of each person on each list: "list|person" → record indexes.
  const counted = new Map<string, number[]>();
  const flags = skilling.records.map((r, index): RowContribution => {
    const key = certificationKey(r.certification);
    const countsToward: string[] = [];
    const problems = new Set<string>();
    const statuses = new Map<string, string[]>();
    const levels = new Set<string>();
    refs.forEach((ref, i) => {
      const rule = ref.byKey.get(key);
      if (!rule) return;
      levels.add(ref.level);
      const { status, problem } = statusOf(r, rule, asOf);
      statuses.set(status, [...(statuses.get(status) ?? []), ref.where]);
      if (problem) problems.add(problem);
      else if (ref.typed) problems.add(`the ${ref.where.replace(":", "")} count was typed in, which replaces the export`);
      else {
        countsToward.push(ref.where);
        const group = `${i}|${r.personKey}`;
        const rows = counted.get(group);
        if (rows) rows.push(index);
        else counted.set(group, [index]);
      }
    });
    const cells: Record<string, FlagCell> = {};
    if (levels.size) {
      cells[LEVEL.id] = ["intermediate", "advanced"].filter((l) => levels.has(l)).join(", ");
      cells[STATUS.id] = statuses.size === 1 ? [...statuses.keys()][0] : [...statuses].map(([status, where]) => `${status} (${where.join("; ")})`).join("; ");
    }
    const reason = countsToward.length
      ? ""
      : problems.size
        ? `Does not count: ${[...problems].join("; ")}.`
        : `"${r.certification}" is on no certification list of the designations scored.`;
    return { layout: "skilling", file: skilling.files[r.file], row: r.row, countsToward, reason, cells };
  });

  // Once per person: each row names the other rows counting the same person toward the same lists.
  const others = new Map<number, Map<number, string[]>>();
  for (const [group, rows] of counted) {
    if (rows.length < 2) continue;
    const where = refs[Number(group.slice(0, group.indexOf("|")))].where;
    for (const a of rows) {
      const mine = others.get(a) ?? new Map<number, string[]>();
      others.set(a, mine);
      for (const b of rows) if (b !== a) mine.set(b, [...(mine.get(b) ?? []), where]);
    }
  }
  for (const [index, mine] of others) {
    const r = skilling.records[index];
    const all = flags[index].countsToward.join("; ");
    const byLists = new Map<string, string[]>();
    for (const [other, where] of mine) {
      const o = skilling.records[other];
      const label = o.file === r.file ? `${o.row}` : `${o.row} of ${skilling.files[o.file]}`;
      const key = where.join("; ");
      byLists.set(key, [...(byLists.get(key) ?? []), label]);
    }
    const parts = [...byLists].map(([where, rows]) => `${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}${where === all ? "" : ` (${where})`}`);
    flags[index].cells[ONCE.id] = `Counted once per person: also counted on ${parts.join("; ")}`;
  }

  for (const rejected of skilling.rejected ?? [])
    flags.push({
      layout: "skilling",
      file: skilling.files[rejected.file],
      row: rejected.row,
      countsToward: [],
      reason: `Skipped: ${rejected.reason}`,
      cells: {},
    });
  return flags;
}
