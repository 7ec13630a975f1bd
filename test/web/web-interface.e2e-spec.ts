import { jest } from '@jest/globals';
import { appealTests } from './appeals.browser-tests.js';
import { describeInBrowser, startWebTestApp, type WebTestApp } from './browser.js';
import { draftingTests } from './drafting.browser-tests.js';
import { languageTests } from './languages.browser-tests.js';
import { peopleTests } from './people.browser-tests.js';
import { registerTests } from './register.browser-tests.js';
import { roleHomeTests } from './role-homes.browser-tests.js';
import { votingTests } from './voting.browser-tests.js';

// One API with the demo data and one chromium for every browser test: building, seeding and
// launching once keeps the run short. Role homes come first, before other tests add records.
let web: WebTestApp;
// A browser test waits for real rendering and real requests; on a busy machine that takes longer than an API test.
jest.setTimeout(120_000);

beforeAll(async () => {
  web = await startWebTestApp();
}, 180_000);
afterAll(() => web?.close());

describeInBrowser('the web interface in a browser', () => {
  const app = () => web;
  roleHomeTests(app);
  votingTests(app);
  appealTests(app);
  draftingTests(app);
  registerTests(app);
  peopleTests(app);
  languageTests(app);
});
