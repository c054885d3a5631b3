package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureProvider;
import org.agentproxy.smartprotection.Routing;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The feature table of the Global Smart Protection Service page says what the simulator does (DESIGN R5: a feature
 * without settings in the policy uses the proxy): its Routing column names the default, its box is checked and
 * grayed then; a long name does not cut the id off; revealing a setting selects its feature and focuses its field.
 */
class FeatureRoutingUiTest extends EditorTestSupport {

    private static final String PAGE = "Global Smart Protection Service";
    private static final String TABLE = "globalSmartProtection.features";
    private static final int ROUTING = 2;
    private static final String FIXTURE = "UI Fixture Sandbox   (ui-fixture-sandbox)";

    private boolean grayed(TableBot table, int row) {
        return table.syncExec(t -> t.getItem(row).getGrayed());
    }

    @Test
    void theRoutingColumnSaysDefaultThroughOrNotThroughTheProxyAsTheSimulatorRoutes() throws Exception {
        TableBot table = editor.page(PAGE).table(TABLE);
        assertEquals("Routing", table.headers().get(ROUTING));
        int fixture = table.rowWithCell(0, FIXTURE);
        int pml = table.rowWithCell(0, "Predictive Machine Learning   (predictive-machine-learning)");
        assertEquals("Default (uses the proxy)", table.cell(fixture, ROUTING));
        assertTrue(table.isChecked(fixture));
        assertTrue(grayed(table, fixture), "the default is shown grayed");
        assertEquals("Through the proxy", table.cell(pml, ROUTING));
        assertFalse(grayed(table, pml));

        table.toggleCheck(fixture);
        studio.bot().waitUntil(Condition.of("the fixture is set off the proxy",
                () -> "Not through the proxy".equals(table.cell(table.rowWithCell(0, FIXTURE), ROUTING))));
        assertFalse(table.isChecked(table.rowWithCell(0, FIXTURE)));
        assertFalse(grayed(table, table.rowWithCell(0, FIXTURE)));

        table.toggleCheck(table.rowWithCell(0, FIXTURE));
        studio.bot().waitUntil(Condition.of("the fixture is set through the proxy",
                () -> "Through the proxy".equals(table.cell(table.rowWithCell(0, FIXTURE), ROUTING))));
        editor.save();
        assertEquals(new FeatureSettings(true, Map.of()),
                onDisk().globalSmartProtection().features().get("ui-fixture-sandbox"));
    }

    /** The Policy Explorer's Features row counts as the Routing column says, defaults included (DESIGN R5). */
    @Test
    void theExplorerCountsTheFeaturesAsTheRoutingColumnSaysThem() {
        TableBot table = editor.page(PAGE).table(TABLE);
        String features = "Features";
        String scope = "Global Smart Protection Service proxy";
        assertTrue(studio.explorer().row(scope, features).endsWith(summary(table)), studio.explorer().row(scope, features)
                + " against the page's " + table.column(ROUTING));
        assertTrue(summary(table).contains("by default"), "installed features the sample policy does not set");

        table.toggleCheck(table.rowWithCell(0, FIXTURE));
        studio.bot().waitUntil(Condition.of("the explorer to count the fixture as direct",
                () -> studio.explorer().row(scope, features).endsWith(summary(table))
                        && summary(table).endsWith(", 1 direct")));
    }

    /** What the explorer should say from the page's Routing column. */
    private static String summary(TableBot table) {
        List<String> routing = table.column(ROUTING);
        long byDefault = routing.stream().filter("Default (uses the proxy)"::equals).count();
        long direct = routing.stream().filter("Not through the proxy"::equals).count();
        return (routing.size() - direct) + " through the proxy" + (byDefault > 0 ? " (" + byDefault + " by default)" : "")
                + ", " + direct + " direct";
    }

    /** Editing a setting of a feature the policy has no settings for keeps it on the proxy (its default). */
    @Test
    void aSettingOfAFeatureRoutedByDefaultKeepsItOnTheProxy() throws Exception {
        ScopePageBot page = editor.page(PAGE);
        TableBot table = page.table(TABLE);
        table.select(table.rowWithCell(0, "Sandbox Analysis   (sandbox-analysis)"));
        page.set(TABLE + ".sandbox-analysis.properties.maxSampleSizeMb", "64");
        editor.save();

        assertEquals(new FeatureSettings(true, Map.of("maxSampleSizeMb", "64")),
                onDisk().globalSmartProtection().features().get("sandbox-analysis"));
    }

    @Test
    void aLongFeatureNameDoesNotCutItsIdOff() {
        String name = "Email Attachment Scanning for Every Mailbox of the Enterprise and Its Subsidiaries";
        SmartProtectionFeature longName = new SmartProtectionFeature("email-attachment-scanning-long-name", name,
                "Scans attachments.", null, null, Routing.GLOBAL_PROXY, true, "ui tests");
        FeatureProvider provider = () -> List.of(longName);
        ServiceRegistration<FeatureProvider> registration = FrameworkUtil.getBundle(FeatureRoutingUiTest.class)
                .getBundleContext().registerService(FeatureProvider.class, provider, null);
        try {
            TableBot table = editor.page(PAGE).table(TABLE);
            String label = name + "   (email-attachment-scanning-long-name)";
            studio.bot().waitUntil(Condition.of("the long feature is listed", () -> {
                try {
                    return table.rowWithCell(0, label) >= 0;
                } catch (RuntimeException notYet) {
                    return false;
                }
            }));
            int row = table.rowWithCell(0, label);
            int[] widths = table.syncExec(t -> {
                TableItem item = t.getItem(row);
                GC gc = new GC(t);
                try {
                    gc.setFont(item.getFont(0));
                    return new int[] { t.getColumn(0).getWidth(), item.getTextBounds(0).x - item.getBounds(0).x
                            + gc.textExtent(item.getText(0)).x };
                } finally {
                    gc.dispose();
                }
            });
            assertTrue(widths[0] >= widths[1], "the Feature column (" + widths[0] + " px) shows the whole label ("
                    + widths[1] + " px with the check box and icon)");
        } finally {
            registration.unregister();
        }
    }

    /** What a double-click in Policy Problems (and the studio's -reveal option) does with a feature's setting. */
    @Test
    void revealingASettingSelectsItsFeatureAndFocusesItsField() {
        ScopePageBot page = editor.page(PAGE);
        TableBot table = page.table(TABLE);
        String size = TABLE + ".sandbox-analysis.properties.maxSampleSizeMb";
        table.select(table.rowWithCell(0, "Sandbox Analysis   (sandbox-analysis)"));
        page.set(size, "0");
        table.select(table.rowWithCell(0, FIXTURE));   // another feature: the sandbox's fields are gone
        editor.page("Internal Agents");

        studio.problems().open(size);

        studio.bot().waitUntil(Condition.of("the sample size field to have the focus",
                () -> size.equals(page.focusedId())));
        assertEquals(List.of(table.rowWithCell(0, "Sandbox Analysis   (sandbox-analysis)")), table.selectedRows());
    }
}
