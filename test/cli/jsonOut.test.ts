/**
 * writeJson: JSON.stringify's text exactly, a part at a time; ByteSink: those parts as UTF-8 in pieces of
 * bounded size (the command line's --json).
 */
import { ByteSink, writeJson } from "../../src/cli/jsonOut";
import { mulberry32 as random } from "../../scripts/samples/prng";

function pieces(value: unknown): string[] {
  const out: string[] = [];
  writeJson(value, (text) => out.push(text));
  return out;
}

class Point {
  constructor(
    public x: number,
    public y?: number
  ) {}
}

/** Values with every case JSON.stringify treats apart: undefined, functions, symbols, toJSON, NaN, holes. */
function randomValue(next: () => number, depth: number): unknown {
  const leaves: Array<() => unknown> = [
    () => Math.floor(next() * 1000) - 500,
    () => next() * 10,
    () => NaN,
    () => Infinity,
    () => -0,
    () => null,
    () => undefined,
    () => true,
    () => "Contoso",
    () => 'say "hi"\n\t\\ −5 → 😀 \u0000 \ud800',
    () => () => 1,
    () => Symbol("s"),
    () => new Date(Date.UTC(2025, 9, 1)),
    () => ({ toJSON: () => undefined }),
    () => ({ toJSON: () => ({ nested: [1, undefined] }) }),
    () => new Point(1),
    () => new Map([[1, 2]]),
    () => Object.assign(Object.create(null), { bare: 1 }),
  ];
  if (depth <= 0 || next() < 0.4) return leaves[Math.floor(next() * leaves.length)]();
  if (next() < 0.5) {
    const length = next() < 0.03 ? 257 + Math.floor(next() * 300) : Math.floor(next() * 6);
    const array = Array.from({ length }, () => randomValue(next, depth - 1));
    if (next() < 0.1 && length) delete array[0]; // a hole
    return array;
  }
  const object: Record<string, unknown> = {};
  for (let n = Math.floor(next() * 6); n > 0; n--) object[["a", "b", 'quote"key', "2", "ünï", "rows"][Math.floor(next() * 6)]] = randomValue(next, depth - 1);
  return object;
}

describe("writeJson", () => {
  it("writes exactly what JSON.stringify gives, for 1,000 random values", () => {
    const next = random(21);
    for (let i = 0; i < 1_000; i++) {
      const value = randomValue(next, 4);
      expect(pieces(value).join("")).toBe(JSON.stringify(value) ?? "");
    }
  });

  it("writes nothing for what JSON.stringify leaves out at the top", () => {
    expect([undefined, () => 1, Symbol("s"), { toJSON: () => undefined }].map((v) => pieces(v))).toEqual([[], [], [], []]);
  });

  it("hands a large document on in parts, a million-row array in batches, never the whole", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ row: i + 2, tenant: `Tenant ${i}`, countsToward: ["SMB net customer adds"], reason: "" }));
    const document = { asOf: "2025-10", designations: [{ id: "modern-work", sides: { now: { tenants: rows.map((r) => r.tenant) } } }], rows };
    const out = pieces(document);
    expect(out.join("")).toBe(JSON.stringify(document));
    expect(Math.max(...out.map((p) => p.length))).toBeLessThan(64 * 1024);
  });

  it("stringifies a long list once however often the document names it, and writes it each time", () => {
    const tenants = Array.from({ length: 1_000 }, (_, i) => `Tenant ${i}`);
    const once = Array.from({ length: 600 }, (_, i) => i);
    const document = { now: { tenants }, paths: [{ before: { tenants } }, { after: { tenants, once } }], again: tenants };
    const stringify = jest.spyOn(JSON, "stringify");
    try {
      const out = pieces(document);
      const batchesOf = (list: unknown[]) => stringify.mock.calls.filter(([v]) => Array.isArray(v) && v.length && list.includes(v[0])).length;
      expect(batchesOf(tenants)).toBe(4); // 1,000 names in batches of 256, not 16 batches for the four places
      expect(batchesOf(once)).toBe(3);
      stringify.mockRestore();
      expect(out.join("")).toBe(JSON.stringify(document));
    } finally {
      stringify.mockRestore();
    }
  });
});

describe("ByteSink", () => {
  it("gives the UTF-8 of the parts, in new buffers of at most its size unless one part is larger", () => {
    const next = random(5);
    const words = ["a", "Contoso", "é", "−5", "日本", "😀", '"', "x".repeat(5000)];
    const parts = Array.from({ length: 20_000 }, () => words[Math.floor(next() * words.length)]);
    const pieces: Uint8Array[] = [];
    const sink = new ByteSink((bytes) => pieces.push(bytes), 4096);
    for (const part of parts) sink.put(part);
    sink.put("x".repeat(9000));
    sink.end();
    sink.end();
    expect(Buffer.concat(pieces).toString("utf8")).toBe(parts.join("") + "x".repeat(9000));
    // A part too large for a piece goes alone.
    expect(pieces.filter((p) => p.length > 4096).map((p) => Buffer.from(p).toString())).toEqual(
      parts.filter((p) => p.length > 4096 / 3).concat("x".repeat(9000))
    );
    expect(pieces.length).toBeGreaterThan(parts.filter((p) => p.length > 4096 / 3).length + 10);
    expect(new Set(pieces.map((p) => p.buffer)).size).toBe(pieces.length);
  });
});
