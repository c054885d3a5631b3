package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.NodeKind;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.net.AddressFamily;
import org.agentproxy.policy.net.HostNames;
import org.agentproxy.policy.net.IpAddresses;
import org.agentproxy.policy.net.MacAddresses;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The samples under {@code docs/samples}, as shipped: the valid ones are valid, the broken ones are rejected. */
class SamplesTest {

    private static final String FLEET_HEADER = "agent_id,ip,gateway_ip,gateway_mac,domain,address_family,"
            + "auto_proxy_detected,user_proxy";

    static Stream<Path> validSamples() throws IOException {
        return jsonFilesIn(Samples.dir());
    }

    static Stream<Path> invalidSamples() throws IOException {
        return jsonFilesIn(Samples.dir().resolve("invalid"));
    }

    private static Stream<Path> jsonFilesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> json = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            assertFalse(json.isEmpty(), () -> "no samples in " + dir);
            return json.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void aValidSampleDecodesWithoutValidationErrors(Path sample) throws IOException {
        Policy policy = PolicyCodec.read(sample);

        List<Problem> errors = PolicyValidator.validate(policy).stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors, () -> sample.getFileName() + " has errors");
    }

    @ParameterizedTest
    @MethodSource("invalidSamples")
    void anInvalidSampleIsRejected(Path sample) throws IOException {
        Policy policy;
        try {
            policy = PolicyCodec.read(sample);
        } catch (PolicyFormatException e) {
            assertTrue(e.line() > 0, () -> sample.getFileName() + " rejected without a line: " + e.getMessage());
            return; // rejected by the codec
        }
        assertFalse(PolicyValidator.isValid(policy),
                () -> sample.getFileName() + " is accepted by both the codec and the validator");
    }

    @Test
    void theBadPortAndPacSampleFailsValidationWhereItIsBroken() throws IOException {
        Policy policy = PolicyCodec.read(Samples.dir().resolve("invalid/bad-port-and-pac.json"));

        List<String> errors = PolicyValidator.validate(policy).stream().filter(Problem::isError).map(Problem::path)
                .toList();
        assertEquals(List.of("internalAgents.server.host", "internalAgents.server.port", "internalAgents.server.password",
                "automaticProxy.pacUrl"), errors);
    }

    @Test
    void theFleetHasTheDocumentedHeader() throws IOException {
        assertEquals(FLEET_HEADER, fleet().get(0));
    }

    @Test
    void everyFleetRowHasEightValidColumns() throws IOException {
        List<String> lines = fleet();
        Set<String> ids = new HashSet<>();
        Set<String> domains = domainsOf(Samples.samplePolicy().userProxyPrivilege().root());
        assertTrue(lines.size() > 1, "the fleet has agents");
        for (int i = 1; i < lines.size(); i++) {
            String row = "row " + (i + 1) + " (" + lines.get(i) + ")";
            String[] c = lines.get(i).split(",", -1);
            assertEquals(8, c.length, () -> row + ": columns");
            assertTrue(ids.add(c[0]), () -> row + ": duplicate agent_id");
            assertTrue(IpAddresses.isLiteral(c[1]), () -> row + ": ip");
            assertTrue(IpAddresses.isLiteral(c[2]), () -> row + ": gateway_ip");
            assertTrue(c[3].isEmpty() || MacAddresses.isValid(c[3]), () -> row + ": gateway_mac");
            assertTrue(domains.contains(c[4]), () -> row + ": domain not in the sample's agent tree");
            assertTrue(Set.of("ipv4", "ipv6", "dual").contains(c[5]), () -> row + ": address_family");
            assertTrue(Set.of("true", "false").contains(c[6]), () -> row + ": auto_proxy_detected");
            assertTrue(c[7].isEmpty() || isHostAndPort(c[7]), () -> row + ": user_proxy");
            if (!c[5].equals("dual")) {
                AddressFamily family = c[5].equals("ipv4") ? AddressFamily.IPV4 : AddressFamily.IPV6;
                assertEquals(family, IpAddresses.familyOf(IpAddresses.parse(c[1]).orElseThrow()), () -> row + ": ip");
                assertEquals(family, IpAddresses.familyOf(IpAddresses.parse(c[2]).orElseThrow()),
                        () -> row + ": gateway_ip");
            }
        }
    }

    private static List<String> fleet() throws IOException {
        List<String> lines = Files.readAllLines(Samples.dir().resolve("fleet.csv"), StandardCharsets.UTF_8);
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }

    private static boolean isHostAndPort(String value) {
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        try {
            int port = Integer.parseInt(value.substring(colon + 1));
            return port >= 1 && port <= 65535 && HostNames.problem(value.substring(0, colon)).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Set<String> domainsOf(AgentTreeNode node) {
        Set<String> names = new HashSet<>();
        for (AgentTreeNode child : node.children()) {
            if (child.kind() == NodeKind.DOMAIN) {
                names.add(child.name());
                names.addAll(domainsOf(child));
            }
        }
        return names;
    }
}
