/** Loose matching key: case, spaces, punctuation and underscores do not matter ("Teams Meetings" = "TeamsMeetings"). */
export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}
