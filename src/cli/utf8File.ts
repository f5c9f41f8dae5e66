import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";
import { decodedPieces, mayBeUtf8 } from "../engine";

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

/**
 * The file's text a piece at a time when it is UTF-8 (checked first, in one pass over the file), or
 * null when decodeBytes would read it another way (UTF-16, Windows-1252): then it is read whole.
 */
export function utf8FileText(path: string): Iterable<string> | null {
  let first = true;
  for (const piece of filePieces(path)) {
    if (first && !mayBeUtf8(piece)) return null;
    first = false;
    if (!isUtf8(piece)) return null;
  }
  return decodedPieces(filePieces(path));
}
