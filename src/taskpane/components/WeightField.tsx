import * as React from "react";
import { useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import { parseAmount } from "../logic/amounts";

export interface WeightFieldProps {
  label: string;
  hint: string;
  value: number;
  onValue: (value: number) => void;
}

/** A number box that keeps what is typed, says what is wrong with it, and passes on only valid numbers. */
export function WeightField({ label, hint, value, onValue }: WeightFieldProps) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | undefined>();
  return (
    <Field label={label} hint={hint} validationMessage={error} validationState={error ? "error" : "none"}>
      <Input
        inputMode="decimal"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const parsed = parseAmount(data.value, { what: "effort", min: 0, required: true });
          setError(parsed.ok ? undefined : parsed.error);
          if (parsed.ok && parsed.value !== undefined) onValue(parsed.value);
        }}
      />
    </Field>
  );
}
