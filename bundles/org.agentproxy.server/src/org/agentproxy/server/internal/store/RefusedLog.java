package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The audit log of refused admin requests, {@code DIR/refused-admin.log}: one JSON line per request refused for
 * its token ({@code missing-token}, {@code wrong-token}, {@code too-many-refused-tokens}) with the time, the
 * client address, the method, the path and the error — never the token or anything derived from it. Owner-only
 * (0600). Past {@value #ROTATE_AT} bytes it moves to {@code refused-admin.log.1} (replacing the older one), so
 * that a flood of refusals cannot fill the disk. Thread-safe.
 */
public final class RefusedLog {

    /** The file's name in the data directory. */
    public static final String FILE = "refused-admin.log";
    /** The size past which the file is rotated. */
    static final long ROTATE_AT = 4L << 20;
    private static final int MAX_PATH = 200;

    private final Path file;

    RefusedLog(Path dir) {
        this.file = dir.resolve(FILE);
    }

    /** Appends one refusal; the path is cut to 200 characters. Not forced to disk (it is no promise of the API). */
    public synchronized void record(String client, String method, String path, String error) throws IOException {
        ObjectNode line = Json.object();
        line.put("time", Instant.now().toString());
        line.put("client", client);
        line.put("method", method);
        line.put("path", path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…" : path);
        line.put("error", error);
        byte[] bytes = (new String(Json.bytes(line), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && Files.size(file) + bytes.length > ROTATE_AT) {
            Files.move(file, file.resolveSibling(FILE + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel out = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
    }

    /** The last {@code max} entries, oldest first (a damaged line is skipped). */
    public synchronized List<JsonNode> last(int max) throws IOException {
        Deque<JsonNode> entries = new ArrayDeque<>();
        if (Files.exists(file)) {
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    entries.addLast(Json.parse(text.getBytes(StandardCharsets.UTF_8)));
                } catch (IOException damaged) {
                    continue; // a line torn by a crash: the others stand
                }
                if (entries.size() > max) {
                    entries.removeFirst();
                }
            }
        }
        return new ArrayList<>(entries);
    }
}
