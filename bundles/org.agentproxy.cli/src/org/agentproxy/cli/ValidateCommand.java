package org.agentproxy.cli;

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

/**
 * {@code agentproxy validate FILE…}: reads and checks policy files, prints {@code FILE: field.path: reason} per
 * problem, the installed Smart Protection features' own validation included; exit 2 when any file is invalid.
 */
public final class ValidateCommand implements Command {

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
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "validate [--quiet] FILE…";
    }

    @Override
    public String summary() {
        return "check policy files; print FILE: field.path: reason per problem";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy validate [--quiet] FILE…

                Reads each policy file (format "%s") and checks every field, the settings of
                each installed Smart Protection feature with that feature's own validation too
                (settings of features whose plug-in is not installed are kept unchecked).
                Prints one line per problem:  FILE: field.path: reason
                Warnings are printed as       FILE: field.path: warning: reason
                and do not make a file invalid. A valid file prints  FILE: valid

                  --quiet   print problems only, not "valid" lines

                Exit codes: 0 every file valid, 2 some file invalid or unreadable, 1 other failure."""
                .formatted(PolicyCodec.FORMAT);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean quiet = false;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--quiet") || arg.equals("-q")) {
                quiet = true;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                err.println("agentproxy validate: unknown option \"" + arg + "\" (see agentproxy validate --help)");
                return ExitCodes.INVALID;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            err.println("agentproxy validate: no FILE given (see agentproxy validate --help)");
            return ExitCodes.INVALID;
        }
        FeatureRegistry registry = features.get();
        int invalid = 0;
        for (Path file : files) {
            if (!check(file, quiet, out, registry)) {
                invalid++;
            }
        }
        if (files.size() > 1) {
            err.println(invalid == 0 ? "all " + files.size() + " files are valid"
                    : invalid + " of " + files.size() + " files are invalid");
        }
        return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static boolean check(Path file, boolean quiet, PrintStream out, FeatureRegistry registry) {
        Policy policy;
        try {
            if (Files.isDirectory(file)) {
                out.println(file + ": is a directory, not a policy file");
                return false;
            }
            policy = PolicyCodec.read(file);
        } catch (PolicyFormatException e) {
            out.println(file + ": " + e.getMessage());
            return false;
        } catch (NoSuchFileException e) {
            out.println(file + ": no such file");
            return false;
        } catch (IOException e) {
            out.println(file + ": cannot read: " + e.getMessage());
            return false;
        }
        List<Problem> problems = new ArrayList<>(PolicyValidator.validate(policy));
        problems.addAll(registry.problems(policy));
        problems.forEach(p -> out.println(file + ": " + p));
        boolean valid = problems.stream().noneMatch(Problem::isError);
        if (valid && !quiet) {
            out.println(file + ": valid");
        }
        return valid;
    }
}
