import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { InputError, decodedPieces, mayBeUtf8 } from "../engine";

/**
 * Where the last whole UTF-8 character of `bytes[0, end)` ends: a character whose bytes run past
 * `end` is left for the next piece.
 */
export function wholeCharactersEnd(bytes: Uint8Array, end: number): number {
  for (let at = end - 1; at >= Math.max(0, end - 3); at--) {
    const b = bytes[at];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead byte
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return at + length > end ? at : end;
  }
  return end;
}

/**
 * A file's bytes a piece at a time, each ending after a whole UTF-8 character, in one reused buffer
 * (each piece is valid until the next is asked for). Reading 100 MB this way and checking it took
 * 0.03 s, against 0.45 s for one read into one buffer and the same check (issue 15).
 */
export function* filePieces(path: string, size = 1 << 16): Generator<Uint8Array> {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(size + 4);
    let held = 0;
    for (;;) {
      const read = readSync(fd, buffer, held, size, null);
      const end = held + read;
      if (read === 0) {
        if (held) yield buffer.subarray(0, held);
        return;
      }
      const cut = wholeCharactersEnd(buffer, end);
      yield buffer.subarray(0, cut);
      held = buffer.copy(buffer, 0, cut, end);
    }
  } finally {
    closeSync(fd);
  }
}

/** A file that cannot be read, named as every reader names it. */
export function cannotBeRead(path: string, error: unknown): InputError {
  return new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the path.`, path);
}

/**
 * The file's text a piece at a time when it is UTF-8, or null when it is read whole: decodeBytes reads
 * it another way (UTF-16, Windows-1252), or it is no regular file (a pipe such as /dev/stdin can be
 * read only once). The file is read twice: once to check that every byte is UTF-8, then to decode it.
 * A read failing in the second pass is "cannot be read", and bytes that are no longer UTF-8 (the file
 * changed meanwhile) refuse it rather than read replacement characters.
 */
export function utf8FileText(path: string): Iterable<string> | null {
  // stat, not open: opening a named pipe to look at it would take its data from the real read.
  if (!statSync(path).isFile()) return null;
  const fd = openSync(path, "r");
  try {
    // The first bytes as decodeBytes looks at them for UTF-16 without a byte-order mark.
    const head = Buffer.alloc(4096);
    if (!mayBeUtf8(head.subarray(0, readSync(fd, head, 0, head.length, 0)))) return null;
  } finally {
    closeSync(fd);
  }
  for (const piece of filePieces(path)) if (!isUtf8(piece)) return null;
  return decodedPieces(checkedPieces(path));
}

/** The second pass's pieces (filePieces by default), each checked again, a failed read named as the file's. */
export function* checkedPieces(path: string, pieces: Iterator<Uint8Array> = filePieces(path)): Generator<Uint8Array> {
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = pieces.next();
    } catch (error) {
      throw cannotBeRead(path, error);
    }
    if (next.done) return;
    if (!isUtf8(next.value)) throw new InputError(`${path}: the file changed while it was read. Score again once it is saved.`, path);
    yield next.value;
  }
}
