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

/** Splits rows into consecutive blocks whose JSON payload stays under the budget. */
export function payloadBlocks(values: unknown[][], budget = BLOCK_BUDGET_BYTES): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < values.length; i++) {
    const rowBytes = JSON.stringify(values[i]).length + 1;
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

/** Text that Excel would take as a formula (=, +, -, @) is written with a leading apostrophe: as text. */
export function asCellValue(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string" && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}
