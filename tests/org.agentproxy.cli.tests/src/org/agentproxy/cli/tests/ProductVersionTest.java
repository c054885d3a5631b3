package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agentproxy.cli.Cli;
import org.agentproxy.cli.internal.CliApplication;
import org.agentproxy.policy.internal.product.ProductVersion;
import org.junit.jupiter.api.Test;

/**
 * One version from one place (issue 14 §5): what {@code agentproxy --version} prints is the product's version as
 * the build set it — the version of releng/org.agentproxy.product and of org.agentproxy.feature — and the same
 * ProductVersion the About dialog shows (AboutTest checks the dialog's side).
 */
class ProductVersionTest {

    /** The tests run in their module's directory (Tycho surefire); the repository root is two levels up. */
    private static final Path ROOT = Path.of("../..");

    @Test
    void versionOptionPrintsTheVersionOfTheProductAndOfTheFeature() throws IOException {
        String product = declared(ROOT.resolve("releng/org.agentproxy.product/agentproxy.product"),
                "<product [^>]*\\bversion=\"([^\"]+)\"");
        String feature = declared(ROOT.resolve("features/org.agentproxy.feature/feature.xml"),
                "<feature [^>]*\\bversion=\"([^\"]+)\"");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(CliApplication.version(), List.of()).run(List.of("--version"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

        assertEquals(0, code);
        String unqualified = product.replace(".qualifier", "");
        assertEquals(unqualified, feature.replace(".qualifier", ""), "the feature's version is the product's");
        assertEquals("agentproxy (Agent Proxy Studio) " + unqualified, out.toString(StandardCharsets.UTF_8).strip());
        assertEquals(unqualified, ProductVersion.get(), "the About dialog shows ProductVersion");
    }

    @Test
    void theVersionWasWrittenByTheBuild() {
        assertTrue(ProductVersion.get().matches("\\d+\\.\\d+\\.\\d+"), ProductVersion.get());
    }

    private static String declared(Path file, String pattern) throws IOException {
        Matcher m = Pattern.compile(pattern).matcher(Files.readString(file));
        assertTrue(m.find(), file + " declares no version");
        return m.group(1);
    }
}
