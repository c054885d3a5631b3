import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Copies a jar without its signature (META-INF/*.SF, *.RSA, *.DSA, *.EC, and the per-entry digests of the manifest).
 * The start-up path of the product (lib/boot) uses such copies of the Equinox launcher and framework: the JDK verifies
 * every class it loads from a signed jar on its own class loaders (RSA and SHA-256 in the interpreter), and the JDK's
 * AOT cache leaves out classes of signed jars. Build-time tool: {@code java Unsign.java IN.jar OUT.jar}.
 */
public final class Unsign {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (JarFile in = new JarFile(args[0], false)) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getEntries().clear(); // the per-entry digests belong to the signature
            Attributes main = manifest.getMainAttributes();
            main.putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
            try (OutputStream file = Files.newOutputStream(out); JarOutputStream jar = new JarOutputStream(file, manifest)) {
                for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements();) {
                    JarEntry entry = e.nextElement();
                    String name = entry.getName();
                    if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || signature(name)) {
                        continue;
                    }
                    JarEntry copy = new JarEntry(name);
                    copy.setTime(entry.getTime());
                    jar.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(jar);
                    }
                    jar.closeEntry();
                }
            }
        }
    }

    private static boolean signature(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0 && (upper.endsWith(".SF")
                || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }
}
