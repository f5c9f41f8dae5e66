import * as React from "react";
import { Tab, TabList } from "@fluentui/react-components";

export type PaneView = "score" | "simulator" | "history";

export const VIEWS: { value: PaneView; label: string }[] = [
  { value: "score", label: "Score" },
  { value: "simulator", label: "Simulator" },
  { value: "history", label: "History" },
];

export const tabId = (view: PaneView) => `spd-tab-${view}`;

/** The pane's views. The panel below is labelled by the selected tab. */
export function PaneTabs({ view, onView }: { view: PaneView; onView: (view: PaneView) => void }) {
  return (
    <TabList selectedValue={view} onTabSelect={(_, data) => onView(data.value as PaneView)} aria-label="Views">
      {VIEWS.map((v) => (
        <Tab key={v.value} value={v.value} id={tabId(v.value)} aria-controls={`${tabId(v.value)}-panel`}>
          {v.label}
        </Tab>
      ))}
    </TabList>
  );
}

/** A tab's content. */
export function PanePanel({ view, className, children }: { view: PaneView; className?: string; children: React.ReactNode }) {
  return (
    <div role="tabpanel" id={`${tabId(view)}-panel`} aria-labelledby={tabId(view)} className={className}>
      {children}
    </div>
  );
}
