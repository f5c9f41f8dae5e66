/**
 * Floating-point sums rounded once (Shewchuk's partials, as Python's math.fsum): the sum of a set of
 * numbers in any order, with any of them added and taken away again, rounds to the same double. The
 * usage-growth MCV totals are summed this way, so a total with some tenants' terms taken away
 * (sums.ts) is exactly the total the score sums without them, and one with a raised row's MCV in its place
 * exactly the total with it.
 */
export class ExactSum {
  /** Non-overlapping partials, smallest magnitude first; their exact sum is the sum so far. */
  private partials: number[] = [];

  constructor(from?: ExactSum) {
    if (from) this.partials = [...from.partials];
  }

  add(value: number): this {
    let x = value;
    let i = 0;
    const p = this.partials;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    p.push(x);
    return this;
  }

  /** The exact sum rounded to the nearest double (ties to even). */
  value(): number {
    const p = this.partials;
    let n = p.length;
    if (!n) return 0;
    let hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-way between two doubles: the partials below say which way the exact sum lies.
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}

/** The values' sum, rounded once. */
export function exactSum(values: Iterable<number>): number {
  const sum = new ExactSum();
  for (const v of values) sum.add(v);
  return sum.value();
}
