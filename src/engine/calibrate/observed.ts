import type { Observation, ObservedKind, ResolvedObservation } from "./types";

/** A calibration request the engine cannot act on: a bad observed value, an unreadable options file. */
export class CalibrationError extends Error {
  override name = "CalibrationError";
}

const FORMS = `DESIGNATION/TRACK/METRIC[/PART]=VALUE, e.g. business-applications/smb/net-customer-adds=3, modern-work/smb/usage-growth/CSP=1340, security/smb/usage-growth/azure=$5,400, business-applications/smb/net-customer-adds=9pts or points:business-applications/smb/total=56.36`;

/** "1,340", "5400", "21.39", "-158", "−158" (a typographic minus), "$5,400". Commas only as thousands separators. */
function parseAmount(raw: string, text: string): number {
  const s = raw.replace(/\u2212/g, "-").replace(/\s+/g, "");
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?$/.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined))
    throw new CalibrationError(
      `--observed "${text}": "${raw.trim()}" is not a number (use digits, "." for decimals and "," only between thousands: 1,340 or 21.39).`
    );
  return Number(`${m[1]}${(m[2] ?? "0").replace(/,/g, "")}${m[3] ?? ""}`);
}

/**
 * Reads one `--observed` text: `ADDRESS=VALUE`, where ADDRESS is `designation/track/metric[/part]`
 * and VALUE what Partner Center prints: the metric's Progress (`3`, `1,340`, `21.39%`, `$5,400`) or,
 * with `pts`/`points` after it or `points:` before the address, the Points earned. `~0.05` after the
 * value sets the tolerance. Only the form is checked here; `resolveObservations` checks the names
 * against the rules in force.
 */
export function parseObservation(text: string): Observation {
  const raw = text.trim();
  const eq = raw.indexOf("=");
  if (eq < 0) throw new CalibrationError(`--observed "${text}": no "=VALUE". Use ${FORMS}.`);
  let address = raw.slice(0, eq).trim();
  let valueText = raw.slice(eq + 1).trim();
  let kind: ObservedKind | undefined;
  const prefix = /^(points|pts|value|progress)\s*:\s*/i.exec(address);
  if (prefix) {
    kind = /^p(oin)?ts$/i.test(prefix[1]) ? "points" : "value";
    address = address.slice(prefix[0].length);
  }
  const parts = address.split("/").map((p) => p.trim());
  if (parts.length < 3 || parts.length > 4 || parts.some((p) => !p))
    throw new CalibrationError(`--observed "${text}": "${address}" is not DESIGNATION/TRACK/METRIC or DESIGNATION/TRACK/METRIC/PART. Use ${FORMS}.`);

  let tolerance: number | undefined;
  const tol = /(?:~|±|\+-)\s*([^~±]*)$/.exec(valueText);
  if (tol) {
    tolerance = parseAmount(tol[1], text);
    if (tolerance < 0) throw new CalibrationError(`--observed "${text}": a tolerance is 0 or more.`);
    valueText = valueText.slice(0, tol.index).trim();
  }
  let unitHint: "percent" | "usd" | undefined;
  const suffix = /\s*(pts?|points?|%|usd)$/i.exec(valueText);
  if (suffix) {
    const s = suffix[1].toLowerCase();
    if (s === "%") unitHint = "percent";
    else if (s === "usd") unitHint = "usd";
    else {
      if (kind === "value")
        throw new CalibrationError(`--observed "${text}": "${prefix![1]}:" and "${suffix[1]}" contradict each other; give the value or the points.`);
      kind = "points";
    }
    valueText = valueText.slice(0, suffix.index).trim();
  }
  if (/^[+-\u2212]?\s*\$/.test(valueText)) {
    unitHint = "usd";
    valueText = valueText.replace("$", "");
  }
  if (!valueText) throw new CalibrationError(`--observed "${text}": no value after "=". Use ${FORMS}.`);
  const value = parseAmount(valueText, text);
  const [designation, track, metric, part] = parts;
  return {
    designation,
    track,
    metric,
    ...(part !== undefined ? { part } : {}),
    kind: kind ?? "value",
    value,
    ...(tolerance !== undefined ? { tolerance } : {}),
    ...(unitHint ? { unit: unitHint } : {}),
    text: raw,
  };
}

/** `business-applications/smb/net-customer-adds=3`, `…=9pts`: a resolved observation as a partner types it. */
export function observationText(o: ResolvedObservation): string {
  return `${o.address}=${o.value}${o.kind === "points" ? "pts" : ""}`;
}
