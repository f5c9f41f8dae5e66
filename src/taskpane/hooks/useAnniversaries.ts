import { useCallback, useEffect, useState } from "react";
import type { DesignationId } from "../../engine";
import { withAnniversary } from "../logic/anniversaries";
import type { Anniversaries, ScoringService } from "../service";

/**
 * The anniversary date per designation, kept in the workbook (read when the pane opens). `save`
 * resolves to the dates the workbook now holds, or null when saving failed (`error` says why), so the
 * pane can score again with them.
 */
export function useAnniversaries(service: ScoringService) {
  const [values, setValues] = useState<Anniversaries>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Whether the saved dates have been read: a date saved before that would replace every other one.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    service.anniversaries().then(
      (saved) => {
        if (!live) return;
        setValues(saved);
        setLoaded(true);
      },
      (e: unknown) => live && setError(`Could not read the anniversary dates saved in the workbook: ${(e as Error).message}`)
    );
    return () => {
      live = false;
    };
  }, [service]);

  const save = useCallback(
    async (id: DesignationId, date: string | undefined): Promise<Anniversaries | null> => {
      setBusy(true);
      setError(null);
      try {
        const saved = await service.saveAnniversaries(withAnniversary(values, id, date));
        setValues(saved);
        return saved;
      } catch (e) {
        setError(`Could not save the anniversary date: ${(e as Error).message}`);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [service, values]
  );

  return { values, busy, error, save, loaded };
}
