package org.agentproxy.simulation.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.agentproxy.simulation.scenario.EndpointFacts;
import org.agentproxy.simulation.scenario.IntegratedSps;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.World;
import org.agentproxy.ui.editor.Mnemonics;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The editable scenario: the agent's fields (its system and user proxies included, so that an external agent is
 * described completely), the port of the server's integrated SPS ({@code world.integratedSps}) and a check box per
 * endpoint of the policy saying whether it answers.
 * Starts from a base scenario (the shipped sample or a loaded file); {@link #scenario()} applies the edits to it.
 */
final class ScenarioForm {

    static final String SPN = "smart-protection-network"; //$NON-NLS-1$
    static final String ACTIVE_UPDATE = "active-update"; //$NON-NLS-1$
    /** The narrowest an agent field gets in a narrow column (a host:port still shows). */
    static final int MIN_FIELD_WIDTH = 70;

    private final Runnable onChange;
    private final Mnemonics mnemonics;
    private final Text ip;
    private final Text gateway;
    private final Text domain;
    private final Button autoProxy;
    private final Text systemProxy;
    private final Button systemProxyAnswers;
    private final Text userProxy;
    private final IntegratedSpsField integratedSps;
    private final Composite reachability;
    private final Map<String, Button> toggles = new LinkedHashMap<>();
    private Scenario base;
    private List<String> keys = List.of();
    private boolean filling;

    ScenarioForm(Composite parent, Mnemonics mnemonics, Runnable onChange) {
        this.onChange = onChange;
        this.mnemonics = mnemonics;
        Composite agent = new Composite(parent, SWT.NONE);
        agent.setLayout(new GridLayout(2, false));
        agent.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        ip = text(agent, Messages.ScenarioForm_agentIP, "connectionPaths.ip", 120); //$NON-NLS-1$
        gateway = text(agent, Messages.ScenarioForm_gateway, "connectionPaths.gateway", 120); //$NON-NLS-1$
        domain = text(agent, Messages.ScenarioForm_domain, "connectionPaths.domain", 120); //$NON-NLS-1$
        autoProxy = check(agent, Messages.ScenarioForm_autoProxyDetected, "connectionPaths.autoProxy"); //$NON-NLS-1$
        autoProxy.setLayoutData(whole(2));
        systemProxy = text(agent, Messages.ScenarioForm_systemProxy, "connectionPaths.systemProxy", 120); //$NON-NLS-1$
        systemProxy.setMessage(Messages.ScenarioForm_hostPortEmptyForNone);
        systemProxy.setToolTipText(Messages.ScenarioForm_theEndpointSSystemWinINet);
        systemProxyAnswers = check(agent, Messages.ScenarioForm_systemProxyAnswers, "connectionPaths.systemProxyAnswers"); //$NON-NLS-1$
        systemProxyAnswers.setLayoutData(whole(2));
        userProxy = text(agent, Messages.ScenarioForm_userProxy, "connectionPaths.userProxy", 120); //$NON-NLS-1$
        userProxy.setMessage(Messages.ScenarioForm_hostPortEmptyForNone);
        userProxy.setToolTipText(Messages.ScenarioForm_theProxyAUserSet);
        integratedSps = new IntegratedSpsField(agent, mnemonics, this::changed);
        // in a narrow column the fields narrow (down to MIN_FIELD_WIDTH), the labels and check boxes never
        ((GridData) agent.getLayoutData()).minimumWidth = leastWidth(agent);
        reachability = new Composite(parent, SWT.NONE);
        RowLayout rows = new RowLayout(SWT.VERTICAL);
        rows.marginLeft = 5;
        reachability.setLayout(rows);
        reachability.setLayoutData(whole(1));
    }

    /**
     * The narrowest the agent's fields can be laid out: the widest label beside a field at {@link #MIN_FIELD_WIDTH},
     * or the widest check box across both columns.
     */
    private static int leastWidth(Composite agent) {
        GridLayout grid = (GridLayout) agent.getLayout();
        int labels = 0;
        int rows = 0;
        for (Control c : agent.getChildren()) {
            int width = c.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
            if (c instanceof Label) {
                labels = Math.max(labels, width);
            } else if (c instanceof Button) {
                rows = Math.max(rows, width);
            }
        }
        return 2 * grid.marginWidth + Math.max(labels + grid.horizontalSpacing + MIN_FIELD_WIDTH, rows);
    }

    /** Layout data of a control as wide as its column, never narrower than its text. */
    private static GridData whole(int span) {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        data.minimumWidth = SWT.DEFAULT;
        return data;
    }

    private Text text(Composite parent, String label, String id, int width) {
        Label name = new Label(parent, SWT.NONE);
        name.setText(mnemonics.assign(label, name));
        Text text = new Text(parent, SWT.BORDER);
        text.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = width;
        data.minimumWidth = MIN_FIELD_WIDTH; // a narrow column narrows the field, down to this
        text.setLayoutData(data);
        text.addModifyListener(e -> changed());
        return text;
    }

    private Button check(Composite parent, String label, String id) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(mnemonics.assign(label, button));
        button.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        button.addListener(SWT.Selection, e -> changed());
        return button;
    }

    private void changed() {
        if (!filling) {
            onChange.run();
        }
    }

    /** The policy's OfficeScan server, on which the scenario's integrated SPS runs; {@code null} before a policy. */
    private String serverHost;

    /** Starts over from a scenario: its agent fields and its world's reachability. */
    void setBase(Scenario scenario) {
        base = scenario;
        filling = true;
        AgentFacts a = scenario.agent();
        ip.setText(a.ip());
        gateway.setText(a.gateway() == null ? "" : a.gateway().ip()); //$NON-NLS-1$
        domain.setText(a.domain());
        autoProxy.setSelection(a.autoProxyDetected());
        systemProxy.setText(a.systemProxy() == null || a.systemProxy().host() == null ? "" //$NON-NLS-1$
                : a.systemProxy().authority());
        systemProxyAnswers.setSelection(a.systemProxy() == null || answers(scenario.world(), a.systemProxy()));
        userProxy.setText(a.userProxy() == null || a.userProxy().host() == null ? "" : a.userProxy().authority()); //$NON-NLS-1$
        integratedSps.set(scenario.world().integratedSps());
        toggles.forEach((key, button) -> button.setSelection(reachable(scenario.world(), key)));
        filling = false;
    }

    /**
     * Shows a check box for the server, every SPS source of the policy, the SPN and ActiveUpdate.
     *
     * @return whether the check boxes changed (the form's size may have)
     */
    boolean setPolicy(Policy policy) {
        serverHost = policy.server() == null ? null : policy.server().host();
        Map<String, String> wanted = Endpoints.of(policy);
        if (new ArrayList<>(wanted.keySet()).equals(keys)) {
            return false;
        }
        keys = new ArrayList<>(wanted.keySet());
        for (Control c : reachability.getChildren()) {
            c.dispose();
        }
        toggles.clear();
        new Label(reachability, SWT.NONE).setText(Messages.ScenarioForm_reachable);
        wanted.forEach((key, label) -> {
            Button b = check(reachability, label.replace("&", "&&"), "connectionPaths.reachable." + key); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            b.setSelection(base != null && reachable(base.world(), key));
            toggles.put(key, b);
        });
        reachability.getParent().layout(true, true);
        return true;
    }

    /** Whether a proxy of the agent answers: its own facts, else the world's for its host. */
    private static boolean answers(World world, AgentProxy proxy) {
        if (proxy.facts() != null) {
            return proxy.facts().reachable();
        }
        return proxy.host() == null || world.facts(proxy.host(), proxy.port()).reachable();
    }

    private boolean reachable(World world, String key) {
        return facts(world, key).reachable();
    }

    /** What the engine will take for an endpoint: the world as it resolves for the policy's server. */
    private EndpointFacts facts(World given, String key) {
        World world = given.resolved(serverHost);
        if (key.equals(SPN)) {
            return world.smartProtectionNetwork();
        }
        if (key.equals(ACTIVE_UPDATE)) {
            return world.activeUpdate();
        }
        int colon = key.lastIndexOf(':');
        String host = key.substring(0, colon).replace("[", "").replace("]", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return world.facts(host, Integer.parseInt(key.substring(colon + 1)));
    }

    /**
     * The base scenario with the edits applied.
     *
     * @throws IllegalArgumentException an agent field is not valid (the message says why)
     */
    Scenario scenario() {
        AgentFacts a = base.agent();
        String newIp = ip.getText().strip();
        AgentFamily family = a.family() == AgentFamily.DUAL || newIp.equals(a.ip()) ? a.family() : null;
        String gw = gateway.getText().strip();
        Gateway g = gw.isEmpty() ? null
                : new Gateway(gw, a.gateway() != null && gw.equals(a.gateway().ip()) ? a.gateway().mac() : null);
        AgentProxy system = ProxyField.parse("System proxy", systemProxy.getText(), a.systemProxy()); //$NON-NLS-1$
        if (system != null && systemProxyAnswers.getSelection() != answers(base.world(), system)) {
            system = new AgentProxy(system.host(), system.port(),
                    new EndpointFacts(systemProxyAnswers.getSelection(), null));
        }
        AgentFacts agent = new AgentFacts(a.id(), newIp, family, g, domain.getText(), autoProxy.getSelection(),
                a.automaticProxy(), system, ProxyField.parse("User proxy", userProxy.getText(), a.userProxy())); //$NON-NLS-1$
        World world = base.world();
        IntegratedSps sps = integratedSps.value(world.integratedSps());
        if (sps != world.integratedSps()) {
            world = world.withIntegratedSps(sps);
        }
        for (Map.Entry<String, Button> e : toggles.entrySet()) {
            EndpointFacts was = facts(base.world(), e.getKey());
            boolean now = e.getValue().getSelection();
            if (now == was.reachable()) {
                continue;
            }
            EndpointFacts facts = new EndpointFacts(now, was.family());
            world = switch (e.getKey()) {
                case SPN -> world.withSmartProtectionNetwork(facts);
                case ACTIVE_UPDATE -> world.withActiveUpdate(facts);
                default -> world.with(e.getKey(), facts);
            };
        }
        return base.withAgent(agent).withWorld(world);
    }
}
