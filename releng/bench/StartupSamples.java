import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Part of releng/bench/startup-phases.sh: the JFR execution samples taken before the studio's window was mapped, by
 * thread and by the code they were in (the first category, in this order, of which a frame of the stack is part).
 * usage: java StartupSamples.java RECORDING.jfr WINDOW_EPOCH_MILLIS
 */
public final class StartupSamples {

    private static final String[][] CATEGORIES = {
        {"JFR itself", "jdk.jfr."},
        {"Felix SCR (components, the bundles their classes activate)", "org.apache.felix.scr."},
        {"extension registry", "org.eclipse.core.internal.registry."},
        {"p2 (dropins reconciler)", "org.eclipse.equinox.internal.p2.", "org.eclipse.equinox.internal.frameworkadmin."},
        {"the initial policy (Jackson, validation)", "com.fasterxml.jackson.", "org.agentproxy.policy."},
        {"CSS styling", "org.eclipse.e4.ui.css."},
        {"workbench model: loading (ResourceHandler)", "org.eclipse.e4.ui.internal.workbench.ResourceHandler."},
        {"workbench model: fragments, processors (ModelAssembler)", "org.eclipse.e4.ui.internal.workbench.ModelAssembler."},
        {"studio views (explorer, problems) and status line", "org.agentproxy.ui.internal.explorer.",
            "org.agentproxy.ui.internal.problems.", "org.agentproxy.ui.internal.PolicyStatusItem",
            "org.agentproxy.ui.internal.StudioActionBarAdvisor", "org.agentproxy.ui.editor."},
        {"rendering the model (PartRenderingEngine)", "org.eclipse.e4.ui.internal.workbench.swt.PartRenderingEngine."},
        {"3.x workbench start (Workbench.init: commands, bindings, services)", "org.eclipse.ui.internal.Workbench.init"},
        {"E4 workbench creation (E4Application)", "org.eclipse.e4.ui.internal.workbench.swt.E4Application."},
        {"SWT outside the above (display)", "org.eclipse.swt."},
        {"Equinox framework", "org.eclipse.osgi."},
        {"launcher", "org.eclipse.equinox.launcher."},
    };

    public static void main(String[] args) throws Exception {
        long window = Long.parseLong(args[1]);
        Map<String, Map<String, Integer>> byThread = new HashMap<>();
        Map<String, Integer> threadTotals = new HashMap<>();
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                        || event.getStartTime().toEpochMilli() > window || event.getStackTrace() == null) {
                    continue;
                }
                String thread = event.getThread("sampledThread") == null ? "?"
                        : event.getThread("sampledThread").getJavaName().replaceAll(": Equinox Container: .*", "");
                String category = category(event.getStackTrace().getFrames());
                byThread.computeIfAbsent(thread, t -> new HashMap<>()).merge(category, 1, Integer::sum);
                threadTotals.merge(thread, 1, Integer::sum);
            }
        }
        int all = threadTotals.values().stream().mapToInt(Integer::intValue).sum();
        threadTotals.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(t -> {
            System.out.printf("  %-20s %4d samples (%2.0f %%)%n", t.getKey(), t.getValue(), 100.0 * t.getValue() / all);
            byThread.get(t.getKey()).entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .filter(c -> c.getValue() * 50 >= t.getValue())
                    .forEach(c -> System.out.printf("      %4d (%2.0f %% of the thread)  %s%n", c.getValue(),
                            100.0 * c.getValue() / t.getValue(), c.getKey()));
        });
    }

    private static String category(List<RecordedFrame> frames) {
        for (String[] category : CATEGORIES) {
            for (RecordedFrame frame : frames) {
                String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                for (int i = 1; i < category.length; i++) {
                    if (name.startsWith(category[i])) {
                        return category[0];
                    }
                }
            }
        }
        return "other";
    }
}
