import * as React from "react";
import { Button, Combobox, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useExcludeForm } from "../../hooks/useExcludeForm";
import { matchingTenants, tenantLabel, type TenantOption } from "../../logic/excludeDraft";
import { count } from "../../logic/formats";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalS },
  // The combobox otherwise keeps a minimum width wider than a 320 px pane's column.
  picker: { minWidth: 0, width: "100%" },
});

const SHOWN = 50;

/** "What if this customer leaves": a real tenant of the exports, picked by name or id, to leave out of the simulation. */
export function ExcludeForm({ listed, tenants, onAdd }: { listed: readonly string[]; tenants: readonly TenantOption[]; onAdd: (tenant: string) => void }) {
  const styles = useStyles();
  const { text, change, add, error } = useExcludeForm(listed, tenants, onAdd);
  const options = matchingTenants(text, tenants, SHOWN);
  const hint = `${count(tenants.length)} tenants in your exports${tenants.length > SHOWN ? ": type to narrow the list" : ""}. What if one leaves?`;
  return (
    <section aria-label="Leave out a tenant" className={styles.form}>
      <Field label="Tenant name or id" hint={error ? undefined : hint} validationMessage={error} validationState={error ? "error" : "none"}>
        <Combobox
          className={styles.picker}
          freeform
          placeholder="Choose or type a tenant"
          value={text}
          onChange={(e) => change(e.target.value)}
          onOptionSelect={(_, data) => {
            const picked = tenants.find((t) => t.key === data.optionValue);
            // Two tenants of one name: the id names the one picked.
            if (picked) change(tenants.filter((t) => t.name === picked.name).length > 1 ? picked.key : picked.name);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.defaultPrevented && text.trim()) add();
          }}
        >
          {options.map((t) => (
            <Option key={t.key} value={t.key} text={t.key === t.name ? t.name : `${t.name} ${t.key}`}>
              {tenantLabel(t)}
            </Option>
          ))}
        </Combobox>
      </Field>
      <div>
        <Button onClick={() => add()} disabled={!!error && !!text.trim()}>
          Leave out
        </Button>
      </div>
    </section>
  );
}
