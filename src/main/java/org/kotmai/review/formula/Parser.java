package org.kotmai.review.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser. Precedence from loose to tight: {@code + -}, {@code * /}, unary minus, {@code ^}
 * (right-associative, so {@code 2^3^2} is 2^9 and {@code -2^2} is -4 as in ordinary notation).
 */
final class Parser {

    /** Deeper nesting only comes from generated or hostile input and would exhaust the stack. */
    private static final int MAX_DEPTH = 64;

    private final String source;
    private final List<Token> tokens;
    private int next;
    private int depth;

    Parser(String source) {
        this.source = source;
        this.tokens = Lexer.tokenize(source);
    }

    Expr parseAll() {
        Expr expr = additive();
        Token trailing = peek();
        if (trailing.kind() != Token.Kind.END) {
            throw error("unexpected '" + trailing.text() + "'", trailing);
        }
        return expr;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().is(Token.Kind.OPERATOR, "+") || peek().is(Token.Kind.OPERATOR, "-")) {
            char op = advance().text().charAt(0);
            left = new Expr.Binary(op, left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().is(Token.Kind.OPERATOR, "*") || peek().is(Token.Kind.OPERATOR, "/")) {
            char op = advance().text().charAt(0);
            left = new Expr.Binary(op, left, unary());
        }
        return left;
    }

    private Expr unary() {
        if (++depth > MAX_DEPTH) {
            throw error("formula is nested more than " + MAX_DEPTH + " levels deep", peek());
        }
        try {
            if (peek().is(Token.Kind.OPERATOR, "-")) {
                advance();
                return new Expr.Negate(unary());
            }
            if (peek().is(Token.Kind.OPERATOR, "+")) {
                advance();
                return unary();
            }
            return power();
        } finally {
            depth--;
        }
    }

    private Expr power() {
        Expr base = primary();
        if (peek().is(Token.Kind.OPERATOR, "^")) {
            advance();
            return new Expr.Binary('^', base, unary());
        }
        return base;
    }

    private Expr primary() {
        Token token = advance();
        switch (token.kind()) {
            case NUMBER:
                return number(token);
            case NAME:
                return peek().kind() == Token.Kind.LEFT_PAREN ? call(token) : new Expr.Reference(token.text());
            case LEFT_PAREN:
                Expr inner = additive();
                expect(Token.Kind.RIGHT_PAREN, "')' to close the '(' at column " + token.position());
                return inner;
            case END:
                throw error("formula ends too early", token);
            default:
                throw error("unexpected '" + token.text() + "'", token);
        }
    }

    private Expr number(Token token) {
        try {
            return new Expr.Literal(new BigDecimal(token.text()));
        } catch (NumberFormatException e) {
            throw error("malformed number '" + token.text() + "'", token);
        }
    }

    private Expr call(Token name) {
        FormulaFunction function = FormulaFunction.byName(name.text()).orElseThrow(() -> error(
                "unknown function '" + name.text() + "' (known: " + FormulaFunction.knownNames() + ")", name));
        advance();
        List<Expr> arguments = new ArrayList<>();
        if (peek().kind() != Token.Kind.RIGHT_PAREN) {
            arguments.add(additive());
            while (peek().kind() == Token.Kind.COMMA) {
                advance();
                arguments.add(additive());
            }
        }
        expect(Token.Kind.RIGHT_PAREN, "')' to close the call of " + name.text());
        if (!function.acceptsArgumentCount(arguments.size())) {
            throw error(name.text() + "() takes " + function.arityDescription() + " but got "
                    + arguments.size(), name);
        }
        return new Expr.Call(function, arguments);
    }

    private void expect(Token.Kind kind, String what) {
        Token token = peek();
        if (token.kind() != kind) {
            throw error("expected " + what + " but found "
                    + (token.kind() == Token.Kind.END ? "the end" : "'" + token.text() + "'"), token);
        }
        advance();
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        Token token = tokens.get(next);
        if (token.kind() != Token.Kind.END) {
            next++;
        }
        return token;
    }

    private FormulaException error(String message, Token at) {
        return new FormulaException(message + " at column " + at.position() + " in '" + source + "'");
    }
}
