package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.impact.AgentChange;
import org.agentproxy.simulation.impact.AgentChangesCsv;
import org.agentproxy.simulation.impact.Change;
import org.agentproxy.simulation.impact.FleetImpact;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.PurposeImpact;
import org.junit.jupiter.api.Test;

/** The agents of each bar of the impact (kept, changed, gained, lost), as many as the counts say, and their CSV. */
class AgentChangesTest {

    private static final Policy CURRENT = Samples.policy("sample-policy.json");
    private static final Policy NEXT = Samples.policy("sample-policy-next.json");

    @Test
    void everyBarListsAsManyAgentsAsItCounts() {
        ImpactReport r = FleetImpact.analyze(CURRENT, NEXT, Samples.fleet());
        for (PurposeImpact p : r.purposes()) {
            int[] counts = {p.kept(), p.changed(), p.gained(), p.lost()};
            for (Change change : Change.values()) {
                List<AgentChange> agents = r.agents(p.purpose(), change);
                assertEquals(counts[change.ordinal()], agents.size(), p.purpose() + " " + change);
                agents.forEach(a -> assertEquals(change, a.change()));
            }
        }
    }

    @Test
    void theChangedConfigurationPathsSayBeforeAndAfter() {
        ImpactReport r = FleetImpact.analyze(CURRENT, NEXT, Samples.fleet());
        List<AgentChange> changed = r.agents(Purposes.CONFIGURATION, Change.CHANGED);

        assertEquals(List.of("hq-ws-0001", "hq-ws-0002", "hq-lab-0042", "lyon-ws-0007"),
                changed.stream().map(AgentChange::agentId).toList());
        AgentChange first = changed.get(0);
        assertEquals("osce.corp.example:4343 via direct", first.before());
        assertEquals("osce.corp.example:4343 via internal-server (10.10.0.8:8080)", first.after());
        assertNull(first.cause());

        AgentChange lost = r.agents(Purposes.CONFIGURATION, Change.LOST).get(0);
        assertEquals("lyon-ws-0008", lost.agentId());
        assertNull(lost.after());
        assertEquals(Cause.ADDRESS_FAMILY, lost.cause());
    }

    @Test
    void theCsvHasOneRowPerAgentWithQuoting() {
        String csv = AgentChangesCsv.write(List.of(new AgentChange("a,1", "logs", Change.LOST, "x via direct", null,
                Cause.UNREACHABLE, "the \"server\" is down")), "\r\n");

        assertEquals(AgentChangesCsv.HEADER + "\r\n"
                + "\"a,1\",logs,lost,x via direct,,unreachable,\"the \"\"server\"\" is down\"\r\n", csv);
    }

    @Test
    void anUnknownPurposeHasNoAgents() {
        ImpactReport r = FleetImpact.analyze(CURRENT, NEXT, Samples.fleet());

        assertEquals(List.of(), r.agents("no-such-purpose", Change.KEPT));
    }
}
