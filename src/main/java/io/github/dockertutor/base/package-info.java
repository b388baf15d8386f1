/**
 * What every part may know of the run it is in: the machine ({@link io.github.dockertutor.base.Environment}:
 * variables, home, OS, the data folder), the error log, the named exit codes and the version; and
 * how the tutor's own small files are read ({@code SmallFile}, {@code JsonFiles}) and set aside
 * when damaged ({@code SetAside}). Kept apart from {@code app} so that the commands below it can
 * use these without a package cycle.
 *
 * <p>May use: nothing of ours.
 */
package io.github.dockertutor.base;
