/**
 * The learner's language: which one ({@code --lang}, then the system's), and the message bundles
 * (English and Traditional Chinese) that every text a person reads comes from.
 *
 * <p>May use: nothing of ours.
 */
package io.github.dockertutor.i18n;
