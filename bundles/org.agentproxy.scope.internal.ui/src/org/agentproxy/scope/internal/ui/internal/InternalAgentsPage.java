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

    static final PolicyPart<ProxyEndpoint> SERVER = new PolicyPart<>("internalAgents.server", //$NON-NLS-1$
            p -> p.internalAgents().server(), (p, v) -> p.withInternalAgents(p.internalAgents().withServer(v)));
    static final PolicyPart<ProxyEndpoint> SPS = new PolicyPart<>("internalAgents.smartProtection", //$NON-NLS-1$
            p -> p.internalAgents().smartProtection(),
            (p, v) -> p.withInternalAgents(p.internalAgents().withSmartProtection(v)));

    @Override
    public void createContents(Composite body, ScopePageSite site) {
        Composite server = ProxySection.create(body, site, Messages.InternalAgentsPage_proxyToTheOfficeScanServer,
                Messages.InternalAgentsPage_internalAgentsUseItFor,
                SERVER);
        ConnectionTestRow.create(server, site, org.agentproxy.connection.ProxySection.INTERNAL_SERVER);
        Composite sps = ProxySection.create(body, site, Messages.InternalAgentsPage_proxyToSmartProtectionServers,
                Messages.InternalAgentsPage_internalAgentsUseItFor2,
                SPS);
        ConnectionTestRow.create(sps, site, org.agentproxy.connection.ProxySection.INTERNAL_SPS);
        SourceListsSection.create(body, site);
        Composite web = site.section(body, Messages.InternalAgentsPage_webReputation,
                Messages.InternalAgentsPage_whereInternalAgentsSendWeb);
        site.binder().check(web, Messages.InternalAgentsPage_sendQueriesToTheSmart, new PolicyField<>("webReputation.sendQueriesToSps", Messages.InternalAgentsPage_webReputationToSPS, //$NON-NLS-1$
                        p -> p.webReputation().sendQueriesToSps(), (p, v) -> p.withWebReputation(new WebReputation(v))));
    }
}
