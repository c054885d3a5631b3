package org.agentproxy.simulation.impact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.simulation.Identified;
import org.agentproxy.simulation.internal.impact.BadValue;
import org.agentproxy.simulation.internal.impact.CsvFields;
import org.agentproxy.simulation.internal.impact.InventoryBuilder;
import org.agentproxy.simulation.scenario.AgentFamily;

/**
 * Reads an inventory CSV file (UTF-8, header {@link Inventory#HEADER}). Strict: the header must be exactly that;
 * every row has eight fields (RFC 4180 quoting allowed within a line); an agent id is unique; addresses, MACs and
 * {@code host:port} are literals; the family is {@code ipv4}, {@code ipv6} or {@code dual} and fits the address;
 * {@code auto_proxy_detected} is {@code true} or {@code false}. Blank lines are skipped. The first bad value ends the
 * reading with its line, column and reason.
 */
public final class InventoryReader {

    private static final String[] COLUMNS = Inventory.HEADER.split(",");

    private InventoryReader() {
    }

    public static Inventory read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /** Reads to the end of the reader; does not close it. */
    public static Inventory read(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String header = in.readLine();
        if (header == null) {
            throw new InventoryFormatException(1, "", "the file is empty: expected the header " + Inventory.HEADER);
        }
        header = header.startsWith("\uFEFF") ? header.substring(1) : header;
        if (!header.strip().equals(Inventory.HEADER)) {
            throw new InventoryFormatException(1, "", "the header must be " + Inventory.HEADER + ", not " + header);
        }
        InventoryBuilder rows = new InventoryBuilder();
        int lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                row(rows, line);
            } catch (BadValue e) {
                throw new InventoryFormatException(lineNumber, e.column(), e.getMessage());
            }
        }
        return new Inventory(rows.build());
    }

    private static void row(InventoryBuilder rows, String line) {
        List<String> f = CsvFields.split(line);
        if (f.size() != COLUMNS.length) {
            throw new BadValue("", "expected " + COLUMNS.length + " fields (" + Inventory.HEADER + "), found "
                    + f.size());
        }
        AgentFamily family = Identified.byId(AgentFamily.class, f.get(5).strip()).orElseThrow(() -> new BadValue(
                COLUMNS[5], "\"" + f.get(5) + "\" is not one of " + Identified.ids(AgentFamily.class)));
        String auto = f.get(6).strip();
        if (!auto.equals("true") && !auto.equals("false")) {
            throw new BadValue(COLUMNS[6], "\"" + f.get(6) + "\" is not true or false");
        }
        rows.add(f.get(0).strip(), f.get(1).strip(), f.get(2).strip(), f.get(3).strip(), f.get(4), family,
                auto.equals("true"), f.get(7).strip());
    }
}
