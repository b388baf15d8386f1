/**
 * A class mirror: Debian's {@code docker-registry} run as a Docker Hub mirror on the teacher's
 * machine, seeded with the course's images, and the {@code daemon.json} lines learners add.
 *
 * <p>May use: dockercli, engine, i18n.
 */
package io.github.dockertutor.mirror;
