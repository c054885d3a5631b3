package org.agentproxy.scope.privilege.ui.internal;

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
    static final String WARNING = "A proxy configured by the user is used only for \"Update Now\", and only when "
            + "users disable, or the agent cannot detect, automatic proxy settings. Wrong user settings break "
            + "updates.";

    @Override
    public void createContents(Composite body, ScopePageSite site) {
        Composite mode = site.section(body, "Apply the root setting", WARNING);
        site.binder().choice(mode, "At the root:", List.of(ApplyMode.values()),
                m -> m == ApplyMode.ALL_AGENTS ? "Apply to all agents (overrides domains and agents)"
                        : "Apply to future domains only (existing nodes keep theirs)",
                new PolicyField<>("userProxyPrivilege.applyMode", "Apply mode",
                        p -> p.userProxyPrivilege().applyMode(),
                        (Policy p, ApplyMode v) -> p.withUserProxyPrivilege(p.userProxyPrivilege().withApplyMode(v))));
        AgentTreeSection.create(body, site);
    }
}
