package org.agentproxy.scope.internal.ui.internal;

import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.WebReputation;
import org.agentproxy.ui.editor.ConnectionTestRow;
import org.agentproxy.ui.editor.PolicyField;
import org.agentproxy.ui.editor.PolicyPart;
import org.agentproxy.ui.editor.ProxySection;
import org.agentproxy.ui.editor.ScopePage;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.swt.widgets.Composite;

/** Internal agents: the proxy to the OfficeScan server, the proxy to Smart Protection Servers, the SPS lists. */
public final class InternalAgentsPage implements ScopePage {

    static final PolicyPart<ProxyEndpoint> SERVER = new PolicyPart<>("internalAgents.server",
            p -> p.internalAgents().server(), (p, v) -> p.withInternalAgents(p.internalAgents().withServer(v)));
    static final PolicyPart<ProxyEndpoint> SPS = new PolicyPart<>("internalAgents.smartProtection",
            p -> p.internalAgents().smartProtection(),
            (p, v) -> p.withInternalAgents(p.internalAgents().withSmartProtection(v)));

    @Override
    public void createContents(Composite body, ScopePageSite site) {
        Composite server = ProxySection.create(body, site, "Proxy to the OfficeScan server",
                "Internal agents use it for component updates, configuration and logs; the server's integrated "
                        + "Smart Protection Server gets scan queries through it.",
                SERVER);
        ConnectionTestRow.create(server, site, org.agentproxy.connection.ProxySection.INTERNAL_SERVER);
        Composite sps = ProxySection.create(body, site, "Proxy to Smart Protection Servers",
                "Internal agents use it for file and web reputation queries to every standalone Smart Protection "
                        + "Server and to the integrated SPS of other OfficeScan servers.",
                SPS);
        ConnectionTestRow.create(sps, site, org.agentproxy.connection.ProxySection.INTERNAL_SPS);
        SourceListsSection.create(body, site);
        Composite web = site.section(body, "Web reputation",
                "Where internal agents send web reputation queries.");
        site.binder().check(web, "Send queries to the Smart Protection Servers (else to the Smart Protection "
                + "Network)", new PolicyField<>("webReputation.sendQueriesToSps", "Web reputation to SPS",
                        p -> p.webReputation().sendQueriesToSps(), (p, v) -> p.withWebReputation(new WebReputation(v))));
    }
}
