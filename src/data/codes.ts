/**
 * The code lists of the region data (docs/taxonomy.md): only the
 * codes, which the schema needs on every page. Their labels (Czech, English,
 * the registry's groups) are in `taxonomy.ts`, which only the widgets that
 * show them load; the compiler keeps both in step (each label table must
 * have exactly these codes).
 */

/** Kinds of service: the registry's druhy sociálních služeb (§ 37–70), plus ours. */
export const KIND_CODES = [
  'odborne-socialni-poradenstvi',
  'osobni-asistence',
  'pecovatelska-sluzba',
  'tisnova-pece',
  'pruvodcovske-a-predcitatelske-sluzby',
  'podpora-samostatneho-bydleni',
  'odlehcovaci-sluzby',
  'centra-dennich-sluzeb',
  'denni-stacionare',
  'tydenni-stacionare',
  'domovy-pro-osoby-se-zdravotnim-postizenim',
  'domovy-pro-seniory',
  'domovy-se-zvlastnim-rezimem',
  'chranene-bydleni',
  'socialni-sluzby-ve-zdravotnickych-zarizenich',
  'rana-pece',
  'telefonicka-krizova-pomoc',
  'tlumocnicke-sluzby',
  'azylove-domy',
  'domy-na-pul-cesty',
  'kontaktni-centra',
  'krizova-pomoc',
  'intervencni-centra',
  'nizkoprahova-denni-centra',
  'nizkoprahova-zarizeni-pro-deti-a-mladez',
  'nocleharny',
  'sluzby-nasledne-pece',
  'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi',
  'socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zdravotnim-postizenim',
  'socialne-terapeuticke-dilny',
  'terapeuticke-komunity',
  'terenni-programy',
  'socialni-rehabilitace',
  'centrum-dusevniho-zdravi',
  'navazna-sluzba',
] as const;

/** Forms: how a service is provided. */
export const FORM_CODES = [
  'ambulantni',
  'terenni',
  'pobytova',
] as const;

/** Target groups: who a service is for. */
export const TARGET_GROUP_CODES = [
  'deti-a-mladez-ohrozene',
  'etnicke-mensiny',
  'imigranti-a-azylanti',
  'obeti-domaciho-nasili',
  'obeti-obchodu-s-lidmi',
  'obeti-trestne-cinnosti',
  'osoby-bez-pristresi',
  'osoby-opoustejici-ustavni-peci',
  'osoby-komercne-zneuzivane',
  'osoby-ohrozene-zavislosti',
  'osoby-s-chronickym-dusevnim-onemocnenim',
  'osoby-s-chronickym-onemocnenim',
  'osoby-s-jinym-zdravotnim-postizenim',
  'osoby-s-kombinovanym-postizenim',
  'osoby-s-mentalnim-postizenim',
  'osoby-s-telesnym-postizenim',
  'osoby-se-sluchovym-postizenim',
  'osoby-se-zdravotnim-postizenim',
  'osoby-se-zrakovym-postizenim',
  'osoby-v-krizi',
  'osoby-s-rizikovym-zpusobem-zivota',
  'osoby-v-socialne-vyloucenych-komunitach',
  'pachatele-trestne-cinnosti',
  'rodiny-s-detmi',
  'seniori',
  'pecujici-osoby',
  'osoby-s-potrebou-paliativni-pece',
  'osoby-zijici-s-demenci',
  'verejnost',
] as const;

/** Age groups of clients. */
export const AGE_GROUP_CODES = [
  'bez-omezeni',
  'deti-predskolniho-veku',
  'mladsi-deti',
  'starsi-deti',
  'dorost',
  'mladi-dospeli',
  'dospeli',
  'mladsi-seniori',
  'starsi-seniori',
] as const;

/** Kinds of planning meeting. */
export const EVENT_TYPE_CODES = [
  'verejne-setkani',
  'kulaty-stul',
  'pracovni-skupina',
  'ridici-skupina',
  'seminar',
  'jine',
] as const;

export type KindCode = (typeof KIND_CODES)[number];
export type FormCode = (typeof FORM_CODES)[number];
export type TargetGroupCode = (typeof TARGET_GROUP_CODES)[number];
export type AgeGroupCode = (typeof AGE_GROUP_CODES)[number];
export type EventTypeCode = (typeof EVENT_TYPE_CODES)[number];

/** A table over a code list, its values given in the list's order (the codes are not written twice); the compiler checks the length. */
export function inOrder<const Codes extends readonly string[], V>(codes: Codes, values: readonly V[] & { readonly [K in keyof Codes]: V }): Readonly<Record<Codes[number], V>> {
  const table = {} as Record<Codes[number], V>;
  codes.forEach((code: Codes[number], i) => (table[code] = values[i] as V));
  return table;
}
