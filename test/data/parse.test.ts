import { expect } from '@open-wc/testing';
import { parseRegionData, RegionDataError } from '../../src/data/parse.js';
import { formatProblem } from '../../src/data/problems.js';
import { regionJsonSchema } from '../../src/data/json-schema.js';
import { KIND_CODES } from '../../src/data/taxonomy.js';
import { makeRegion } from '../fixtures/region.js';
import { registerReasons } from '../../src/data/problems.js';
import { reasonOf } from '../../src/data/problem-reasons.js';

// These tests read the reasons in words, as the command line and the widgets with a problem do.
registerReasons(reasonOf);

function errorOf(input: unknown): RegionDataError {
  try {
    parseRegionData(input);
  } catch (error) {
    expect(error).to.be.instanceOf(RegionDataError);
    return error as RegionDataError;
  }
  throw new Error('expected a RegionDataError');
}

describe('parseRegionData', () => {
  it('reads a valid file without warnings', () => {
    const data = parseRegionData(makeRegion());
    expect(data.region.name).to.equal('Testovsko');
    expect(data.services).to.have.length(3);
    expect(data.events).to.have.length(1);
    expect(data.plan?.sections?.[0]?.measures?.[0]?.id).to.equal('1.1');
    expect(data.warnings).to.deep.equal([]);
  });

  it('skips a service with an unknown kind and names its path and reason', () => {
    const file = makeRegion();
    (file.services[1] as { kind: string }).kind = 'pecovatelska';
    const data = parseRegionData(file);
    expect(data.services.map((s) => s.id)).to.deep.equal(['s1', 's3']);
    expect(data.warnings.map((w) => formatProblem(w))).to.deep.equal(['services[1].kind: unknown code "pecovatelska"']);
    expect(formatProblem(data.warnings[0]!, 'cs')).to.equal('services[1].kind: neznámý kód "pecovatelska"');
  });

  it('skips a service without a name, with a bad coordinate, without forms', () => {
    const file = makeRegion() as unknown as { services: Record<string, unknown>[] };
    delete file.services[0]!.name;
    (file.services[1]!.locations as { lat: number }[])[0]!.lat = 123;
    const noForms = { ...file.services[0]!, id: 's4', name: 'Bez formy', forms: [] };
    file.services.push(noForms);
    const data = parseRegionData(file);
    expect(data.services.map((s) => s.id)).to.deep.equal(['s3']);
    const lines = data.warnings.map((w) => formatProblem(w));
    expect(lines).to.include('services[0].name: required field is missing');
    expect(lines).to.include('services[1].locations[0].lat: must be at most 90, got 123');
    expect(lines.some((l) => l.startsWith('services[3].forms: forms are required'))).to.be.true;
  });

  it('skips a second record with the same id', () => {
    const file = makeRegion();
    file.services.push({ ...file.services[0]! });
    const data = parseRegionData(file);
    expect(data.services).to.have.length(3);
    expect(formatProblem(data.warnings[0]!)).to.equal('services[3].id: duplicate id "s1"');
  });

  it('skips an event with a bad date and keeps the others', () => {
    const file = makeRegion();
    file.events.push({ ...file.events[0]!, id: 'e2', start: '3. 12. 2026' });
    const data = parseRegionData(file);
    expect(data.events.map((e) => e.id)).to.deep.equal(['e1']);
    expect(data.warnings[0]!.path).to.equal('events[1].start');
  });

  it('accepts dates, local times and offsets the contract allows', () => {
    const file = makeRegion();
    const starts = ['2026-12-03', '2026-12-03T14:00', '2026-12-03T14:00:00', '2026-12-03T14:00:00Z', '2026-12-03T14:00:00+01:00'];
    file.events = starts.map((start, i) => ({ ...file.events[0]!, id: `e${i}`, start }));
    expect(parseRegionData(file).events).to.have.length(starts.length);
  });

  it('skips or drops a date that is not a day of the calendar, with the reason in words, in every date field', () => {
    const file = makeRegion();
    const bad = ['2026-02-30', '2026-04-31T10:00', '2027-02-29', '2026-12-03T24:00'];
    file.events = [...bad, '2028-02-29', '2026-12-31T23:59:59Z'].map((start, i) => ({ id: `e${i}`, title: 'Setkání', type: 'seminar', start })) as typeof file.events;
    (file.services[0] as { updated?: string }).updated = '2026-06-31';
    (file.plan.commenting as { until: string }).until = '2026-02-29';
    const data = parseRegionData(file);
    expect(data.events.map((e) => e.id), 'a leap day in a leap year and 23:59:59 are real').to.deep.equal(['e4', 'e5']);
    expect(data.services.map((s) => s.id)).to.deep.equal(['s2', 's3']);
    expect(data.plan).to.equal(undefined);
    const lines = data.warnings.map((w) => formatProblem(w));
    expect(lines).to.include('events[0].start: "2026-02-30" is not a real date: February 2026 has 28 days');
    expect(lines).to.include('events[1].start: "2026-04-31T10:00" is not a real date: April 2026 has 30 days');
    expect(lines).to.include('events[2].start: "2027-02-29" is not a real date: February 2027 has 28 days');
    expect(lines.some((l) => l.startsWith('events[3].start: invalid format "2026-12-03T24:00"'))).to.be.true;
    expect(lines).to.include('services[0].updated: "2026-06-31" is not a real date: June 2026 has 30 days');
    expect(lines).to.include('plan.commenting.until: "2026-02-29" is not a real date: February 2026 has 28 days');
    expect(formatProblem(data.warnings.find((w) => w.path === 'events[0].start')!, 'cs')).to.equal('events[0].start: „2026-02-30“ není skutečné datum: únor 2026 má 28 dní');
    // The frame's date too: the file is refused.
    const frame = makeRegion() as ReturnType<typeof makeRegion> & { region: { updated?: string } };
    frame.region.updated = '2026-09-31';
    expect(errorOf(frame).problems.map((p) => formatProblem(p))).to.deep.equal(['region.updated: "2026-09-31" is not a real date: September 2026 has 30 days']);
  });

  it('drops a bad plan with a warning, keeping services and events', () => {
    const file = makeRegion();
    (file.plan.commenting as { until: string }).until = '15. 12. 2026';
    const data = parseRegionData(file);
    expect(data.plan).to.equal(undefined);
    expect(data.services).to.have.length(3);
    expect(data.warnings[0]!.path).to.equal('plan.commenting.until');
  });

  it('keeps optional fields it does not know (forward compatible)', () => {
    const file = { ...makeRegion(), futureField: { x: 1 } };
    expect(() => parseRegionData(file)).not.to.throw();
  });

  it('rejects a file with another schemaVersion', () => {
    const error = errorOf({ ...makeRegion(), schemaVersion: 2 });
    expect(error.kind).to.equal('version');
    expect(error.problems[0]!.path).to.equal('schemaVersion');
  });

  it('rejects a file without services, without region, or not an object', () => {
    const { services: _s, ...noServices } = makeRegion();
    expect(formatProblem(errorOf(noServices).problems[0]!)).to.equal('services: required field is missing');
    const { region: _r, ...noRegion } = makeRegion();
    expect(errorOf(noRegion).problems[0]!.path).to.equal('region');
    expect(errorOf([]).kind).to.equal('invalid');
    expect(errorOf(null).kind).to.equal('invalid');
    expect(errorOf({ ...makeRegion(), services: {} }).problems[0]!.path).to.equal('services');
  });

  it('rejects a region id that is not a slug', () => {
    const file = makeRegion();
    file.region.id = 'Klatovsko';
    expect(errorOf(file).problems[0]!.path).to.equal('region.id');
  });
});

