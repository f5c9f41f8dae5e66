import { usageColumns } from "../../input/usageColumns";
import { eachMeasureRecord } from "../../input/measureColumns";
import { grouped } from "../../model/text";
import type { MeasureData } from "../../input/measures";
import type { UsageData } from "../../input/usage";
import type { LayoutId } from "../../input/layouts";
import { countsTowardText, notComparedReason, yesNo, type FlagColumn, type RowContribution, type RowSink, NOTHING, NO_CELLS } from "../../model/flags";
import { nameMatcher, offerExcluder } from "../../model/matching";
import { usd } from "../../model/text";
import { monthLabel, type MonthIndex } from "../../parse/months";
import { collapseTracks } from "../azure/rowFlags";
import { interner } from "../../model/intern";
import { fits, ledgerFor, ttm, type AzureRead } from "./azureHalf";
import { aboveBand, inBand } from "./bands";
import { activePaid, m365LedgerFor, seatsFit, slotOf, type M365Read, type Seats } from "./m365Half";
import type { Band, SecurityRuleSet } from "./types";

/*
 * Security's row flags: its Azure half on the Azure consumption export, its M365 half on the M365
 * usage export. Each row counts toward a metric's Azure or M365 part ("Security SMB: deployments
 * (M365)"); reasons start with "Security:" where they are Security's own.
 */

const DESIGNATION = "Security";

const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;
const keepsPromoted = (rules: SecurityRuleSet, trackId: string) => trackId === "smb" && rules.settings.smbKeepsPromotedTenants.value;
const anyKeepsPromoted = (rules: SecurityRuleSet) => rules.tracks.some((t) => keepsPromoted(rules, t.id));

/** "≥ $600", "$750–$12,000", "> 300": a band as the rules word it. */
function bandText(band: Band, amount: (n: number) => string): string {
  const low = band.atLeast ? amount(band.atLeast.value) : band.above ? `> ${amount(band.above.value)}` : null;
  if (band.atMost)
    return band.atLeast
      ? `${amount(band.atLeast.value)}–${amount(band.atMost.value)}`
      : low
        ? `${low} and ≤ ${amount(band.atMost.value)}`
        : `≤ ${amount(band.atMost.value)}`;
  return band.atLeast ? `≥ ${low}` : (low ?? "any");
}

/** "Enterprise > 300; SMB 5–300", or the one band of a single track. */
function bandsText(rules: SecurityRuleSet, band: (t: SecurityRuleSet["tracks"][number]) => Band | null, amount: (n: number) => string): string {
  const parts = rules.tracks.map((t) => {
    const b = band(t);
    return { label: t.label, text: b ? bandText(b, amount) : "any" };
  });
  if (parts.every((p) => p.text === parts[0].text)) return parts[0].text;
  return parts.map((p) => `${p.label} ${p.text}`).join("; ");
}

const seatsAmount = (n: number) => grouped(n, 3);

export function securityFlagColumns(rules: SecurityRuleSet): { layout: LayoutId; columns: FlagColumn[] }[] {
  const t = rules.trailingMonths.value;
  const promoted = anyKeepsPromoted(rules) ? `, and the ${t} before that for SMB's promoted tenants` : "";
  const share = percent(rules.tracks[0].m365.deployment.activeShare.value);
  return [
    {
      layout: "azure-usage",
      columns: [
        {
          id: "security-azure-service",
          header: "SPD Security service",
          numberFormat: "@",
          meaning: `Security: the eligible Azure security service the row's ServiceLevel2 is, or No; filled on the months Security reads (the ${t} months to the as-of month and to its baseline${promoted}).`,
        },
        {
          id: "security-ttm-acr",
          header: `SPD Tenant security ACR (${t} months)`,
          numberFormat: "$#,##0",
          meaning: `Security: the tenant's eligible security ACR over the ${t} months the row's month falls in; customers (${bandsText(rules, (x) => x.azure.customer, usd)}), deployments (${bandsText(rules, (x) => x.azure.deployment, usd)}) and usage growth read its bands.`,
        },
      ],
    },
    {
      layout: "m365-usage",
      columns: [
        {
          id: "security-m365-workload",
          header: "SPD Security workload",
          numberFormat: "@",
          meaning: "Security: the eligible M365 security workload the row's WorkloadName is, or No; filled on the months Security compares.",
        },
        {
          id: "security-m365-deployment",
          header: `SPD Security deployment (≥ ${share} of paid seats active)`,
          numberFormat: "@",
          meaning: `Security: Yes when the row is an M365 deployment on a track: paid seats in its band (${bandsText(rules, (x) => x.m365.deployment.seats, seatsAmount)}) with ${share} or more of them active; filled on the compared months.`,
        },
        {
          id: "security-protected-users",
          header: "SPD Security protected users",
          numberFormat: "#,##0",
          meaning:
            "Security: the row's active paid seats (the lower of MAU and paid seats); a tenant's protected users are the most on any one of its eligible workloads. Compared months only.",
        },
      ],
    },
  ];
}

