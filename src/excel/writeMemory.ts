/**
 * What the add-in last wrote as flag columns, by fingerprint, so that a re-score writes only the blocks
 * whose flags changed (issue 15): per sheet, per export (its header row), per run of flag columns, the
 * run's block boundaries and one fingerprint per block. It holds no cell data, only hashes.
 *
 * A fingerprint says what the add-in wrote, not what the sheet holds now: the adapter must call
 * forgetSheet(sheet) when anything else may have changed those cells (a user's edit on the sheet, an
 * export that moved, a sheet renamed or deleted), and forgetAll() when it cannot tell (a new workbook, a
 * lost event stream). writeFlags also writes a run in full when one of its columns is new.
 */

/** 32-bit FNV-1a over the UTF-16 code units of `text`, from `seed` (the FNV offset basis by default). */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A block's fingerprint: FNV-1a from two offset bases in one pass (64 bits between them) and the text's
 * length, over everything that decides what lands in the cells.
 */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x5bd1e995;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
  }
  return `${(h1 >>> 0).toString(16)}.${(h2 >>> 0).toString(16)}.${n}`;
}

/** What is remembered of one run of columns: its rows, its blocks, and each block's fingerprint. */
export interface RunRecord {
  rows: number;
  blocks: Array<[number, number]>;
  /** Fingerprint by "start-end" (rows relative to the header row). */
  prints: Map<string, string>;
}

export interface WriteMemory {
  /** The record of a run of columns of the export whose header is on `headerRow` of `sheet`. */
  run(sheet: string, headerRow: number, runKey: string): RunRecord | undefined;
  /** Replaces that run's record (after the run was written in full, every block's sync done). */
  setRun(sheet: string, headerRow: number, runKey: string, record: RunRecord): void;
  /** Drops one run's record (before writing it: a failure half-way must not leave a stale fingerprint). */
  dropRun(sheet: string, headerRow: number, runKey: string): void;
  /** Drops the export's runs other than `keep` (columns that moved or went). */
  keepRuns(sheet: string, headerRow: number, keep: ReadonlySet<string>): void;
  /** Forget everything written on `sheet` (case-insensitive, as Excel's sheet names): its next write is in full. */
  forgetSheet(sheet: string): void;
  /** Forget everything: every next write is in full. */
  forgetAll(): void;
  /** Sheets with something remembered (their names as first written). */
  sheets(): string[];
}

export function createWriteMemory(): WriteMemory {
  // sheet (upper case) → { name, exports: headerRow → runKey → record }
  const bySheet = new Map<string, { name: string; exports: Map<number, Map<string, RunRecord>> }>();
  const key = (sheet: string) => sheet.toUpperCase();
  const runsOf = (sheet: string, headerRow: number, create: boolean): Map<string, RunRecord> | undefined => {
    let entry = bySheet.get(key(sheet));
    if (!entry) {
      if (!create) return undefined;
      entry = { name: sheet, exports: new Map() };
      bySheet.set(key(sheet), entry);
    }
    let runs = entry.exports.get(headerRow);
    if (!runs && create) entry.exports.set(headerRow, (runs = new Map()));
    return runs;
  };
  return {
    run: (sheet, headerRow, runKey) => runsOf(sheet, headerRow, false)?.get(runKey),
    setRun: (sheet, headerRow, runKey, record) => void runsOf(sheet, headerRow, true)!.set(runKey, record),
    dropRun: (sheet, headerRow, runKey) => void runsOf(sheet, headerRow, false)?.delete(runKey),
    keepRuns(sheet, headerRow, keep) {
      const runs = runsOf(sheet, headerRow, false);
      if (runs) for (const k of [...runs.keys()]) if (!keep.has(k)) runs.delete(k);
    },
    forgetSheet: (sheet) => void bySheet.delete(key(sheet)),
    forgetAll: () => bySheet.clear(),
    sheets: () => [...bySheet.values()].filter((e) => [...e.exports.values()].some((r) => r.size > 0)).map((e) => e.name),
  };
}
