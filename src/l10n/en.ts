import { plural } from './plural.js';
import type { Strings } from './cs.js';

const p = (n: number, one: string, other: string) => plural('en', n, { one, other });

export const en: Strings = {
  common: {
    loading: 'Loading…',
    errorTitle: 'The data could not be loaded',
    errorNoSrc: 'The element has no src attribute with the address of the region data file.',
    errorNetwork: 'The data file could not be downloaded. Check your internet connection and reload the page.',
    errorHttp: (status: number) => `The data file is not available (server error ${status}).`,
    errorNotJson: 'The data file is damaged (it is not valid JSON).',
    errorInvalid: 'The data file does not follow the required format.',
    errorVersion: 'The data file uses a format version this version does not support.',
    errorHelp: 'The rest of the page keeps working. If the error persists, please tell the site administrator.',
    errorDetails: 'Details for the data maintainer',
    services: (n: number) => p(n, '# service', '# services'),
    events: (n: number) => p(n, '# meeting', '# meetings'),
    sections: (n: number) => p(n, '# priority', '# priorities'),
  },
};
