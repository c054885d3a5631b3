package org.agentproxy.fuzz.tests;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.StringReader;

import org.agentproxy.simulation.impact.InventoryFormatException;
import org.agentproxy.simulation.impact.InventoryReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The inventory CSV reader on any text: an inventory or an InventoryFormatException naming line and column. */
class InventoryReaderFuzzTest {

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void readsAnyTextOrSaysWhere(byte[] bytes) throws IOException {
        String input = new String(bytes, StandardCharsets.UTF_8);
        try {
            InventoryReader.read(new StringReader(input));
        } catch (InventoryFormatException expected) {
            Fuzzing.checkMessage(expected);
        }
    }
}
