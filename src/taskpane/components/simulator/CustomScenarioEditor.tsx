import * as React from "react";
import { Divider } from "@fluentui/react-components";
import type { ScenarioDraft } from "../../hooks/useScenarioDraft";
import type { ScoreOutcome } from "../../service";
import { CertificationForm } from "./CertificationForm";
import { CustomerForm } from "./CustomerForm";
import { ExcludeForm } from "./ExcludeForm";
import { ScenarioItems } from "./ScenarioItems";

/** Custom selection: hypothetical customers and certifications, tenants left out, and the list of what was added. */
export function CustomScenarioEditor({ draft, catalogue }: { draft: ScenarioDraft; catalogue: ScoreOutcome["catalogue"] }) {
  const s = draft.scenario;
  return (
    <>
      <CustomerForm catalogue={catalogue} added={s.customers} onAdd={draft.addCustomer} />
      <Divider />
      <CertificationForm certifications={catalogue.certifications} onAdd={draft.addCertification} />
      <Divider />
      <ExcludeForm listed={s.exclude} onAdd={draft.addExclude} />
      <Divider />
      <ScenarioItems
        scenario={s}
        onRemoveCustomer={draft.removeCustomer}
        onRemoveCertification={draft.removeCertification}
        onRemoveExclude={draft.removeExclude}
      />
    </>
  );
}
