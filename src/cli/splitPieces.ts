/** What the main thread gives the worker of a split read: the file's bytes (shared), where its header line ends and its second part starts. */
export interface SplitJob {
  name: string;
  shared: SharedArrayBuffer;
  headerEnd: number;
  mid: number;
}

/** Bytes from..to in 64 KB pieces, as utf8Pieces cuts a file. */
export function* pieces(bytes: Uint8Array, from: number, to: number, size = 1 << 16): Generator<Uint8Array> {
  for (let at = from; at < to; at += size) yield bytes.subarray(at, Math.min(to, at + size));
}
