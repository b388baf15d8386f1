/**
 * The Docker engine in the tutor's own terms: finding it as the docker CLI does (flags, variables,
 * contexts, the usual sockets), probing it, and every call the tutor makes, behind the
 * {@link io.github.dockertutor.engine.DockerEngine} facade. Failures come out as
 * {@link io.github.dockertutor.engine.EngineException} with a message key. The only package that
 * imports docker-java.
 *
 * <p>May use: base, i18n.
 */
package io.github.dockertutor.engine;
