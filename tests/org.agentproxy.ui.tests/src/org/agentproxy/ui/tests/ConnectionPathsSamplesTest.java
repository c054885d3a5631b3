package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.tests.bots.ConnectionPathsBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connection Paths offers the shipped sample scenarios in a drop-down, and its form describes an external agent
 * completely (its system proxy included) without a scenario file.
 */
class ConnectionPathsSamplesTest extends StudioTestSupport {

    static final String INTERNAL = "Internal agent at headquarters, the integrated SPS and sps1 down";
    static final String EXTERNAL = "External agent in a hotel";
    static final String IPV6 = "IPv6-only agent in Lyon";

    @AfterEach
    void closeTheView() {
        studio.closeView("org.agentproxy.simulation.ui.connectionPaths");
    }

    @Test
    void theDropDownLoadsEachShippedSample() {
        ConnectionPathsBot paths = studio.connectionPaths();
        assertEquals(List.of(INTERNAL, EXTERNAL, IPV6), paths.samples().items());
        paths.waitForOutcome("configuration", 1, "ok");
        assertTrue(paths.status().contains("hq-lab-0042 10.10.9.42 is internal"), paths.status());

        paths.chooseSample(EXTERNAL);
        paths.waitForOutcome("file-reputation", 1, "ok");
        assertArrayEquals(new String[] {"file-reputation", "1", "system (proxy.hotel.example:8080)",
            "smart-protection-network", "ok", "R3"}, paths.attemptIds("file-reputation", 1));
        assertTrue(paths.status().contains("sales-nb-0100 192.0.2.100 is external"), paths.status());
        assertEquals("proxy.hotel.example:8080", paths.field("systemProxy").getText());
        assertEquals("home-proxy.example.net:8080", paths.field("userProxy").getText());

        paths.chooseSample(IPV6);
        paths.waitForOutcome("file-reputation", 2, "failed: address-family");
        assertTrue(paths.status().contains("lyon-ws-0008 fd00:20::8"), paths.status());
        assertEquals("fd00:20::8", paths.field("ip").getText());

        paths.chooseSample(INTERNAL);
        paths.waitForOutcome("predictive-machine-learning", 1, "failed: unreachable");
        assertEquals("10.10.9.42", paths.field("ip").getText());
    }

    @Test
    void anExternalAgentWithASystemProxyDescribedInTheForm() {
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome("configuration", 1, "ok");

        paths.field("ip").setText("192.0.2.100");
        paths.field("gateway").setText("192.0.2.1");
        paths.field("systemProxy").setText("proxy.hotel.example:8080");

        paths.waitForOutcome("web-reputation", 1, "ok");
        assertTrue(paths.status().contains("192.0.2.100 is external"), paths.status());
        assertArrayEquals(new String[] {"file-reputation", "1", "system (proxy.hotel.example:8080)",
            "smart-protection-network", "ok", "R3"}, paths.attemptIds("file-reputation", 1));
        assertArrayEquals(new String[] {"Web reputation", "1", "through the system proxy (proxy.hotel.example:8080)",
            "Smart Protection Network", "connected", "R4 \u00b7 Web reputation"}, paths.attempt("web-reputation", 1));

        paths.reachable("System proxy answers").uncheck();
        paths.waitForOutcome("file-reputation", 1, "failed: proxy-unreachable");

        paths.field("systemProxy").setText("");
        paths.waitForOutcome("file-reputation", 1, "ok");
        assertEquals("direct", paths.attemptIds("file-reputation", 1)[2]);

        paths.field("systemProxy").setText("proxy.hotel.example");
        studio.bot().waitUntil(Condition.of("the bad proxy is named", () -> paths.status().contains(
                "System proxy: \"proxy.hotel.example\" is not host:port")));
    }
}
