import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputCollector, readCsvText, tenantList } from "../../src/engine";
import { excludeFromDraft, matchingTenants, tenantLabel } from "../../src/taskpane/logic/excludeDraft";

const TWINS = [
  { key: "id-1", name: "Contoso" },
  { key: "id-2", name: "Contoso" },
  { key: "Litware", name: "Litware" },
  { key: "id-4", name: "Adventure Works" },
];

test("two tenants of one name are left out by id; their name alone is refused as ambiguous", () => {
  expect(excludeFromDraft("id-2", [], TWINS)).toEqual({ tenant: "id-2" });
  expect(excludeFromDraft("contoso", [], TWINS)).toEqual({ tenant: null, error: "Several tenants are named Contoso: choose one from the list." });
  expect(excludeFromDraft("id-2", ["id-2"], TWINS)).toEqual({ tenant: null, error: "Contoso is already left out." });
  expect(excludeFromDraft("litware", [], TWINS)).toEqual({ tenant: "Litware" });
  expect(excludeFromDraft("Lit", [], TWINS)).toEqual({ tenant: null, error: 'No tenant "Lit" in the exports: choose one from the list.' });
});

test("the picker narrows by name or id, names starting with the text first, and says a tenant without id by name", () => {
  expect(matchingTenants("wo", TWINS).map((t) => t.name)).toEqual(["Adventure Works"]);
  expect(matchingTenants("id-", TWINS).map((t) => t.key)).toEqual(["id-1", "id-2", "id-4"]);
  expect(matchingTenants("", TWINS, 2)).toHaveLength(2);
  expect(tenantLabel(TWINS[2])).toBe("Litware");
  expect(tenantLabel({ key: "a1b2c3d4-0000-4000-8000-000000000001", name: "Contoso" })).toBe("Contoso (a1b2c3d4…)");
});

test("the engine's tenant list over the samples: every tenant once, sorted by name, and each is found by its own name or id", () => {
  const c = new InputCollector();
  const dir = resolve(__dirname, "..", "..", "samples");
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".csv"))) readCsvText(c, name, readFileSync(join(dir, name), "utf8"));
  const tenants = tenantList(c.result());
  expect(tenants.length).toBeGreaterThan(100);
  expect(new Set(tenants.map((t) => t.key.toLowerCase())).size).toBe(tenants.length);
  const names = tenants.map((t) => t.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  for (const t of tenants.slice(0, 20)) {
    expect(excludeFromDraft(t.key, [], tenants).tenant).not.toBeNull();
    expect(excludeFromDraft(t.name, [], tenants).tenant).not.toBeNull();
  }
});
