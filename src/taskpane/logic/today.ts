/** The computer's local date as YYYY-MM-DD (the renewal status is about the partner's own today, not UTC's). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
