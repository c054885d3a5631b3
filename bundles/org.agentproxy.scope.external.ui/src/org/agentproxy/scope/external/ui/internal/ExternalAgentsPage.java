package org.agentproxy.scope.external.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.agentproxy.ui.Labels;
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

    static final PolicyPart<Credentials> CREDENTIALS = new PolicyPart<>("externalAgents.systemProxyCredentials", //$NON-NLS-1$
            p -> p.externalAgents().systemProxyCredentials(),
            (p, v) -> p.withExternalAgents(p.externalAgents().withSystemProxyCredentials(v)));
    static final PolicyPart<ServerUpdateProxy> UPDATE = new PolicyPart<>("externalAgents.serverUpdateProxy", //$NON-NLS-1$
            p -> p.externalAgents().serverUpdateProxy(),
            (p, v) -> p.withExternalAgents(p.externalAgents().withServerUpdateProxy(v)));

    @Override
    public void createContents(Composite body, ScopePageSite site) {
        FieldBinder b = site.binder();
        Composite credentials = site.section(body, Messages.ExternalAgentsPage_systemProxyCredentials,
                Messages.ExternalAgentsPage_externalAgentsReachTheSmart);
        b.text(credentials, Messages.ExternalAgentsPage_user, PolicyField.within(CREDENTIALS, "user", Messages.ExternalAgentsPage_systemProxyUser, Credentials::user, //$NON-NLS-1$
                Credentials::withUser));
        b.password(credentials, Messages.ExternalAgentsPage_password, PolicyField.within(CREDENTIALS, "password", Messages.ExternalAgentsPage_systemProxyPassword, //$NON-NLS-1$
                Credentials::password, Credentials::withPassword));

        Composite update = site.section(body, Messages.ExternalAgentsPage_serverUpdateProxy,
                Messages.ExternalAgentsPage_theOfficeScanServerItselfUses);
        b.check(update, Messages.ExternalAgentsPage_useThisProxy, endpoint("enabled", Messages.ExternalAgentsPage_useUpdateProxy, ProxyEndpoint::enabled, //$NON-NLS-1$
                ProxyEndpoint::withEnabled));
        b.choice(update, Messages.ExternalAgentsPage_protocol, List.of(ProxyProtocol.values()),
                p -> p == ProxyProtocol.HTTP ? Labels.proxyProtocol(p) : NLS.bind(Messages.ExternalAgentsPage_0UserIdNoPassword, Labels.proxyProtocol(p)),
                PolicyField.within(UPDATE, "protocol", Messages.ExternalAgentsPage_protocol2, ServerUpdateProxy::protocol, //$NON-NLS-1$
                        ServerUpdateProxy::withProtocol));
        b.text(update, Messages.ExternalAgentsPage_host, endpoint("host", Messages.ExternalAgentsPage_updateProxyHost, ProxyEndpoint::host, ProxyEndpoint::withHost)); //$NON-NLS-1$
        b.port(update, Messages.ExternalAgentsPage_port, endpoint("port", Messages.ExternalAgentsPage_updateProxyPort, ProxyEndpoint::port, ProxyEndpoint::withPort)); //$NON-NLS-1$
        b.text(update, Messages.ExternalAgentsPage_user, endpoint("user", Messages.ExternalAgentsPage_updateProxyUser, ProxyEndpoint::user, ProxyEndpoint::withUser)); //$NON-NLS-1$
        b.password(update, Messages.ExternalAgentsPage_passwordHTTPOnly, endpoint("password", Messages.ExternalAgentsPage_updateProxyPassword, //$NON-NLS-1$
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
