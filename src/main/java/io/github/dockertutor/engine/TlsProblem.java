package io.github.dockertutor.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * What went wrong with TLS to an engine ({@code DOCKER_TLS_VERIFY=1}), in terms a learner can act
 * on: files missing from DOCKER_CERT_PATH, a certificate out of date, the engine's certificate
 * signed by another CA than ca.pem, made for another host name, or ours refused by the engine.
 * Read from the exception chain's types first and from the JDK's own texts only where no type says it.
 *
 * @param kind   the fault
 * @param detail the files that are missing (MISSING_FILES), else the innermost error's text
 */
public record TlsProblem(Kind kind, String detail) {
    /** The certificate files the docker CLI and docker-java read from DOCKER_CERT_PATH. */
    public static final List<String> FILES = List.of("ca.pem", "cert.pem", "key.pem");

    /** The faults doctor explains differently (message keys doctor.tls.KIND). */
    public enum Kind {
        /** DOCKER_CERT_PATH lacks ca.pem, cert.pem or key.pem. */
        MISSING_FILES,
        /** A certificate has expired or is not valid yet (or the computer's clock is wrong). */
        EXPIRED,
        /** The engine's certificate was not signed by the CA in ca.pem. */
        UNKNOWN_CA,
        /** The engine's certificate was made for other names than the one in DOCKER_HOST. */
        WRONG_HOST,
        /** The engine did not accept our certificate (cert.pem). */
        CERT_REFUSED,
        /** Nothing speaks TLS at that address (the engine listens without TLS there). */
        NOT_TLS,
        /** Any other TLS failure. */
        OTHER
    }

    /** The certificate files missing from the folder, if any: nothing is sent before they are there. */
    public static Optional<TlsProblem> missingFiles(Path certPath) {
        List<String> missing = new ArrayList<>();
        for (String file : FILES) {
            if (!Files.isReadable(certPath.resolve(file))) {
                missing.add(file);
            }
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new TlsProblem(Kind.MISSING_FILES, String.join(", ", missing)));
    }

    /** Sorts a failed TLS connection by what its exception chain says. */
    public static TlsProblem diagnose(Throwable error) {
        String innermost = EngineProbe.describe(error);
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateExpiredException || cause instanceof CertificateNotYetValidException) {
                return new TlsProblem(Kind.EXPIRED, innermost);
            }
            if (cause instanceof CertPathValidatorException validator
                    && (validator.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                    || validator.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID)) {
                return new TlsProblem(Kind.EXPIRED, innermost);
            }
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof SSLPeerUnverifiedException || message.contains("subject alternative name")
                    || message.contains("no name matching")) {
                // httpclient5's host name check: "Certificate for <localhost> doesn't match any of the subject alternative names"
                return new TlsProblem(Kind.WRONG_HOST, innermost);
            }
            if (cause.getClass().getName().contains("SunCertPathBuilderException")
                    || message.contains("unable to find valid certification path")
                    || message.contains("pkix path building failed")) {
                return new TlsProblem(Kind.UNKNOWN_CA, innermost);
            }
            if (message.contains("validity check failed") || message.contains("certificate expired")) {
                return new TlsProblem(Kind.EXPIRED, innermost);
            }
            if (message.contains("bad_certificate") || message.contains("unknown_ca")
                    || message.contains("certificate_unknown") || message.contains("certificate_required")) {
                // an alert from the engine: it is our certificate it did not take
                return new TlsProblem(Kind.CERT_REFUSED, innermost);
            }
            if (message.contains("unrecognized ssl message") || message.contains("plaintext connection")) {
                return new TlsProblem(Kind.NOT_TLS, innermost);
            }
        }
        return new TlsProblem(Kind.OTHER, innermost);
    }
}
