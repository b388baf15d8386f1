package io.github.dockertutor.engine;

import com.github.dockerjava.transport.SSLConfig;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS settings for an engine on a unix socket or a Windows named pipe, where no TLS is ever
 * spoken. Given no TLS settings, docker-java 3.6's httpclient5 transport builds the JDK's default
 * TLS context anyway, for an "https" it will not use on a socket: that loads the JSSE provider and
 * reads the system's whole CA store, about 65 ms of every start (bench/startup). This context
 * costs nothing and refuses any use, so a mistake shows at once rather than as an unverified
 * connection. Never given for tcp:// hosts: there docker-java takes a TLS context to mean https.
 */
final class NoTlsContext {
    private static final SSLContext INERT = new Inert();

    /** For a unix socket or a named pipe only. */
    static final SSLConfig FOR_LOCAL_SOCKET = () -> INERT;

    private NoTlsContext() {
    }

    private static final class Inert extends SSLContext {
        Inert() {
            super(new Refusing(), null, "none");
        }
    }

    private static final class Refusing extends SSLContextSpi {
        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("no TLS on a local engine socket");
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }
    }
}
