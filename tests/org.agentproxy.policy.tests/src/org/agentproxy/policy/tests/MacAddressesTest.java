package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.policy.net.MacAddresses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** MAC address literals: six hexadecimal pairs separated by ':' or '-'. */
class MacAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = { "00:1a:2b:3c:4d:5e", "00-1A-2B-3C-4D-5E", "ff:ff:ff:ff:ff:ff", "Aa:bB:00:11:22:33" })
    void valid(String mac) {
        assertTrue(MacAddresses.isValid(mac));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "00:1a:2b:3c:4d", "00:1a:2b:3c:4d:5e:6f", "00:1a:2b:3c:4d:5g", "00:1a-2b:3c:4d:5e",
            "001a.2b3c.4d5e", "001a2b3c4d5e", "0:1a:2b:3c:4d:5e", "00:1a:2b:3c:4d:5e ", " 00:1a:2b:3c:4d:5e",
            "00:1a:2b:3c:4d:5e\n", "00_1a_2b_3c_4d_5e" })
    void invalid(String mac) {
        assertFalse(MacAddresses.isValid(mac));
    }

    @Test
    void nullIsInvalid() {
        assertFalse(MacAddresses.isValid(null));
    }

    @ParameterizedTest
    @CsvSource({ "00-1A-2B-3C-4D-5E, 00:1a:2b:3c:4d:5e", "00:1a:2b:3c:4d:5e, 00:1a:2b:3c:4d:5e",
            "AA:BB:CC:DD:EE:FF, aa:bb:cc:dd:ee:ff" })
    void normalizedToLowerCaseWithColons(String mac, String normalized) {
        assertEquals(normalized, MacAddresses.normalize(mac));
    }
}