function skipped(layout: LayoutId, data: { files: string[]; rejected: { file: number; row: number; reason: string }[] }): RowContribution[] {
  return data.rejected.map((r) => ({ layout, file: data.files[r.file], row: r.row, countsToward: [], reason: `Skipped: ${r.reason}`, cells: {} }));
}

/** What a metric of a Security half reads of a tenant, per track. */
interface Part {
  metric: string;
  band: Band | null;
}

/** The Azure half's row flags (read is null without rows to read). */
export function securityAzureRowFlags(data: MeasureData, rules: SecurityRuleSet, read: AzureRead | null, asOf: MonthIndex, out: RowSink): void {
  const layout: LayoutId = "azure-usage";
  if (!read) {
    for (const row of skipped(layout, data)) out.push(row);
    return;
  }
  const t = rules.trailingMonths.value;
  const reads = anyKeepsPromoted(rules) ? 3 * t : 2 * t;
  const service = nameMatcher(rules.azureServices.value);
  const serviceName = new Map(rules.azureServices.value.map((s) => [s.id, s.name]));
  const excludedOffer = offerExcluder(rules.excludedOffers.value);
  const tracks = rules.tracks.map((track) => ({
    label: track.label,
    types: new Set<string>(track.azure.associations.value),
    ledger: ledgerFor(read, track.azure),
    keep: keepsPromoted(rules, track.id),
    parts: [
      { metric: "net customer adds", band: track.azure.customer },
      { metric: "usage growth", band: track.azure.growthTenants },
      { metric: "deployments", band: track.azure.deployment },
    ] as Part[],
  }));
  const associations = [...new Set(rules.tracks.flatMap((x) => x.azure.associations.value))].join(", ");
  const notCompared = `Security: not in a compared period (the score compares the ${t} months to ${monthLabel(asOf)} with the ${t} months to ${monthLabel(asOf - t)}).`;
  const baselineNote = `baseline ${t} months to ${monthLabel(asOf - t)}`;

  const verdicts = new Map<number, { ttm: number; countsToward: string[]; reason: string }>();
  const azureVerdict = (tenant: number, o: number, mask: number) => {
    const first = tracks.find((_, k) => mask & (1 << k))!.ledger.get(tenant);
    const value = first ? ttm(first, o, t) : 0;
    const perTrack = tracks.map((track, k) => {
      const metrics: string[] = [];
      const m = track.ledger.get(tenant);
      if (!(mask & (1 << k)) || !m) return metrics;
      for (const part of track.parts) {
        if (o < 2 * t && (part.band === null || fits(part.band, m, o, t, track.keep))) {
          metrics.push(`${part.metric} (Azure${o ? `, ${baselineNote}` : ""})`);
          continue;
        }
        // SMB's promoted tenants: above the band at o − t, in it over these months, so they count there.
        const p = o - t;
        if (track.keep && part.band && p >= 0 && aboveBand(part.band, ttm(m, p, t)) && inBand(part.band, ttm(m, o, t)))
          metrics.push(`${part.metric} (Azure, ${p ? "baseline, " : ""}in the SMB band the year before)`);
      }
      return metrics;
    });
    const countsToward = collapseTracks(
      tracks.map((x) => x.label),
      perTrack
    ).map((e) => countsTowardText(DESIGNATION, e.track, e.metrics));
    const reason = countsToward.length
      ? ""
      : o >= 2 * t
        ? notCompared
        : `Security: the tenant's security ACR over the ${t} months to ${monthLabel(asOf - o)} is ${usd(value)}, in no band that counts.`;
    return { ttm: value, countsToward, reason };
  };

  // Each row's flags are made whole before they go out: a merger takes them as they come.
  const flagOf = (r: MeasureData["records"][number]): RowContribution => {
    const flag: RowContribution = { layout, file: data.files[r.file], row: r.row, countsToward: [], reason: "", cells: {} };
    let mask = 0;
    for (let k = 0; k < tracks.length; k++) if (tracks[k].types.has(r.association)) mask |= 1 << k;
    if (!mask) {
      flag.reason = `Security: association "${r.associationLabel || "(blank)"}" does not count for Azure (${associations}).`;
      return flag;
    }
    const offer = excludedOffer(r.offer);
    if (offer !== null) {
      flag.reason = `Security: offer "${r.offer}" is excluded (${offer} offers do not count).`;
      return flag;
    }
    const offset = asOf - r.month;
    if (offset < 0) {
      flag.reason = `After the as-of month ${monthLabel(asOf)}: not read.`;
      return flag;
    }
    if (offset >= reads) {
      flag.reason = notCompared;
      return flag;
    }
    const id = service(r.itemKey);
    flag.cells["security-azure-service"] = id === null ? "No" : (serviceName.get(id) ?? r.item);
    if (id === null) {
      flag.reason = `Security: "${r.item}" is not an eligible Azure security service.`;
      return flag;
    }
    // The TTM the row's month falls in: to M (0), to the baseline (t), or the year before (2t). What
    // the row counts toward depends on its tenant, that TTM and the tracks counting its association
    // only: worked out once per such triple, and shared by the tenant's rows.
    const o = Math.floor(offset / t) * t;
    const key = (r.tenant * 3 + o / t) * 64 + mask;
    let verdict = verdicts.get(key);
    if (!verdict) verdicts.set(key, (verdict = azureVerdict(r.tenant, o, mask)));
    flag.cells["security-ttm-acr"] = verdict.ttm;
    flag.countsToward = verdict.countsToward;
    flag.reason = verdict.reason;
    return flag;
  };
  for (const r of eachMeasureRecord(data)) out.push(flagOf(r));
  for (const row of skipped(layout, data)) out.push(row);
}

