import * as React from "react";
import { Button, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useExcludeForm } from "../../hooks/useExcludeForm";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalS },
});

/** "What if this customer leaves": a real tenant, by name or id, to leave out of the simulation. */
export function ExcludeForm({ listed, onAdd }: { listed: readonly string[]; onAdd: (tenant: string) => void }) {
  const styles = useStyles();
  const { text, change, add, error } = useExcludeForm(listed, onAdd);
  return (
    <section aria-label="Leave out a tenant" className={styles.form}>
      <Subtitle2 as="h3">Leave out a tenant</Subtitle2>
      <Field
        label="Tenant name or id"
        hint="A customer in your exports: what if it leaves?"
        validationMessage={error}
        validationState={error ? "error" : "none"}
      >
        <Input
          value={text}
          onChange={(_, data) => change(data.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") add();
          }}
        />
      </Field>
      <div>
        <Button onClick={add}>Leave out</Button>
      </div>
    </section>
  );
}
