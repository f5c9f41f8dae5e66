/**
 * Reads a count from a cell as people have it: real numbers from a workbook, `13.00`, `1,234`,
 * `1 234`, `1.234,5` or `13,00` (European exports written with `;` separators), `(12)` negatives.
 * Returns null when the value is not a number.
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean" || value === null || value === undefined) return null;
  let text = String(value).trim();
  if (text === "") return null;
  const plain = plainDecimal(text);
  if (plain !== null) return plain;

  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith("-")) {
    if (negative) return null; // "(-5)" is a typo, not 5
    negative = true;
    text = text.slice(1).trim();
  }
  text = text.replace(/[\s\u00a0\u202f']/g, "");
  let normalised: string | null = null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) normalised = text.replace(/,/g, "");
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normalised = text.replace(/\./g, "").replace(",", ".");
  else if (/^\d+,\d{1,2}$/.test(text)) normalised = text.replace(",", ".");
  else if (/^\d+(\.\d+)?$/.test(text)) normalised = text;
  else if (/^\d*\.\d+$/.test(text)) normalised = `0${text}`;
  if (normalised === null) return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? (negative ? -n : n) : null;
}

const ZERO = 48;
const NINE = 57;

/**
 * The common plain decimal ("-12", "3106.00", "859.05") without a regular expression or, when its
 * fraction is zeros (a count written "3106.00"), a conversion: a million-row export has two per row.
 * Null when the text is not one.
 */
function plainDecimal(text: string): number | null {
  const length = text.length;
  const negative = text.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  let whole = 0;
  for (let c = text.charCodeAt(i); c >= ZERO && c <= NINE; c = text.charCodeAt(++i)) whole = whole * 10 + (c - ZERO);
  const wholeDigits = i - (negative ? 1 : 0);
  if (!wholeDigits) return null;
  let zeros = true;
  if (i < length) {
    if (text.charCodeAt(i) !== 46) return null;
    const fraction = ++i;
    for (let c = text.charCodeAt(i); c >= ZERO && c <= NINE; c = text.charCodeAt(++i)) zeros &&= c === ZERO;
    if (i === fraction || i < length) return null;
  }
  // Up to 15 digits the sum is exact; longer numbers, and other fractions, are Number()'s to round.
  if (zeros && wholeDigits <= 15) return negative ? -whole : whole;
  const n = Number(text);
  // A 400-digit cell is Infinity to Number(): junk, not a count that earns full points.
  return Number.isFinite(n) ? n : null;
}

/**
 * More users than any tenant has: the largest Microsoft 365 tenants have a few million people, so a
 * count over 100 million in one tenant × workload × month is junk (a pasted id, a typing accident), not a
 * count that earns full usage-growth points.
 */
export const MAX_USERS = 100_000_000;

/** More US dollars than one tenant spends on one service (or workload) in one month: $10 billion. */
export const MAX_USD = 10_000_000_000;
