import * as React from "react";
import { Button, Combobox, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogueCertification, HypotheticalCertification } from "../../../engine";
import { useCertificationForm } from "../../hooks/useCertificationForm";
import { matchingNames } from "../../logic/workloadOptions";
import { AmountInput } from "./AmountInput";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalS },
});

export interface CertificationFormProps {
  certifications: readonly CatalogueCertification[];
  onAdd: (certification: HypotheticalCertification) => void;
}

/** "+ Certification": a certification name and how many people would hold it. */
export function CertificationForm({ certifications, onAdd }: CertificationFormProps) {
  const styles = useStyles();
  const { draft, set, add, hint, errors, canAdd } = useCertificationForm(certifications, onAdd);
  const names = matchingNames(
    certifications.map((c) => c.name),
    draft.name
  );
  return (
    <section aria-label="Add a certification" className={styles.form}>
      <Field label="Certification name" hint={hint} validationMessage={errors.name} validationState={errors.name ? "error" : "none"}>
        <Combobox
          freeform
          placeholder="Choose or type"
          value={draft.name}
          onChange={(e) => set("name", e.target.value)}
          onOptionSelect={(_, data) => set("name", data.optionText ?? "")}
        >
          {names.map((n) => (
            <Option key={n} value={n}>
              {n}
            </Option>
          ))}
        </Combobox>
      </Field>
      <AmountInput label="Certified people" value={draft.people} onChange={(v) => set("people", v)} error={errors.people} />
      <div>
        <Button onClick={add} disabled={!canAdd}>
          Add certification
        </Button>
      </div>
    </section>
  );
}
