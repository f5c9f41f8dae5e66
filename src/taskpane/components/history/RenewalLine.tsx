import * as React from "react";
import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RenewalStatus } from "../../../engine";
import { statusDateLine, windowLine } from "../../logic/historyColumns";

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

/**
 * The designation's one window and its one verdict: "Qualification eligibility window Jun-2026 –
 * Nov-2026: Not yet qualified", Partner Center's reason, and the date the status is for.
 */
export function RenewalLine({ renewal: r }: { renewal: RenewalStatus }) {
  const styles = useStyles();
  return (
    <div aria-label={`${r.name} renewal status`}>
      <div className={styles.line}>
        <Text weight="semibold">{windowLine(r)}:</Text>
        <Badge appearance="filled" color={COLOR[r.status]}>
          {r.label}
        </Badge>
      </div>
      <Text block>Reason: {r.reason}</Text>
      <Caption1 block>{statusDateLine(r)}</Caption1>
    </div>
  );
}
