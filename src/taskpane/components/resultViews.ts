// What the pane shows once there is a score: one chunk (results.js), loaded with the first score.
export { ScoreResults } from "./ScoreResults";
export { CalibrateSection } from "./calibrate/CalibrateSection";
