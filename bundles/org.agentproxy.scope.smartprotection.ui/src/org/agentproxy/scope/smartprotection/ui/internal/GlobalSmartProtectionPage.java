package org.agentproxy.scope.smartprotection.ui.internal;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.ui.editor.ConnectionTestRow;
import org.agentproxy.ui.editor.PolicyPart;
import org.agentproxy.ui.editor.ProxySection;
import org.agentproxy.ui.editor.ScopePage;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.swt.widgets.Composite;

/**
 * The Global Smart Protection Service proxy, the features it routes (from the policy: PML, Behavior Monitoring
 * and any contributed feature), and the check that file-reputation sources use HTTPS.
 */
public final class GlobalSmartProtectionPage implements ScopePage {

    static final PolicyPart<ProxyEndpoint> PROXY = new PolicyPart<>("globalSmartProtection.proxy", //$NON-NLS-1$
            p -> p.globalSmartProtection().proxy(),
            (Policy p, ProxyEndpoint v) -> p.withGlobalSmartProtection(p.globalSmartProtection().withProxy(v)));

    @Override
    public void createContents(Composite body, ScopePageSite site) {
        Composite proxy = ProxySection.create(body, site, Messages.GlobalSmartProtectionPage_globalSmartProtectionServiceProxy,
                Messages.GlobalSmartProtectionPage_agentsUseItWhenThey,
                PROXY);
        HttpsCheck.create(proxy, site);
        ConnectionTestRow.create(proxy, site, org.agentproxy.connection.ProxySection.GLOBAL_SPS);
        FeatureTable.create(body, site);
    }
}
