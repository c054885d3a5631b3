package org.agentproxy.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.ShellBot;
import org.agentproxy.testing.bot.TableBot;

/** The Deploy Policy wizard (Deployment → Deploy Policy…): targets → plan → fleet impact → confirm. */
public final class DeployWizardBot {

    public static final String TITLE = "Deploy Policy";

    private final ShellBot shell;

    DeployWizardBot(ShellBot shell) {
        this.shell = shell;
    }

    public ShellBot shell() {
        return shell;
    }

    /** Page 1: checks the group of the server with that URL, once the servers' groups are read. */
    public DeployWizardBot checkTarget(String group, String serverUrl) {
        shell.bot().tableWithId("deployWizard.targets").toggleCheck(targetRow(group, serverUrl));
        return this;
    }

    /** Page 1: the line under the targets (reading, how many groups, what to do when there are none). */
    public String targetsStatus() {
        return shell.bot().linkWithId("deployWizard.targetsStatus").getText();
    }

    /** Page 1: waits until the line under the targets contains this text. */
    public DeployWizardBot waitForTargetsStatus(String text) {
        shell.bot().waitUntil(Condition.of("the targets line to say '" + text + "'",
                () -> targetsStatus().contains(text)));
        return this;
    }

    /** Page 1, with no server: the link to the Servers page. */
    public ServersBot addServer() {
        shell.bot().linkWithId("deployWizard.targetsStatus").click("Add a policy server…");
        return new ServersBot(shell.bot().shell(ServersBot.TITLE));
    }

    /** Page 1: Create Group…. */
    public CreateGroupBot createGroup() {
        shell.bot().buttonWithId("deployWizard.createGroup").click();
        return new CreateGroupBot(shell.bot().shell(CreateGroupBot.TITLE), shell.bot());
    }

    /** Page 1: waits for the target's row; returns its index. */
    public int targetRow(String group, String serverUrl) {
        TableBot targets = shell.bot().tableWithId("deployWizard.targets");
        int[] row = {-1};
        shell.bot().waitUntil(Condition.of("group " + group + " of " + serverUrl + " in the targets", () -> {
            for (int i = 0; i < targets.rowCount(); i++) {
                if (targets.cell(i, 0).equals(group) && targets.cell(i, 1).endsWith(serverUrl)) {
                    row[0] = i;
                    return true;
                }
            }
            return false;
        }));
        return row[0];
    }

    /** Page 1: selects the target's row and presses Mark as Canary. */
    public DeployWizardBot markCanary(String group, String serverUrl) {
        shell.bot().tableWithId("deployWizard.targets").select(targetRow(group, serverUrl));
        shell.bot().buttonWithId("deployWizard.markCanary").click();
        return this;
    }

    /** Page 1: the target's Role cell ("canary" or empty). */
    public String role(String group, String serverUrl) {
        return shell.bot().tableWithId("deployWizard.targets").cell(targetRow(group, serverUrl), 3);
    }

    /** The canary line of a page: {@code plan}, {@code impact} or {@code confirm}. */
    public String canaryLine(String page) {
        return shell.bot().labelWithId("deployWizard.canary." + page).getText();
    }

    /** Page 3: types a path into the inventory field and presses Return. */
    public DeployWizardBot typeInventoryAndPressReturn(String path) {
        shell.bot().textWithId("deployWizard.inventory").setText(path).pressReturn();
        return this;
    }

    /** Page 3: waits until the status line above the tables starts with this text. */
    public DeployWizardBot waitForImpactStatus(String start) {
        shell.bot().waitUntil(Condition.of("the impact status to start with '" + start + "'",
                () -> impactStatus().startsWith(start)));
        return this;
    }

    /** The wizard's current page title (the title area's bold line). */
    public String pageTitle() {
        return shell.syncExec(s -> s.getData() instanceof org.eclipse.jface.wizard.WizardDialog d
                ? d.getCurrentPage().getTitle() : "");
    }

    public DeployWizardBot next() {
        shell.bot().button("Next >").click();
        return this;
    }

    /** Page 2: once the plan is read, its rows: target, field, deployed value, new value. */
    public List<List<String>> plan() {
        Bot bot = shell.bot();
        TableBot plan = bot.tableWithId("deployWizard.plan");
        bot.waitUntil(Condition.of("the plan to be read", () -> plan.rowCount() > 0));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < plan.rowCount(); i++) {
            rows.add(List.of(plan.cell(i, 0), plan.cell(i, 1), plan.cell(i, 2), plan.cell(i, 3)));
        }
        return rows;
    }

    /** Page 3 (Fleet Impact): the status line above the tables (how to set an inventory, or the warning). */
    public String impactStatus() {
        return shell.bot().labelWithId("deployWizard.impactStatus").getText();
    }

    /** Page 3: Browse... for the inventory; the scripted chooser must answer with the file. */
    public DeployWizardBot browseInventory() {
        shell.bot().buttonWithId("deployWizard.inventoryBrowse").click();
        return this;
    }

    /** Page 3: waits until the row of a target and purpose shows these kept, changed, gained, lost counts. */
    public DeployWizardBot waitForImpact(String group, String purpose, String kept, String changed, String gained,
            String lost) {
        TableBot table = shell.bot().tableWithId("deployWizard.impact");
        List<String> expected = List.of(group, purpose, kept, changed, gained, lost);
        shell.bot().waitUntil(Condition.of(group + " " + purpose + " shows " + expected, () -> {
            for (int i = 0; i < table.rowCount(); i++) {
                List<String> row = List.of(table.cell(i, 0), table.cell(i, 1), table.cell(i, 2), table.cell(i, 3),
                        table.cell(i, 4), table.cell(i, 5));
                if (row.equals(expected)) {
                    return true;
                }
            }
            return false;
        }));
        return this;
    }

    /** Page 3: the lost paths as "target agent purpose cause". */
    public List<String> lostPaths() {
        TableBot table = shell.bot().tableWithId("deployWizard.impactLost");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            rows.add(table.cell(i, 0) + " " + table.cell(i, 1) + " " + table.cell(i, 2) + " " + table.cell(i, 4));
        }
        return rows;
    }

    /** Page 4: the summary of what Finish does. */
    public String summary() {
        return shell.bot().labelWithId("deployWizard.summary").getText();
    }

    /** Finish: the deployment starts in the background; waits for the wizard to close. */
    public void finish() {
        shell.bot().button("Finish").click();
        shell.bot().waitUntil(Conditions.shellCloses(shell));
    }
}
