/**
 * Sizing of read and write requests. Excel on the web refuses a request or response over about 5 MB
 * and a read over 5 million cells, so large exports move in row blocks sized by their payload.
 */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
/** Stay well under the limit: JSON of values is only an estimate of Excel's own encoding. */
export const BLOCK_BUDGET_BYTES = 2 * 1024 * 1024;
export const READ_CELLS_PER_BLOCK = 120_000;

/** Row blocks [start, end) for reading `rows` rows of `columns` columns. */
export function readBlocks(rows: number, columns: number, cellsPerBlock = READ_CELLS_PER_BLOCK): Array<[number, number]> {
  const size = Math.max(1, Math.floor(cellsPerBlock / Math.max(1, columns)));
  const blocks: Array<[number, number]> = [];
  for (let start = 0; start < rows; start += size) blocks.push([start, Math.min(rows, start + size)]);
  return blocks;
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
