package org.kotmai.review.formula;

import java.util.ArrayList;
import java.util.List;

/** Splits formula text into tokens. Names may contain dots so that {@code table.column} is one reference. */
final class Lexer {

    private static final String OPERATORS = "+-*/^";

    private Lexer() {
    }

    static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < source.length()
                    && Character.isDigit(source.charAt(i + 1)))) {
                int start = i;
                while (i < source.length() && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.NUMBER, source.substring(start, i), start + 1));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < source.length() && isNamePart(source.charAt(i))) {
                    i++;
                }
                String name = source.substring(start, i);
                if (name.endsWith(".") || name.contains("..")) {
                    throw new FormulaException("malformed field name '" + name + "' at column " + (start + 1)
                            + " in '" + source + "'");
                }
                tokens.add(new Token(Token.Kind.NAME, name, start + 1));
            } else if (OPERATORS.indexOf(c) >= 0) {
                tokens.add(new Token(Token.Kind.OPERATOR, String.valueOf(c), ++i));
            } else if (c == '(') {
                tokens.add(new Token(Token.Kind.LEFT_PAREN, "(", ++i));
            } else if (c == ')') {
                tokens.add(new Token(Token.Kind.RIGHT_PAREN, ")", ++i));
            } else if (c == ',') {
                tokens.add(new Token(Token.Kind.COMMA, ",", ++i));
            } else {
                throw new FormulaException("unexpected character '" + c + "' at column " + (i + 1)
                        + " in '" + source + "'");
            }
        }
        tokens.add(new Token(Token.Kind.END, "", source.length() + 1));
        return tokens;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
}
