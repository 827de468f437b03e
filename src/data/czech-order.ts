/**
 * Czech alphabetical order (č after c, ch after h, ř after r; á, ď, ě … second
 * to their letters; lower case first) as plain sort keys, for the names a
 * catalogue offers. `new Intl.Collator('cs')` gives the same order, but making
 * it loads the language's rules, about 10 ms on a phone's first run, and the
 * municipalities are sorted before the first page can show. A name with a
 * character outside the table (another alphabet, a rare sign) sorts the whole
 * list with the collator instead; a test holds both orders equal.
 */

// Primary units in order: the signs the collator puts before letters, digits, the Czech alphabet.
const UNITS = [' ', '_', '-', '–', ',', ';', ':', '!', '?', '.', "'", '"', '(', ')', '/', '&', ...'0123456789', ...'abcčdefgh', 'ch', ...'ijklmnopqrřsštuvwxyzž'];
// Letters with an accent that is not a letter of its own: [base, accent weight] (acute < caron < ring).
const ACCENTED: Record<string, readonly [string, number]> = { á: ['a', 1], ď: ['d', 2], é: ['e', 1], ě: ['e', 2], í: ['i', 1], ň: ['n', 2], ó: ['o', 1], ť: ['t', 2], ú: ['u', 1], ů: ['u', 3], ý: ['y', 1] };

const PRIMARY = new Map(UNITS.map((u, i) => [u, String.fromCharCode(0x20 + i)]));

/** A key that sorts like the Czech collator with plain `<`, or undefined for a character outside the table. */
export function czechKey(name: string): string | undefined {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    const lower = ch.toLowerCase();
    const next = name[i + 1];
    let unit = lower;
    let cases = lower === ch ? '0' : '1';
    if (lower === 'c' && next && next.toLowerCase() === 'h') {
      unit = 'ch';
      cases += next.toLowerCase() === next ? '0' : '1';
      i++;
    }
    const accented = ACCENTED[unit];
    const weight = PRIMARY.get(accented ? accented[0] : unit);
    if (weight === undefined) return undefined;
    primary += weight;
    secondary += String.fromCharCode(0x30 + (accented ? accented[1] : 0));
    tertiary += cases;
  }
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}

let collator: Intl.Collator | undefined;
/** The collator, for what the table does not cover (made on first need). */
export function czechCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('cs'));
}

/** The names in Czech alphabetical order (a new array). */
export function sortCzech(names: readonly string[]): string[] {
  const keyed: Array<readonly [string, string]> = [];
  for (const name of names) {
    const key = czechKey(name);
    if (key === undefined) return [...names].sort(czechCollator().compare);
    keyed.push([key, name]);
  }
  return keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, name]) => name);
}
