/**
 * A deterministic generator of a national registry of Czech social services
 * (up to ~6,000, the size of the whole country's registry) in the shape of the
 * region data contract (docs/region-data.md), for the search
 * benchmark.
 *
 * - Seeded PRNG (mulberry32), no Math.random: the same seed gives the same
 *   services in Node and in Chromium.
 * - Service i depends only on the draws before it, so generateServices(100) is
 *   the first 100 of generateServices(6000): the benchmark's sizes are nested.
 * - Each service comes with its ground truth in a side table (kind, the
 *   municipalities it is located in or serves, topics such as debt
 *   counselling), never inside the service object, so the benchmark can judge
 *   relevance without the search seeing the answers.
 *
 * Two profiles. `search` (the default, what bench/search.bench.ts was tuned
 * on): 150–250-character descriptions from phrase pools (~2,800 distinct words
 * at 6,000), areaServed for about half the services, from their own district.
 * `national` (bench/run.mjs, the resident-facing benchmark): every one of the
 * KINDS codes among the first services, areaServed of 1–15 municipalities
 * (own district first, then the nearest districts) for 80 % of the services
 * and none for 20 %, and descriptions of 50–200 words that mix the phrase
 * pools with free-text sentences drawing on a pool of Czech-looking
 * pseudo-words (20,000+ distinct words at 6,000 services, as rich as real
 * free text). Both are seeded and nested (n services are the first n of more).
 *
 * CLI: `npx tsx bench/generate-services.ts 6000 [seed] [national] > region.json`
 * writes a whole region file (e.g. to try the catalogue widget at national scale).
 */
import type { Service } from '../src/data/schema.js';
import type { FormCode, KindCode, TargetGroupCode } from '../src/data/taxonomy.js';
import { DISTRICT_LIST, MUNICIPALITIES, type Municipality } from './municipalities.js';

/** Topics a query can be about that no single field states: debt counselling, services for older people. */
export type Topic = 'dluhy' | 'seniori';

/** What the benchmark knows about a service and the search must find out. */
export interface GroundTruth {
  readonly id: string;
  readonly kind: KindCode;
  /** Municipalities where the service is located or which it serves. */
  readonly towns: readonly string[];
  readonly topics: readonly Topic[];
}

export interface GeneratedRegistry {
  readonly services: Service[];
  readonly truth: GroundTruth[];
}

// ---------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: tiny, fast and good enough for test data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
  /** k distinct items (fewer if the list is shorter). */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, k);
  }
}

// ---------------------------------------------------------------------------
// Places

/** Relative number of services by municipality size (tier 1 village … 5 Prague). */
const TIER_WEIGHT = [0, 1, 3, 8, 24, 100];
const TOWN_WEIGHTS = MUNICIPALITIES.map((m) => TIER_WEIGHT[m.tier]!);

const STREETS = [
  'Masarykova', 'Husova', 'Palackého', 'Nádražní', 'Školní', 'Jiráskova', 'Komenského', 'Tyršova', 'Havlíčkova',
  'Smetanova', 'Žižkova', 'Sokolská', 'Zahradní', 'Polní', 'Lidická', 'Revoluční', 'Nerudova', 'Nová', 'Krátká',
  'Dlouhá', 'Vídeňská', 'Pražská', 'Plzeňská', 'Riegrova', 'Sadová', 'Luční', 'Lipová', 'Družstevní', 'Náměstí Míru',
  'Náměstí Svobody', '5. května', '28. října', 'Wolkerova', 'Dukelská', 'U Nemocnice', 'Na Výsluní', 'Mírová',
  'Jungmannova', 'Fügnerova', 'Čapkova', 'Alšova', 'Purkyňova', 'Mánesova', 'Vrchlického', 'Bezručova', 'Hálkova',
  'Třída Míru', 'Kpt. Jaroše', 'Slovanská', 'Budovatelů', 'Jana Želivského', 'K Lesu', 'Na Příkopě', 'Zámecká',
];
const PLACE_NAMES = ['Středisko', 'Sídlo služby', 'Kontaktní místo', 'Pobočka', 'Kancelář služby', 'Zařízení'];

function address(r: Random, m: Municipality): string {
  const number = r.chance(0.7) ? r.int(1, 80) : r.int(81, 2600);
  return `${r.pick(STREETS)} ${number}, ${m.psc} ${m.name}`;
}

function place(r: Random, m: Municipality, name?: string): NonNullable<Service['locations']>[number] {
  return {
    name: name ?? r.pick(PLACE_NAMES),
    address: address(r, m),
    // District centre plus a few kilometres: enough for a map, not a survey.
    lat: Math.round((m.lat + (r.float() - 0.5) * 0.12) * 1e5) / 1e5,
    lng: Math.round((m.lng + (r.float() - 0.5) * 0.18) * 1e5) / 1e5,
  };
}

// ---------------------------------------------------------------------------
// Providers

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const municipalityProvider = (m: Municipality) =>
  m.name === 'Praha' ? 'Hlavní město Praha' : m.tier >= 4 ? `Statutární město ${m.name}` : m.tier >= 2 ? `Město ${m.name}` : `Obec ${m.name}`;
const charity = (r: Random, seat: Municipality) => (seat.tier >= 3 ? r.pick(['Oblastní charita', 'Charita']) : 'Farní charita') + ' ' + seat.name;
const diakonie = (seat: Municipality) => `Diakonie ČCE – středisko ${seat.name}`;
const BRANDS = ['Paprsek', 'Slunečnice', 'Domino', 'Maják', 'Klíček', 'Jitřenka', 'Archa', 'Kompas', 'Ruka pro život', 'Světlo', 'Pohoda', 'Radost', 'Rozmarýna', 'Naděje pro život', 'Nový domov', 'Prostor', 'Most k naději', 'Zahrada', 'Srdce'];
const LEGAL = [', z. s.', ', o. p. s.', ', z. ú.'];
const association = (r: Random, m: Municipality) => `${r.pick(BRANDS)} ${m.name}${r.pick(LEGAL)}`;

// ---------------------------------------------------------------------------
// Kinds: how many there are nationally, how they are named and described

interface Naming {
  readonly name: string;
  readonly provider: string;
  readonly topics?: readonly Topic[];
  /** Extra phrases for the description that go with this name. */
  readonly phrases?: readonly string[];
}

