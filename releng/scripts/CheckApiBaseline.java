import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import aQute.bnd.version.Version;

/**
 * The project's 0.x rule on top of tycho-baseline-plugin (docs/api-policy.md, "The API check against the last
 * release"). Tycho's check compares every bundle with the baseline through bnd, but bnd never reports a package whose
 * version is below 1.0.0 (semantic versioning's "0.x may change anything"), and all our packages are 0.x. This check
 * uses the same bnd differ with our rule: an exported package (not x-internal, not x-friends in the baseline or now)
 * whose API changed must be exported at least at
 * <ul>
 * <li>the next major (from 0.x: 1.0.0) for an incompatible change — a type or member removed or changed, an abstract
 * method added to an interface;</li>
 * <li>the next minor for a compatible addition;</li>
 * </ul>
 * an API package removed is an incompatible change of its bundle, and the bundle's version moves at least as much as
 * the largest change of its packages. Prints every problem with the changed members; exit 1 if any.
 *
 * <pre>java -cp BNDLIB CheckApiBaseline.java BASELINE_DIR JAR...</pre>
 *
 * Each JAR (a built bundle) is compared with the jar of the same symbolic name in BASELINE_DIR/plugins; a bundle
 * that is not in the baseline is new since the release and not compared.
 */
public class CheckApiBaseline {

    public static void main(String[] args) throws Exception {
        Map<String, File> baseline = new HashMap<>();
        try (Stream<Path> jars = Files.list(Path.of(args[0], "plugins"))) {
            for (Path jar : (Iterable<Path>) jars::iterator) {
                baseline.put(symbolicName(jar.toFile()), jar.toFile());
            }
        }
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (int i = 1; i < args.length; i++) {
            File built = new File(args[i]);
            File old = baseline.get(symbolicName(built));
            if (old != null) {
                compare(built, old, problems);
                compared++;
            }
        }
        problems.forEach(System.err::println);
        if (!problems.isEmpty()) {
            System.err.println("check-api-baseline: the API changed more than the versions say (docs/api-policy.md, "
                    + "\"How versions change\"): raise the versions above, or undo the change");
            System.exit(1);
        }
        System.out.println("check-api-baseline: " + compared + " API bundles against the baseline " + args[0]
                + ": every package's version covers its change");
    }

    static void compare(File built, File old, List<String> problems) throws Exception {
        try (Processor processor = new Processor(); Jar newer = new Jar(built); Jar older = new Jar(old)) {
            Set<String> internal = new TreeSet<>();
            internal.addAll(internalPackages(newer.getManifest()));
            internal.addAll(internalPackages(older.getManifest()));
            List<String> filter = new ArrayList<>();
            internal.forEach(p -> filter.add("!" + p));
            filter.add("*");
            Baseline baseliner = new Baseline(processor, new DiffPluginImpl());
            Instructions packages = new Instructions(new Parameters(String.join(",", filter), processor));
            String bsn = newer.getBsn();
            Version bundleNow = Version.parseVersion(newer.getVersion()).getWithoutQualifier();
            Version bundleThen = Version.parseVersion(older.getVersion()).getWithoutQualifier();
            Delta highest = Delta.UNCHANGED;
            for (Baseline.Info info : baseliner.baseline(newer, older, packages)) {
                Delta delta = info.packageDiff.getDelta();
                if (delta == Delta.UNCHANGED || delta == Delta.ADDED) {
                    continue; // a new package is an addition to the bundle
                }
                if (delta == Delta.REMOVED) {
                    highest = Delta.MAJOR;
                    problems.add(bsn + ": the API package " + info.packageName + " was removed (an incompatible change"
                            + " of the bundle)");
                    continue;
                }
                Version required = bump(delta, info.olderVersion);
                if (delta.compareTo(highest) > 0) {
                    highest = delta;
                }
                if (info.newerVersion.compareTo(required) < 0) {
                    StringBuilder text = new StringBuilder(bsn + ": package " + info.packageName + " has a " + delta
                            + " change (" + describe(delta) + ") but is exported at " + info.newerVersion
                            + " (the baseline's " + info.olderVersion + "): export it at " + required);
                    changes(info.packageDiff, "    ", text);
                    problems.add(text.toString());
                }
            }
            if (highest == Delta.MAJOR || highest == Delta.MINOR) {
                Version required = bump(highest, bundleThen);
                if (bundleNow.compareTo(required) < 0) {
                    problems.add(bsn + ": its packages have a " + highest + " change but its Bundle-Version is "
                            + bundleNow + " (the baseline's " + bundleThen + "): raise it to " + required);
                }
            }
        }
    }

    static String describe(Delta delta) {
        return switch (delta) {
            case MAJOR -> "incompatible: something was removed or changed";
            case MINOR -> "compatible: something was added";
            default -> "no API change";
        };
    }

    /** The 0.x rule: as OSGi semantic versioning, also below 1.0.0 (from 0.x an incompatible change is 1.0.0). */
    static Version bump(Delta delta, Version old) {
        return switch (delta) {
            case MAJOR -> new Version(old.getMajor() + 1, 0, 0);
            case MINOR -> new Version(old.getMajor(), old.getMinor() + 1, 0);
            default -> new Version(old.getMajor(), old.getMinor(), old.getMicro());
        };
    }

    /** The changed members: types, methods, fields added, removed or changed. */
    static void changes(Diff diff, String indent, StringBuilder text) {
        for (Diff child : diff.getChildren()) {
            if (child.getDelta() == Delta.UNCHANGED) {
                continue;
            }
            switch (child.getType()) {
                case CLASS, INTERFACE, ENUM, ANNOTATION -> {
                    text.append('\n').append(indent).append(child.getDelta()).append(' ').append(child.getType())
                            .append(' ').append(child.getName());
                    changes(child, indent + "  ", text);
                }
                case METHOD, FIELD, CONSTANT, EXTENDS, IMPLEMENTS -> text.append('\n').append(indent)
                        .append(child.getDelta()).append(' ').append(child.getType()).append(' ')
                        .append(child.getName());
                default -> { }
            }
        }
    }

    static Set<String> internalPackages(Manifest manifest) {
        Set<String> internal = new TreeSet<>();
        if (manifest == null || manifest.getMainAttributes().getValue("Export-Package") == null) {
            return internal;
        }
        Parameters exports = new Parameters(manifest.getMainAttributes().getValue("Export-Package"));
        exports.forEach((name, attrs) -> {
            if ("true".equals(attrs.get("x-internal:")) || attrs.containsKey("x-friends:")) {
                internal.add(Processor.removeDuplicateMarker(name));
            }
        });
        return internal;
    }

    static String symbolicName(File jar) throws IOException {
        try (JarFile file = new JarFile(jar)) {
            String bsn = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return bsn == null ? "" : bsn.split(";")[0].trim();
        }
    }
}
