export { GroupMember, GroupStats } from './group-member.js';
export { memberCountHandler, type MemberCountResult } from './member-count-handler.js';
