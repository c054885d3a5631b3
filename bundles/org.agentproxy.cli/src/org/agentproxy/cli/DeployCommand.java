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

import org.agentproxy.cli.internal.DeployArgs;
import org.agentproxy.cli.internal.DeployOutput;
import org.agentproxy.cli.internal.OptionArgs;
import org.agentproxy.cli.internal.OptionArgs.UsageError;
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

/**
 * {@code agentproxy deploy --policy FILE --server URL --group NAME --token-file F [--plan-only]}: plans (the
 * field-by-field diff against what is deployed), then deploys. Exit 0 deployed, 3 conflict, 2 bad input, 1 other.
 */
public final class DeployCommand implements Command {

    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--policy", "--server", "--group", "--token-file", "--journal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "--max-failures", "--secrets-file")); //$NON-NLS-1$ //$NON-NLS-2$

    private final Supplier<DeploymentService> service;

    public DeployCommand() {
        this(Services::deployment);
    }

    /** @param service the deployment service (tests pass their own) */
    public DeployCommand(Supplier<DeploymentService> service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "deploy"; //$NON-NLS-1$
    }

    @Override
    public String synopsis() {
        return Messages.DeployCommand_deployPolicyFServerURL;
    }

    @Override
    public String summary() {
        return Messages.DeployCommand_deployAPolicyToA;
    }

    @Override
    public String help() {
        return NLS.bind(Messages.DeployCommand_usageAgentproxyDeployPolicyFILE, DeployArgs.TLS_HELP);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> flags = new ArrayList<>();
        try {
            OptionArgs options = OptionArgs.parse(DeployArgs.withoutFlags(args, List.of("--plan-only"), flags), //$NON-NLS-1$
                    VALUED, Set.of("--policy", "--server", "--group", "--token-file")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Policy policy = readPolicy(options.get("--policy"), out, err); //$NON-NLS-1$
            if (policy == null) {
                return ExitCodes.INVALID;
            }
            var targets = DeployArgs.targets(options.get("--server"), options.get("--group")); //$NON-NLS-1$ //$NON-NLS-2$
            DeployArgs.tls(options, targets.get(0).server());
            Credentials credentials = Credentials.of(DeployArgs.token(options.get("--token-file"))); //$NON-NLS-1$
            int maxFailures = (int) DeployArgs.number("--max-failures", options.get("--max-failures"), 0, 0); //$NON-NLS-1$ //$NON-NLS-2$
            DeploymentJournal journal = DeployArgs.journal(options.get("--journal")); //$NON-NLS-1$
            SecretValues secrets = SecretsFile.read(options.get("--secrets-file")); //$NON-NLS-1$
            DeploymentService deployments = service.get();
            PrintingMonitor monitor = new PrintingMonitor(err, Messages.DeployCommand_agentproxyDeploy);
            DeploymentPlan plan = deployments.plan(policy, targets, credentials, secrets, monitor);
            DeployOutput.plan(out, plan);
            if (!plan.isReady()) {
                return DeployOutput.exitCode(plan);
            }
            if (flags.contains("--plan-only")) { //$NON-NLS-1$
                return ExitCodes.OK;
            }
            DeploymentResult result = deployments.execute(plan, RolloutOptions.DEFAULT.withMaxFailures(maxFailures)
                    .withJournal(journal), credentials, secrets, monitor);
            DeployOutput.result(out, result, journal);
            return DeployOutput.exitCode(result);
        } catch (UsageError e) {
            err.println(NLS.bind(Messages.DeployCommand_agentproxyDeploy0SeeAgentproxy, e.getMessage()));
            return ExitCodes.INVALID;
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
