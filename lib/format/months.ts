// Month names for every date the book prints, from the platform's own English calendar rather
// than lists copied into each module.
const name = (month: number, width: 'long' | 'short') =>
  new Intl.DateTimeFormat('en-US', { month: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month, 1)),
  );

/** "January" … "December". */
export const monthNames: readonly string[] = Array.from({ length: 12 }, (_, i) => name(i, 'long'));

/** "Jan" … "Dec". */
export const monthAbbreviations: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  name(i, 'short'),
);

/**
 * A partial date in words, as precise as it is written: "2006-08-25" → "August 25, 2006";
 * "2006-07" → "July 2006"; "2006" → "2006"; with `circa`, "c. 2002".
 */
export function dateWords(date: string, circa = false): string {
  const [y, m, day] = date.split('-');
  const text = day ? `${monthNames[+m - 1]} ${+day}, ${y}` : m ? `${monthNames[+m - 1]} ${y}` : y;
  return circa ? `c. ${text}` : text;
}
