import { describe, expect, it } from 'vitest';
import { CliUsageError, DEFAULT_CLI_PORT, parseCliOptions } from './cli-options.js';

describe('parseCliOptions', () => {
  it('defaults to port 4010 and nothing else', () => {
    expect(parseCliOptions([], {})).toEqual({ port: DEFAULT_CLI_PORT });
  });

  it('takes the port from SANDBOX_PORT, and --port over it', () => {
    expect(parseCliOptions([], { SANDBOX_PORT: '5000' }).port).toBe(5000);
    expect(parseCliOptions(['--port', '0'], { SANDBOX_PORT: '5000' }).port).toBe(0);
  });

  it('reads --host, --token-ttl and --large-board COLUMNSxTASKS', () => {
    expect(
      parseCliOptions(['--host', '0.0.0.0', '--token-ttl', '60', '--large-board', '10x100'], {}),
    ).toEqual({
      port: 4010,
      host: '0.0.0.0',
      tokenTtlSeconds: 60,
      largeBoard: { columns: 10, tasksPerColumn: 100 },
    });
  });

  it.each([
    [['--port', 'abc'], {}, /^--port: /],
    [[], { SANDBOX_PORT: '70000' }, /^SANDBOX_PORT: /],
    [['--token-ttl', '0'], {}, /^--token-ttl: /],
    [['--token-ttl', '1.5'], {}, /^--token-ttl: /],
    [['--large-board', '10'], {}, /^--large-board: expected COLUMNSxTASKS/],
    [['--large-board', '0x5'], {}, /^--large-board columns: /],
    [['--bogus'], {}, /bogus/],
  ])('refuses %j %j with a message naming the argument', (argv, env, message) => {
    expect(() => parseCliOptions(argv, env)).toThrow(CliUsageError);
    expect(() => parseCliOptions(argv, env)).toThrow(message);
  });
});
