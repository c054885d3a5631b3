package org.agentproxy.deployment.internal.tls;

import java.security.cert.CertificateException;

/**
 * Why a handshake refused the server's certificate, with the fingerprint seen and the one pinned (or null): the
 * clients find it in the handshake failure's causes and turn it into an {@code UntrustedServerException}.
 */
public final class CertificateRefusal extends CertificateException {

    private static final long serialVersionUID = 1L;

    private final String seen;
    private final String pinned;

    CertificateRefusal(String seen, String pinned, String why, Throwable cause) {
        super(why, cause);
        this.seen = seen;
        this.pinned = pinned;
    }

    public String seen() {
        return seen;
    }

    public String pinned() {
        return pinned;
    }

    /** The refusal and what to do about it: pin the fingerprint seen, or check a changed certificate. */
    public String explained() {
        return pinned != null ? Messages.bind(Messages.CertificateRefusal_checkReplaced, getMessage())
                : Messages.bind(Messages.CertificateRefusal_pinIt, getMessage(), seen);
    }

    /** The refusal among a failure's causes, or null. */
    public static CertificateRefusal in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateRefusal r) {
                return r;
            }
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof CertificateRefusal r) {
                    return r;
                }
            }
        }
        return null;
    }
}
