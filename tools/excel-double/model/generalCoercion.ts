/**
 * What Excel (en-US locale) makes of a string written through Range.values / Range.formulas into a
 * cell that is not formatted as Text: the same recognition as typing it into the cell. A recognised
 * string becomes a number (or boolean) and, when the cell's format is General, the cell also gets the
 * number format Excel picks for that kind of entry (a date shows as a date, "40%" as a percentage).
 *
 * Sources, per rule below:
 * - [typing] support.microsoft.com, "Stop automatically changing numbers to dates": "Excel is
 *   preprogrammed to make it easier to enter dates. For example, 12/2 changes to 2-Dec", and the way
 *   out is the Text format or a leading apostrophe (kept in cellInput.ts).
 * - [twodigit] learn.microsoft.com, office/troubleshoot/excel/two-digit-year-numbers ("How Excel
 *   works with two-digit year numbers"): 00-29 are 2000-2029, 30-99 are 1930-1999.
 * - [serial] support.microsoft.com, "DATEVALUE function" / "Date systems in Excel": 1 Jan 1900 is
 *   serial 1, the 1900 system counts 29 Feb 1900 (a day that did not exist), years 1900-9999 only.
 * - [percent] support.microsoft.com, "Format numbers as percentages": a number typed with % is
 *   divided by 100 and the cell gets the Percentage format.
 * - [observed] the number format codes Excel assigns (what Range.numberFormat reads back afterwards
 *   in en-US Excel): "mmm-yy", "d-mmm", "d-mmm-yy", "m/d/yyyy", "0%", "0.00%", "#,##0",
 *   "#,##0.00", "0.00E+00", "$#,##0", "$#,##0.00", "h:mm", "h:mm:ss", "h:mm AM/PM".
 *   The currency codes are simplified: desktop Excel may report "$#,##0_);($#,##0)" for the same entry.
 */

