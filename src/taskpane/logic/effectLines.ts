import { PART_NAMES, signedText as signed, type DesignationEffect, type MetricEffect, type NearMiss, type NearMissWorth } from "../../engine";
import { signedPts } from "./formats";

/** "+1", "CPOR +340, CSP −2": how much the metric's value moves. */
export function unitsText(units: MetricEffect["units"]): string {
  if (typeof units === "number") return signed(units);
  return Object.entries(units)
    .map(([key, u]) => `${PART_NAMES[key] ?? key} ${signed(u)}`)
    .join(", ");
}

/**
 * Why the points stay, in a few words: the engine's note without its "(48 or 49 of 10)" values, which
 * read as a riddle in a narrow pane.
 */
export function shortNote(note: string): string {
  if (note.startsWith("already capped")) return "already at full points";
  const blocked = /^scores 0 either way: (.*)$/.exec(note);
  if (blocked) return blocked[1];
  return note.replace(/\s*\([^()]*\bor\b[^()]*\bof\b[^()]*\)/g, "").trim();
}

/** "Net customer adds +1: +2 pts"; "Deployments CSP +4: 0 pts, already at full points". */
export function metricLine(m: MetricEffect): string {
  const points = m.points === 0 ? "0 pts" : signedPts(m.points);
  return `${m.label} ${unitsText(m.units)}: ${points}${m.note ? `, ${shortNote(m.note)}` : ""}`;
}

/** The counting track's metrics that move, one line each; what it changes to the designation said after. */
export function effectLines(e: DesignationEffect): string[] {
  const track = e.tracks.find((t) => t.track === e.countingTrack);
  const lines = (track?.metrics ?? []).map(metricLine);
  if (e.qualification === "qualifies-only-with-it") lines.push(`Without it ${e.name} would no longer qualify`);
  if (e.qualification === "qualifies-only-without-it") lines.push(`Without it ${e.name} would qualify`);
  return lines;
}

/** What crossing a near miss moves on the designation's counting track, one line per metric. */
export function worthLines(w: NearMissWorth): string[] {
  return (w.tracks.find((t) => t.track === w.countingTrack)?.metrics ?? []).map(metricLine);
}

/** What a near miss is short of, without the customer's name and the per-designation breakdown. */
export function nearMissWhat(m: NearMiss): string {
  const name = m.tenant.name || m.tenant.key;
  const text = m.text.startsWith(`${name}: `) ? m.text.slice(name.length + 2) : m.text;
  const cut = /: (?:[+−-][\d.,]+|0) points?(?: \(|$)/.exec(text);
  return cut ? text.slice(0, cut.index) : text;
}

/** What crossing is worth to the designations of a group (the largest of their gains). */
export function nearMissWorth(m: NearMiss, ids: readonly string[]): number {
  return m.worth.filter((w) => ids.includes(w.designation)).reduce((best, w) => Math.max(best, w.points), 0);
}