interface KindSpec {
  /** Approximate national count of registered services of the kind. */
  readonly weight: number;
  readonly name: (r: Random, town: Municipality, seat: Municipality) => Naming;
  /** Forms: the first list is always given, the second added at random. */
  readonly forms?: readonly [readonly FormCode[], readonly FormCode[]];
  readonly groups: readonly TargetGroupCode[];
  readonly phrases: readonly string[];
}

const DEBT_PHRASES = [
  'Pomáháme s řešením dluhů, exekucí a insolvence.',
  'Poskytujeme dluhové poradenství a pomoc s podáním návrhu na oddlužení.',
  'Specializujeme se na dluhovou problematiku, exekuce a jednání s věřiteli.',
];

const KIND_SPECS: Record<KindCode, KindSpec> = {
  'odborne-socialni-poradenstvi': {
    weight: 600,
    name: (r, t, seat) => {
      const ch = charity(r, seat);
      return r.weighted<Naming>(
        [
          { name: `Občanská poradna ${t.name}`, provider: association(r, seat), topics: ['dluhy'], phrases: [r.pick(DEBT_PHRASES)] },
          { name: `Dluhová poradna ${t.name}`, provider: ch, topics: ['dluhy'], phrases: [r.pick(DEBT_PHRASES)] },
          { name: `Poradna pro rodinu, manželství a mezilidské vztahy ${t.name}`, provider: `Poradna pro rodinu ${seat.name}, příspěvková organizace` },
          { name: `Sociální poradna pro osoby se zdravotním postižením ${t.name}`, provider: `Centrum pro zdravotně postižené, pobočka ${seat.name}` },
          { name: `Poradna pro oběti trestných činů ${t.name}`, provider: 'Bílý kruh bezpečí, z. s.' },
          // A charity's general counselling: some of it is debt counselling, said only in the description.
          { name: `Odborné sociální poradenství – ${ch}`, provider: ch, ...(r.chance(0.4) ? { topics: ['dluhy'] as const, phrases: [r.pick(DEBT_PHRASES)] } : {}) },
        ],
        [3, 1, 2, 2, 1, 2],
      );
    },
    forms: [['ambulantni'], ['terenni']],
    groups: ['osoby-v-krizi', 'rodiny-s-detmi', 'seniori', 'osoby-se-zdravotnim-postizenim', 'obeti-trestne-cinnosti', 'verejnost', 'osoby-v-socialne-vyloucenych-komunitach'],
    phrases: [
      'Poskytujeme bezplatné, nestranné a diskrétní poradenství lidem v obtížné životní situaci.',
      'Pomůžeme s orientací v sociálních dávkách, bydlení, pracovněprávních vztazích a rodinném právu.',
      'Klient může zůstat v anonymitě.',
      'Na konzultaci je vhodné se předem objednat telefonicky nebo e-mailem.',
    ],
  },
  'osobni-asistence': {
    weight: 220,
    name: (r, t, seat) => {
      const ch = charity(r, seat);
      return r.pick<Naming>([
        { name: `Osobní asistence ${t.name}`, provider: association(r, seat) },
        { name: `${ch} – Osobní asistence`, provider: ch },
        { name: `Osobní asistence – Asistence ${seat.name}`, provider: 'Asistence, o. p. s.' },
        { name: `Hewer – osobní asistence ${seat.name}`, provider: 'Hewer, z. s.' },
      ]);
    },
    forms: [['terenni'], []],
    groups: ['osoby-se-zdravotnim-postizenim', 'osoby-s-telesnym-postizenim', 'osoby-s-kombinovanym-postizenim', 'seniori', 'osoby-s-mentalnim-postizenim'],
    phrases: [
      'Osobní asistent pomáhá klientovi doma, ve škole, v práci i při volnočasových aktivitách.',
      'Asistence je poskytována podle potřeby klienta, i o víkendech a ve večerních hodinách.',
      'Pomáháme s péčí o vlastní osobu, hygienou, doprovodem a zajištěním chodu domácnosti.',
    ],
  },
  'pecovatelska-sluzba': {
    weight: 700,
    name: (r, t, seat) =>
      r.weighted<Naming>(
        [
          { name: `Pečovatelská služba města ${t.name}`, provider: municipalityProvider(t) },
          { name: `Pečovatelská služba ${t.name}`, provider: `Sociální služby města ${t.name}, příspěvková organizace` },
          { name: `Charitní pečovatelská služba ${t.name}`, provider: charity(r, seat) },
          { name: `Pečovatelská služba Diakonie ${t.name}`, provider: diakonie(seat) },
          { name: `Charitní služba v domácnosti ${t.name}`, provider: charity(r, seat) },
          { name: `Pečovatelská služba`, provider: municipalityProvider(t) },
        ],
        [4, 2, 2, 1, 1, 1],
      ),
    forms: [['terenni'], ['ambulantni']],
    groups: ['seniori', 'osoby-se-zdravotnim-postizenim', 'osoby-s-chronickym-onemocnenim', 'rodiny-s-detmi'],
    phrases: [
      'Pečovatelská služba pomáhá seniorům a lidem se zdravotním postižením v jejich domácnosti.',
      'Poskytujeme pomoc při osobní hygieně, zajištění stravy, nákupech a pochůzkách.',
      'Dovážíme obědy, pomáháme s úklidem domácnosti a praním prádla.',
      'Pečovatelky dojíždějí za klienty i do okolních obcí.',
    ],
  },
  'tisnova-pece': {
    weight: 30,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Tísňová péče ${seat.name}`, provider: association(r, seat) },
        { name: 'Tísňová péče Areíon', provider: 'Areíon, z. s.' },
        { name: `Senior linka – tísňová péče ${t.name}`, provider: charity(r, seat) },
      ]),
    forms: [['terenni'], []],
    groups: ['seniori', 'osoby-se-zdravotnim-postizenim', 'osoby-s-chronickym-onemocnenim'],
    phrases: [
      'Nepřetržitá distanční hlasová a elektronická komunikace s osobami vystavenými trvalému riziku ohrožení zdraví.',
      'Stisknutím tlačítka klient přivolá pomoc dispečinku 24 hodin denně.',
    ],
  },
  'pruvodcovske-a-predcitatelske-sluzby': {
    weight: 25,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Průvodcovské a předčitatelské služby ${t.name}`, provider: 'Sjednocená organizace nevidomých a slabozrakých ČR, z. s.' },
        { name: `Tyfloservis – průvodcovská služba ${seat.name}`, provider: 'Tyfloservis, o. p. s.' },
      ]),
    forms: [['terenni'], ['ambulantni']],
    groups: ['osoby-se-zrakovym-postizenim', 'seniori', 'osoby-se-zdravotnim-postizenim'],
    phrases: [
      'Doprovázíme lidi se zrakovým postižením k lékaři, na úřady a na nákupy.',
      'Předčítáme korespondenci, úřední dopisy a tisk.',
    ],
  },
  'podpora-samostatneho-bydleni': {
    weight: 100,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Podpora samostatného bydlení ${t.name}`, provider: association(r, seat) },
        { name: `Fokus ${seat.name} – podpora bydlení`, provider: `Fokus ${seat.name}, z. s.` },
      ]),
    forms: [['terenni'], []],
    groups: ['osoby-s-mentalnim-postizenim', 'osoby-s-chronickym-dusevnim-onemocnenim', 'osoby-s-kombinovanym-postizenim'],
    phrases: [
      'Pomáháme lidem žít samostatně ve vlastním nebo nájemním bytě.',
      'Podporujeme klienty v hospodaření s penězi, vaření, úklidu a jednání s úřady.',
    ],
  },
  'odlehcovaci-sluzby': {
    weight: 300,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Odlehčovací služba ${t.name}`, provider: `Sociální služby města ${t.name}, příspěvková organizace` },
        { name: `Odlehčovací pobyty Domova pro seniory ${t.name}`, provider: `Domov pro seniory ${t.name}, příspěvková organizace` },
        { name: `Charitní odlehčovací služba ${t.name}`, provider: charity(r, seat) },
      ]),
    forms: [['pobytova'], ['ambulantni', 'terenni']],
    groups: ['seniori', 'osoby-se-zdravotnim-postizenim', 'osoby-zijici-s-demenci', 'pecujici-osoby'],
    phrases: [
      'Krátkodobý pobyt pro seniory a lidi se zdravotním postižením, o které jinak pečuje rodina.',
      'Pečující osoba si může odpočinout, vyřídit své záležitosti nebo se léčit.',
      'Pobyt lze sjednat až na tři měsíce.',
    ],
  },
  'centra-dennich-sluzeb': {
    weight: 70,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Centrum denních služeb ${t.name}`, provider: association(r, seat) },
        { name: `Denní centrum ${r.pick(BRANDS)} ${t.name}`, provider: charity(r, seat) },
      ]),
    forms: [['ambulantni'], []],
    groups: ['seniori', 'osoby-s-mentalnim-postizenim', 'osoby-s-kombinovanym-postizenim'],
    phrases: ['Během dne nabízíme aktivizační činnosti, pomoc s hygienou a stravu.', 'Podporujeme soběstačnost a kontakt se společenským prostředím.'],
  },
  'denni-stacionare': {
    weight: 250,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Denní stacionář ${t.name}`, provider: `Sociální služby města ${t.name}, příspěvková organizace` },
        { name: `Denní stacionář pro seniory ${t.name}`, provider: charity(r, seat) },
        { name: `Denní stacionář ${r.pick(BRANDS)}`, provider: association(r, t) },
      ]),
    forms: [['ambulantni'], []],
    groups: ['seniori', 'osoby-zijici-s-demenci', 'osoby-s-mentalnim-postizenim', 'osoby-s-kombinovanym-postizenim'],
    phrases: [
      'Denní stacionář nabízí péči a program během dne, večer se klienti vracejí domů.',
      'Program zahrnuje trénování paměti, ruční práce, cvičení a společné vycházky.',
      'Zajišťujeme dovoz klientů z okolních obcí.',
    ],
  },
  'tydenni-stacionare': {
    weight: 50,
    name: (r, t) => ({ name: `Týdenní stacionář ${t.name}`, provider: association(r, t) }),
    forms: [['pobytova'], []],
    groups: ['osoby-s-mentalnim-postizenim', 'osoby-s-kombinovanym-postizenim'],
    phrases: ['Klienti u nás bydlí v pracovních dnech, víkendy tráví s rodinou.', 'Nabízíme pobyt, stravu, péči a aktivizační činnosti.'],
  },
  'domovy-pro-osoby-se-zdravotnim-postizenim': {
    weight: 200,
    name: (r, t) =>
      r.pick<Naming>([
        { name: `Domov pro osoby se zdravotním postižením ${t.name}`, provider: `Domov ${t.name}, příspěvková organizace` },
        { name: `Domov ${r.pick(BRANDS)} ${t.name}`, provider: `Domov ${r.pick(BRANDS)}, příspěvková organizace` },
        { name: `Zámek ${t.name} – domov pro osoby se zdravotním postižením`, provider: `Zámek ${t.name}, poskytovatel sociálních služeb` },
      ]),
    forms: [['pobytova'], []],
    groups: ['osoby-s-mentalnim-postizenim', 'osoby-s-kombinovanym-postizenim', 'osoby-s-telesnym-postizenim', 'osoby-se-zdravotnim-postizenim'],
    phrases: [
      'Celoroční pobytová služba pro dospělé lidi s mentálním a kombinovaným postižením.',
      'Klienti bydlí v menších domácnostech a podle svých možností se zapojují do chodu domova.',
    ],
  },
  'domovy-pro-seniory': {
    weight: 530,
    name: (r, t) =>
      r.weighted<Naming>(
        [
          { name: `Domov pro seniory ${t.name}`, provider: `Domov pro seniory ${t.name}, příspěvková organizace` },
          { name: `Domov ${t.name}, příspěvková organizace`, provider: `Domov ${t.name}, příspěvková organizace` },
          { name: `Domov seniorů ${t.name}`, provider: municipalityProvider(t) },
          { name: `Domov pro seniory ${r.pick(['Na Výsluní', 'Pohoda', 'U Zámku', 'Sv. Anna', 'Slunečnice'])}`, provider: `Centrum sociálních služeb ${t.name}, o. p. s.` },
          { name: `Domov pokojného stáří ${t.name}`, provider: charity(r, t) },
          { name: `Senior centrum ${t.name}`, provider: `Senior centrum ${t.name}, s. r. o.` },
        ],
        [5, 2, 1, 1, 1, 1],
      ),
    forms: [['pobytova'], []],
    groups: ['seniori', 'osoby-se-zdravotnim-postizenim', 'osoby-s-chronickym-onemocnenim'],
    phrases: [
      'Domov poskytuje celoroční ubytování, stravu a péči seniorům, kteří již nemohou žít ve svém domově.',
      'Nabízíme jednolůžkové a dvoulůžkové pokoje s vlastním sociálním zařízením.',
      'Zajišťujeme ošetřovatelskou péči, rehabilitaci a volnočasové aktivity.',
      'V areálu sídlí také pečovatelská služba města.',
    ],
  },
  'domovy-se-zvlastnim-rezimem': {
    weight: 400,
    name: (r, t) =>
      r.pick<Naming>([
        { name: `Domov se zvláštním režimem ${t.name}`, provider: `Domov pro seniory ${t.name}, příspěvková organizace` },
        { name: `Domov Alzheimer ${t.name}`, provider: `Alzheimer Home ${t.name}, s. r. o.` },
        { name: `Alzheimer centrum ${t.name}`, provider: `Alzheimer centrum ${t.name}, z. ú.` },
      ]),
    forms: [['pobytova'], []],
    groups: ['osoby-zijici-s-demenci', 'seniori', 'osoby-s-chronickym-dusevnim-onemocnenim', 'osoby-ohrozene-zavislosti'],
    phrases: [
      'Pobytová služba pro lidi s Alzheimerovou chorobou a jinými typy demence.',
      'Péči přizpůsobujeme potřebám klientů se sníženou soběstačností.',
      'Personál je vyškolen v práci s lidmi žijícími s demencí.',
    ],
  },
  'chranene-bydleni': {
    weight: 200,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Chráněné bydlení ${t.name}`, provider: association(r, seat) },
        { name: `Chráněné bydlení Fokus ${seat.name}`, provider: `Fokus ${seat.name}, z. s.` },
      ]),
    forms: [['pobytova'], []],
    groups: ['osoby-s-mentalnim-postizenim', 'osoby-s-chronickym-dusevnim-onemocnenim', 'osoby-s-kombinovanym-postizenim'],
    phrases: ['Bydlení v běžných bytech s podporou asistentů.', 'Učíme se vařit, hospodařit a starat se o domácnost.'],
  },
  'socialni-sluzby-ve-zdravotnickych-zarizenich': {
    weight: 180,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Sociální lůžka Nemocnice ${seat.name}`, provider: `Nemocnice ${seat.name}, a. s.` },
        { name: `Sociální služby v Nemocnici ${seat.name}`, provider: `Nemocnice ${seat.name}, a. s.` },
        { name: `Sociální lůžka Léčebny dlouhodobě nemocných ${t.name}`, provider: `Léčebna dlouhodobě nemocných ${t.name}` },
      ]),
    forms: [['pobytova'], []],
    groups: ['seniori', 'osoby-s-chronickym-onemocnenim', 'osoby-se-zdravotnim-postizenim', 'osoby-s-potrebou-paliativni-pece'],
    phrases: [
      'Služba je určena pacientům, kteří po skončení léčby nemohou být propuštěni domů.',
      'Pobyt trvá do doby, než je zajištěna péče rodiny, terénní služby nebo místo v domově.',
    ],
  },
  'rana-pece': {
    weight: 50,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Raná péče ${seat.name}`, provider: association(r, seat) },
        { name: `Středisko rané péče ${seat.name}`, provider: 'Středisko rané péče SPRP, o. p. s.' },
        { name: `Raná péče Diakonie ${t.name}`, provider: diakonie(seat) },
        { name: 'Raná péče EDA', provider: 'EDA cz, z. ú.' },
      ]),
    forms: [['terenni'], ['ambulantni']],
    groups: ['rodiny-s-detmi', 'osoby-s-kombinovanym-postizenim', 'osoby-se-zrakovym-postizenim', 'osoby-s-mentalnim-postizenim'],
    phrases: [
      'Podporujeme rodiny s dětmi do sedmi let, jejichž vývoj je ohrožen nebo opožděn.',
      'Poradkyně dojíždí do rodin a pomáhá rodičům s vývojem dítěte.',
      'Nabízíme půjčování hraček a pomůcek a psychologickou podporu rodičů.',
    ],
  },
  'telefonicka-krizova-pomoc': {
    weight: 40,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Linka důvěry ${seat.name}`, provider: association(r, seat) },
        { name: `Krizová linka ${seat.name}`, provider: `Centrum krizové intervence ${seat.name}, z. ú.` },
        { name: 'Linka bezpečí', provider: 'Linka bezpečí, z. s.' },
        { name: 'Linka seniorů', provider: 'Elpida, o. p. s.' },
        { name: `Telefonická krizová pomoc ${t.name}`, provider: charity(r, seat) },
      ]),
    forms: [['terenni'], []],
    groups: ['osoby-v-krizi', 'deti-a-mladez-ohrozene', 'seniori', 'verejnost'],
    phrases: [
      'Anonymní telefonická pomoc lidem, kteří se ocitli v krizi nebo obtížné životní situaci.',
      'Linka je dostupná nepřetržitě, hovor je zdarma.',
      'Nabízíme rozhovor s vyškoleným pracovníkem a kontakty na další pomoc.',
    ],
  },
  'tlumocnicke-sluzby': {
    weight: 30,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Tlumočnické služby pro neslyšící ${seat.name}`, provider: 'Tichý svět, o. p. s.' },
        { name: `Tlumočení do znakového jazyka ${t.name}`, provider: association(r, seat) },
      ]),
    forms: [['terenni'], ['ambulantni']],
    groups: ['osoby-se-sluchovym-postizenim'],
    phrases: ['Tlumočíme do českého znakového jazyka u lékaře, na úřadech i v zaměstnání.', 'Tlumočení lze objednat také online přes videohovor.'],
  },
  'azylove-domy': {
    weight: 200,
    name: (r, t) =>
      r.weighted<Naming>(
        [
          { name: `Azylový dům pro muže ${t.name}`, provider: 'Armáda spásy v České republice, z. s.' },
          { name: `Azylový dům pro ženy ${t.name}`, provider: 'Naděje, z. s.' },
          { name: `Azylový dům pro matky s dětmi ${t.name}`, provider: charity(r, t) },
          { name: `Azylové ubytování pro rodiny s dětmi ${t.name}`, provider: association(r, t) },
          { name: `Azylové bydlení ${r.pick(BRANDS)} ${t.name}`, provider: association(r, t) },
        ],
        [3, 2, 3, 1, 1],
      ),
    forms: [['pobytova'], []],
    groups: ['osoby-bez-pristresi', 'rodiny-s-detmi', 'obeti-domaciho-nasili', 'osoby-v-krizi'],
    phrases: [
      'Přechodné ubytování pro lidi, kteří se ocitli bez domova.',
      'Pomáháme najít stálé bydlení, práci a vyřídit doklady a dávky.',
      'Pobyt je možný až na jeden rok.',
    ],
  },
  'domy-na-pul-cesty': {
    weight: 30,
    name: (r, t) => ({ name: `Dům na půl cesty ${t.name}`, provider: association(r, t) }),
    forms: [['pobytova'], []],
    groups: ['osoby-opoustejici-ustavni-peci', 'deti-a-mladez-ohrozene'],
    phrases: ['Bydlení a podpora pro mladé lidi po odchodu z dětského domova.', 'Pomáháme s hledáním práce a samostatným životem.'],
  },
  'kontaktni-centra': {
    weight: 60,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Kontaktní centrum ${seat.name}`, provider: 'Sananim, z. ú.' },
        { name: `K-centrum ${seat.name}`, provider: 'Prev-Centrum, z. ú.' },
      ]),
    forms: [['ambulantni'], ['terenni']],
    groups: ['osoby-ohrozene-zavislosti', 'osoby-s-rizikovym-zpusobem-zivota'],
    phrases: ['Nízkoprahová služba pro lidi užívající drogy a jejich blízké.', 'Nabízíme výměnu injekčního materiálu, testy a poradenství.'],
  },
  'krizova-pomoc': {
    weight: 30,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Krizové centrum ${seat.name}`, provider: association(r, seat) },
        { name: `Krizová pomoc ${t.name}`, provider: charity(r, seat) },
        { name: `Centrum krizové intervence ${seat.name}`, provider: `Psychiatrická nemocnice ${seat.name}` },
      ]),
    forms: [['ambulantni'], ['terenni', 'pobytova']],
    groups: ['osoby-v-krizi', 'obeti-domaciho-nasili', 'obeti-trestne-cinnosti'],
    phrases: ['Okamžitá pomoc lidem v akutní krizi, bez objednání.', 'Krátkodobě můžeme nabídnout i ubytování.'],
  },
  'intervencni-centra': {
    weight: 18,
    name: (r, t, seat) => ({ name: `Intervenční centrum ${seat.name}`, provider: r.pick(['ROSA – centrum pro ženy, z. s.', 'Spondea, z. ú.', charity(r, seat)]) }),
    forms: [['ambulantni', 'terenni'], ['pobytova']],
    groups: ['obeti-domaciho-nasili', 'osoby-v-krizi'],
    phrases: ['Pomáháme lidem ohroženým domácím násilím, zejména po vykázání násilné osoby.', 'Kontaktujeme ohrožené osoby do 48 hodin od oznámení policie.'],
  },
  'nizkoprahova-denni-centra': {
    weight: 60,
    name: (r, t) =>
      r.pick<Naming>([
        { name: `Nízkoprahové denní centrum ${t.name}`, provider: 'Naděje, z. s.' },
        { name: `Denní centrum pro lidi bez domova ${t.name}`, provider: 'Armáda spásy v České republice, z. s.' },
      ]),
    forms: [['ambulantni'], ['terenni']],
    groups: ['osoby-bez-pristresi', 'osoby-s-rizikovym-zpusobem-zivota'],
    phrases: ['Lidé bez domova se u nás mohou ohřát, najíst, osprchovat a vyprat si.', 'Sociální pracovníci pomáhají s doklady a hledáním ubytování.'],
  },
  'nizkoprahova-zarizeni-pro-deti-a-mladez': {
    weight: 220,
    name: (r, t) =>
      r.pick<Naming>([
        { name: `Nízkoprahový klub ${r.pick(BRANDS)} ${t.name}`, provider: association(r, t) },
        { name: `Klub Céčko ${t.name}`, provider: charity(r, t) },
        { name: `Nízkoprahové zařízení pro děti a mládež ${t.name}`, provider: association(r, t) },
      ]),
    forms: [['ambulantni'], ['terenni']],
    groups: ['deti-a-mladez-ohrozene', 'osoby-v-socialne-vyloucenych-komunitach', 'etnicke-mensiny'],
    phrases: [
      'Klub pro děti a mládež od 6 do 26 let, kteří tráví volný čas na ulici.',
      'Nabízíme bezpečný prostor, pomoc s učením a rozhovor s pracovníkem.',
      'Služba je anonymní a bezplatná.',
    ],
  },
  nocleharny: {
    weight: 80,
    name: (r, t) =>
      r.pick<Naming>([
        { name: `Noclehárna ${t.name}`, provider: 'Naděje, z. s.' },
        { name: `Noclehárna pro muže ${t.name}`, provider: charity(r, t) },
      ]),
    forms: [['ambulantni'], []],
    groups: ['osoby-bez-pristresi'],
    phrases: ['Přenocování pro lidi bez domova, s možností hygieny.', 'Otevřeno denně od 19:00 do 7:00.'],
  },
  'sluzby-nasledne-pece': {
    weight: 40,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Doléčovací centrum ${seat.name}`, provider: 'Sananim, z. ú.' },
        { name: `Služby následné péče ${t.name}`, provider: association(r, seat) },
      ]),
    forms: [['ambulantni'], ['pobytova']],
    groups: ['osoby-ohrozene-zavislosti', 'osoby-s-chronickym-dusevnim-onemocnenim'],
    phrases: ['Podporujeme abstinenci po ukončené léčbě závislosti.', 'Nabízíme skupiny, individuální konzultace a chráněné bydlení.'],
  },
  'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi': {
    weight: 450,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Sociálně aktivizační služby pro rodiny s dětmi ${t.name}`, provider: charity(r, seat) },
        { name: `Podpora rodin ${t.name}`, provider: association(r, seat) },
        { name: `SAS pro rodiny s dětmi – ${seat.name}`, provider: 'Člověk v tísni, o. p. s.' },
      ]),
    forms: [['terenni'], ['ambulantni']],
    groups: ['rodiny-s-detmi', 'osoby-v-socialne-vyloucenych-komunitach', 'etnicke-mensiny'],
    phrases: [
      'Pracovnice dochází do rodin a pomáhá rodičům s péčí o děti a domácnost.',
      'Pomáháme rodinám, kterým hrozí odebrání dítěte, zvládnout obtížnou situaci.',
      'Spolupracujeme s OSPOD a školami.',
    ],
  },
  'socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zdravotnim-postizenim': {
    weight: 250,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Sociálně aktivizační služby pro seniory ${t.name}`, provider: charity(r, seat) },
        { name: `Klub aktivního stáří ${t.name}`, provider: association(r, t) },
        { name: `Centrum aktivizace seniorů ${t.name}`, provider: municipalityProvider(t) },
      ]),
    forms: [['ambulantni'], ['terenni']],
    groups: ['seniori', 'osoby-se-zdravotnim-postizenim', 'osoby-s-chronickym-onemocnenim'],
    phrases: [
      'Nabízíme trénink paměti, cvičení, výlety a přednášky pro seniory.',
      'Spolupracujeme s pečovatelskou službou a domovem pro seniory.',
      'Cílem je předejít osamělosti a sociálnímu vyloučení.',
    ],
  },
  'socialne-terapeuticke-dilny': {
    weight: 150,
    name: (r, t) =>
      r.pick<Naming>([
        { name: `Sociálně terapeutická dílna ${t.name}`, provider: association(r, t) },
        { name: `Dílna ${r.pick(BRANDS)} ${t.name}`, provider: charity(r, t) },
        { name: `Keramická dílna ${t.name}`, provider: association(r, t) },
      ]),
    forms: [['ambulantni'], []],
    groups: ['osoby-s-mentalnim-postizenim', 'osoby-s-chronickym-dusevnim-onemocnenim', 'osoby-s-kombinovanym-postizenim'],
    phrases: ['V dílně se klienti učí pracovním návykům při keramice, tkaní a zahradničení.', 'Dílna spolupracuje s rodinami i s pečovatelskou službou.'],
  },
  'terapeuticke-komunity': {
    weight: 25,
    name: (r, t) => ({ name: `Terapeutická komunita ${t.name}`, provider: r.pick(['Sananim, z. ú.', 'Magdaléna, o. p. s.', association(r, t)]) }),
    forms: [['pobytova'], []],
    groups: ['osoby-ohrozene-zavislosti'],
    phrases: ['Dlouhodobá léčba závislosti v komunitě, obvykle na 6 až 12 měsíců.', 'Program tvoří práce, terapie a společný život.'],
  },
  'terenni-programy': {
    weight: 200,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Terénní program ${t.name}`, provider: association(r, seat) },
        { name: `Streetwork ${seat.name}`, provider: 'Prev-Centrum, z. ú.' },
        { name: `Terénní sociální práce ${t.name}`, provider: 'Člověk v tísni, o. p. s.' },
      ]),
    forms: [['terenni'], []],
    groups: ['osoby-bez-pristresi', 'osoby-ohrozene-zavislosti', 'osoby-v-socialne-vyloucenych-komunitach', 'osoby-s-rizikovym-zpusobem-zivota'],
    phrases: ['Terénní pracovníci vyhledávají lidi v ohrožení přímo na ulici a v jejich bydlišti.', 'Pomáháme s dluhy, bydlením a kontaktem s úřady.'],
  },
  'socialni-rehabilitace': {
    weight: 400,
    name: (r, t, seat) =>
      r.pick<Naming>([
        { name: `Sociální rehabilitace ${t.name}`, provider: association(r, seat) },
        { name: `Fokus ${seat.name} – sociální rehabilitace`, provider: `Fokus ${seat.name}, z. s.` },
        { name: `Rytmus – sociální rehabilitace ${seat.name}`, provider: 'Rytmus – od klienta k občanovi, o. p. s.' },
      ]),
    forms: [['ambulantni', 'terenni'], ['pobytova']],
    groups: ['osoby-s-chronickym-dusevnim-onemocnenim', 'osoby-s-mentalnim-postizenim', 'osoby-se-zdravotnim-postizenim', 'osoby-bez-pristresi'],
    phrases: ['Nácvik dovedností pro samostatný život, hledání a udržení zaměstnání.', 'Pracujeme individuálně podle plánu, který si klient sestaví s pracovníkem.'],
  },
  'centrum-dusevniho-zdravi': {
    weight: 30,
    name: (r, t, seat) => ({ name: `Centrum duševního zdraví ${seat.name}`, provider: `Fokus ${seat.name}, z. s.` }),
    forms: [['ambulantni', 'terenni'], []],
    groups: ['osoby-s-chronickym-dusevnim-onemocnenim'],
    phrases: ['Multidisciplinární tým psychiatrů, sester a sociálních pracovníků.', 'Pomáháme lidem s vážným duševním onemocněním žít v běžném prostředí.'],
  },
  'navazna-sluzba': {
    weight: 100,
    name: (r, t) =>
      r.pick<Naming>([
        { name: `Senior taxi ${t.name}`, provider: municipalityProvider(t) },
        { name: `Klub seniorů ${t.name}`, provider: municipalityProvider(t) },
        { name: `Půjčovna kompenzačních pomůcek ${t.name}`, provider: charity(r, t) },
        { name: `Dobrovolnické centrum ${t.name}`, provider: association(r, t) },
      ]),
    groups: ['seniori', 'osoby-se-zdravotnim-postizenim', 'verejnost'],
    phrases: ['Doplňková služba, která není registrovanou sociální službou.', 'Služba je dostupná obyvatelům obce a okolí.'],
  },
};

const KIND_CODES = Object.keys(KIND_SPECS) as KindCode[];
/** Kinds that serve older people by nature (homes with a special regime are mostly for seniors with dementia). */
const SENIOR_KINDS = new Set<KindCode>([
  'domovy-pro-seniory',
  'domovy-se-zvlastnim-rezimem',
  'socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zdravotnim-postizenim',
]);
const KIND_WEIGHTS = KIND_CODES.map((k) => KIND_SPECS[k].weight);

const GENERIC_PHRASES = [
  'Služba je poskytována v pracovní dny od 7:00 do 15:30.',
  'Služba je poskytována nepřetržitě.',
  'Cílem je, aby klienti mohli co nejdéle žít ve svém přirozeném prostředí.',
  'Spolupracujeme s obcemi, lékaři a dalšími poskytovateli v regionu.',
  'Úhrada se řídí platným ceníkem.',
  'Služba je bezplatná.',
  'Kontaktujte nás telefonicky, e-mailem nebo osobně.',
  'Respektujeme individuální potřeby každého klienta.',
  'Působíme v regionu již přes dvacet let.',
];

/** A description of 150–250 characters: kind phrases first, then general ones. */
function description(r: Random, spec: KindSpec, extra: readonly string[]): string {
  const [first, ...rest] = r.shuffle(spec.phrases);
  const parts = [first!, ...extra];
  let text = parts.join(' ');
  for (const phrase of [...r.shuffle(rest), ...r.shuffle(GENERIC_PHRASES)]) {
    if (text.length >= 150 && r.chance(0.5)) break;
    if (text.length + 1 + phrase.length <= 250) text += ' ' + phrase;
  }
  return text;
}

// ---------------------------------------------------------------------------
// The national profile: wide areaServed, long free-text descriptions

/** `search`: the data bench/search.bench.ts was tuned on; `national`: the resident-facing benchmark's (see the header). */
export type Profile = 'search' | 'national';

/** Districts by distance from each district's centre (the nearest first, itself included). */
const NEAREST_DISTRICTS: readonly (readonly number[])[] = DISTRICT_LIST.map((d) => {
  const lat = d.seat.lat;
  const lng = d.seat.lng;
  const distance = (o: (typeof DISTRICT_LIST)[number]) => (o.seat.lat - lat) ** 2 + ((o.seat.lng - lng) * 0.64) ** 2;
  return DISTRICT_LIST.map((o, i) => ({ i, d: distance(o) }))
    .sort((a, b) => a.d - b.d)
    .map((x) => x.i);
});

/** 80 %: the service's town and 0–14 more, its own district's first, then the nearest districts'; 20 %: none. */
function nationalAreaServed(r: Random, town: Municipality): string[] | undefined {
  if (r.chance(0.2)) return undefined;
  // Skewed towards short lists: half serve 1–4 places, a few serve 15.
  const count = 1 + Math.floor(15 * r.float() ** 1.6);
  const out = [town.name];
  for (const district of NEAREST_DISTRICTS[town.district]!) {
    for (const m of r.shuffle(DISTRICT_LIST[district]!.members)) {
      if (out.length >= count) return out;
      if (m !== town) out.push(m.name);
    }
  }
  return out;
}

/** Common Czech words of social-service prose, for the free-text sentences. */
const COMMON_WORDS = (
  'a v na s se do k o z u pro při od po že je jsou být byl bude jako nebo také již jen ještě velmi více méně každý ' +
  'klient klienti klientům klientka uživatel uživatelé rodina rodiny rodinám dítě děti dětem senior senioři seniorům ' +
  'pomoc pomáháme podpora podporujeme služba služby službu péče pečujeme péči domov domácnost domácnosti bydlení ' +
  'práce pracovník pracovnice pracovníci sociální zdravotní osobní odborné individuální bezplatné dostupné ' +
  'město města obec obce obcí kraj kraje region regionu okolí okres místní pobočka středisko centrum centra ' +
  'program programu aktivity aktivit činnost činnosti setkání skupina skupiny kurz kurzy přednáška výlet ' +
  'hodiny hodin týden týdně denně měsíc rok roku pondělí úterý středa čtvrtek pátek víkend ráno odpoledne večer ' +
  'tým týmu dobrovolníci dobrovolník spolupráce spolupracujeme partner partnery úřad úřady lékař lékaři škola školy ' +
  'život života situace situaci problém problémy potřeby potřeb cíl cílem možnost možnosti zájem zájemci ' +
  'telefon telefonicky e-mail osobně objednání konzultace konzultaci rozhovor důvěra bezpečí soukromí ' +
  'nový nová nové starší mladí mladým dospělí samostatný samostatně společně společné vlastní přirozené ' +
  'dluhy dluhů exekuce finance peníze dávky příspěvek příspěvku nájem byt bytu strava obědy nákupy hygiena ' +
  'doprava doprovod asistence tlumočení terapie rehabilitace poradenství informace prevence krize násilí závislost'
).split(' ');

/** Syllables for Czech-looking pseudo-words (proper names, technical terms, local programmes, inflected forms). */
const ONSETS = ['b', 'br', 'c', 'č', 'd', 'dr', 'h', 'ch', 'j', 'k', 'kr', 'kl', 'l', 'm', 'n', 'p', 'pr', 'pl', 'r', 'ř', 's', 'st', 'str', 'š', 't', 'tr', 'v', 'vl', 'z', 'ž', 'zl', 'sl', 'sm', 'sv', 'hr', 'kv'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'á', 'é', 'í', 'ů', 'ou', 'ě'];
const ENDINGS = ['', 'a', 'y', 'ý', 'á', 'é', 'ní', 'ka', 'ky', 'ek', 'ová', 'ový', 'ské', 'ský', 'ost', 'ace', 'ice', 'ovi', 'ům', 'ách', 'em', 'ou', 'nice', 'ník', 'ština'];

/** A fixed pool of distinct pseudo-words, made by its own PRNG so the service stream is unaffected. */
const PSEUDO_WORDS: readonly string[] = (() => {
  const r = new Random(7_919);
  const seen = new Set(COMMON_WORDS);
  const out: string[] = [];
  while (out.length < 40_000) {
    let word = '';
    const syllables = r.int(2, 4);
    for (let k = 0; k < syllables; k++) word += r.pick(ONSETS) + r.pick(VOWELS);
    word += r.pick(ENDINGS);
    if (seen.has(word)) continue;
    seen.add(word);
    out.push(word);
  }
  return out;
})();

/** A free-text word: common prose half the time, else a pseudo-word, the frequent ones (Zipf-like) most often. */
function freeWord(r: Random): string {
  if (r.chance(0.5)) return r.pick(COMMON_WORDS);
  return PSEUDO_WORDS[Math.floor(PSEUDO_WORDS.length * r.float() ** 3)]!;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A description of 50–200 words: the kind's phrases and the name's, general ones, then free-text sentences. */
function longDescription(r: Random, spec: KindSpec, extra: readonly string[]): string {
  const target = r.int(50, 200);
  const parts = [...r.shuffle(spec.phrases), ...extra, ...r.sample(GENERIC_PHRASES, r.int(1, 3))];
  let words = wordCount(parts.join(' '));
  while (words < target) {
    const length = Math.min(r.int(6, 16), Math.max(3, target - words));
    const sentence = Array.from({ length }, () => freeWord(r));
    sentence[0] = sentence[0]!.charAt(0).toUpperCase() + sentence[0]!.slice(1);
    parts.push(sentence.join(' ') + '.');
    words += length;
  }
  // Phrase pools alone can pass 200 words only for the shortest targets: cut whole sentences from the end.
  while (parts.length > 1 && wordCount(parts.join(' ')) > 200) parts.pop();
  return parts.join(' ');
}

const HOURS = ['Po–Pá 7:00–15:30', 'Po–Pá 8:00–16:00', 'nepřetržitě', 'Po, St 8:00–17:00, Út, Čt 8:00–12:00', 'Po–Ne 7:00–20:00'];

/** One service (and its ground truth) from the stream of draws. */
function generateOne(r: Random, i: number, profile: Profile): { service: Service; truth: GroundTruth } {
  const national = profile === 'national';
  // National: the first services take every kind once, so even 300 services show all of them.
  const kind = national && i < KIND_CODES.length ? KIND_CODES[i]! : r.weighted(KIND_CODES, KIND_WEIGHTS);
  const spec = KIND_SPECS[kind];
  const town = r.weighted(MUNICIPALITIES, TOWN_WEIGHTS);
  const district = DISTRICT_LIST[town.district]!;
  const naming = spec.name(r, town, district.seat);

  const locations = [place(r, town)];
  const locatedIn = [town.name];
  const neighbours = district.members.filter((m) => m !== town);
  if (neighbours.length > 0 && r.chance(0.2)) {
    const branch = r.pick(neighbours);
    locations.push(place(r, branch, 'Pobočka'));
    locatedIn.push(branch.name);
  }

  // A field service often lists the municipalities it serves: its own and some of the district's.
  const forms = spec.forms ? [...spec.forms[0], ...spec.forms[1].filter(() => r.chance(0.35))] : undefined;
  const areaServed = national
    ? nationalAreaServed(r, town)
    : r.chance(forms?.includes('terenni') ? 0.6 : 0.2) && neighbours.length > 0
      ? [town.name, ...r.sample(neighbours, r.int(1, Math.min(6, neighbours.length))).map((m) => m.name)]
      : undefined;

  // Registry identifiers are 7 digits; 7,654,321 is coprime with 9,000,000, so they are unique.
  const id = String(1_000_000 + ((i * 7_654_321) % 9_000_000));
  const providerSlug = slug(naming.provider).slice(0, 30).replace(/-$/, '');
  // A service for older people says so in its target groups (a "Senior taxi" too).
  const targetGroups = r.sample(spec.groups, r.int(1, Math.min(3, spec.groups.length)));
  const forSeniors = SENIOR_KINDS.has(kind) || /senior/i.test(naming.name) || targetGroups.includes('seniori');
  if (forSeniors && !targetGroups.includes('seniori')) targetGroups.unshift('seniori');
  const service: Service = {
    id,
    registryId: kind === 'navazna-sluzba' ? undefined : id,
    name: naming.name,
    provider: { name: naming.provider, ico: String(r.int(10_000_000, 99_999_999)), web: `https://www.${providerSlug}.example` },
    kind,
    forms,
    targetGroups,
    description: national ? longDescription(r, spec, naming.phrases ?? []) : description(r, spec, naming.phrases ?? []),
    locations,
    areaServed,
    contact: {
      phones: [`+420 ${r.int(310, 599)} ${r.int(100, 999)} ${r.int(100, 999)}`],
      emails: [`info@${providerSlug}.example`],
    },
    hours: r.pick(HOURS),
    capacity: forms?.includes('pobytova') ? `${r.int(8, 160)} lůžek` : undefined,
  };
  // Drop the undefined optionals so the objects look like parsed JSON.
  for (const key of Object.keys(service) as (keyof Service)[]) if (service[key] === undefined) delete service[key];

  const towns = [...new Set([...locatedIn, ...(areaServed ?? [])])];
  const topics: Topic[] = [...(naming.topics ?? []), ...(forSeniors ? (['seniori'] as const) : [])];
  return { service, truth: { id, kind, towns, topics } };
}

