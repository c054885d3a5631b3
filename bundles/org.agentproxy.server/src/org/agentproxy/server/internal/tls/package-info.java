/**
 * The policy server's TLS: key material from PKCS#12 or PEM files, the self-signed certificate of
 * {@code agentproxy server init-tls}, the SSL context the HTTPS connector uses, certificate fingerprints.
 */
package org.agentproxy.server.internal.tls;
