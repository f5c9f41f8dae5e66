// Loaded by ./theme under a dark Office background only.
export { webDarkTheme } from "@fluentui/react-components";
