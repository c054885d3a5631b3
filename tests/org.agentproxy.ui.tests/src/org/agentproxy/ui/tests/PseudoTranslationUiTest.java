package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.ClippedControls;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.ShellBot;
import org.agentproxy.testing.bot.UntranslatedTexts;
import org.agentproxy.ui.tests.bots.StudioBot;
import org.agentproxy.policy.store.PolicyWorkspace;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The studio under a pseudo translation ({@link PseudoTranslation}: every Java text bracketed and 30 % longer): each
 * dialog, wizard page, preference page and view an administrator opens shows no text that is not translated (no
 * {@code ~]} at its end: not externalized) and no text cut off (a label narrower than its text, a control its window
 * cannot show whole) — with the text named. A screenshot of each goes to {@code agentproxy.pseudoshots} (by default
 * {@code target/pseudo-ui/}). The {@code plugin.xml} texts (menus, view titles) are the product run's
 * ({@code releng/scripts/pseudo-translate.sh}).
 *
 * <p>Runs in a test runtime of its own, the pom's execution {@code pseudo-translation}, which sets
 * {@code agentproxy.pseudo=true} ({@code ./test.sh} runs it with the other UI tests; {@code releng/scripts/ui-test.sh
 * PseudoTranslationUiTest} alone): the workbench it leaves behind is not the English one — a class first loaded
 * under the pseudo translation keeps the pseudo texts it copied, and so do the views reopened here — so it must not
 * share a runtime with the other UI tests.
 */
@EnabledIfSystemProperty(named = "agentproxy.pseudo", matches = "true")
class PseudoTranslationUiTest extends StudioTestSupport {

    private static final Path SHOTS = Path.of(System.getProperty("agentproxy.pseudoshots", "target/pseudo-ui"));

    /**
     * What a view or dialog shows that is data, not words: the sample policy's and the workspace's own texts (names,
     * hosts, file names, versions) — never translated in any locale.
     */
    private static final Predicate<String> DATA_TEXT = Pattern.compile(
            "(?s).*(\\.json|\\.example|https?://|sample-policy|agentproxy-policy/\\d).*"
            // Eclipse Forms' own count of a page's messages (its language pack translates it)
            + "|\\d+ (errors?|warnings?|messages?) detected").asMatchPredicate();

    /** Controls that show data: the Connection Paths samples' drop-down (its tooltip is the sample's description). */
    private static final Set<String> DATA_IDS = Set.of("connectionPaths.samples");

    /**
     * The platform's words, which Eclipse's language packs translate, not the studio's properties: the dialog buttons
     * of JFace and the preference dialog's title; and the names plugin.xml gives (preference pages), which the
     * product run checks.
     */
    private static Set<String> platformTexts() {
        Set<String> texts = new HashSet<>();
        Stream.of(IDialogConstants.OK_LABEL, IDialogConstants.CANCEL_LABEL,
                IDialogConstants.BACK_LABEL, IDialogConstants.NEXT_LABEL, IDialogConstants.FINISH_LABEL,
                IDialogConstants.YES_LABEL, IDialogConstants.NO_LABEL, IDialogConstants.CLOSE_LABEL,
                JFaceResources.getString("defaults"), JFaceResources.getString("apply"),
                JFaceResources.getString("PreferencesDialog.okButtonLabel"),
                JFaceResources.getString("PreferenceDialog.title"), JFaceResources.getString("info"),
                JFaceResources.getString("warning"), JFaceResources.getString("error"),
                JFaceResources.getString("question")).map(t -> t.replace("&", "")).forEach(texts::add);
        PlatformUI.getWorkbench().getPreferenceManager().getElements(PreferenceManager.PRE_ORDER)
                .forEach(node -> texts.add(node.getLabelText()));
        return texts;
    }

