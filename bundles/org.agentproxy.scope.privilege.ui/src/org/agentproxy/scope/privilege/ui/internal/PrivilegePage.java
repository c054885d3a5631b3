package org.agentproxy.scope.privilege.ui.internal;

import org.agentproxy.ui.Labels;
import java.util.List;

import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.Policy;
import org.agentproxy.ui.editor.PolicyField;
import org.agentproxy.ui.editor.ScopePage;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.swt.widgets.Composite;

/**
 * The agent user proxy privilege: per node of the agent tree, may users configure their own proxy; at the root,
 * whether the setting applies to all agents or to future domains only; and the product's warning.
 */
public final class PrivilegePage implements ScopePage {

    /** The product documentation's warning, shown on the page. */
    static final String WARNING = Messages.PrivilegePage_aProxyConfiguredByThe;

    @Override
    public void createContents(Composite body, ScopePageSite site) {
        Composite mode = site.section(body, Messages.PrivilegePage_applyTheRootSetting, WARNING);
        site.binder().choice(mode, Messages.PrivilegePage_atTheRoot, List.of(ApplyMode.values()),
                Labels::applyMode,
                new PolicyField<>("userProxyPrivilege.applyMode", Messages.PrivilegePage_applyMode, //$NON-NLS-1$
                        p -> p.userProxyPrivilege().applyMode(),
                        (Policy p, ApplyMode v) -> p.withUserProxyPrivilege(p.userProxyPrivilege().withApplyMode(v))));
        AgentTreeSection.create(body, site);
    }
}
