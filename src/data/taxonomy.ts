/**
 * The labels of the codes of the region data (docs/taxonomy.md).
 * The slug is ours; the Czech label is the national registry's wording. The
 * codes themselves are in `codes.ts` (the schema needs them on every page,
 * the labels only the catalogue, the events and the CLI); each table must
 * have exactly those codes, or the build fails.
 */
import { labelled } from '../l10n/labels.js';
import type { AgeGroupCode, EventTypeCode, FormCode, KindCode, TargetGroupCode } from './codes.js';

export type { AgeGroupCode, EventTypeCode, FormCode, KindCode, TargetGroupCode } from './codes.js';

/** The widgets' languages. */
export type Locale = 'cs' | 'en' | 'uk';
/** A text in Czech and English: the code tables' labels, validation reasons (other languages: l10n/labels.ts). */
export type Label = Readonly<Record<'cs' | 'en', string>>;

export type KindGroup = 'poradenstvi' | 'pece' | 'prevence' | 'socialne-zdravotni' | 'navazne';

export const KIND_GROUPS: Readonly<Record<KindGroup, Label>> = /* @__PURE__ */ labelled('kindGroups', {
  poradenstvi: { cs: 'Sociální poradenství', en: 'Social counselling' },
  pece: { cs: 'Sociální péče', en: 'Social care' },
  prevence: { cs: 'Sociální prevence', en: 'Social prevention' },
  'socialne-zdravotni': { cs: 'Sociálně-zdravotní služby', en: 'Social and health services' },
  navazne: { cs: 'Návazné služby', en: 'Related services' },
});

interface KindInfo extends Label {
  readonly group: KindGroup;
  /** Section of Act No. 108/2006 Coll., when the kind is registered. */
  readonly paragraph?: string;
}

