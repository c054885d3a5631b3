package org.agentproxy.policy.validation;

/**
 * One problem of a policy.
 *
 * @param path     the field's path, e.g. {@code internalAgents.server.port} or
 *                 {@code smartProtectionSources.customLists[1].range}
 * @param severity error or warning
 * @param message  the reason, for a person: what is wrong and, where it helps, what is expected
 */
public record Problem(String path, Severity severity, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return path + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
