import { useMemo, useRef } from "react";

/**
 * Which of several fields hold text that is not a value yet: `validityOf(key)` is a stable callback per
 * field; `onInvalid` hears whether any field is invalid each time that changes (to disable an action).
 */
export function useFieldValidity(onInvalid?: (invalid: boolean) => void): (key: string) => (valid: boolean) => void {
  const invalid = useRef(new Set<string>());
  return useMemo(() => {
    const callbacks = new Map<string, (valid: boolean) => void>();
    return (key: string) => {
      let callback = callbacks.get(key);
      if (!callback) {
        callback = (valid: boolean) => {
          if (valid !== invalid.current.has(key)) return;
          if (valid) invalid.current.delete(key);
          else invalid.current.add(key);
          onInvalid?.(invalid.current.size > 0);
        };
        callbacks.set(key, callback);
      }
      return callback;
    };
  }, [onInvalid]);
}
