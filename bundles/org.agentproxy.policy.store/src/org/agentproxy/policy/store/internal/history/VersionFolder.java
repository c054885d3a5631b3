package org.agentproxy.policy.store.internal.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.diff.FieldChange;
import org.agentproxy.policy.diff.PolicyDiff;
import org.agentproxy.policy.store.PolicyFiles;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.history.PolicyVersion;

/**
 * The history folder of one policy: {@code <n>.json} (the policy as saved) and {@code <n>.meta.json}
 * ({@link VersionMetadata}). The metadata is written last, so a version is listed only once it is complete.
 */
public final class VersionFolder {

    private static final Pattern META = Pattern.compile("([1-9][0-9]{0,8})\\.meta\\.json");

    private final Path dir;
    private final PolicyId id;

    public VersionFolder(Path dir, PolicyId id) {
        this.dir = dir;
        this.id = id;
    }

    public List<PolicyVersion> versions() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<PolicyVersion> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = META.matcher(file.getFileName().toString());
                if (m.matches()) {
                    versions.add(VersionMetadata.read(file, id, Integer.parseInt(m.group(1))));
                }
            }
        }
        versions.sort(Comparator.comparingInt(PolicyVersion::number));
        return List.copyOf(versions);
    }

    public Optional<PolicyVersion> latest() throws IOException {
        List<PolicyVersion> all = versions();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Policy read(int number) throws IOException {
        Path file = policyFile(number);
        if (!Files.isRegularFile(metaFile(number)) || !Files.isRegularFile(file)) {
            List<PolicyVersion> all = versions();
            String there = all.isEmpty() ? "it has no versions"
                    : "its versions are 1 to " + all.get(all.size() - 1).number();
            throw new NoSuchFileException(file.toString(), null,
                    "policy " + id + " has no version " + number + ": " + there);
        }
        try {
            return PolicyCodec.read(file);
        } catch (PolicyFormatException e) {
            throw new IOException(file + ": version " + number + " of policy " + id + " is damaged: "
                    + e.getMessage(), e);
        }
    }

    /** Keeps a new version after the latest; the changed fields are those against the latest. */
    public PolicyVersion add(Policy policy, int restoredFrom, Instant time) throws IOException {
        Optional<PolicyVersion> latest = latest();
        List<String> changed = latest.isEmpty() ? List.of()
                : PolicyDiff.between(read(latest.get().number()), policy).stream().map(FieldChange::path).distinct()
                        .toList();
        int number = nextNumber();
        PolicyVersion version = new PolicyVersion(id, number, time, changed, restoredFrom);
        PolicyFiles.writeAtomically(policyFile(number), PolicyCodec.write(policy).getBytes(StandardCharsets.UTF_8));
        PolicyFiles.writeAtomically(metaFile(number), VersionMetadata.write(version));
        return version;
    }

    /** One more than the highest number of any file here, complete or not, so no file is ever replaced. */
    private int nextNumber() throws IOException {
        int max = 0;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    int dot = name.indexOf('.');
                    if (dot > 0 && name.substring(0, dot).matches("[0-9]{1,9}")) {
                        max = Math.max(max, Integer.parseInt(name.substring(0, dot)));
                    }
                }
            }
        }
        return max + 1;
    }

    private Path policyFile(int number) {
        return dir.resolve(number + ".json");
    }

    private Path metaFile(int number) {
        return dir.resolve(number + ".meta.json");
    }
}