/** A tenant at slot `p` counts for the band only as a promoted tenant (no workload in it, one above it). */
function promotedOnly(band: Band, months: Map<string, Seats>[], p: number, test: (s: Seats) => boolean): boolean {
  let above = false;
  for (const s of months[p].values()) {
    if (!test(s)) continue;
    if (inBand(band, s.pau)) return false;
    if (aboveBand(band, s.pau)) above = true;
  }
  return above;
}

/** The M365 part's metrics, in the order a row's text lists them. */
const M365_METRICS = ["net customer adds", "usage growth", "deployments"] as const;
const ANY = () => true;

/** The M365 half's row flags (read is null without rows to read). */
export function securityM365RowFlags(data: UsageData, rules: SecurityRuleSet, read: M365Read | null, asOf: MonthIndex, out: RowSink): void {
  const layout: LayoutId = "m365-usage";
  if (!read) {
    for (const row of skipped(layout, data)) out.push(row);
    return;
  }
  const rows = usageColumns(data);
  const t = rules.trailingMonths.value;
  const keepAny = anyKeepsPromoted(rules);
  const workload = nameMatcher(rules.m365Workloads.value);
  const workloadName = new Map(rules.m365Workloads.value.map((w) => [w.id, w.name]));
  const tracks = rules.tracks.map((track) => ({
    label: track.label,
    types: new Set<string>(track.m365.associations.value),
    ledger: m365LedgerFor(read, track.m365),
    keep: keepsPromoted(rules, track.id),
    rule: track.m365,
  }));
  const associations = [...new Set(rules.tracks.flatMap((x) => x.m365.associations.value))].join(", ");
  const notCompared = notComparedReason(monthLabel(asOf), monthLabel(asOf - t));
  const customerBands = bandsText(rules, (x) => x.m365.customer, seatsAmount);
  const intern = interner();
  const afterAsOf = `After the as-of month ${monthLabel(asOf)}: not read.`;

  // The metric names a row counts toward, by the slot its note names and whether it keeps a promoted tenant: made once, not per row.
  const note = (p: number, promoted: boolean) => {
    const notes = ["M365", ...(p === 1 ? [`baseline ${monthLabel(asOf - t)}`] : []), ...(promoted ? ["in the SMB band the year before"] : [])];
    return ` (${notes.join(", ")})`;
  };
  const named = [0, 1].map((p) => [false, true].map((promoted) => M365_METRICS.map((metric) => `${metric}${note(p, promoted)}`)));
  // A row's "counts toward" texts by slot and, per track, which metrics it counts toward directly or as a promoted tenant:
  // a million rows make a few dozen of them.
  const texts = new Map<number, string[]>();
  const countsTowardOf = (slot: number, codes: number[]): string[] => {
    let key = slot;
    for (const code of codes) key = key * 64 + code;
    let found = texts.get(key);
    if (!found) {
      const perTrack = codes.map((code) =>
        M365_METRICS.flatMap((_, j) => (code & (1 << j) ? [named[slot][0][j]] : code & (8 << j) ? [named[slot - 1][1][j]] : []))
      );
      found = collapseTracks(
        tracks.map((x) => x.label),
        perTrack
      ).map((e) => intern(countsTowardText(DESIGNATION, e.track, e.metrics)));
      texts.set(key, (found = found.length ? (Object.freeze(found) as string[]) : NOTHING));
    }
    return found;
  };
  const countingTracks = new Map<string, typeof tracks>();

  // Each row's flags are made whole before they go out: a merger takes them as they come.
  const flagOf = (r: UsageData["records"][number], i: number): RowContribution => {
    // Rows that only say a reason share one empty list and cell set: a million rows' worth fewer objects to collect.
    const flag: RowContribution = { layout, file: data.files[r.file], row: r.row, countsToward: NOTHING, reason: "", cells: NO_CELLS };
    let counting = countingTracks.get(r.association);
    if (!counting) countingTracks.set(r.association, (counting = tracks.filter((x) => x.types.has(r.association))));
    if (!counting.length) {
      flag.reason = intern(`Security: association "${r.associationLabel || "(blank)"}" does not count for M365 (${associations}).`);
      return flag;
    }
    if (r.month > asOf) {
      flag.reason = afterAsOf;
      return flag;
    }
    const slot = slotOf(asOf - r.month, t);
    if (slot < 0 || (slot === 2 && !keepAny)) {
      flag.reason = notCompared;
      return flag;
    }
    const id = workload(r.workloadKey);
    flag.cells = { "security-m365-workload": id === null ? "No" : (workloadName.get(id) ?? r.workload) };
    if (id === null) {
      flag.reason = intern(`Security: workload "${r.workload}" is not an eligible M365 security workload.`);
      return flag;
    }
    const months = counting[0].ledger.get(r.tenant)!;
    const seats = months[slot].get(id)!;
    if (seats.record !== i) {
      flag.reason = `Security: row ${rows.row[seats.record]} has as many or more paid seats for the same tenant, workload and month; counted once.`;
      return flag;
    }
    const share = r.pau > 0 ? r.mau / r.pau : 0;
    if (slot < 2) {
      flag.cells["security-protected-users"] = activePaid(seats);
      flag.cells["security-m365-deployment"] = yesNo(
        tracks.some(
          (x) =>
            x.types.has(r.association) &&
            r.pau > 0 &&
            share >= x.rule.deployment.activeShare.value &&
            seatsFit(x.rule.deployment.seats, r.pau, months, slot, x.keep)
        )
      );
    }
    let notTop = "";
    const codes = tracks.map((track) => {
      const m = track.ledger.get(r.tenant);
      if (!track.types.has(r.association) || !m) return 0;
      const rule = track.rule;
      const deploys = (x: Seats) => x.pau > 0 && x.mau / x.pau >= rule.deployment.activeShare.value;
      const direct = [
        slot < 2 && seatsFit(rule.customer, r.pau, m, slot, track.keep),
        slot < 2 && growthRow(rule.growthTenants, m, slot, id, track.keep),
        slot < 2 && deploys(seats) && seatsFit(rule.deployment.seats, r.pau, m, slot, track.keep),
      ];
      const bands = [rule.customer, rule.growthTenants, rule.deployment.seats];
      let code = 0;
      for (let j = 0; j < 3; j++) {
        if (direct[j]) code |= 1 << j;
        // SMB's promoted tenants: this row, in the band a year before, keeps the tenant in SMB at slot − 1.
        else if (track.keep && bands[j] && slot >= 1 && inBand(bands[j]!, r.pau) && promotedOnly(bands[j]!, m, slot - 1, j === 2 ? deploys : ANY))
          code |= 8 << j;
      }
      if (slot < 2 && !notTop) notTop = topReason(rule.growthTenants, m, slot, id, track.keep, workloadName);
      return code;
    });
    flag.countsToward = countsTowardOf(slot, codes);
    if (!flag.countsToward.length)
      flag.reason = intern(
        slot === 2
          ? notCompared
          : notTop ||
              `Security: ${seatsAmount(r.pau)} paid seats of ${workloadName.get(id) ?? r.workload} in ${monthLabel(r.month)} are in no band that counts (customers: ${customerBands}).`
      );
    return flag;
  };
  // A record per row, made and dropped (see usageRowFlags).
  for (let i = 0; i < rows.length; i++) out.push(flagOf(rows.record(i), i));
  for (const row of skipped(layout, data)) out.push(row);
}

