import { useCallback, useState } from "react";
import { excludeFromDraft, findTenant, type TenantOption } from "../logic/excludeDraft";

/**
 * The "Leave out a tenant" picker: text that names no tenant of the exports is refused as it is typed
 * (Leave out stays disabled); an empty box says what to do only when Leave out is pressed.
 */
export function useExcludeForm(listed: readonly string[], tenants: readonly TenantOption[], onAdd: (tenant: string) => void) {
  const [text, setText] = useState("");
  const [tried, setTried] = useState(false);
  const checked = excludeFromDraft(text, listed, tenants);
  const error = text.trim() || tried ? checked.error : undefined;
  const add = useCallback(
    (chosen?: string) => {
      const result = excludeFromDraft(chosen ?? text, listed, tenants);
      if (!result.tenant) {
        setTried(true);
        return false;
      }
      onAdd(result.tenant);
      setText("");
      setTried(false);
      return true;
    },
    [text, listed, tenants, onAdd]
  );
  const change = useCallback((value: string) => {
    setText(value);
    setTried(false);
  }, []);
  return { text, change, add, error, match: findTenant(text, tenants) };
}
