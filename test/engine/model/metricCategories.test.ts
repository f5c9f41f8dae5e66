import { CATEGORY_LABEL, DESIGNATIONS, METRIC_CATEGORY, categoryGroups } from "../../../src/engine";

/** Every track of every rule set, its metrics as { id, maxPoints } (the rule's maximum). */
const tracks = DESIGNATIONS.flatMap((d) =>
  d.ruleSets.flatMap((r: { id: string; tracks: { id: string; metrics: { id: keyof typeof METRIC_CATEGORY; maxPoints: { value: number } }[] }[] }) =>
    r.tracks.map((t) => ({ name: `${r.id}/${t.id}`, metrics: t.metrics.map((m) => ({ id: m.id, points: 0, maxPoints: m.maxPoints.value })) }))
  )
);

test("every metric of every rule set has a category, and each track's categories add up to 100", () => {
  expect(tracks.length).toBeGreaterThan(10);
  for (const t of tracks) {
    for (const m of t.metrics) expect(METRIC_CATEGORY[m.id]).toBeDefined();
    const groups = categoryGroups(t.metrics);
    expect(groups.reduce((s, g) => s + g.maxPoints, 0)).toBe(100);
    expect(groups.flatMap((g) => g.metrics)).toHaveLength(t.metrics.length);
  }
});

test("categories as Partner Center groups them: Modern Work 20 / 25 / 55, Security 20 / 40 / 40", () => {
  const maxima = (name: string) => categoryGroups(tracks.find((t) => t.name === name)!.metrics).map((g) => `${g.label} ${g.maxPoints}`);
  expect(maxima("modern-work-2023/smb")).toEqual(["Performance 20", "Skilling 25", "Customer success 55"]);
  expect(maxima("security-2023/single")).toEqual(["Performance 20", "Skilling 40", "Customer success 40"]);
});

test("a group's points are its metrics' points; empty categories are left out", () => {
  const groups = categoryGroups([
    { id: "usage-growth", points: 12.5, maxPoints: 30 },
    { id: "net-customer-adds", points: 16, maxPoints: 20 },
    { id: "deployments", points: 7.25, maxPoints: 25 },
  ]);
  expect(groups.map((g) => [g.label, g.points, g.maxPoints, g.metrics.map((m) => m.id)])).toEqual([
    [CATEGORY_LABEL.performance, 16, 20, ["net-customer-adds"]],
    ["Customer success", 19.75, 55, ["usage-growth", "deployments"]],
  ]);
});
