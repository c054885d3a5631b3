package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.agentproxy.testing.bot.ShellBot;
import org.agentproxy.testing.bot.UntranslatedTexts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/**
 * {@link UntranslatedTexts}: under a pseudo translation, the words of labels must be bracketed; in the items of
 * tables, trees, combos and lists only the studio's own words are looked for (an enum's label left English), never
 * data such as host names and ports.
 */
class UntranslatedTextsTest extends FixtureTest {

    private static final String TITLE = "[Pseudo Fixture~~~]";

    /** The English of the fixture's messages. */
    private static final Set<String> WORDS = Set.of("granted", "denied", "inherit", "HTTP", "HTTPS",
            "users may set a proxy", "Own setting", "current", "not-seen", "failed", "failed: {0}", "not reachable",
            "{0} \u2192 {1}");

    @Test
    void anEnumWordLeftEnglishInATableCellIsFoundButDataIsNot() {
        List<String> found = check(s -> {
            Table table = new Table(s, SWT.BORDER);
            table.setHeaderVisible(true);
            new TableColumn(table, SWT.NONE).setText("[Host~~]");
            new TableColumn(table, SWT.NONE).setText("[Protocol~~~]");
            new TableItem(table, SWT.NONE).setText(new String[] {"sps.corp.example", "[HTTPS~~]"});
            new TableItem(table, SWT.NONE).setText(new String[] {"10.0.0.5", "HTTP"});
        });
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("cell 2/2: \"HTTP\" (untranslated: HTTP)"), found.get(0));
    }

    @Test
    void anUntranslatedWordBesideATranslatedOneInATreeCellIsFound() {
        List<String> found = check(s -> {
            Tree tree = new Tree(s, SWT.BORDER);
            TreeItem root = new TreeItem(tree, SWT.NONE);
            root.setText("Headquarters");
            new TreeItem(root, SWT.NONE).setText("[[granted~~] \u2192 [users may set a proxy~~~~~~]~~]");
            new TreeItem(root, SWT.NONE).setText("[denied \u2192 [users may set a proxy~~~~~~]~~]");
            root.setExpanded(true);
        });
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("(untranslated: denied)"), found.get(0));
    }

    @Test
    void aComboItemThatIsAnEnglishWordIsFoundAHostNameIsNot() {
        List<String> found = check(s -> {
            Combo states = new Combo(s, SWT.READ_ONLY);
            states.setItems("[current~~~]", "not-seen");
            Combo servers = new Combo(s, SWT.READ_ONLY);
            servers.setItems("policy.corp.example (https://policy.corp.example:8443)", "current.example");
        });
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("item: \"not-seen\""), found.get(0));
    }

    @Test
    void withoutWordsItemsAreNotLookedAtButLabelsAre() {
        ShellBot shell = open(s -> {
            new Label(s, SWT.NONE).setText("Own setting");
            new Combo(s, SWT.READ_ONLY).setItems("denied");
        });
        List<String> found = shell.syncExec(s -> UntranslatedTexts.under(s, (w, t) -> false));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("text: \"Own setting\""), found.get(0));
    }

    @Test
    void untranslatedWordsCutsAtSeparatorsAndSkipsThePseudoParts() {
        assertEquals(List.of("current", "not-seen"), UntranslatedTexts.untranslatedWords("current, not-seen", WORDS));
        assertEquals(List.of(), UntranslatedTexts.untranslatedWords("[current~~~], [not-seen~~~]", WORDS));
        assertEquals(List.of(), UntranslatedTexts.untranslatedWords("currently granted", WORDS), "not a word as is");
        assertEquals(List.of("HTTPS"), UntranslatedTexts.untranslatedWords("sps (HTTPS)", WORDS));
        assertEquals(List.of(), UntranslatedTexts.untranslatedWords("[failed: [not reachable~~~~]~~~]", WORDS),
                "a message's own word, beside its translated value");
        assertEquals(List.of("not reachable"), UntranslatedTexts.untranslatedWords("[failed: not reachable~~~]", WORDS),
                "an untranslated value in a translated message");
    }

    private List<String> check(Consumer<Shell> contents) {
        return open(contents).syncExec(s -> UntranslatedTexts.under(s, (w, t) -> false, WORDS));
    }

    private ShellBot open(Consumer<Shell> contents) {
        display.syncExec(() -> {
            Shell shell = new Shell(display, SWT.SHELL_TRIM);
            shell.setText(TITLE);
            shell.setLayout(new FillLayout(SWT.VERTICAL));
            shell.setBounds(10, 10, 400, 300);
            contents.accept(shell);
            shell.open();
        });
        return bot.shell(TITLE);
    }
}
