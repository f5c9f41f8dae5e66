import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { CsvTableReader, decodedPieces, mayBeUtf8, type InputCollector, type TableSummary, type TablePart } from "../engine";
import { pieces, type SplitJob } from "./splitPieces";

/** Below this a second thread does not pay for its start (measured: 1M usage rows are 62 MB). */
const SPLIT_FROM_BYTES = 16 << 20;
/** The file is held whole while it is read in two parts: past this it is read in pieces on one thread, as any file was. */
const SPLIT_UP_TO_BYTES = 1 << 30;
const NEWLINE = 0x0a;
const QUOTE = 0x22;
const RETURN = 0x0d;
// This thread's share of the file: it starts the worker and takes its rows in, the worker loads its script first.
const SHARE = 0.52;
// The pieces' size (splitPieces.ts): the first half is read in ⌈mid / PIECE⌉ of them.
const PIECE = 1 << 16;

/** The worker's script beside the compiled bin (dist-cli/read-worker.js); absent when the sources run through tsx. */
const WORKER = join(__dirname, "read-worker.js");

/**
 * A large UTF-8 CSV export read in two parts at once: a worker thread reads the header line and the
 * second half, this thread the first half, then takes the worker's rows in after its own, numbered on
 * (the same table, rows, tenants, kinds and problems as one reader gives: test/cli/splitRead.test.ts).
 * Only a file with no quote at all is cut (a line end in it always ends a row), at a line end; anything
 * else (a first line that is not the header, a worker that cannot start or read its part), and this
 * thread reads the rest itself. Null when the file is not one to split (the caller reads it as before).
 * SPD_READ_THREADS=1 reads on one thread.
 */
export async function readCsvInTwo(collector: InputCollector, name: string, path: string, workerScript = WORKER): Promise<SplitRead | null> {
  if (process.env.SPD_READ_THREADS === "1" || !existsSync(workerScript)) return null;
  // Stat, not open: opening a named pipe (a FIFO) to look at it can lose what its writer writes (utf8File.ts).
  const stat = statSync(path);
  if (!stat.isFile() || stat.size < SPLIT_FROM_BYTES || stat.size > SPLIT_UP_TO_BYTES) return null;
  // Started first, so it loads its script while this thread reads the file; a worker that cannot start is no split.
  let worker: Worker;
  try {
    worker = new Worker(workerScript);
  } catch {
    return null;
  }
  const failed = new Promise<null>((resolve) => {
    worker.once("error", () => resolve(null));
    worker.once("exit", () => resolve(null));
  });
  let bytes: Uint8Array | null;
  try {
    bytes = readWhole(path, stat.size);
  } catch (error) {
    void worker.terminate();
    throw error;
  }
  const headerEnd = bytes ? bytes.indexOf(NEWLINE) + 1 : 0;
  // The second part starts at the first line start after SHARE of the file: this thread also takes the worker's rows in after.
  const mid = bytes ? bytes.indexOf(NEWLINE, Math.floor(bytes.length * SHARE)) + 1 : 0;
  // The worker reads the first line, which must be one line (a "\r" ends a line too) and the header (absorb checks).
  const oneLine = headerEnd > 1 && bytes!.subarray(0, headerEnd - 2).indexOf(RETURN) === -1;
  if (!bytes || !oneLine || !mayBeUtf8(bytes) || !isUtf8(bytes) || bytes.indexOf(QUOTE) !== -1 || mid <= headerEnd || mid >= bytes.length) {
    void worker.terminate();
    return null;
  }
  const job: SplitJob = { name, shared: bytes.buffer as SharedArrayBuffer, headerEnd, mid };
  const running = worker;
  const done = Promise.race([failed, new Promise<TablePart | null>((resolve) => running.once("message", (part: TablePart | null) => resolve(part)))]);
  worker.postMessage(job);
  // One decoder over the whole file, as utf8Pieces reads it: the rest, if this thread reads it, is decoded on from the first half.
  const texts = decodedPieces(
    (function* () {
      yield* pieces(bytes, 0, mid);
      yield* pieces(bytes, mid, bytes.length);
    })()
  )[Symbol.iterator]();
  const reader = new CsvTableReader(collector, name);
  try {
    // The first half's pieces: the half ends at a line end, so no character is cut at their end.
    for (let at = 0; at < mid; at += PIECE) reader.push(texts.next().value as string);
  } catch (error) {
    void worker.terminate();
    throw error;
  }
  const part = await done;
  void worker.terminate();
  const split = !!part && reader.absorb(part);
  if (!split) for (let t = texts.next(); !t.done; t = texts.next()) reader.push(t.value);
  return { summary: reader.end(), split };
}

/** What a read in two parts gave: the table, and whether the worker's part was taken in (else this thread read all). */
export interface SplitRead {
  summary: TableSummary;
  split: boolean;
}

/** The file's bytes in shared memory (the worker reads them too); null when they cannot be held, or the file changed while read. */
function readWhole(path: string, size: number): Uint8Array | null {
  let view: Uint8Array;
  try {
    view = new Uint8Array(new SharedArrayBuffer(size));
  } catch {
    return null;
  }
  const fd = openSync(path, "r");
  try {
    for (let at = 0; at < size;) {
      const n = readSync(fd, view, at, size - at, at);
      // Shorter than its size said: read it in pieces, as any file.
      if (n <= 0) return null;
      at += n;
    }
  } finally {
    closeSync(fd);
  }
  return view;
}
