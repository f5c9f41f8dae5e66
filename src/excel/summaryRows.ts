import { STATUS_LABEL, type Report } from "../engine";

export const SUMMARY_SHEET = "SPD Summary";

export const METRIC_HEADER = ["Designation", "Track", "Metric", "Association", "Value", "Target", "Points", "Max points", "Met", "Missing for full points"];
export const TRACK_HEADER = ["Designation", "Track", "Total", "Status", "Points to 70", "Best track"];

export interface SummaryLayout {
  info: (string | number)[][];
  metrics: (string | number)[][];
  tracks: (string | number)[][];
  warnings: string[];
}

/** The summary sheet's content as plain rows, so it can be tested without Excel. */
export function summaryRows(report: Report, sources: string[]): SummaryLayout {
  const info: (string | number)[][] = [
    ["As-of month", report.asOf],
    ["Baseline month", report.baseline],
    ...report.designations.map((d) => ["Rule set", `${d.ruleSet.name} (${d.ruleSet.id}, effective ${d.ruleSet.effectiveFrom})`]),
    ["Source", sources.join(", ")],
  ];
  const metrics: (string | number)[][] = [];
  const tracks: (string | number)[][] = [];
  for (const d of report.designations)
    for (const t of d.tracks) {
      for (const m of t.metrics) {
        const a = m.bestAssociation;
        const value = typeof m.value === "number" ? m.value : a ? m.value[a] : 0;
        const target = typeof m.target === "number" ? m.target : a ? m.target[a] : 0;
        metrics.push([d.name, t.label, m.label, a ?? "", value, target, m.points, m.maxPoints, m.points >= m.maxPoints ? "Met" : "Not met", m.gaps[0]?.text ?? ""]);
      }
      tracks.push([d.name, t.label, t.total, STATUS_LABEL[t.status], t.pointsToQualify, d.bestTrack === t.id ? "Yes" : "No"]);
    }
  return { info, metrics, tracks, warnings: report.warnings.map((w) => w.message) };
}
