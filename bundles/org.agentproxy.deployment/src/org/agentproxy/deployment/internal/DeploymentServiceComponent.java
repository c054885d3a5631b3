package org.agentproxy.deployment.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.DeploymentTransport;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The {@link DeploymentService} OSGi service: follows the registered {@link DeploymentTransport}s. */
@Component(service = DeploymentService.class, immediate = false)
public final class DeploymentServiceComponent extends Deployer {

    private final CopyOnWriteArrayList<DeploymentTransport> transports;

    public DeploymentServiceComponent() {
        this(new CopyOnWriteArrayList<>());
    }

    private DeploymentServiceComponent(CopyOnWriteArrayList<DeploymentTransport> transports) {
        super(() -> List.copyOf(transports));
        this.transports = transports;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTransport(DeploymentTransport transport) {
        transports.add(transport);
    }

    void removeTransport(DeploymentTransport transport) {
        transports.remove(transport);
    }
}
