package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.impact.Change;
import org.agentproxy.simulation.impact.FleetImpact;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.InventoryFormatException;
import org.agentproxy.simulation.impact.InventoryReader;
import org.agentproxy.simulation.impact.PurposeImpact;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large inventory file is read in chunks on every core and its impact computed block by block: the results are
 * those of the rows one by one — the inventory the builder makes of the same values, and each agent's own
 * simulation — also for lines of every kind (quoted, non-ASCII, padded, CR LF, blank) and for errors on either side
 * of a chunk's end.
 */
class InventoryFileTest {

    private static final Policy CURRENT = Samples.policy("sample-policy.json");
    private static final Policy NEXT = Samples.policy("sample-policy-next.json");
    /** Enough rows for several chunks of the file and several blocks of the analysis. */
    private static final int ROWS = 60_000;

    @TempDir
    Path dir;

    @Test
    void aGeneratedFileReadsAsTheBuilderBuildsTheSameRows() throws IOException {
        List<GeneratedFleet.Row> rows = varied(GeneratedFleet.rows(ROWS, 7));
        Inventory fromFile = InventoryReader.read(write(rows, true));
        Inventory built = GeneratedFleet.inventory(rows);

        assertEquals(built.size(), fromFile.size());
        for (int row = 0; row < built.size(); row++) {
            assertEquals(built.agentId(row), fromFile.agentId(row), "row " + row);
        }
        for (Policy[] pair : new Policy[][] { { CURRENT, NEXT }, { NEXT, GeneratedFleet.variant(CURRENT) } }) {
            assertSameReport(FleetImpact.analyze(pair[0], pair[1], built, GeneratedFleet.harshWorld()),
                    FleetImpact.analyze(pair[0], pair[1], fromFile, GeneratedFleet.harshWorld()));
        }
    }

    @Test
    void theImpactOfAGeneratedFileIsWhatEachAgentsOwnSimulationSays() throws IOException {
        List<GeneratedFleet.Row> rows = varied(GeneratedFleet.rows(40_000, 11));
        Inventory inventory = InventoryReader.read(write(rows, false));

        FleetImpactTest.assertAgrees(GeneratedFleet.variant(CURRENT), NEXT, rows, inventory,
                GeneratedFleet.harshWorld());
    }

    @Test
    void aDuplicateInALaterChunkIsReportedOnItsOwnLine() throws IOException {
        List<String> lines = lines(ROWS);
        lines.set(ROWS - 10, "agent-5,10.0.0.1,,,,ipv4,false,");

        InventoryFormatException e = reject(lines);

        assertEquals(ROWS - 10 + 2, e.line()); // list index 0 is line 2, after the header
        assertEquals("agent_id: duplicate agent \"agent-5\" (line " + e.line() + ")", e.getMessage());
    }

    @Test
    void theFirstBadLineInTheFileWinsWhicheverChunkSeesItFirst() throws IOException {
        List<String> lines = lines(ROWS);
        lines.set(ROWS - 10, "agent-5,10.0.0.1,,,,ipv4,false,");
        lines.set(ROWS / 2, "agent-x,10.0.0.300,,,,ipv4,false,");

        InventoryFormatException e = reject(lines);

        assertEquals(ROWS / 2 + 2, e.line());
        assertEquals("ip", e.column());
    }

    @Test
    void onOneLineTheDuplicateComesBeforeTheOtherValues() throws IOException {
        List<String> lines = lines(ROWS);
        lines.set(ROWS - 3, "agent-7,10.0.0.300,,,,ipv4,false,");
        lines.set(ROWS - 2, "agent-9,10.0.0.1,,,,v4,false,");

        InventoryFormatException e = reject(lines);

        assertEquals(ROWS - 3 + 2, e.line());
        assertEquals("agent_id", e.column());
        lines.set(ROWS - 3, "agent-x3,10.0.0.3,,,,ipv4,false,");
        lines.set(ROWS - 2, "agent-9,10.0.0.1,,,,v4,false,"); // a bad family is found before the id is looked at
        e = reject(lines);
        assertEquals(ROWS - 2 + 2, e.line());
        assertEquals("address_family", e.column());
    }

