package io.github.dockertutor.gotemplate;

import java.util.List;

/**
 * A Go text/template as docker's {@code --format} takes it, parsed once and run on each row or
 * object. The data is plain Java: maps with String keys, lists, strings, numbers, booleans, null,
 * and {@link TemplateMethod}s for docker's methods such as {@code .Label "key"}.
 */
public final class GoTemplate {
    private final String source;
    private final List<Node> nodes;

    private GoTemplate(String source, List<Node> nodes) {
        this.source = source;
        this.nodes = nodes;
    }

    /** Parses a template; functions and constructs are checked now, before anything runs. */
    public static GoTemplate parse(String source) throws TemplateException {
        List<Node> nodes = TemplateParser.parse(source);
        checkFunctions(nodes);
        return new GoTemplate(source, nodes);
    }

    /** The text the template writes for this data. */
    public String execute(Object data) throws TemplateException {
        return new TemplateRunner(data).run(nodes, data);
    }

    public String source() {
        return source;
    }

    /** The field names the template reads at its top level ({@code .ID}, {@code .Names}), in order. */
    public List<String> topFields() {
        List<String> fields = new java.util.ArrayList<>();
        collect(nodes, fields);
        return fields;
    }

    private static void collect(List<Node> nodes, List<String> fields) {
        for (Node node : nodes) {
            if (node instanceof Node.Action action) {
                for (Node.Command command : action.pipeline().commands()) {
                    for (Node.Operand operand : command.operands()) {
                        if (operand instanceof Node.Field field && !field.chain().isEmpty()) {
                            fields.add(field.chain().get(0));
                        }
                    }
                }
            }
        }
    }

    private static void checkFunctions(List<Node> nodes) throws TemplateException {
        for (Node node : nodes) {
            if (node instanceof Node.Action action) {
                check(action.pipeline());
            } else if (node instanceof Node.If condition) {
                check(condition.pipeline());
                checkFunctions(condition.body());
                checkFunctions(condition.otherwise());
            } else if (node instanceof Node.With with) {
                check(with.pipeline());
                checkFunctions(with.body());
                checkFunctions(with.otherwise());
            } else if (node instanceof Node.Range range) {
                check(range.pipeline());
                checkFunctions(range.body());
                checkFunctions(range.otherwise());
            }
        }
    }

    private static void check(Node.Pipeline pipeline) throws TemplateException {
        for (Node.Command command : pipeline.commands()) {
            for (Node.Operand operand : command.operands()) {
                if (operand instanceof Node.Function function) {
                    TemplateFunctions.check(function.name());
                } else if (operand instanceof Node.Parenthesized parenthesized) {
                    check(parenthesized.pipeline());
                }
            }
        }
    }
}
