import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
});

export interface AnniversaryFieldProps {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  onApply: () => void;
  busy: boolean;
}

/** The anniversary date (optional: without it the status is a new partner's), applied by scoring again. */
export function AnniversaryField({ value, onChange, onApply, busy }: AnniversaryFieldProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label="Anniversary date" hint="Leave empty if you are not enrolled in the designation yet">
        <Input type="date" value={value ?? ""} onChange={(_, data) => onChange(data.value || undefined)} />
      </Field>
      <Button disabled={busy} onClick={onApply}>
        Update renewal status
      </Button>
    </div>
  );
}
