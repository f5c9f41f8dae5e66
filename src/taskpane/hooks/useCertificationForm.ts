import { useCallback, useMemo, useState } from "react";
import type { CatalogueCertification, HypotheticalCertification } from "../../engine";
import { EMPTY_CERTIFICATION, certificationFromDraft, certificationHint, type CertificationDraft, type CertificationErrors } from "../logic/certificationDraft";

/**
 * The "Add certification" form: a count of people that is not one is refused as it is typed (Add waits
 * until it is fixed); a missing name is said when Add is pressed.
 */
export function useCertificationForm(certifications: readonly CatalogueCertification[], onAdd: (c: HypotheticalCertification) => void) {
  const [draft, setDraft] = useState<CertificationDraft>(EMPTY_CERTIFICATION);
  const [tried, setTried] = useState(false);
  const checked = useMemo(() => certificationFromDraft(draft, certifications), [draft, certifications]);

  const set = useCallback(<K extends keyof CertificationDraft>(field: K, value: CertificationDraft[K]) => setDraft((d) => ({ ...d, [field]: value })), []);
  const add = useCallback(() => {
    if (!checked.certification) {
      setTried(true);
      return false;
    }
    onAdd(checked.certification);
    setDraft(EMPTY_CERTIFICATION);
    setTried(false);
    return true;
  }, [checked, onAdd]);

  const entry: CertificationErrors = draft.people.trim() && checked.errors.people ? { people: checked.errors.people } : {};
  return { draft, set, add, hint: certificationHint(draft.name, certifications), errors: tried ? checked.errors : entry, canAdd: !entry.people };
}
