import { monthIndex, monthYear, type MonthIndex } from "../parse/months";
import { ScoreOptionError } from "../model/scoreTypes";

/**
 * Calendar dates for the renewal window, kept as plain year/month/day (no time zone, no clock).
 * Date.UTC only does the day arithmetic.
 */
export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

/** A date the user typed that is not a date; a ScoreOptionError so the command line treats it as bad usage. */
export class DateInputError extends ScoreOptionError {
  override name = "DateInputError";
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MS_PER_DAY = 86_400_000;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Strict YYYY-MM-DD; `what` names the field in the message ("Anniversary date"). */
export function parseIsoDate(text: string, what: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) throw new DateInputError(`${what} "${text}" is not a date in the form YYYY-MM-DD (for example 2024-08-15).`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) throw new DateInputError(`${what} "${text}": ${match[2]} is not a month (01 to 12); use YYYY-MM-DD.`);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) throw new DateInputError(`${what} "${text}" does not exist: ${MONTH_NAMES[month - 1]} ${year} has ${days} days.`);
  return { year, month, day };
}

const toDays = (d: CalendarDate): number => Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;

function fromDays(days: number): CalendarDate {
  const d = new Date(days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const addDays = (d: CalendarDate, n: number): CalendarDate => fromDays(toDays(d) + n);

/** Same day `n` years later; 29 February becomes 28 February in a year without it. */
export function addYears(d: CalendarDate, n: number): CalendarDate {
  const year = d.year + n;
  return { year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) };
}

/** Negative, 0 or positive as a is before, on or after b. */
export const compareDates = (a: CalendarDate, b: CalendarDate): number => toDays(a) - toDays(b);

export const monthOfDate = (d: CalendarDate): MonthIndex => monthIndex(d.year, d.month);

export function firstDayOf(m: MonthIndex): CalendarDate {
  const { year, month } = monthYear(m);
  return { year, month, day: 1 };
}

export function lastDayOf(m: MonthIndex): CalendarDate {
  const { year, month } = monthYear(m);
  return { year, month, day: daysInMonth(year, month) };
}

/** "2024-08-15" */
export const formatIsoDate = (d: CalendarDate): string => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** "15 Aug 2024", as Partner Center writes dates. */
export const dateLabel = (d: CalendarDate): string => `${d.day} ${SHORT[d.month - 1]} ${d.year}`;
