import { fieldProblems, problemOf } from './problem';

describe('API problems', () => {
  it('keep the code and message of the error format', () => {
    expect(problemOf(422, { statusCode: 422, code: 'VOTING_CLOSED', message: 'Голосование закрыто' })).toEqual({
      statusCode: 422,
      code: 'VOTING_CLOSED',
      message: 'Голосование закрыто',
    });
  });

  it('name an answer that is not in the error format by its status', () => {
    expect(problemOf(502, '<html>')).toEqual({ statusCode: 502, code: 'HTTP_502', message: '502' });
  });

  it('give each field of a 400 its problems', () => {
    const problem = problemOf(400, {
      code: 'VALIDATION_FAILED',
      message: 'Проверьте поля запроса',
      details: [
        { field: 'password', problems: ['password must be longer than or equal to 12 characters'] },
        { field: 'venue.url', problems: ['a', 'b'] },
      ],
    });
    expect(fieldProblems(problem)).toEqual({ password: 'password must be longer than or equal to 12 characters', 'venue.url': 'a; b' });
  });

  it('give no field problems for other statuses', () => {
    expect(fieldProblems(problemOf(409, { code: 'CONCURRENCY_CONFLICT', message: 'x', details: [{ field: 'a', problems: ['b'] }] }))).toEqual({});
  });
});
