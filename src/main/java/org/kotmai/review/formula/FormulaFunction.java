package org.kotmai.review.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The closed set of functions a formula may call; anything else is rejected when the template loads. */
enum FormulaFunction {

    /** sum(table.column) or sum(a, b, ...): columns are flattened, an empty table sums to 0. */
    SUM("sum", 1, Integer.MAX_VALUE) {
        @Override
        Value apply(List<Value> args, String source) {
            return Value.of(numbers(args, source).stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    },
    MIN("min", 1, Integer.MAX_VALUE) {
        @Override
        Value apply(List<Value> args, String source) {
            return Value.of(nonEmpty(numbers(args, source), source).stream().reduce(BigDecimal::min).orElseThrow());
        }
    },
    MAX("max", 1, Integer.MAX_VALUE) {
        @Override
        Value apply(List<Value> args, String source) {
            return Value.of(nonEmpty(numbers(args, source), source).stream().reduce(BigDecimal::max).orElseThrow());
        }
    },
    /** round(x) to a whole number or round(x, digits); half-up, the way money is rounded on Thai forms. */
    ROUND("round", 1, 2) {
        @Override
        Value apply(List<Value> args, String source) {
            BigDecimal x = args.get(0).asNumber(context(source));
            int digits = args.size() == 2 ? wholeNumber(args.get(1), "digits", source) : 0;
            if (Math.abs(digits) > MAX_ROUND_DIGITS) {
                throw new FormulaException("round() digits must be between -" + MAX_ROUND_DIGITS + " and "
                        + MAX_ROUND_DIGITS + ", got " + digits + " in '" + source + "'");
            }
            return Value.of(x.setScale(digits, RoundingMode.HALF_UP));
        }
    },
    /** pv(rate, years, amount): present value of amount paid at each year end; rate as a fraction. */
    PV("pv", 3, 3) {
        @Override
        Value apply(List<Value> args, String source) {
            BigDecimal rate = args.get(0).asNumber(context(source));
            int years = wholeNumber(args.get(1), "years", source);
            BigDecimal amount = args.get(2).asNumber(context(source));
            try {
                return Value.of(PresentValue.of(rate, years, amount));
            } catch (FormulaException e) {
                throw new FormulaException(e.getMessage() + " in '" + source + "'");
            }
        }
    },
    /** days(from, to): calendar days between two dates, negative when to is before from. */
    DAYS("days", 2, 2) {
        @Override
        Value apply(List<Value> args, String source) {
            return Value.of(BigDecimal.valueOf(ChronoUnit.DAYS.between(
                    args.get(0).asDate(context(source)), args.get(1).asDate(context(source)))));
        }
    },
    /** addYears(date, n): the same calendar day n years later (29 Feb falls back to 28 Feb). */
    ADD_YEARS("addYears", 2, 2) {
        @Override
        Value apply(List<Value> args, String source) {
            int years = wholeNumber(args.get(1), "years", source);
            try {
                return Value.of(args.get(0).asDate(context(source)).plusYears(years));
            } catch (DateTimeException e) {
                throw new FormulaException("addYears() goes beyond the supported calendar with " + years
                        + " years in '" + source + "'");
            }
        }
    };

    /** Rounding is to satang or to thousands of baht, never to dozens of digits. */
    private static final int MAX_ROUND_DIGITS = 20;

    private final String formulaName;
    private final int minArgs;
    private final int maxArgs;

    FormulaFunction(String formulaName, int minArgs, int maxArgs) {
        this.formulaName = formulaName;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    abstract Value apply(List<Value> args, String source);

    String formulaName() {
        return formulaName;
    }

    boolean acceptsArgumentCount(int count) {
        return count >= minArgs && count <= maxArgs;
    }

    String arityDescription() {
        if (minArgs == maxArgs) {
            return minArgs + " argument" + (minArgs == 1 ? "" : "s");
        }
        return maxArgs == Integer.MAX_VALUE ? "at least " + minArgs + " argument" + (minArgs == 1 ? "" : "s")
                : minArgs + " to " + maxArgs + " arguments";
    }

    static Optional<FormulaFunction> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.formulaName.equals(name)).findFirst();
    }

    static String knownNames() {
        return Arrays.stream(values()).map(FormulaFunction::formulaName).collect(Collectors.joining(", "));
    }

    String context(String source) {
        return formulaName + "() in '" + source + "'";
    }

    List<BigDecimal> numbers(List<Value> args, String source) {
        List<BigDecimal> out = new ArrayList<>();
        for (Value v : args) {
            if (v instanceof Value.Column column) {
                out.addAll(column.values());
            } else {
                out.add(v.asNumber(context(source)));
            }
        }
        return out;
    }

    List<BigDecimal> nonEmpty(List<BigDecimal> numbers, String source) {
        if (numbers.isEmpty()) {
            throw new FormulaException(formulaName + "() of an empty table has no value in '" + source + "'");
        }
        return numbers;
    }

    int wholeNumber(Value v, String what, String source) {
        BigDecimal n = v.asNumber(context(source));
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new FormulaException(String.format(Locale.ROOT, "%s() needs whole-number %s, got %s in '%s'",
                    formulaName, what, n.toPlainString(), source));
        }
    }
}
