/**
 * Where things are in a JSON text, for people who fix the file in an editor:
 * the line and column of each value (keyed by the same path strings as
 * DataProblem, `services[3].kind`), and of the first syntax error, with a
 * plain reason. JSON.parse stays the source of the values; this scanner only
 * finds places (V8's messages often carry no position at all).
 */
import { formatPath } from '../data/problems.js';
import type { Label } from '../data/taxonomy.js';

/** A JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

export type ScanResult =
  | { readonly ok: true; readonly positions: ReadonlyMap<string, TextPosition> }
  | { readonly ok: false; readonly at: TextPosition; readonly reason: Label };

class SyntaxProblem extends Error {
  constructor(
    readonly offset: number,
    readonly reason: Label,
  ) {
    super(reason.en);
  }
}

const show = (ch: string | undefined) => (ch === undefined ? '' : JSON.stringify(ch));

/** Scans a JSON text; on success, the position of every member key and array item. */
export function scanJson(text: string): ScanResult {
  const positions = new Map<string, TextPosition>();
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const where = (offset: number): TextPosition => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };

  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (reason: Label, at = i): never => {
    throw new SyntaxProblem(at, reason);
  };
  const atEnd = () => i >= text.length && fail({ cs: 'soubor nečekaně končí (chybí } nebo ] na konci?)', en: 'the file ends too early (a missing } or ] at the end?)' });
  const unexpected = (): never => {
    atEnd();
    return fail({ cs: `nečekaný znak ${show(text[i])}`, en: `unexpected character ${show(text[i])}` });
  };

  const string = () => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return text.slice(start, i);
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail({ cs: 'neplatné zpětné lomítko v textu (napište \\\\)', en: 'invalid backslash escape in a string (write \\\\)' });
      } else if (ch === '\n' || ch < ' ') {
        fail({ cs: 'text v uvozovkách nesmí obsahovat konec řádku', en: 'a quoted string must not contain a line break' });
      } else i++;
    }
    return fail({ cs: 'neukončené uvozovky', en: 'unterminated string' }, start);
  };

  const value = (path: PropertyKey[]): void => {
    space();
    positions.set(formatPath(path), where(i));
    const ch = text[i];
    if (ch === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') {
          atEnd();
          if (text[i] === '}') fail({ cs: 'čárka navíc před }', en: 'extra comma before }' });
          fail({ cs: `název položky má být v uvozovkách, je tu ${show(text[i]) || 'konec souboru'}`, en: `expected a quoted property name, got ${show(text[i]) || 'end of file'}` });
        }
        const keyAt = i;
        const key = JSON.parse(string()) as string;
        space();
        if (text[i] !== ':') fail({ cs: 'za názvem položky chybí dvojtečka', en: "expected ':' after the property name" });
        i++;
        value([...path, key]);
        positions.set(formatPath([...path, key]), where(keyAt));
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        atEnd();
        fail({ cs: 'chybí čárka nebo } (za předchozí položkou)', en: "expected ',' or '}' after the previous member" });
      }
    }
    if (ch === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        space();
        if (text[i] === ']') fail({ cs: 'čárka navíc před ]', en: 'extra comma before ]' });
        value([...path, index]);
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        atEnd();
        fail({ cs: 'chybí čárka nebo ] (za předchozí hodnotou)', en: "expected ',' or ']' after the previous value" });
      }
    }
    if (ch === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      return;
    }
    if (ch === "'") fail({ cs: 'text má být ve dvojitých uvozovkách "…", ne v jednoduchých', en: 'strings need double quotes "…", not single quotes' });
    unexpected();
  };

  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value([]);
    space();
    if (i < text.length) fail({ cs: `za koncem dat je ještě ${show(text[i])}`, en: `unexpected ${show(text[i])} after the end of the data` });
    return { ok: true, positions };
  } catch (error) {
    if (error instanceof SyntaxProblem) return { ok: false, at: where(Math.min(error.offset, text.length)), reason: error.reason };
    throw error;
  }
}

/** The position of a path, or of its nearest parent that is in the file (a missing field points at its object). */
export function positionOf(positions: ReadonlyMap<string, TextPosition>, path: string): TextPosition | undefined {
  for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const found = positions.get(p);
    if (found) return found;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return positions.get('(root)');
}
