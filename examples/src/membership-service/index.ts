export { MembershipService } from './membership-service.js';
export { MembershipError, type MembershipErrorCode } from './membership-error.js';
export { Team } from './team.js';
export { TeamMember } from './team-member.js';
