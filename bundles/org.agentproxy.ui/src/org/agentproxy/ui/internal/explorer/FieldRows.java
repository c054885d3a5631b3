package org.agentproxy.ui.internal.explorer;

import org.agentproxy.ui.Labels;
import java.util.List;

import org.agentproxy.policy.Credentials;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.ServerUpdateProxy;

/**
 * The rows of single fields below a section row: one per control of the editor page, labelled as on the page and
 * carrying the control's field path, so that the explorer reaches (and the settings search finds) every field. A
 * password row says only whether one is stored, never its value.
 */
final class FieldRows {

    private FieldRows() {
    }

    static List<OutlineNode> proxy(String path, ProxyEndpoint proxy) {
        return List.of(OutlineNode.setting(Messages.FieldRows_useThisProxy, Describe.yesNo(proxy.enabled()), path + ".enabled"), //$NON-NLS-1$
                OutlineNode.setting(Messages.FieldRows_host, text(proxy.host()), path + ".host"), //$NON-NLS-1$
                OutlineNode.setting(Messages.FieldRows_port, port(proxy.port()), path + ".port"), //$NON-NLS-1$
                OutlineNode.setting(Messages.FieldRows_user, text(proxy.user()), path + ".user"), //$NON-NLS-1$
                OutlineNode.setting(Messages.FieldRows_password, password(proxy.password()), path + ".password")); //$NON-NLS-1$
    }

    static List<OutlineNode> serverUpdateProxy(String path, ServerUpdateProxy proxy) {
        return List.of(OutlineNode.setting(Messages.FieldRows_useThisProxy, Describe.yesNo(proxy.enabled()), path + ".enabled"), //$NON-NLS-1$
                OutlineNode.setting(Messages.FieldRows_protocol, Labels.proxyProtocol(proxy.protocol()), path + ".protocol"), //$NON-NLS-1$
                OutlineNode.setting(Messages.FieldRows_host, text(proxy.host()), path + ".host"), //$NON-NLS-1$
                OutlineNode.setting(Messages.FieldRows_port, port(proxy.port()), path + ".port"), //$NON-NLS-1$
                OutlineNode.setting(Messages.FieldRows_user, text(proxy.user()), path + ".user"), //$NON-NLS-1$
                OutlineNode.setting(Messages.FieldRows_password, password(proxy.password()), path + ".password")); //$NON-NLS-1$
    }

    static List<OutlineNode> credentials(String path, Credentials credentials) {
        return List.of(OutlineNode.setting(Messages.FieldRows_user, text(credentials.user()), path + ".user"), //$NON-NLS-1$
                OutlineNode.setting(Messages.FieldRows_password, password(credentials.password()), path + ".password")); //$NON-NLS-1$
    }

    static String text(String value) {
        return value == null || value.isBlank() ? Messages.FieldRows_notSet : value;
    }

    /** Free text of several lines as one row: its lines joined by spaces. */
    static String line(String value) {
        return value == null || value.isBlank() ? Messages.FieldRows_notSet : value.strip().replaceAll("\\s*\\R\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String port(int port) {
        return port == 0 ? Messages.FieldRows_notSet : String.valueOf(port);
    }

    /** Whether a password is stored; the value itself is never read. */
    static String password(SecretRef password) {
        return password == null ? Messages.FieldRows_notSet : Messages.FieldRows_stored;
    }
}
