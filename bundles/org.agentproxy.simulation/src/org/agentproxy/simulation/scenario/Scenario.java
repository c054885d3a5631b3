package org.agentproxy.simulation.scenario;

import java.util.Objects;

/**
 * What the path engine simulates a policy against: one agent, the world it lives in, and the choices the
 * documentation leaves open. Immutable; read and written as {@code agentproxy-scenario/1} by
 * {@link org.agentproxy.simulation.codec.ScenarioCodec}.
 *
 * @param name        a title, or {@code null}
 * @param description free text, or {@code null}
 * @param agent       the agent
 * @param world       the network (default: {@link World#DEFAULT})
 * @param parameters  the open points (default: {@link SimulationParameters#DEFAULTS})
 */
public record Scenario(String name, String description, AgentFacts agent, World world,
        SimulationParameters parameters) {

    public Scenario {
        Objects.requireNonNull(agent, "agent");
        world = Objects.requireNonNullElse(world, World.DEFAULT);
        parameters = Objects.requireNonNullElse(parameters, SimulationParameters.DEFAULTS);
    }

    /** A scenario of one agent in the default world with the default parameters. */
    public static Scenario of(AgentFacts agent) {
        return new Scenario(null, null, agent, null, null);
    }

    public Scenario withAgent(AgentFacts value) {
        return new Scenario(name, description, value, world, parameters);
    }

    public Scenario withWorld(World value) {
        return new Scenario(name, description, agent, value, parameters);
    }

    public Scenario withParameters(SimulationParameters value) {
        return new Scenario(name, description, agent, world, value);
    }
}
