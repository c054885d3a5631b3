package org.agentproxy.ui.tests.bots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.ComboBot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.Matchers;
import org.agentproxy.testing.bot.TableBot;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.swtchart.Chart;

/** The Fleet Impact view: the baseline to compare with, the chart, the counts, the agents that lose a path, Export. */
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

    /** Compare with: the saved file. */
    public FleetImpactBot compareWithSaved() {
        baselines().select("the saved file");
        return this;
    }

    /** Compare with: a version of the history, waiting until the drop-down lists it. */
    public FleetImpactBot compareWithVersion(int number) {
        String prefix = "version #" + number + " of ";
        bot.waitUntil(Condition.of("the drop-down lists " + prefix,
                () -> baselines().items().stream().anyMatch(i -> i.startsWith(prefix))));
        baselines().select(baselines().items().stream().filter(i -> i.startsWith(prefix)).findFirst().get());
        return this;
    }

    /** What the Compare with drop-down offers, in order. */
    public List<String> baselineChoices() {
        return baselines().items();
    }

    /** The chart's values of a series ({@code kept}, {@code changed}, {@code gained}, {@code lost}) per purpose. */
    public Map<String, Integer> chart(String series) {
        List<Widget> chart = bot.widgets(Matchers.withId("fleetImpact.chart"));
        return bot.syncExec(() -> {
            Chart c = (Chart) chart.get(0);
            String[] purposes = c.getAxisSet().getXAxis(0).getCategorySeries();
            double[] values = c.getSeriesSet().getSeries(series).getYSeries();
            Map<String, Integer> byPurpose = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                byPurpose.put(purposes[i], (int) values[i]);
            }
            return byPurpose;
        });
    }

    private ComboBot baselines() {
        return bot.comboWithId("fleetImpact.baselines");
    }

    /** Export CSV…: the scripted chooser must answer with the file to write. */
    public FleetImpactBot export() {
        bot.buttonWithId("fleetImpact.export").click();
        return this;
    }
}
