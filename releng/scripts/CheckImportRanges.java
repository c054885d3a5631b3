import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The import-range check of docs/api-policy.md, run by check-import-ranges.sh from the repository root.
 *
 * <p>For every package of ours (org.agentproxy.*) that a bundle under bundles/, tests/ or examples/ exports, it
 * collects the API elements marked {@code @since x.y.z} in the package's sources: a type (the javadoc is followed
 * by a class, interface, record or enum) or a member (a method or constant of that type). For every bundle that
 * imports such a package, it looks at the importer's Java files that import from the package (single-type,
 * static or on-demand imports) and takes as used: a tagged type whose simple name appears as a word; a tagged
 * member whose declaring type's name appears in the file and whose name appears as {@code name(} or
 * {@code .name}. The import's lower bound must be at least the highest {@code @since} of what is used, and at
 * most the exporter's package version. The match is by name, not by type resolution: a same-named member of
 * another type in a file that also uses the declaring type counts as used (conservative: it can only ask for a
 * higher lower bound, never accept a too low one for what it sees). It does not see API used only through
 * plugin.xml or reflection, nor behaviour changes without a tag.
 */
public class CheckImportRanges {

    record Since(String type, String member, Version version) {}

    record Version(int major, int minor, int micro) implements Comparable<Version> {
        static Version parse(String text) {
            String[] p = text.trim().split("\\.");
            return new Version(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0,
                    p.length > 2 ? Integer.parseInt(p[2].replaceAll("[^0-9].*", "")) : 0);
        }

        @Override
        public int compareTo(Version o) {
            int c = Integer.compare(major, o.major);
            if (c == 0) c = Integer.compare(minor, o.minor);
            return c != 0 ? c : Integer.compare(micro, o.micro);
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + micro;
        }
    }

