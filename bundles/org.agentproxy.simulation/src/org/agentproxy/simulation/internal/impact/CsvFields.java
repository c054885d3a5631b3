package org.agentproxy.simulation.internal.impact;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into fields (RFC 4180 quoting within the line: {@code "a ""b"", c"}). */
public final class CsvFields {

    private CsvFields() {
    }

    /**
     * @throws BadValue when a quoted field is not closed, or a quote is followed by something else than a comma
     */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>(8);
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new BadValue("", "a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            b.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        b.append(c);
                    }
                }
                fields.add(b.toString());
                if (i < n && line.charAt(i) != ',') {
                    throw new BadValue("", "unexpected text after a quoted field (column " + (fields.size()) + ")");
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                fields.add(line.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }
}
