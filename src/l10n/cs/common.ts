/** Czech strings of `common`. The widget that uses them carries them in its own chunk. */
import { p } from './plural-cs.js';

export const common = {
  loading: 'Načítám…',
  errorTitle: 'Údaje se nepodařilo načíst',
  errorNoSrc: 'Prvku chybí atribut src s adresou souboru s daty regionu.',
  errorNetwork: 'Soubor s daty se nepodařilo stáhnout. Zkontrolujte připojení k internetu a zkuste stránku načíst znovu.',
  errorHttp: (status: number) => `Soubor s daty není k dispozici (chyba serveru ${status}).`,
  errorNotJson: 'Soubor s daty je poškozený (není to platný JSON).',
  errorInvalid: 'Soubor s daty neodpovídá předepsanému formátu.',
  errorVersion: 'Soubor s daty má verzi formátu, kterou tato verze nepodporuje.',
  errorHelp: 'Zbytek stránky funguje dál. Pokud chyba trvá, dejte prosím vědět správci webu.',
  errorDetails: 'Podrobnosti pro správce dat',
  services: (n: number) => p(n, '# služba', '# služby', '# služeb'),
  events: (n: number) => p(n, '# setkání', '# setkání', '# setkání'),
  sections: (n: number) => p(n, '# priorita', '# priority', '# priorit'),
};
