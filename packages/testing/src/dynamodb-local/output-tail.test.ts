import { OutputTail } from './output-tail.js';

describe('OutputTail', () => {
  it('keeps everything below the limit', () => {
    const tail = new OutputTail(10);
    tail.append('abc');
    tail.append(Buffer.from('def'));
    expect(tail.toString()).toBe('abcdef');
  });

  it('keeps only the last characters beyond the limit', () => {
    const tail = new OutputTail(4);
    tail.append('abcdef');
    tail.append('gh');
    expect(tail.toString()).toBe('efgh');
  });
});
