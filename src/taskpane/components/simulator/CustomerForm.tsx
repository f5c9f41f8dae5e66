import * as React from "react";
import { Button, Combobox, Dropdown, Field, Option, OptionGroup, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { HypotheticalCustomer } from "../../../engine";
import { useCustomerForm } from "../../hooks/useCustomerForm";
import { AMOUNT_LABELS, ASSOCIATION_TYPES, workloadExport, type AmountField, type Catalogue } from "../../logic/customerDraft";
import { workloadGroups } from "../../logic/workloadOptions";
import { AmountInput } from "./AmountInput";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalS },
  // One column in a narrow pane, two where there is room.
  amounts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
});

const AMOUNT_HINTS: Record<AmountField, string> = {
  ttmRevenue: "Revenue over the trailing twelve months",
  monthlyActiveUsers: "Active users this customer adds",
  monthlyProtectedUsers: "Security's M365 workloads; counted instead of active users when given",
  paidUnits: "Seats of the workload",
};

const EXPORT_HINT = { m365: "M365 workload", azure: "Azure service", bizapps: "Business Applications workload" } as const;

export interface CustomerFormProps {
  catalogue: Catalogue;
  added: readonly HypotheticalCustomer[];
  onAdd: (customer: HypotheticalCustomer) => void;
}

/** "Fill the details for a customer whom you are planning to add": Partner Center's customer fields. */
export function CustomerForm({ catalogue, added, onAdd }: CustomerFormProps) {
  const styles = useStyles();
  const { draft, set, add, relevant, errors, canAdd } = useCustomerForm(catalogue, added, onAdd);
  const kind = workloadExport(draft.workload, catalogue);
  const workloadHint = !kind
    ? "Pick from the lists, or type any other Azure service"
    : kind.listed
      ? EXPORT_HINT[kind.kind]
      : "Not on the lists: taken as an Azure service";
  const error = (field: keyof typeof errors) => ({ validationMessage: errors[field], validationState: errors[field] ? ("error" as const) : ("none" as const) });
  return (
    <section aria-label="Add a customer" className={styles.form}>
      <Field label="Partner association type" {...error("association")}>
        <Dropdown
          placeholder="Choose a type"
          value={draft.association}
          selectedOptions={draft.association ? [draft.association] : []}
          onOptionSelect={(_, data) => set("association", data.optionValue ?? "")}
        >
          {ASSOCIATION_TYPES.map((a) => (
            <Option key={a} value={a}>
              {a}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Workload or Azure service" hint={workloadHint} {...error("workload")}>
        <Combobox
          freeform
          placeholder="Choose or type"
          value={draft.workload}
          selectedOptions={kind?.listed ? [draft.workload] : []}
          onChange={(e) => set("workload", e.target.value)}
          onOptionSelect={(_, data) => set("workload", data.optionText ?? "")}
        >
          {workloadGroups(catalogue, draft.workload).map((g) => (
            <OptionGroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <Option key={`${g.label}:${o}`} value={o}>
                  {o}
                </Option>
              ))}
            </OptionGroup>
          ))}
        </Combobox>
      </Field>
      <div className={styles.amounts}>
        {(Object.keys(AMOUNT_LABELS) as AmountField[]).map((field) => (
          <AmountInput
            key={field}
            label={AMOUNT_LABELS[field]}
            hint={AMOUNT_HINTS[field]}
            value={draft[field]}
            onChange={(v) => set(field, v)}
            error={errors[field]}
            disabled={!relevant.includes(field)}
          />
        ))}
      </div>
      <Field label="Customer type">
        <RadioGroup layout="horizontal" value={draft.customer} onChange={(_, data) => set("customer", data.value as "new" | "existing")}>
          <Radio value="new" label="New" />
          <Radio value="existing" label="Existing" />
        </RadioGroup>
      </Field>
      <Field label="Deployment type" {...error("deployment")}>
        <RadioGroup layout="horizontal" value={draft.deployment} onChange={(_, data) => set("deployment", data.value as "new" | "existing")}>
          <Radio value="new" label="New" />
          <Radio value="existing" label="Existing" />
        </RadioGroup>
      </Field>
      <div>
        <Button onClick={add} disabled={!canAdd}>
          Add customer
        </Button>
      </div>
    </section>
  );
}
