import { InitialSchema1795500000000 } from './0001-initial-schema.js';
import { SessionsAndSignInThrottle1795600000000 } from './0002-sessions-and-sign-in-throttle.js';
import { PerPlaceSignOut1795700000000 } from './0003-per-place-sign-out.js';
import { TeamFlameAccountName1795800000000 } from './0004-teamflame-account-name.js';
import { AppChanges1795900000000 } from './0005-app-changes.js';
import { DeliveryModes1796000000000 } from './0006-delivery-modes.js';
import { PersonalStream1796100000000 } from './0007-personal-stream.js';
import { LastTaskPlace1796200000000 } from './0008-last-task-place.js';
import { PersonalStreamKnown1796300000000 } from './0009-personal-stream-known.js';

/** Every migration, oldest first. */
export const MIGRATIONS = [
  InitialSchema1795500000000,
  SessionsAndSignInThrottle1795600000000,
  PerPlaceSignOut1795700000000,
  TeamFlameAccountName1795800000000,
  AppChanges1795900000000,
  DeliveryModes1796000000000,
  PersonalStream1796100000000,
  LastTaskPlace1796200000000,
  PersonalStreamKnown1796300000000,
];
