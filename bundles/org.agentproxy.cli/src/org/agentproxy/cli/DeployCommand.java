package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.agentproxy.cli.internal.ServerValues;
import org.agentproxy.cli.internal.TlsOptions;
import org.agentproxy.cli.internal.DeployOutput;
import org.agentproxy.cli.internal.PrintingMonitor;
import org.agentproxy.cli.internal.SecretsFile;
import org.agentproxy.cli.internal.Services;
import org.agentproxy.deployment.Credentials;
import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.SecretValues;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.smartprotection.FeatureRegistry;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code agentproxy deploy --policy FILE --server URL --group NAME --token-file F [--plan-only]}: plans (the
 * field-by-field diff against what is deployed), then deploys. Exit 0 deployed, 3 conflict, 2 bad input, 1 other.
 */
@CommandLine.Command(name = "deploy")
public final class DeployCommand implements Command {

    @Option(names = "--policy", paramLabel = "FILE", required = true, descriptionKey = "policy")
    Path policyFile;

    @Option(names = "--server", paramLabel = "URL", required = true, descriptionKey = "server")
    String server;

    @Option(names = "--group", paramLabel = "NAME", split = ",", required = true, descriptionKey = "group")
    @GivenOnce // the rollout order: a second --group would silently append to it
    List<String> groups;

    @Option(names = "--token-file", paramLabel = "FILE", required = true, descriptionKey = "server.token-file")
    Path tokenFile;

    @Option(names = "--secrets-file", paramLabel = "FILE", descriptionKey = "secrets-file")
    Path secretsFile;

    @Option(names = "--plan-only", descriptionKey = "plan-only")
    boolean planOnly;

    @Option(names = "--max-failures", paramLabel = "N", defaultValue = "0", descriptionKey = "max-failures")
    int maxFailures;

    @Option(names = "--journal", paramLabel = "DIR", descriptionKey = "server.journal")
    Path journalDir;

    @Mixin
    TlsOptions tls;


    private final Supplier<DeploymentService> service;

    public DeployCommand() {
        this(Services::deployment);
    }

    /** @param service the deployment service (tests pass their own) */
    public DeployCommand(Supplier<DeploymentService> service) {
        this.service = service;
    }





    @Override
    public int call(PrintStream out, PrintStream err) throws UsageError {
        try {
            Policy policy = readPolicy(policyFile.toString(), out, err);
            if (policy == null) {
                return ExitCodes.INVALID;
            }
            var targets = ServerValues.targets(server, groups);
            tls.apply(targets.get(0).server());
            Credentials credentials = Credentials.of(ServerValues.token(tokenFile));
            ServerValues.atLeast("--max-failures", maxFailures, 0); //$NON-NLS-1$
            DeploymentJournal journal = ServerValues.journal(journalDir);
            SecretValues secrets = SecretsFile.read(secretsFile == null ? null : secretsFile.toString());
            DeploymentService deployments = service.get();
            PrintingMonitor monitor = new PrintingMonitor(err, Messages.DeployCommand_agentproxyDeploy);
            DeploymentPlan plan = deployments.plan(policy, targets, credentials, secrets, monitor);
            DeployOutput.plan(out, plan);
            if (!plan.isReady()) {
                return DeployOutput.exitCode(plan);
            }
            if (planOnly) {
                return ExitCodes.OK;
            }
            DeploymentResult result = deployments.execute(plan, RolloutOptions.DEFAULT.withMaxFailures(maxFailures)
                    .withJournal(journal), credentials, secrets, monitor);
            DeployOutput.result(out, result, journal);
            return DeployOutput.exitCode(result);
        } catch (IllegalStateException e) {
            err.println(NLS.bind(Messages.DeployCommand_agentproxyDeploy0, e.getMessage()));
            return ExitCodes.FAILURE;
        }
    }

    /**
     * The policy, or {@code null} after printing why it cannot be deployed: a format error, or each error of the
     * validation (with the installed features' own) on a line of its own, {@code FILE: field: reason}, and on
     * standard error that nothing was deployed. Nothing is sent to a server before this passes.
     */
    static Policy readPolicy(String file, PrintStream out, PrintStream err) {
        Policy policy;
        try {
            policy = PolicyCodec.read(Path.of(file));
        } catch (PolicyFormatException e) {
            out.println(file + ": " + e.getMessage()); //$NON-NLS-1$
            return null;
        } catch (NoSuchFileException e) {
            out.println(NLS.bind(Messages.DeployCommand_0NoSuchFile, file));
            return null;
        } catch (IOException e) {
            out.println(NLS.bind(Messages.DeployCommand_0CannotRead1, file, e.getMessage()));
            return null;
        }
        List<Problem> problems = new ArrayList<>(PolicyValidator.validate(policy));
        problems.addAll(FeatureRegistry.platform().problems(policy));
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        errors.forEach(p -> out.println(file + ": " + p)); //$NON-NLS-1$
        if (!errors.isEmpty()) {
            err.println(NLS.bind(Messages.DeployCommand_agentproxyDeployNotDeployed0, new Object[] { file, errors.size(), (errors.size() == 1 ? Messages.DeployCommand_error : Messages.DeployCommand_errors) }));
        }
        return errors.isEmpty() ? policy : null;
    }
}
