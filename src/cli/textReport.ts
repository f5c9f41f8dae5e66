import {
  PART_NAMES,
  STATUS_LABEL,
  formatPoints,
  isoMonthLabel,
  sidesLines,
  valueText as numberText,
  type DesignationPaths,
  type MetricResult,
  type Report,
} from "../engine";

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** "1,340", "CPOR −158, CSP 1,340", "Azure 18,647.7, Microsoft 365 −31": as the pane and Partner Center write them. */
function show(value: number | Record<string, number>): string {
  if (typeof value === "number") return numberText(value);
  return Object.entries(value)
    .map(([a, v]) => `${PART_NAMES[a] ?? a} ${numberText(v)}`)
    .join(", ");
}

/** Unmet certification prerequisite steps, e.g. " (prerequisite step 1: 1/2)". */
function prerequisites(m: MetricResult): string {
  const unmet = m.steps?.slice(0, -1).filter((s) => s.people < s.minPeople) ?? [];
  return unmet.map((s) => ` (prerequisite ${s.label}: ${s.people}/${s.minPeople})`).join("");
}

const month = isoMonthLabel;

/** The readable form of the report: a table per track, then what is missing, then the warnings. */
export function textReport(report: Report, paths: readonly DesignationPaths[] = []): string {
  const out: string[] = [];
  out.push(`As of ${month(report.asOf)} (baseline ${month(report.baseline)})`);
  for (const input of report.inputs)
    out.push(`  ${input.name}: ${input.layout}, ${input.rows.toLocaleString("en-US")} rows${input.skipped ? `, ${input.skipped} skipped` : ""}`);
  out.push("", "Designation".padEnd(56) + "Track".padEnd(24) + "Total".padStart(8) + "  Status");
  for (const d of report.designations) {
    const track = d.tracks.find((t) => t.id === d.countingTrack);
    const status = !d.scored ? "Not scored" : d.qualified ? "Qualified" : STATUS_LABEL[d.status];
    out.push(
      pad(d.name, 56) +
        pad(track ? `${track.label}${d.trackChoice === "classified" ? " (classified)" : d.trackChoice === "best" ? " (best)" : ""}` : "-", 24) +
        pad(d.scored ? formatPoints(d.total) : "-", 8, true) +
        `  ${status}`
    );
  }
  const cloud = report.microsoftCloud;
  out.push(
    `Solutions Partner for Microsoft Cloud: ${cloud.attained ? "ATTAINED (all six designations qualify)" : `not attained (${6 - cloud.missing.length} of 6 designations qualify)`}`
  );
  for (const d of report.designations) {
    if (!d.scored) {
      out.push("", `${d.name}: not scored. ${d.needs ?? ""}`);
      continue;
    }
    const options = d.ruleSet.options.length ? `, options: ${d.ruleSet.options.join(", ")}` : "";
    out.push("", `${d.name}: ${d.qualified ? "QUALIFIED" : "not qualified"} (rules: ${d.ruleSet.id}${options}${d.asOf ? `; as of ${month(d.asOf)}` : ""})`);
    if (d.classification) out.push(`  Track: ${d.classification.reason}`);
    for (const t of d.tracks) {
      out.push(
        "",
        `${t.label} track${t.note ? ` (${t.note})` : ""}: ${formatPoints(t.total)} / 100 points, ${STATUS_LABEL[t.status]}${t.pointsToQualify > 0 ? ` (${formatPoints(t.pointsToQualify)} points short of ${formatPoints(d.qualifyingTotal)})` : ""}`
      );
      out.push(`  ${pad("Metric", 28)} ${pad("Value", 22)} ${pad("Target", 22)} ${pad("Points", 12, true)}`);
      for (const m of t.metrics) {
        const value = show(m.value) + (m.basis === "option" ? " (given)" : "") + prerequisites(m);
        const best = m.bestAssociation ? ` [${m.bestAssociation}]` : "";
        out.push(`  ${pad(m.label, 28)} ${pad(value, 22)} ${pad(show(m.target), 22)} ${pad(`${formatPoints(m.points)}/${m.maxPoints}`, 12, true)}${best}`);
        for (const line of sidesLines(m)) out.push(`      ${line}`);
      }
      for (const line of t.missing) out.push(`  - ${line}`);
    }
    const path = paths.find((p) => p.designation === d.id)?.cheapest;
    if (path && path.outcome !== "already-qualified")
      out.push("", `  ${path.text}${path.track !== d.countingTrack ? ` (on the ${path.trackLabel} track)` : ""}`);
  }
  // As the pane's "Check the data": what to fix first, then how the data was read.
  const fixes = report.warnings.filter((w) => w.kind === "fix");
  const notes = report.warnings.filter((w) => w.kind !== "fix");
  if (fixes.length) {
    out.push("", `Needs fixing (${fixes.length}):`);
    for (const w of fixes) out.push(`  - ${w.message}`);
  }
  if (notes.length) {
    out.push("", `Notes on how the data was read (${notes.length}):`);
    for (const w of notes) out.push(`  - ${w.message}`);
  }
  return out.join("\n");
}