    /**
     * The names the Smart Protection features declare in plugin.xml (translated by their plugin.properties, which
     * this test does not pseudo-translate): a row of the features table or the explorer that shows one holds the
     * plug-in's words, not the studio's.
     */
    private static Set<String> featureNames() {
        Set<String> names = new HashSet<>();
        Stream.of(Platform.getExtensionRegistry().getConfigurationElementsFor("org.agentproxy.smartprotection.features"))
                .map(e -> e.getAttribute("name")).filter(n -> n != null && !n.isBlank()).forEach(names::add);
        return names;
    }

    private static final BiPredicate<Widget, String> DATA = new BiPredicate<>() {
        private Set<String> platform;
        private Set<String> features;

        @Override
        public boolean test(Widget widget, String text) {
            if (platform == null) {
                platform = platformTexts();
                features = featureNames();
            }
            return DATA_TEXT.test(text) || platform.contains(text.replace("&", ""))
                    || features.stream().anyMatch(text::contains)
                    || DATA_IDS.contains(String.valueOf(widget.getData(Bot.ID_KEY)));
        }
    };

    private static PseudoTranslation translation;

    @BeforeAll
    static void pseudoTranslate() {
        translation = PseudoTranslation.apply();
    }

    @AfterAll
    static void backToEnglish() {
        if (translation != null) {
            translation.restore();
        }
    }

    @Test
    void theTranslationReachesEveryMessagesClass() {
        // the UI's NLS classes and the core's ResourceBundle ones: hundreds of texts
        assertTrue(translation.size() > 500, "pseudo-translated texts: " + translation.size());
        assertEquals("[Host:~~]", PseudoTranslation.pseudo("Host:"));
    }

