import { runAsSystem } from '#accord/eventsourcing';
import { foundingFeature } from '#accord/founding';
import { DEMO_ORGANIZATION_ID } from '#accord/identity';
import { ProjectionRebuilder, PROJECTIONS, type Projection } from '#accord/projections';
import { testAppForSuite } from '../support/test-app.js';
import { client, createFoundingApp, eventCount, eventually } from './founding-support.js';

let firstRun: string[];

const testApp = testAppForSuite(() => createFoundingApp());
beforeAll(async () => {
  firstRun = await runAsSystem('demo', () => foundingFeature.seedDemo!(testApp.app));
});

describe('the founding in the demo story', () => {
  it('tells the founding from Union MATM’s initiative to the established Association', async () => {
    expect(firstRun[0]).toMatch(/Union MATM launched the founding initiative on 2026-04-15/);
    expect(firstRun.filter((line) => line.includes('letter of intent'))).toHaveLength(5);
    expect(firstRun.at(-1)).toMatch(/registered on 2026-07-10 .* and established/);
    const view = await eventually(async () => {
      const response = await (await client(testApp, ['auditor'])).get('/api/v1/founding').expect(200);
      expect(response.body.stage).toBe('established');
      return response.body;
    });
    expect(view.founders.map((founder: { organization: { country: string } }) => founder.organization.country)).toEqual(['RU', 'UZ', 'TJ', 'KG', 'KZ']);
    expect(view.charterDrafts).toHaveLength(2);
    expect(view.assembly.held.charter.number).toBe(2);
    expect(view.steps.every((step: { done: boolean }) => step.done)).toBe(true);
  });

  it('makes the Russian founder the member the demo representative acts for', async () => {
    const representative = await client(testApp, ['representative'], DEMO_ORGANIZATION_ID);
    const view = await eventually(async () => {
      const response = await representative.get('/api/v1/founding').expect(200);
      expect(response.body.founders).toHaveLength(5);
      expect(response.body.founders.every((founder: { admission: { status: string } | null }) => founder.admission?.status === 'admitted')).toBe(true);
      return response.body;
    });
    expect(view.founders[0]).toMatchObject({ letterId: DEMO_ORGANIZATION_ID, admission: { memberId: DEMO_ORGANIZATION_ID } });
    // The register is a read model of its own: it may apply the admission after the founding's does.
    await eventually(async () => {
      const member = await representative.get(`/api/v1/members/${DEMO_ORGANIZATION_ID}`).expect(200);
      expect(member.body).toMatchObject({ status: 'admitted', membership: 'full' });
    });
  });

  it('reads the same founding after its read model is rebuilt from the ledger', async () => {
    const auditor = await client(testApp, ['auditor']);
    const before = await eventually(async () => {
      const response = await auditor.get('/api/v1/founding').expect(200);
      expect(response.body.founders.map((founder: { admission: { status: string } | null }) => founder.admission?.status)).toEqual(Array(5).fill('admitted'));
      return response.body;
    });
    const founding = testApp.app.get<Projection[]>(PROJECTIONS).find((projection) => projection.name === 'founding')!;
    await testApp.app.get(ProjectionRebuilder).rebuild(founding);
    expect((await auditor.get('/api/v1/founding').expect(200)).body).toEqual(before);
  });

  it('records nothing when it runs again', async () => {
    const before = await eventCount(testApp);
    expect(await runAsSystem('demo', () => foundingFeature.seedDemo!(testApp.app))).toEqual([]);
    expect(await eventCount(testApp)).toBe(before);
  });
});
