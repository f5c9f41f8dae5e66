import * as React from "react";
import { Field, Input, makeStyles } from "@fluentui/react-components";
import { parsePeopleCount } from "../logic/peopleCount";

const useStyles = makeStyles({
  // Inputs otherwise keep a minimum width that overflows a narrow row.
  input: { minWidth: 0, width: "100%" },
});

export interface CertifiedCountFieldProps {
  /** Names the designation and the level: "Modern Work intermediate certified people". */
  label: string;
  hint?: string;
  value?: number;
  /** A valid count (undefined for an empty box). Not called while the text is not a count. */
  onCount: (n: number | undefined) => void;
  /** Whether the box holds a count: the caller disables Score while any does not. */
  onValidity: (valid: boolean) => void;
}

/** A certified-people count, checked as it is typed: a message under the box instead of a silent correction. */
export function CertifiedCountField({ label, hint, value, onCount, onValidity }: CertifiedCountFieldProps) {
  const styles = useStyles();
  const [text, setText] = React.useState(value === undefined ? "" : String(value));
  const parsed = parsePeopleCount(text);
  const error = parsed.ok ? undefined : parsed.error;
  // Tell the caller when validity changes (and that the box is fine once it goes away).
  React.useEffect(() => onValidity(!error), [error, onValidity]);
  React.useEffect(() => () => onValidity(true), [onValidity]);
  return (
    <Field label={label} hint={error ? undefined : hint} validationState={error ? "error" : "none"} validationMessage={error}>
      <Input
        className={styles.input}
        inputMode="numeric"
        placeholder="0"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const next = parsePeopleCount(data.value);
          if (next.ok) onCount(next.value);
        }}
      />
    </Field>
  );
}
