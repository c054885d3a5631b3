package org.agentproxy.ui.tests;

import org.agentproxy.policy.Policy;
import org.agentproxy.ui.editor.PolicyField;
import org.agentproxy.ui.editor.ScopePage;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.swt.widgets.Composite;

/** A page contributed by a bundle other than the product's: it edits the policy's description. */
public final class FixturePage implements ScopePage {

    @Override
    public void createContents(Composite body, ScopePageSite site) {
        Composite client = site.section(body, "Fixture section", "Contributed by org.agentproxy.ui.tests.");
        site.binder().text(client, "Description:", new PolicyField<>("description", "Description",
                Policy::description, FixturePage::withDescription));
    }

    private static Policy withDescription(Policy p, String value) {
        return new Policy(p.name(), value, p.server(), p.internalAgents(), p.externalAgents(),
                p.globalSmartProtection(), p.userProxyPrivilege(), p.automaticProxy(), p.locationAwareness(),
                p.smartProtectionSources(), p.webReputation(), p.updates(), p.bypassList(), p.directFallback());
    }
}