export const KINDS = /* @__PURE__ */ labelled('kinds', {
  'odborne-socialni-poradenstvi': { cs: 'Odborné sociální poradenství', en: 'Professional social counselling', group: 'poradenstvi', paragraph: '37' },
  'osobni-asistence': { cs: 'Osobní asistence', en: 'Personal assistance', group: 'pece', paragraph: '39' },
  'pecovatelska-sluzba': { cs: 'Pečovatelská služba', en: 'Home care service', group: 'pece', paragraph: '40' },
  'tisnova-pece': { cs: 'Tísňová péče', en: 'Emergency alarm care', group: 'pece', paragraph: '41' },
  'pruvodcovske-a-predcitatelske-sluzby': { cs: 'Průvodcovské a předčitatelské služby', en: 'Guide and reading services', group: 'pece', paragraph: '42' },
  'podpora-samostatneho-bydleni': { cs: 'Podpora samostatného bydlení', en: 'Support for independent living', group: 'pece', paragraph: '43' },
  'odlehcovaci-sluzby': { cs: 'Odlehčovací služby', en: 'Respite care', group: 'pece', paragraph: '44' },
  'centra-dennich-sluzeb': { cs: 'Centra denních služeb', en: 'Day service centres', group: 'pece', paragraph: '45' },
  'denni-stacionare': { cs: 'Denní stacionáře', en: 'Day care centres', group: 'pece', paragraph: '46' },
  'tydenni-stacionare': { cs: 'Týdenní stacionáře', en: 'Weekly care centres', group: 'pece', paragraph: '47' },
  'domovy-pro-osoby-se-zdravotnim-postizenim': { cs: 'Domovy pro osoby se zdravotním postižením', en: 'Homes for people with disabilities', group: 'pece', paragraph: '48' },
  'domovy-pro-seniory': { cs: 'Domovy pro seniory', en: 'Homes for older people', group: 'pece', paragraph: '49' },
  'domovy-se-zvlastnim-rezimem': { cs: 'Domovy se zvláštním režimem', en: 'Special care homes (e.g. dementia)', group: 'pece', paragraph: '50' },
  'chranene-bydleni': { cs: 'Chráněné bydlení', en: 'Sheltered housing', group: 'pece', paragraph: '51' },
  'socialni-sluzby-ve-zdravotnickych-zarizenich': { cs: 'Sociální služby poskytované ve zdravotnických zařízeních lůžkové péče', en: 'Social services in inpatient health facilities', group: 'pece', paragraph: '52' },
  'rana-pece': { cs: 'Raná péče', en: 'Early intervention', group: 'prevence', paragraph: '54' },
  'telefonicka-krizova-pomoc': { cs: 'Telefonická krizová pomoc', en: 'Crisis helpline', group: 'prevence', paragraph: '55' },
  'tlumocnicke-sluzby': { cs: 'Tlumočnické služby', en: 'Interpreting services', group: 'prevence', paragraph: '56' },
  'azylove-domy': { cs: 'Azylové domy', en: 'Shelters', group: 'prevence', paragraph: '57' },
  'domy-na-pul-cesty': { cs: 'Domy na půl cesty', en: 'Halfway houses', group: 'prevence', paragraph: '58' },
  'kontaktni-centra': { cs: 'Kontaktní centra', en: 'Drop-in centres for drug users', group: 'prevence', paragraph: '59' },
  'krizova-pomoc': { cs: 'Krizová pomoc', en: 'Crisis help', group: 'prevence', paragraph: '60' },
  'intervencni-centra': { cs: 'Intervenční centra', en: 'Domestic violence intervention centres', group: 'prevence', paragraph: '60a' },
  'nizkoprahova-denni-centra': { cs: 'Nízkoprahová denní centra', en: 'Low-threshold day centres', group: 'prevence', paragraph: '61' },
  'nizkoprahova-zarizeni-pro-deti-a-mladez': { cs: 'Nízkoprahová zařízení pro děti a mládež', en: 'Low-threshold clubs for children and youth', group: 'prevence', paragraph: '62' },
  nocleharny: { cs: 'Noclehárny', en: 'Night shelters', group: 'prevence', paragraph: '63' },
  'sluzby-nasledne-pece': { cs: 'Služby následné péče', en: 'Aftercare services', group: 'prevence', paragraph: '64' },
  'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi': { cs: 'Sociálně aktivizační služby pro rodiny s dětmi', en: 'Support services for families with children', group: 'prevence', paragraph: '65' },
  'socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zdravotnim-postizenim': { cs: 'Sociálně aktivizační služby pro seniory a osoby se zdravotním postižením', en: 'Activation services for older and disabled people', group: 'prevence', paragraph: '66' },
  'socialne-terapeuticke-dilny': { cs: 'Sociálně terapeutické dílny', en: 'Social therapy workshops', group: 'prevence', paragraph: '67' },
  'terapeuticke-komunity': { cs: 'Terapeutické komunity', en: 'Therapeutic communities', group: 'prevence', paragraph: '68' },
  'terenni-programy': { cs: 'Terénní programy', en: 'Outreach programmes', group: 'prevence', paragraph: '69' },
  'socialni-rehabilitace': { cs: 'Sociální rehabilitace', en: 'Social rehabilitation', group: 'prevence', paragraph: '70' },
  'centrum-dusevniho-zdravi': { cs: 'Centrum duševního zdraví', en: 'Mental health centre', group: 'socialne-zdravotni' },
  'navazna-sluzba': { cs: 'Návazná služba', en: 'Related service', group: 'navazne' },
} as const satisfies Record<KindCode, KindInfo>);

export const FORMS = /* @__PURE__ */ labelled('forms', {
  ambulantni: { cs: 'ambulantní', en: 'at the service' },
  terenni: { cs: 'terénní', en: 'outreach' },
  pobytova: { cs: 'pobytová', en: 'residential' },
} as const satisfies Record<FormCode, Label>);
/** What each form means for a resident, in plain words. */
export const FORMS_PLAIN = /* @__PURE__ */ labelled('formsPlain', {
  ambulantni: { cs: 'vy přijdete za službou', en: 'you go to the service' },
  terenni: { cs: 'přijdou za vámi domů nebo na ulici', en: 'the service comes to you, at home or in the street' },
  pobytova: { cs: 'v zařízení bydlíte', en: 'you live in the facility' },
} as const satisfies Record<FormCode, Label>);

