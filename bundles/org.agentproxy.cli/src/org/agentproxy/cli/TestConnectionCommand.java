package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code agentproxy test-connection --policy FILE --section SECTION}: connects through the proxy of one section
 * to its target and reports what happened; exit 0 tunnel established, 1 connection failed, 2 bad input.
 */
@CommandLine.Command(name = "test-connection")
public final class TestConnectionCommand implements Command {

    /** The sections of {@code --section}. */
    static final class Sections extends Choices.Values {

        private static final long serialVersionUID = 1L;

        Sections() {
            super(java.util.Arrays.stream(ProxySection.values()).map(ProxySection::id).toList());
        }
    }

    @Option(names = "--policy", paramLabel = "FILE", required = true, descriptionKey = "policy")
    Path policyFile;

    @Option(names = "--section", paramLabel = "SECTION", required = true, descriptionKey = "section",
            completionCandidates = Sections.class)
    String sectionId;

    @Option(names = "--target", paramLabel = "HOST:PORT", descriptionKey = "target")
    String target;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "password-file")
    Path passwordFile;

    @Option(names = "--password-env", paramLabel = "VAR", descriptionKey = "password-env")
    String passwordEnv;

    @Option(names = "--timeout", paramLabel = "SECONDS", descriptionKey = "timeout")
    Integer timeoutSeconds;


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
    public int call(PrintStream out, PrintStream err) {
        char[] password = null;
        try {
            if (passwordFile != null && passwordEnv != null) {
                throw new Invalid(Messages.TestConnectionCommand_passwordFileAndPasswordEnv);
            }
            Policy policy = policy(policyFile.toString());
            ProxySection section = ProxySection.byId(sectionId).orElseThrow(
                    () -> new Invalid(NLS.bind(Messages.TestConnectionCommand_section0UnknownOneOf, sectionId, ProxySection.ids())));
            HostPort to = target != null ? Targets.parse(target) : null;
            SectionEndpoint endpoint = targets.resolve(policy, section, to);
            String passwordFrom = passwordFile != null ? "--password-file" //$NON-NLS-1$
                    : passwordEnv != null ? "--password-env" : null; //$NON-NLS-1$
            password = password();
            checkCredentials(endpoint, password);
            try (ConnectionTestRequest request = endpoint.request(password, timeouts())) {
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

    private static Policy policy(String file) throws Invalid {
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

    private char[] password() throws PasswordSource.Invalid {
        if (passwordFile != null) {
            return PasswordSource.fromFile(passwordFile.toString());
        }
        if (passwordEnv != null) {
            return PasswordSource.fromEnvironment(passwordEnv, environment);
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

    private Timeouts timeouts() throws Invalid {
        if (timeoutSeconds == null) {
            return Timeouts.DEFAULT;
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            throw new Invalid(NLS.bind(Messages.TestConnectionCommand_timeout0ExpectedWholeSeconds, timeoutSeconds));
        }
        return new Timeouts(Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(timeoutSeconds));
    }

    /** Bad input on the command line. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }
}