/** The first n services of the registry for a seed (the same seed always gives the same services). */
export function generateServices(n: number, seed = 20_261_101, profile: Profile = 'search'): GeneratedRegistry {
  const r = new Random(seed);
  const services: Service[] = [];
  const truth: GroundTruth[] = [];
  for (let i = 0; i < n; i++) {
    const one = generateOne(r, i, profile);
    services.push(one.service);
    truth.push(one.truth);
  }
  return { services, truth };
}

/** A whole region file around the services, for the contract's parser or the widget. */
export function generateRegionFile(n: number, seed?: number, profile: Profile = 'search') {
  return {
    schemaVersion: 1,
    region: { id: 'cesko', name: 'Česká republika (generovaná data)', area: 'celá republika' },
    services: generateServices(n, seed, profile).services,
  };
}

// CLI (only under Node; in the browser bundle `process` does not exist).
if (typeof process !== 'undefined' && process.argv[1]?.endsWith('generate-services.ts')) {
  const n = Number(process.argv[2] ?? 6000);
  const seed = process.argv[3] === undefined || process.argv[3] === '' ? undefined : Number(process.argv[3]);
  const profile: Profile = process.argv[4] === 'national' ? 'national' : 'search';
  process.stdout.write(JSON.stringify(generateRegionFile(n, seed, profile), null, 2) + '\n');
}
