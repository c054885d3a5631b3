package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.FeatureRouting;
import org.agentproxy.simulation.Names;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.SimulatedFeature;
import org.junit.jupiter.api.Test;

/** The readable names of the views: one for every purpose, route, cause and rule, distinct, never an id. */
class NamesTest {

    @Test
    void everyBuiltInPurposeHasADistinctName() {
        Set<String> names = new HashSet<>();
        for (String id : Purposes.BUILT_IN) {
            String name = Names.purpose(id, SimulatedFeature.BUILT_IN);
            assertNotEquals(id, name);
            names.add(name);
        }
        assertEquals(Purposes.BUILT_IN.size(), names.size());
        assertEquals("Configuration", Names.purpose(Purposes.CONFIGURATION, List.of()));
    }

    @Test
    void aContributedFeatureIsNamedByItsDeclaration() {
        SimulatedFeature sandbox = new SimulatedFeature("sandbox", "Sandbox Analysis", "sandbox-submission",
                FeatureRouting.GLOBAL_PROXY, true);

        assertEquals("Sandbox Analysis", Names.purpose("sandbox-submission", List.of(sandbox)));
        assertEquals("unknown-purpose", Names.purpose("unknown-purpose", List.of(sandbox)));
    }

    @Test
    void routesRulesAndCausesReadAsWords() {
        assertEquals("through the internal proxy", Names.route(Route.INTERNAL_SERVER));
        assertEquals("direct", Names.route(Route.DIRECT));
        assertEquals("R1 \u00b7 Configuration goes to the server", Names.rule(Rule.R1));
        assertEquals("Smart Protection Network", Names.target("smart-protection-network"));
        assertEquals("osce.corp.example:4343", Names.target("osce.corp.example:4343"));
        assertEquals("failed: no common IPv4/IPv6 family", Names.outcome(Outcome.FAILED, Cause.ADDRESS_FAMILY));
        for (Route r : Route.values()) {
            assertFalse(Names.route(r).contains("-"), r.id());
        }
        for (Rule r : Rule.values()) {
            assertFalse(Names.ruleTitle(r).isBlank(), r.id());
        }
        for (Cause c : Cause.values()) {
            assertNotEquals(c.id(), Names.cause(c));
        }
    }
}
