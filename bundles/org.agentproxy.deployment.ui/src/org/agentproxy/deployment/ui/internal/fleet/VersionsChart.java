package org.agentproxy.deployment.ui.internal.fleet;

import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

/** Agents per version, as bars (SWTChart); the current version's bar green, older ones orange. */
final class VersionsChart {

    private static final String CURRENT = "current"; //$NON-NLS-1$
    private static final String OLDER = "older"; //$NON-NLS-1$
    private final Chart chart;

    VersionsChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.setData(FleetQuery.BOT_ID, "fleetStatus.chart"); //$NON-NLS-1$
        Color black = parent.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        chart.getTitle().setText(Messages.FleetStatus_chartTitle);
        chart.getTitle().setForeground(black);
        chart.getLegend().setVisible(false);
        IAxis versions = chart.getAxisSet().getXAxis(0);
        versions.enableCategory(true);
        versions.getTitle().setText(Messages.FleetStatus_versionAxis);
        IAxis agents = chart.getAxisSet().getYAxis(0);
        agents.getTitle().setText(Messages.FleetStatus_agentsAxis);
        for (IAxis axis : List.of(versions, agents)) {
            axis.getTitle().setForeground(black);
            axis.getTick().setForeground(black);
        }
        IBarSeries<?> current = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, CURRENT);
        current.setBarColor(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
        IBarSeries<?> older = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, OLDER);
        older.setBarColor(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
    }

    Chart control() {
        return chart;
    }

    void show(Map<Long, Integer> perVersion, long currentVersion) {
        int n = perVersion.size();
        String[] labels = new String[n];
        double[] current = new double[n];
        double[] older = new double[n];
        int i = 0;
        int most = 1;
        for (Map.Entry<Long, Integer> e : perVersion.entrySet()) {
            labels[i] = e.getKey() == 0 ? Messages.FleetStatus_noVersion
                    : NLS.bind(Messages.FleetStatus_versionLabel, e.getKey());
            (e.getKey() == currentVersion ? current : older)[i] = e.getValue();
            most = Math.max(most, e.getValue());
            i++;
        }
        chart.setData("fleetStatus.versions", labels); //$NON-NLS-1$
        chart.getAxisSet().getXAxis(0).setCategorySeries(labels);
        chart.getSeriesSet().getSeries(CURRENT).setYSeries(current);
        chart.getSeriesSet().getSeries(OLDER).setYSeries(older);
        chart.getSeriesSet().getSeries(CURRENT).enableStack(true);
        chart.getSeriesSet().getSeries(OLDER).enableStack(true);
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, most * 1.1));
        chart.redraw();
    }
}