export const TARGET_GROUPS = /* @__PURE__ */ labelled('targetGroups', {
  'deti-a-mladez-ohrozene': { cs: 'děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy', en: 'children and young people aged 6–26 at risk' },
  'etnicke-mensiny': { cs: 'etnické menšiny', en: 'ethnic minorities' },
  'imigranti-a-azylanti': { cs: 'imigranti a azylanti', en: 'immigrants and asylum seekers' },
  'obeti-domaciho-nasili': { cs: 'oběti domácího násilí', en: 'victims of domestic violence' },
  'obeti-obchodu-s-lidmi': { cs: 'oběti obchodu s lidmi', en: 'victims of human trafficking' },
  'obeti-trestne-cinnosti': { cs: 'oběti trestné činnosti', en: 'victims of crime' },
  'osoby-bez-pristresi': { cs: 'osoby bez přístřeší', en: 'homeless people' },
  'osoby-opoustejici-ustavni-peci': { cs: 'osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče', en: 'young people leaving institutional care' },
  'osoby-komercne-zneuzivane': { cs: 'osoby komerčně zneužívané', en: 'commercially exploited people' },
  'osoby-ohrozene-zavislosti': { cs: 'osoby ohrožené závislostí nebo závislé na návykových látkách', en: 'people with or at risk of addiction' },
  'osoby-s-chronickym-dusevnim-onemocnenim': { cs: 'osoby s chronickým duševním onemocněním', en: 'people with chronic mental illness' },
  'osoby-s-chronickym-onemocnenim': { cs: 'osoby s chronickým onemocněním', en: 'people with chronic illness' },
  'osoby-s-jinym-zdravotnim-postizenim': { cs: 'osoby s jiným zdravotním postižením', en: 'people with other disabilities' },
  'osoby-s-kombinovanym-postizenim': { cs: 'osoby s kombinovaným postižením', en: 'people with multiple disabilities' },
  'osoby-s-mentalnim-postizenim': { cs: 'osoby s mentálním postižením', en: 'people with intellectual disabilities' },
  'osoby-s-telesnym-postizenim': { cs: 'osoby s tělesným postižením', en: 'people with physical disabilities' },
  'osoby-se-sluchovym-postizenim': { cs: 'osoby se sluchovým postižením', en: 'people with hearing impairments' },
  'osoby-se-zdravotnim-postizenim': { cs: 'osoby se zdravotním postižením', en: 'people with disabilities' },
  'osoby-se-zrakovym-postizenim': { cs: 'osoby se zrakovým postižením', en: 'people with visual impairments' },
  'osoby-v-krizi': { cs: 'osoby v krizi', en: 'people in crisis' },
  'osoby-s-rizikovym-zpusobem-zivota': { cs: 'osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy', en: 'people living a risky lifestyle or at risk of it' },
  'osoby-v-socialne-vyloucenych-komunitach': { cs: 'osoby žijící v sociálně vyloučených komunitách', en: 'people in socially excluded communities' },
  'pachatele-trestne-cinnosti': { cs: 'pachatelé trestné činnosti', en: 'offenders' },
  'rodiny-s-detmi': { cs: 'rodiny s dítětem/dětmi', en: 'families with children' },
  seniori: { cs: 'senioři', en: 'older people' },
  'pecujici-osoby': { cs: 'pečující osoby', en: 'carers' },
  'osoby-s-potrebou-paliativni-pece': { cs: 'osoby s potřebou paliativní péče', en: 'people needing palliative care' },
  'osoby-zijici-s-demenci': { cs: 'osoby žijící s demencí', en: 'people living with dementia' },
  verejnost: { cs: 'široká veřejnost', en: 'general public' },
} as const satisfies Record<TargetGroupCode, Label>);

export const AGE_GROUPS = /* @__PURE__ */ labelled('ageGroups', {
  'bez-omezeni': { cs: 'bez omezení věku', en: 'any age' },
  'deti-predskolniho-veku': { cs: 'děti předškolního věku (1–6 let)', en: 'pre-school children (1–6)' },
  'mladsi-deti': { cs: 'mladší děti (7–12 let)', en: 'younger children (7–12)' },
  'starsi-deti': { cs: 'starší děti (13–15 let)', en: 'older children (13–15)' },
  dorost: { cs: 'dorost (16–18 let)', en: 'adolescents (16–18)' },
  'mladi-dospeli': { cs: 'mladí dospělí (19–26 let)', en: 'young adults (19–26)' },
  dospeli: { cs: 'dospělí (27–64 let)', en: 'adults (27–64)' },
  'mladsi-seniori': { cs: 'mladší senioři (65–80 let)', en: 'younger seniors (65–80)' },
  'starsi-seniori': { cs: 'starší senioři (nad 80 let)', en: 'older seniors (over 80)' },
} as const satisfies Record<AgeGroupCode, Label>);

export const EVENT_TYPES = /* @__PURE__ */ labelled('eventTypes', {
  'verejne-setkani': { cs: 'Veřejné setkání', en: 'Public meeting' },
  'kulaty-stul': { cs: 'Kulatý stůl', en: 'Round table' },
  'pracovni-skupina': { cs: 'Pracovní skupina', en: 'Working group' },
  'ridici-skupina': { cs: 'Řídící skupina', en: 'Steering group' },
  seminar: { cs: 'Seminář', en: 'Seminar' },
  jine: { cs: 'Jiné', en: 'Other' },
} as const satisfies Record<EventTypeCode, Label>);
