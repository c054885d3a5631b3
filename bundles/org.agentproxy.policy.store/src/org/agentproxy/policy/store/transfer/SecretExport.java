package org.agentproxy.policy.store.transfer;

import java.util.List;

import org.agentproxy.policy.SecretRef;

/**
 * An export with secrets.
 *
 * @param content  the {@code agentproxy-export/1} document to write to a file
 * @param included the secrets it holds (encrypted)
 * @param missing  secrets the policy refers to but the secret store does not have: not in the export (tell the
 *                 user: after an import these passwords must be entered again)
 */
public record SecretExport(byte[] content, List<SecretRef> included, List<SecretRef> missing) {

    public SecretExport {
        included = List.copyOf(included);
        missing = List.copyOf(missing);
    }
}
