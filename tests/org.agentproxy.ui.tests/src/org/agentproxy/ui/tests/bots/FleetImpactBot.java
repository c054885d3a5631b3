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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.swtchart.Chart;

/**
 * The Fleet Impact view: the baseline to compare with, the chart (its bars clickable), the counts (rows selectable),
 * the agents of the chosen bar or row (the lost paths until one is chosen), Export CSV and Export Agents.
 */
public final class FleetImpactBot {

    private final Bot bot;
    private final TableBot counts;
    private final TableBot agents;

    FleetImpactBot(Bot bot) {
        this.bot = bot;
        this.counts = bot.tableWithId("fleetImpact.counts");
        this.agents = bot.tableWithId("fleetImpact.agents");
    }

    public String status() {
        return bot.labelWithId("fleetImpact.status").getText();
    }

    /** {kept, changed, gained, lost} of a purpose (its id or its name), as shown. */
    public List<String> counts(String purpose) {
        int i = countsRow(purpose);
        return i < 0 ? List.of()
                : List.of(counts.cell(i, 1), counts.cell(i, 2), counts.cell(i, 3), counts.cell(i, 4));
    }

    /** The name the counts table shows for a purpose id. */
    public String purposeName(String purpose) {
        int i = countsRow(purpose);
        return i < 0 ? null : counts.cell(i, 0);
    }

    private int countsRow(String purpose) {
        for (int i = 0; i < counts.rowCount(); i++) {
            if (purpose.equals(RowIds.of(counts, i)[0]) || counts.cell(i, 0).equals(purpose)) {
                return i;
            }
        }
        return -1;
    }

    /** Selects a purpose's row of the counts table: the list shows its changed, gained and lost agents. */
    public FleetImpactBot selectRow(String purpose) {
        bot.waitUntil(Condition.of("the counts list " + purpose, () -> countsRow(purpose) >= 0));
        counts.select(countsRow(purpose));
        return this;
    }

    /**
     * Clicks the middle of the bar of a series ({@code kept}, {@code changed}, {@code gained}, {@code lost}) of a
     * purpose (its id), where the chart's axes put it: the list shows that bar's agents.
     */
    public FleetImpactBot clickBar(String purpose, String series) {
        List<Widget> chart = bot.widgets(Matchers.withId("fleetImpact.chart"));
        bot.syncExec(() -> {
            Chart c = (Chart) chart.get(0);
            int index = List.of((String[]) c.getData("fleetImpact.purposes")).indexOf(purpose);
            double before = 0;
            double count = 0;
            for (String s : List.of("kept", "changed", "gained", "lost")) {
                double value = c.getSeriesSet().getSeries(s).getYSeries()[index];
                if (s.equals(series)) {
                    count = value;
                    break;
                }
                before += value;
            }
            int across = c.getAxisSet().getXAxis(0).getPixelCoordinate(index);
            int along = c.getAxisSet().getYAxis(0).getPixelCoordinate(before + count / 2);
            boolean vertical = c.getOrientation() == SWT.VERTICAL;
            Event down = new Event();
            down.x = vertical ? along : across;
            down.y = vertical ? across : along;
            down.button = 1;
            c.getPlotArea().getControl().notifyListeners(SWT.MouseDown, down);
            return null;
        });
        return this;
    }

    /** What the agent list says it shows, e.g. {@code Configuration · changed: 4 agents}. */
    public String selection() {
        return bot.labelWithId("fleetImpact.selection").getText();
    }

    /** The listed agents as "agent purpose change" (ids). */
    public List<String> agents() {
        return agentRows(2);
    }

    /** The listed rows as "agent purpose X" (ids), X the id of column {@code last}. */
    private List<String> agentRows(int last) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < agents.rowCount(); i++) {
            String[] ids = RowIds.of(agents, i);
            rows.add(ids[0] + " " + ids[1] + " " + ids[last]);
        }
        return rows;
    }

    /** Export Agents…: the scripted chooser must answer with the file to write. */
    public FleetImpactBot exportAgents() {
        bot.buttonWithId("fleetImpact.exportAgents").click();
        return this;
    }

    /** The busy hint's text. */
    public String busy() {
        return bot.labelWithId("fleetImpact.busy").getText();
    }

    /** Waits until a purpose shows these counts. */
    public FleetImpactBot waitForCounts(String purpose, String kept, String changed, String gained, String lostCount) {
        List<String> expected = List.of(kept, changed, gained, lostCount);
        bot.waitUntil(Condition.of(purpose + " shows " + expected, () -> counts(purpose).equals(expected)));
        return this;
    }

    /** The lost paths the agent list shows before a bar or a row is chosen, as "agent purpose cause" (ids). */
    public List<String> lost() {
        return agentRows(5);
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

    /** The chart's values of a series ({@code kept}, {@code changed}, {@code gained}, {@code lost}) per purpose id. */
    public Map<String, Integer> chart(String series) {
        List<Widget> chart = bot.widgets(Matchers.withId("fleetImpact.chart"));
        return bot.syncExec(() -> {
            Chart c = (Chart) chart.get(0);
            String[] purposes = (String[]) c.getData("fleetImpact.purposes");
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
