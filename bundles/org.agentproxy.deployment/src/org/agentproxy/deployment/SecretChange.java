package org.agentproxy.deployment;

/**
 * What a deployment does to one secret the policy refers to at one target, found by comparing the client's value
 * with the target's {@linkplain org.agentproxy.policy.SecretFingerprint fingerprint} of its value. Names the field
 * and the key, never a value.
 *
 * @param field the first field path that refers to the secret, e.g. {@code internalAgents.server.password}
 * @param key   the secret's key
 * @param state what changes
 */
public record SecretChange(String field, String key, State state) {

    /** What a deployment does to the secret's value at the target. */
    public enum State {
        /** The target has no value for it: the deployment sends one. */
        NEW("new"),
        /** The target's value differs from the client's: the deployment sends the new one. */
        CHANGED("changed"),
        /** The target has the client's value. */
        UNCHANGED("unchanged"),
        /** The client has no value for it: nothing can be compared (a deployment of a new policy fails). */
        NO_VALUE("no value given"),
        /** The transport cannot tell what the target holds (e.g. the folder export, which carries no value). */
        NOT_COMPARED("not compared");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** {@code new}, {@code changed}, … as shown to a person. */
        public String label() {
            return label;
        }
    }

    /** Whether the deployment sends a value that differs from the target's. */
    public boolean isChange() {
        return state == State.NEW || state == State.CHANGED;
    }

    /** {@code password of internalAgents.server.password: changed} (a key other than the field is named too). */
    @Override
    public String toString() {
        return "password of " + field + (field.equals(key) ? "" : " (secret " + key + ")") + ": " + state.label();
    }
}
