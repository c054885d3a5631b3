package org.agentproxy.policy;

/**
 * Automatic proxy configuration the agents try first where the rules allow it.
 *
 * @param autoDetect whether agents detect settings automatically (WPAD)
 * @param pacUrl     the proxy auto-config script URL (http or https), or {@code null}
 */
public record AutomaticProxy(boolean autoDetect, String pacUrl) {

    public static final AutomaticProxy NONE = new AutomaticProxy(false, null);

    public AutomaticProxy {
        pacUrl = Values.text(pacUrl);
    }

    /** Whether any automatic proxy setting is on. */
    public boolean enabled() {
        return autoDetect || pacUrl != null;
    }

    public AutomaticProxy withAutoDetect(boolean value) {
        return new AutomaticProxy(value, pacUrl);
    }

    public AutomaticProxy withPacUrl(String value) {
        return new AutomaticProxy(autoDetect, value);
    }
}
