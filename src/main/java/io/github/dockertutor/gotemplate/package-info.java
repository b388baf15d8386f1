/**
 * Go's text/template, the part of it docker's {@code --format} uses: fields ({@code {{.Name}}},
 * {@code {{.State.Status}}}), {@code range}, {@code if}, {@code with}, variables, pipelines and the
 * functions docker adds ({@code json}, {@code join}, {@code upper}, {@code table} rows…), run over
 * plain Java maps and lists. A template beyond that part is refused by name, never half-run.
 *
 * <p>May use: nothing.
 */
package io.github.dockertutor.gotemplate;
