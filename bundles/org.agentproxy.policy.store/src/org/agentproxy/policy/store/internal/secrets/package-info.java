/** The secret store over Eclipse secure storage. Internal: not API; use the SecretStore service. */
package org.agentproxy.policy.store.internal.secrets;
