import { useCallback, useMemo, useState } from "react";
import type { CatalogueCertification, HypotheticalCertification } from "../../engine";
import { EMPTY_CERTIFICATION, certificationFromDraft, certificationHint, type CertificationDraft } from "../logic/certificationDraft";

/** The "Add certification" form: name and people, checked when Add is pressed. */
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

  return { draft, set, add, hint: certificationHint(draft.name, certifications), errors: tried ? checked.errors : {} };
}
