package org.agentproxy.ui.tests;

import java.nio.file.Path;
import java.util.Deque;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.agentproxy.ui.FileRequest;
import org.agentproxy.ui.PolicyFileChooser;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Answers the studio's file questions from a script instead of the native GTK file dialog, which no SWT test can
 * drive. Registered with a higher service ranking than the product's chooser; everything after the dialog is the
 * real product. It records what it was asked (the title, the filters, the folder the studio remembered).
 */
public final class ScriptedFileChooser implements PolicyFileChooser, AutoCloseable {

    private final Deque<Path> answers = new ConcurrentLinkedDeque<>();
    private final Deque<FileRequest> asked = new ConcurrentLinkedDeque<>();
    private final ServiceRegistration<PolicyFileChooser> registration;

    private ScriptedFileChooser() {
        BundleContext context = FrameworkUtil.getBundle(ScriptedFileChooser.class).getBundleContext();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, 1000);
        registration = context.registerService(PolicyFileChooser.class, this, properties);
    }

    public static ScriptedFileChooser register() {
        return new ScriptedFileChooser();
    }

    /** The next question, to open or to save, is answered with this file. */
    public void answer(Path file) {
        answers.add(file);
    }

    /** Every question asked so far (title, filters, starting folder), oldest first. */
    public List<FileRequest> asked() {
        return List.copyOf(asked);
    }

    /** The last question asked, or {@code null}. */
    public FileRequest lastAsked() {
        return asked.peekLast();
    }

    @Override
    public Optional<Path> choose(Shell parent, FileRequest request) {
        asked.add(request);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
