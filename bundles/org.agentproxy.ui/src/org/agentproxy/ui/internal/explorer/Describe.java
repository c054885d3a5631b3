package org.agentproxy.ui.internal.explorer;

import org.agentproxy.ui.Labels;
import org.eclipse.osgi.util.NLS;


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
            return proxy.host() == null ? Messages.Describe_disabledDirect : NLS.bind(Messages.Describe_disabledDirect0Kept, proxy.authority());
        }
        return proxy.authority() + user(proxy.user(), proxy.password() != null);
    }

    static String serverUpdateProxy(ServerUpdateProxy proxy) {
        if (!proxy.enabled()) {
            return Messages.Describe_disabledDirect;
        }
        return Labels.proxyProtocol(proxy.protocol()) + " " + proxy.asEndpoint().authority() //$NON-NLS-1$
                + user(proxy.user(), proxy.password() != null);
    }

    static String credentials(Credentials credentials) {
        return credentials.user() == null ? Messages.Describe_none : NLS.bind(Messages.Describe_user01, credentials.user(), (credentials.password() != null ? Messages.Describe_passwordStored : Messages.Describe_noPassword));
    }

    /** The feature's name from the registry, or its id marked when its plug-in is not installed. */
    static String featureName(FeatureRegistry registry, String id) {
        return registry.feature(id).map(SmartProtectionFeature::name).orElse(NLS.bind(Messages.Describe_0PlugInNotInstalled, id));
    }

    static String yesNo(boolean value) {
        return value ? Messages.Describe_yes : Messages.Describe_no;
    }

    static String onOff(boolean value) {
        return value ? Messages.Describe_on : Messages.Describe_off;
    }

    private static String user(String user, boolean hasPassword) {
        if (user == null) {
            return ""; //$NON-NLS-1$
        }
        return NLS.bind(Messages.Describe_user012, user, (hasPassword ? Messages.Describe_passwordStored2 : "")); //$NON-NLS-1$
    }
}
