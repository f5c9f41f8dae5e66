/**
 * Text for a terminal: control characters (escape sequences, bells, a binary file's bytes echoed in a
 * message) are shown as \xNN, and the bidirectional overrides and isolates (U+202A–202E, U+2066–2069),
 * which would reorder the rest of a line on screen, as \uNNNN, instead of acting on the terminal. Line
 * breaks and tabs stay.
 */
export function printable(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
  );
}
