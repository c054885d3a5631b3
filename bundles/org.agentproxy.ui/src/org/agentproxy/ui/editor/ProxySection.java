package org.agentproxy.ui.editor;

import org.agentproxy.policy.ProxyEndpoint;
import org.eclipse.swt.widgets.Composite;

/** The fields every proxy has — enabled, host, port, user, password — bound within one part of the policy. */
public final class ProxySection {

    private ProxySection() {
    }

    /** Builds a section for a proxy endpoint and returns its client composite (for more rows). */
    public static Composite create(Composite parent, ScopePageSite site, String title, String description,
            PolicyPart<ProxyEndpoint> part) {
        Composite client = site.section(parent, title, description);
        FieldBinder binder = site.binder();
        binder.check(client, Messages.ProxySection_useThisProxy, PolicyField.within(part, "enabled", Messages.ProxySection_useProxy, //$NON-NLS-1$
                ProxyEndpoint::enabled, ProxyEndpoint::withEnabled));
        binder.text(client, Messages.ProxySection_host, PolicyField.within(part, "host", Messages.ProxySection_host2, ProxyEndpoint::host, //$NON-NLS-1$
                ProxyEndpoint::withHost));
        binder.port(client, Messages.ProxySection_port, PolicyField.within(part, "port", Messages.ProxySection_port2, ProxyEndpoint::port, //$NON-NLS-1$
                ProxyEndpoint::withPort));
        binder.text(client, Messages.ProxySection_user, PolicyField.within(part, "user", Messages.ProxySection_user2, ProxyEndpoint::user, //$NON-NLS-1$
                ProxyEndpoint::withUser));
        binder.password(client, Messages.ProxySection_password, PolicyField.within(part, "password", Messages.ProxySection_password2, //$NON-NLS-1$
                ProxyEndpoint::password, ProxyEndpoint::withPassword));
        return client;
    }
}
