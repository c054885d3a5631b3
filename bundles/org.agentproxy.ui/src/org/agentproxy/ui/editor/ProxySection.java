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
        binder.check(client, "Use this proxy", PolicyField.within(part, "enabled", "Use proxy",
                ProxyEndpoint::enabled, ProxyEndpoint::withEnabled));
        binder.text(client, "Host:", PolicyField.within(part, "host", "Host", ProxyEndpoint::host,
                ProxyEndpoint::withHost));
        binder.port(client, "Port:", PolicyField.within(part, "port", "Port", ProxyEndpoint::port,
                ProxyEndpoint::withPort));
        binder.text(client, "User:", PolicyField.within(part, "user", "User", ProxyEndpoint::user,
                ProxyEndpoint::withUser));
        binder.password(client, "Password:", PolicyField.within(part, "password", "Password",
                ProxyEndpoint::password, ProxyEndpoint::withPassword));
        return client;
    }
}
