package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.codec.ScenarioFormatException;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.InventoryFormatException;
import org.agentproxy.simulation.impact.InventoryReader;
import org.agentproxy.simulation.scenario.Scenario;

/**
 * Reads the files of {@code simulate} and {@code impact}. A file that cannot be used throws {@link BadInput} with one
 * line per problem, {@code FILE: field.path: reason}, as {@code validate} prints them.
 */
public final class SimulationInputs {

    /** Input that cannot be used; each line names the file, the field and the reason. */
    public static final class BadInput extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient List<String> lines;

        BadInput(List<String> lines) {
            super(String.join("\n", lines), null, false, false); //$NON-NLS-1$
            this.lines = List.copyOf(lines);
        }

        public List<String> lines() {
            return lines;
        }
    }

    private SimulationInputs() {
    }

    /** A policy that reads and has no validation errors (warnings are fine). */
    public static Policy policy(String file) throws BadInput {
        Path path = path(file);
        Policy policy;
        try {
            policy = PolicyCodec.read(path);
        } catch (PolicyFormatException e) {
            throw new BadInput(List.of(file + ": " + e.getMessage())); //$NON-NLS-1$
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        List<String> errors = PolicyValidator.validate(policy).stream().filter(Problem::isError)
                .map(p -> file + ": " + p).toList(); //$NON-NLS-1$
        if (!errors.isEmpty()) {
            throw new BadInput(errors);
        }
        return policy;
    }

    public static Scenario scenario(String file) throws BadInput {
        try {
            return ScenarioCodec.read(path(file));
        } catch (ScenarioFormatException e) {
            throw new BadInput(List.of(file + ": " + e.getMessage())); //$NON-NLS-1$
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    public static Inventory inventory(String file) throws BadInput {
        try {
            return InventoryReader.read(path(file));
        } catch (InventoryFormatException e) {
            throw new BadInput(List.of(file + ": " + e.getMessage())); //$NON-NLS-1$
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static Path path(String file) throws BadInput {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new BadInput(List.of(file + ": is a directory, not a file")); //$NON-NLS-1$
        }
        return path;
    }

    private static BadInput unreadable(String file, IOException e) {
        return new BadInput(List.of(file + ": " + (e instanceof NoSuchFileException ? Messages.SimulationInputs_noSuchFile //$NON-NLS-1$
                : NLS.bind(Messages.SimulationInputs_cannotRead0, e.getMessage()))));
    }
}
