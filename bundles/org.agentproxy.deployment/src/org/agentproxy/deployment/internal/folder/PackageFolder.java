package org.agentproxy.deployment.internal.folder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agentproxy.deployment.VersionInfo;
import org.agentproxy.deployment.internal.Digests;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.agentproxy.policy.store.DurableFiles;

/**
 * One group's folder of packages: {@code 0000000001.json}, {@code 0000000002.json}, … each a whole package
 * ({@value #FORMAT}: version, provenance, SHA-256 and the policy), written durably and atomically and never
 * replaced; the highest number is current. Writers take an exclusive file lock on {@code .lock}, so exports
 * from several processes never lose one another's versions.
 */
final class PackageFolder {

    static final String FORMAT = "agentproxy-package/1";
    private static final Pattern NAME = Pattern.compile("(\\d{10})\\.json");
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> READABLE =
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A whole package. */
    record Package(VersionInfo info, Policy policy) {
    }

    private final Path dir;

    PackageFolder(Path dir) {
        this.dir = dir;
    }

    /** Runs an action holding the folder's write lock. */
    <T> T locked(IoAction<T> action) throws IOException {
        DurableFiles.createDirectories(dir, false);
        try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            return action.run();
        }
    }

    /** An action on the folder. */
    @FunctionalInterface
    interface IoAction<T> {
        T run() throws IOException;
    }

    /** Every whole package, oldest first; damaged files (not written by this transport) are skipped. */
    List<Package> packages() throws IOException {
        List<Package> packages = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return packages;
        }
        List<Path> files = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(dir, "*.json")) {
            stream.forEach(f -> {
                if (NAME.matcher(f.getFileName().toString()).matches()) {
                    files.add(f);
                }
            });
        }
        files.sort(null);
        for (Path file : files) {
            try {
                packages.add(read(file));
            } catch (IOException | RuntimeException e) {
                // a damaged or foreign file is not a version
            }
        }
        return packages;
    }

    long highestNumber() throws IOException {
        long highest = 0;
        if (Files.isDirectory(dir)) {
            try (var stream = Files.newDirectoryStream(dir, "*.json")) {
                for (Path f : stream) {
                    Matcher m = NAME.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        highest = Math.max(highest, Long.parseLong(m.group(1)));
                    }
                }
            }
        }
        return highest;
    }

    /** Writes package {@code info.version()}; call with the lock held. */
    void write(String group, VersionInfo info, Policy policy) throws IOException {
        byte[] policyJson = PolicyCodec.write(policy).getBytes(StandardCharsets.UTF_8);
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("group", group);
        doc.put("version", info.version());
        doc.put("from", info.from());
        doc.put("action", info.action());
        if (info.rollbackOf() > 0) {
            doc.put("rollbackOf", info.rollbackOf());
        }
        doc.put("time", info.time().toString());
        doc.put("actor", info.actor());
        if (info.note() != null) {
            doc.put("note", info.note());
        }
        doc.put("sha256", HexFormat.of().formatHex(Digests.sha256(policyJson)));
        doc.set("policy", MAPPER.readTree(policyJson));
        DurableFiles.create(dir.resolve(String.format("%010d.json", info.version())), MAPPER.writeValueAsBytes(doc),
                READABLE); // a package holds no secret; the servers importing it may run as other users
    }

    private static Package read(Path file) throws IOException {
        JsonNode doc = MAPPER.readTree(Files.readAllBytes(file));
        if (doc == null || !FORMAT.equals(doc.path("format").asText())) {
            throw new IOException("not a package");
        }
        Policy policy = PolicyCodec.read(MAPPER.writeValueAsString(doc.get("policy")));
        VersionInfo info = new VersionInfo(doc.path("version").asLong(), doc.path("from").asLong(),
                doc.path("action").asText(), doc.path("rollbackOf").asLong(0),
                Instant.parse(doc.path("time").asText()), doc.path("actor").asText(),
                doc.hasNonNull("note") ? doc.get("note").asText() : null, policy.name());
        return new Package(info, policy);
    }
}
