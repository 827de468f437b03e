/**
 * `kpss import-registry` on a fixture in the registry's shape
 * (test/fixtures/registry): codes to slugs, place codes to names, ended
 * services and repeated facilities dropped, no personal names, capacity with
 * its unit, the merge keeping what the coordinator wrote; the output passes
 * `kpss validate`.
 */
import { test, describe, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readService, readCodeList } from '../../src/cli/registry-mapping.js';
import { FIXTURE, kpss, kpssHere, RPSS, tempDir } from './helpers.js';

const tmp = tempDir();
after(tmp.cleanup);

type Svc = Record<string, any>;
const read = (file: string): Record<string, any> => JSON.parse(readFileSync(file, 'utf8'));
const byRegistryId = (file: Record<string, any>, id: string): Svc | undefined => file.services.find((s: Svc) => s.registryId === id);
const base = ['import-registry', RPSS, '--codelists', FIXTURE];

/** Every personal name in the fixture (statutory bodies, a facility head, a phone note). */
const PEOPLE = ['Horáková', 'Zelenková', 'Kubíček', 'Vondrášková', 'Řezníček', 'Šindelářová', 'Marie', 'Petra'];

describe('import from the registry (child process)', () => {
  const out = join(tmp.dir, 'klatovsko.json');
  let first: ReturnType<typeof kpss>;
  before(() => {
    first = kpss([...base, '--okres', 'Klatovy', '--out', out]);
  });

  test('writes a file that kpss validate accepts', () => {
    assert.equal(first.code, 0, first.stderr);
    const v = kpss(['validate', out]);
    assert.equal(v.code, 0, v.stdout);
    assert.match(v.stdout, /✓ v pořádku \(6 služeb/);
  });

  test('takes the services with a facility in the district, drops ended ones and unknown kinds', () => {
    const file = read(out);
    assert.deepEqual(file.services.map((s: Svc) => s.registryId).sort(), ['7101234', '7102345', '7103456', '7105678', '7108901', '7109012']);
    assert.equal(byRegistryId(file, '7104567'), undefined, 'ended 2024-06-30 although its facility looks active');
    assert.equal(byRegistryId(file, '7106789'), undefined, 'only a facility in Plzeň');
    assert.match(first.stderr, /Vynecháno: ukončené služby 1, bez kódu v taxonomii 1, ukončená zařízení 1, zdvojená zařízení 1/);
    assert.match(first.stderr, /7110123: druh služby 77 není v číselníku druhů/);
    assert.deepEqual(file.region, { id: 'okres-klatovy', name: 'Klatovy', area: 'okres Klatovy' });
  });

  test('a service with several forms and facilities: codes to slugs, places to names, one entry per facility', () => {
    const s = byRegistryId(read(out), '7101234')!;
    assert.equal(s.id, '7101234');
    assert.equal(s.kind, 'pecovatelska-sluzba');
    assert.deepEqual(s.forms, ['terenni', 'ambulantni']);
    assert.deepEqual(s.targetGroups, ['seniori', 'osoby-se-zdravotnim-postizenim', 'osoby-s-chronickym-onemocnenim', 'osoby-zijici-s-demenci']);
    assert.deepEqual(s.ageGroups, ['dospeli', 'mladsi-seniori', 'starsi-seniori']);
    assert.deepEqual(s.locations, [
      { name: 'Středisko pečovatelské služby Klatovy', address: 'Vídeňská 66, 339 01 Klatovy' },
      { name: 'Pobočka Nýrsko', address: 'Komenského 312/4, 340 22 Nýrsko' },
    ]);
    assert.equal(s.capacity, 'terénní: 120 klientů; ambulantní: 15 klientů');
    assert.deepEqual(s.contact, {
      phones: ['+420 376 310 120', '+420 724 100 200'],
      emails: ['pecovatelska@soc-klatovsko.example'],
      web: 'https://www.soc-klatovsko.example/pecovatelska-sluzba',
    });
    assert.deepEqual(s.provider, { name: 'Sociální služby Klatovska, příspěvková organizace', ico: '70981234', web: 'http://www.soc-klatovsko.example' });
  });

  test('capacity with its unit; the provider contact when the service has none; facilities outside the area left out', () => {
    const file = read(out);
    const home = byRegistryId(file, '7102345')!;
    assert.equal(home.kind, 'domovy-pro-seniory', 'DruhSocialniSluzby/13');
    assert.equal(home.name, 'Domov pro seniory Klatovy');
    assert.equal(home.capacity, '32 lůžek');
    assert.equal(home.provider.ico, '00712345', 'IČO as 8 digits');
    assert.deepEqual(home.contact, { phones: ['+420 376 320 500'], emails: ['info@ds-klatovy.example'], web: 'http://www.ds-klatovy.example' });
    const counselling = byRegistryId(file, '7105678')!;
    assert.equal(counselling.capacity, 'ambulantní: 4 kontakty; terénní: 2 intervence');
    assert.deepEqual(counselling.locations, [{ name: 'Poradna Klatovy', address: 'náměstí Míru 147/7, 339 01 Klatovy' }]);
    const club = byRegistryId(file, '7109012')!;
    assert.deepEqual(club.locations, [{ name: 'Klub Pohoda', address: 'Hořákov 41, 339 01 Běšiny' }], 'no street: the part of the village');
  });

  test('no personal names, no registry documents, no withheld address', () => {
    const text = readFileSync(out, 'utf8');
    for (const name of PEOPLE) assert.ok(!text.includes(name), `${name} must not be copied`);
    assert.ok(!text.includes('agportal'), 'URLs under doplnkoveUdaje are registry documents');
    assert.ok(!/statutar|vedouci|poznamka/i.test(text));
    assert.deepEqual(byRegistryId(read(out), '7108901')!.locations, [{ name: 'Azylový dům pro oběti domácího násilí' }]);
  });

  test('--obec with several names: only facilities in those municipalities', () => {
    const r = kpss([...base, '--obec', 'Sušice', 'Nýrsko']);
    assert.equal(r.code, 0, r.stderr);
    const file = JSON.parse(r.stdout);
    assert.deepEqual(file.services.map((s: Svc) => s.registryId), ['7101234', '7103456']);
    assert.deepEqual(byRegistryId(file, '7101234')!.locations, [{ name: 'Pobočka Nýrsko', address: 'Komenského 312/4, 340 22 Nýrsko' }]);
    assert.deepEqual(file.region.municipalities, ['Sušice', 'Nýrsko']);
    assert.doesNotMatch(r.stderr, /zdvojená/, 'the repeated facility is in Klatovy, not in this area');
  });

  test('usage errors exit 2', () => {
    assert.equal(kpss(['import-registry', RPSS, '--okres', '3404']).code, 2, 'no --codelists');
    assert.equal(kpss(base).code, 2, 'no area');
    const district = kpss([...base, '--okres', 'Okres/9999']);
    assert.equal(district.code, 2);
    assert.match(district.stderr, /okres "Okres\/9999" není v číselníku okresů/);
    assert.equal(kpss([...base, '--obec', 'Atlantida']).code, 2);
    const wrongFile = kpss(['import-registry', join(FIXTURE, 'okresy.json'), '--codelists', FIXTURE, '--okres', '3404']);
    assert.equal(wrongFile.code, 2, 'a code list has "polozky" too, but no services: refused, so a merge cannot empty a catalogue');
    assert.match(wrongFile.stderr, /neobsahuje žádné služby/);
    assert.equal(kpss(['import-registry', join(tmp.dir, 'nope.json'), '--codelists', FIXTURE, '--okres', '3404']).code, 2);
    assert.equal(kpss(['import-registry', RPSS, '--codelists', tmp.dir, '--okres', '3404']).code, 2, 'no code lists there');
  });
});

describe('merge into a coordinator file', () => {
  const start = join(tmp.dir, 'start.json');
  const existing = join(tmp.dir, 'existing.json');
  const merged = join(tmp.dir, 'merged.json');
  let r: Awaited<ReturnType<typeof kpssHere>>;

  before(async () => {
    assert.equal((await kpssHere([...base, '--okres', 'Okres/3404', '--out', start])).code, 0);
    const file = read(start);
    // What a coordinator does by hand after the first import.
    const care = byRegistryId(file, '7101234')!;
    care.name = 'Pečovatelská služba Klatovska';
    care.description = 'Pomůžeme vám doma s hygienou, jídlem a nákupy.';
    care.hours = 'Po–Ne 7:00–19:00';
    care.areaServed = ['Klatovy', 'Nýrsko'];
    care.forms = ['ambulantni', 'terenni']; // same codes, another order: not a change
    care.locations[0].lat = 49.39707;
    care.locations[0].lng = 13.29052;
    care.contact.phones.push('+420 600 000 000');
    byRegistryId(file, '7102345')!.capacity = '30 lůžek'; // last year's figure
    file.services = file.services.filter((s: Svc) => s.registryId !== '7109012'); // new in the registry since
    file.services.push(
      { id: 'az-klatovy', registryId: '7104567', name: 'Azylový dům pro matky s dětmi', provider: { name: 'Naděje pro rodiny, z. s.' }, kind: 'azylove-domy', forms: ['pobytova'] },
      { id: 'zrusena', registryId: '7000001', name: 'Služba, která z registru zmizela', provider: { name: 'Někdo' }, kind: 'krizova-pomoc', forms: ['ambulantni'] },
      { id: 'dluhova-poradna', name: 'Dluhová poradna města Klatovy', provider: { name: 'Město Klatovy' }, kind: 'navazna-sluzba', targetGroups: ['verejnost'], hours: 'St 13:00–17:00', locations: [{ name: 'Radnice', address: 'náměstí Míru 62, 339 01 Klatovy', lat: 49.3951, lng: 13.2951 }] },
      { id: 'tisnova', registryId: '7106789', name: 'Tísňová péče pro celý kraj', provider: { name: 'Tísňová linka Západ, z. ú.' }, kind: 'tisnova-pece', forms: ['terenni'], description: 'Tlačítko na zápěstí.' },
    );
    file.region.name = 'Klatovsko';
    file.events = [{ id: 'ps', title: 'Pracovní skupina Senioři', type: 'pracovni-skupina', start: '2026-12-03T14:00:00+01:00' }];
    writeFileSync(existing, JSON.stringify(file, null, 2));
    r = kpss([...base, '--okres', 'Klatovy', '--merge', existing, '--out', merged]);
  });

  test('exit 0 and the result passes kpss validate', () => {
    assert.equal(r.code, 0, r.stderr);
    const v = kpss(['validate', merged]);
    assert.equal(v.code, 0, v.stdout);
  });

  test('keeps what the coordinator added: name, description, hours, area, coordinates, related services, the rest of the file', () => {
    const file = read(merged);
    const care = byRegistryId(file, '7101234')!;
    assert.equal(care.name, 'Pečovatelská služba Klatovska');
    assert.equal(care.description, 'Pomůžeme vám doma s hygienou, jídlem a nákupy.');
    assert.equal(care.hours, 'Po–Ne 7:00–19:00');
    assert.deepEqual(care.areaServed, ['Klatovy', 'Nýrsko']);
    assert.deepEqual(care.forms, ['ambulantni', 'terenni']);
    assert.deepEqual(care.locations[0], { name: 'Středisko pečovatelské služby Klatovy', address: 'Vídeňská 66, 339 01 Klatovy', lat: 49.39707, lng: 13.29052 });
    const debt = file.services.find((s: Svc) => s.id === 'dluhova-poradna');
    assert.equal(debt.hours, 'St 13:00–17:00');
    assert.equal(debt.locations[0].lat, 49.3951);
    assert.equal(file.region.name, 'Klatovsko');
    assert.equal(file.events[0].id, 'ps');
    const alarm = byRegistryId(file, '7106789')!;
    assert.equal(alarm.name, 'Tísňová péče pro celý kraj');
    assert.equal(alarm.description, 'Tlačítko na zápěstí.');
    assert.equal(alarm.capacity, '400 klientů', 'outside the area but in the coordinator file: kept and refreshed');
  });

  test('refreshes what the registry owns and reports added, changed and removed', () => {
    const file = read(merged);
    assert.equal(byRegistryId(file, '7102345')!.capacity, '32 lůžek');
    assert.deepEqual(byRegistryId(file, '7101234')!.contact.phones, ['+420 376 310 120', '+420 724 100 200']);
    assert.ok(byRegistryId(file, '7109012'), 'added');
    assert.equal(byRegistryId(file, '7104567'), undefined, 'ended: removed');
    assert.equal(byRegistryId(file, '7000001'), undefined, 'gone from the registry: removed');

    assert.match(r.stderr, /Přidáno \(1\):\n  \+ 7109012  Klub Pohoda\n/);
    assert.match(r.stderr, /Změněno \(3\):/);
    assert.match(r.stderr, /~ 7102345  Domov pro seniory Klatovy: capacity \(30 lůžek → 32 lůžek\)/);
    assert.match(r.stderr, /~ 7101234  Pečovatelská služba Klatovska: contact\n/);
    assert.match(r.stderr, /~ 7106789  Tísňová péče pro celý kraj: provider, targetGroups, locations, contact, capacity/);
    assert.match(r.stderr, /Odebráno \(2\):/);
    assert.match(r.stderr, /- 7104567  Azylový dům pro matky s dětmi: poskytování skončilo 2024-06-30/);
    assert.match(r.stderr, /- 7000001  Služba, která z registru zmizela: v registru není/);
    assert.match(r.stderr, /ponechané služby bez registryId \(návazné a ručně přidané\): 1/);
    assert.match(r.stderr, /Tísňová péče pro celý kraj: v registru nemá zařízení ve zvoleném území/);
    for (const name of PEOPLE) assert.ok(!readFileSync(merged, 'utf8').includes(name));
  });

  test('merging again changes nothing (in place, --out = --merge)', async () => {
    const again = await kpssHere([...base, '--okres', 'Klatovy', '--merge', merged, '--out', merged]);
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stderr, /Přidáno|Změněno|Odebráno/);
    assert.match(again.stderr, /Beze změny: 7; ponechané služby bez registryId \(návazné a ručně přidané\): 1/);
  });

  test('English report with --lang en', async () => {
    const en = await kpssHere([...base, '--okres', 'Klatovy', '--merge', existing, '--lang', 'en']);
    assert.equal(en.code, 0);
    assert.match(en.stderr, /Added \(1\):/);
    assert.match(en.stderr, /Removed \(2\):[\s\S]*ended 2024-06-30/);
    assert.equal(JSON.parse(en.stdout).services.length, read(merged).services.length, 'without --out the file goes to stdout');
  });

  test('a region file with errors is not merged into, nothing is written (exit 1)', () => {
    const bad = read(existing);
    bad.services[0].kind = 'neznamy-druh';
    const badFile = join(tmp.dir, 'bad-existing.json');
    const target = join(tmp.dir, 'not-written.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const res = kpss([...base, '--okres', 'Klatovy', '--merge', badFile, '--out', target]);
    assert.equal(res.code, 1);
    assert.match(res.stderr, /má chyby, opravte je nejdřív[\s\S]*services\[0\]\.kind: neznámý kód "neznamy-druh"/);
    assert.equal(existsSync(target), false);
  });
});

describe('registry mapping', () => {
  const lists = {
    kinds: readCodeList(read(join(FIXTURE, 'druhy-socialni-sluzby.json'))),
    targetGroups: readCodeList(read(join(FIXTURE, 'cilove-skupiny-osoby.json'))),
    municipalities: readCodeList(read(join(FIXTURE, 'obce.json'))),
    districts: readCodeList(read(join(FIXTURE, 'okresy.json'))),
  };
  const record = (pocet: number, typ: string) => ({
    identifikator: '1',
    druhSocialniSluzby: { id: 'DruhSocialniSluzby/13' },
    poskytovatel: { nazev: 'Domov' },
    formy: [{ forma: { id: 'FormaSocialniSluzby/pob' }, kapacity: [{ pocet, typ: { id: `TypKapacitySocialniSluzby/${typ}` } }] }],
  });

  test('capacity units in the right Czech plural form', () => {
    const cases: [number, string, string][] = [
      [1, 'luzka', '1 lůžko'],
      [3, 'luzka', '3 lůžka'],
      [5, 'luzka', '5 lůžek'],
      [1, 'klient', '1 klient'],
      [2, 'klient', '2 klienti'],
      [4, 'hovor', '4 hovory'],
      [10, 'interv', '10 intervencí'],
      [7, 'neco', '7 (neco)'],
    ];
    for (const [n, type, text] of cases) assert.equal(readService(record(n, type), lists, '2026-11-23')?.service?.capacity, text);
  });

  test('a service whose end date is today is still provided; yesterday it ended', () => {
    const r = { ...record(1, 'luzka'), datumPoskytovaniDo: '2026-11-23' };
    assert.equal(readService(r, lists, '2026-11-23')?.state, 'active');
    assert.equal(readService(r, lists, '2026-11-24')?.state, 'ended');
  });

  test('a record without a known form is left out with a note', () => {
    const r = { ...record(1, 'luzka'), formy: [{ forma: { id: 'FormaSocialniSluzby/xyz' } }] };
    const imported = readService(r, lists, '2026-11-23');
    assert.equal(imported?.service, undefined);
    assert.ok(imported?.notes.some((n) => /forma xyz/.test(n.cs)));
  });
});
