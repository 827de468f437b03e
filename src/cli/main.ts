/**
 * `kpss`: the command line of kpss-widgets, for coordinators.
 *   kpss validate FILE…            check region files (same rules as the widgets)
 *   kpss import-registry RPSS.json  services from the national registry's open data
 * Built to dist/cli/main.js (`npm run build`), which bin/kpss.mjs runs.
 */
import { pathToFileURL } from 'node:url';
import { VERSION } from '../version.js';
import { EXIT, processIo, UsageError, type Io } from './io.js';
import { isLang, langFromEnv, say, type Lang } from './lang.js';
import { runImport } from './registry.js';
import { runValidate } from './validate.js';

export { processIo };

const HELP = {
  cs: `kpss ${VERSION}: nástroje pro data komunitního plánování sociálních služeb

Použití:
  kpss validate SOUBOR…                zkontroluje soubory s daty regionu
  kpss import-registry RPSS.json --codelists SLOŽKA (--okres KÓD | --obec NÁZEV…)
                       [--merge region.json] [--out SOUBOR] [--dry-run] [--yes]
                                       převezme služby z registru poskytovatelů
  kpss PŘÍKAZ --help                   nápověda k příkazu

Volby pro všechny příkazy: --lang cs|en (výchozí čeština; LANG=en… přepne do angličtiny)
Návratový kód: 0 v pořádku, 1 chyby v datech, 2 chybné použití.`,
  en: `kpss ${VERSION}: tools for the data of community planning of social services

Usage:
  kpss validate FILE…                  check region data files
  kpss import-registry RPSS.json --codelists DIR (--okres ID | --obec NAME…)
                       [--merge region.json] [--out FILE] [--dry-run] [--yes]
                                       take services from the national registry
  kpss COMMAND --help                  help for a command

Options for every command: --lang cs|en (Czech by default; LANG=en… switches to English)
Exit code: 0 fine, 1 errors in the data, 2 usage error.`,
} as const;

/** The language before the command parses its options (for its usage errors). */
function earlyLang(args: readonly string[], io: Io): Lang {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = a === '--lang' ? args[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (isLang(value)) return value;
  }
  return langFromEnv(io.env);
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  const lang = earlyLang(argv, io);
  try {
    switch (command) {
      case 'validate':
        return await runValidate(args, io, lang);
      case 'import-registry':
        return await runImport(args, io, lang);
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP[lang] + '\n');
        return EXIT.ok;
      case undefined:
        io.stderr(HELP[lang] + '\n');
        return EXIT.usage;
      default:
        throw new UsageError({ cs: `neznámý příkaz "${command}"`, en: `unknown command "${command}"` }, HELP);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`kpss: ${say(lang, error.reason)}\n`);
    if (error.help) io.stderr(`\n${say(lang, error.help)}\n`);
    return EXIT.usage;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run(process.argv.slice(2), processIo());
}
