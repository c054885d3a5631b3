package org.agentproxy.simulation.status;

/**
 * What a status report may hold at most.
 *
 * @param maxBodyBytes  the report's size in bytes
 * @param maxIdLength   the agent id and the ETag, in characters
 * @param maxTextLength a target, proxy, error or domain, in characters
 * @param maxPurposes   entries of {@code purposes}
 */
public record StatusLimits(int maxBodyBytes, int maxIdLength, int maxTextLength, int maxPurposes) {

    /** 16 KiB, 128, 256 and 32: several times what a real report needs. */
    public static final StatusLimits DEFAULT = new StatusLimits(16 * 1024, 128, 256, 32);

    public StatusLimits {
        if (maxBodyBytes < 256 || maxIdLength < 1 || maxTextLength < 1 || maxPurposes < 1) {
            throw new IllegalArgumentException("limits must be positive (the body at least 256 bytes)");
        }
    }
}
