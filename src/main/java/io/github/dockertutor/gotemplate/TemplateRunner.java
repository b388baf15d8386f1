package io.github.dockertutor.gotemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs parsed nodes over the data, with Go's rules for dot, variables, fields, pipelines and ranges. */
final class TemplateRunner {
    /** Variables in scope, innermost last; {@code $} is the data the template started with. */
    private final List<Object[]> variables = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    TemplateRunner(Object data) {
        variables.add(new Object[] {"$", data});
    }

    String run(List<Node> nodes, Object dot) throws TemplateException {
        walk(nodes, dot);
        return out.toString();
    }

    private void walk(List<Node> nodes, Object dot) throws TemplateException {
        for (Node node : nodes) {
            if (node instanceof Node.Text text) {
                out.append(text.text());
            } else if (node instanceof Node.Action action) {
                Object value = pipeline(action.pipeline(), dot);
                if (!action.pipeline().declares()) {
                    out.append(GoValues.print(value));
                }
            } else if (node instanceof Node.If condition) {
                branch(condition.pipeline(), condition.body(), condition.otherwise(), dot, false);
            } else if (node instanceof Node.With with) {
                branch(with.pipeline(), with.body(), with.otherwise(), dot, true);
            } else if (node instanceof Node.Range range) {
                range(range, dot);
            }
        }
    }

    private void branch(Node.Pipeline pipeline, List<Node> body, List<Node> otherwise, Object dot, boolean with)
            throws TemplateException {
        int scope = variables.size();
        Object value = pipeline(pipeline, dot);
        walk(GoValues.truthy(value) ? body : otherwise, with && GoValues.truthy(value) ? value : dot);
        trim(scope);
    }

    private void range(Node.Range range, Object dot) throws TemplateException {
        int scope = variables.size();
        Node.Pipeline pipeline = range.pipeline();
        Object value = pipeline(new Node.Pipeline(List.of(), false, pipeline.commands()), dot);
        List<Object[]> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                items.add(new Object[] {(long) i, list.get(i)});
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> entry : GoValues.sorted(map).entrySet()) {
                items.add(new Object[] {entry.getKey(), entry.getValue()});
            }
        } else if (value != null) {
            throw new TemplateException(TemplateException.Kind.RUNTIME,
                    "range can't iterate over " + GoValues.print(value));
        }
        if (items.isEmpty()) {
            walk(range.otherwise(), dot);
        }
        List<String> names = pipeline.variables();
        for (Object[] item : items) {
            int inner = variables.size();
            if (names.size() == 1) {
                variables.add(new Object[] {names.get(0), item[1]});
            } else if (names.size() == 2) {
                variables.add(new Object[] {names.get(0), item[0]});
                variables.add(new Object[] {names.get(1), item[1]});
            }
            walk(range.body(), item[1]);
            trim(inner);
        }
        trim(scope);
    }

    private void trim(int size) {
        while (variables.size() > size) {
            variables.remove(variables.size() - 1);
        }
    }

    private Object pipeline(Node.Pipeline pipeline, Object dot) throws TemplateException {
        Object value = null;
        boolean first = true;
        for (Node.Command command : pipeline.commands()) {
            value = command(command, dot, first ? NOTHING : value);
            first = false;
        }
        if (pipeline.declares()) {
            for (String name : pipeline.variables()) {
                variables.add(new Object[] {name, value});
            }
        }
        return value;
    }

    /** Marks "no value piped in", which differs from a piped nil. */
    private static final Object NOTHING = new Object();

    private Object command(Node.Command command, Object dot, Object piped) throws TemplateException {
        List<Node.Operand> operands = command.operands();
        Node.Operand head = operands.get(0);
        List<Object> args = new ArrayList<>();
        for (Node.Operand operand : operands.subList(1, operands.size())) {
            args.add(operand(operand, dot));
        }
        if (piped != NOTHING) {
            args.add(piped);
        }
        if (head instanceof Node.Function function) {
            return TemplateFunctions.call(function.name(), args);
        }
        Object value = operand(head, dot);
        if (value instanceof TemplateMethod method) {
            return method.call(args);
        }
        if (!args.isEmpty()) {
            throw new TemplateException(TemplateException.Kind.RUNTIME,
                    "can't give argument to non-function " + describe(head));
        }
        return value;
    }

    private Object operand(Node.Operand operand, Object dot) throws TemplateException {
        if (operand instanceof Node.Literal literal) {
            return literal.value();
        }
        if (operand instanceof Node.Field field) {
            return fields(dot, field.chain());
        }
        if (operand instanceof Node.Variable variable) {
            return fields(variable(variable.name()), variable.chain());
        }
        if (operand instanceof Node.Parenthesized parenthesized) {
            return fields(pipeline(parenthesized.pipeline(), dot), parenthesized.chain());
        }
        Node.Function function = (Node.Function) operand;
        // a function written as an argument is called with no arguments, as in Go
        return TemplateFunctions.call(function.name(), List.of());
    }

    private Object variable(String name) throws TemplateException {
        for (int i = variables.size() - 1; i >= 0; i--) {
            if (variables.get(i)[0].equals(name)) {
                return variables.get(i)[1];
            }
        }
        throw new TemplateException(TemplateException.Kind.SYNTAX, "undefined variable \"" + name + "\"");
    }

    private static Object fields(Object value, List<String> chain) throws TemplateException {
        Object current = value;
        for (String name : chain) {
            if (current instanceof TemplateMethod method) {
                current = method.call(List.of());
            }
            if (current instanceof Map<?, ?> map) {
                current = map.get(name);
            } else if (current == null) {
                // Go: a field of a missing map entry is itself missing
                return null;
            } else {
                throw new TemplateException(TemplateException.Kind.RUNTIME,
                        "can't evaluate field " + name + " in type " + GoValues.typeName(current));
            }
        }
        return current;
    }

    private static String describe(Node.Operand operand) {
        if (operand instanceof Node.Field field) {
            return "." + String.join(".", field.chain());
        }
        if (operand instanceof Node.Variable variable) {
            return variable.name();
        }
        return "value";
    }
}
