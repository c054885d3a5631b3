package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.SERVER_AT;
import static org.agentproxy.simulation.tests.Fixtures.policy;
import static org.agentproxy.simulation.tests.Fixtures.proxy;
import static org.agentproxy.simulation.tests.Fixtures.run;
import static org.agentproxy.simulation.tests.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.Grant;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.UpdateSource;
import org.agentproxy.policy.UserProxyPrivilege;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** R2 component update (DESIGN.md §2). */
class UpdateRuleTest {

    private static final UpdateSource UA = new UpdateSource("UA", "https://ua.example:8080/activeupdate");

    private static final Policy BASE = Fixtures.withUpdates(policy()
            .withInternalAgents(new InternalAgentsScope(proxy("proxy.example", 8080), null))
            .withAutomaticProxy(new AutomaticProxy(true, null)), true, UA);

    /** Users of domain Lab may configure their own proxy; the root denies it. */
    private static final Policy LAB_GRANTED = BASE.withUserProxyPrivilege(new UserProxyPrivilege(
            ApplyMode.FUTURE_DOMAINS_ONLY, AgentTreeNode.root(Grant.DENIED, AgentTreeNode.domain("Lab", Grant.GRANTED),
                    AgentTreeNode.domain("Office", Grant.INHERIT))));

    private static Scenario agent(String domain, boolean autoDetected) {
        Scenario s = Fixtures.internalAgent();
        return s.withAgent(s.agent().withDomain(domain).withAutoProxyDetected(autoDetected)
                .withUserProxy(AgentProxy.of("user-proxy.example", 3128)));
    }

    private static List<Route> routes(PurposeReport p) {
        return p.attempts().stream().map(Attempt::via).distinct().toList();
    }

    // "scheduled/automatic — automatic proxy if enabled and detected"
    @Test
    void scheduledUpdatesUseTheAutomaticProxyWhenEnabledAndDetected() {
        PurposeReport p = run(BASE, agent("Office", true)).purpose(Purposes.COMPONENT_UPDATE);

        assertEquals(List.of(Route.AUTOMATIC), routes(p));
        // the scenario gives no address: no proxy is named (issue 13 §7: no "via automatic (automatic)")
        assertEquals(null, p.attempts().get(0).proxy());
        assertEquals("ua.example:8080 via automatic", p.attempts().get(0).path());
        assertTrue(p.attempts().get(0).explanation().endsWith("the scenario gives no address for it."),
                p.attempts().get(0).explanation());
    }

    // "… else internal proxy, else direct"
    @Test
    void scheduledUpdatesUseTheInternalProxyWhenAutomaticSettingsAreNotDetected() {
        assertEquals(List.of(Route.INTERNAL_SERVER),
                routes(run(BASE, agent("Office", false)).purpose(Purposes.COMPONENT_UPDATE)));
        assertEquals(List.of(Route.DIRECT), routes(run(Fixtures.withUpdates(policy(), true, UA),
                agent("Office", false)).purpose(Purposes.COMPONENT_UPDATE)));
    }

    // "Sources: update source/Update Agent → server → ActiveUpdate (the last only when allowed)"
    @Test
    void sourcesAreTriedInOrderNextOnFailure() {
        var r = run(BASE, Fixtures.down(agent("Office", false), "ua.example"));

        assertEquals(List.of("ua.example:8080 internal-server failed R2", SERVER_AT + " internal-server ok R2",
                "active-update internal-server not-tried R2"), steps(r, Purposes.COMPONENT_UPDATE));
    }

    // "→ ActiveUpdate (the last only when allowed)"
    @Test
    void activeUpdateIsNotASourceUnlessAllowed() {
        Policy noActiveUpdate = Fixtures.withUpdates(BASE, false, UA);

        var r = run(noActiveUpdate, Fixtures.down(agent("Office", false), "ua.example"));

        assertEquals(List.of("ua.example:8080 internal-server failed R2", SERVER_AT + " internal-server ok R2"),
                steps(r, Purposes.COMPONENT_UPDATE));
    }

    // "'Update Now' — automatic proxy, else the user's proxy if the privilege is granted, else direct"
    @Test
    void updateNowUsesTheUserProxyWhenThePrivilegeIsGranted() {
        PurposeReport p = run(LAB_GRANTED, agent("Lab", false)).purpose(Purposes.UPDATE_NOW);

        assertEquals(List.of(Route.USER), routes(p));
        assertEquals("user-proxy.example:3128", p.attempts().get(0).proxy());
    }

    // "else the user's proxy *if the privilege is granted*, else direct"
    @Test
    void updateNowIgnoresTheUserProxyWithoutThePrivilege() {
        PurposeReport p = run(LAB_GRANTED, agent("Office", false)).purpose(Purposes.UPDATE_NOW);

        assertEquals(List.of(Route.DIRECT), routes(p));
        assertTrue(p.attempts().get(0).explanation().contains("privilege is not granted"),
                p.attempts().get(0).explanation());
    }

    // "A user-configured proxy is used only … when users disable, or the agent cannot detect, automatic proxy
    // settings": with automatic settings detected, the automatic proxy wins over a granted user proxy
    @Test
    void updateNowPrefersTheDetectedAutomaticProxyOverAGrantedUserProxy() {
        assertEquals(List.of(Route.AUTOMATIC),
                routes(run(LAB_GRANTED, agent("Lab", true)).purpose(Purposes.UPDATE_NOW)));
    }

    // "A user-configured proxy is used only for 'Update Now'": scheduled updates never take it
    @Test
    void scheduledUpdatesNeverUseTheUserProxy() {
        assertEquals(List.of(Route.INTERNAL_SERVER),
                routes(run(LAB_GRANTED, agent("Lab", false)).purpose(Purposes.COMPONENT_UPDATE)));
    }

    // "Wrong user settings break updates": an unreachable user proxy fails every source of "Update Now"
    @Test
    void aWrongUserProxyBreaksUpdateNow() {
        PurposeReport p = run(LAB_GRANTED, Fixtures.down(agent("Lab", false), "user-proxy.example"))
                .purpose(Purposes.UPDATE_NOW);

        assertEquals(Cause.PROXY_UNREACHABLE, p.cause());
        assertEquals(3, p.attempts().size());
    }

    // The privilege path ends with the agent's own node: an agent granted below a denied domain
    @Test
    void anAgentsOwnGrantCounts() {
        Policy agentGranted = BASE.withUserProxyPrivilege(new UserProxyPrivilege(ApplyMode.FUTURE_DOMAINS_ONLY,
                AgentTreeNode.root(Grant.DENIED, AgentTreeNode.domain("Office", Grant.INHERIT,
                        AgentTreeNode.agent("ws-1", Grant.GRANTED)))));

        assertEquals(List.of(Route.USER), routes(run(agentGranted, agent("Office", false)).purpose(Purposes.UPDATE_NOW)));
    }
}
