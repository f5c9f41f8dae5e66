import { formatMonth, monthLabel, parseIsoMonth, type MonthIndex } from "../parse/months";
import { formatPoints } from "../model/points";
import { addDays, addYears, compareDates, dateLabel, firstDayOf, formatIsoDate, lastDayOf, monthOfDate, parseIsoDate, type CalendarDate } from "./dates";
import type { DateWindow, RenewalStatus, RenewalStatusId } from "./renewalTypes";
import type { DesignationHistory, MonthScore, ScoreHistory } from "./types";
import type { DesignationId } from "../model/ruleTypes";

/**
 * The renewal window: the anniversary date and the 30 days after it. RULES.md §1.3: before 19 Sept
 * 2023 partners had to qualify "in the 30 days after your anniversary date", and the 2026 summary of the
 * live page still speaks of "your 30-day renewal window"; Partner Center's Overview shows the renewal
 * window apart from the (longer) qualification eligibility window.
 */
export const RENEWAL_WINDOW_DAYS = 30;
/** The window holds the month of the anniversary (or today's month) and the five full months before it. */
const MONTHS_BEFORE = 5;

export interface RenewalDates {
  /** Today, YYYY-MM-DD (a parameter: the engine never reads the clock). */
  today: string;
  /** The anniversary date of the renewal, YYYY-MM-DD; absent, null or blank for a partner not enrolled yet. */
  anniversary?: string | null;
  /**
   * Per designation (Partner Center keeps one anniversary per designation): a designation listed here
   * uses its own date (null or blank: not enrolled in it), the others `anniversary`.
   */
  anniversaries?: Partial<Record<DesignationId, string | null>>;
}

interface Window {
  from: CalendarDate;
  to: CalendarDate;
  months: MonthIndex[];
}

function monthsFrom(first: MonthIndex, last: MonthIndex): MonthIndex[] {
  const months: MonthIndex[] = [];
  for (let m = first; m <= last; m++) months.push(m);
  return months;
}

const asWindow = (w: Window): DateWindow & { months: string[] } => ({
  from: formatIsoDate(w.from),
  to: formatIsoDate(w.to),
  months: w.months.map(formatMonth),
});

/**
 * "The five full months prior to your anniversary date plus the month of the anniversary date"
 * (RULES.md §1.3): anniversary 15 Aug 2024 → 1 Mar 2024 – 31 Aug 2024.
 */
function renewalQualificationWindow(anniversary: CalendarDate): Window {
  const month = monthOfDate(anniversary);
  return { from: firstDayOf(month - MONTHS_BEFORE), to: lastDayOf(month), months: monthsFrom(month - MONTHS_BEFORE, month) };
}

/** Not enrolled: "current month and the previous five full calendar months", rolling: 15 Aug 2024 → 1 Mar 2024 – 15 Aug 2024. */
function newPartnerWindow(today: CalendarDate): Window {
  const month = monthOfDate(today);
  return { from: firstDayOf(month - MONTHS_BEFORE), to: today, months: monthsFrom(month - MONTHS_BEFORE, month) };
}

function renewalDays(anniversary: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: anniversary, to: addDays(anniversary, RENEWAL_WINDOW_DAYS) };
}

/** The qualification eligibility window for the renewal on `anniversary` (YYYY-MM-DD). */
export function qualificationWindow(anniversary: string): DateWindow & { months: string[] } {
  return asWindow(renewalQualificationWindow(parseIsoDate(anniversary, "Anniversary date")));
}

/** The renewal window for `anniversary` (YYYY-MM-DD): the anniversary date to 30 days after it. */
export function renewalWindow(anniversary: string): DateWindow {
  const days = renewalDays(parseIsoDate(anniversary, "Anniversary date"));
  return { from: formatIsoDate(days.from), to: formatIsoDate(days.to) };
}

/** The new-partner window as of `today` (YYYY-MM-DD): the first day of the month five months back, to today. */
export function enrolmentWindow(today: string): DateWindow & { months: string[] } {
  return asWindow(newPartnerWindow(parseIsoDate(today, "Today's date")));
}

