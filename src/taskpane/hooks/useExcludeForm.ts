import { useCallback, useState } from "react";
import { excludeFromDraft } from "../logic/excludeDraft";

/** The "Leave out a tenant" field. */
export function useExcludeForm(listed: readonly string[], onAdd: (tenant: string) => void) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const add = useCallback(() => {
    const checked = excludeFromDraft(text, listed);
    setError(checked.error);
    if (!checked.tenant) return false;
    onAdd(checked.tenant);
    setText("");
    return true;
  }, [text, listed, onAdd]);
  const change = useCallback((value: string) => {
    setText(value);
    setError(undefined);
  }, []);
  return { text, change, add, error };
}
