/**
 * The learner's session in the course: {@link io.github.dockertutor.session.Tutor} (the lesson and
 * step on screen, saved after every change), {@link io.github.dockertutor.session.StepFlow} (show a
 * step, check it after every command and engine event, move on when it passes) and
 * {@link io.github.dockertutor.session.EngineWatch} (the engine's events, and reconnecting).
 *
 * <p>May use: base, check, console, engine, i18n, lesson, progress, render, workspace.
 */
package io.github.dockertutor.session;
