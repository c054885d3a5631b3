package org.agentproxy.policy.store.tests;

import org.agentproxy.policy.store.secrets.InMemorySecretStore;
import org.agentproxy.policy.store.secrets.SecretStore;

class InMemorySecretStoreTest extends SecretStoreContract {

    @Override
    SecretStore createStore() {
        return new InMemorySecretStore();
    }
}