/** What the history says of each window month, today. */
interface MonthsKnown {
  qualified: MonthIndex[];
  notQualified: MonthIndex[];
  unknown: MonthIndex[];
  remaining: MonthIndex[];
}

/**
 * A month counts as qualified when its score is Qualified (Partner Center: "on any day" of the window;
 * monthly scores are what the exports give). Later than today's month, it is still to come; today's
 * month is still to come unless already Qualified; an earlier month without a score is unknown.
 */
function classifyMonths(months: readonly MonthIndex[], history: DesignationHistory, today: MonthIndex): MonthsKnown {
  const known: MonthsKnown = { qualified: [], notQualified: [], unknown: [], remaining: [] };
  for (const m of months) {
    const score = m <= today ? history.months.find((s) => s.month === formatMonth(m)) : undefined;
    if (score?.available && score.qualified) known.qualified.push(m);
    else if (m >= today) known.remaining.push(m);
    else if (score?.available) known.notQualified.push(m);
    else known.unknown.push(m);
  }
  return known;
}

const LABELS: Record<RenewalStatusId, string> = {
  "allowed-to-renew": "Allowed to renew",
  "not-yet-qualified": "Not yet qualified",
  "not-qualified": "Not allowed to renew",
  unknown: "Unknown",
  "window-not-open": "Qualification window not yet open",
  "window-passed": "Renewal window passed",
  "can-enroll": "Qualified: can enroll",
};

const labels = (months: readonly MonthIndex[]): string => months.map(monthLabel).join(", ");
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const span = (w: { from: CalendarDate; to: CalendarDate }) => `${dateLabel(w.from)} – ${dateLabel(w.to)}`;

/** The latest month scored up to today: how far from Qualified it is. */
function latestScore(history: DesignationHistory, today: MonthIndex): string {
  const latest = [...history.months].reverse().find((s) => s.available && s.month <= formatMonth(today));
  if (!latest) return "";
  const when = monthLabel(monthIndexOf(latest));
  if (latest.qualified) return ` ${when} (the latest month scored) was Qualified, but is outside the window.`;
  const zero = latest.metrics.filter((m) => !(m.points > 0)).map((m) => m.label);
  const short = latest.pointsToQualify ?? 0;
  const parts: string[] = [];
  if (short > 0) parts.push(`${formatPoints(short)} more points needed`);
  if (zero.length) parts.push(`${zero.join(", ")} at 0 points (every metric needs more than 0)`);
  const track = latest.countingTrackLabel && latest.tracks.length > 1 ? `, ${latest.countingTrackLabel} track` : "";
  return ` In ${when} (the latest month scored) the score was ${formatPoints(latest.total)} points${track}: ${parts.join("; ") || "not Qualified"}.`;
}

const monthIndexOf = (score: MonthScore): MonthIndex => parseIsoMonth(score.month)!;

/** Why some months count as unknown, and what to do. */
function unknownNote(history: DesignationHistory, unknown: readonly MonthIndex[]): string {
  if (!unknown.length) return "";
  if (history.needs) return ` No month could be scored: it ${history.needs.replace(/^Needs /, "needs ")}`;
  return ` ${labels(unknown)} ${unknown.length === 1 ? "has" : "have"} no score (the exports do not cover ${unknown.length === 1 ? "it" : "them"}, or lack the baseline): counted as unknown; add exports covering ${unknown.length === 1 ? "it" : "them"} to know.`;
}

/**
 * Where a designation stands today for renewal (with the anniversary date) or enrolment (without),
 * read from its monthly history: the months of the window the history has and Qualified, not
 * Qualified, still to come, or unknown. Dates are validated (format, real day) with a DateInputError.
 */
