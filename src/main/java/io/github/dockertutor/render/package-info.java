/**
 * Markdown to terminal lines: commonmark's tree rendered to JLine {@code AttributedString}s wrapped
 * to a width counted in columns (a CJK character counts two), with code boxes, tables, lists and
 * links; and the one column-width and wrapping helper every other package measures text with.
 *
 * <p>May use: i18n.
 */
package io.github.dockertutor.render;
