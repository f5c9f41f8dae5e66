/** Where the partner stands over time: monthly scores over the qualification eligibility window, and renewal. */
export { scoreHistory, WINDOW_MONTHS } from "./scoreHistory";
export { monthsWithData, missingMonths, describeMissing, type ExportMonths, type MissingMonth } from "./monthsWithData";
export { monthsWithoutData, type MonthWithoutData } from "./monthsWithoutData";
export { renewalStatus, renewalStatuses, qualificationWindow, renewalWindow, enrolmentWindow, RENEWAL_WINDOW_DAYS, type RenewalDates } from "./renewal";
export { DateInputError, parseIsoDate, type CalendarDate } from "./dates";
export type { RenewalStatus, RenewalStatusId, DateWindow } from "./renewalTypes";
export type { ScoreHistory, DesignationHistory, MonthScore, TrackMonth } from "./types";