export function renewalStatus(history: DesignationHistory, dates: RenewalDates): RenewalStatus {
  const today = parseIsoDate(dates.today, "Today's date");
  const given = dates.anniversary?.trim() ? parseIsoDate(dates.anniversary, "Anniversary date") : null;
  const todayMonth = monthOfDate(today);
  const window = given ? renewalQualificationWindow(given) : newPartnerWindow(today);
  const known = classifyMonths(window.months, history, todayMonth);
  const result = (status: RenewalStatusId, reason: string): RenewalStatus => ({
    designation: history.id,
    name: history.name,
    kind: given ? "renewal" : "new-partner",
    anniversary: given ? formatIsoDate(given) : null,
    today: formatIsoDate(today),
    qualificationWindow: asWindow(window),
    renewalWindow: given ? { from: formatIsoDate(renewalDays(given).from), to: formatIsoDate(renewalDays(given).to) } : null,
    status,
    label: LABELS[status],
    reason,
    qualifiedMonths: known.qualified.map(formatMonth),
    notQualifiedMonths: known.notQualified.map(formatMonth),
    unknownMonths: known.unknown.map(formatMonth),
    remainingMonths: known.remaining.map(formatMonth),
  });
  const inWindow = `the qualification eligibility window (${span(window)})`;
  const reached = `You have reached "Qualified" status during ${inWindow}, in ${labels(known.qualified)}.`;
  const latest = latestScore(history, todayMonth);

  if (!given) {
    if (known.qualified.length) return result("can-enroll", `${reached} Once qualified, you have 30 days to enroll; the window rolls forward each month.`);
    return result(
      "not-yet-qualified",
      `You have not reached "Qualified" status in ${inWindow}; the window rolls forward each month, so qualifying in any month from now on lets you enroll.` +
        latest +
        unknownNote(history, known.unknown)
    );
  }

  const renewal = renewalDays(given);
  if (compareDates(today, renewal.to) > 0) {
    let next = given;
    while (compareDates(renewalDays(next).to, today) < 0) next = addYears(next, 1);
    const had = known.qualified.length ? ` You had reached "Qualified" status in ${labels(known.qualified)}.` : "";
    return result(
      "window-passed",
      `The renewal window for the ${dateLabel(given)} anniversary (${span(renewal)}) closed before today.${had} If you renewed, enter your upcoming anniversary date (${dateLabel(next)}) to see that renewal.`
    );
  }
  if (compareDates(today, window.from) < 0)
    return result(
      "window-not-open",
      `The qualification eligibility window for the ${dateLabel(given)} anniversary opens on ${dateLabel(window.from)} (it runs to ${dateLabel(window.to)}); scores before then do not count toward this renewal.`
    );
  const when = compareDates(today, renewal.from) < 0 ? `Your renewal window is ${span(renewal)}.` : `Renew by ${dateLabel(renewal.to)}.`;
  if (known.qualified.length) return result("allowed-to-renew", `${reached} ${when}`);
  if (known.remaining.length)
    return result(
      "not-yet-qualified",
      `You have not reached "Qualified" status in ${inWindow} yet. ${plural(known.remaining.length, "month remains", "months remain")}: ${labels(known.remaining)}.` +
        latest +
        unknownNote(history, known.unknown)
    );
  if (known.unknown.length)
    return result(
      "unknown",
      `No month of ${inWindow} with a score reached "Qualified" status, so whether you may renew cannot be told from these exports.` +
        unknownNote(history, known.unknown)
    );
  return result("not-qualified", `You did not reach "Qualified" status in any month of ${inWindow}.` + latest);
}

/** The anniversary a designation's renewal is measured from: its own when given, else the shared one. */
export function anniversaryOf(dates: RenewalDates, designation: DesignationId): string | null | undefined {
  return dates.anniversaries && designation in dates.anniversaries ? dates.anniversaries[designation] : dates.anniversary;
}

/** The renewal (or enrolment) status of every designation of a history, each from its own anniversary date (RULES.md §1.3). */
export function renewalStatuses(history: ScoreHistory, dates: RenewalDates): RenewalStatus[] {
  return history.designations.map((d) => renewalStatus(d, { today: dates.today, anniversary: anniversaryOf(dates, d.id) }));
}
