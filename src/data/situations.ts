/**
 * Life situations: the residents' entry points into the catalogue. Residents do
 * not think in § numbers; printed catalogues (Praha 10, Plzeň) group services
 * by situation. A service belongs to a situation when one of its target groups
 * or its kind is listed, or (for návazné služby, which often have no telling
 * codes) when its name or description has one of the word stems.
 */
import type { KindCode, TargetGroupCode } from './taxonomy.js';

/** A life situation's rules (its name in each language is in l10n/). */
export interface LifeSituation {
  readonly targetGroups: readonly TargetGroupCode[];
  readonly kinds: readonly KindCode[];
  /** Folded word stems matched at the start of words of the name and description. */
  readonly stems: readonly string[];
}

export const LIFE_SITUATIONS = {
  'stari-a-pece': {
    targetGroups: ['seniori', 'pecujici-osoby', 'osoby-zijici-s-demenci', 'osoby-s-potrebou-paliativni-pece'],
    kinds: ['pecovatelska-sluzba', 'tisnova-pece', 'odlehcovaci-sluzby', 'domovy-pro-seniory', 'domovy-se-zvlastnim-rezimem', 'socialni-sluzby-ve-zdravotnickych-zarizenich'],
    stems: ['senior', 'pecujic', 'demenc'],
  },
  'zdravotni-postizeni': {
    targetGroups: [
      'osoby-se-zdravotnim-postizenim', 'osoby-s-telesnym-postizenim', 'osoby-s-mentalnim-postizenim', 'osoby-s-kombinovanym-postizenim',
      'osoby-se-sluchovym-postizenim', 'osoby-se-zrakovym-postizenim', 'osoby-s-jinym-zdravotnim-postizenim', 'osoby-s-chronickym-onemocnenim',
    ],
    kinds: ['osobni-asistence', 'pruvodcovske-a-predcitatelske-sluzby', 'domovy-pro-osoby-se-zdravotnim-postizenim', 'chranene-bydleni', 'tlumocnicke-sluzby', 'socialne-terapeuticke-dilny', 'rana-pece'],
    stems: ['postizen', 'kompenzacn', 'invalid'],
  },
  'dusevni-zdravi': {
    targetGroups: ['osoby-s-chronickym-dusevnim-onemocnenim'],
    kinds: ['centrum-dusevniho-zdravi'],
    stems: ['dusevn', 'psychi', 'psycholog', 'depres'],
  },
  'rodina-a-deti': {
    targetGroups: ['rodiny-s-detmi', 'deti-a-mladez-ohrozene', 'osoby-opoustejici-ustavni-peci'],
    kinds: ['rana-pece', 'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi', 'nizkoprahova-zarizeni-pro-deti-a-mladez'],
    stems: ['rodin', 'deti', 'dite', 'mladez', 'pedagogick'],
  },
  'dluhy-a-finance': {
    targetGroups: [],
    kinds: [],
    stems: ['dluh', 'exekuc', 'insolven', 'oddluz', 'financ', 'davk', 'potravin'],
  },
  bydleni: {
    targetGroups: ['osoby-bez-pristresi'],
    kinds: ['azylove-domy', 'domy-na-pul-cesty', 'nizkoprahova-denni-centra', 'nocleharny', 'podpora-samostatneho-bydleni'],
    stems: ['bydlen', 'bezdomov', 'prist'],
  },
  zavislosti: {
    targetGroups: ['osoby-ohrozene-zavislosti'],
    kinds: ['kontaktni-centra', 'terapeuticke-komunity', 'sluzby-nasledne-pece'],
    stems: ['zavislost', 'drog', 'alkohol', 'gambl', 'adiktolog'],
  },
  'krize-a-nasili': {
    targetGroups: ['osoby-v-krizi', 'obeti-domaciho-nasili', 'obeti-trestne-cinnosti', 'obeti-obchodu-s-lidmi', 'osoby-komercne-zneuzivane'],
    kinds: ['telefonicka-krizova-pomoc', 'krizova-pomoc', 'intervencni-centra'],
    stems: ['krize', 'krizov', 'nasil', 'linka'],
  },
  cizinci: {
    targetGroups: ['imigranti-a-azylanti', 'etnicke-mensiny'],
    kinds: [],
    stems: ['cizin', 'migra', 'uprchl', 'ukrajin'],
  },
} as const satisfies Record<string, LifeSituation>;

export type LifeSituationCode = keyof typeof LIFE_SITUATIONS;
