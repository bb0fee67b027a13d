/** Who is calling: resolved from a bearer token by the auth service. */
export interface Principal {
  readonly tokenId: string;
  readonly organizationId: string;
  /** Set for application tokens, which reach only this application. */
  readonly applicationId: string | null;
  readonly scopes: readonly string[];
}
