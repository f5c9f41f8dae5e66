import type { ParsedInput } from "../input/collector";
import type { CertificationRecord } from "../input/skilling";
import { moduleOf } from "../designations/registry";
import { DESIGNATION_SHORT_NAMES } from "../model/designationNames";
import { certificationKey, certificationStatus, matcher } from "../model/certificationSteps";
import type { CertificationRule, DesignationId } from "../model/ruleTypes";
import type { ScoreAllResult } from "../model/scoreTypes";
import { formatMonth, parseIsoMonth, parseMonth, type MonthIndex } from "../parse/months";

/** A certification a person holds on a list, with its dates (YYYY-MM; null where the export left it empty). */
export interface HeldCertification {
  certification: string;
  /** Counted until (the expiry month, or the retirement month where that comes first); null: no end date. */
  until: string | null;
  completed: string | null;
  /** Where it is: file and row. */
  file: string;
  row: number;
}

export interface CountedPerson {
  person: string;
  /** Each valid certification of the list the person holds; one is enough (a person counts once per list). */
  certifications: HeldCertification[];
}

export interface NotCountedCertification extends HeldCertification {
  person: string;
  /** "expired": past its expiry before the as-of month; "retired": Microsoft stopped counting it; "not-yet": completed after the as-of month. */
  status: "expired" | "retired" | "not-yet";
  /** The month it stopped counting (expired, retired) or was completed (not yet). */
  date: string;
}

export interface SkillingStep {
  level: "intermediate" | "advanced";
  /** The step's label where the metric has several ("Step 3"). */
  step?: string;
  /** The people count was typed in the pane: it replaces the export for this level. */
  typed: boolean;
  /** Who counts in the as-of month, by name. */
  counted: CountedPerson[];
  /** Expired or retired certifications of the list, and those completed after the as-of month: apart, by name. */
  expired: NotCountedCertification[];
  notYet: NotCountedCertification[];
}

export interface DesignationSkilling {
  designation: DesignationId;
  name: string;
  /** The month validity is judged in (the designation's as-of month), YYYY-MM. */
  asOf: string;
  steps: SkillingStep[];
}

export interface SkillingEligibility {
  /** False when the workbook has no skilling export (then every list is empty). */
  hasExport: boolean;
  designations: DesignationSkilling[];
}

/** The month it counts until: its expiry, or the retirement date where that comes first. */
function untilOf(r: CertificationRecord, rule: CertificationRule): MonthIndex | null {
  const retired = rule.validUntil ? parseMonth(rule.validUntil) : null;
  if (r.expires === null) return retired;
  return retired === null ? r.expires : Math.min(r.expires, retired);
}

const month = (m: MonthIndex | null) => (m === null ? null : formatMonth(m));

/**
 * Partner Center's skilling view on the skilling export: per scored designation and certification list
 * (level and step), who counts in the as-of month and with which certification until when, and apart
 * the certifications on the list that expired or retired, or were completed after the as-of month.
 * The same checks as the score's (a person counts once per list).
 */
export function skillingEligibility(input: ParsedInput, base: ScoreAllResult): SkillingEligibility {
  const skilling = input.skilling;
  const designations: DesignationSkilling[] = [];
  for (const outcome of base.outcomes) {
    const result = base.report.designations.find((d) => d.id === outcome.id);
    if (!outcome.rules || !outcome.score || !result?.scored) continue;
    const asOfIso = result.asOf ?? base.report.asOf;
    const asOf = parseIsoMonth(asOfIso)!;
    // Levels whose count the user typed: the score used that count, not the export.
    const typed = new Set<string>();
    for (const track of outcome.score.tracks)
      for (const metric of track.metrics) if (metric.basis === "option") typed.add(metric.id === "advanced-certifications" ? "advanced" : "intermediate");
    const steps = moduleOf(outcome.id)
      .certificationLists(outcome.rules)
      .map((list): SkillingStep => {
        const rules = matcher(list.certifications);
        const people = new Map<string, CountedPerson>();
        const expired: NotCountedCertification[] = [];
        const notYet: NotCountedCertification[] = [];
        for (const r of skilling?.records ?? []) {
          const rule = rules.get(certificationKey(r.certification));
          if (!rule) continue;
          const held: HeldCertification = {
            certification: r.certification,
            until: month(untilOf(r, rule)),
            completed: month(r.completed),
            file: skilling!.files[r.file],
            row: r.row,
          };
          const problem = certificationStatus(r, rule, asOf);
          if (problem)
            (problem.status === "not-yet" ? notYet : expired).push({ ...held, person: r.person, status: problem.status, date: formatMonth(problem.date) });
          else {
            const person = people.get(r.personKey) ?? { person: r.person, certifications: [] };
            people.set(r.personKey, person);
            person.certifications.push(held);
          }
        }
        const byPerson = (a: { person: string }, b: { person: string }) => a.person.localeCompare(b.person);
        return {
          level: list.level,
          ...(list.step ? { step: list.step } : {}),
          typed: typed.has(list.level),
          counted: [...people.values()].sort(byPerson),
          expired: expired.sort(byPerson),
          notYet: notYet.sort(byPerson),
        };
      });
    designations.push({ designation: outcome.id, name: DESIGNATION_SHORT_NAMES[outcome.id], asOf: asOfIso, steps });
  }
  return { hasExport: skilling !== null, designations };
}