describe('schema/region.schema.json', () => {
  it('is generated from the current schema (run `npm run schema`)', async () => {
    const file = await (await fetch('/schema/region.schema.json')).json();
    expect(file).to.deep.equal(JSON.parse(JSON.stringify(regionJsonSchema())));
  });

  it('lists the kind codes from the taxonomy', () => {
    expect(JSON.stringify(regionJsonSchema())).to.contain(JSON.stringify({ type: 'string', enum: KIND_CODES }));
  });
});

describe('demo data', () => {
  for (const region of ['klatovsko', 'susicko', 'vimpersko']) {
    it(`${region}.json is valid, realistic in size and marked illustrative`, async () => {
      const data = parseRegionData(await (await fetch(`/demo/data/${region}.json`)).json());
      expect(data.warnings.map((w) => formatProblem(w))).to.deep.equal([]);
      expect(data.services.length).to.be.at.least(40);
      expect(new Set(data.services.map((s) => s.kind)).size).to.be.at.least(12);
      expect(data.services.filter((s) => s.locations?.some((l) => l.lat !== undefined)).length).to.be.at.least(30);
      expect(data.plan?.sections?.length).to.be.at.least(3);
      const now = Date.parse('2026-11-22');
      expect(data.events.some((e) => Date.parse(e.start) < now)).to.be.true;
      expect(data.events.some((e) => Date.parse(e.start) > now)).to.be.true;
      const marks = JSON.stringify([data.region.note, data.region.links]);
      expect(marks.toLowerCase()).to.match(/ilustrativní|ukázková/);
    });
  }

  // <kpss-plan> and <kpss-info> are shown on the Klatovsko demo: it has every field they read.
  it("klatovsko.json has the plan's text for every section and measure, and every participation field", async () => {
    const data = parseRegionData(await (await fetch('/demo/data/klatovsko.json')).json());
    for (const section of data.plan!.sections!) {
      expect(section.paragraphs?.length, section.id).to.be.within(2, 4);
      for (const measure of section.measures!) {
        expect(measure.paragraphs?.length, measure.id).to.be.within(1, 3);
        for (const key of ['goal', 'responsible', 'funding', 'timeline'] as const) expect(measure[key], `${measure.id} ${key}`).to.be.a('string').and.not.empty;
      }
    }
    const p = data.participation!;
    expect(p.about).to.be.a('string').and.not.empty;
    expect(p.whoCanTakePart).to.be.a('string').and.not.empty;
    expect(p.phases!.map((x) => x.id).sort()).to.deep.equal(['anketa', 'mapovani', 'pripominkovani', 'schvaleno', 'setkani']);
    expect(p.phases!.every((x) => x.whatToDo)).to.be.true;
    // The phases agree with the plan's commenting and the survey.
    const phase = (id: string) => p.phases!.find((x) => x.id === id)!;
    expect([phase('pripominkovani').from, phase('pripominkovani').until]).to.deep.equal([data.plan!.commenting!.from, data.plan!.commenting!.until]);
    expect([phase('anketa').from, phase('anketa').until]).to.deep.equal([data.survey!.from, data.survey!.until]);
    expect(p.project?.name && p.project.registrationNumber && p.project.funding && p.project.url).to.be.ok;
    expect(new Set(p.documents!.map((d) => d.group))).to.have.property('size', 4);
    expect(p.documents!.every((d) => d.format && d.size! > 0 && d.date)).to.be.true;
  });
});
