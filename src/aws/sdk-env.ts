/**
 * Before the AWS SDK loads: silence its one-off NodeVersionSupportWarning (a multi-line notice on
 * stderr under Node 20, docs/design.md), which would break the CLI's one-line error contract. The
 * SDK's own switch is used, and only when the user has not set it.
 */
export function quietSdkNodeWarning(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
}
