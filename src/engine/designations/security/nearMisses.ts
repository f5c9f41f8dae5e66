import { measureColumns } from "../../input/measureColumns";
import type { MeasureRecord } from "../../input/measures";
import { monthLabel, parseIsoMonth } from "../../parse/months";
import type { Band, SecurityRuleSet } from "./types";
import { aboveBand, inBand } from "./bands";
import { ledgerFor, readAzure, ttm } from "./azureHalf";
import { nameMatcher, offerExcluder } from "../../model/matching";
import type { DesignationBase, ExplainContext } from "../../model/explainTypes";
import { usd } from "../../model/text";
import { largestRow, tracksThatCount } from "../../model/nearMiss/pick";
import { CROSSING_GUARD, centsToCross, thresholdOf, withinBelow } from "../../model/nearMiss/thresholds";
import type { NearMissCandidate, NearMissWindows } from "../../model/nearMiss/types";

const BANDS = [
  { band: "customer", what: "an eligible Azure customer (net customer adds)" },
  { band: "deployment", what: "an Azure deployment" },
] as const;

/** The band's lower edge: "at least" or "more than". */
function lowerEdge(band: Band): { sourced: NonNullable<Band["atLeast"]>; inclusive: boolean; key: "atLeast" | "above" } | null {
  if (band.atLeast) return { sourced: band.atLeast, inclusive: true, key: "atLeast" };
  if (band.above) return { sourced: band.above, inclusive: false, key: "above" };
  return null;
}

/**
 * Security's Azure half: tenants whose trailing security ACR (over trailingMonths) is inside the window under the
 * lower edge of a track's customer band or deployment band. A raise goes to the tenant's largest
 * counted security row of the latest month it has in the trailing year.
 */
export function securityAzureMisses(ctx: ExplainContext, d: DesignationBase, windows: NearMissWindows): NearMissCandidate[] {
  const azure = ctx.input.azure;
  if (!azure) return [];
  const rules = d.rules as SecurityRuleSet;
  const asOf = parseIsoMonth(d.asOf)!;
  const read = readAzure(azure, rules, asOf);
  const t = rules.trailingMonths.value;
  const service = nameMatcher(rules.azureServices.value);
  const offerOut = offerExcluder(rules.excludedOffers.value);
  const out = new Map<string, NearMissCandidate>();
  for (const track of tracksThatCount(d, rules.tracks)) {
    const ti = rules.tracks.indexOf(track);
    const types = new Set<string>(track.azure.associations.value);
    const counts = (r: MeasureRecord) => types.has(r.association) && service(r.itemKey) !== null && offerOut(r.offer) === null;
    for (const { band: name, what } of BANDS) {
      const band = track.azure[name];
      const edge = lowerEdge(band);
      if (!edge) continue;
      for (const [tenant, months] of ledgerFor(read, track.azure)) {
        const value = ttm(months, 0, t);
        if (inBand(band, value) || aboveBand(band, value) || !withinBelow(value, edge.sourced.value, windows.amount)) continue;
        const entry = ctx.directory.entryOf("azure", tenant);
        let row: MeasureRecord | null = null;
        for (let m = asOf; m > asOf - t && !row; m--) row = largestRow(measureColumns(azure), entry?.records.azure ?? [], tenant, m, counts);
        if (!row) continue;
        const more = centsToCross(value, edge.sourced.value, edge.inclusive);
        const key = `${tenant}|${name}|${edge.sourced.value}|${edge.inclusive}`;
        const seen = out.get(key);
        if (seen) {
          if (!seen.tracks.includes(track.id)) seen.tracks.push(track.id);
          continue;
        }
        out.set(key, {
          kind: "security-azure-acr",
          designations: [d.id],
          tracks: [track.id],
          item: `${name} band`,
          threshold: thresholdOf(rules, `tracks[${ti}].azure.${name}.${edge.key}`, edge.sourced),
          current: value,
          more,
          unit: `USD security ACR (trailing ${t} months)`,
          entryKey: { exp: "azure", tenant },
          raises: [{ exp: "azure", record: { ...row, value: more + CROSSING_GUARD } }],
          what:
            `${usd(value)} of security ACR over the ${t} months to ${monthLabel(asOf)}; ${what}{tracks} needs ` +
            `${edge.inclusive ? "at least" : "more than"} ${usd(edge.sourced.value)}: ${usd(more)} more (e.g. ${row.item} in ${monthLabel(row.month)}) makes it one`,
        });
      }
    }
  }
  // A band shared by every track (the customer band) names no track.
  const label = (ids: string[]) =>
    ids.length === rules.tracks.length
      ? ""
      : ` (${rules.tracks
          .filter((t) => ids.includes(t.id))
          .map((t) => t.label)
          .join(", ")})`;
  return [...out.values()].map((c) => ({ ...c, what: c.what.replace("{tracks}", label(c.tracks)) }));
}
