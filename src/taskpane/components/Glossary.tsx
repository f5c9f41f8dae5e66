import * as React from "react";
import { Caption1, InfoLabel, makeStyles, tokens } from "@fluentui/react-components";

/** The terms Partner Center and the pane use, in a sentence each. */
export const GLOSSARY: Record<string, string> = {
  MCV: "Monthly consumption value: a Business Applications workload's usage times its rate card rate, in USD per month.",
  ACR: "Azure consumed revenue: what a customer's Azure subscriptions consumed, in USD per month.",
  MAU: "Monthly active users: people who used a workload in the month.",
  PAU: "Paid available units: the licences a customer pays for. A workload counts as deployed when enough of them are active.",
  CPOR: "Claiming partner of record: the partner a customer names for a workload's usage.",
  DPOR: "Digital partner of record: the partner a customer attaches to its Azure subscription.",
  PAL: "Partner admin link: the partner's ID linked to the user or service principal that manages a customer's Azure resources.",
  CSP: "Cloud Solution Provider: the partner sells the licences or Azure to the customer.",
  "Step 3": "Security's third skilling step: certified people beyond the prerequisites, each earning points.",
  "All partners track": "The one track of a designation without SMB and Enterprise tracks.",
  pp: "Percentage points: the difference between two percentages (ACR growth of 21.4 % against a 20 % target is 1.4 pp over).",
};

const useStyles = makeStyles({
  terms: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, alignItems: "center" },
});

/** A term with its meaning behind an info icon. */
export function Term({ name, children }: { name: keyof typeof GLOSSARY | string; children?: React.ReactNode }) {
  const meaning = GLOSSARY[name];
  if (!meaning) return <>{children ?? name}</>;
  return (
    <InfoLabel size="small" info={meaning} infoButton={{ "aria-label": `${name}: what it means` }}>
      {children ?? name}
    </InfoLabel>
  );
}

/** Every term once, each behind its info icon: the short glossary above the designations. */
export function Glossary() {
  const styles = useStyles();
  return (
    <div className={styles.terms} role="group" aria-label="Terms">
      <Caption1>Terms:</Caption1>
      {Object.keys(GLOSSARY).map((name) => (
        <Term key={name} name={name} />
      ))}
    </div>
  );
}
