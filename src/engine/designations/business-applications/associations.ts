import { normaliseAssociation } from "../../parse/associations";
import type { BizAppsAssociation, BusinessApplicationsRuleSet } from "./types";

const CPOR_PREFIXES = ["CLAIMINGPARTNEROFRECORD", "CLAIMEDPARTNEROFRECORD", "CPOR"];
const cache = new Map<string, BizAppsAssociation>();

/**
 * The Business Applications association of an export's raw text, matched loosely: "CPOR RevRec",
 * "CPOR-RevRec", "cpor (rev rec)" are one type; "CSP T1" is CSP Tier 1. A CPOR whose sub-type is
 * none of RevRec, RevRec Performance, OSA, OSU is OTHER: the rules name no other.
 */
export function bizAppsAssociation(raw: string): BizAppsAssociation {
  const hit = cache.get(raw);
  if (hit) return hit;
  const result = classify(raw);
  if (cache.size < 10_000) cache.set(raw, result);
  return result;
}

function classify(raw: string): BizAppsAssociation {
  const general = normaliseAssociation(raw);
  switch (general.type) {
    case "DPOR":
    case "PAL":
      return general.type;
    case "CSP":
      return general.label as "CSP Tier 1" | "CSP Tier 2" | "CSP";
    case "CPOR":
      return cporSubtype(raw);
    default:
      return "OTHER";
  }
}

function cporSubtype(raw: string): BizAppsAssociation {
  const key = raw.toUpperCase().replace(/[^A-Z0-9]/g, "");
  const prefix = CPOR_PREFIXES.find((p) => key.startsWith(p)) ?? "";
  const rest = key.slice(prefix.length);
  if (rest === "") return "CPOR";
  if (rest.includes("REVREC") || rest.includes("REVENUERECOGNITION")) return rest.includes("PERF") ? "CPOR RevRec Performance" : "CPOR RevRec";
  if (rest === "OSA") return "CPOR OSA";
  if (rest === "OSU") return "CPOR OSU";
  return "OTHER";
}

/**
 * The association types of a rule list that count under the rule set's settings: a bare "CPOR" only
 * while `settings.bareCporCounts` (the lists name CPOR sub-types only).
 */
export function countingAssociations(list: readonly BizAppsAssociation[], rules: Pick<BusinessApplicationsRuleSet, "settings">): Set<string> {
  return new Set<string>(rules.settings.bareCporCounts.value ? list : list.filter((a) => a !== "CPOR"));
}
