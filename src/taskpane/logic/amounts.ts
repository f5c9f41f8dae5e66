/**
 * Numbers typed in the pane's text boxes. People type "1,200", "1 200" or "  45 ": separators and
 * spaces are dropped; anything else that is not a number gets a sentence saying what to type.
 */
export type Parsed = { ok: true; value: number | undefined } | { ok: false; error: string };

export interface AmountRule {
  /** What the number is, for the message: "TTM revenue (USD)". */
  what: string;
  min: number;
  integer?: boolean;
  /** An empty box is an error rather than "not given". */
  required?: boolean;
}

export function parseAmount(text: string, rule: AmountRule): Parsed {
  const cleaned = text.replace(/[\s,]/g, "");
  if (cleaned === "") return rule.required ? { ok: false, error: `Enter the ${rule.what}.` } : { ok: true, value: undefined };
  const value = Number(cleaned);
  const kind = rule.integer ? `a whole number of ${rule.min} or more` : `a number of ${rule.min} or more`;
  if (!Number.isFinite(value) || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned))
    return { ok: false, error: `The ${rule.what} must be ${kind}, not "${text.trim()}".` };
  if (value < rule.min || (rule.integer && !Number.isInteger(value))) return { ok: false, error: `The ${rule.what} must be ${kind}, not ${text.trim()}.` };
  return { ok: true, value };
}
