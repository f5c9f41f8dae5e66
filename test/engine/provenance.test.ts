import { existsSync } from "fs";
import { join } from "path";
import { DESIGNATIONS } from "../../src/engine/designations/registry";
import type { RuleSetBase, SourceRef } from "../../src/engine/model/ruleTypes";

/**
 * Every number of every rule set says where it comes from, in the source's own words: Microsoft
 * changes these rules often, and a partner (or the next developer) must be able to check each one.
 */
const SHARED = join(__dirname, "..", "..", "..", "shared");

interface Found {
  path: string;
  value: unknown;
  source: unknown;
  quote: unknown;
}

/** Every { value, source } in a rule set, with where it sits. */
function sourcedValues(node: unknown, path: string, out: Found[] = []): Found[] {
  if (Array.isArray(node)) node.forEach((x, i) => sourcedValues(x, `${path}[${i}]`, out));
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if ("value" in o && "source" in o) out.push({ path, value: o.value, source: o.source, quote: o.quote });
    for (const [k, v] of Object.entries(o)) if (typeof v !== "function") sourcedValues(v, `${path}.${k}`, out);
  }
  return out;
}

/** A Microsoft page (Learn, its Q&A, Tech Community), a seed document, or an issue that states the rule. */
function resolvable(ref: SourceRef): boolean {
  const url = ref.url;
  if (/^https:\/\/learn\.microsoft\.com\/[a-z]{2}-[a-z]{2}\/partner-center\//.test(url)) return true;
  if (/^https:\/\/(learn|techcommunity)\.microsoft\.com\//.test(url)) return true;
  const seed = /^seeds\/(\d{3}_[0-9a-f]{16}\.txt)$/.exec(url);
  if (seed) return !existsSync(SHARED) || existsSync(join(SHARED, "seeds", seed[1]));
  return /^issue \d+$/.test(url);
}

const numeric = (v: unknown): boolean => typeof v === "number" || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "number"));

const everyRuleSet: { module: string; rules: RuleSetBase }[] = DESIGNATIONS.flatMap((m) => m.ruleSets.map((rules) => ({ module: m.id, rules })));

describe("rule provenance", () => {
  test("there are rule sets to check, two editions for every designation", () => {
    expect(everyRuleSet.length).toBeGreaterThanOrEqual(12);
    for (const m of DESIGNATIONS) expect(new Set(m.ruleSets.map((r) => r.edition))).toEqual(new Set(["2023", "2026"]));
  });

  test("rule set ids are unique, and each belongs to its module", () => {
    const ids = everyRuleSet.map((x) => x.rules.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const { module, rules } of everyRuleSet) expect(`${rules.id}: ${rules.designation}`).toBe(`${rules.id}: ${module}`);
  });

  test("each designation's rule sets take effect in ascending order", () => {
    for (const m of DESIGNATIONS) {
      const dates = m.ruleSets.map((r) => r.effectiveFrom);
      for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
    }
  });

  test.each(everyRuleSet.map((x) => [x.rules.id, x.rules] as const))("%s: every source is a Microsoft page, a seed document or an issue", (_id, rules) => {
    const ids = rules.sources.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(rules.sources.filter((s) => !resolvable(s)).map((s) => `${s.id}: ${s.url}`)).toEqual([]);
  });

  test.each(everyRuleSet.map((x) => [x.rules.id, x.rules] as const))(
    "%s: every sourced value names a source of the rule set, and every number is quoted",
    (_id, rules) => {
      const known = new Set(rules.sources.map((s) => s.id));
      const found = sourcedValues(rules, rules.id);
      expect(found.length).toBeGreaterThan(10);
      expect(found.filter((f) => !known.has(f.source as string)).map((f) => `${f.path}: source "${f.source}"`)).toEqual([]);
      const unquoted = found.filter((f) => numeric(f.value) && !(typeof f.quote === "string" && f.quote.trim().length >= 8));
      expect(unquoted.map((f) => `${f.path} = ${JSON.stringify(f.value)}`)).toEqual([]);
    }
  );

  test.each(everyRuleSet.map((x) => [x.rules.id, x.rules] as const))("%s: the scoring constants come from the rule set", (_id, rules) => {
    expect(rules.trailingMonths.value).toBeGreaterThan(0);
    expect(rules.qualification.minTotal.value).toBeGreaterThan(0);
    const alternatives = (rules as unknown as { alternatives?: { id: string; source: string }[] }).alternatives ?? [];
    const known = new Set(rules.sources.map((s) => s.id));
    expect(alternatives.filter((a) => !known.has(a.source)).map((a) => a.id)).toEqual([]);
  });
});
