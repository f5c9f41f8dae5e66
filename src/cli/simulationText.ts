import { DESIGNATION_SHORT_NAMES, STATUS_LABEL, formatPoints, monthLabel, parseIsoMonth } from "../engine";
import { formatDelta, type DesignationChange } from "../engine";
import type { Recommendation } from "../engine";
import type { SimulationResult } from "../engine";

const status = (s: DesignationChange["before"], scored: boolean) => (!scored ? "Not scored" : `${formatPoints(s.total)} ${STATUS_LABEL[s.status]}`);

function scenarioLine(r: SimulationResult): string {
  const s = r.scenario;
  const parts = [
    [s.customers.length, "customer", "customers"],
    [s.certifications.reduce((n, c) => n + c.people, 0), "certified person", "certified people"],
    [s.exclude.length, "tenant left out", "tenants left out"],
    [s.recommendations.length, "recommendation", "recommendations"],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return said.length ? said.join(", ") : "nothing changed";
}

/** Recommendations grouped by designation and track, with the id to tick. */
export function recommendationsText(list: readonly Recommendation[]): string[] {
  if (!list.length) return ["Recommendations: none (every scored metric is at full points)."];
  const out = ["Recommendations (tick with --recommend ID):"];
  let heading = "";
  for (const r of list) {
    const h = `${DESIGNATION_SHORT_NAMES[r.designation]} – ${r.trackLabel}${r.counting ? "" : " (not the track that counts)"}`;
    if (h !== heading) out.push(`  ${(heading = h)}`);
    out.push(`    ${r.id.padEnd(58)} ${r.text}`);
  }
  return out;
}

/** Current beside simulated, per designation, then the metrics of every track that moved, as Partner Center's "Simulated result". */
export function simulationText(r: SimulationResult): string {
  const asOf = parseIsoMonth(r.simulated.asOf);
  const out = [`Simulated as of ${asOf === null ? r.simulated.asOf : monthLabel(asOf)}: ${scenarioLine(r)}`, ""];
  out.push("Designation".padEnd(28) + "Current".padEnd(24) + "Simulated".padEnd(24) + "Change");
  for (const c of r.changes)
    out.push(
      DESIGNATION_SHORT_NAMES[c.id].padEnd(28) +
        status(c.before, c.scored.before).padEnd(24) +
        status(c.after, c.scored.after).padEnd(24) +
        formatDelta(c.delta)
    );
  const cloud = r.simulated.microsoftCloud;
  out.push(
    `Solutions Partner for Microsoft Cloud: ${cloud.qualified.length} of 6 designations qualify (currently ${r.current.microsoftCloud.qualified.length})`
  );
  for (const c of r.changes)
    for (const t of c.tracks) {
      if (!t.metrics.some((m) => formatDelta(m.delta) || m.before.value !== m.after.value)) continue;
      out.push(
        "",
        `${DESIGNATION_SHORT_NAMES[c.id]} – ${t.label}: ${formatPoints(t.before.total)} → ${formatPoints(t.after.total)}/100 ${formatDelta(t.delta)} (${STATUS_LABEL[t.after.status]})`
      );
      out.push("  " + "Metric".padEnd(40) + "Progress".padEnd(40) + "Maximum".padEnd(26) + "Points earned");
      for (const m of t.metrics) {
        const progress = m.before.value === m.after.value ? m.after.value : `${m.before.value} → ${m.after.value}`;
        out.push(
          "  " +
            `${m.label} (${m.maxPoints} pts)`.padEnd(40) +
            progress.padEnd(40) +
            m.after.target.padEnd(26) +
            `${formatPoints(m.after.points)} Pts ${formatDelta(m.delta)}`.trimEnd()
        );
      }
    }
  if (r.notes.length) out.push("", ...r.notes.map((n) => `Note: ${n}`));
  if (!r.scenario.recommendations.length && !r.scenario.customers.length && !r.scenario.certifications.length && !r.scenario.exclude.length)
    out.push("", ...recommendationsText(r.recommendations));
  return out.join("\n");
}
