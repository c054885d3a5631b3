import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.constant.ClassDesc;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Build step of the product (aot/prepare.sh): rewrites the classes of a jar compiled for Java 5 (class file version
 * 49, e.g. picocli's) as class file version 52 with stack maps, in place. The JDK's AOT cache leaves classes older than
 * version 50 out ("Old class has been linked"), and the JVM verifies them with the old, slower verifier on every
 * start; rewritten, they are verified once in the training run and cached. The bytecode is otherwise unchanged (the
 * JDK's class-file API re-emits each method and computes its stack map frames). An unsigned jar only: a signed one
 * would no longer match its signature.
 *
 *   java Retarget.java JAR
 */
public class Retarget {

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path out = jar.resolveSibling(jar.getFileName() + ".retarget");
        int rewritten = 0;
        try (JarFile in = new JarFile(jar.toFile());
                URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null);
                JarOutputStream os = new JarOutputStream(Files.newOutputStream(out))) {
            ClassFile cf = ClassFile.of(ClassFile.ConstantPoolSharingOption.NEW_POOL,
                    ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
            for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (entry.getName().startsWith("META-INF/") && (entry.getName().endsWith(".SF")
                        || entry.getName().endsWith(".RSA") || entry.getName().endsWith(".EC"))) {
                    throw new IllegalStateException(jar + " is signed: not rewritten");
                }
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                    ClassModel model = cf.parse(bytes);
                    if (model.majorVersion() < ClassFile.JAVA_6_VERSION) {
                        bytes = cf.transformClass(model, ClassTransform.endHandler(
                                cb -> cb.withVersion(ClassFile.JAVA_8_VERSION, 0)));
                        rewritten++;
                    }
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(entry.getTime());
                os.putNextEntry(copy);
                os.write(bytes);
                os.closeEntry();
            }
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[aot] " + jar.getFileName() + ": " + rewritten + " classes as class file version 52");
    }
}
