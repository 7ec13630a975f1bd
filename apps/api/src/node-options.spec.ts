import { readFile } from 'node:fs/promises';
import { API_NODE_OPTIONS } from './node-options.js';

const root = new URL('../../../', import.meta.url);
const API_ENTRY = 'dist/apps/api/src/main.js';

describe('the V8 options of the API server', () => {
  it('are the ones `npm start` runs the server with', async () => {
    // Given the start script of package.json
    const { scripts } = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> };

    // Then it starts the server's build with the options, before the entry
    expect(scripts.start).toContain(`node ${API_NODE_OPTIONS.join(' ')} ${API_ENTRY}`);
  });

  it('are the ones the container runs the server with', async () => {
    // Given the Dockerfile's command
    const dockerfile = await readFile(new URL('Dockerfile', root), 'utf8');

    // Then it starts the server's build with the options, before the entry
    expect(dockerfile).toContain(`CMD ${JSON.stringify(['node', ...API_NODE_OPTIONS, API_ENTRY]).replaceAll(',', ', ')}`);
  });
});
