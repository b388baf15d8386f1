package io.github.dockertutor.gotemplate;

import java.util.List;

/** The parsed template: text, actions that print, and the control structures around them. */
sealed interface Node {
    /** Text outside actions, printed as it is. */
    record Text(String text) implements Node {
    }

    /** {@code {{pipeline}}}: prints the value, or only declares variables when the pipeline does. */
    record Action(Pipeline pipeline) implements Node {
    }

    /** {@code {{range [$i,] [$v :=] pipeline}} body [{{else}} otherwise] {{end}}}. */
    record Range(Pipeline pipeline, List<Node> body, List<Node> otherwise) implements Node {
    }

    /** {@code {{if pipeline}} body [{{else}} otherwise] {{end}}}; {@code else if} nests another If. */
    record If(Pipeline pipeline, List<Node> body, List<Node> otherwise) implements Node {
    }

    /** {@code {{with pipeline}} body [{{else}} otherwise] {{end}}}: the body sees the value as dot. */
    record With(Pipeline pipeline, List<Node> body, List<Node> otherwise) implements Node {
    }

    /** Commands joined by {@code |}, each value passed on as the last argument of the next; maybe declaring variables. */
    record Pipeline(List<String> variables, boolean declares, List<Command> commands) {
    }

    /** One command of a pipeline: a function and its arguments, or a single value. */
    record Command(List<Operand> operands) {
    }

    /** An argument: a field chain, a variable, a literal, a function name, dot, or a parenthesized pipeline. */
    sealed interface Operand {
    }

    /** {@code .A.B} on dot; an empty chain is dot itself. */
    record Field(List<String> chain) implements Operand {
    }

    /** {@code $name.A.B}; {@code $} alone is the data the template started with. */
    record Variable(String name, List<String> chain) implements Operand {
    }

    /** A string, number, boolean or nil. */
    record Literal(Object value) implements Operand {
    }

    /** A function's name. */
    record Function(String name) implements Operand {
    }

    /** {@code (pipeline).A.B}. */
    record Parenthesized(Pipeline pipeline, List<String> chain) implements Operand {
    }
}
