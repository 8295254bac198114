import { InitialSchema1795500000000 } from './0001-initial-schema.js';

/** Every migration, oldest first. */
export const MIGRATIONS = [InitialSchema1795500000000];
