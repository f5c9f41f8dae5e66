import * as React from "react";
import { Field, Input, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Inputs otherwise keep a minimum width that overflows a narrow grid column.
  input: { minWidth: 0, width: "100%" },
});

export interface AmountInputProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
}

/** A number typed as text (so "1,200" and mistakes can be read and explained), greyed out when it does not apply. */
export function AmountInput({ label, hint, value, onChange, error, disabled }: AmountInputProps) {
  const styles = useStyles();
  return (
    <Field label={label} hint={disabled ? "Not used for this workload" : hint} validationMessage={error} validationState={error ? "error" : "none"}>
      <Input className={styles.input} inputMode="decimal" value={value} disabled={disabled} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
