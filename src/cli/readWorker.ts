/**
 * The worker thread of a large CSV read in two parts (splitRead.ts): it reads the file's header line and
 * its second part into a collector of its own, and hands back that table's rows as a part (typed
 * columns moved, not copied); the main thread takes them in after its own part's rows.
 */
import { parentPort } from "node:worker_threads";
import { CsvTableReader, InputCollector, decodedPieces, type TablePart } from "../engine";
import { pieces, type SplitJob } from "./splitPieces";

parentPort!.once("message", (job: SplitJob) => {
  let part: TablePart | null = null;
  try {
    const bytes = new Uint8Array(job.shared);
    const reader = new CsvTableReader(new InputCollector(), job.name);
    for (const text of decodedPieces([...pieces(bytes, 0, job.headerEnd), ...pieces(bytes, job.mid, bytes.length)])) reader.push(text);
    part = reader.part();
  } catch {
    // No part: the main thread reads the rest itself, and says whatever is wrong with it.
    part = null;
  }
  const buffers = part ? Object.values(part.data.columns.columns).map((c) => c.buffer as ArrayBuffer) : [];
  parentPort!.postMessage(part, buffers);
});