export interface Coerced {
  value: number | boolean;
  /** The number format Excel gives a General cell for this entry; absent = stays General. */
  numberFormat?: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const FULL_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** 1-12 for "Oct" / "October" (any case), else 0. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const i = MONTHS.indexOf(lower);
  if (i >= 0) return i + 1;
  return FULL_MONTHS.indexOf(lower) + 1;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** [twodigit] 00-29 → 2000-2029, 30-99 → 1930-1999; 4-digit years as written; else null. */
function fullYear(text: string): number | null {
  if (/^\d{2}$/.test(text)) {
    const n = Number(text);
    return n <= 29 ? 2000 + n : 1900 + n;
  }
  if (/^\d{4}$/.test(text)) return Number(text);
  return null;
}

/** [serial] Excel's 1900-system serial of a calendar date, or null outside 1900-9999 / invalid day. */
export function dateSerial(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const serial = Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
  // Excel counts the nonexistent 29 Feb 1900, so dates before 1 Mar 1900 are one lower.
  return serial < 61 ? serial - 1 : serial;
}

const NUMBER_BODY = String.raw`(\d+|\d{1,3}(?:,\d{3})+)?(\.\d*)?`;
const PLAIN = new RegExp(String.raw`^([+-]?)${NUMBER_BODY}([eE][+-]?\d+)?$`);

interface ParsedNumber {
  value: number;
  grouped: boolean;
  decimals: boolean;
  exponent: boolean;
}

/** "1,234.5", "-7", ".5", "1e3", "00123": the number and how it was written; null if not one. */
function parsePlain(s: string): ParsedNumber | null {
  const m = PLAIN.exec(s);
  if (!m || (m[2] === undefined && (m[3] === undefined || m[3] === "."))) return null;
  const value = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  return { value, grouped: (m[2] ?? "").includes(","), decimals: (m[3] ?? "").length > 1, exponent: m[4] !== undefined };
}

/** Rules for numbers, percentages and currency; null when `s` is none of them. */
function coerceNumber(s: string): Coerced | null {
  // [typing] plain numbers: "00123" → 123 (General); "1,000" → 1000 shown "#,##0" [observed];
  // "1E5" → 100000 shown in Scientific "0.00E+00" [observed].
  const plain = parsePlain(s);
  if (plain) {
    if (plain.exponent) return { value: plain.value, numberFormat: "0.00E+00" };
    if (plain.grouped) return { value: plain.value, numberFormat: plain.decimals ? "#,##0.00" : "#,##0" };
    return { value: plain.value };
  }
  // [typing] accounting negatives: "(123)" → -123.
  const paren = /^\((.+)\)$/.exec(s);
  if (paren && !/^[+-]/.test(paren[1])) {
    const inner = coerceNumber(paren[1]);
    if (inner && typeof inner.value === "number" && inner.numberFormat !== "0.00E+00") return { value: -inner.value, numberFormat: inner.numberFormat };
  }
  // [percent] "40%" → 0.4 shown "0%"; "12.5%" → 0.125 shown "0.00%".
  const pct = /^(.+)%$/.exec(s);
  if (pct) {
    const n = parsePlain(pct[1]);
    if (n && !n.exponent) return { value: n.value / 100, numberFormat: n.decimals ? "0.00%" : "0%" };
  }
  // [observed] currency: "$1,000" → 1000 shown "$#,##0"; "$9.50" → "$#,##0.00"; "-$5" and "$-5" → -5.
  const cur = /^([+-]?)\$([+-]?)(.+)$/.exec(s);
  if (cur && !(cur[1] && cur[2])) {
    const n = parsePlain(cur[3]);
    if (n && !n.exponent && !/^[+-]/.test(cur[3])) {
      const sign = cur[1] === "-" || cur[2] === "-" ? -1 : 1;
      return { value: sign * n.value, numberFormat: n.decimals ? "$#,##0.00" : "$#,##0" };
    }
  }
  return null;
}

const MONTH_NAME = "([A-Za-z]{3,9})";

/** Date rules; `currentYear` fills in dates typed without a year. */
function coerceDate(s: string, currentYear: number): Coerced | null {
  const date = (y: number | null, m: number, d: number, numberFormat: string): Coerced | null => {
    if (y === null) return null;
    const serial = dateSerial(y, m, d);
    return serial === null ? null : { value: serial, numberFormat };
  };
  /** "mmm-N" and "m/N": N is the day when it can be one (this year), else the year (day 1). */
  const dayOrYear = (m: number, n: string): Coerced | null => {
    const day = Number(n);
    if (/^\d{1,2}$/.test(n) && day >= 1 && day <= daysInMonth(currentYear, m)) return date(currentYear, m, day, "d-mmm");
    return date(fullYear(n), m, 1, "mmm-yy");
  };
  let m: RegExpExecArray | null;
  // [typing] ISO-like "2025-10-15", "2025/10/15" → that date, shown "m/d/yyyy" [observed].
  if ((m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(s))) return date(Number(m[1]), Number(m[3]), Number(m[4]), "m/d/yyyy");
  // [typing] "2025-10", "2025/10" → 1 Oct 2025, shown "mmm-yy" [observed].
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(s))) return date(Number(m[1]), Number(m[2]), 1, "mmm-yy");
  // [typing] US order "10/15/2025", "10-15-25" → that date, shown "m/d/yyyy" [observed, twodigit].
  if ((m = /^(\d{1,2})([-/])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s))) return date(fullYear(m[4]), Number(m[1]), Number(m[3]), "m/d/yyyy");
  // [typing] "12/2" → 2 Dec this year ("d-mmm"); "10/2025" or "1/32" → that month ("mmm-yy").
  if ((m = /^(\d{1,2})[-/](\d{1,4})$/.exec(s))) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? dayOrYear(month, m[2]) : null;
  }
  // [typing] "15-Oct", "15 Oct" → 15 Oct this year ("d-mmm"); "15-Oct-2025", "15 October 25" → "d-mmm-yy".
  if ((m = new RegExp(`^(\\d{1,2})([- /])${MONTH_NAME}(?:\\2(\\d{2}|\\d{4}))?$`).exec(s))) {
    const month = monthNumber(m[3]);
    if (!month) return null;
    return m[4] === undefined ? date(currentYear, month, Number(m[1]), "d-mmm") : date(fullYear(m[4]), month, Number(m[1]), "d-mmm-yy");
  }
  // [typing] "Oct 15, 2025", "Oct-15-2025" → that date ("d-mmm-yy").
  if ((m = new RegExp(`^${MONTH_NAME}(?:[- /])(\\d{1,2})(?:, ?|[- /])(\\d{4})$`).exec(s))) {
    const month = monthNumber(m[1]);
    return month ? date(Number(m[3]), month, Number(m[2]), "d-mmm-yy") : null;
  }
  // [typing] "May-2025", "May 2025" → 1 May 2025 ("mmm-yy"); "Oct-24" → 24 Oct THIS year ("d-mmm"):
  // a number that can be a day of that month is read as the day, not as the year.
  if ((m = new RegExp(`^${MONTH_NAME}[- /](\\d{1,4})$`).exec(s))) {
    const month = monthNumber(m[1]);
    return month ? dayOrYear(month, m[2]) : null;
  }
  return null;
}

/** [typing] "10:30" → 0.4375 ("h:mm"), "10:30:15" ("h:mm:ss"), "9:05 PM" ("h:mm AM/PM"). */
function coerceTime(s: string): Coerced | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?$/.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = m[3] === undefined ? 0 : Number(m[3]);
  if (min > 59 || sec > 59) return null;
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[4].toUpperCase() === "PM" ? 12 : 0);
  } else if (h > 23) return null;
  const numberFormat = m[4] ? (m[3] ? "h:mm:ss AM/PM" : "h:mm AM/PM") : m[3] ? "h:mm:ss" : "h:mm";
  return { value: (h * 3600 + min * 60 + sec) / 86_400, numberFormat };
}

/**
 * Excel's reading of `s` typed into a non-Text cell, or null when it stays text. `today` gives the
 * year for dates typed without one ("15-Oct", "Oct-24").
 */
export function coerceGeneralString(s: string, today: Date): Coerced | null {
  // [typing] TRUE / FALSE in any case are the logical values.
  const upper = s.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  return coerceNumber(s) ?? coerceDate(s, today.getFullYear()) ?? coerceTime(s);
}
