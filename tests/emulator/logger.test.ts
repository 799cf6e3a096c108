import { createLogger } from '../../emulator/logger';
import { testHost } from './service-host';

describe('Logger', () => {
  it('log appends a line; a format string takes values', () => {
    const { service, lines } = createLogger(testHost());
    service.log('старт');
    service.log('пар: %s, без пары: %d', 'пять', 2);
    expect(lines).toEqual(['старт', 'пар: пять, без пары: 2']);
  });

  it('log of an object prints it as JSON', () => {
    const { service, lines } = createLogger(testHost());
    service.log({ a: 1 } as unknown as string);
    expect(lines).toEqual(['{"a":1}']);
  });

  it('calls are counted', () => {
    const host = testHost();
    createLogger(host).service.log('x');
    expect(host.calls.count('Logger.log')).toBe(1);
  });
});
