package org.kotmai.review.formula;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Syntax tree of a parsed formula. */
sealed interface Expr {

    Value evaluate(FormulaScope scope, String source);

    void collectReferences(Set<String> into);

    record Literal(BigDecimal value) implements Expr {
        @Override
        public Value evaluate(FormulaScope scope, String source) {
            return Value.of(value);
        }

        @Override
        public void collectReferences(Set<String> into) {
        }
    }

    record Reference(String name) implements Expr {
        @Override
        public Value evaluate(FormulaScope scope, String source) {
            return scope.lookup(name);
        }

        @Override
        public void collectReferences(Set<String> into) {
            into.add(name);
        }
    }

    record Negate(Expr operand) implements Expr {
        @Override
        public Value evaluate(FormulaScope scope, String source) {
            return Value.of(operand.evaluate(scope, source).asNumber("unary minus in '" + source + "'").negate());
        }

        @Override
        public void collectReferences(Set<String> into) {
            operand.collectReferences(into);
        }
    }

    record Binary(char operator, Expr left, Expr right) implements Expr {
        @Override
        public Value evaluate(FormulaScope scope, String source) {
            String context = "'" + operator + "' in '" + source + "'";
            BigDecimal a = left.evaluate(scope, source).asNumber(context);
            BigDecimal b = right.evaluate(scope, source).asNumber(context);
            return Value.of(Arithmetic.apply(operator, a, b, source));
        }

        @Override
        public void collectReferences(Set<String> into) {
            left.collectReferences(into);
            right.collectReferences(into);
        }
    }

    record Call(FormulaFunction function, List<Expr> arguments) implements Expr {
        @Override
        public Value evaluate(FormulaScope scope, String source) {
            List<Value> values = arguments.stream().map(a -> a.evaluate(scope, source)).toList();
            return function.apply(values, source);
        }

        @Override
        public void collectReferences(Set<String> into) {
            arguments.forEach(a -> a.collectReferences(into));
        }
    }
}
