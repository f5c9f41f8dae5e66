/**
 * A count of certified people typed in the pane. Never corrected silently: "x", "-2" and "1.6" are
 * refused with a message (the old spin buttons turned them into 0, 0 and 2). Separators and spaces are
 * dropped ("1,200"); an empty box means "not typed".
 */
export const PEOPLE_COUNT_MESSAGE = "Enter a whole number of people, 0 or more";

export type PeopleCount = { ok: true; value: number | undefined } | { ok: false; error: string };

export function parsePeopleCount(text: string): PeopleCount {
  const cleaned = text.replace(/[\s,]/g, "");
  if (cleaned === "") return { ok: true, value: undefined };
  if (!/^\+?\d+$/.test(cleaned)) return { ok: false, error: PEOPLE_COUNT_MESSAGE };
  const value = Number(cleaned);
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, error: PEOPLE_COUNT_MESSAGE };
}
