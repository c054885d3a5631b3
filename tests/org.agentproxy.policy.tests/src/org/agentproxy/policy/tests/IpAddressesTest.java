package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.agentproxy.policy.net.AddressFamily;
import org.agentproxy.policy.net.IpAddresses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict IP literals: parsing (never a name lookup), family, and ordering by number. */
class IpAddressesTest {

    private static InetAddress parse(String literal) {
        return IpAddresses.parse(literal).orElseThrow(() -> new AssertionError("not parsed: " + literal));
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource({ "10.0.0.1, IPV4, 10.0.0.1", "0.0.0.0, IPV4, 0.0.0.0", "255.255.255.255, IPV4, 255.255.255.255",
            "::1, IPV6, 0:0:0:0:0:0:0:1", "[2001:db8::1], IPV6, 2001:db8:0:0:0:0:0:1",
            "2001:db8::192.168.0.1, IPV6, 2001:db8:0:0:0:0:c0a8:1", "FD00:10::1, IPV6, fd00:10:0:0:0:0:0:1",
            ":: , IPV6, 0:0:0:0:0:0:0:0" })
    void parsesLiteralsOfBothFamilies(String literal, AddressFamily family, String canonical) {
        InetAddress address = parse(literal);

        assertEquals(family, IpAddresses.familyOf(address));
        assertEquals(canonical, address.getHostAddress());
        assertTrue(IpAddresses.isLiteral(literal));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.-4", "1..2.3", "+1.2.3.4",
            "1.2.3.4 ", "0x7f.0.0.1", "2130706433", "2001:db8:::1", "fe80::1%eth0", "fe80::1%1", "[::1", "::1]",
            "[[::1]]", "::g", "1:2:3:4:5:6:7:8:9", "localhost", "proxy.corp.example", ":", "١.٢.٣.٤" })
    void rejectsEverythingElse(String literal) {
        assertEquals(Optional.empty(), IpAddresses.parse(literal));
        assertFalse(IpAddresses.isLiteral(literal));
    }

    @Test
    void rejectsNull() {
        assertEquals(Optional.empty(), IpAddresses.parse(null));
    }

    @Test
    void neverLooksANameUp() {
        // a name that resolves everywhere is still not a literal
        assertEquals(Optional.empty(), IpAddresses.parse("localhost"));
    }

    @Test
    void numbersOrderAddressesOfOneFamily() {
        List<String> sorted = List.of("10.0.0.10", "9.255.255.255", "10.0.0.9", "192.168.0.1", "10.0.1.0").stream()
                .map(IpAddressesTest::parse).sorted(Comparator.comparing(IpAddresses::toNumber))
                .map(InetAddress::getHostAddress).toList();

        assertEquals(List.of("9.255.255.255", "10.0.0.9", "10.0.0.10", "10.0.1.0", "192.168.0.1"), sorted);
    }

    @Test
    void numbersAreUnsigned() {
        assertEquals(new BigInteger("4294967295"), IpAddresses.toNumber(parse("255.255.255.255")));
        assertEquals(BigInteger.ONE, IpAddresses.toNumber(parse("::1")));
        assertEquals(BigInteger.TWO.pow(128).subtract(BigInteger.ONE),
                IpAddresses.toNumber(parse("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")));
        assertTrue(IpAddresses.toNumber(parse("fd00::1")).compareTo(IpAddresses.toNumber(parse("2001:db8::1"))) > 0);
    }

    @Test
    void spellingsOfOneAddressHaveOneNumber() {
        assertEquals(IpAddresses.toNumber(parse("fd00:10::1")), IpAddresses.toNumber(parse("[FD00:0010:0:0::1]")));
    }
}
