package org.agentproxy.ui.internal.explorer;

import java.util.Locale;

import org.agentproxy.policy.Credentials;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.SmartProtectionFeature;

/** One-line descriptions of settings for the explorer. Never shows a secret, only whether one is set. */
final class Describe {

    private Describe() {
    }

    static String proxy(ProxyEndpoint proxy) {
        if (!proxy.enabled()) {
            return proxy.host() == null ? "disabled (direct)" : "disabled (direct; " + proxy.authority() + " kept)";
        }
        return proxy.authority() + user(proxy.user(), proxy.password() != null);
    }

    static String serverUpdateProxy(ServerUpdateProxy proxy) {
        if (!proxy.enabled()) {
            return "disabled (direct)";
        }
        return proxy.protocol().name() + " " + proxy.asEndpoint().authority()
                + user(proxy.user(), proxy.password() != null);
    }

    static String credentials(Credentials credentials) {
        return credentials.user() == null ? "none" : "user " + credentials.user()
                + (credentials.password() != null ? ", password stored" : ", no password");
    }

    /** The feature's name from the registry, or its id marked when its plug-in is not installed. */
    static String featureName(FeatureRegistry registry, String id) {
        return registry.feature(id).map(SmartProtectionFeature::name).orElse(id + " (plug-in not installed)");
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    static String onOff(boolean value) {
        return value ? "on" : "off";
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String user(String user, boolean hasPassword) {
        if (user == null) {
            return "";
        }
        return ", user " + user + (hasPassword ? " (password stored)" : "");
    }
}
