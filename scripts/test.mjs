// The README's test command: runs every suite once with vitest, then prints the one plain line
// CI reads ("N passed, N failed"), totals over every suite.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const resultsDir = 'test-results';
const reportFile = join(resultsDir, 'vitest.json');
mkdirSync(resultsDir, { recursive: true });
rmSync(reportFile, { force: true });

// The browser suites drive the built tab: build it first (a couple of seconds with Vite).
const tabBuild = spawnSync('npm', ['run', 'build', '-w', 'tab', '--silent'], { stdio: 'inherit' });
if (tabBuild.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --require ${join(import.meta.dirname, 'egress-guard.cjs')} --disable-warning=DEP0111`.trim(),
    },
  },
);

let passed = 0;
let failed;
let skipped = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that fails outside its tests (loading, beforeAll) has no failed test but must fail the run.
  const brokenSuites = (report.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && !suite.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  failed += brokenSuites;
} else {
  failed = 1;
}
if (passed + failed === 0) failed = 1; // a run that executed nothing is not a pass
const exitCode = run.status === 0 && failed === 0 ? 0 : 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(exitCode);
