/** Czech strings of `settlement`. The widget that uses them carries them in its own chunk. */
import { p } from './plural-cs.js';

export const settlement = {
  title: (plan: string) => `Vypořádání připomínek: ${plan}`,
  titleNoPlan: 'Vypořádání připomínek',
  noPlan: 'Region zatím nemá zveřejněný plán, ke kterému by se připomínky vypořádávaly.',
  noEndpoint: 'Vypořádání připomínek tu zatím není k dispozici.',
  intro: 'U každé připomínky uvádíme, jak jsme s ní naložili a proč. Jména ani kontakty autorů nezveřejňujeme. Svou připomínku najdete podle čísla, které jste dostali po odeslání.',
  empty: 'Vypořádání připomínek zatím nebylo zveřejněno. Objeví se zde, jakmile koordinátor připomínky projedná.',
  total: (n: number) => p(n, 'Vypořádána # připomínka.', 'Vypořádány # připomínky.', 'Vypořádáno # připomínek.'),
  counts: 'Výsledky vypořádání',
  filter: 'Zobrazit',
  all: (n: number) => `Všechny připomínky (${n})`,
  shown: (n: number) => p(n, 'Zobrazena # připomínka.', 'Zobrazeny # připomínky.', 'Zobrazeno # připomínek.'),
  statuses: {
    akceptovano: 'Přijato',
    'castecne-akceptovano': 'Přijato zčásti',
    neakceptovano: 'Nepřijato',
    'vzato-na-vedomi': 'Vzato na vědomí',
  },
  statusHelp: {
    akceptovano: 'připomínku jsme do plánu zapracovali.',
    'castecne-akceptovano': 'část připomínky jsme do plánu zapracovali.',
    neakceptovano: 'připomínku jsme do plánu nezapracovali.',
    'vzato-na-vedomi': 'plán se nemění, připomínku ale bereme v úvahu.',
  },
  general: 'Obecné připomínky k celému plánu',
  other: 'Další části plánu',
  commentNo: (n: number) => `Připomínka č. ${n}`,
  receipt: (r: string) => `číslo při odeslání ${r}`,
  part: 'Část plánu:',
  proposal: 'Navržené znění:',
  outcome: 'Výsledek:',
  reason: 'Odůvodnění:',
  noReason: 'Bez odůvodnění.',
  print: 'Vytisknout vypořádání',
  errorTitle: 'Vypořádání se nepodařilo načíst',
  errorNetwork: 'Nepodařilo se spojit se serverem. Zkontrolujte připojení k internetu a zkuste stránku načíst znovu.',
  errorHttp: (status: number) => (status === 404 ? 'Server tento plán nezná.' : `Vypořádání není k dispozici (chyba serveru ${status}).`),
  errorInvalid: 'Server poslal vypořádání v neplatném tvaru.',
  errorNoReceiver: (status: number) =>
    `Na adrese vypořádání není server pro připomínky (chyba ${status}). Stránka je nejspíš špatně nastavená: soubor s daty musí uvádět celou adresu serveru.`,
};
