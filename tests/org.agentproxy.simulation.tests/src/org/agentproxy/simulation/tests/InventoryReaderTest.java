package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.InventoryFormatException;
import org.agentproxy.simulation.impact.InventoryReader;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.junit.jupiter.api.Test;

/** The inventory CSV reader: strict, every error with its line, column and reason. */
class InventoryReaderTest {

    private static final String HEADER = Inventory.HEADER + "\n";

    private static Inventory read(String csv) throws Exception {
        return InventoryReader.read(new StringReader(csv));
    }

    private static InventoryFormatException reject(String csv) {
        return assertThrows(InventoryFormatException.class, () -> read(csv));
    }

    @Test
    void theSampleFleetReads() {
        Inventory fleet = Samples.fleet();

        assertEquals(7, fleet.size());
        assertEquals("hq-ws-0001", fleet.agentId(0));
        assertEquals("sales-nb-0101", fleet.agentId(6));
    }

    @Test
    void quotedFieldsABomAndBlankLinesAreAccepted() throws Exception {
        Inventory i = read("\uFEFF" + HEADER + "\n\"a,1\",10.0.0.1,10.0.0.254,,\"Sales, \"\"EMEA\"\"\",ipv4,true,\n\n"
                + "b,fd00::2,,,,dual,false,[fd00::9]:3128\n");

        assertEquals(2, i.size());
        assertEquals("a,1", i.agentId(0));
    }

    @Test
    void theHeaderMustBeExact() {
        InventoryFormatException e = reject("agent,ip\n");

        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("the header must be " + Inventory.HEADER), e.getMessage());
        assertEquals(1, reject("").line());
    }

    @Test
    void eachBadValueNamesItsLineAndColumn() {
        assertError("x,10.0.0.300,,,,ipv4,false,", 2, "ip", "\"10.0.0.300\" is not an IPv4 or IPv6 address");
        assertError("x,10.0.0.1,10.0.0.254,00:11,,ipv4,false,", 2, "gateway_mac",
                "\"00:11\" is not a MAC address like 00:1a:2b:3c:4d:5e");
        assertError("x,10.0.0.1,,00:11:22:33:44:55,,ipv4,false,", 2, "gateway_mac", "is set but gateway_ip is empty");
        assertError("x,10.0.0.1,,,,ipv6,false,", 2, "address_family", "\"ipv6\" does not match the address 10.0.0.1");
        assertError("x,10.0.0.1,,,,v4,false,", 2, "address_family", "\"v4\" is not one of \"ipv4\", \"ipv6\", \"dual\"");
        assertError("x,10.0.0.1,,,,ipv4,yes,", 2, "auto_proxy_detected", "\"yes\" is not true or false");
        assertError("x,10.0.0.1,,,,ipv4,false,proxy.example", 2, "user_proxy",
                "\"proxy.example\" is not host:port ([IPv6]:port for an IPv6 address)");
        assertError("x,10.0.0.1,,,,ipv4,false,proxy.example:0", 2, "user_proxy",
                "port of \"proxy.example:0\" must be between 1 and 65535");
        assertError(",10.0.0.1,,,,ipv4,false,", 2, "agent_id", "is empty");
        assertError("x,10.0.0.1,,,ipv4,false,", 2, "", "expected 8 fields (" + Inventory.HEADER + "), found 7");
        assertError("\"x,10.0.0.1,,,,ipv4,false,", 2, "", "a quoted field is not closed");
    }

    @Test
    void aDuplicateAgentIsReportedOnItsSecondLine() {
        InventoryFormatException e = reject(HEADER + "x,10.0.0.1,,,,ipv4,false,\n\ny,10.0.0.2,,,,ipv4,false,\n"
                + "x,10.0.0.3,,,,ipv4,false,\n");

        assertEquals(5, e.line());
        assertEquals("agent_id: duplicate agent \"x\" (line 5)", e.getMessage());
    }

    @Test
    void theBuilderChecksLikeTheReader() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Inventory.builder()
                .add("a", "10.0.0.1", "", "", "", AgentFamily.IPV6, false, ""));

        assertEquals("address_family: \"ipv6\" does not match the address 10.0.0.1", e.getMessage());
    }

    private static void assertError(String row, int line, String column, String reason) {
        InventoryFormatException e = reject(HEADER + row + "\n");
        assertEquals(line, e.line(), row);
        assertEquals(column, e.column(), row);
        assertEquals(reason, e.reason(), row);
    }
}
