/**
 * Text for a terminal: control characters (escape sequences, bells, a binary file's bytes echoed in a
 * message) are shown as \xNN instead of acting on the terminal. Line breaks and tabs stay.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
