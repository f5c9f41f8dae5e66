/**
 * Sizing of read and write requests. Excel on the web refuses a request or response over about 5 MB
 * and a read over 5 million cells, so large exports move in row blocks sized by their payload: bytes,
 * not cells (a column of long texts beside an export makes a few thousand rows weigh megabytes).
 */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
/** Stay well under the limit: JSON of values is only an estimate of Excel's own encoding. */
export const BLOCK_BUDGET_BYTES = 2 * 1024 * 1024;
/** A cap on cells per read whatever their size (Excel's own limit is 5 million per range). */
export const READ_CELLS_PER_BLOCK = 120_000;
/** The first block of a read: small, its payload sizes the next ones. */
export const FIRST_READ_ROWS = 200;
/** A block grows at most this much over the one before: a light top of the sheet says little about what is below. */
const MAX_GROWTH = 4;

/** UTF-8 length of a value's JSON, what it weighs in a request or a response. */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < json.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Limits of a byte-sized read; tests lower them to see several blocks on small data. */
export interface ReadBudget {
  bytes: number;
  cells: number;
  firstRows: number;
}
export const READ_BUDGET: ReadBudget = { bytes: BLOCK_BUDGET_BYTES, cells: READ_CELLS_PER_BLOCK, firstRows: FIRST_READ_ROWS };

/**
 * Rows for the next read block of `columns` columns, from the last block: `rows` rows that weighed
 * `bytes`. Its bytes per row size the next block to the budget (never more than MAX_GROWTH times
 * the last, nor more cells than the cap); with no block read yet, the first block's size.
 */
export function nextReadRows(columns: number, last: { rows: number; bytes: number } | null, budget: ReadBudget = READ_BUDGET): number {
  const cap = Math.max(1, Math.floor(budget.cells / Math.max(1, columns)));
  if (!last) return Math.max(1, Math.min(budget.firstRows, cap));
  const perRow = Math.max(1, last.bytes / Math.max(1, last.rows));
  return Math.max(1, Math.min(cap, Math.floor(budget.bytes / perRow), last.rows * MAX_GROWTH));
}

/** Excel refused a sync because its response (or request) was too large: a smaller block will pass. */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Splits rows into consecutive blocks whose JSON payload stays under the budget. `extraPerRow` is what
 * else each row sends in the same request (its number formats): a request carries every property written.
 */
export function payloadBlocks(values: unknown[][], budget = BLOCK_BUDGET_BYTES, extraPerRow = 0): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < values.length; i++) {
    const rowBytes = JSON.stringify(values[i]).length + 1 + extraPerRow;
    if (i > start && bytes + rowBytes > budget) {
      blocks.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (start < values.length) blocks.push([start, values.length]);
  return blocks;
}

/**
 * Excel refuses a cell text longer than 32,767 characters ("Total number of characters that a cell can
 * contain", Excel specifications and limits, support.microsoft.com 1672b34d-7043-467e-8e27-269d656771c3):
 * the whole write fails with InvalidArgument. Every text the adapter writes goes through fitText.
 */
export const EXCEL_CELL_TEXT_LIMIT = 32_767;
export const CUT_MARKER = "… (cut at Excel's 32,767-character limit)";

/** The text as is when it fits in `limit` characters, else cut with a visible marker to exactly fit. */
export function fitText(text: string, limit = EXCEL_CELL_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  let keep = limit - CUT_MARKER.length;
  // Never split a surrogate pair (an emoji in a tenant name): drop its first half too.
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return text.slice(0, keep) + CUT_MARKER;
}

/**
 * Text that Excel would take as a formula (=, +, -, @) is written with a leading apostrophe: as text.
 * Text is cut to Excel's cell limit (the apostrophe counted).
 */
export function asCellValue(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string") return /^[=+\-@]/.test(value) ? `'${fitText(value, EXCEL_CELL_TEXT_LIMIT - 1)}` : fitText(value);
  return value;
}

/** office-js sets column widths in points: a width of n characters is n × 7 px plus 5 px of padding. */
export const widthInPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
