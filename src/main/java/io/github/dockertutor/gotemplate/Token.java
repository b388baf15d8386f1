package io.github.dockertutor.gotemplate;

/**
 * One word inside a template action.
 *
 * @param type        what it is
 * @param text        its text (a field token keeps its dots: {@code .State.Status})
 * @param spaceBefore whether blank space came before it, which separates {@code $v .Name} from {@code $v.Name}
 */
record Token(Type type, String text, boolean spaceBefore) {
    enum Type { FIELD, DOT, VARIABLE, IDENT, STRING, NUMBER, LPAREN, RPAREN, PIPE, DECLARE, ASSIGN, COMMA }
}
