/**
 * One copy of each equal string: row flags say the same reason on thousands of rows, and a million
 * equal strings kept for the sheet cost hundreds of megabytes and the garbage collector's time.
 */
export function interner(): (text: string) => string {
  const texts = new Map<string, string>();
  return (text) => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    texts.set(text, text);
    return text;
  };
}
