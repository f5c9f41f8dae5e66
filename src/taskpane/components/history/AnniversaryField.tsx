import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { DESIGNATION_SHORT_NAMES, type DesignationId } from "../../../engine";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
});

export interface AnniversaryFieldProps {
  designation: DesignationId;
  /** The date saved in the workbook, YYYY-MM-DD. */
  saved: string | undefined;
  /** Saves the date (undefined: not enrolled) in the workbook and updates the renewal status. */
  onSave: (date: string | undefined) => void;
  busy: boolean;
}

/** One designation's anniversary date (Partner Center keeps one per designation); empty for a designation not enrolled yet. */
export function AnniversaryField({ designation, saved, onSave, busy }: AnniversaryFieldProps) {
  const styles = useStyles();
  const [draft, setDraft] = React.useState(saved ?? "");
  React.useEffect(() => setDraft(saved ?? ""), [saved]);
  const label = `${DESIGNATION_SHORT_NAMES[designation]} anniversary date`;
  return (
    <div className={styles.row}>
      <Field label={label} hint="Kept in this workbook. Leave empty if not enrolled in the designation yet.">
        <Input type="date" value={draft} onChange={(_, data) => setDraft(data.value)} />
      </Field>
      <Button disabled={busy || draft === (saved ?? "")} onClick={() => onSave(draft || undefined)} aria-label={`Save date: ${label}`}>
        Save date
      </Button>
    </div>
  );
}
