/**
 * Life situations: the residents' entry points into the catalogue. Residents do
 * not think in § numbers; printed catalogues (Praha 10, Plzeň) group services
 * by situation. A service belongs to a situation when one of its target groups
 * or its kind is listed, or (for návazné služby, which often have no telling
 * codes) when its name or description has one of the word stems.
 */
import type { KindCode, Label, TargetGroupCode } from './taxonomy.js';
import { labelled } from '../l10n/labels.js';

export interface LifeSituation extends Label {
  readonly targetGroups: readonly TargetGroupCode[];
  readonly kinds: readonly KindCode[];
  /** Folded word stems matched at the start of words of the name and description. */
  readonly stems: readonly string[];
}

export const LIFE_SITUATIONS = /* @__PURE__ */ labelled('situations', {
  'stari-a-pece': {
    cs: 'Stáří a péče o blízké',
    en: 'Old age and caring for someone',
    targetGroups: ['seniori', 'pecujici-osoby', 'osoby-zijici-s-demenci', 'osoby-s-potrebou-paliativni-pece'],
    kinds: ['pecovatelska-sluzba', 'tisnova-pece', 'odlehcovaci-sluzby', 'domovy-pro-seniory', 'domovy-se-zvlastnim-rezimem', 'socialni-sluzby-ve-zdravotnickych-zarizenich'],
    stems: ['senior', 'pecujic', 'demenc'],
  },
  'zdravotni-postizeni': {
    cs: 'Zdravotní postižení',
    en: 'Disability',
    targetGroups: [
      'osoby-se-zdravotnim-postizenim', 'osoby-s-telesnym-postizenim', 'osoby-s-mentalnim-postizenim', 'osoby-s-kombinovanym-postizenim',
      'osoby-se-sluchovym-postizenim', 'osoby-se-zrakovym-postizenim', 'osoby-s-jinym-zdravotnim-postizenim', 'osoby-s-chronickym-onemocnenim',
    ],
    kinds: ['osobni-asistence', 'pruvodcovske-a-predcitatelske-sluzby', 'domovy-pro-osoby-se-zdravotnim-postizenim', 'chranene-bydleni', 'tlumocnicke-sluzby', 'socialne-terapeuticke-dilny', 'rana-pece'],
    stems: ['postizen', 'kompenzacn', 'invalid'],
  },
  'dusevni-zdravi': {
    cs: 'Duševní zdraví',
    en: 'Mental health',
    targetGroups: ['osoby-s-chronickym-dusevnim-onemocnenim'],
    kinds: ['centrum-dusevniho-zdravi'],
    stems: ['dusevn', 'psychi', 'psycholog', 'depres'],
  },
  'rodina-a-deti': {
    cs: 'Rodina a děti',
    en: 'Family and children',
    targetGroups: ['rodiny-s-detmi', 'deti-a-mladez-ohrozene', 'osoby-opoustejici-ustavni-peci'],
    kinds: ['rana-pece', 'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi', 'nizkoprahova-zarizeni-pro-deti-a-mladez'],
    stems: ['rodin', 'deti', 'dite', 'mladez', 'pedagogick'],
  },
  'dluhy-a-finance': {
    cs: 'Dluhy a finance',
    en: 'Debt and money',
    targetGroups: [],
    kinds: [],
    stems: ['dluh', 'exekuc', 'insolven', 'oddluz', 'financ', 'davk', 'potravin'],
  },
  bydleni: {
    cs: 'Bydlení a bezdomovectví',
    en: 'Housing and homelessness',
    targetGroups: ['osoby-bez-pristresi'],
    kinds: ['azylove-domy', 'domy-na-pul-cesty', 'nizkoprahova-denni-centra', 'nocleharny', 'podpora-samostatneho-bydleni'],
    stems: ['bydlen', 'bezdomov', 'prist'],
  },
  zavislosti: {
    cs: 'Závislosti',
    en: 'Addiction',
    targetGroups: ['osoby-ohrozene-zavislosti'],
    kinds: ['kontaktni-centra', 'terapeuticke-komunity', 'sluzby-nasledne-pece'],
    stems: ['zavislost', 'drog', 'alkohol', 'gambl', 'adiktolog'],
  },
  'krize-a-nasili': {
    cs: 'Krize a násilí',
    en: 'Crisis and violence',
    targetGroups: ['osoby-v-krizi', 'obeti-domaciho-nasili', 'obeti-trestne-cinnosti', 'obeti-obchodu-s-lidmi', 'osoby-komercne-zneuzivane'],
    kinds: ['telefonicka-krizova-pomoc', 'krizova-pomoc', 'intervencni-centra'],
    stems: ['krize', 'krizov', 'nasil', 'linka'],
  },
  cizinci: {
    cs: 'Cizinci',
    en: 'Foreigners',
    targetGroups: ['imigranti-a-azylanti', 'etnicke-mensiny'],
    kinds: [],
    stems: ['cizin', 'migra', 'uprchl', 'ukrajin'],
  },
} as const satisfies Record<string, LifeSituation>);

export type LifeSituationCode = keyof typeof LIFE_SITUATIONS;
