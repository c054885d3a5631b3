package org.agentproxy.simulation.internal.impact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.InventoryFormatException;

/**
 * Reads an inventory CSV from its bytes on every core: the file is cut at line ends into chunks, each chunk is read
 * and parsed by its own task ({@link InventoryChunk}: no string per field), then the chunks' columns are joined in
 * file order and the ids checked for duplicates by hash partitions, also in parallel. The result — values, their
 * order, the first bad line and its reason — is what reading the lines one after the other gives.
 */
public final class InventoryFile {

    /** Where the bytes come from: a file read at positions from several threads, or an array. */
    private interface Source {
        /** Reads up to {@code length} bytes at {@code position}; returns the count, 0 or less at the end. */
        int read(long position, byte[] into, int offset, int length) throws IOException;

        long size() throws IOException;
    }

    private static final int MIN_CHUNK = 256 * 1024;
    private static final int MAX_CHUNK = 8 * 1024 * 1024;
    private static final int PARTITIONS = 16;

    private InventoryFile() {
    }

    public static InventoryData read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(new Source() {
                @Override
                public int read(long position, byte[] into, int offset, int length) throws IOException {
                    return channel.read(ByteBuffer.wrap(into, offset, length), position);
                }

                @Override
                public long size() throws IOException {
                    return channel.size();
                }
            });
        }
    }

    public static InventoryData read(byte[] content) throws IOException {
        return read(new Source() {
            @Override
            public int read(long position, byte[] into, int offset, int length) {
                int n = (int) Math.min(length, content.length - position);
                if (n <= 0) {
                    return -1;
                }
                System.arraycopy(content, (int) position, into, offset, n);
                return n;
            }

            @Override
            public long size() {
                return content.length;
            }
        });
    }

    private static InventoryData read(Source source) throws IOException {
        long size = source.size();
        long bodyStart = header(source, size);
        long[] bounds = chunks(source, bodyStart, size);
        int n = bounds.length - 1;
        InventoryChunk[] chunks = new InventoryChunk[n];
        try {
            IntStream.range(0, n).parallel().forEach(i -> {
                try {
                    chunks[i] = parse(source, bounds[i], bounds[i + 1]);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int failed = 0;
        while (failed < n && !chunks[failed].failed()) {
            failed++;
        }
        int used = Math.min(failed + 1, n);
        int[] lineBase = new int[n + 1];
        lineBase[0] = 1; // the header
        for (int i = 0; i < n; i++) {
            lineBase[i + 1] = lineBase[i] + chunks[i].lines;
        }
        long duplicate = firstDuplicate(chunks, used);
        int errorLine = failed < n ? lineBase[failed] + chunks[failed].errorLine : Integer.MAX_VALUE;
        if (duplicate >= 0) {
            int c = (int) (duplicate >>> 32);
            int row = (int) duplicate;
            int line = lineBase[c] + chunks[c].rowLines.get(row);
            if (line <= errorLine) { // on the bad line itself, the duplicate check comes first
                throw new InventoryFormatException(line, "agent_id", "duplicate agent \"" + id(chunks[c].columns, row)
                        + "\"");
            }
        }
        if (failed < n) {
            InventoryChunk bad = chunks[failed];
            throw new InventoryFormatException(errorLine, bad.errorColumn, bad.errorReason);
        }
        return join(chunks);
    }

    /** Checks the header; returns the position of the first byte after it. */
    private static long header(Source source, long size) throws IOException {
        if (size == 0) {
            throw new InventoryFormatException(1, "", "the file is empty: expected the header " + Inventory.HEADER);
        }
        byte[] buf = new byte[8192];
        int len = 0;
        long pos = 0;
        while (true) {
            for (int i = 0; i < len; i++) {
                if (buf[i] == '\n' || buf[i] == '\r') {
                    if (buf[i] == '\r' && i + 1 == len && pos < size) {
                        break; // is it \r\n? read on
                    }
                    checkHeader(buf, i);
                    return buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n' ? i + 2 : i + 1;
                }
            }
            if (pos >= size) {
                checkHeader(buf, len);
                return len;
            }
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int r = source.read(pos, buf, len, buf.length - len);
            if (r <= 0) {
                size = pos;
                continue;
            }
            len += r;
            pos += r;
        }
    }

    private static void checkHeader(byte[] b, int length) throws InventoryFormatException {
        String header;
        try {
            header = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new InventoryFormatException(1, "", "the header must be " + Inventory.HEADER
                    + ", and the file UTF-8 text");
        }
        header = header.startsWith("\uFEFF") ? header.substring(1) : header;
        if (!header.strip().equals(Inventory.HEADER)) {
            throw new InventoryFormatException(1, "", "the header must be " + Inventory.HEADER + ", not " + header);
        }
    }

    /** Chunk bounds: each after a line feed (or the end), so that no line, and no CR LF, is cut. */
    private static long[] chunks(Source source, long from, long size) throws IOException {
        int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        long target = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, (size - from) / (4L * parallelism) + 1));
        List<Long> bounds = new ArrayList<>();
        bounds.add(from);
        byte[] probe = new byte[4096];
        long at = from + target;
        while (at < size) {
            long next = -1;
            for (long p = at; p < size && next < 0;) {
                int r = source.read(p, probe, 0, probe.length);
                if (r <= 0) {
                    break;
                }
                for (int i = 0; i < r; i++) {
                    if (probe[i] == '\n') {
                        next = p + i + 1;
                        break;
                    }
                }
                p += r;
            }
            if (next < 0 || next >= size) {
                break;
            }
            bounds.add(next);
            at = next + target;
        }
        bounds.add(size);
        return bounds.stream().mapToLong(Long::longValue).toArray();
    }

    /** Parses the lines of {@code [from, to)}. */
    private static InventoryChunk parse(Source source, long from, long to) throws IOException {
        InventoryChunk chunk = new InventoryChunk();
        byte[] buf = new byte[(int) Math.min(1 << 20, Math.max(1024, to - from))];
        int len = 0;
        int i = 0;
        long pos = from;
        while (true) {
            boolean eof = pos >= to;
            if (!eof) {
                int r = source.read(pos, buf, len, (int) Math.min(buf.length - len, to - pos));
                if (r <= 0) {
                    eof = true;
                    pos = to;
                } else {
                    len += r;
                    pos += r;
                    eof = pos >= to;
                }
            }
            int lineStart = 0;
            while (true) {
                while (i < len && buf[i] != '\n' && buf[i] != '\r') {
                    i++;
                }
                if (i == len) {
                    break;
                }
                int next;
                if (buf[i] == '\n') {
                    next = i + 1;
                } else if (i + 1 < len) {
                    next = buf[i + 1] == '\n' ? i + 2 : i + 1;
                } else if (eof) {
                    next = i + 1;
                } else {
                    break; // a CR at the end of what was read: is a LF next?
                }
                if (!chunk.line(buf, lineStart, i)) {
                    return chunk;
                }
                lineStart = next;
                i = next;
            }
            if (eof) {
                if (lineStart < len) {
                    chunk.line(buf, lineStart, len);
                }
                return chunk;
            }
            len -= lineStart;
            System.arraycopy(buf, lineStart, buf, 0, len);
            i -= lineStart;
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }
    }

    /**
     * The first row (in file order, among the first {@code used} chunks) whose id an earlier row has, as
     * {@code chunk << 32 | row}, or -1. Each partition of the ids' hashes is checked by its own task.
     */
    private static long firstDuplicate(InventoryChunk[] chunks, int used) {
        long first = IntStream.range(0, PARTITIONS).parallel().mapToLong(p -> firstDuplicate(chunks, used, p))
                .min().orElse(Long.MAX_VALUE);
        return first == Long.MAX_VALUE ? -1 : first;
    }

    private static String id(Columns c, int row) {
        return new String(c.idBytes, c.idStart[row], c.idStart[row + 1] - c.idStart[row], StandardCharsets.UTF_8);
    }

    private static long firstDuplicate(InventoryChunk[] chunks, int used, int partition) {
        int rows = 0;
        for (int c = 0; c < used; c++) {
            rows += chunks[c].columns.size;
        }
        int capacity = Integer.highestOneBit(Math.max(16, rows / PARTITIONS * 2)) << 1;
        int[] hashes = new int[capacity];
        long[] entries = new long[capacity];
        Arrays.fill(entries, -1);
        int mask = capacity - 1;
        int size = 0;
        for (int c = 0; c < used; c++) {
            Columns col = chunks[c].columns;
            int[] idHash = col.idHash;
            for (int r = 0; r < col.size; r++) {
                int h = mix(idHash[r]);
                if ((h & (PARTITIONS - 1)) != partition) {
                    continue;
                }
                if ((size + 1) * 2 > capacity) {
                    // grow
                    int[] oldHashes = hashes;
                    long[] oldEntries = entries;
                    capacity *= 2;
                    mask = capacity - 1;
                    hashes = new int[capacity];
                    entries = new long[capacity];
                    Arrays.fill(entries, -1);
                    for (int k = 0; k < oldEntries.length; k++) {
                        if (oldEntries[k] >= 0) {
                            int j = (oldHashes[k] >>> 4) & mask;
                            while (entries[j] >= 0) {
                                j = (j + 1) & mask;
                            }
                            hashes[j] = oldHashes[k];
                            entries[j] = oldEntries[k];
                        }
                    }
                }
                int j = (h >>> 4) & mask;
                while (entries[j] >= 0) {
                    if (hashes[j] == h) {
                        long e = entries[j];
                        if (col.sameId(r, chunks[(int) (e >>> 32)].columns, (int) e)) {
                            return ((long) c << 32) | r;
                        }
                    }
                    j = (j + 1) & mask;
                }
                hashes[j] = h;
                entries[j] = ((long) c << 32) | r;
                size++;
            }
        }
        return Long.MAX_VALUE;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    /** The chunks' columns one after the other, their dictionaries merged in file order. */
    private static InventoryData join(InventoryChunk[] chunks) {
        Dictionaries all = new Dictionaries();
        int[][] gateways = new int[chunks.length][];
        int[][] domains = new int[chunks.length][];
        int[][] proxies = new int[chunks.length][];
        int[] rowBase = new int[chunks.length + 1];
        int[] idBase = new int[chunks.length + 1];
        for (int c = 0; c < chunks.length; c++) {
            Dictionaries d = chunks[c].dictionaries;
            gateways[c] = new int[d.gatewayCount()];
            for (int k = 1; k < gateways[c].length; k++) {
                var g = d.gatewayAt(k);
                gateways[c][k] = all.gateway(g.ip(), g.mac() == null ? "" : g.mac());
            }
            domains[c] = new int[d.domainCount()];
            for (int k = 0; k < domains[c].length; k++) {
                domains[c][k] = all.domain(d.domainAt(k));
            }
            proxies[c] = new int[d.proxyCount()];
            for (int k = 1; k < proxies[c].length; k++) {
                proxies[c][k] = all.proxy(d.proxyTextAt(k));
            }
            rowBase[c + 1] = rowBase[c] + chunks[c].columns.size;
            long ids = (long) idBase[c] + chunks[c].columns.idLength;
            if (ids > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("the agent ids take more than 2 GB");
            }
            idBase[c + 1] = (int) ids;
        }
        int size = rowBase[chunks.length];
        byte[] idBytes = new byte[idBase[chunks.length]];
        int[] idStart = new int[size + 1];
        int[] idFolds = new int[size];
        long[] hi = new long[size];
        long[] lo = new long[size];
        byte[] flags = new byte[size];
        int[] gateway = new int[size];
        int[] domain = new int[size];
        int[] userProxy = new int[size];
        IntStream.range(0, chunks.length).parallel().forEach(c -> {
            Columns col = chunks[c].columns;
            int base = rowBase[c];
            int n = col.size;
            System.arraycopy(col.idBytes, 0, idBytes, idBase[c], col.idLength);
            for (int r = 0; r < n; r++) {
                idStart[base + r] = idBase[c] + col.idStart[r];
                gateway[base + r] = gateways[c][col.gateway[r]];
                domain[base + r] = domains[c][col.domain[r]];
                userProxy[base + r] = proxies[c][col.userProxy[r]];
            }
            System.arraycopy(col.idFold, 0, idFolds, base, n);
            System.arraycopy(col.hi, 0, hi, base, n);
            System.arraycopy(col.lo, 0, lo, base, n);
            System.arraycopy(col.flags, 0, flags, base, n);
        });
        idStart[size] = idBase[chunks.length];
        return new InventoryData(size, idBytes, idStart, idFolds, hi, lo, flags, gateway, domain, userProxy,
                all.gateways(), all.domains(), all.proxies());
    }
}
