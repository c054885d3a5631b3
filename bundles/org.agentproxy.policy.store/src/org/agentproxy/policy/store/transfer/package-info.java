/**
 * Export and import of policies: without secrets (the policy file as it is, the default) or with secrets
 * encrypted with a passphrase in the {@code agentproxy-export/1} envelope (PBKDF2-HMAC-SHA256, AES-256-GCM; see
 * {@code docs/secrets-and-history.md}). Entry point: {@link org.agentproxy.policy.store.transfer.PolicyTransfer}.
 */
package org.agentproxy.policy.store.transfer;
