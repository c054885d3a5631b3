/**
 * Secrets (proxy passwords) of policies, kept apart from the policy files: the {@link
 * org.agentproxy.policy.store.secrets.SecretStore} service, backed by Eclipse secure storage in the studio and
 * by {@link org.agentproxy.policy.store.secrets.InMemorySecretStore} in tests. A secret's value is never written
 * to a file, an export without secrets, a log or an exception message.
 */
package org.agentproxy.policy.store.secrets;
