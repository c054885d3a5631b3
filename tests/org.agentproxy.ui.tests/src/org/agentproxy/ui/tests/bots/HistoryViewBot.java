package org.agentproxy.ui.tests.bots;

import java.util.List;
import java.util.regex.Pattern;

import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.testing.bot.workbench.ViewBot;

/**
 * The History view: the saved versions of the open policy, newest first (Version, Saved, Changed), the field changes
 * of the selected version (Field, Before, After), and Restore. Its part is made active before it acts.
 */
public final class HistoryViewBot {

    public static final String VIEW_ID = "org.agentproxy.ui.policyHistory";
    private static final int VERSION = 0;
    private static final int CHANGED = 2;

    private final ViewBot view;
    private final TableBot versions;

    HistoryViewBot(ViewBot view) {
        this.view = view.show();
        this.versions = view.bot().tableWithId("policyHistory.versions");
    }

    /** The version numbers shown, newest first: {@code #3, #2, #1}. */
    public List<String> versions() {
        return versions.column(VERSION);
    }

    /** Waits until the view lists {@code count} versions. */
    public HistoryViewBot waitForVersions(int count) {
        view.bot().waitUntil(Conditions.tableHasRows(versions, count));
        return this;
    }

    /** Waits until a version whose Changed column contains {@code part} is listed; returns its row. */
    public int waitForVersionChanging(String part) {
        return versions.waitForRowMatching(CHANGED, Pattern.compile(Pattern.quote(part)));
    }

    /** The Changed column of a row. */
    public String changed(int row) {
        return versions.cell(row, CHANGED);
    }

    /** Selects a version: the changes table shows its field changes. */
    public HistoryViewBot select(int row) {
        view.show();
        versions.select(row);
        return this;
    }

    /** The field changes of the selected version: one {@code field: before → after} per row. */
    public List<String> changes() {
        TableBot changes = view.bot().tableWithId("policyHistory.changes");
        return java.util.stream.IntStream.range(0, changes.rowCount())
                .mapToObj(i -> changes.cell(i, 0) + ": " + changes.cell(i, 1) + " → " + changes.cell(i, 2)).toList();
    }

    /** Restores the version of that row (a new version is saved with its content). */
    public HistoryViewBot restore(int row) {
        select(row);
        view.bot().buttonWithId("policyHistory.restore").click();
        return this;
    }
}
