import type { MetricRule, Sourced } from "../../model/ruleTypes";

/**
 * The five Modern Work metrics of one track. Their max points and targets have not changed since
 * 2022 (RULES.md §2.1, §2.7–2.9), so every Modern Work rule set builds them here and passes only the
 * source it cites and the wording it quotes.
 */
export type ModernWorkTrack = "enterprise" | "smb";

/** The words a rule set quotes for one track's targets (per association where the target is). */
export interface ModernWorkWording {
  netCustomerAdds: string;
  intermediate: string;
  advanced: string;
  usageGrowth: { CPOR: string; DPOR?: string; CSP?: string };
  deployments: { CPOR: string; DPOR?: string; CSP?: string };
}

const s = <T>(value: T, source: string, note?: string): Sourced<T> => (note ? { value, source, note } : { value, source });

export function modernWorkMetrics(track: ModernWorkTrack, source: string, words: ModernWorkWording): MetricRule[] {
  const ent = track === "enterprise";
  // Enterprise counts CPOR and DPOR; SMB counts CPOR and CSP.
  const other = ent ? "DPOR" : "CSP";
  const otherWords = (w: ModernWorkWording["usageGrowth"]) => w[other] ?? "";
  return [
    {
      id: "net-customer-adds",
      label: "Net customer adds",
      unit: ["net customer add", "net customer adds"],
      maxPoints: s(20, source),
      target: { kind: "single", target: s(ent ? 5 : 10, source, words.netCustomerAdds) },
    },
    {
      id: "intermediate-certifications",
      label: "Intermediate certifications",
      unit: ["intermediate certified person", "intermediate certified people"],
      maxPoints: s(10, source),
      target: { kind: "single", target: s(ent ? 4 : 2, source, words.intermediate) },
    },
    {
      id: "advanced-certifications",
      label: "Advanced certifications",
      unit: ["advanced certified person", "advanced certified people"],
      maxPoints: s(15, source),
      target: { kind: "single", target: s(ent ? 2 : 1, source, words.advanced) },
    },
    {
      id: "usage-growth",
      label: "Usage growth",
      unit: ["MAU growth", "MAU growth"],
      maxPoints: s(30, source),
      target: {
        kind: "per-association",
        targets: { CPOR: s(ent ? 1000 : 500, source, words.usageGrowth.CPOR), [other]: s(ent ? 4000 : 2000, source, otherWords(words.usageGrowth)) },
      },
    },
    {
      id: "deployments",
      label: "Deployments",
      unit: ["deployment", "deployments"],
      maxPoints: s(25, source),
      target: {
        kind: "per-association",
        targets: { CPOR: s(5, source, words.deployments.CPOR), [other]: s(10, source, otherWords(words.deployments)) },
      },
    },
  ];
}
