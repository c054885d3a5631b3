package org.agentproxy.server.internal.status;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.agentproxy.policy.store.DurableFiles;
import org.agentproxy.server.StatusSettings;
import org.agentproxy.simulation.status.AgentStatusCodec;
import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.StatusFormatException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fleet status in memory, written every {@link StatusSettings#snapshotInterval()} (when it changed) to
 * {@code DATA/agent-status/GROUP.jsonl.gz}: one line per agent, gzip, replaced the durable way (a temporary file
 * forced to disk, renamed over the old one, the directory forced). A crash loses at most the reports of the last
 * interval; a torn file cannot happen. Read back at start-up, the comparisons made anew.
 */
public final class FileAgentStatusStore implements AgentStatusStore {

    /** The snapshot's first line says its format. */
    static final String FORMAT = "agentproxy-agent-status-snapshot/1";
    static final String DIRECTORY = "agent-status";
    private static final String SUFFIX = ".jsonl.gz";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    private final StatusSettings settings;
    private final Consumer<String> log;
    private final Interner interner = new Interner(1 << 16);
    private final Map<String, GroupStatus> groups = new ConcurrentHashMap<>();
    private final ScheduledExecutorService snapshots = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "agent-status-snapshot");
        t.setDaemon(true);
        return t;
    });

    private FileAgentStatusStore(Path dir, StatusSettings settings, Consumer<String> log) {
        this.dir = dir;
        this.settings = settings;
        this.log = log;
    }

    /**
     * Opens the store in {@code dataDirectory}, reading the snapshots of the groups {@code versions} knows (the
     * snapshot of a group that no longer exists is left alone), and starts the periodic snapshots.
     *
     * @param versions a group's versions, or {@code null} when there is no such group
     */
    public static FileAgentStatusStore open(Path dataDirectory, StatusSettings settings,
            Function<String, GroupVersions> versions, Consumer<String> log) throws IOException {
        Path dir = dataDirectory.resolve(DIRECTORY);
        DurableFiles.createDirectories(dir, true);
        DurableFiles.deleteTemporaryFiles(dir);
        FileAgentStatusStore store = new FileAgentStatusStore(dir, settings, log);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String group = name.substring(0, name.length() - SUFFIX.length());
                GroupVersions v = versions.apply(group);
                if (v != null) {
                    store.load(file, store.group(group), v);
                }
            }
        }
        long period = settings.snapshotInterval().toMillis();
        store.snapshots.scheduleWithFixedDelay(store::flushQuietly, period, period, TimeUnit.MILLISECONDS);
        return store;
    }

    @Override
    public GroupStatus group(String name) {
        return groups.computeIfAbsent(name, n -> new GroupStatus(settings, interner));
    }

    @Override
    public void forget(String name) throws IOException {
        groups.remove(name);
        Files.deleteIfExists(dir.resolve(name + SUFFIX));
    }

    @Override
    public synchronized void flush() throws IOException {
        for (Map.Entry<String, GroupStatus> e : groups.entrySet()) {
            if (e.getValue().takeDirty()) {
                try {
                    DurableFiles.write(dir.resolve(e.getKey() + SUFFIX), snapshot(e.getKey(), e.getValue()));
                } catch (IOException | RuntimeException failed) {
                    e.getValue().markDirty(); // tried again at the next interval
                    throw failed;
                }
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (IOException | RuntimeException e) {
            log.accept("cannot write the fleet status to " + dir + ": " + e.getMessage()
                    + "; trying again in " + settings.snapshotInterval().toSeconds() + " s");
        }
    }

    @Override
    public void close() throws IOException {
        snapshots.shutdownNow();
        try {
            snapshots.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    private static byte[] snapshot(String group, GroupStatus status) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 1 << 16);
                JsonGenerator out = MAPPER.createGenerator(gzip)) {
            out.writeStartObject();
            out.writeStringField("format", FORMAT);
            out.writeStringField("group", group);
            out.writeEndObject();
            out.writeRaw('\n');
            for (AgentRecord r : status.records()) {
                AgentStatusReport report;
                long receivedAt;
                long lastPoll;
                long polledVersion;
                synchronized (r) {
                    report = r.report();
                    receivedAt = r.receivedAt;
                    lastPoll = r.lastPoll;
                    polledVersion = r.polledVersion;
                }
                out.writeStartObject();
                out.writeStringField("agent", r.id);
                out.writeNumberField("receivedAt", receivedAt);
                out.writeNumberField("lastPoll", lastPoll);
                out.writeNumberField("polledVersion", polledVersion);
                if (report != null) {
                    out.writeFieldName("report");
                    AgentStatusCodec.write(report, out); // streamed: no tree per agent
                }
                out.writeEndObject();
                out.writeRaw('\n');
            }
        }
        return bytes.toByteArray();
    }

    private void load(Path file, GroupStatus status, GroupVersions versions) throws IOException {
        int line = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String text = in.readLine();
            line++;
            if (text == null || !FORMAT.equals(MAPPER.readTree(text).path("format").asText())) {
                throw new IOException("line 1: not " + FORMAT);
            }
            while ((text = in.readLine()) != null) {
                line++;
                JsonNode node = MAPPER.readTree(text);
                JsonNode report = node.get("report");
                long lastPoll = node.path("lastPoll").asLong();
                long polledVersion = node.path("polledVersion").asLong();
                if (report == null) {
                    status.restorePolls(node.path("agent").asText(), lastPoll, polledVersion);
                } else {
                    status.restore(AgentStatusCodec.read(MAPPER.writeValueAsBytes(report)), node.path("receivedAt")
                            .asLong(), lastPoll, polledVersion, versions);
                }
            }
        } catch (IOException | StatusFormatException e) {
            // a snapshot the server cannot read loses the status it held, never the server's start: agents report again
            log.accept("the fleet status in " + file + " is unreadable (line " + line + ": " + e.getMessage()
                    + "); starting that group's status empty");
        }
    }
}
