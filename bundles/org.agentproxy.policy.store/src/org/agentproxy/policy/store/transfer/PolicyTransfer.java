package org.agentproxy.policy.store.transfer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.diff.PolicyFields;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.internal.transfer.ExportEnvelope;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.agentproxy.policy.store.secrets.SecretStoreException;

/**
 * Export and import of policies, with the secrets from and to a {@link SecretStore}.
 *
 * <pre>
 * PolicyTransfer transfer = new PolicyTransfer(secretStore);
 * Files.write(target, transfer.exportWithoutSecrets(policy));                      // the default
 * SecretExport e = transfer.exportWithSecrets(id, policy, passphrase);             // or with secrets
 * try (ImportedPolicy in = transfer.read(Files.readAllBytes(file), passphrase)) {  // either kind
 *     transfer.storeSecrets(newId, in);
 * }
 * </pre>
 */
public final class PolicyTransfer {

    /** The format of an export with secrets. */
    public static final String EXPORT_FORMAT = ExportEnvelope.FORMAT;

    private final SecretStore secrets;

    public PolicyTransfer(SecretStore secrets) {
        this.secrets = secrets;
    }

    /** An export without secrets: the policy file as it is ({@value PolicyCodec#FORMAT}). */
    public byte[] exportWithoutSecrets(Policy policy) {
        return PolicyCodec.write(policy).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An export with the policy's secrets, encrypted with a passphrase. The policy stays readable; the secrets
     * are bound to it, so changing either after the export makes the import fail.
     *
     * @param passphrase not empty; not kept (the caller may wipe it)
     */
    public SecretExport exportWithSecrets(PolicyId id, Policy policy, char[] passphrase) throws SecretStoreException {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("passphrase: is empty; an export with secrets needs a passphrase");
        }
        Map<SecretRef, char[]> values = new LinkedHashMap<>();
        List<SecretRef> missing = new ArrayList<>();
        try {
            for (SecretRef ref : PolicyFields.secretRefs(policy).values()) {
                if (values.containsKey(ref) || missing.contains(ref)) {
                    continue;
                }
                Optional<char[]> value = secrets.get(id, ref);
                if (value.isPresent()) {
                    values.put(ref, value.get());
                } else {
                    missing.add(ref);
                }
            }
            byte[] content = ExportEnvelope.seal(policy, values, passphrase);
            return new SecretExport(content, List.copyOf(values.keySet()), missing);
        } finally {
            values.values().forEach(v -> Arrays.fill(v, '\0'));
        }
    }

    /**
     * Reads a policy file or an export of either kind.
     *
     * @param passphrase the export's passphrase, or {@code null} (enough for a file without secrets)
     * @throws ImportException with {@link ImportException.Reason#WRONG_PASSPHRASE} for a wrong passphrase,
     *                         {@link ImportException.Reason#PASSPHRASE_REQUIRED} when none was given, and a
     *                         message naming the field for a malformed file
     */
    public ImportedPolicy read(byte[] content, char[] passphrase) throws ImportException {
        return ExportEnvelope.open(content, passphrase);
    }

    /** Whether a file is an export with secrets (reading it needs the passphrase). */
    public static boolean hasSecrets(byte[] content) {
        return ExportEnvelope.isEnvelope(content);
    }

    /** Puts an imported policy's secrets into the store under a policy id (replacing those of the same key). */
    public void storeSecrets(PolicyId id, ImportedPolicy imported) throws SecretStoreException {
        for (Map.Entry<SecretRef, char[]> e : imported.secrets().entrySet()) {
            secrets.put(id, e.getKey(), e.getValue());
        }
    }
}