    @Test
    void lineEndsOfEveryKindCountAsTheyDoForAReader() throws IOException {
        String csv = Inventory.HEADER + "\r" + "a,10.0.0.1,,,,ipv4,false,\r\n\r" + "b,10.0.0.2,,,,ipv4,false,\n"
                + "c,10.0.0.3,,,,ipv4,maybe,\r";
        Path file = dir.resolve("cr.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        InventoryFormatException e = assertThrows(InventoryFormatException.class, () -> InventoryReader.read(file));

        assertEquals(5, e.line());
        assertEquals("auto_proxy_detected", e.column());
        Files.writeString(file, csv.replace("maybe", "true"), StandardCharsets.UTF_8);
        assertEquals(3, InventoryReader.read(file).size());
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLine() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (Inventory.HEADER + "\na,10.0.0.1,,,Z\u00fcrich,ipv4,false,\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        InventoryFormatException e = assertThrows(InventoryFormatException.class, () -> InventoryReader.read(file));

        assertEquals(2, e.line());
        assertEquals("the line is not UTF-8 text", e.reason());
    }

    /** Rows with the values a reader must treat alike however they are written. */
    private static List<GeneratedFleet.Row> varied(List<GeneratedFleet.Row> rows) {
        List<GeneratedFleet.Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            GeneratedFleet.Row r = rows.get(i);
            if (i % 13 == 5) {
                r = new GeneratedFleet.Row(r.id() + ",\"q\"", r.ip(), r.gatewayIp(), r.gatewayMac(), r.domain(),
                        r.family(), r.auto(), r.userProxy());
            } else if (i % 17 == 3) {
                r = new GeneratedFleet.Row("z\u00fcrich-" + i, r.ip(), r.gatewayIp(), r.gatewayMac(),
                        "Z\u00fcrich/\u00c9tage " + (i % 3), r.family(), r.auto(), r.userProxy());
            } else if (i % 19 == 7 && r.family() == AgentFamily.IPV4) {
                r = new GeneratedFleet.Row(r.id(), r.ip(), r.gatewayIp(), r.gatewayMac(), r.domain(),
                        AgentFamily.DUAL, r.auto(), r.userProxy());
            }
            out.add(r);
        }
        return out;
    }

    private Path write(List<GeneratedFleet.Row> rows, boolean crlfAndPadding) throws IOException {
        StringBuilder b = new StringBuilder(Inventory.HEADER).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            GeneratedFleet.Row r = rows.get(i);
            String id = r.id().contains(",") ? "\"" + r.id().replace("\"", "\"\"") + "\"" : r.id();
            String pad = crlfAndPadding && i % 5 == 0 ? " " : "";
            b.append(id).append(',').append(pad).append(r.ip()).append(pad).append(',').append(r.gatewayIp())
                    .append(',').append(r.gatewayMac()).append(',').append(r.domain()).append(',')
                    .append(r.family().id()).append(pad).append(',').append(r.auto()).append(',')
                    .append(r.userProxy()).append(crlfAndPadding && i % 7 == 0 ? "\r\n" : "\n");
            if (i % 1000 == 999) {
                b.append(crlfAndPadding ? " \t\n" : "\n");
            }
        }
        Path file = dir.resolve("fleet-" + rows.size() + ".csv");
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> lines(int n) {
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add("agent-" + i + ",10.1." + (i / 250 % 256) + "." + (1 + i % 250) + ",,,Field Sales,ipv4,false,");
        }
        return lines;
    }

    private InventoryFormatException reject(List<String> lines) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, Inventory.HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return assertThrows(InventoryFormatException.class, () -> InventoryReader.read(file));
    }

    private static void assertSameReport(ImpactReport expected, ImpactReport actual) {
        assertEquals(expected.agents(), actual.agents());
        assertEquals(expected.purposes(), actual.purposes());
        assertEquals(expected.lostAgents(), actual.lostAgents());
        for (PurposeImpact p : expected.purposes()) {
            for (Change change : Change.values()) {
                assertEquals(expected.agents(p.purpose(), change), actual.agents(p.purpose(), change),
                        p.purpose() + " " + change);
            }
        }
    }
}
