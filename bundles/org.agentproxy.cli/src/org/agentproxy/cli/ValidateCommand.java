package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.smartprotection.FeatureRegistry;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agentproxy validate FILE…}: reads and checks policy files, prints {@code FILE: field.path: reason} per
 * problem, the installed Smart Protection features' own validation included; exit 2 when any file is invalid.
 */
@CommandLine.Command(name = "validate")
public final class ValidateCommand implements Command {

    @Option(names = { "-q", "--quiet" }, descriptionKey = "quiet")
    boolean quiet;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "file")
    List<Path> files;


    private final Supplier<FeatureRegistry> features;

    /** The command with the validation of the installed features ({@link FeatureRegistry#platform()}). */
    public ValidateCommand() {
        this(FeatureRegistry::platform);
    }

    /** The command with the validation of the features of {@code features}, read when it runs. */
    public ValidateCommand(Supplier<FeatureRegistry> features) {
        this.features = features;
    }





    @Override
    public int call(PrintStream out, PrintStream err) {
        FeatureRegistry registry = features.get();
        int invalid = 0;
        for (Path file : files) {
            if (!check(file, quiet, out, registry)) {
                invalid++;
            }
        }
        if (files.size() > 1) {
            err.println(invalid == 0 ? NLS.bind(Messages.ValidateCommand_all0FilesAreValid, files.size())
                    : NLS.bind(Messages.ValidateCommand_0Of1FilesAre, invalid, files.size()));
        }
        return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static boolean check(Path file, boolean quiet, PrintStream out, FeatureRegistry registry) {
        Policy policy;
        try {
            if (Files.isDirectory(file)) {
                out.println(NLS.bind(Messages.ValidateCommand_0IsADirectoryNot, file));
                return false;
            }
            policy = PolicyCodec.read(file);
        } catch (PolicyFormatException e) {
            out.println(file + ": " + e.getMessage()); //$NON-NLS-1$
            return false;
        } catch (NoSuchFileException e) {
            out.println(NLS.bind(Messages.ValidateCommand_0NoSuchFile, file));
            return false;
        } catch (IOException e) {
            out.println(NLS.bind(Messages.ValidateCommand_0CannotRead1, file, e.getMessage()));
            return false;
        }
        List<Problem> problems = new ArrayList<>(PolicyValidator.validate(policy));
        problems.addAll(registry.problems(policy));
        problems.forEach(p -> out.println(file + ": " + p)); //$NON-NLS-1$
        boolean valid = problems.stream().noneMatch(Problem::isError);
        if (valid && !quiet) {
            out.println(NLS.bind(Messages.ValidateCommand_0Valid, file));
        }
        return valid;
    }
}
