package org.agentproxy.cli;

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

    private static final Set<String> VALUED = DeployArgs.withTls(Set.of("--policy", "--server", "--group", "--token-file", "--journal",
            "--max-failures", "--secrets-file"));

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
        return "deploy";
    }

    @Override
    public String synopsis() {
        return "deploy --policy F --server URL --group G";
    }

    @Override
    public String summary() {
        return "deploy a policy to a policy server (diff first)";
    }

    @Override
    public String help() {
        return """
                Usage: agentproxy deploy --policy FILE --server URL --group NAME[,NAME…] --token-file FILE
                                         [--secrets-file FILE] [--plan-only] [--max-failures N] [--journal DIR]

                Reads and validates the policy (a policy with errors is not deployed: each error is printed on a
                line of its own, exit 2), shows per group what is deployed now and the change field by
                field, then deploys it as a new version (If-Match on the version shown: a concurrent change is
                a conflict, never overwritten). Several groups roll out in order: the first is the canary (its
                failure stops the rollout), then the rest, halting once more than N (default 0) have failed.
                Transient errors (connection refused, 5xx) are retried with backoff.

                  --server URL      the policy server, e.g. http://127.0.0.1:8470/ (file:DIR exports packages)
                  --token-file F    a file holding the server's admin token
                  --secrets-file F  the values of the secrets the policy refers to, sent to each server
                                    before the policy: {"internalAgents.server.password": "…"}; the file
                                    must be readable by its owner only (chmod 600). A policy that refers
                                    to a secret without a value here is not deployed (exit 2)
                  --plan-only       show the plan, change nothing
                  --journal DIR     where the deployment record goes
                                    (default $XDG_STATE_HOME/agentproxy/deployments)

                TLS (https:// servers):
                """ + DeployArgs.TLS_HELP + """

                Exit codes: 0 deployed (or nothing to change), 3 conflict, 2 bad input (invalid policy,
                unknown group, bad option), 1 other failure (unreachable, token refused, halted).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> flags = new ArrayList<>();
        try {
            OptionArgs options = OptionArgs.parse(DeployArgs.withoutFlags(args, List.of("--plan-only"), flags),
                    VALUED, Set.of("--policy", "--server", "--group", "--token-file"));
            Policy policy = readPolicy(options.get("--policy"), out, err);
            if (policy == null) {
                return ExitCodes.INVALID;
            }
            var targets = DeployArgs.targets(options.get("--server"), options.get("--group"));
            DeployArgs.tls(options, targets.get(0).server());
            Credentials credentials = Credentials.of(DeployArgs.token(options.get("--token-file")));
            int maxFailures = (int) DeployArgs.number("--max-failures", options.get("--max-failures"), 0, 0);
            DeploymentJournal journal = DeployArgs.journal(options.get("--journal"));
            SecretValues secrets = SecretsFile.read(options.get("--secrets-file"));
            DeploymentService deployments = service.get();
            PrintingMonitor monitor = new PrintingMonitor(err, "agentproxy deploy: ");
            DeploymentPlan plan = deployments.plan(policy, targets, credentials, secrets, monitor);
            DeployOutput.plan(out, plan);
            if (!plan.isReady()) {
                return DeployOutput.exitCode(plan);
            }
            if (flags.contains("--plan-only")) {
                return ExitCodes.OK;
            }
            DeploymentResult result = deployments.execute(plan, RolloutOptions.DEFAULT.withMaxFailures(maxFailures)
                    .withJournal(journal), credentials, secrets, monitor);
            DeployOutput.result(out, result, journal);
            return DeployOutput.exitCode(result);
        } catch (UsageError e) {
            err.println("agentproxy deploy: " + e.getMessage() + " (see agentproxy deploy --help)");
            return ExitCodes.INVALID;
        } catch (IllegalStateException e) {
            err.println("agentproxy deploy: " + e.getMessage());
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
            out.println(file + ": " + e.getMessage());
            return null;
        } catch (NoSuchFileException e) {
            out.println(file + ": no such file");
            return null;
        } catch (IOException e) {
            out.println(file + ": cannot read: " + e.getMessage());
            return null;
        }
        List<Problem> problems = new ArrayList<>(PolicyValidator.validate(policy));
        problems.addAll(FeatureRegistry.platform().problems(policy));
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        errors.forEach(p -> out.println(file + ": " + p));
        if (!errors.isEmpty()) {
            err.println("agentproxy deploy: not deployed: " + file + " has " + errors.size()
                    + (errors.size() == 1 ? " error" : " errors") + "; a policy with errors is never deployed");
        }
        return errors.isEmpty() ? policy : null;
    }
}
