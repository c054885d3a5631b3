package org.agentproxy.simulation.impact;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.agentproxy.simulation.internal.impact.InventoryFile;

/**
 * Reads an inventory CSV file (UTF-8, header {@link Inventory#HEADER}). Strict: the header must be exactly that;
 * every row has eight fields (RFC 4180 quoting allowed within a line); an agent id is unique; addresses, MACs and
 * {@code host:port} are literals; the family is {@code ipv4}, {@code ipv6} or {@code dual} and fits the address;
 * {@code auto_proxy_detected} is {@code true} or {@code false}. Blank lines are skipped. The first bad value ends the
 * reading with its line, column and reason. A file is read on every core, from its bytes, without a string per field
 * ({@code internal.impact.InventoryFile}).
 */
public final class InventoryReader {

    private InventoryReader() {
    }

    /** Reads a file, on every core (see {@link #read(Reader)} for the rules). */
    public static Inventory read(Path file) throws IOException {
        return new Inventory(InventoryFile.read(file));
    }

    /** Reads to the end of the reader; does not close it. */
    public static Inventory read(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return new Inventory(InventoryFile.read(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
