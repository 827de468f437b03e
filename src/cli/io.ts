/** What a command needs from the process, so tests can run it in-process too. */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Label } from '../data/taxonomy.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** A path as the user typed it, made absolute against the working directory. */
  resolve(path: string): string;
}

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Wrong options or unreadable input: exit code 2, with the command's help. */
export class UsageError extends Error {
  constructor(
    readonly reason: Label,
    readonly help?: Label,
  ) {
    super(reason.en);
  }
}

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    resolve: (path) => resolve(process.cwd(), path),
  };
}

/** node:util parseArgs, with its errors as usage errors in both languages. */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: O, help: Label) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(--?[^' ]+)/.exec(message)?.[1] ?? '';
    const reason: Label =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? { cs: `neznámá volba ${option}`, en: `unknown option ${option}` }
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /missing/.test(message)
          ? { cs: `u volby ${option} chybí hodnota`, en: `option ${option} needs a value` }
          : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
            ? { cs: `volba ${option} nebere hodnotu`, en: `option ${option} takes no value` }
            : { cs: message, en: message };
    throw new UsageError(reason, help);
  }
}
