import type { CatalogueCertification, HypotheticalCertification } from "../../engine";
import { DESIGNATION_SHORT_NAMES } from "../../engine";
import { parseAmount } from "./amounts";

export interface CertificationDraft {
  name: string;
  people: string;
}

export const EMPTY_CERTIFICATION: CertificationDraft = { name: "", people: "1" };

const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");

/** The catalogue entry a typed name means, by name or alias. */
export function findCertification(name: string, certifications: readonly CatalogueCertification[]): CatalogueCertification | null {
  const k = key(name);
  if (!k) return null;
  return certifications.find((c) => [c.name, ...c.aliases].some((n) => key(n) === k)) ?? null;
}

/** "Advanced, counts for Modern Work and Security", or why a name adds nothing. */
export function certificationHint(name: string, certifications: readonly CatalogueCertification[]): string | undefined {
  if (!name.trim()) return undefined;
  const hit = findCertification(name, certifications);
  if (!hit) return "Not on any designation's certification list: it would add no points.";
  const names = hit.designations.map((d) => DESIGNATION_SHORT_NAMES[d]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0];
  return `${hit.level === "advanced" ? "Advanced" : "Intermediate"}, counts for ${list}.`;
}

export type CertificationErrors = Partial<Record<keyof CertificationDraft, string>>;

export function certificationFromDraft(
  draft: CertificationDraft,
  certifications: readonly CatalogueCertification[]
): { certification: HypotheticalCertification | null; errors: CertificationErrors } {
  const errors: CertificationErrors = {};
  if (!draft.name.trim()) errors.name = "Choose a certification.";
  const people = parseAmount(draft.people, { what: "number of people", min: 1, integer: true, required: true });
  if (!people.ok) errors.people = people.error;
  if (Object.keys(errors).length) return { certification: null, errors };
  // The catalogue's own spelling, so the saved scenario reads the same as the lists.
  const name = findCertification(draft.name, certifications)?.name ?? draft.name.trim();
  return { certification: { name, people: (people as { value: number }).value }, errors };
}
