package io.github.dockertutor.gotemplate;

import java.util.List;

/**
 * A value in the data that takes arguments, as a Go method does: docker's {@code {{.Label "key"}}}
 * on a {@code ps} row. Written without arguments, it is called with none.
 */
@FunctionalInterface
public interface TemplateMethod {
    Object call(List<Object> arguments) throws TemplateException;

    /** For a method's own errors, such as a missing argument. */
    static TemplateException error(String detail) {
        return new TemplateException(TemplateException.Kind.RUNTIME, detail);
    }
}
