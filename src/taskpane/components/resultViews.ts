// What the pane shows once there is a score: one chunk (results.js), fetched once the first screen is up (App).
export { ScoreResults } from "./ScoreResults";
export { CalibrateSection } from "./calibrate/CalibrateSection";
