package org.agentproxy.simulation.internal.impact;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.agentproxy.simulation.Identified;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.scenario.AgentFamily;

/**
 * The rows of a run of whole lines of an inventory file, parsed from the file's bytes into {@link Columns}, with
 * dictionaries of its own (merged in file order afterwards). A line of ASCII without quotes — nearly every line of an
 * export — is parsed in place, without a string per field: its repeated values (gateway, domain, user proxy) are
 * looked up by their bytes among those already checked, an IPv4 address is read from the bytes. Any other line is
 * decoded and goes through {@link InventoryBuilder}'s rules, which the fast path keeps to value for value. Stops at
 * the first bad line, keeping its line and reason; duplicate ids are checked across all chunks by the caller.
 */
final class InventoryChunk {

    private static final String[] COLUMNS = Inventory.HEADER.split(",");
    private static final byte[] IPV4 = { 'i', 'p', 'v', '4' };
    private static final byte[] IPV6 = { 'i', 'p', 'v', '6' };
    private static final byte[] DUAL = { 'd', 'u', 'a', 'l' };
    private static final byte[] TRUE = { 't', 'r', 'u', 'e' };
    private static final byte[] FALSE = { 'f', 'a', 'l', 's', 'e' };

    final Columns columns = new Columns();
    final Dictionaries dictionaries = new Dictionaries();
    /** Per row, its line within the chunk (1-based). */
    final IntList rowLines = new IntList();
    /** Lines read (blank ones included). */
    int lines;
    /** The line of the first bad value within the chunk (1-based), or 0. */
    int errorLine;
    String errorColumn;
    String errorReason;
    /** Whether the bad line's id is the chunk's last row: the duplicate check comes before the values' checks. */
    boolean errorRowHasId;

    private final ByteKeys gatewayKeys = new ByteKeys();
    private final ByteKeys domainKeys = new ByteKeys();
    private final ByteKeys proxyKeys = new ByteKeys();
    private final int[] start = new int[8];
    private final int[] end = new int[8];
    private byte[] scratch = new byte[256];

    boolean failed() {
        return errorLine != 0;
    }