    private static final Pattern TYPE = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern MEMBER = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?:\\(|=|;)");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        List<Path> bundles = new ArrayList<>();
        for (String dir : List.of("bundles", "tests", "examples")) {
            try (Stream<Path> s = Files.walk(root.resolve(dir))) {
                s.filter(p -> p.endsWith(Path.of("META-INF", "MANIFEST.MF")))
                        .filter(p -> !p.toString().contains("/target/"))
                        .forEach(p -> bundles.add(p.getParent().getParent()));
            }
        }
        Map<String, Version> exported = new TreeMap<>();
        Map<String, List<Since>> tags = new TreeMap<>();
        for (Path bundle : bundles) {
            for (Map.Entry<String, String> e : clauses(bundle, "Export-Package").entrySet()) {
                if (!e.getKey().startsWith("org.agentproxy.")) continue;
                Matcher v = Pattern.compile("version=\"?([0-9.]+)").matcher(e.getValue());
                exported.put(e.getKey(), v.find() ? Version.parse(v.group(1)) : new Version(0, 0, 0));
                tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(sinceTags(bundle, e.getKey()));
            }
        }
        int bad = 0;
        int checked = 0;
        for (Path bundle : bundles) {
            List<Path> sources = javaFiles(bundle);
            for (Map.Entry<String, String> e : clauses(bundle, "Import-Package").entrySet()) {
                String pkg = e.getKey();
                if (!exported.containsKey(pkg)) continue;
                Matcher range = Pattern.compile("version=\"[\\[(]?([0-9.]+)").matcher(e.getValue());
                if (!range.find()) {
                    System.out.println(root.relativize(bundle) + ": imports " + pkg + " without a version range");
                    bad++;
                    continue;
                }
                checked++;
                Version lower = Version.parse(range.group(1));
                Version needed = new Version(0, 0, 0);
                String why = null;
                for (Path file : sources) {
                    String text = Files.readString(file);
                    if (!importsFrom(text, pkg)) continue;
                    for (Since tag : tags.getOrDefault(pkg, List.of())) {
                        if (tag.version().compareTo(needed) <= 0 || !uses(text, tag)) continue;
                        needed = tag.version();
                        why = (tag.member() == null ? tag.type() : tag.type() + "." + tag.member()) + " (@since "
                                + tag.version() + ") in " + root.relativize(file);
                    }
                }
                if (lower.compareTo(needed) < 0) {
                    System.out.println(root.relativize(bundle) + ": imports " + pkg + " from " + lower
                            + " but uses " + why + " -> lower bound " + needed);
                    bad++;
                }
                if (lower.compareTo(exported.get(pkg)) > 0) {
                    System.out.println(root.relativize(bundle) + ": imports " + pkg + " from " + lower
                            + " but it is exported at " + exported.get(pkg));
                    bad++;
                }
            }
        }
        if (bad > 0) {
            System.err.println("FAIL: " + bad + " import range(s) with a wrong lower bound (docs/api-policy.md)");
            System.exit(1);
        }
        System.out.println("import ranges OK: " + checked + " imports of our packages, each lower bound covers the"
                + " @since of the API the importer uses");
    }

    private static boolean importsFrom(String text, String pkg) {
        String p = Pattern.quote(pkg);
        return Pattern.compile("(?m)^import\\s+(?:static\\s+)?" + p + "\\.(?:[A-Z][\\w$]*|\\*)\\s*[;.]")
                .matcher(text).find();
    }

    private static boolean uses(String text, Since tag) {
        boolean type = Pattern.compile("\\b" + Pattern.quote(tag.type()) + "\\b").matcher(text).find();
        if (tag.member() == null) return type;
        String m = Pattern.quote(tag.member());
        return type && Pattern.compile("(?:\\b" + m + "\\s*\\(|\\." + m + "\\b)").matcher(text).find();
    }

    private static List<Since> sinceTags(Path bundle, String pkg) {
        List<Since> out = new ArrayList<>();
        for (Path file : javaFiles(bundle)) {
            if (!file.getParent().endsWith(Path.of(pkg.replace('.', '/')))) continue;
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String fileType = file.getFileName().toString().replace(".java", "");
            for (int i = 0; i < lines.size(); i++) {
                Matcher since = Pattern.compile("@since\\s+([0-9][0-9.]*)").matcher(lines.get(i));
                if (!since.find()) continue;
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).contains("*/")) j++;
                j++;
                while (j < lines.size() && (lines.get(j).isBlank() || lines.get(j).trim().startsWith("@"))) j++;
                if (j >= lines.size()) continue;
                String decl = lines.get(j);
                Version v = Version.parse(since.group(1));
                Matcher t = TYPE.matcher(decl);
                if (t.find()) {
                    out.add(new Since(t.group(1), null, v));
                    continue;
                }
                Matcher m = MEMBER.matcher(decl);
                if (m.find()) out.add(new Since(fileType, m.group(1), v));
            }
        }
        return out;
    }

    private static List<Path> javaFiles(Path bundle) {
        try (Stream<Path> s = Files.walk(bundle)) {
            return s.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The clauses of a manifest header, package name to its attributes. */
    private static Map<String, String> clauses(Path bundle, String header) {
        Map<String, String> out = new LinkedHashMap<>();
        String value;
        try {
            value = unfold(Files.readString(bundle.resolve("META-INF/MANIFEST.MF"))).get(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (value == null) return out;
        for (String clause : value.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String[] parts = clause.trim().split(";", 2);
            out.put(parts[0].trim(), parts.length > 1 ? parts[1] : "");
        }
        return out;
    }

    private static Map<String, String> unfold(String manifest) {
        Map<String, String> headers = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : manifest.split("\\R")) {
            if (line.startsWith(" ")) {
                value.append(line.substring(1));
                continue;
            }
            if (name != null) headers.put(name, value.toString());
            int colon = line.indexOf(':');
            name = colon > 0 ? line.substring(0, colon) : null;
            value = new StringBuilder(colon > 0 ? line.substring(colon + 1).trim() : "");
        }
        if (name != null) headers.put(name, value.toString());
        return headers;
    }
}
