package org.agentproxy.smartprotection.internal;

import java.util.List;
import java.util.function.Consumer;

import org.agentproxy.smartprotection.FeatureValidator;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.InvalidRegistryObjectException;

/** Creates a contribution's validation class; one that cannot be created is logged and accepts everything. */
final class Validators {

    static final FeatureValidator NONE = settings -> List.of();

    private Validators() {
    }

    static FeatureValidator create(IConfigurationElement element, Consumer<String> log) {
        String bundle = "?"; //$NON-NLS-1$
        try {
            bundle = element.getContributor().getName();
            Object created = element.createExecutableExtension("class"); //$NON-NLS-1$
            if (created instanceof FeatureValidator validator) {
                return validator;
            }
            log.accept(message(bundle, element, "it is no " + FeatureValidator.class.getName())); //$NON-NLS-1$
        } catch (CoreException | InvalidRegistryObjectException e) {
            log.accept(message(bundle, element, e.getMessage()));
        }
        return NONE;
    }

    private static String message(String bundle, IConfigurationElement element, String problem) {
        return "The validation class of a Smart Protection feature contributed by " + bundle //$NON-NLS-1$
                + " cannot be used (" + problem + "): the feature's settings get no extra validation"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
