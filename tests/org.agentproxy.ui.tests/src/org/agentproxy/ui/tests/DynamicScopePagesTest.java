package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.Matchers;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Scope editor pages follow plug-ins coming and going: a bundle installed while the editor is open adds its page in
 * its place of the page order, and the page goes when the bundle is uninstalled — the editor stays open.
 */
class DynamicScopePagesTest extends EditorTestSupport {

    private static final String LABEL = "Installed Later";

    @TempDir
    Path dir;

    @Test
    void aPageComesWithItsPluginAndGoesWithIt() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Path jar = pagePlugin(dir.resolve("late-page.jar"));

        Bundle plugin = context.installBundle(jar.toUri().toString());
        try {
            context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));
            studio.bot().waitUntil(tabs(true));
            List<String> tabs = pageTabs();
            assertEquals(tabs.indexOf("Agent Connectivity") + 1, tabs.indexOf(LABEL), tabs.toString());
            editor.page(LABEL).set("description", "edited on a page installed later");
        } finally {
            plugin.uninstall();
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(plugin));
        }

        studio.bot().waitUntil(tabs(false));
        assertEquals("edited on a page installed later",
                editor.page("Fixture Page").text("description").getText());
    }

    /** A plug-in whose plugin.xml contributes a page (the fixture page's class, imported from this bundle). */
    private static Path pagePlugin(Path jar) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.agentproxy.ui.tests.latepage;singleton:=true");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "org.agentproxy.ui.tests");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.putNextEntry(new JarEntry("plugin.xml"));
            j.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <?eclipse version="3.4"?>
                    <plugin>
                       <extension point="org.agentproxy.ui.scopeEditors">
                          <page id="org.agentproxy.ui.tests.latePage" scope="description" label="%s" order="850"
                                class="org.agentproxy.ui.tests.FixturePage"/>
                       </extension>
                    </plugin>
                    """.formatted(LABEL)).getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        return jar;
    }

    private Condition tabs(boolean shown) {
        return new Condition() {
            @Override
            public boolean test() {
                return pageTabs().contains(LABEL) == shown;
            }

            @Override
            public String description() {
                return "the page '" + LABEL + "' to be " + (shown ? "added" : "removed") + "; tabs: " + pageTabs();
            }
        };
    }

    /** The policy editor's page tabs, in order (its tab folder is the one at the bottom). */
    private List<String> pageTabs() {
        List<Widget> tabs = studio.bot().widgets(Matchers.ofType(CTabItem.class));
        return studio.bot().syncExec(() -> tabs.stream().map(CTabItem.class::cast)
                .filter(t -> !t.isDisposed() && t.getParent().getTabPosition() == SWT.BOTTOM)
                .map(CTabItem::getText).toList());
    }
}
