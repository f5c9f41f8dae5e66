import {
  DESIGNATION_SHORT_NAMES,
  isoMonthLabel,
  printDifference,
  printValue,
  type CalibrationGroup,
  type CalibrationResult,
  type MetricExplanation,
  type ObservationCheck,
} from "../engine";

const names = (ids: readonly string[]) => ids.map((id) => DESIGNATION_SHORT_NAMES[id as keyof typeof DESIGNATION_SHORT_NAMES] ?? id).join(", ");

/** The address as shown inside a group: without the designation when the group has one. */
function short(g: CalibrationGroup, address: string): string {
  return g.designations.length === 1 ? address.slice(address.indexOf("/") + 1) : address;
}

function checkText(g: CalibrationGroup, c: ObservationCheck): string {
  const what = short(g, c.address);
  if (c.matches) return `${what} ${printValue(c.engine, c.unit)} ✓`;
  return `${what} ${printValue(c.engine, c.unit)} ✗ (${c.difference === null ? "not there" : printDifference(c.difference, c.unit)})`;
}

function explanationText(g: CalibrationGroup, e: MetricExplanation): string[] {
  const check = g.best?.checks.find((c) => c.address === e.address);
  const unit = check?.unit ?? "count";
  const head = `  Tenants behind ${short(g, e.address)}`;
  if (e.comparedWith === null) return [`${head}: ${e.note}.`];
  const between = `${e.comparedLabel} ${printValue(e.comparedValue, unit)} → ${g.best!.label} ${printValue(e.bestValue, unit)}`;
  if (!e.tenants.length) return [`${head} (${between}): ${e.note}.`];
  const out = [
    `${head} (${between}): ${e.tenantsDiffering} tenant${e.tenantsDiffering === 1 ? "" : "s"} count differently${e.tenantsDiffering > e.tenants.length ? `, the ${e.tenants.length} largest` : ""} (each tenant's effect, with it − without it):`,
  ];
  const width = Math.min(40, Math.max(...e.tenants.map((t) => t.tenant.length)));
  for (const t of e.tenants) out.push(`    ${t.tenant.padEnd(width)}  ${printDifference(t.compared, unit)} → ${printDifference(t.best, unit)}`);
  if (e.tenantsLeftOut) out.push(`    (${e.tenantsLeftOut} tenants with the fewest rows were not explained)`);
  return out;
}

function groupText(g: CalibrationGroup): string[] {
  const rules = g.ruleSets.map((r) => `${g.ruleSets.length > 1 ? `${DESIGNATION_SHORT_NAMES[r.designation]}: ` : ""}${r.id}`).join(", ");
  const out = [`${g.name} (rules: ${rules})`];
  out.push(`  Observed: ${g.observations.map((o) => `${short(g, o.address)} = ${printValue(o.value, o.unit)}`).join("; ")}`);
  if (!g.options.length) out.push("  Options: none (this rule set has one reading); checking the default reading.");
  else {
    out.push("  Options:");
    for (const o of g.options)
      out.push(`    ${o.id}: ${o.label}${g.designations.length > 1 && o.designations.length < g.designations.length ? ` (${names(o.designations)})` : ""}`);
  }
  for (const o of g.ignored) out.push(`    (${o.id} not tried: it ${o.why})`);
  if (g.skipped) {
    out.push(`  Not calibrated: ${g.skipped}`);
    return out;
  }
  if (g.options.length) out.push(`  Combinations tried (${g.tried}):`);
  const width = Math.max(...g.combinations.map((c) => c.label.length + (c.current ? 10 : 0)));
  for (const c of g.combinations)
    out.push(`    ${c.matches ? "✓" : "✗"} ${`${c.label}${c.current ? " (current)" : ""}`.padEnd(width)}  ${c.checks.map((k) => checkText(g, k)).join(", ")}`);
  const best = g.best!;
  if (g.status === "matched") out.push(`  Matches: ${best.label}${best.current ? " (the current reading)" : ""}.`);
  else if (g.status === "ambiguous") {
    out.push(
      `  ${g.matching.length} combinations reproduce every observed value; chose ${best.label}${best.current ? " (the current reading)" : " (fewest options)"}.`
    );
    if (g.distinguishing.length) out.push(`  To tell them apart, also give one of: ${g.distinguishing.map((a) => short(g, a)).join(", ")}`);
    else out.push(`  No metric tells them apart on these exports.`);
  } else {
    out.push(
      `  No combination reproduces every observed value. Closest: ${best.label}${best.current ? " (current)" : ""}, ${g.differences.length} of ${best.checks.length} differ:`
    );
    for (const d of g.differences)
      out.push(
        `    ${short(g, d.address)}: engine ${printValue(d.engine, d.unit)}, Partner Center ${printValue(d.observed, d.unit)}${d.difference === null ? "" : ` (${printDifference(d.difference, d.unit)})`}`
      );
  }
  if (g.alsoAffects.length) out.push(`  ${best.options.join(", ")} also applies to ${names(g.alsoAffects)} (the same option of their rule sets).`);
  for (const e of g.explanations) out.push(...explanationText(g, e));
  return out;
}

/** The calibration as text: per group of designations, the options tried, what matches, what still differs and why. */
export function calibrationText(r: CalibrationResult, extra: { optionsFile?: string; fromFile?: string[]; saved?: string } = {}): string {
  const out = [`Calibration to Partner Center as of ${isoMonthLabel(r.asOf)} (baseline ${isoMonthLabel(r.baseline)})`];
  if (extra.optionsFile) out.push(`Options from ${extra.optionsFile}: ${extra.fromFile?.length ? extra.fromFile.join(", ") : "none (the default readings)"}`);
  for (const g of r.groups) out.push("", ...groupText(g));
  out.push("");
  const chosen = r.groups
    .filter((g) => !g.skipped)
    .flatMap((g) =>
      g.designations.map((d) => `${DESIGNATION_SHORT_NAMES[d]}: ${r.byDesignation[d]?.length ? r.byDesignation[d]!.join(", ") : "default reading"}`)
    );
  out.push(`Chosen: ${chosen.join("; ") || "nothing calibrated"}`);
  out.push(`Options to score with: ${r.options.length ? r.options.map((o) => `--option ${o}`).join(" ") : "none (the default readings)"}`);
  if (extra.saved) out.push(`Saved to ${extra.saved}; use it with --options-file ${extra.saved}`);
  return out.join("\n");
}
