package org.agentproxy.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.TableBot;

/** The Fleet Impact view: counts per purpose, the agents that lose a path, Export. */
public final class FleetImpactBot {

    private final Bot bot;
    private final TableBot counts;
    private final TableBot lost;

    FleetImpactBot(Bot bot) {
        this.bot = bot;
        this.counts = bot.tableWithId("fleetImpact.counts");
        this.lost = bot.tableWithId("fleetImpact.lost");
    }

    public String status() {
        return bot.labelWithId("fleetImpact.status").getText();
    }

    /** {kept, changed, gained, lost} of a purpose, as shown. */
    public List<String> counts(String purpose) {
        for (int i = 0; i < counts.rowCount(); i++) {
            if (counts.cell(i, 0).equals(purpose)) {
                return List.of(counts.cell(i, 1), counts.cell(i, 2), counts.cell(i, 3), counts.cell(i, 4));
            }
        }
        return List.of();
    }

    /** Waits until a purpose shows these counts. */
    public FleetImpactBot waitForCounts(String purpose, String kept, String changed, String gained, String lostCount) {
        List<String> expected = List.of(kept, changed, gained, lostCount);
        bot.waitUntil(Condition.of(purpose + " shows " + expected, () -> counts(purpose).equals(expected)));
        return this;
    }

    /** The rows of the lost table as "agent purpose cause". */
    public List<String> lost() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < lost.rowCount(); i++) {
            rows.add(lost.cell(i, 0) + " " + lost.cell(i, 1) + " " + lost.cell(i, 3));
        }
        return rows;
    }

    /** Compare With File…: the scripted chooser must answer with a policy file. */
    public FleetImpactBot compareWithFile() {
        bot.buttonWithId("fleetImpact.baseline").click();
        return this;
    }

    public FleetImpactBot compareWithSaved() {
        bot.buttonWithId("fleetImpact.saved").click();
        return this;
    }

    /** Export CSV…: the scripted chooser must answer with the file to write. */
    public FleetImpactBot export() {
        bot.buttonWithId("fleetImpact.export").click();
        return this;
    }
}
