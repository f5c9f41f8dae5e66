/**
 * Months are handled as a single integer (year * 12 + month - 1) so that "12 months before" is
 * plain subtraction and months can key maps cheaply.
 */
export type MonthIndex = number;

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const SHORT_LABELS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function monthIndex(year: number, month1to12: number): MonthIndex {
  return year * 12 + (month1to12 - 1);
}

export function monthYear(m: MonthIndex): { year: number; month: number } {
  return { year: Math.floor(m / 12), month: (m % 12) + 1 };
}

/** "2025-10": the form used in the JSON report and on the command line. */
export function formatMonth(m: MonthIndex): string {
  const { year, month } = monthYear(m);
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** "Oct-2025": the form Partner Center exports use, for messages people read. */
export function monthLabel(m: MonthIndex): string {
  const { year, month } = monthYear(m);
  return `${SHORT_LABELS[month - 1]}-${year}`;
}

/** "2025-10" → "Oct-2025" for display; text that is not YYYY-MM is shown as it is. */
export function isoMonthLabel(iso: string): string {
  const m = parseIsoMonth(iso);
  return m === null ? iso : monthLabel(m);
}

/** Strict YYYY-MM, for --as-of. */
export function parseIsoMonth(text: string): MonthIndex | null {
  const match = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? monthIndex(Number(match[1]), month) : null;
}

// Excel's day 0 is 1899-12-30 (it counts the non-existent 29 Feb 1900), so serials map via this epoch.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
// Serials for 1954..2119: wide enough for any export, narrow enough not to swallow plain counts.
const MIN_SERIAL = 20_000;
const MAX_SERIAL = 80_000;

export function isExcelSerial(n: number): boolean {
  return Number.isFinite(n) && n >= MIN_SERIAL && n <= MAX_SERIAL;
}

function fromDate(d: Date): MonthIndex {
  return monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

function fromSerial(serial: number): MonthIndex {
  return fromDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY));
}

const MONTH_WORDS = new Map<string, number>();
["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].forEach((full, i) => {
  MONTH_WORDS.set(full, i + 1);
  MONTH_WORDS.set(MONTH_NAMES[i], i + 1);
});
// "Sept" is how Microsoft's own UI abbreviates September ("Sept 2025").
MONTH_WORDS.set("sept", 9);

function monthFromName(name: string): number {
  return MONTH_WORDS.get(name.toLowerCase()) ?? 0;
}

function twoOrFourDigitYear(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

/**
 * The months a Partner Center usage, consumption or revenue export can hold. Partner Capability Score
 * data starts in 2021 (the 2022 launch and its baselines); 2015 leaves room for any older export. A month
 * after 2039 is a typing slip (2052 for 2025, Oct-99): read as a month it would become the as-of month and
 * leave every metric with nothing current. Dates that are not usage months (a claim date, a certification
 * completed long ago) are not held to this.
 */
export const FIRST_EXPORT_MONTH: MonthIndex = monthIndex(2015, 1);
export const LAST_EXPORT_MONTH: MonthIndex = monthIndex(2039, 12);

export function isExportMonth(m: MonthIndex): boolean {
  return m >= FIRST_EXPORT_MONTH && m <= LAST_EXPORT_MONTH;
}

function validYear(y: number): boolean {
  return y >= 1990 && y <= 2200;
}

/**
 * Reads a month from what people actually have in the month column: `Oct-2024`, `Oct-24` (what Excel
 * writes back after turning `Oct-2024` into a date), `October 2024`, `2024-10`, `2024-10-01`,
 * `2024-10-01T00:00:00`, `10/2024`, `10/1/2024`, `1/10/2024`, Excel serial numbers and Date objects.
 * Returns null when the value is not a month.
 */
export function parseMonth(value: unknown): MonthIndex | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : fromDate(value);
  if (typeof value === "number") return isExcelSerial(value) ? fromSerial(value) : null;
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return null;

  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ T].*)?$/.exec(text);
  if (m) return m[3] !== undefined ? checkedDay(Number(m[1]), Number(m[2]), Number(m[3])) : checked(Number(m[1]), Number(m[2]));

  m = /^([A-Za-z]{3,9})\.?[\s\-/,]*(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const month = monthFromName(m[1]);
    return month ? checked(twoOrFourDigitYear(m[2]), month) : null;
  }

  m = /^(\d{4})[\s\-/]*([A-Za-z]{3,9})$/.exec(text);
  if (m) {
    const month = monthFromName(m[2]);
    return month ? checked(Number(m[1]), month) : null;
  }

  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return checked(Number(m[2]), Number(m[1]));

  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:\s.*)?$/.exec(text);
  if (m) return dayMonthOrMonthDay(Number(m[1]), Number(m[2]), twoOrFourDigitYear(m[3]));

  m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-](\d{4}|\d{2})$/.exec(text);
  if (m) {
    const month = monthFromName(m[2]);
    return month ? checkedDay(twoOrFourDigitYear(m[3]), month, Number(m[1])) : null;
  }

  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    return isExcelSerial(n) ? fromSerial(n) : null;
  }
  return null;
}

function checked(year: number, month: number): MonthIndex | null {
  return validYear(year) && month >= 1 && month <= 12 ? monthIndex(year, month) : null;
}

/** A month from a full date, only when the day exists in it: 2025-02-30 and 31/04/2025 are not dates. */
function checkedDay(year: number, month: number, day: number): MonthIndex | null {
  const days = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  return day >= 1 && day <= days ? checked(year, month) : null;
}

/**
 * a/b/yyyy is m/d in the US and d/m elsewhere. Monthly exports carry the first of the month, so the
 * part that is 1 is the day; a part over 12 is always the day. Anything else is genuinely ambiguous.
 */
function dayMonthOrMonthDay(a: number, b: number, year: number): MonthIndex | null {
  if (a > 12) return checkedDay(year, b, a);
  if (b > 12) return checkedDay(year, a, b);
  if (a === b) return checked(year, a);
  if (b === 1) return checked(year, a);
  if (a === 1) return checked(year, b);
  return null;
}
