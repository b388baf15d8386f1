/**
 * Course packs for classrooms: {@code pack} writes the lessons, the course's images and a manifest
 * of their digests into one archive; {@code load} checks the whole archive before the engine gets a
 * byte, then loads the images.
 *
 * <p>May use: base, dockercli, engine, i18n, lesson, render, tui.
 */
package io.github.dockertutor.pack;
