/**
 * Test fixtures for connection tests: a real tinyproxy started on a free loopback port with a generated
 * configuration ({@link org.agentproxy.testing.proxy.TinyProxy}), small loopback servers (a target that
 * accepts, one that never answers, a scripted SOCKS4 proxy) and a closed port. Not part of the product.
 */
package org.agentproxy.testing.proxy;
