/**
 * The structure of the region data's codes (docs/taxonomy.md): each kind's
 * group. The code lists are in `codes.ts` (the schema
 * needs them on every page); the words for each code, in each language, are
 * in l10n/ (`cs/labels.ts`, `en-labels.ts`, `uk-labels.ts`): data/ knows no
 * strings to show.
 */
import { inOrder, KIND_CODES, type KindCode } from './codes.js';

export type { AgeGroupCode, EventTypeCode, FormCode, KindCode, TargetGroupCode } from './codes.js';
export { AGE_GROUP_CODES, EVENT_TYPE_CODES, FORM_CODES, KIND_CODES, TARGET_GROUP_CODES } from './codes.js';

/** The widgets' languages. */
export type Locale = 'cs' | 'en' | 'uk';
/** A text in Czech and English: validation reasons and the command line's messages (the codes' labels are in l10n/). */
export type Label = Readonly<Record<'cs' | 'en', string>>;

/** The registry's groups of kinds, in the order the catalogue shows them. */
export const KIND_GROUP_CODES = ['poradenstvi', 'pece', 'prevence', 'socialne-zdravotni', 'navazne'] as const;
export type KindGroup = (typeof KIND_GROUP_CODES)[number];

/**
 * Each kind's group, in the order of KIND_CODES (the comment names the code
 * and its section of Act No. 108/2006 Coll.; the two kinds without one are
 * not registered social services).
 */
export const KIND_GROUP: Readonly<Record<KindCode, KindGroup>> = /* @__PURE__ */ inOrder(KIND_CODES, [
  'poradenstvi', // odborne-socialni-poradenstvi, § 37
  'pece', // osobni-asistence, § 39
  'pece', // pecovatelska-sluzba, § 40
  'pece', // tisnova-pece, § 41
  'pece', // pruvodcovske-a-predcitatelske-sluzby, § 42
  'pece', // podpora-samostatneho-bydleni, § 43
  'pece', // odlehcovaci-sluzby, § 44
  'pece', // centra-dennich-sluzeb, § 45
  'pece', // denni-stacionare, § 46
  'pece', // tydenni-stacionare, § 47
  'pece', // domovy-pro-osoby-se-zdravotnim-postizenim, § 48
  'pece', // domovy-pro-seniory, § 49
  'pece', // domovy-se-zvlastnim-rezimem, § 50
  'pece', // chranene-bydleni, § 51
  'pece', // socialni-sluzby-ve-zdravotnickych-zarizenich, § 52
  'prevence', // rana-pece, § 54
  'prevence', // telefonicka-krizova-pomoc, § 55
  'prevence', // tlumocnicke-sluzby, § 56
  'prevence', // azylove-domy, § 57
  'prevence', // domy-na-pul-cesty, § 58
  'prevence', // kontaktni-centra, § 59
  'prevence', // krizova-pomoc, § 60
  'prevence', // intervencni-centra, § 60a
  'prevence', // nizkoprahova-denni-centra, § 61
  'prevence', // nizkoprahova-zarizeni-pro-deti-a-mladez, § 62
  'prevence', // nocleharny, § 63
  'prevence', // sluzby-nasledne-pece, § 64
  'prevence', // socialne-aktivizacni-sluzby-pro-rodiny-s-detmi, § 65
  'prevence', // socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zdravotnim-postizenim, § 66
  'prevence', // socialne-terapeuticke-dilny, § 67
  'prevence', // terapeuticke-komunity, § 68
  'prevence', // terenni-programy, § 69
  'prevence', // socialni-rehabilitace, § 70
  'socialne-zdravotni', // centrum-dusevniho-zdravi
  'navazne', // navazna-sluzba
]);
