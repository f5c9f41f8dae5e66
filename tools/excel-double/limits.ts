/**
 * Excel's resource limits, configurable so tests can trip them with small data.
 * Defaults follow "Resource limits and performance optimization for Office Add-ins":
 * Excel on the web caps each request and each response at 5 MB, and every platform caps
 * a range read ("get") at five million cells. We use 5,000,000 bytes (not 5 MiB) so code
 * that passes here stays under the real limit whichever way "MB" is meant.
 */
export interface ExcelDoubleLimits {
  /** Max bytes written by one context.sync() (UTF-8 length of the JSON of every property written). */
  maxRequestBytes: number;
  /** Max bytes returned by one context.sync() (UTF-8 length of the JSON of every property loaded). */
  maxResponseBytes: number;
  /** Max cells in one range whose cell data (values, formulas, text, ...) is loaded. */
  maxCellsPerRead: number;
}

export const DEFAULT_LIMITS: Readonly<ExcelDoubleLimits> = Object.freeze({
  maxRequestBytes: 5_000_000,
  maxResponseBytes: 5_000_000,
  maxCellsPerRead: 5_000_000,
});

export function resolveLimits(overrides?: Partial<ExcelDoubleLimits>): ExcelDoubleLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

// Runs of characters outside ASCII: a regular expression finds them far faster than a loop over every
// character (a Score at 1M rows sends 44 MB of JSON through here, nearly all ASCII), and one match per
// run, not per character, keeps text in other scripts as fast as the loop was.
const NON_ASCII = /[^\0-\x7f]+/g;

/** UTF-8 byte length of a string without encoding it (TextEncoder would copy multi-MB payloads). */
export function utf8Length(s: string): number {
  let bytes = s.length;
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(s); m; m = NON_ASCII.exec(s)) {
    const end = m.index + m[0].length;
    for (let i = m.index; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x800) bytes += 1;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        // A surrogate pair: 4 bytes for its two characters (the second may be just past the run).
        bytes += 2;
        i++;
      } else bytes += 2;
    }
  }
  return bytes;
}

/** Payload size of one property value as it would travel in the JSON request/response. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}
