import { actsFor } from './appeal-acts';

describe('the acts an appeal’s stage allows', () => {
  it('offers a draft its approval first, and its closing with a reason', () => {
    expect(actsFor('draft', true)).toEqual(['approval', 'closure']);
  });

  it('offers a dispatched appeal the registration first, then what the addressee may do, a follow-up and the closing', () => {
    expect(actsFor('dispatched', true)).toEqual(['registration', 'answer', 'extension', 'forwarding', 'followUp', 'closure']);
  });

  it('lets the secretariat set the expected answer date only where no statute sets the period', () => {
    expect(actsFor('registered', false)).toContain('expectedAnswer');
    expect(actsFor('registered', true)).not.toContain('expectedAnswer');
    expect(actsFor('registered', undefined)).not.toContain('expectedAnswer');
  });

  it('leaves a closed appeal only a follow-up', () => {
    expect(actsFor('closed', false)).toEqual(['followUp']);
  });
});
