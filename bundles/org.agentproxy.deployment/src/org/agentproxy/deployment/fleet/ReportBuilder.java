package org.agentproxy.deployment.fleet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.ObservedPath;
import org.agentproxy.simulation.status.ReportedFacts;

/**
 * The status report of a simulated agent: its facts (an address from its index), and per purpose the path the
 * engine predicts for the policy it holds, or what a {@link FleetReporting.Fault} makes it observe instead.
 */
final class ReportBuilder {

    /** The proxy a detour goes through when the predicted path was direct. */
    static final String DETOUR_PROXY = "detour.invalid:8080";

    private ReportBuilder() {
    }

    /** The agent's id: {@code agent-000042}. */
    static String id(int index) {
        return String.format("agent-%06d", index);
    }

    /** Its facts: {@code 10.a.b.c} from its index, the gateway {@code 10.a.b.1}, domain {@code Fleet}. */
    static ReportedFacts facts(int index) {
        int a = (index >> 16) & 0xff;
        int b = (index >> 8) & 0xff;
        int c = index & 0xff;
        return new ReportedFacts("10." + a + "." + b + "." + c, new Gateway("10." + a + "." + b + ".1", null),
                "Fleet", null, false);
    }

    static AgentStatusReport report(int index, int count, long version, String etag, Policy policy,
            FleetReporting reporting) {
        ReportedFacts facts = facts(index);
        List<ObservedPath> paths = new ArrayList<>();
        if (policy != null) {
            SimulationReport predicted = PathEngine.simulate(policy, Scenario.of(facts.toAgentFacts(id(index))));
            for (PurposeReport p : predicted.purposes()) {
                if (!p.attempts().isEmpty()) {
                    paths.add(observe(p, faultOf(p.purpose(), index, count, reporting)));
                }
            }
        }
        return new AgentStatusReport(id(index), version, etag, Instant.now(), facts, paths);
    }

    private static FleetReporting.Kind faultOf(String purpose, int index, int count, FleetReporting reporting) {
        for (FleetReporting.Fault f : reporting.faults()) {
            if (f.purpose().equals(purpose) && f.hits(index, count)) {
                return f.kind();
            }
        }
        return null;
    }

    private static ObservedPath observe(PurposeReport p, FleetReporting.Kind fault) {
        Attempt a = p.success().orElseGet(() -> last(p));
        String proxy = a.proxy(); // none when direct, or for an automatic proxy the facts give no address for
        if (fault == FleetReporting.Kind.FAIL) {
            return new ObservedPath(p.purpose(), a.via(), proxy, a.target(), Outcome.FAILED,
                    a.via().isProxy() ? "proxy-unreachable" : "unreachable");
        }
        if (fault == FleetReporting.Kind.DETOUR) {
            return a.via().isProxy()
                    ? new ObservedPath(p.purpose(), Route.DIRECT, null, a.target(), Outcome.OK, null)
                    : new ObservedPath(p.purpose(), Route.INTERNAL_SERVER, DETOUR_PROXY, a.target(), Outcome.OK,
                            null);
        }
        return new ObservedPath(p.purpose(), a.via(), proxy, a.target(), p.ok() ? Outcome.OK : Outcome.FAILED,
                p.ok() ? null : p.cause() == null ? "failed" : p.cause().id());
    }

    private static Attempt last(PurposeReport p) {
        Attempt last = p.attempts().get(0);
        for (Attempt a : p.attempts()) {
            if (a.outcome() == Outcome.FAILED) {
                last = a;
            }
        }
        return last;
    }
}
