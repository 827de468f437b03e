/** Czech strings of `common`. The widget that uses them carries them in its own chunk. */
import { p } from './plural-cs.js';

export const common = {
  loading: 'Načítám…',
  errorTitle: 'Údaje se nepodařilo načíst',
  errorNoSrc: 'Prvku chybí atribut src s adresou souboru s daty regionu.',
  errorNetwork: 'Soubor s daty se nepodařilo stáhnout: server neodpovídá. Zkuste stránku načíst znovu později.',
  errorOffline: 'Zařízení není připojené k internetu. Až se připojí, načtěte stránku znovu.',
  errorBlocked:
    'Soubor s daty je na jiném webu a ten ho této stránce nedovoluje načíst (chybí hlavička Access-Control-Allow-Origin). Správce webu najde postup v návodu kpss-widgets, v části „Put it on your town’s site“.',
  errorHttp: (status: number) =>
    status === 404 ? 'Soubor s daty na této adrese není (chyba 404). Zkontrolujte adresu v atributu src.' : `Soubor s daty není k dispozici (chyba serveru ${status}).`,
  errorUrl: 'Adresa souboru:',
  errorNotJson: 'Soubor s daty je poškozený (není to platný JSON).',
  errorInvalid: 'Soubor s daty neodpovídá předepsanému formátu.',
  errorVersion: 'Soubor s daty má verzi formátu, kterou tato verze nepodporuje.',
  errorHelp: 'Zbytek stránky funguje dál. Pokud chyba trvá, dejte prosím vědět správci webu.',
  errorDetails: 'Podrobnosti pro správce dat',
  services: (n: number) => p(n, '# služba', '# služby', '# služeb'),
  events: (n: number) => p(n, '# setkání', '# setkání', '# setkání'),
  sections: (n: number) => p(n, '# priorita', '# priority', '# priorit'),
};
