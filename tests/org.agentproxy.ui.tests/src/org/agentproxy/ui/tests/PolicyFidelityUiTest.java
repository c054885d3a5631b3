package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.diff.FieldChange;
import org.agentproxy.policy.diff.PolicyDiff;
import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.tests.bots.HistoryViewBot;
import org.agentproxy.ui.tests.bots.QuestionDialogBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Nothing saved that the screen does not show: a policy with every field set — the sample with the members it
 * leaves out added (direct fallback, the server update proxy's user, a contributed feature's settings — one its plug-in
 * does not declare among them —, a description of several lines, an integrated SPS in a custom list) — opened in the studio shows every value on an editor page (a
 * field, a check box, a drop-down, or a row of a list that shows each of the entry's values), and saving it unchanged
 * writes the same policy. The description, like every field, is edited, undone, redone and saved through the editor.
 */
class PolicyFidelityUiTest extends EditorTestSupport {

    private static final List<String> PAGES = List.of("Internal Agents", "External Agents",
            "Global Smart Protection Service", "User Proxy Privilege", "Agent Connectivity");
    private static final String DESCRIPTION = "description";

    /** A description of several lines, as an administrator writes one. */
    private static final String TWO_LINES = "Headquarters and branch offices.\nOwner: network team (ext. 4711)";

    private static final Pattern FEATURE_ROUTING = Pattern.compile(
            "globalSmartProtection\\.features\\.([^.]+)\\.useGlobalProxy");

    /** The key of an empty field's hint text next to its id's. */
    private static final String HINT = " (hint)";
    /** The key of a table's rows (its cells joined) next to its id's. */
    private static final String ROWS = " (rows)";

    private Policy full;

    @BeforeEach
    void openAPolicyWithEveryFieldSet() throws Exception {
        ObjectMapper json = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> root = json.readValue(Files.readString(file), LinkedHashMap.class);
        root.put("directFallback", true);
        root.put(DESCRIPTION, TWO_LINES);
        @SuppressWarnings("unchecked")
        List<Object> customLists = (List<Object>) object(root, "smartProtectionSources").get("customLists");
        @SuppressWarnings("unchecked")
        List<Object> servers = (List<Object>) ((Map<String, Object>) customLists.get(0)).get("sources");
        servers.add(new LinkedHashMap<>(Map.of("host", "osce-lyon.corp.example", "port", 4343, "protocol", "https",
                "integrated", true))); // another OfficeScan server's integrated SPS
        object(object(root, "externalAgents"), "serverUpdateProxy").put("user", "dmz-updates");
        Map<String, Object> sandbox = object(object(object(root, "globalSmartProtection"), "features"),
                "sandbox-analysis");
        sandbox.put("useGlobalProxy", true);
        // two settings the example declares, and one it does not (written by another version of the plug-in)
        object(sandbox, "properties").putAll(Map.of("maxSampleSizeMb", "64", "sandboxRegion", "us",
                "legacyQueue", "eu-2"));
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        full = PolicyCodec.read(file);
        editor = closeAndReopen();
    }

    @Test
    void everyValueOfAFullPolicyIsOnAScopePageAndSavingItUnchangedWritesTheSamePolicy() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldChange c : PolicyDiff.between(null, full)) {
            values.put(c.path(), c.after());
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        for (String page : PAGES) {
            PageControls.show(editor, page);
            shown.putAll(studio.bot().syncExec(PolicyFidelityUiTest::shownOnThisPage));
        }

        List<String> wrong = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        values.forEach((path, value) -> {
            if (path.startsWith("userProxyPrivilege.root")) { // the agent tree
                if (shown.keySet().stream().noneMatch(id -> id.startsWith("userProxyPrivilege")
                        && shown.get(id) instanceof Integer rows && rows > 0)) {
                    missing.add("userProxyPrivilege.root (the agent tree)");
                }
                return;
            }
            Matcher routing = FEATURE_ROUTING.matcher(path);
            if (routing.matches()) { // the feature table's check box: through the Global SPS proxy or not
                Object checked = shown.get("globalSmartProtection.features(" + routing.group(1) + ")");
                if (checked == null) {
                    missing.add(path);
                } else if (!checked.toString().equals(value)) {
                    wrong.add(path + ": the policy holds '" + value + "', the check box shows '" + checked + "'");
                }
                return;
            }
            String list = listOf(path);
            if (list != null) {
                if (!(shown.get(list) instanceof Integer)) {
                    missing.add(list + "[]");
                } else if (shown.get(list + ROWS) instanceof List<?> rows && !shownInRow(path, value, rows)) {
                    wrong.add(path + ": the policy holds '" + value + "', its row shows '"
                            + rows.get(index(path)) + "'");
                }
                return;
            }
            Object on = shown.get(path);
            if (on == null) {
                missing.add(path);
            } else if (path.endsWith(".password")) { // a reference: the value (masked) or that none is stored
                if (on.toString().isEmpty() && !(shown.get(path + HINT) instanceof String hint && !hint.isEmpty())) {
                    wrong.add(path + ": the field says nothing about the secret the policy refers to");
                }
            } else if (!on.toString().equalsIgnoreCase(value) && !(on instanceof String s && matchesChoice(s, value))) {
                wrong.add(path + ": the policy holds '" + value + "', the screen shows '" + on + "'");
            }
        });
        // every list shows as many rows as the policy has entries
        Map<String, Integer> entries = new LinkedHashMap<>();
        values.keySet().stream().map(PolicyFidelityUiTest::entry).filter(e -> e != null).distinct()
                .forEach(e -> entries.merge(e.substring(0, e.lastIndexOf('[')), 1, Integer::sum));
        entries.forEach((list, count) -> {
            if (shown.get(list) instanceof Integer rows && !list.startsWith("userProxyPrivilege") && rows != count) {
                wrong.add(list + ": " + count + " entries, " + rows + " rows shown");
            }
        });

        assertAll(() -> assertTrue(missing.isEmpty(), "values of the policy no scope page shows: " + missing),
                () -> assertTrue(wrong.isEmpty(), "values the screen shows otherwise: " + wrong));
        assertFalse(editor.isDirty(), "showing the pages changed nothing");

        saveVersion(null); // Save, as File → Save does, of the policy as shown
        assertEquals(full, onDisk(), "saved unchanged: the same policy, nothing the screen did not show");
    }

    /** The object member {@code name} of {@code parent}, made when absent. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    @Test
    void theDescriptionIsShownEditedUndoneAndSavedLikeAnyField() throws Exception {
        saveVersion(null); // version 1: the policy as opened
        ScopePageBot page = editor.page("Agent Connectivity");
        assertEquals(TWO_LINES, page.text(DESCRIPTION).getText());
        assertTrue(studio.explorer().row("Related settings", "Description")
                .contains("Headquarters and branch offices. Owner: network team"),
                "the explorer's row shows the description on one line");

        String edited = "Headquarters only.\nReviewed in December.";
        page.set(DESCRIPTION, edited);
        assertTrue(editor.isDirty(), "an edited description makes the editor dirty");
        editor.undo();
        assertEquals(TWO_LINES, page.text(DESCRIPTION).getText());
        assertFalse(editor.isDirty(), "undone, the policy is as saved");
        editor.redo();
        assertEquals(edited, page.text(DESCRIPTION).getText());

        // the full policy has an error (the server update proxy's user has no password): Save asks first
        editor.saveExpecting(QuestionDialogBot.SAVE_WITH_ERRORS).saveAnyway();
        studio.bot().waitUntil(Condition.of("the editor to be saved", () -> !editor.isDirty()));
        assertEquals(edited, onDisk().description());
        assertEquals(full.withDescription(edited), onDisk(), "the description changed, nothing else");
        HistoryViewBot history = studio.history().waitForVersions(2);
        assertTrue(history.select(0).changes().stream().anyMatch(c -> c.startsWith(DESCRIPTION + ": ")),
                "the history names the description: " + history.changes());
    }

    /**
     * Whether the row of a list entry shows one of its values: a text or number as it is (a port in a URL, a
     * protocol in any case), {@code true} as "yes" or as the member's name (an integrated SPS); {@code false} may show
     * as nothing.
     */
    private static boolean shownInRow(String path, String value, List<?> rows) {
        if (value == null) {
            return true;
        }
        String row = rows.get(index(path)).toString().toLowerCase(Locale.ROOT);
        String member = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        return switch (value) {
            case "true" -> row.contains("yes") || row.contains(member.toLowerCase(Locale.ROOT));
            case "false" -> true;
            default -> row.contains(value.toLowerCase(Locale.ROOT));
        };
    }

    /** The index of the outer list's entry: {@code a.b[2].c[1]} → 2. */
    private static int index(String path) {
        int bracket = path.indexOf('[');
        return Integer.parseInt(path.substring(bracket + 1, path.indexOf(']', bracket)));
    }

    /** {@code a.b[2].c} → {@code a.b}; a list of plain values {@code bypassList[1]} → {@code bypassList}; else null. */
    private static String listOf(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? null : path.substring(0, bracket);
    }

    /** The entry a path is in, {@code a.b[2]}; null outside lists (nested lists count by their outer entry). */
    private static String entry(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? null : path.substring(0, path.indexOf(']', bracket) + 1);
    }

    /** A drop-down shows a choice's label: {@code future_domains_only} as "Only future domains…", {@code http}. */
    private static boolean matchesChoice(String shown, String value) {
        String words = value.replace('_', ' ').replace('-', ' ').toLowerCase(java.util.Locale.ROOT);
        String label = shown.toLowerCase(java.util.Locale.ROOT);
        return List.of(words.split(" ")).stream().allMatch(label::contains);
    }

    /** Each bound control of the page shown: a field's text, a check box's state, a list's or tree's row count. */
    private static Map<String, Object> shownOnThisPage() {
        Map<String, Object> shown = new LinkedHashMap<>();
        var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        collect(((FormEditor) page.getActiveEditor()).getActivePageInstance().getManagedForm().getForm().getBody(),
                shown);
        return shown;
    }

    private static void collect(Composite parent, Map<String, Object> shown) {
        for (Control c : parent.getChildren()) {
            if (c.getData(Bot.ID_KEY) instanceof String id) {
                if (c instanceof Text t) {
                    shown.put(id, t.getText());
                    shown.put(id + HINT, t.getMessage()); // what an empty field says, e.g. "not set"
                } else if (c instanceof Combo combo) {
                    shown.put(id, combo.getText());
                } else if (c instanceof Button b && (b.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
                    shown.put(id, Boolean.toString(b.getSelection()));
                } else if (c instanceof Table table) {
                    shown.put(id, table.getItemCount());
                    List<String> rows = new ArrayList<>();
                    for (TableItem item : table.getItems()) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
                            cells.add(item.getText(i));
                        }
                        rows.add(String.join(" | ", cells));
                    }
                    shown.put(id + ROWS, rows);
                    if ((table.getStyle() & SWT.CHECK) != 0) { // a row's check box, by the id in its label's "(…)"
                        for (TableItem item : table.getItems()) {
                            String label = item.getText(0);
                            int open = label.lastIndexOf('(');
                            if (open >= 0 && label.endsWith(")")) {
                                shown.put(id + label.substring(open), Boolean.toString(item.getChecked()));
                            }
                        }
                    }
                } else if (c instanceof Tree tree) {
                    shown.put(id, tree.getItemCount());
                }
            }
            if (c instanceof Composite composite && !(c instanceof Combo) && !(c instanceof Table)
                    && !(c instanceof Tree)) {
                collect(composite, shown);
            }
        }
    }
}
