import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DESIGNATION_NAMES, type MicrosoftCloudResult } from "../../engine";

const short = (name: string) => name.replace(/^Solutions Partner for /, "");

/** Solutions Partner for Microsoft Cloud: attained when all six designations qualify. */
export function MicrosoftCloudBar({ cloud }: { cloud: MicrosoftCloudResult }) {
  return (
    <MessageBar intent={cloud.attained ? "success" : "info"} layout="multiline" aria-label="Solutions Partner for Microsoft Cloud">
      <MessageBarBody>
        <MessageBarTitle>Microsoft Cloud: {cloud.attained ? "attained" : `${cloud.qualified.length} of 6 designations qualify`}</MessageBarTitle>
        {cloud.attained ? "All six designations qualify." : `Still needed: ${cloud.missing.map((id) => short(DESIGNATION_NAMES[id])).join(", ")}.`}
      </MessageBarBody>
    </MessageBar>
  );
}
