/**
 * Policy history: every save keeps a version of the policy in the workspace
 * ({@code history/<policy-id>/<n>.json} with {@code <n>.meta.json}: time, changed fields), versions are listed,
 * read, compared field by field and restored as a new version. See {@code docs/secrets-and-history.md}.
 */
package org.agentproxy.policy.store.history;
