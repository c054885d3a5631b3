package org.agentproxy.scope.external.ui.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.agentproxy.policy.Credentials;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.ui.editor.ConnectionTestRow;
import org.agentproxy.ui.editor.FieldBinder;
import org.agentproxy.ui.editor.PolicyField;
import org.agentproxy.ui.editor.PolicyPart;
import org.agentproxy.ui.editor.ScopePage;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.swt.widgets.Composite;

/**
 * External agents: credentials for the endpoint's system proxy (its address comes from Internet Explorer /
 * WinINet), and the OfficeScan server's own update proxy to ActiveUpdate.
 */
public final class ExternalAgentsPage implements ScopePage {

    static final PolicyPart<Credentials> CREDENTIALS = new PolicyPart<>("externalAgents.systemProxyCredentials",
            p -> p.externalAgents().systemProxyCredentials(),
            (p, v) -> p.withExternalAgents(p.externalAgents().withSystemProxyCredentials(v)));
    static final PolicyPart<ServerUpdateProxy> UPDATE = new PolicyPart<>("externalAgents.serverUpdateProxy",
            p -> p.externalAgents().serverUpdateProxy(),
            (p, v) -> p.withExternalAgents(p.externalAgents().withServerUpdateProxy(v)));

    @Override
    public void createContents(Composite body, ScopePageSite site) {
        FieldBinder b = site.binder();
        Composite credentials = site.section(body, "System proxy credentials",
                "External agents reach the Smart Protection Network through the endpoint's system (Internet "
                        + "Explorer) proxy. If that proxy asks for a user name and password, give them here.");
        b.text(credentials, "User:", PolicyField.within(CREDENTIALS, "user", "System proxy user", Credentials::user,
                Credentials::withUser));
        b.password(credentials, "Password:", PolicyField.within(CREDENTIALS, "password", "System proxy password",
                Credentials::password, Credentials::withPassword));

        Composite update = site.section(body, "Server update proxy",
                "The OfficeScan server itself uses this proxy to download components from ActiveUpdate.");
        b.check(update, "Use this proxy", endpoint("enabled", "Use update proxy", ProxyEndpoint::enabled,
                ProxyEndpoint::withEnabled));
        b.choice(update, "Protocol:", List.of(ProxyProtocol.values()),
                p -> p == ProxyProtocol.HTTP ? "HTTP" : "SOCKS4 (user id, no password)",
                PolicyField.within(UPDATE, "protocol", "Protocol", ServerUpdateProxy::protocol,
                        ServerUpdateProxy::withProtocol));
        b.text(update, "Host:", endpoint("host", "Update proxy host", ProxyEndpoint::host, ProxyEndpoint::withHost));
        b.port(update, "Port:", endpoint("port", "Update proxy port", ProxyEndpoint::port, ProxyEndpoint::withPort));
        b.text(update, "User:", endpoint("user", "Update proxy user", ProxyEndpoint::user, ProxyEndpoint::withUser));
        b.password(update, "Password (HTTP only):", endpoint("password", "Update proxy password",
                ProxyEndpoint::password, ProxyEndpoint::withPassword));
        ConnectionTestRow.create(update, site, org.agentproxy.connection.ProxySection.EXTERNAL_SERVER_UPDATE);
    }

    /** A field of the update proxy seen as an endpoint (its protocol kept). */
    private static <T> PolicyField<T> endpoint(String name, String label, Function<ProxyEndpoint, T> get,
            BiFunction<ProxyEndpoint, T, ProxyEndpoint> set) {
        return PolicyField.within(UPDATE, name, label, u -> get.apply(u.asEndpoint()),
                (u, v) -> u.withEndpoint(set.apply(u.asEndpoint(), v)));
    }
}
