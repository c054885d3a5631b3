package org.agentproxy.ui;

/** Ids of the studio's perspectives and views, for the perspectives and menus of other bundles. */
public final class StudioParts {

    /** The Editing perspective: explorer, editor, Policy Problems and History. The studio starts in it. */
    public static final String EDITING_PERSPECTIVE = "org.agentproxy.ui.perspective"; //$NON-NLS-1$
    public static final String POLICY_EXPLORER = "org.agentproxy.ui.policyExplorer"; //$NON-NLS-1$
    public static final String POLICY_PROBLEMS = "org.agentproxy.ui.policyProblems"; //$NON-NLS-1$
    public static final String HISTORY = "org.agentproxy.ui.policyHistory"; //$NON-NLS-1$

    private StudioParts() {
    }
}
