/**
 * Whether a learner finished a step, decided by looking at real state: the engine's images,
 * containers and events, HTTP answers on published ports, and files in the workspace. Only the
 * {@code quiz} and {@code command} kinds look at what the learner did in the tutor.
 *
 * <p>The shell's side: when a step starts, build a {@link io.github.dockertutor.check.StepActivity}
 * and record {@link io.github.dockertutor.check.CheckRunner#baseline} into it (the progress package
 * saves that map as it is); after every command and on every engine event
 * ({@code Engine.subscribe}), call {@link io.github.dockertutor.check.CheckRunner#evaluate}
 * and render the {@link io.github.dockertutor.check.CheckResult} with the learner's
 * {@code Messages}. {@code CANNOT_RUN} means the check could not look (no engine): not a failure.
 *
 * <p>May use: dockercli, engine, i18n, workspace.
 */
package io.github.dockertutor.check;
