package org.agentproxy.simulation.ui.internal;

import java.util.List;
import java.util.function.BiConsumer;

import org.agentproxy.simulation.impact.Change;
import org.agentproxy.simulation.impact.PurposeImpact;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

/**
 * The Fleet Impact chart (SWTChart): one horizontal stacked bar per purpose — the agents that keep, change, gain and
 * lose their path — with a legend and titled axes. A click on a bar tells which purpose and series it is.
 */
final class ImpactChart {

    /** The series, in stacking order, with their colours. */
    static final String[] SERIES = {"kept", "changed", "gained", "lost"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final int[] COLORS = {SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_BLUE,
        SWT.COLOR_RED};
    private final Chart chart;
    /** The counts shown, {@code [series][purpose]}. */
    private double[][] shown = new double[SERIES.length][0];

    ImpactChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.setData("org.agentproxy.bot.id", "fleetImpact.chart"); //$NON-NLS-1$ //$NON-NLS-2$
        chart.setOrientation(SWT.VERTICAL);
        Color black = parent.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        chart.getTitle().setText(Messages.ImpactChart_agentsPerPurpose);
        chart.getTitle().setForeground(black);
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis purposes = chart.getAxisSet().getXAxis(0);
        purposes.enableCategory(true);
        purposes.setReversed(true);
        purposes.getTitle().setText(Messages.ImpactChart_purpose);
        IAxis agents = chart.getAxisSet().getYAxis(0);
        agents.getTitle().setText(Messages.ImpactChart_agents);
        for (IAxis axis : List.of(purposes, agents)) {
            axis.getTitle().setForeground(black);
            axis.getTick().setForeground(black);
        }
        for (int s = 0; s < SERIES.length; s++) {
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, SERIES[s]);
            bars.setDescription(Words.change(Change.values()[s])); // the legend: SERIES[s] in words
            bars.setBarColor(parent.getDisplay().getSystemColor(COLORS[s]));
        }
    }

    Chart control() {
        return chart;
    }

    /**
     * Runs {@code action} with the purpose's index and the series' index ({@link #SERIES}) of the bar clicked: the
     * click's pixel is turned into a category and a count through the chart's axes, then into the stacked segment
     * that holds that count.
     */
    void onSelect(BiConsumer<Integer, Integer> action) {
        chart.getPlotArea().getControl().addListener(SWT.MouseDown, e -> {
            boolean vertical = chart.getOrientation() == SWT.VERTICAL;
            double category = chart.getAxisSet().getXAxis(0).getDataCoordinate(vertical ? e.y : e.x);
            double count = chart.getAxisSet().getYAxis(0).getDataCoordinate(vertical ? e.x : e.y);
            int index = (int) Math.round(category);
            if (index < 0 || index >= shown[0].length || Math.abs(category - index) > 0.45) {
                return;
            }
            double stacked = 0;
            for (int s = 0; s < SERIES.length; s++) {
                double next = stacked + shown[s][index];
                if (count >= stacked && count < next) {
                    action.accept(index, s);
                    return;
                }
                stacked = next;
            }
        });
    }

    /**
     * @param value   the counts per purpose
     * @param labels  what the purpose axis shows for each (readable names); the ids are the widget data
     *                {@code fleetImpact.purposes}
     * @param agents  the number of agents (the axis' range)
     */
    void show(List<PurposeImpact> value, List<String> labels, int agents) {
        int n = value.size();
        String[] names = labels.toArray(String[]::new);
        chart.setData("fleetImpact.purposes", value.stream().map(PurposeImpact::purpose).toArray(String[]::new)); //$NON-NLS-1$
        double[][] counts = new double[SERIES.length][n];
        for (int i = 0; i < n; i++) {
            PurposeImpact p = value.get(i);
            counts[0][i] = p.kept();
            counts[1][i] = p.changed();
            counts[2][i] = p.gained();
            counts[3][i] = p.lost();
        }
        shown = counts;
        chart.getAxisSet().getXAxis(0).setCategorySeries(names);
        for (int s = 0; s < SERIES.length; s++) {
            ISeries<?> series = chart.getSeriesSet().getSeries(SERIES[s]);
            series.setYSeries(counts[s]);
            series.enableStack(true);
        }
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(1, agents)));
        chart.redraw();
    }
}
