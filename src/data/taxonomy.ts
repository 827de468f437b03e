/**
 * The structure of the region data's codes (docs/taxonomy.md): each kind's
 * group and section of the Act. The code lists are in `codes.ts` (the schema
 * needs them on every page); the words for each code, in each language, are
 * in l10n/ (`cs/labels.ts`, `en-labels.ts`, `uk-labels.ts`): data/ knows no
 * strings to show.
 */
import type { KindCode } from './codes.js';

export type { AgeGroupCode, EventTypeCode, FormCode, KindCode, TargetGroupCode } from './codes.js';
export { AGE_GROUP_CODES, EVENT_TYPE_CODES, FORM_CODES, KIND_CODES, TARGET_GROUP_CODES } from './codes.js';

/** The widgets' languages. */
export type Locale = 'cs' | 'en' | 'uk';
/** A text in Czech and English: validation reasons and the command line's messages (the codes' labels are in l10n/). */
export type Label = Readonly<Record<'cs' | 'en', string>>;

/** The registry's groups of kinds, in the order the catalogue shows them. */
export const KIND_GROUP_CODES = ['poradenstvi', 'pece', 'prevence', 'socialne-zdravotni', 'navazne'] as const;
export type KindGroup = (typeof KIND_GROUP_CODES)[number];

export interface KindInfo {
  readonly group: KindGroup;
  /** Section of Act No. 108/2006 Coll., when the kind is registered. */
  readonly paragraph?: string;
}

export const KINDS: Readonly<Record<KindCode, KindInfo>> = {
  'odborne-socialni-poradenstvi': { group: 'poradenstvi', paragraph: '37' },
  'osobni-asistence': { group: 'pece', paragraph: '39' },
  'pecovatelska-sluzba': { group: 'pece', paragraph: '40' },
  'tisnova-pece': { group: 'pece', paragraph: '41' },
  'pruvodcovske-a-predcitatelske-sluzby': { group: 'pece', paragraph: '42' },
  'podpora-samostatneho-bydleni': { group: 'pece', paragraph: '43' },
  'odlehcovaci-sluzby': { group: 'pece', paragraph: '44' },
  'centra-dennich-sluzeb': { group: 'pece', paragraph: '45' },
  'denni-stacionare': { group: 'pece', paragraph: '46' },
  'tydenni-stacionare': { group: 'pece', paragraph: '47' },
  'domovy-pro-osoby-se-zdravotnim-postizenim': { group: 'pece', paragraph: '48' },
  'domovy-pro-seniory': { group: 'pece', paragraph: '49' },
  'domovy-se-zvlastnim-rezimem': { group: 'pece', paragraph: '50' },
  'chranene-bydleni': { group: 'pece', paragraph: '51' },
  'socialni-sluzby-ve-zdravotnickych-zarizenich': { group: 'pece', paragraph: '52' },
  'rana-pece': { group: 'prevence', paragraph: '54' },
  'telefonicka-krizova-pomoc': { group: 'prevence', paragraph: '55' },
  'tlumocnicke-sluzby': { group: 'prevence', paragraph: '56' },
  'azylove-domy': { group: 'prevence', paragraph: '57' },
  'domy-na-pul-cesty': { group: 'prevence', paragraph: '58' },
  'kontaktni-centra': { group: 'prevence', paragraph: '59' },
  'krizova-pomoc': { group: 'prevence', paragraph: '60' },
  'intervencni-centra': { group: 'prevence', paragraph: '60a' },
  'nizkoprahova-denni-centra': { group: 'prevence', paragraph: '61' },
  'nizkoprahova-zarizeni-pro-deti-a-mladez': { group: 'prevence', paragraph: '62' },
  nocleharny: { group: 'prevence', paragraph: '63' },
  'sluzby-nasledne-pece': { group: 'prevence', paragraph: '64' },
  'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi': { group: 'prevence', paragraph: '65' },
  'socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zdravotnim-postizenim': { group: 'prevence', paragraph: '66' },
  'socialne-terapeuticke-dilny': { group: 'prevence', paragraph: '67' },
  'terapeuticke-komunity': { group: 'prevence', paragraph: '68' },
  'terenni-programy': { group: 'prevence', paragraph: '69' },
  'socialni-rehabilitace': { group: 'prevence', paragraph: '70' },
  'centrum-dusevniho-zdravi': { group: 'socialne-zdravotni' },
  'navazna-sluzba': { group: 'navazne' },
};
