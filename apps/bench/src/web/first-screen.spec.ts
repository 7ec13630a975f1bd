import { firstScreenFiles, type Manifest } from './first-screen.js';

const MANIFEST: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'] },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_client.js': { file: 'assets/client.js', imports: ['index.html'] },
  '_chart.js': { file: 'assets/chart.js', imports: ['_client.js'] },
  'src/pages/Dashboard.tsx': { file: 'assets/Dashboard.js', imports: ['index.html', '_client.js', '_chart.js'] },
  'src/pages/Accounts.tsx': { file: 'assets/Accounts.js', imports: ['index.html', '_client.js', '_forms.js'] },
  '_forms.js': { file: 'assets/forms.js' },
  'index.css': { file: 'assets/index.css' },
};

describe('the first screen’s JavaScript', () => {
  it('is the entry with its static imports, and nothing of the lazy routes it does not show', () => {
    expect(firstScreenFiles(MANIFEST, []).sort()).toEqual(['assets/index.js', 'assets/vendor.js']);
  });

  it('adds a shown route’s chunk and what it imports, each file once, never a stylesheet', () => {
    expect(firstScreenFiles(MANIFEST, ['src/pages/Dashboard.tsx']).sort()).toEqual([
      'assets/Dashboard.js',
      'assets/chart.js',
      'assets/client.js',
      'assets/index.js',
      'assets/vendor.js',
    ]);
  });

  it('refuses a manifest without an entry', () => {
    expect(() => firstScreenFiles({ 'a.js': { file: 'a.js' } }, [])).toThrow('no entry chunk');
  });
});
