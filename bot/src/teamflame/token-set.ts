// The TeamFlame credentials of one user, as the client uses them and the data layer stores them.
export interface TeamFlameTokenSet {
  accessToken: string;
  /** Absent when TeamFlame gave none; then an expired access token means signing in again. */
  refreshToken?: string;
  /** Read from the access token's JWT `exp`. */
  accessExpiresAt: Date;
  refreshExpiresAt?: Date;
}