/** The tenant's workload with the most active paid seats at a slot (the first of equals): its protected users. */
function topWorkload(months: Map<string, Seats>[], slot: number): { id: string; seats: Seats } | null {
  let top: { id: string; seats: Seats } | null = null;
  for (const [id, seats] of months[slot]) if (!top || activePaid(seats) > activePaid(top.seats)) top = { id, seats };
  return top;
}

function growthEligible(band: Band | null, months: Map<string, Seats>[], slot: number, keep: boolean): boolean {
  if (band === null) return true;
  for (const s of months[slot].values()) if (seatsFit(band, s.pau, months, slot, keep)) return true;
  return false;
}

/** The row adds to usage growth: its tenant's protected users count, and its workload is the one they are read from. */
function growthRow(band: Band | null, months: Map<string, Seats>[], slot: number, id: string, keep: boolean): boolean {
  if (!growthEligible(band, months, slot, keep)) return false;
  const top = topWorkload(months, slot);
  return top !== null && top.id === id && activePaid(top.seats) > 0;
}

/** Why an eligible tenant's row does not add to protected users, or "". */
function topReason(band: Band | null, months: Map<string, Seats>[], slot: number, id: string, keep: boolean, names: Map<string, string>): string {
  if (!growthEligible(band, months, slot, keep)) return "";
  const top = topWorkload(months, slot);
  if (!top || top.id === id) return "";
  return `Security: protected users are the tenant's most active paid seats on one workload (${names.get(top.id) ?? top.id}: ${seatsAmount(activePaid(top.seats))}); this row's do not add.`;
}
