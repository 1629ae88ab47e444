/** The variable the AWS SDK reads to leave out its NodeVersionSupportWarning. */
const SDK_WARNING_DISABLED = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

/**
 * On Node before 22, prints the AWS SDK's NodeVersionSupportWarning once for the whole run
 * and turns it off in the test workers (each test file's fresh SDK printed it again, 70
 * times a run). Every other warning, ours included, still prints.
 */
export function noticeNodeVersionOnce(version: string = process.version): void {
  const major = Number(version.slice(1).split('.')[0]);
  if (major >= 22 || process.env[SDK_WARNING_DISABLED] === 'true') return;
  process.env[SDK_WARNING_DISABLED] = 'true';
  console.warn(
    `\nNode ${version}: AWS SDK releases after the first week of January 2027 need Node 22 or later (the SDK's NodeVersionSupportWarning, shown once for this run). \`npm run test:node22\` runs this suite on Node 22.\n`,
  );
}
