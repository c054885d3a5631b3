package org.agentproxy.ui.tests;

import java.nio.file.Path;
import java.util.Deque;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.agentproxy.ui.PolicyFileChooser;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Answers the studio's file questions from a script instead of the native GTK file dialog, which no SWT test can
 * drive. Registered with a higher service ranking than the product's chooser; everything after the dialog is the
 * real product.
 */
public final class ScriptedFileChooser implements PolicyFileChooser, AutoCloseable {

    private final Deque<Path> answers = new ConcurrentLinkedDeque<>();
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

    @Override
    public Optional<Path> chooseFileToOpen(Shell parent) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Shell parent, Path suggestion) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
