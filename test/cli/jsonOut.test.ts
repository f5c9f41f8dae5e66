/** writeJson: JSON.stringify's text exactly, in pieces of bounded size (the command line's --json). */
import { writeJson } from "../../src/cli/jsonOut";
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

  it("hands a large document on in pieces of about a megabyte, never the whole", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ row: i + 2, tenant: `Tenant ${i}`, countsToward: ["SMB net customer adds"], reason: "" }));
    const document = { asOf: "2025-10", designations: [{ id: "modern-work", sides: { now: { tenants: rows.map((r) => r.tenant) } } }], rows };
    const out = pieces(document);
    expect(out.join("")).toBe(JSON.stringify(document));
    expect(out.length).toBeGreaterThan(5);
    expect(Math.max(...out.map((p) => p.length))).toBeLessThan(1.2 * 2 ** 20);
  });
});
