package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.agentproxy.connection.ConnectionTestRequest;
import org.agentproxy.connection.ConnectionTestResult;
import org.agentproxy.connection.ConnectionTester;
import org.agentproxy.connection.ProxySection;
import org.agentproxy.connection.SectionEndpoint;
import org.agentproxy.connection.SectionException;
import org.agentproxy.connection.SectionTargets;
import org.agentproxy.connection.Timeouts;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code agentproxy test-connection --policy FILE --section SECTION}: connects through the proxy of one section
 * to its target and reports what happened; exit 0 tunnel established, 1 connection failed, 2 bad input.
 */
public final class TestConnectionCommand implements Command {

    private static final Set<String> VALUED = Set.of("--policy", "--section", "--target", "--password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "--password-env", "--timeout"); //$NON-NLS-1$ //$NON-NLS-2$

    private final Function<String, String> environment;
    private final SectionTargets targets;

    public TestConnectionCommand() {
        this(System::getenv, new SectionTargets());
    }

    /** @param environment looks up {@code --password-env} variables (tests pass their own) */
    public TestConnectionCommand(Function<String, String> environment, SectionTargets targets) {
        this.environment = environment;
        this.targets = targets;
    }

    @Override
    public String name() {
        return "test-connection"; //$NON-NLS-1$
    }

    @Override
    public String synopsis() {
        return Messages.TestConnectionCommand_testConnectionPolicyFILESection;
    }

    @Override
    public String summary() {
        return Messages.TestConnectionCommand_connectThroughASectionS;
    }

    @Override
    public String help() {
        return Messages.TestConnectionCommand_usageAgentproxyTestConnectionPolicy
                .formatted(SectionTargets.DEFAULT_ACTIVE_UPDATE.host() + ":" //$NON-NLS-1$
                        + SectionTargets.DEFAULT_ACTIVE_UPDATE.port());
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        char[] password = null;
        try {
            Map<String, String> options = options(args);
            Policy policy = policy(options.get("--policy")); //$NON-NLS-1$
            ProxySection section = ProxySection.byId(require(options, "--section")).orElseThrow( //$NON-NLS-1$
                    () -> new Invalid(NLS.bind(Messages.TestConnectionCommand_section0UnknownOneOf, options.get("--section"), ProxySection.ids()))); //$NON-NLS-1$
            HostPort target = options.containsKey("--target") ? Targets.parse(options.get("--target")) : null; //$NON-NLS-1$ //$NON-NLS-2$
            SectionEndpoint endpoint = targets.resolve(policy, section, target);
            String passwordFrom = options.containsKey("--password-file") ? "--password-file" //$NON-NLS-1$ //$NON-NLS-2$
                    : options.containsKey("--password-env") ? "--password-env" : null; //$NON-NLS-1$ //$NON-NLS-2$
            password = password(options);
            checkCredentials(endpoint, password);
            try (ConnectionTestRequest request = endpoint.request(password, timeouts(options))) {
                ConnectionReport.header(endpoint, request, passwordFrom, out);
                ConnectionTestResult result = new ConnectionTester().run(request, new NullProgressMonitor());
                ConnectionReport.result(result, out);
                return result.success() ? ExitCodes.OK : ExitCodes.FAILURE;
            }
        } catch (Invalid | PasswordSource.Invalid | SectionException | IllegalArgumentException e) {
            err.println(NLS.bind(Messages.TestConnectionCommand_agentproxyTestConnection0, e.getMessage()));
            return ExitCodes.INVALID;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static Map<String, String> options(List<String> args) throws Invalid {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!VALUED.contains(arg)) {
                throw new Invalid(NLS.bind(Messages.TestConnectionCommand_unknownArgument0SeeAgentproxy, arg));
            }
            if (i + 1 >= args.size()) {
                throw new Invalid(NLS.bind(Messages.TestConnectionCommand_0AValueIsMissing, arg));
            }
            if (options.put(arg, args.get(++i)) != null) {
                throw new Invalid(NLS.bind(Messages.TestConnectionCommand_0GivenTwice, arg));
            }
        }
        if (options.containsKey("--password-file") && options.containsKey("--password-env")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new Invalid(Messages.TestConnectionCommand_passwordFileAndPasswordEnv);
        }
        return options;
    }

    private static String require(Map<String, String> options, String option) throws Invalid {
        String value = options.get(option);
        if (value == null) {
            throw new Invalid(NLS.bind(Messages.TestConnectionCommand_0IsRequiredSeeAgentproxy, option));
        }
        return value;
    }

    private static Policy policy(String file) throws Invalid {
        if (file == null) {
            throw new Invalid(Messages.TestConnectionCommand_policyIsRequiredSeeAgentproxy);
        }
        try {
            return PolicyCodec.read(Path.of(file));
        } catch (PolicyFormatException e) {
            throw new Invalid(file + ": " + e.getMessage()); //$NON-NLS-1$
        } catch (NoSuchFileException e) {
            throw new Invalid(NLS.bind(Messages.TestConnectionCommand_0NoSuchFile, file));
        } catch (IOException e) {
            throw new Invalid(NLS.bind(Messages.TestConnectionCommand_0CannotRead1, file, e.getMessage()));
        }
    }

    private char[] password(Map<String, String> options) throws PasswordSource.Invalid {
        if (options.containsKey("--password-file")) { //$NON-NLS-1$
            return PasswordSource.fromFile(options.get("--password-file")); //$NON-NLS-1$
        }
        if (options.containsKey("--password-env")) { //$NON-NLS-1$
            return PasswordSource.fromEnvironment(options.get("--password-env"), environment); //$NON-NLS-1$
        }
        return null;
    }

    private static void checkCredentials(SectionEndpoint endpoint, char[] password) throws Invalid {
        if (password != null && endpoint.user() == null) {
            throw new Invalid(NLS.bind(Messages.TestConnectionCommand_aPasswordIsGivenBut, endpoint.section().fieldPath()));
        }
        if (password != null && endpoint.proxy().protocol() == ProxyProtocol.SOCKS4) {
            throw new Invalid(NLS.bind(Messages.TestConnectionCommand_aPasswordIsGivenBut2, endpoint.section().fieldPath()));
        }
    }

    private static Timeouts timeouts(Map<String, String> options) throws Invalid {
        String text = options.get("--timeout"); //$NON-NLS-1$
        if (text == null) {
            return Timeouts.DEFAULT;
        }
        try {
            int seconds = Integer.parseInt(text);
            if (seconds < 1 || seconds > 600) {
                throw new NumberFormatException();
            }
            return new Timeouts(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            throw new Invalid(NLS.bind(Messages.TestConnectionCommand_timeout0ExpectedWholeSeconds, text));
        }
    }

    /** Bad input on the command line. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }
}