    @Test
    void aboutDialog() {
        List<String> problems = dialog("dialog-about", () -> menu("Help", "About Agent Proxy Studio"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void deployWizardEveryPage() {
        List<String> problems = dialog("dialog-deploy-wizard", () -> menu("Deployment", "Deploy Policy..."));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void policyServersPreferences() {
        List<String> problems = dialog("dialog-policy-servers", () -> menu("Deployment", "Servers..."));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void exportDialog() {
        List<String> problems = dialog("dialog-export", () -> menu("File", "Export Policy..."));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * What the policy server client says when a server cannot be reached comes from its messages too: the Policy
     * Servers page's Test on a port nothing listens on shows the pseudo-translated "connection refused" inside the
     * pseudo-translated "cannot reach" inside "Failed: …".
     */
    @Test
    void anUnreachablePolicyServerIsToldInTheTranslation() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Set<Shell> before = shells();
        menu("Deployment", "Servers...");
        ShellBot dialog = newShell(before, "dialog-policy-servers-unreachable");
        Bot bot = dialog.bot();
        bot.button(shown("Add")).click();
        bot.textWithLabel(shown("&Name:")).setText("Nowhere");
        bot.textWithLabel(shown("&URL:")).setText("http://127.0.0.1:" + closed + "/");
        bot.textWithLabel(shown("Admin &token:")).setText("not-a-real-token");
        bot.button(shown("Test")).click();
        String failed = PseudoTranslation.pseudo("Failed: {0}");
        String prefix = failed.substring(0, failed.indexOf("{0}"));
        bot.waitUntil(Condition.of("the server test to fail", () -> bot.labelWithId("servers.testResult").getText()
                .startsWith(prefix)));
        String result = bot.labelWithId("servers.testResult").getText();
        dialog.captureScreenshot(SHOTS.resolve("dialog-policy-servers-unreachable.png"));
        dialog.close();
        assertTrue(result.contains(PseudoTranslation.pseudo("connection refused")), result);
        assertTrue(result.contains(PseudoTranslation.pseudo("cannot reach {0}: {1}").substring(0, 14)), result);
    }

    /** What a control shows for a text pseudo-translated: its mnemonic sign left out. */
    private static String shown(String english) {
        return PseudoTranslation.pseudo(english).replace("&", "");
    }

    private Set<Shell> shells() {
        Set<Shell> before = Collections.newSetFromMap(new IdentityHashMap<>());
        studio.bot().shells().forEach(s -> before.add(s.syncExec(shell -> shell)));
        return before;
    }

    /** The shell opened since {@code before}, once it is there. */
    private ShellBot newShell(Set<Shell> before, String name) {
        studio.bot().waitUntil(Condition.of("a dialog to open (" + name + ")",
                () -> studio.bot().shells().stream().anyMatch(s -> !before.contains(s.syncExec(shell -> shell)))));
        return studio.bot().shells().stream().filter(s -> !before.contains(s.syncExec(shell -> shell)))
                .findFirst().orElseThrow();
    }

    @Test
    void views() {
        List<String> problems = new ArrayList<>();
        problems.addAll(view("view-policy-explorer", StudioBot.EXPLORER_ID, "Policy Explorer"));
        problems.addAll(view("view-policy-problems", StudioBot.PROBLEMS_ID, "Policy Problems"));
        problems.addAll(view("view-fleet-status", "org.agentproxy.deployment.ui.fleetStatus", "Fleet Status"));
        problems.addAll(view("view-connection-paths", "org.agentproxy.simulation.ui.connectionPaths",
                "Connection Paths"));
        problems.addAll(view("view-fleet-impact", "org.agentproxy.simulation.ui.fleetImpact", "Fleet Impact"));
        problems.addAll(view("view-policy-servers", "org.agentproxy.deployment.ui.policyServers", "Policy Servers"));
        problems.addAll(view("view-deployments", "org.agentproxy.deployment.ui.deployments", "Deployments"));
        problems.addAll(view("view-history", "org.agentproxy.ui.policyHistory", "History"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Every page of the policy editor, made again under the pseudo translation (the editor is closed and the sample
     * opened anew): its labels, and the words its tables, trees and combos show — the protocols, the apply and location
     * modes, the agent tree's own settings — translated. The page tabs are plugin.xml's names (the product run's).
     */
    @Test
    void editorPages() {
        studio.editor().close();
        chooser.answer(samplePath());
        studio.openPolicy(PolicyWorkspace.SAMPLE_NAME);
        // the product's pages (not the test bundles' fixtures); their tab and heading are plugin.xml's label
        List<String> labels = Stream.of(Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.agentproxy.ui.scopeEditors"))
                .filter(e -> e.getContributor().getName().startsWith("org.agentproxy.")
                        && !e.getContributor().getName().contains(".tests"))
                .map(e -> e.getAttribute("label")).toList();
        BiPredicate<Widget, String> data = DATA.or((widget, text) -> labels.contains(text));
        assertTrue(labels.size() >= 4, labels.toString());
        List<String> problems = new ArrayList<>();
        for (String label : labels) {
            studio.editor().page(label);
            String name = "page-" + label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            studio.window().captureScreenshot(SHOTS.resolve(name + ".png"));
            studio.window().syncExec(s -> {
                Composite content = pageContent(s, label);
                if (content == null) {
                    problems.add(name + ": no page tab " + label);
                    return null;
                }
                UntranslatedTexts.under(content, data, translation.english())
                        .forEach(p -> problems.add(name + ": " + p));
                return null;
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The control of the editor's page tab labelled {@code label}. */
    private static Composite pageContent(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    if (label.equals(item.getText()) && item.getControl() instanceof Composite content
                            && !content.isDisposed()) {
                        return content;
                    }
                }
            }
            if (child instanceof Composite composite) {
                Composite found = pageContent(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The views whose top rows hold a status and several controls (Fleet Impact, Connection Paths, Fleet Status), at the size the perspective gives them (not
     * maximized): the longer texts must wrap there, not run out of the view.
     */
    @Test
    void viewHeadersAtNormalSize() {
        List<String> problems = new ArrayList<>();
        problems.addAll(restored("view-fleet-impact-restored", "org.agentproxy.simulation.ui.fleetImpact",
                "Fleet Impact"));
        problems.addAll(restored("view-connection-paths-restored", "org.agentproxy.simulation.ui.connectionPaths",
                "Connection Paths"));
        problems.addAll(restored("view-fleet-status-restored", "org.agentproxy.deployment.ui.fleetStatus",
                "Fleet Status"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Closes a view, opens it again at its normal size and checks what its tab holds. */
    private List<String> restored(String name, String id, String title) {
        return view(name, id, title, false);
    }

    private void menu(String menu, String item) {
        studio.activate();
        studio.window().bot().menu(menu).menu(item).click();
    }

    /**
     * Opens a dialog, checks it (a wizard page by page, as its Next would show them) and closes it.
     *
     * @return the texts not translated and the controls cut off, one line each, prefixed with the shot's name
     */
    private List<String> dialog(String name, Runnable open) {
        Set<Shell> before = shells();
        open.run();
        ShellBot dialog = newShell(before, name);
        List<String> problems = new ArrayList<>();
        List<IWizardPage> pages = dialog.syncExec(s -> s.getData() instanceof WizardDialog w
                ? List.of(w.getCurrentPage().getWizard().getPages()) : List.<IWizardPage>of());
        if (pages.isEmpty()) {
            problems.addAll(check(name, dialog));
        }
        for (int i = 0; i < pages.size(); i++) {
            IWizardPage page = pages.get(i);
            dialog.syncExec(s -> {
                ((WizardDialog) s.getData()).showPage(page);
                return null;
            });
            problems.addAll(check(name + "-" + (i + 1), dialog));
        }
        dialog.close();
        return problems;
    }

    private List<String> check(String name, ShellBot dialog) {
        dialog.captureScreenshot(SHOTS.resolve(name + ".png"));
        List<String> problems = new ArrayList<>();
        dialog.syncExec(s -> UntranslatedTexts.under(s, DATA, translation.english())).forEach(p -> problems.add(name + ": " + p));
        dialog.clippedControls().forEach(p -> problems.add(name + ": cut off: " + p));
        return problems;
    }

    /**
     * Closes a view and opens it again (so that it is made with the pseudo texts), maximizes it (unless
     * {@code maximize} is false) and checks what its tab holds.
     */
    private List<String> view(String name, String id, String title) {
        return view(name, id, title, true);
    }

    private List<String> view(String name, String id, String title, boolean maximize) {
        studio.closeView(id);
        studio.bot().syncExec(() -> {
            try {
                IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
                page.showView(id);
                if (maximize) {
                    // the whole window's width, as an administrator gives a view that needs it (double-click its tab)
                    page.setPartState(page.findViewReference(id), IWorkbenchPage.STATE_MAXIMIZED);
                }
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        studio.window().captureScreenshot(SHOTS.resolve(name + ".png"));
        List<String> problems = new ArrayList<>();
        studio.window().syncExec(s -> {
            Composite content = viewContent(s, title);
            if (content == null) {
                problems.add(name + ": no tab titled " + title);
                return null;
            }
            content.getShell().layout(true, true);
            UntranslatedTexts.under(content, DATA, translation.english()).forEach(p -> problems.add(name + ": " + p));
            ClippedControls.under(content).forEach(p -> problems.add(name + ": cut off: " + p));
            return null;
        });
        studio.bot().syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.setPartState(page.findViewReference(id), IWorkbenchPage.STATE_RESTORED);
            return null;
        });
        return problems;
    }

    /** What the workbench's tab titled {@code title} (a view's name, from plugin.xml) holds. */
    private static Composite viewContent(Composite parent, String title) {
        for (Control child : parent.getChildren()) {
            if (child instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    if (title.equals(item.getText()) && item.getControl() instanceof Composite content) {
                        return content;
                    }
                }
            }
            if (child instanceof Composite composite) {
                Composite found = viewContent(composite, title);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
