/** Why the membership service refused a request. */
export type MembershipErrorCode =
  'membership.unknownTeam' | 'membership.alreadyMember' | 'membership.notAMember';

/** A request the membership service refused; nothing was written. */
export class MembershipError extends Error {
  override readonly name = 'MembershipError';

  constructor(
    readonly code: MembershipErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
