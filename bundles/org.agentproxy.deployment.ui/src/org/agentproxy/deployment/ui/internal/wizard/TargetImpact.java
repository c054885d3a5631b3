package org.agentproxy.deployment.ui.internal.wizard;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.TargetPlan;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.impact.FleetImpact;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.InventoryReader;
import org.agentproxy.simulation.impact.LostAgent;

/**
 * The fleet impact of a deployment at one target: the policy deployed there now against the one being deployed,
 * over an inventory ({@link FleetImpact}, as {@code agentproxy impact}). Plain Java: the wizard page only shows it.
 *
 * @param target the target's plan (it holds the policy deployed there)
 * @param report the impact, or {@code null} when there is nothing to compare
 * @param note   why there is no report (nothing deployed there yet, the target could not be read), or {@code null}
 */
record TargetImpact(TargetPlan target, ImpactReport report, String note) {

    /**
     * Reads the inventory and compares, per target, with the installed Smart Protection features; runs off the UI
     * thread.
     */
    static List<TargetImpact> analyze(DeploymentPlan plan, Path inventoryFile, List<SimulatedFeature> features)
            throws IOException {
        return analyze(plan, InventoryReader.read(inventoryFile), features);
    }

    /** {@link #analyze(DeploymentPlan, Path, List)} over an inventory already read. */
    static List<TargetImpact> analyze(DeploymentPlan plan, Inventory inventory, List<SimulatedFeature> features) {
        List<TargetImpact> impacts = new ArrayList<>();
        for (TargetPlan t : plan.targets()) {
            if (!t.isReady()) {
                impacts.add(new TargetImpact(t, null, NLS.bind(Messages.TargetImpact_cannotBeRead0, t.problem())));
            } else if (t.deployed() == null) {
                impacts.add(new TargetImpact(t, null, Messages.TargetImpact_nothingDeployedYetEveryAgent));
            } else {
                impacts.add(new TargetImpact(t, FleetImpact.analyze(t.deployed(), plan.policy(), inventory,
                        FleetImpact.DEFAULT_WORLD, features), null));
            }
        }
        return impacts;
    }

    /**
     * The line when no agent loses a path. When no target had a policy to compare with (a first deployment), says
     * why nothing was counted instead of "(0 agents)": {@code Nothing to compare at hq: nothing is deployed there
     * yet, so the 7 agents of fleet.csv get their first policy and have no path to lose.}
     */
    static String noLoss(List<TargetImpact> impacts, String inventory, int inventorySize) {
        List<String> first = impacts.stream().filter(i -> i.report() == null && i.target().isReady())
                .map(TargetImpact::group).toList();
        int compared = impacts.stream().filter(i -> i.report() != null).mapToInt(i -> i.report().agents()).max()
                .orElse(0);
        String agents = inventorySize + (inventorySize == 1 ? Messages.TargetImpact_agent : Messages.TargetImpact_agents);
        if (compared == 0 && !first.isEmpty()) {
            return NLS.bind(Messages.TargetImpact_nothingToCompareAt0, new Object[] { String.join(", ", first), agents, inventory }); //$NON-NLS-1$
        }
        return NLS.bind(Messages.TargetImpact_noAgentOf01, new Object[] { inventory, agents, (first.isEmpty() ? "" //$NON-NLS-1$
                : NLS.bind(Messages.TargetImpact_nothingIsDeployedAt0, String.join(", ", first))) }); //$NON-NLS-1$
    }

    /** The target's group, as the tables show it. */
    String group() {
        return target.target().group();
    }

    /**
     * The warning when agents lose connectivity, e.g. {@code 1 agent loses a path at hq: lyon-ws-0008 (configuration,
     * logs)}, one line per target; {@code null} when none does.
     */
    static String warning(List<TargetImpact> impacts) {
        StringBuilder b = new StringBuilder();
        for (TargetImpact i : impacts) {
            if (i.report() == null || i.report().lostAgents().isEmpty()) {
                continue;
            }
            List<LostAgent> lost = i.report().lostAgents();
            b.append(b.isEmpty() ? "" : "\n").append(lost.size()).append(lost.size() == 1 ? Messages.TargetImpact_agentLoses : Messages.TargetImpact_agentsLose) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Messages.TargetImpact_connectivityAt).append(i.group()).append(": "); //$NON-NLS-1$
            for (int k = 0; k < Math.min(5, lost.size()); k++) {
                LostAgent a = lost.get(k);
                b.append(k == 0 ? "" : "; ").append(a.agentId()).append(" (") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(String.join(", ", a.paths().stream().map(p -> p.purpose()).toList())).append(')'); //$NON-NLS-1$
            }
            if (lost.size() > 5) {
                b.append(Messages.TargetImpact_and).append(lost.size() - 5).append(Messages.TargetImpact_more);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }
}
