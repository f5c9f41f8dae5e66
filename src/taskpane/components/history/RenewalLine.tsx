import * as React from "react";
import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RenewalStatus } from "../../../engine";

const useStyles = makeStyles({
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const COLOR: Record<RenewalStatus["status"], "success" | "warning" | "danger" | "informative" | "subtle"> = {
  "allowed-to-renew": "success",
  "can-enroll": "success",
  "not-yet-qualified": "warning",
  "not-qualified": "danger",
  unknown: "subtle",
  "window-not-open": "informative",
  "window-passed": "danger",
};

/** "Your renewal status (as of today)" with Partner Center's reason, and the windows it is measured in. */
export function RenewalLine({ renewal: r }: { renewal: RenewalStatus }) {
  const styles = useStyles();
  const title = r.kind === "renewal" ? `Renewal status (as of ${r.today})` : `Enrolment status (as of ${r.today})`;
  return (
    <div aria-label={`${r.name} renewal status`}>
      <div className={styles.line}>
        <Text weight="semibold">{title}:</Text>
        <Badge appearance="filled" color={COLOR[r.status]}>
          {r.label}
        </Badge>
      </div>
      <Text block>Reason: {r.reason}</Text>
      <Caption1 block>
        Qualification window {r.qualificationWindow.from} to {r.qualificationWindow.to}
        {r.renewalWindow ? `; renewal window ${r.renewalWindow.from} to ${r.renewalWindow.to}` : ""}.
      </Caption1>
    </div>
  );
}
