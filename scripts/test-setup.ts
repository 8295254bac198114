// Every test process refuses outbound traffic that is not to loopback (see egress-guard.cjs).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('./egress-guard.cjs');
