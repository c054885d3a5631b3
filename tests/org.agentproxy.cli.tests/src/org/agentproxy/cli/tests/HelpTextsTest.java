package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.cli.AgentsCommand;
import org.agentproxy.cli.Cli;
import org.agentproxy.cli.DeployCommand;
import org.agentproxy.cli.FeaturesCommand;
import org.agentproxy.cli.GroupsCommand;
import org.agentproxy.cli.HistoryCommand;
import org.agentproxy.cli.ImpactCommand;
import org.agentproxy.cli.PluginsCommand;
import org.agentproxy.cli.RollbackCommand;
import org.agentproxy.cli.ServerCommand;
import org.agentproxy.cli.SimulateCommand;
import org.agentproxy.cli.StatusCommand;
import org.agentproxy.cli.TestConnectionCommand;
import org.agentproxy.cli.ValidateCommand;
import org.agentproxy.connection.SectionTargets;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.LostPathsCsv;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The help texts come from messages.properties (picocli's ResourceBundle): every command has its header, every option
 * and argument its description, and the formats the texts name are the codecs'.
 */
class HelpTextsTest {

    private static CommandLine product() {
        return new Cli("9.9.9.test", List.of(new ValidateCommand(), new TestConnectionCommand(), new SimulateCommand(),
                new ImpactCommand(), new FeaturesCommand(), new DeployCommand(), new RollbackCommand(),
                new HistoryCommand(), new GroupsCommand(), new AgentsCommand(), new StatusCommand(),
                new ServerCommand(), new PluginsCommand())).commandLine();
    }

    private static void all(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(c -> all(c, into));
    }

    @Test
    void everyCommandOptionAndArgumentIsDescribed() {
        List<CommandLine> commands = new ArrayList<>();
        all(product(), commands);
        List<String> undescribed = new ArrayList<>();
        for (CommandLine c : commands) {
            String name = c.getCommandSpec().qualifiedName(" ");
            if (c.getCommandSpec().usageMessage().header().length == 0) {
                undescribed.add(name + ": header");
            }
            List<ArgSpec> args = new ArrayList<>(c.getCommandSpec().args());
            for (ArgSpec arg : args) {
                if (String.join("", arg.description()).isBlank()) {
                    undescribed.add(name + ": " + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName()
                            : arg.paramLabel()));
                }
            }
        }
        assertEquals(List.of(), undescribed);
        assertEquals(22, commands.size(),
                "agentproxy, help, the 13 commands, completion, groups' 4 actions and server's init-tls and migrate");
    }

    @Test
    void theFormatsTheHelpNamesAreTheCodecs() {
        CommandLine root = product();

        assertTrue(root.getSubcommands().get("validate").getUsageMessage().contains(PolicyCodec.FORMAT));
        String impact = root.getSubcommands().get("impact").getUsageMessage();
        assertTrue(impact.contains(Inventory.HEADER) && impact.contains(LostPathsCsv.HEADER), impact);
        assertTrue(root.getSubcommands().get("features").getUsageMessage().contains(FeaturesCommand.FORMAT));
        assertTrue(root.getSubcommands().get("test-connection").getUsageMessage().contains(
                SectionTargets.DEFAULT_ACTIVE_UPDATE.host() + ":" + SectionTargets.DEFAULT_ACTIVE_UPDATE.port()));
    }

    @Test
    void theHelpOfEveryCommandHasOneLayout() {
        for (String name : List.of("validate", "simulate", "deploy", "status", "completion", "server")) {
            DeploymentCliRun run = DeploymentCliRun.run(List.of(new ValidateCommand(), new SimulateCommand(),
                    new DeployCommand(), new StatusCommand(), new ServerCommand()), null, name, "--help");
            assertEquals(0, run.exitCode(), name);
            assertTrue(run.out().contains("Usage: agentproxy " + name + " "), run.out());
            assertTrue(run.out().contains("\n  -h, --help "), run.out());
            assertTrue(run.out().contains("Exit codes: 0 "), run.out());
        }
    }
}
