// `npm run sandbox`: the TeamFlame sandbox as a program of its own (this file may read process.env).
import { CliUsageError, parseCliOptions, USAGE } from './cli-options.js';
import { startSandbox } from './index.js';

let options;
try {
  options = parseCliOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof CliUsageError)) throw error;
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}

const sandbox = await startSandbox({ ...options, log: (line) => console.error(line) }).catch(
  (error: unknown) => {
    console.error(
      `The sandbox could not start on port ${options.port}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);

console.log(`TeamFlame sandbox listening on ${sandbox.url} (auth and data API on one port)`);
console.log(`  TEAMFLAME_AUTH_URL=${sandbox.url}  TEAMFLAME_API_URL=${sandbox.url}`);
console.log('Demo sign-in users (email / password):');
for (const user of sandbox.demoUsers)
  console.log(`  ${user.email} / ${user.password}  (${user.firstName} ${user.lastName})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the sandbox`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  });
}