    /** Parses one line (without its terminator); returns false once a line was bad. */
    boolean line(byte[] b, int from, int to) {
        lines++;
        boolean simple = true;
        boolean blank = true;
        int fields = 0;
        int fieldStart = from;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c < 0 || c == '"') {
                simple = false;
                break;
            }
            if (c == ',') {
                if (fields < 8) {
                    start[fields] = fieldStart;
                    end[fields] = i;
                }
                fields++;
                fieldStart = i + 1;
            }
            if (blank && !whitespace(c)) {
                blank = false;
            }
        }
        try {
            if (!simple) {
                slow(b, from, to);
            } else if (!blank) {
                if (fields < 8) {
                    start[fields] = fieldStart;
                    end[fields] = to;
                }
                fast(b, fields + 1);
            }
            return true;
        } catch (BadValue e) {
            errorLine = lines;
            errorColumn = e.column();
            errorReason = e.getMessage();
            return false;
        }
    }

    private void fast(byte[] b, int count) {
        if (count != COLUMNS.length) {
            throw fieldCount(count);
        }
        strip(b);
        AgentFamily family = family(b);
        boolean auto;
        if (equals(b, 6, TRUE)) {
            auto = true;
        } else if (equals(b, 6, FALSE)) {
            auto = false;
        } else {
            throw new BadValue(COLUMNS[6], "\"" + raw(b, 6) + "\" is not true or false");
        }
        if (start[0] == end[0]) {
            throw new BadValue("agent_id", "is empty");
        }
        try {
            long v4 = Literals.ipv4(b, start[1], end[1]);
            long hi = 0;
            long lo = v4;
            boolean v6 = false;
            if (v4 < 0) {
                var bits = InventoryBuilder.ip(text(b, 1), family);
                hi = bits.hi();
                lo = bits.lo();
                v6 = bits.v6();
            } else if (family == AgentFamily.IPV6) {
                InventoryBuilder.family(family, false, text(b, 1));
            }
            int gateway = gateway(b);
            int domain = cached(domainKeys, b, start[4], end[4], () -> dictionaries.domain(text(b, 4)));
            int proxy = start[7] == end[7] ? 0
                    : cached(proxyKeys, b, start[7], end[7], () -> dictionaries.proxy(text(b, 7)));
            columns.begin();
            columns.id(b, start[0], end[0], true);
            columns.set(hi, lo, InventoryBuilder.flags(family, v6, auto), gateway, domain, proxy);
            rowLines.add(lines);
        } catch (BadValue e) {
            keepId(b, start[0], end[0], true);
            throw e;
        }
    }

    /** The row of a line whose values are bad, with only its id: the caller checks it for a duplicate first. */
    private void keepId(byte[] b, int from, int to, boolean ascii) {
        columns.begin();
        columns.id(b, from, to, ascii);
        columns.set(0, 0, (byte) 0, 0, 0, 0);
        rowLines.add(lines);
        errorRowHasId = true;
    }

    private int gateway(byte[] b) {
        int ipLength = end[2] - start[2];
        int macLength = end[3] - start[3];
        if (ipLength == 0 && macLength == 0) {
            return 0;
        }
        int n = ipLength + 1 + macLength;
        if (scratch.length < n) {
            scratch = new byte[Math.max(n, scratch.length * 2)];
        }
        System.arraycopy(b, start[2], scratch, 0, ipLength);
        scratch[ipLength] = ',';
        System.arraycopy(b, start[3], scratch, ipLength + 1, macLength);
        int known = gatewayKeys.get(scratch, 0, n);
        if (known >= 0) {
            return known;
        }
        int index = dictionaries.gateway(text(b, 2), text(b, 3));
        gatewayKeys.put(scratch, 0, n, index);
        return index;
    }

    private interface Check {
        int index();
    }

    private static int cached(ByteKeys keys, byte[] b, int from, int to, Check check) {
        int known = keys.get(b, from, to);
        if (known >= 0) {
            return known;
        }
        int index = check.index();
        keys.put(b, from, to, index);
        return index;
    }

    private AgentFamily family(byte[] b) {
        if (equals(b, 5, IPV4)) {
            return AgentFamily.IPV4;
        }
        if (equals(b, 5, IPV6)) {
            return AgentFamily.IPV6;
        }
        if (equals(b, 5, DUAL)) {
            return AgentFamily.DUAL;
        }
        throw new BadValue(COLUMNS[5], "\"" + raw(b, 5) + "\" is not one of " + Identified.ids(AgentFamily.class));
    }

    /** A line with non-ASCII bytes or quotes: decoded, then the reader's rules on strings. */
    private void slow(byte[] b, int from, int to) {
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadValue("", "the line is not UTF-8 text");
        }
        if (line.isBlank()) {
            return;
        }
        List<String> f = CsvFields.split(line);
        if (f.size() != COLUMNS.length) {
            throw fieldCount(f.size());
        }
        AgentFamily family = Identified.byId(AgentFamily.class, f.get(5).strip()).orElseThrow(() -> new BadValue(
                COLUMNS[5], "\"" + f.get(5) + "\" is not one of " + Identified.ids(AgentFamily.class)));
        String auto = f.get(6).strip();
        if (!auto.equals("true") && !auto.equals("false")) {
            throw new BadValue(COLUMNS[6], "\"" + f.get(6) + "\" is not true or false");
        }
        String id = f.get(0).strip();
        if (id.isEmpty()) {
            throw new BadValue("agent_id", "is empty");
        }
        try {
            InventoryBuilder.values(columns, dictionaries, id, f.get(1).strip(), f.get(2).strip(), f.get(3).strip(),
                    f.get(4), family, auto.equals("true"), f.get(7).strip());
            rowLines.add(lines);
        } catch (BadValue e) {
            byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
            keepId(bytes, 0, bytes.length, bytes.length == id.length());
            throw e;
        }
    }

    private static BadValue fieldCount(int count) {
        return new BadValue("", "expected " + COLUMNS.length + " fields (" + Inventory.HEADER + "), found " + count);
    }

    /** Strips each field's leading and trailing whitespace (ASCII: as {@link String#strip()} does). */
    private void strip(byte[] b) {
        for (int k = 0; k < 8; k++) {
            int s = start[k];
            int e = end[k];
            while (s < e && whitespace(b[s])) {
                s++;
            }
            while (e > s && whitespace(b[e - 1])) {
                e--;
            }
            rawStart[k] = start[k];
            rawEnd[k] = end[k];
            start[k] = s;
            end[k] = e;
        }
    }

    private final int[] rawStart = new int[8];
    private final int[] rawEnd = new int[8];

    private String raw(byte[] b, int k) {
        return new String(b, rawStart[k], rawEnd[k] - rawStart[k], StandardCharsets.ISO_8859_1);
    }

    private String text(byte[] b, int k) {
        return new String(b, start[k], end[k] - start[k], StandardCharsets.ISO_8859_1);
    }

    private boolean equals(byte[] b, int k, byte[] word) {
        int s = start[k];
        if (end[k] - s != word.length) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (b[s + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@link Character#isWhitespace} for an ASCII byte. */
    static boolean whitespace(byte c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }

}
