package org.agentproxy.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.agentproxy.cli.AgentsCommand;
import org.agentproxy.cli.Cli;
import org.agentproxy.cli.Command;
import org.agentproxy.cli.DeployCommand;
import org.agentproxy.cli.HistoryCommand;
import org.agentproxy.cli.RollbackCommand;
import org.agentproxy.cli.ServerCommand;
import org.agentproxy.deployment.DeploymentService;

/** One run of the deployment commands with captured output. */
record DeploymentCliRun(int exitCode, String out, String err) {

    /** With the commands as the product has them (the deployment service from OSGi). */
    static DeploymentCliRun of(String... args) {
        return run(List.of(new DeployCommand(), new RollbackCommand(), new HistoryCommand(),
                new AgentsCommand(name -> null), new ServerCommand()), null, args);
    }

    /** {@code deploy} over a given deployment service. */
    static DeploymentCliRun deployWith(Supplier<DeploymentService> service, String... args) {
        return run(List.of(new DeployCommand(service)), null, args);
    }

    /** Runs with standard output also copied to {@code tee} (to watch a long-running command). */
    static DeploymentCliRun run(List<Command> commands, OutputStream tee, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream target = tee == null ? out : new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                out.write(b);
                tee.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
                tee.write(b, off, len);
            }
        };
        int code;
        try (PrintStream o = new PrintStream(target, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Cli("9.9.9.test", commands).run(List.of(args), o, e);
        }
        return new DeploymentCliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
