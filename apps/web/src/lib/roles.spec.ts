import { homeOf, mayOpen } from './roles';

describe('role homes', () => {
  it.each([
    [['secretariat'], '/dashboard'],
    [['committee'], '/resolutions'],
    [['representative'], '/votes'],
    [['auditor'], '/ledger'],
    [['admin'], '/accounts'],
  ])('sends %j to %s', (roles, home) => {
    expect(homeOf(roles)).toBe(home);
  });

  it('prefers the daily work of the secretariat over administration', () => {
    expect(homeOf(['admin', 'secretariat'])).toBe('/dashboard');
  });

  it('refuses an account without a known role', () => {
    expect(homeOf([])).toBe('/refused');
  });
});

describe('page access', () => {
  it('admits an account holding one of the page’s roles and refuses the others', () => {
    expect(mayOpen(['auditor', 'committee'], ['committee'])).toBe(true);
    expect(mayOpen(['representative'], ['secretariat', 'auditor'])).toBe(false);
  });
});
