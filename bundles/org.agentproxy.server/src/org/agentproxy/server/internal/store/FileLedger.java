package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.agentproxy.policy.store.DurableFiles;

/**
 * The file store's {@link Ledger}: the entries in one directory ({@code 0000000001.json}, …). Each entry is
 * written with {@link DurableFiles#create}, so it is whole or absent after a crash and never replaced. Not
 * thread-safe: its owner serialises appends.
 */
final class FileLedger implements Ledger {

    private static final Pattern NAME = Pattern.compile("(\\d{10})\\.json");

    private final Path dir;
    private long highest;

    FileLedger(Path dir) {
        this.dir = dir;
    }

    Path directory() {
        return dir;
    }

    /**
     * Reads every whole entry above the highest number seen, in number order (the first call: every entry). Deletes the temporary files a crash left behind; an entry that
     * cannot be parsed (damaged on disk) is reported and skipped, but its number is never reused.
     */
    @Override
    public List<Entry> load(Consumer<String> log) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        DurableFiles.deleteTemporaryFiles(dir);
        List<Long> numbers = new ArrayList<>();
        try (var files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    numbers.add(Long.parseLong(m.group(1)));
                }
            }
        }
        numbers.sort(null);
        long seen = highest;
        for (long number : numbers) {
            if (number <= seen) {
                continue;
            }
            highest = Math.max(highest, number);
            Path file = file(number);
            try {
                entries.add(new Entry(number, Json.parse(Files.readAllBytes(file))));
            } catch (IOException e) {
                log.accept("skipping damaged entry " + file + ": " + e.getMessage());
            }
        }
        return entries;
    }

    @Override
    public long next() {
        return highest + 1;
    }

    /**
     * Writes entry {@code number} durably. On failure the number is burnt (not reused), so a file that reached
     * the disk before the failure is never overwritten.
     */
    @Override
    public void append(long number, JsonNode document) throws IOException {
        highest = Math.max(highest, number);
        DurableFiles.create(file(number), Json.bytes(document));
    }

    private Path file(long number) {
        return dir.resolve(String.format("%010d.json", number));
    }
}
