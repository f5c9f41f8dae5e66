import type { DesignationId } from "../model/ruleTypes";

/**
 * Where a designation stands for renewal (enrolled partner) or enrolment (new partner) today:
 * - "allowed-to-renew": Qualified in a month of the qualification eligibility window;
 * - "not-yet-qualified": not Qualified in any month so far, months of the window remain;
 * - "not-qualified": the window is over without a Qualified month (every month has data);
 * - "unknown": the window is over, no month with data was Qualified, and some months have no data;
 * - "window-not-open": today is before the qualification eligibility window;
 * - "window-passed": the renewal window closed before today;
 * - "can-enroll": a new partner Qualified in the current month or the five before.
 */
export type RenewalStatusId = "allowed-to-renew" | "not-yet-qualified" | "not-qualified" | "unknown" | "window-not-open" | "window-passed" | "can-enroll";

export interface DateWindow {
  /** YYYY-MM-DD, both days included. */
  from: string;
  to: string;
}

export interface RenewalStatus {
  designation: DesignationId;
  name: string;
  /** "renewal": an anniversary date was given; "new-partner": not enrolled yet. */
  kind: "renewal" | "new-partner";
  anniversary: string | null;
  today: string;
  /** The qualification eligibility window, with its months (YYYY-MM). */
  qualificationWindow: DateWindow & { months: string[] };
  /** The days renewal can be done in (renewal only). */
  renewalWindow: DateWindow | null;
  status: RenewalStatusId;
  /** "Allowed to renew", as Partner Center's "Your renewal status (as of today)". */
  label: string;
  /** Partner Center's "Reason", with what to do. */
  reason: string;
  /** Months of the window, YYYY-MM, by what is known of them today. */
  qualifiedMonths: string[];
  notQualifiedMonths: string[];
  /** Past months of the window without a score (no data, or outside the history given). */
  unknownMonths: string[];
  /** This month and later months of the window: still to come. */
  remainingMonths: string[];
}
