import { parseServerEvents } from './server-events';

describe('server-sent events', () => {
  it('give the data of each complete message and keep the incomplete rest', () => {
    expect(parseServerEvents('data: {"a":1}\n\ndata: {"a":2}\n\ndata: {"a"')).toEqual({ messages: ['{"a":1}', '{"a":2}'], rest: 'data: {"a"' });
  });

  it('join the data lines of one message and skip comments and other fields', () => {
    expect(parseServerEvents(': ping\n\nid: 1\ndata: one\ndata: two\n\n')).toEqual({ messages: ['one\ntwo'], rest: '' });
  });

  it('read Windows line ends', () => {
    expect(parseServerEvents('data: x\r\n\r\n').messages).toEqual(['x']);
  });
});
