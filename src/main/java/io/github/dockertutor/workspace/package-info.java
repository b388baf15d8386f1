/**
 * The learner's workspace folder (their Dockerfile, page and data) and the one rule for what is
 * inside it: a path is inside when its real path, with links and {@code ..} resolved, is.
 *
 * <p>May use: nothing of ours.
 */
package io.github.dockertutor.workspace;
