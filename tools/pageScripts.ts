/** The add-in's own scripts a built page loads, in order (office.js, from Microsoft's host, left out): for the bundle test and bench. */
export function ownPageScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+)"?/g)].map((m) => m[1]).filter((src) => !src.startsWith("https://"));
}
