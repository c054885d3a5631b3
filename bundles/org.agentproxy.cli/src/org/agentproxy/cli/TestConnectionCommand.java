package org.agentproxy.cli;

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

    private static final Set<String> VALUED = Set.of("--policy", "--section", "--target", "--password-file",
            "--password-env", "--timeout");

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
        return "test-connection";
    }

    @Override
    public String synopsis() {
        return "test-connection --policy FILE --section S";
    }

    @Override
    public String summary() {
        return "connect through a section's proxy to its target";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy test-connection --policy FILE --section SECTION [--target HOST:PORT]
                                                  [--password-file FILE | --password-env VAR] [--timeout SECONDS]

                Connects through the proxy of one section of the policy (HTTP CONNECT, Basic authentication;
                SOCKS4/4a for a SOCKS4 server update proxy) to the section's target and prints each phase's
                time and what happened: tunnel established, DNS failure, refused, timeout, 407 with the proxy's
                authentication schemes, another HTTP status, a SOCKS rejection.

                Sections (proxy -> target):
                  internal.server         internalAgents.server -> the OfficeScan server ("server")
                  internal.sps            internalAgents.smartProtection -> first SPS of the standard list
                  global-sps              globalSmartProtection.proxy -> integrated SPS of the standard list
                  external.server-update  externalAgents.serverUpdateProxy -> ActiveUpdate (%s)

                  --target HOST:PORT   reach this target instead ([ADDRESS]:PORT for IPv6)
                  --password-file F    the proxy password is the first line of F
                  --password-env VAR   the proxy password is in environment variable VAR
                  --timeout SECONDS    limit for each phase (default 10)

                The password goes to the proxy only and is never printed. Without one, no credentials are sent.
                Exit codes: 0 tunnel established, 1 connection failed, 2 bad input."""
                .formatted(SectionTargets.DEFAULT_ACTIVE_UPDATE.host() + ":"
                        + SectionTargets.DEFAULT_ACTIVE_UPDATE.port());
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        char[] password = null;
        try {
            Map<String, String> options = options(args);
            Policy policy = policy(options.get("--policy"));
            ProxySection section = ProxySection.byId(require(options, "--section")).orElseThrow(
                    () -> new Invalid("--section " + options.get("--section") + ": unknown; one of "
                            + ProxySection.ids()));
            HostPort target = options.containsKey("--target") ? Targets.parse(options.get("--target")) : null;
            SectionEndpoint endpoint = targets.resolve(policy, section, target);
            String passwordFrom = options.containsKey("--password-file") ? "--password-file"
                    : options.containsKey("--password-env") ? "--password-env" : null;
            password = password(options);
            checkCredentials(endpoint, password);
            try (ConnectionTestRequest request = endpoint.request(password, timeouts(options))) {
                ConnectionReport.header(endpoint, request, passwordFrom, out);
                ConnectionTestResult result = new ConnectionTester().run(request, new NullProgressMonitor());
                ConnectionReport.result(result, out);
                return result.success() ? ExitCodes.OK : ExitCodes.FAILURE;
            }
        } catch (Invalid | PasswordSource.Invalid | SectionException | IllegalArgumentException e) {
            err.println("agentproxy test-connection: " + e.getMessage());
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
                throw new Invalid("unknown argument \"" + arg + "\" (see agentproxy test-connection --help)");
            }
            if (i + 1 >= args.size()) {
                throw new Invalid(arg + ": a value is missing");
            }
            if (options.put(arg, args.get(++i)) != null) {
                throw new Invalid(arg + ": given twice");
            }
        }
        if (options.containsKey("--password-file") && options.containsKey("--password-env")) {
            throw new Invalid("--password-file and --password-env: give one of them");
        }
        return options;
    }

    private static String require(Map<String, String> options, String option) throws Invalid {
        String value = options.get(option);
        if (value == null) {
            throw new Invalid(option + " is required (see agentproxy test-connection --help)");
        }
        return value;
    }

    private static Policy policy(String file) throws Invalid {
        if (file == null) {
            throw new Invalid("--policy is required (see agentproxy test-connection --help)");
        }
        try {
            return PolicyCodec.read(Path.of(file));
        } catch (PolicyFormatException e) {
            throw new Invalid(file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new Invalid(file + ": no such file");
        } catch (IOException e) {
            throw new Invalid(file + ": cannot read: " + e.getMessage());
        }
    }

    private char[] password(Map<String, String> options) throws PasswordSource.Invalid {
        if (options.containsKey("--password-file")) {
            return PasswordSource.fromFile(options.get("--password-file"));
        }
        if (options.containsKey("--password-env")) {
            return PasswordSource.fromEnvironment(options.get("--password-env"), environment);
        }
        return null;
    }

    private static void checkCredentials(SectionEndpoint endpoint, char[] password) throws Invalid {
        if (password != null && endpoint.user() == null) {
            throw new Invalid("a password is given but " + endpoint.section().fieldPath()
                    + ".user is not set: a password needs a user");
        }
        if (password != null && endpoint.proxy().protocol() == ProxyProtocol.SOCKS4) {
            throw new Invalid("a password is given but SOCKS4 has none (" + endpoint.section().fieldPath()
                    + ".protocol is socks4): only the user id is sent");
        }
    }

    private static Timeouts timeouts(Map<String, String> options) throws Invalid {
        String text = options.get("--timeout");
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
            throw new Invalid("--timeout " + text + ": expected whole seconds from 1 to 600");
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
