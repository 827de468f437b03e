/**
 * Czech labels of the region data's codes (docs/taxonomy.md): the national
 * registry's wording for kinds, target groups and age groups; ours for the
 * rest. The codes and their structure (a kind's group and § of the Act) are
 * in data/ (codes.ts, taxonomy.ts, situations.ts), which knows no words.
 * Czech comes with every widget that shows codes; English and Ukrainian
 * labels come with their language's lazily loaded chunk (keyed by code).
 *
 * The long tables are written in the order of their code list, a comment
 * naming each code, so the codes are not in the bundle twice (they are in
 * the chunk every widget loads); the compiler checks each table's length and
 * a test checks that each label is its code's (the codes are made from the
 * Czech words).
 */
import { AGE_GROUP_CODES, EVENT_TYPE_CODES, FORM_CODES, inOrder, KIND_CODES, TARGET_GROUP_CODES } from '../../data/codes.js';
import type { KindGroup } from '../../data/taxonomy.js';
import type { LifeSituationCode } from '../../data/situations.js';

export const csLabels = {
  kindGroups: {
    poradenstvi: 'Sociální poradenství',
    pece: 'Sociální péče',
    prevence: 'Sociální prevence',
    'socialne-zdravotni': 'Sociálně-zdravotní služby',
    navazne: 'Návazné služby',
  } satisfies Record<KindGroup, string>,
  kinds: /* @__PURE__ */ inOrder(KIND_CODES, [
    'Odborné sociální poradenství', // odborne-socialni-poradenstvi
    'Osobní asistence', // osobni-asistence
    'Pečovatelská služba', // pecovatelska-sluzba
    'Tísňová péče', // tisnova-pece
    'Průvodcovské a předčitatelské služby', // pruvodcovske-a-predcitatelske-sluzby
    'Podpora samostatného bydlení', // podpora-samostatneho-bydleni
    'Odlehčovací služby', // odlehcovaci-sluzby
    'Centra denních služeb', // centra-dennich-sluzeb
    'Denní stacionáře', // denni-stacionare
    'Týdenní stacionáře', // tydenni-stacionare
    'Domovy pro osoby se zdravotním postižením', // domovy-pro-osoby-se-zdravotnim-postizenim
    'Domovy pro seniory', // domovy-pro-seniory
    'Domovy se zvláštním režimem', // domovy-se-zvlastnim-rezimem
    'Chráněné bydlení', // chranene-bydleni
    'Sociální služby poskytované ve zdravotnických zařízeních lůžkové péče', // socialni-sluzby-ve-zdravotnickych-zarizenich
    'Raná péče', // rana-pece
    'Telefonická krizová pomoc', // telefonicka-krizova-pomoc
    'Tlumočnické služby', // tlumocnicke-sluzby
    'Azylové domy', // azylove-domy
    'Domy na půl cesty', // domy-na-pul-cesty
    'Kontaktní centra', // kontaktni-centra
    'Krizová pomoc', // krizova-pomoc
    'Intervenční centra', // intervencni-centra
    'Nízkoprahová denní centra', // nizkoprahova-denni-centra
    'Nízkoprahová zařízení pro děti a mládež', // nizkoprahova-zarizeni-pro-deti-a-mladez
    'Noclehárny', // nocleharny
    'Služby následné péče', // sluzby-nasledne-pece
    'Sociálně aktivizační služby pro rodiny s dětmi', // socialne-aktivizacni-sluzby-pro-rodiny-s-detmi
    'Sociálně aktivizační služby pro seniory a osoby se zdravotním postižením', // socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zdravotnim-postizenim
    'Sociálně terapeutické dílny', // socialne-terapeuticke-dilny
    'Terapeutické komunity', // terapeuticke-komunity
    'Terénní programy', // terenni-programy
    'Sociální rehabilitace', // socialni-rehabilitace
    'Centrum duševního zdraví', // centrum-dusevniho-zdravi
    'Návazná služba', // navazna-sluzba
  ]),
  forms: /* @__PURE__ */ inOrder(FORM_CODES, [
    'ambulantní', // ambulantni
    'terénní', // terenni
    'pobytová', // pobytova
  ]),
  formsPlain: /* @__PURE__ */ inOrder(FORM_CODES, [
    'vy přijdete za službou', // ambulantni
    'přijdou za vámi domů nebo na ulici', // terenni
    'v zařízení bydlíte', // pobytova
  ]),
  targetGroups: /* @__PURE__ */ inOrder(TARGET_GROUP_CODES, [
    'děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy', // deti-a-mladez-ohrozene
    'etnické menšiny', // etnicke-mensiny
    'imigranti a azylanti', // imigranti-a-azylanti
    'oběti domácího násilí', // obeti-domaciho-nasili
    'oběti obchodu s lidmi', // obeti-obchodu-s-lidmi
    'oběti trestné činnosti', // obeti-trestne-cinnosti
    'osoby bez přístřeší', // osoby-bez-pristresi
    'osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče', // osoby-opoustejici-ustavni-peci
    'osoby komerčně zneužívané', // osoby-komercne-zneuzivane
    'osoby ohrožené závislostí nebo závislé na návykových látkách', // osoby-ohrozene-zavislosti
    'osoby s chronickým duševním onemocněním', // osoby-s-chronickym-dusevnim-onemocnenim
    'osoby s chronickým onemocněním', // osoby-s-chronickym-onemocnenim
    'osoby s jiným zdravotním postižením', // osoby-s-jinym-zdravotnim-postizenim
    'osoby s kombinovaným postižením', // osoby-s-kombinovanym-postizenim
    'osoby s mentálním postižením', // osoby-s-mentalnim-postizenim
    'osoby s tělesným postižením', // osoby-s-telesnym-postizenim
    'osoby se sluchovým postižením', // osoby-se-sluchovym-postizenim
    'osoby se zdravotním postižením', // osoby-se-zdravotnim-postizenim
    'osoby se zrakovým postižením', // osoby-se-zrakovym-postizenim
    'osoby v krizi', // osoby-v-krizi
    'osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy', // osoby-s-rizikovym-zpusobem-zivota
    'osoby žijící v sociálně vyloučených komunitách', // osoby-v-socialne-vyloucenych-komunitach
    'pachatelé trestné činnosti', // pachatele-trestne-cinnosti
    'rodiny s dítětem/dětmi', // rodiny-s-detmi
    'senioři', // seniori
    'pečující osoby', // pecujici-osoby
    'osoby s potřebou paliativní péče', // osoby-s-potrebou-paliativni-pece
    'osoby žijící s demencí', // osoby-zijici-s-demenci
    'široká veřejnost', // verejnost
  ]),
  ageGroups: /* @__PURE__ */ inOrder(AGE_GROUP_CODES, [
    'bez omezení věku', // bez-omezeni
    'děti předškolního věku (1–6 let)', // deti-predskolniho-veku
    'mladší děti (7–12 let)', // mladsi-deti
    'starší děti (13–15 let)', // starsi-deti
    'dorost (16–18 let)', // dorost
    'mladí dospělí (19–26 let)', // mladi-dospeli
    'dospělí (27–64 let)', // dospeli
    'mladší senioři (65–80 let)', // mladsi-seniori
    'starší senioři (nad 80 let)', // starsi-seniori
  ]),
  eventTypes: /* @__PURE__ */ inOrder(EVENT_TYPE_CODES, [
    'Veřejné setkání', // verejne-setkani
    'Kulatý stůl', // kulaty-stul
    'Pracovní skupina', // pracovni-skupina
    'Řídící skupina', // ridici-skupina
    'Seminář', // seminar
    'Jiné', // jine
  ]),
  situations: {
    'stari-a-pece': 'Stáří a péče o blízké',
    'zdravotni-postizeni': 'Zdravotní postižení',
    'dusevni-zdravi': 'Duševní zdraví',
    'rodina-a-deti': 'Rodina a děti',
    'dluhy-a-finance': 'Dluhy a finance',
    bydleni: 'Bydlení a bezdomovectví',
    zavislosti: 'Závislosti',
    'krize-a-nasili': 'Krize a násilí',
    cizinci: 'Cizinci',
  } satisfies Record<LifeSituationCode, string>,
};
