/**
 * JSON.stringify(value), handed to `put` a part at a time (a key, a value, a batch of array elements),
 * never as one string; ByteSink gathers the parts as UTF-8 into pieces for stdout. With --rows a
 * 1M-row export makes 455 MB of JSON: as one string it came near V8's longest string (about 536
 * million characters, so a fuller sheet would fail), took 3.7 GB, and converting it for stdout took
 * 8.7 s, most of it because a handful of non-Latin-1 characters made the whole string two bytes per
 * character (issue 15).
 */
/** Array elements stringified together: a million rows in batches, not one call (or one string) each. */
const BATCH = 256;

/**
 * Arrays and plain objects are written part by part; anything else (a Date, a class instance) whole.
 * One difference from JSON.stringify: a toJSON method is not told its key (it gets "" or its index in a
 * batch). Dates ignore it, and the reports hold no other toJSON.
 */
function isContainer(v: unknown): v is unknown[] | Record<string, unknown> {
  if (v === null || typeof v !== "object" || typeof (v as { toJSON?: unknown }).toJSON === "function") return false;
  const proto = Object.getPrototypeOf(v);
  return Array.isArray(v) || proto === Object.prototype || proto === null;
}

/**
 * How many times each long array (over BATCH elements) appears in the value, not looking inside long
 * arrays: a report names one list of 65,000 tenants under several metrics and paths (104 lists, 26
 * arrays, at 1M usage rows), and each is stringified once.
 */
function longArrayUses(value: unknown): Map<unknown[], number> {
  const uses = new Map<unknown[], number>();
  const visit = (v: unknown): void => {
    if (!isContainer(v)) return;
    if (Array.isArray(v) && v.length > BATCH) uses.set(v, (uses.get(v) ?? 0) + 1);
    else for (const x of Array.isArray(v) ? v : Object.values(v)) visit(x);
  };
  visit(value);
  return uses;
}

export function writeJson(value: unknown, put: (text: string) => void): void {
  const uses = longArrayUses(value);
  // The batches of a long array that appears again, kept until its last appearance.
  const written = new Map<unknown[], string[]>();
  const batches = (v: unknown[]): string[] => {
    const kept = written.get(v);
    if (kept) return kept;
    const parts: string[] = [];
    for (let i = 0; i < v.length; i += BATCH) parts.push(`${i ? "," : ""}${JSON.stringify(v.slice(i, i + BATCH)).slice(1, -1)}`);
    if ((uses.get(v) ?? 1) > 1) written.set(v, parts);
    return parts;
  };
  // JSON.stringify gives undefined for what it leaves out: a key in an object, null in an array.
  const emit = (v: unknown[] | Record<string, unknown>): void => {
    if (Array.isArray(v)) {
      put("[");
      if (v.length > BATCH) {
        for (const part of batches(v)) put(part);
        // An array the count did not see (a getter's new array each time) is written once, not kept.
        const left = (uses.get(v) ?? 1) - 1;
        if (left > 0) uses.set(v, left);
        else written.delete(v);
      } else
        // Not forEach: it skips holes, which JSON.stringify writes as null.
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          if (i) put(",");
          if (isContainer(x)) emit(x);
          else put(JSON.stringify(x) ?? "null");
        }
      put("]");
      return;
    }
    put("{");
    let first = true;
    for (const key of Object.keys(v)) {
      const x = v[key];
      const json = isContainer(x) ? "" : JSON.stringify(x);
      if (json === undefined) continue;
      put(`${first ? "" : ","}${JSON.stringify(key)}:${json}`);
      first = false;
      if (isContainer(x)) emit(x);
    }
    put("}");
  };

  if (isContainer(value)) emit(value);
  else {
    const json = JSON.stringify(value);
    if (json !== undefined) put(json);
  }
}

/**
 * Text as UTF-8 bytes in pieces of about `size` bytes, each a new buffer (a write to a pipe may still
 * hold the last one). Encoding each part straight into the piece costs little for the one-byte strings
 * JSON mostly is; joining the parts first made one two-byte string of them all whenever one part had a
 * character past Latin-1, and that was slow to encode.
 */
export class ByteSink {
  private piece: Buffer;
  private at = 0;

  constructor(
    private readonly out: (bytes: Uint8Array) => void,
    private readonly size = 1 << 20
  ) {
    this.piece = Buffer.allocUnsafe(size);
  }

  put(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (3 * text.length > this.size - this.at) {
      this.end();
      if (3 * text.length > this.size) {
        this.out(Buffer.from(text, "utf8"));
        return;
      }
    }
    this.at += this.piece.write(text, this.at, "utf8");
  }

  /** Hands on what is held. */
  end(): void {
    if (!this.at) return;
    this.out(this.piece.subarray(0, this.at));
    this.piece = Buffer.allocUnsafe(this.size);
    this.at = 0;
  }
}
